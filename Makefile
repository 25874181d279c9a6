# plinth: the only build system.  `make` builds libplinth.a and plinth;
# `make check` installs what is missing, builds and runs every test.

PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
LIBDIR    ?= $(PREFIX)/lib
INCDIR    ?= $(PREFIX)/include
MANDIR    ?= $(PREFIX)/share/man
DESTDIR   ?=

CC        ?= cc
FLEX      ?= flex
BISON     ?= bison
PKG       ?= pkg-config
CFLAGS    ?= -O2 -g
WARN      := -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L

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

LIB_SRC  := $(wildcard compiler/*.c runtime/*.c)
CLI_SRC  := $(wildcard cli/*.c)
UNIT_SRC := $(wildcard tests/unit/*.c)
GEN_SRC  := $(BUILD)/grammar/parser.c $(BUILD)/grammar/lexer.c
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(GEN_SRC:.c=.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_OBJ := $(UNIT_SRC:%.c=$(BUILD)/%.o)
HEADERS  := $(wildcard include/*.h compiler/*.h runtime/*.h cli/*.h tests/unit/*.h) \
            $(BUILD)/grammar/parser.h $(BUILD)/grammar/lexer.h

all: $(BUILD)/plinth

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

$(BUILD)/libplinth.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/plinth: $(CLI_OBJ) $(BUILD)/libplinth.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libplinth.a $(YAML_LIBS) -lm -pthread

$(BUILD)/unit-tests: $(UNIT_OBJ) $(BUILD)/libplinth.a
	$(CC) $(LDFLAGS) -o $@ $(UNIT_OBJ) $(BUILD)/libplinth.a $(YAML_LIBS) $(CHECK_LIBS) -lm -pthread

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

test: $(BUILD)/plinth $(BUILD)/unit-tests
	$(BUILD)/unit-tests
	sh tests/cli/run $(BUILD)/plinth
	sh tests/docs/run $(BUILD)/plinth
	sh tests/fmt/run $(BUILD)/plinth
	sh tests/graph/run $(BUILD)/plinth
	$(BUILD)/plinth test --coverage --threshold 100 protocols/*.test.yaml

# ---- install --------------------------------------------------------

install: $(BUILD)/plinth
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) \
	  $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 755 $(BUILD)/plinth $(DESTDIR)$(BINDIR)/plinth
	install -m 644 $(BUILD)/libplinth.a $(DESTDIR)$(LIBDIR)/libplinth.a
	install -m 644 include/plinth.h $(DESTDIR)$(INCDIR)/plinth.h
	install -m 644 man/plinth.1 $(DESTDIR)$(MANDIR)/man1/plinth.1
	install -m 644 man/plinth-protocol.5 man/plinth-tests.5 $(DESTDIR)$(MANDIR)/man5/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/plinth $(DESTDIR)$(LIBDIR)/libplinth.a \
	  $(DESTDIR)$(INCDIR)/plinth.h $(DESTDIR)$(MANDIR)/man1/plinth.1 \
	  $(DESTDIR)$(MANDIR)/man5/plinth-protocol.5 $(DESTDIR)$(MANDIR)/man5/plinth-tests.5

clean:
	rm -rf build build-san

.PHONY: all deps demo check test install uninstall clean
.DELETE_ON_ERROR:
