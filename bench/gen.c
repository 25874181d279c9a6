/* Writes N client records in the iliopsoas schema, the same bytes for
 * the same seed: realistic variety (missing fields, every reason kind,
 * done lists, undeclared keys, now and then an invalid record).
 *
 *   gen N [SEED] > records.yaml */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state;

/* xorshift64*: small, fast, and the same everywhere. */
static unsigned rnd(unsigned n)
{
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return (unsigned)((state * 2685821657736338717ull) >> 33) % n;
}

static const char *pick(const char *const *v, unsigned n)
{
	return v[rnd(n)];
}

static void set_of(const char *key, const char *const *members, unsigned n)
{
	printf("%s: [", key);
	const char *sep = "";
	for (unsigned i = 0; i < n; i++)
		if (rnd(4) == 0) {
			printf("%s%s", sep, members[i]);
			sep = ", ";
		}
	puts("]");
}

static void record(long i)
{
	static const char *const tilt[] = { "neutral", "anterior", "posterior" };
	static const char *const lordosis[] = { "normal", "hyper", "hypo" };
	static const char *const muscles[] = { "quadratus_lumborum", "rectus_femoris", "gluteus_medius" };
	static const char *const signs[] = { "numbness", "tingling", "weakness" };
	static const char *const conditions[] = { "herniated_disc", "si_joint_dysfunction", "lumbar_instability" };
	printf("---\nclient: C-%07ld\n", i);
	if (rnd(10))
		printf("history:\n  sitting_hours_per_day: %u.%u\n", rnd(15), rnd(10));
	if (rnd(8)) {
		printf("posture:\n  pelvic_tilt: %s\n  lumbar_lordosis: %s\n", pick(tilt, 3), pick(lordosis, 3));
		if (rnd(6))
			printf("  improved: %s\n", rnd(2) ? "true" : "false");
	}
	set_of("overactive", muscles, 3);
	if (rnd(7))
		set_of("nerve_signs", signs, 3);
	if (rnd(9))
		set_of("conditions", conditions, 3);
	if (rnd(12))
		printf("pain: %u\n", rnd(200) ? rnd(11) : 14); /* 1 in 200: out of range */
	if (rnd(3) == 0)
		puts("done: [posture_assessment]");
	if (rnd(5) == 0)
		printf("notes: \"seen by therapist %u; follow up in %u weeks\"\n", rnd(40), rnd(8));
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: gen N [SEED]\n", stderr);
		return 2;
	}
	long n = atol(argv[1]);
	state = argc > 2 ? strtoull(argv[2], NULL, 10) | 1 : 88172645463325252ull;
	static char buf[1 << 16];
	setvbuf(stdout, buf, _IOFBF, sizeof buf);
	for (long i = 1; i <= n; i++)
		record(i);
	return 0;
}
