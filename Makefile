# plinth: the only build system.  `make` builds libplinth.a and plinth;
# `make check` installs what is missing, builds and runs every test.

PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
LIBDIR    ?= $(PREFIX)/lib
INCDIR    ?= $(PREFIX)/include
MANDIR    ?= $(PREFIX)/share/man
COMPDIR   ?= $(PREFIX)/share/bash-completion/completions
PCDIR     ?= $(LIBDIR)/pkgconfig
DESTDIR   ?=

CC        ?= cc
LD        ?= ld
OBJCOPY   ?= objcopy
FLEX      ?= flex
BISON     ?= bison
PKG       ?= pkg-config
CFLAGS    ?= -O2 -g
WARN      := -std=c11 -Wall -Wextra -Wswitch-enum -D_POSIX_C_SOURCE=200809L

ifeq ($(SANITIZE),1)
BUILD     ?= build-san
CFLAGS    += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS   += -fsanitize=address,undefined
else
BUILD     ?= build
endif

# Lazily expanded: `make check` installs the packages before they run.
YAML_CFLAGS  = $(shell $(PKG) --cflags yaml-0.1 2>/dev/null)
YAML_LIBS    = $(shell $(PKG) --libs yaml-0.1 2>/dev/null || echo -lyaml)
CHECK_CFLAGS = $(shell $(PKG) --cflags check 2>/dev/null)
CHECK_LIBS   = $(shell $(PKG) --libs check 2>/dev/null || echo -lcheck)

ALL_CFLAGS = $(WARN) $(CFLAGS) -I. -I$(BUILD)/grammar $(YAML_CFLAGS)

LIB_SRC  := $(wildcard base/*.c compiler/*.c runtime/*.c)
CLI_SRC  := $(wildcard cli/*.c)
UNIT_SRC := $(wildcard tests/unit/*.c)
GEN_SRC  := $(BUILD)/grammar/parser.c $(BUILD)/grammar/lexer.c
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(GEN_SRC:.c=.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
# The shared library: the library's objects again, built with -fPIC under
# $(BUILD)/pic; it exports only the plinth_* functions (include/plinth.map).
VERSION  := $(shell sed -n 's/.*PLINTH_VERSION "\(.*\)"/\1/p' include/plinth.h)
SONAME   := libplinth.so.$(firstword $(subst ., ,$(VERSION)))
SHLIB    := libplinth.so.$(VERSION)
PIC_OBJ  := $(LIB_OBJ:$(BUILD)/%=$(BUILD)/pic/%)
SHARED   := $(if $(filter 1,$(SANITIZE)),,$(BUILD)/$(SHLIB))
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/%.o)
HEADERS  := $(wildcard include/*.h base/*.h compiler/*.h runtime/*.h cli/*.h tests/unit/*.h) \
            $(BUILD)/grammar/parser.h $(BUILD)/grammar/lexer.h

all: $(BUILD)/plinth $(SHARED)

$(BUILD)/grammar/parser.c $(BUILD)/grammar/parser.h &: grammar/parser.y
	@mkdir -p $(@D)
	$(BISON) -Wall -Werror --defines=$(BUILD)/grammar/parser.h -o $(BUILD)/grammar/parser.c $<

$(BUILD)/grammar/lexer.c $(BUILD)/grammar/lexer.h &: grammar/lexer.l
	@mkdir -p $(@D)
	$(FLEX) --header-file=$(BUILD)/grammar/lexer.h -o $(BUILD)/grammar/lexer.c $<

$(BUILD)/grammar/%.o: $(BUILD)/grammar/%.c $(HEADERS)
	$(CC) $(ALL_CFLAGS) -Wno-unused-function -c -o $@ $<

$(BUILD)/%.o: %.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Two archives of the same objects.  libplinth.a, which is installed, is
# one object partially linked, with every symbol but the plinth_*
# functions made local: a host that defines its own `evaluate` or
# `xmalloc` links with it.  The CLI, the unit tests and the fuzz
# harnesses use internal functions too, and link $(INTERNAL).
INTERNAL := $(BUILD)/libplinth-internal.a
$(INTERNAL): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/libplinth.a: $(LIB_OBJ)
	rm -f $@
	$(LD) -r -o $(BUILD)/plinth.o $^
	$(OBJCOPY) --wildcard --keep-global-symbol='plinth_*' $(BUILD)/plinth.o
	$(AR) rcs $@ $(BUILD)/plinth.o

$(BUILD)/pic/grammar/%.o: $(BUILD)/grammar/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fPIC -Wno-unused-function -c -o $@ $<

$(BUILD)/pic/%.o: %.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fPIC -c -o $@ $<

$(BUILD)/$(SHLIB): $(PIC_OBJ) include/plinth.map
	$(CC) $(LDFLAGS) -shared -Wl,-soname,$(SONAME) -Wl,--version-script=include/plinth.map \
	  -Wl,--no-undefined -o $@ $(PIC_OBJ) $(YAML_LIBS) -lm -pthread
	ln -sf $(SHLIB) $(BUILD)/$(SONAME)
	ln -sf $(SONAME) $(BUILD)/libplinth.so

$(BUILD)/plinth: $(CLI_OBJ) $(INTERNAL)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(INTERNAL) $(YAML_LIBS) -lm -pthread

$(BUILD)/unit-tests: $(UNIT_OBJ) $(INTERNAL)
	$(CC) $(LDFLAGS) -o $@ $(UNIT_OBJ) $(INTERNAL) $(YAML_LIBS) $(CHECK_LIBS) -lm -pthread

$(BUILD)/tests/unit/%.o: tests/unit/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -DSOURCE_DIR='"$(CURDIR)"' -c -o $@ $<

# ---- the two commands of the README ---------------------------------

deps:
	@sh scripts/install-deps

demo: deps
	@$(MAKE) --no-print-directory all
	$(BUILD)/plinth plan -p protocols/iliopsoas.plinth examples/clients.yaml; \
	  status=$$?; [ $$status -le 1 ] || exit $$status

check: deps
	@$(MAKE) --no-print-directory test

# `make test`: every suite, CHECK_JOBS at a time (the longest first), each
# into $(BUILD)/check/NAME.log; then a line per suite, the log of each
# that failed, and one closing total.  `make test SUITES='cli fmt'` runs
# some.  A suite is a command whose output ends `N passed, N failed`.
CHECK_JOBS ?= $(shell nproc 2>/dev/null || echo 2)
suite_runs       = sh tests/runs/run $(BUILD)
suite_parallel   = sh tests/parallel/run $(BUILD)/plinth
suite_cli        = sh tests/cli/run $(BUILD)/plinth
suite_escape     = sh tests/escape/run $(BUILD)/plinth
suite_install    = CC="$(CC)" LDFLAGS="$(LDFLAGS)" MAKE="$(MAKE)" sh tests/install/run $(BUILD)
suite_hostile    = sh tests/hostile/run $(BUILD)/plinth
suite_alloc      = sh tests/alloc/run $(BUILD)
suite_dupkeys    = sh tests/dupkeys/run $(BUILD)
suite_jobs       = sh tests/jobs/run $(BUILD)
suite_completion = bash tests/completion/run $(BUILD)/plinth
suite_stream     = sh tests/stream/run $(BUILD)/plinth
suite_fmt        = sh tests/fmt/run $(BUILD)/plinth
suite_graph      = sh tests/graph/run $(BUILD)/plinth
suite_unit       = $(BUILD)/unit-tests
suite_fuzz       = s=0; for h in $(FUZZERS); do $(BUILD)/fuzz/replay_$$h tests/fuzz/corpus/$$h tests/fuzz/crashes/$$h || s=1; done; exit $$s
suite_protocols  = $(BUILD)/plinth test --coverage --threshold 100 protocols/*.test.yaml
suite_docs       = sh tests/docs/run $(BUILD)/plinth
suite_pipelines  = sh tests/docs/pipelines $(BUILD)/plinth
suite_editors    = sh tests/editors/run
suite_man        = CC="$(CC)" LDFLAGS="$(LDFLAGS)" sh tests/man/run $(BUILD)
suite_embed      = CC="$(CC)" LDFLAGS="$(LDFLAGS)" sh tests/embed/run $(BUILD)
suite_deps       = sh scripts/deps-check
SUITES ?= runs parallel cli escape install hostile alloc dupkeys jobs completion stream \
          embed man fmt graph unit fuzz protocols docs pipelines editors deps

test: $(BUILD)/plinth $(BUILD)/unit-tests $(BUILD)/libplinth.a
	@rm -rf $(BUILD)/check && mkdir -p $(BUILD)/check
	@$(MAKE) --no-print-directory -j$(CHECK_JOBS) $(SUITES:%=$(BUILD)/check/%.status)
	@sh scripts/check-summary $(BUILD)/check $(SUITES)

# One suite: its output to NAME.log, `STATUS MILLISECONDS` to NAME.status.
$(BUILD)/check/%.status:
	@echo "run  $*"
	@start=$$(date +%s%N); ( $(suite_$*) ) >$(BUILD)/check/$*.log 2>&1; code=$$?; \
	  echo "$$code $$(( ($$(date +%s%N) - start) / 1000000 ))" >$@

# ---- hostile input: fuzzing, replaying, valgrind ----------------------

# The fuzz harnesses of tests/fuzz/, built with the normal compiler and
# replayed over their seeds and every crash ever found by `make test`.
FUZZERS      ?= compile records fmt plan
test: $(FUZZERS:%=$(BUILD)/fuzz/replay_%)

$(BUILD)/tests/fuzz/%.o: tests/fuzz/fuzz.h tests/fuzz/fuzz_stream.h

$(BUILD)/fuzz/replay_%: $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/replay.o $(INTERNAL)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ $(YAML_LIBS) -lm -pthread

# `make fuzz FUZZ_SECONDS=N [FUZZERS=records]`: each harness in turn under
# libFuzzer, with AddressSanitizer and UndefinedBehaviorSanitizer, built
# by clang into $(FUZZ_BUILD).  New inputs go to $(FUZZ_BUILD)/corpus/;
# a crash, leak, timeout or OOM is written to tests/fuzz/crashes/HARNESS/,
# which `make test` replays from then on.
FUZZ_SECONDS ?= 60
FUZZ_BUILD   ?= build-fuzz
FUZZ_CC      ?= clang
FUZZ_CFLAGS  := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_RUN     := -timeout=10 -rss_limit_mb=2048 -print_final_stats=1

fuzz: deps
	@mkdir -p $(FUZZ_BUILD)
	@printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return d && n < 1; }\n' \
	  | $(FUZZ_CC) -x c -fsanitize=fuzzer -o $(FUZZ_BUILD)/probe - 2>/dev/null || { \
	  echo "make fuzz: needs clang with libFuzzer (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) SANITIZE= LDFLAGS= \
	  CFLAGS='$(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link' $(FUZZ_BUILD)/libplinth-internal.a
	@for h in $(FUZZERS); do \
	  $(FUZZ_CC) $(WARN) $(FUZZ_CFLAGS) -fsanitize=fuzzer -I. -o $(FUZZ_BUILD)/fuzz_$$h tests/fuzz/fuzz_$$h.c \
	    $(FUZZ_BUILD)/libplinth-internal.a $(YAML_LIBS) -lm -pthread || exit 1; \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$h tests/fuzz/crashes/$$h; \
	  echo "fuzz $$h: $(FUZZ_SECONDS) s, log in $(FUZZ_BUILD)/fuzz_$$h.log"; \
	  $(FUZZ_BUILD)/fuzz_$$h -max_total_time=$(FUZZ_SECONDS) $(FUZZ_RUN) -artifact_prefix=tests/fuzz/crashes/$$h/ \
	    $(FUZZ_BUILD)/corpus/$$h tests/fuzz/corpus/$$h >$(FUZZ_BUILD)/fuzz_$$h.log 2>&1 \
	    || { tail -n 60 $(FUZZ_BUILD)/fuzz_$$h.log; echo "fuzz $$h: FAILED; reproducer in tests/fuzz/crashes/$$h/"; exit 1; }; \
	  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' $(FUZZ_BUILD)/fuzz_$$h.log; \
	done

# `make bench`: plinth plan against libyaml's bare event parse on the same
# generated records, then how compiling grows with the protocol's size;
# see bench/README.md.
bench: $(BUILD)/plinth
	sh bench/run $(BUILD)
	sh bench/compile $(BUILD)

# `make memcheck`: every CLI golden test with plinth under valgrind
# memcheck; an error or a definite or indirect leak fails the case.
memcheck: $(BUILD)/plinth
	@command -v valgrind >/dev/null 2>&1 || { echo "make memcheck: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
	PLINTH_WRAP='valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect -q' \
	  sh tests/cli/run $(BUILD)/plinth

# `make deps-check`: the layers' includes point one way (architecture.md).
deps-check:
	@sh scripts/deps-check

.PHONY: fuzz memcheck bench deps-check

# ---- install --------------------------------------------------------

# A directory as plinth.pc writes it: under ${prefix} when it is.
pcdir = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))

install: $(BUILD)/plinth $(BUILD)/libplinth.a $(BUILD)/$(SHLIB)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PCDIR) $(DESTDIR)$(INCDIR) \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man3 $(DESTDIR)$(MANDIR)/man5
	install -m 755 $(BUILD)/plinth $(DESTDIR)$(BINDIR)/plinth
	install -m 644 $(BUILD)/libplinth.a $(DESTDIR)$(LIBDIR)/libplinth.a
	install -m 755 $(BUILD)/$(SHLIB) $(DESTDIR)$(LIBDIR)/$(SHLIB)
	ln -sf $(SHLIB) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libplinth.so
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(call pcdir,$(LIBDIR))' \
	  'includedir=$(call pcdir,$(INCDIR))' '' 'Name: plinth' \
	  'Description: compile treatment protocols and plan client records' \
	  'Version: $(VERSION)' 'Requires.private: yaml-0.1' 'Cflags: -I$${includedir}' \
	  'Libs: -L$${libdir} -lplinth' 'Libs.private: -lm -pthread' >$(DESTDIR)$(PCDIR)/plinth.pc
	install -m 644 include/plinth.h $(DESTDIR)$(INCDIR)/plinth.h
	install -m 644 man/plinth.1 $(DESTDIR)$(MANDIR)/man1/plinth.1
	install -m 644 man/plinth.3 $(DESTDIR)$(MANDIR)/man3/plinth.3
	install -m 644 man/plinth-protocol.5 man/plinth-tests.5 $(DESTDIR)$(MANDIR)/man5/
	install -d $(DESTDIR)$(COMPDIR)
	install -m 644 completions/plinth.bash $(DESTDIR)$(COMPDIR)/plinth

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/plinth $(DESTDIR)$(LIBDIR)/libplinth.a \
	  $(DESTDIR)$(LIBDIR)/$(SHLIB) $(DESTDIR)$(LIBDIR)/$(SONAME) $(DESTDIR)$(LIBDIR)/libplinth.so \
	  $(DESTDIR)$(PCDIR)/plinth.pc $(DESTDIR)$(INCDIR)/plinth.h \
	  $(DESTDIR)$(MANDIR)/man1/plinth.1 $(DESTDIR)$(MANDIR)/man3/plinth.3 \
	  $(DESTDIR)$(MANDIR)/man5/plinth-protocol.5 $(DESTDIR)$(MANDIR)/man5/plinth-tests.5 \
	  $(DESTDIR)$(COMPDIR)/plinth

# The Debian package, from debian/: the .deb is written to the parent
# directory.  Needs dpkg-dev and debhelper, which `make deps` leaves out.
deb:
	dpkg-buildpackage -us -uc -b

clean:
	rm -rf build build-san build-fuzz

.PHONY: all deps demo check test install uninstall deb clean
.DELETE_ON_ERROR:
# Keep intermediate objects (the fuzz harnesses): rebuilding is waste, and
# make would list their removal after the tests' closing line.
.SECONDARY:
