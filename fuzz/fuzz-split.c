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
#include "check.h"

static struct article art;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	art_init(&art);
	return 0;
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
		CHECK(is_isodate(date.s, date.len));
	buf_reset(&date);
	buf_reset(&source);
	k = dl_wire(para.s, para.len, &date, &source);
	CHECK(k <= para.len);
	CHECK(date.len == 0 || is_isodate(date.s, date.len));
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
	check_articles(out, outlen, feeds + 1);
	free(out);
	free(copy);
	return 0;
}
