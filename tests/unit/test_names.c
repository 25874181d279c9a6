/* Name tables: every name is found at its index, and nothing else is,
 * however the names collide in the table. */
#include <stdio.h>
#include <string.h>

#include "../../base/names.h"
#include "suites.h"

static struct arena arena; /* each test's tables, freed after it */

static void setup(void)
{
	arena_init(&arena);
}

static void teardown(void)
{
	arena_free(&arena);
}

static struct names table(const char *const *names, int n)
{
	struct names t;
	names_build(&t, &arena, names, n);
	return t;
}

static int find(const struct names *t, const char *key)
{
	return names_find(t, key, strlen(key));
}

START_TEST(each_name_found_at_its_index)
{
	static const char *const fields[] = { "client", "history", "posture", "overactive", "nerve_signs",
	                                      "conditions", "pain", "done", "x" };
	struct names t = table(fields, 9);
	for (int i = 0; i < 9; i++)
		ck_assert_int_eq(find(&t, fields[i]), i);
}
END_TEST

START_TEST(other_keys_not_found)
{
	static const char *const members[] = { "numbness", "tingling", "weakness" };
	struct names t = table(members, 3);
	ck_assert_int_eq(find(&t, "numb"), -1);
	ck_assert_int_eq(find(&t, "numbnesss"), -1);
	ck_assert_int_eq(find(&t, "Numbness"), -1);
	ck_assert_int_eq(find(&t, ""), -1);
	/* a key with a NUL inside is not the name before it */
	ck_assert_int_eq(names_find(&t, "tingling\0x", 10), -1);
}
END_TEST

/* Same length, first, middle and last byte: the same hash, so every one
 * after the first is found by probing on. */
START_TEST(names_with_one_hash_all_found)
{
	static const char *const same[] = { "a0b1c", "a2b3c", "a4b5c", "a6b7c", "a8b9c" };
	struct names t = table(same, 5);
	for (int i = 0; i < 5; i++)
		ck_assert_int_eq(find(&t, same[i]), i);
	ck_assert_int_eq(find(&t, "aXbYc"), -1);
}
END_TEST

START_TEST(no_names_finds_nothing)
{
	struct names t = table(NULL, 0);
	ck_assert_int_eq(find(&t, "anything"), -1);
	ck_assert_int_eq(find(&t, ""), -1);
}
END_TEST

Suite *names_suite(void)
{
	Suite *s = suite_create("names");
	TCase *t = tcase_create("lookup");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, each_name_found_at_its_index);
	tcase_add_test(t, other_keys_not_found);
	tcase_add_test(t, names_with_one_hash_all_found);
	tcase_add_test(t, no_names_finds_nothing);
	suite_add_tcase(s, t);
	return s;
}
