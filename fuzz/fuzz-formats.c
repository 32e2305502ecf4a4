/*
 * fuzz-formats: the dump formats besides plain text (common/formats.c,
 * fmt_*.c, html.c): CSV, JSON lines, Reuters SGML and WARC readers, the
 * format guess, and the HTML main-text extractor.
 *
 * The first byte picks the reader; the rest is the input. What a reader
 * hands on must be what formats.h promises (title, date, source and url
 * in UTF-8, the date ISO 8601), and the articles split-articles makes of
 * it a valid stream.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "formats.h"
#include "html.h"
#include "util.h"
#include "check.h"

static struct article art;

struct run {
	FILE *out;
	size_t n;
};

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	art_init(&art);
	return 0;
}

static void
check_buf(const struct buf *b)
{
	CHECK(b->len == 0 || utf8_valid(b->s, b->len));
	CHECK(b->len == 0 || strlen(b->s) == b->len);
}

/* As split-articles does with each article a reader finds. */
static void
one(struct raw_article *ra, void *arg)
{
	struct run *run = arg;

	check_buf(&ra->title);
	check_buf(&ra->source);
	check_buf(&ra->url);
	check_buf(&ra->date);
	CHECK(is_isodate(ra->date.s, ra->date.len));
	run->n++;
	art_reset(&art);
	art.lineno = ra->lineno;
	if (ra->text.len > 0)
		buf_add(&art.raw, ra->text.s, ra->text.len);
	if (ra->title.len > 0)
		buf_add(&art.title, ra->title.s, ra->title.len);
	if (ra->date.len > 0)
		buf_add(&art.date, ra->date.s, ra->date.len);
	if (ra->source.len > 0)
		buf_add(&art.source, ra->source.s, ra->source.len);
	if (ra->url.len > 0)
		buf_add(&art.url, ra->url.s, ra->url.len);
	if (art_clean(&art, "dump/fuzz"))
		art_write(run->out, &art);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum fmt pick[] = { FMT_CSV, FMT_JSONL, FMT_REUTERS,
	    FMT_WARC, FMT_AUTO, FMT_TEXT };
	struct fmt_opts opts;
	struct raw_article ra;
	struct run run = { NULL, 0 };
	enum fmt f;
	char *copy, *out;
	size_t outlen;
	FILE *fp, *rfp;

	if (size < 1)
		return 0;
	f = pick[data[0] % (sizeof(pick) / sizeof(pick[0]))];
	data++;
	size--;
	copy = emalloc(size + 1);
	memcpy(copy, data, size);
	copy[size] = '\0';
	(void)fmt_guess("dump/fuzz", copy, size);

	if (f == FMT_TEXT) {
		/* The HTML extractor alone, on the input as a page. */
		memset(&ra, 0, sizeof(ra));
		(void)html_extract(copy, size, &ra);
		check_buf(&ra.title);
		check_buf(&ra.date);
		CHECK(is_isodate(ra.date.s, ra.date.len));
		buf_free(&ra.title);
		buf_free(&ra.date);
		buf_free(&ra.source);
		buf_free(&ra.url);
		buf_free(&ra.text);
		free(copy);
		return 0;
	}
	memset(&opts, 0, sizeof(opts));
	run.out = open_memstream(&out, &outlen);
	CHECK(run.out != NULL);
	if (size > 0) {
		fp = fmemopen(copy, size, "r");
		CHECK(fp != NULL);
		rfp = fp;
		if (f == FMT_AUTO)
			rfp = fmt_peek(fp, "dump/fuzz", &f);
		if (f != FMT_TEXT && fmt_reader(f) != NULL)
			fmt_reader(f)(rfp, "dump/fuzz", &opts, one, &run);
		if (rfp != fp)
			fclose(rfp);
		fclose(fp);
	}
	fclose(run.out);
	check_articles(out, outlen, run.n);
	free(out);
	free(copy);
	return 0;
}
