/*
 * fuzz-split: split-articles' work on any dump (common/article.c,
 * boiler.c, dateline.c): cutting a text dump into articles, cleaning them,
 * and the dateline and boilerplate rules on single paragraphs.
 *
 * What comes out must be a valid article stream whatever goes in: one line
 * per article, six fields, escapes that undo, valid UTF-8, an id that is
 * the text's, and a date in ISO 8601 at some precision or empty.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "boiler.h"
#include "dateline.h"
#include "hash.h"
#include "record.h"
#include "utf8.h"
#include "util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "check failed: %s " \
	"(%s:%d)\n", #c, __FILE__, __LINE__); abort(); } } while (0)

static struct article art;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	art_init(&art);
	return 0;
}

static int
is_date(const char *s, size_t n)
{
	static const char shape[] = "dddd-dd-dd";
	size_t i;

	if (n != 0 && n != 4 && n != 7 && n != 10)
		return 0;
	for (i = 0; i < n; i++)
		if (shape[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != '-')
			return 0;
	return 1;
}

/* Read back what art_write wrote: a valid stream of articles. */
static void
check_stream(char *out, size_t len, size_t max)
{
	struct reader r;
	char id[17];
	ssize_t k;
	size_t n = 0;
	FILE *fp;
	int i;

	if (len == 0)
		return;
	CHECK(out[len - 1] == '\n');
	CHECK(memchr(out, '\0', len) == NULL);
	fp = fmemopen(out, len, "r");
	CHECK(fp != NULL);
	rd_init(&r, fp, "out");
	while (rd_next(&r) > 0) {
		n++;
		CHECK(r.nfield == NF_ARTICLE);
		CHECK(r.line[0] != '#');
		for (i = 0; i < NF_ARTICLE; i++) {
			k = rec_unescape(r.field[i], r.flen[i]);
			CHECK(k >= 0);
			r.flen[i] = (size_t)k;
			CHECK(utf8_valid(r.field[i], r.flen[i]));
		}
		CHECK(r.flen[A_TEXT] > 0);
		CHECK(is_date(r.field[A_DATE], r.flen[A_DATE]));
		hex64(text_id(r.field[A_TEXT], r.flen[A_TEXT]), id);
		CHECK(r.flen[A_ID] == 16 && memcmp(r.field[A_ID], id, 16) == 0);
	}
	CHECK(r.lineno == n);
	CHECK(n <= max);
	rd_free(&r);
	fclose(fp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf date = { 0 }, source = { 0 }, para = { 0 };
	struct input in;
	char *copy, *out;
	size_t outlen, i, feeds = 0, k;
	FILE *fp, *op;

	copy = emalloc(size + 1);
	memcpy(copy, data, size);
	copy[size] = '\0';

	/*
	 * The paragraph rules, on the input taken as one paragraph. They
	 * see text after repair (art_clean), so valid UTF-8 without NULs:
	 * their patterns match with PCRE2_NO_UTF_CHECK.
	 */
	buf_reserve(&para, 0);
	utf8_repair(&para, copy, size);
	if (dl_source_line(para.s, para.len, &date, &source))
		CHECK(is_date(date.s, date.len));
	buf_reset(&date);
	buf_reset(&source);
	k = dl_wire(para.s, para.len, &date, &source);
	CHECK(k <= para.len);
	CHECK(date.len == 0 || is_date(date.s, date.len));
	(void)boiler_kind(para.s, para.len);
	CHECK(boiler_caption_len(para.s, para.len) <= para.len);
	(void)boiler_unfinished(para.s, para.len);
	(void)boiler_linkspam(para.s, para.len);
	CHECK(boiler_words(para.s, para.len) <= para.len);
	buf_free(&date);
	buf_free(&source);
	buf_free(&para);

	/*
	 * The whole tool: articles end at form feeds and separator lines,
	 * so there are no more of them than of those and lines, and one.
	 */
	for (i = 0; i < size; i++)
		feeds += data[i] == '\f' || data[i] == '\n';
	op = open_memstream(&out, &outlen);
	CHECK(op != NULL);
	if (size > 0) {
		fp = fmemopen(copy, size, "r");
		CHECK(fp != NULL);
		in_init(&in, fp, "dump/fuzz.txt");
		for (;;) {
			art_reset(&art);
			if (!fmt_text_next(&in, &art))
				break;
			if (art_clean(&art, in.path))
				art_write(op, &art);
		}
		in_free(&in);
		fclose(fp);
	}
	fclose(op);
	check_stream(out, outlen, feeds + 1);
	free(out);
	free(copy);
	return 0;
}
