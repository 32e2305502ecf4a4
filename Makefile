# parley: one non-recursive Makefile, mostly lists.

PREFIX = /usr/local
MANPREFIX = $(PREFIX)/share/man
CC = cc
OPT = -O2
CFLAGS = -std=c99 $(OPT) -g -Wall -Wextra -D_GNU_SOURCE -Icommon
LDFLAGS =

# SANITIZE=1 builds everything with AddressSanitizer and UBSan.
ifeq ($(SANITIZE),1)
CC = clang
OPT = -O1
CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
endif

PCRE_CFLAGS = $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE_LIBS = $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)
LDLIBS = $(PCRE_LIBS) -lcsv -lm

BIN = \
	bin/to-csv

LIBOBJ = \
	common/buf.o \
	common/date.o \
	common/hash.o \
	common/record.o \
	common/utf8.o \
	common/util.o

HDR = \
	common/buf.h \
	common/date.h \
	common/hash.h \
	common/record.h \
	common/utf8.h \
	common/util.h

UNIT = \
	tests/unit/t-date \
	tests/unit/t-hash \
	tests/unit/t-record \
	tests/unit/t-utf8

MAN = \
	man/parley.5 \
	man/to-csv.1

LIB = common/libparley.a

all: $(BIN)

$(LIBOBJ): $(HDR)

$(LIB): $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

bin/%: tools/%.c $(LIB) $(HDR)
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

tests/unit/t-%: tests/unit/t-%.c tests/unit/test.h $(LIB) $(HDR)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

deps:
	@sh scripts/install-deps

check: deps
	@$(MAKE) --no-print-directory all $(UNIT)
	@sh tests/run-all $(UNIT)

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo

bench: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/bench

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man5
	cp $(BIN) $(DESTDIR)$(PREFIX)/bin/
	cp man/*.1 $(DESTDIR)$(MANPREFIX)/man1/
	cp man/*.5 $(DESTDIR)$(MANPREFIX)/man5/

clean:
	rm -rf bin $(LIB) $(LIBOBJ) $(UNIT) meetings.csv

.PHONY: all deps check demo bench install clean
