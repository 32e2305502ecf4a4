/* Unit tests for common/record.c: splitting, escaping, rejecting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "util.h"
#include "test.h"

static const struct {
	const char *escaped, *plain;
} esc[] = {
	{ "plain text", "plain text" },
	{ "a\\tb", "a\tb" },
	{ "line one\\nline two", "line one\nline two" },
	{ "back\\\\slash", "back\\slash" },
	{ "cr\\r", "cr\r" },
	{ "\\\\n is not a newline", "\\n is not a newline" },
	{ "", "" },
};

static const char *bad_escapes[] = { "trailing\\", "\\x41", "a\\ b" };

/* The escaping rule written the plain way, to check the fast one against. */
static void
ref_escape(const char *s, size_t n, char *out)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '\\': *out++ = '\\'; *out++ = '\\'; break;
		case '\t': *out++ = '\\'; *out++ = 't'; break;
		case '\n': *out++ = '\\'; *out++ = 'n'; break;
		case '\r': *out++ = '\\'; *out++ = 'r'; break;
		default: *out++ = s[i];
		}
	}
	*out = '\0';
}

/* Each byte that needs escaping, at every place across word boundaries. */
static void
escape_positions(void)
{
	const char specials[] = "\\\t\n\r";
	char in[24], want[64], *mem;
	size_t i, k, sz, bad = 0;
	FILE *fp;

	for (k = 0; k < 4; k++) {
		for (i = 0; i < sizeof(in); i++) {
			/* Neighbours just above and below the cut-offs. */
			memset(in, 0x0E, sizeof(in));
			in[(i + 3) % sizeof(in)] = 0x5D;
			in[(i + 5) % sizeof(in)] = (char)0xC3;
			in[i] = specials[k];
			ref_escape(in, sizeof(in), want);
			fp = open_memstream(&mem, &sz);
			rec_put(fp, in, sizeof(in));
			fclose(fp);
			if (strcmp(mem, want) != 0)
				bad++;
			free(mem);
		}
	}
	is_int(bad, 0, "escapes found at every position of a 24-byte field");
}

static void
count_item(const char *s, size_t n, void *arg)
{
	struct { int n; char buf[64]; } *acc = arg;

	acc->n++;
	strncat(acc->buf, s, n);
	strcat(acc->buf, "|");
}

int
main(void)
{
	struct reader r;
	char buf[256], *mem;
	size_t i, sz;
	ssize_t n;
	FILE *fp;
	struct { int n; char buf[64]; } acc = { 0, "" };

	for (i = 0; i < sizeof(esc) / sizeof(esc[0]); i++) {
		strcpy(buf, esc[i].escaped);
		n = rec_unescape(buf, strlen(buf));
		ok(n == (ssize_t)strlen(esc[i].plain) &&
		    memcmp(buf, esc[i].plain, (size_t)n) == 0,
		    "unescape '%s'", esc[i].escaped);
		/* And back again. */
		fp = open_memstream(&mem, &sz);
		rec_put(fp, esc[i].plain, strlen(esc[i].plain));
		fclose(fp);
		is_str(mem, esc[i].escaped, "escape gives '%s'", esc[i].escaped);
		free(mem);
	}
	for (i = 0; i < sizeof(bad_escapes) / sizeof(bad_escapes[0]); i++) {
		strcpy(buf, bad_escapes[i]);
		is_int(rec_unescape(buf, strlen(buf)), -1, "bad escape '%s'",
		    bad_escapes[i]);
		is_str(buf, bad_escapes[i], "bad field left as it was");
		ok(!rec_escapes_ok(bad_escapes[i], strlen(bad_escapes[i])),
		    "escapes of '%s' not ok", bad_escapes[i]);
	}
	for (i = 0; i < sizeof(esc) / sizeof(esc[0]); i++)
		ok(rec_escapes_ok(esc[i].escaped, strlen(esc[i].escaped)),
		    "escapes of '%s' ok", esc[i].escaped);
	/* Into another buffer, in one pass: the same as in place. */
	for (i = 0; i < sizeof(esc) / sizeof(esc[0]); i++) {
		n = rec_unescape_to(buf, esc[i].escaped, strlen(esc[i].escaped));
		ok(n == (ssize_t)strlen(esc[i].plain) &&
		    memcmp(buf, esc[i].plain, (size_t)n) == 0 && buf[n] == '\0',
		    "unescape '%s' into a copy", esc[i].escaped);
	}
	for (i = 0; i < sizeof(bad_escapes) / sizeof(bad_escapes[0]); i++)
		is_int(rec_unescape_to(buf, bad_escapes[i],
		    strlen(bad_escapes[i])), -1, "bad escape '%s' into a copy",
		    bad_escapes[i]);

	/*
	 * More escapes than rec_unescape keeps the places of: 100 lines of
	 * "x", each ended by an escaped newline, then an escaped tab; and the
	 * same with a bad escape at the end, left as it was.
	 */
	{
		char many[512], plain[512], copy[512];

		many[0] = plain[0] = '\0';
		for (i = 0; i < 100; i++) {
			strcat(many, "x\\n");
			strcat(plain, "x\n");
		}
		strcat(many, "\\t");
		strcat(plain, "\t");
		strcpy(copy, many);
		n = rec_unescape(copy, strlen(copy));
		ok(n == 201 && memcmp(copy, plain, 202) == 0,
		    "101 escapes unescaped in place");
		n = rec_unescape_to(buf, many, strlen(many));
		ok(n == 201 && memcmp(buf, plain, 202) == 0,
		    "101 escapes unescaped into a copy");
		strcat(many, "\\q");
		strcpy(copy, many);
		is_int(rec_unescape(copy, strlen(copy)), -1,
		    "a bad escape after 101 good ones");
		is_str(copy, many, "that field left as it was");
	}

	/* Fields written back as read, TABs between them. */
	fp = fmemopen("id\tdate\tsrc\\n\tlast\n", 19, "r");
	rd_init(&r, fp, "put.tsv");
	is_int(rd_next(&r), 4, "four fields to put");
	mem = NULL;
	{
		FILE *out = open_memstream(&mem, &sz);

		rd_put_fields(&r, 3, out);
		fclose(out);
	}
	is_str(mem, "id\tdate\tsrc\\n", "three fields put as read");
	free(mem);
	rd_free(&r);
	fclose(fp);

	fp = fmemopen("a\tb\\\\\tc\\x\td\n", 12, "r");
	rd_init(&r, fp, "esc.tsv");
	is_int(rd_next(&r), 4, "four fields");
	is_int(rd_bad_escape(&r), 2, "the third field has the bad escape");
	rd_free(&r);
	fclose(fp);

	/* The size leaves out the string's NUL: it is not part of the stream. */
	fp = fmemopen("# header\na\tb\tc\r\n\n#x\td\nlast\tline", 31, "r");
	rd_init(&r, fp, "-");
	is_str(r.name, "stdin", "'-' is shown as stdin");
	is_int(rd_next(&r), 3, "three fields");
	is_str(r.field[2], "c", "CR of CRLF dropped");
	is_int(r.lineno, 2, "line number counts the header");
	is_int(rd_next(&r), 1, "an empty line is one empty field");
	is_int(r.flen[0], 0, "empty field");
	is_int(rd_next(&r), 2, "no final newline");
	is_str(r.field[1], "line", "last field");
	is_int(r.lineno, 5, "comment lines counted");
	is_int(rd_next(&r), 0, "end of input");
	rd_free(&r);
	fclose(fp);

	/* Rejects get the line back with its TABs. */
	fp = fmemopen("x\ty\tz\n", 6, "r");
	rd_init(&r, fp, "in.tsv");
	rd_next(&r);
	{
		FILE *rej = open_memstream(&mem, &sz);
		FILE *olderr = stderr;

		stderr = fopen("/dev/null", "w");
		rd_set_rejects(rej);
		rd_bad(&r, "test");
		fclose(stderr);
		stderr = olderr;
		fclose(rej);
		is_str(mem, "x\ty\tz\n", "rejected record written verbatim");
		is_int(rval, 1, "a bad record sets the exit status");
		free(mem);
		rd_set_rejects(NULL);
	}
	fclose(fp);
	rd_free(&r);

	/*
	 * Regression: a record rejected after a tool unescaped a field in
	 * place, or with a CRLF end or a NUL byte, used to reach the rejects
	 * file changed (unescaped text, no CR, the NUL turned into a TAB).
	 */
	fp = fmemopen("a\\tb\tc\\nd\r\nn\0ul\tx\nok\n", 21, "r");
	rd_init(&r, fp, "in.tsv");
	{
		FILE *rej = open_memstream(&mem, &sz);
		FILE *olderr = stderr;
		unsigned long before;

		rd_set_rejects(rej);
		stderr = fopen("/dev/null", "w");
		before = rd_summary();
		is_int(rd_next(&r), 2, "escaped record read");
		is_int(rec_unescape(r.field[0], r.flen[0]), 3, "field unescaped");
		rd_bad(&r, "test");
		is_int(rd_next(&r), 1, "the line with a NUL byte is skipped");
		is_str(r.field[0], "ok", "and the next line read");
		is_int(r.lineno, 3, "at its own line number");
		is_int(rd_summary() - before, 2, "both rejects counted");
		fclose(stderr);
		stderr = olderr;
		fclose(rej);
		ok(sz == 18 && memcmp(mem, "a\\tb\tc\\nd\r\nn\0ul\tx\n", 18) == 0,
		    "rejects are the lines as read, CR and NUL included");
		free(mem);
		rd_set_rejects(NULL);
	}
	fclose(fp);
	rd_free(&r);

	/* Regression: a BOM hid the header's '#' and joined the first id. */
	fp = fmemopen("\xEF\xBB\xBF# id\ttext\n\xEF\xBB\xBFx\ty\n", 20, "r");
	rd_init(&r, fp, "bom.tsv");
	is_int(rd_next(&r), 2, "BOM before a header: header skipped");
	is_int(r.lineno, 2, "first record on line 2");
	ok(r.flen[0] == 4 && memcmp(r.field[0], "\xEF\xBB\xBFx", 4) == 0,
	    "a BOM inside the stream is text");
	fclose(fp);
	rd_free(&r);

	/* Regression: an empty buffer (NULL) as a field was undefined behaviour. */
	fp = open_memstream(&mem, &sz);
	rec_put(fp, NULL, 0);
	fclose(fp);
	is_int(sz, 0, "an empty field from a NULL buffer");
	free(mem);

	escape_positions();
	rec_items("hamas;pij;;fatah", 16, ';', count_item, &acc);
	is_int(acc.n, 3, "list items, empty ones skipped");
	is_str(acc.buf, "hamas|pij|fatah|", "list items in order");
	return done_testing();
}
