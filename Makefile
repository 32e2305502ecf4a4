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
# jansson for JSON lines and JSON-LD, gumbo for HTML, zlib for WARC.
FMT_CFLAGS = $(shell pkg-config --cflags jansson gumbo zlib 2>/dev/null)
FMT_LIBS = $(shell pkg-config --libs jansson gumbo zlib 2>/dev/null || echo -ljansson -lgumbo -lz)
CFLAGS += $(FMT_CFLAGS)
LDLIBS = $(PCRE_LIBS) $(FMT_LIBS) -lcsv -lm

BIN = \
	bin/dedupe \
	bin/extract-meetings \
	bin/split-articles \
	bin/tag-entities \
	bin/to-csv

LIBOBJ = \
	common/article.o \
	common/boiler.o \
	common/buf.o \
	common/date.o \
	common/dateline.o \
	common/dict.o \
	common/dict_data.o \
	common/entity.o \
	common/fmt_csv.o \
	common/fmt_jsonl.o \
	common/fmt_reuters.o \
	common/fmt_warc.o \
	common/formats.o \
	common/hash.o \
	common/html.o \
	common/meetclause.o \
	common/meeting.o \
	common/meetlex.o \
	common/meetplace.o \
	common/meetrec.o \
	common/meetside.o \
	common/meetunit.o \
	common/merge.o \
	common/mergeset.o \
	common/record.o \
	common/seen.o \
	common/simhash.o \
	common/state.o \
	common/tag.o \
	common/text.o \
	common/utf8.o \
	common/util.o

HDR = \
	common/article.h \
	common/boiler.h \
	common/buf.h \
	common/bytes8.h \
	common/date.h \
	common/dateline.h \
	common/dict.h \
	common/entity.h \
	common/formats.h \
	common/hash.h \
	common/html.h \
	common/meeting.h \
	common/meetint.h \
	common/meetlex.h \
	common/merge.h \
	common/record.h \
	common/seen.h \
	common/simhash.h \
	common/state.h \
	common/tag.h \
	common/text.h \
	common/utf8.h \
	common/util.h

UNIT = \
	tests/unit/t-date \
	tests/unit/t-dict \
	tests/unit/t-entity \
	tests/unit/t-formats \
	tests/unit/t-html \
	tests/unit/t-hash \
	tests/unit/t-meetlex \
	tests/unit/t-merge \
	tests/unit/t-merge-lists \
	tests/unit/t-record \
	tests/unit/t-simhash \
	tests/unit/t-tag \
	tests/unit/t-text \
	tests/unit/t-utf8

MAN = \
	man/dedupe.1 \
	man/extract-meetings.1 \
	man/parley.5 \
	man/split-articles.1 \
	man/tag-entities.1 \
	man/to-csv.1

LIB = common/libparley.a

# Fuzz targets: fuzz/fuzz-NAME.c, run by make fuzz; their corpora and
# regressions are replayed by make check through fuzz/replay.c. The
# targets' own messages (rejects reported) are hidden while fuzzing by
# -close_fd_mask=2; libFuzzer's reports still show.
FUZZ = \
	date \
	dict \
	extract \
	formats \
	record \
	split \
	state \
	tag \
	utf8

FUZZTIME = 60
FUZZCC = clang
FUZZFLAGS = -std=c99 -g -O1 -D_GNU_SOURCE -Icommon $(PCRE_CFLAGS) $(FMT_CFLAGS) \
	-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
REPLAY = $(FUZZ:%=fuzz/out/replay-%)

# The default dictionary, compiled in: data/*.tsv as one C string.
DICT = $(wildcard data/*.tsv)

all: $(BIN)

# Objects remember the compiler and flags they were built with: switching
# to SANITIZE=1 and back rebuilds instead of mixing instrumented and plain.
$(LIBOBJ) $(BIN) $(UNIT) $(REPLAY): .buildflags
.buildflags: FORCE
	@echo '$(CC) $(CFLAGS) $(LDFLAGS)' | cmp -s - $@ || \
		echo '$(CC) $(CFLAGS) $(LDFLAGS)' >$@

$(LIBOBJ): $(HDR)

common/dict_data.c: scripts/embed-dict $(DICT)
	sh scripts/embed-dict $(DICT) > $@.tmp && mv $@.tmp $@

$(LIB): $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

bin/%: tools/%.c $(LIB) $(HDR)
	@mkdir -p bin
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

tests/unit/t-%: tests/unit/t-%.c tests/unit/test.h tests/unit/mkmeeting.h $(LIB) $(HDR)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

fuzz/out/replay-%: fuzz/fuzz-%.c fuzz/replay.c fuzz/check.h $(LIB) $(HDR)
	@mkdir -p fuzz/out
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< fuzz/replay.c $(LIB) $(LDLIBS)

fuzz/out/%.o: %.c $(HDR)
	@mkdir -p $(@D)
	$(FUZZCC) $(FUZZFLAGS) -c -o $@ $<

fuzz/out/libparley.a: $(LIBOBJ:%=fuzz/out/%)
	rm -f $@
	ar rcs $@ $(LIBOBJ:%=fuzz/out/%)

fuzz/out/fuzz-%: fuzz/fuzz-%.c fuzz/check.h fuzz/out/libparley.a
	$(FUZZCC) $(FUZZFLAGS) -fsanitize=fuzzer -o $@ $< fuzz/out/libparley.a $(LDLIBS)

deps:
	@sh scripts/install-deps

check: deps
	@$(MAKE) --no-print-directory all $(UNIT) $(REPLAY)
	@sh tests/run-all $(UNIT)

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo

fuzz: deps
	@$(MAKE) --no-print-directory $(FUZZ:%=fuzz/out/fuzz-%)
	@sh fuzz/run $(FUZZTIME) $(FUZZ)

bench: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/bench

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man5
	cp $(BIN) $(DESTDIR)$(PREFIX)/bin/
	cp man/*.1 $(DESTDIR)$(MANPREFIX)/man1/
	cp man/*.5 $(DESTDIR)$(MANPREFIX)/man5/

clean:
	rm -rf bin $(LIB) $(LIBOBJ) $(UNIT) common/dict_data.c meetings.csv \
		fuzz/out .buildflags

.PHONY: all deps check demo fuzz bench install clean FORCE
