/*
 * fuzz-extract: the meeting extractor (common/meeting.c and the meet*.c
 * files it is split into, meetlex.c, meetrec.c) on any tagged article.
 *
 * The first line of the input is the entities field, the rest the text:
 * the extractor meets entities that parse but make no sense (overlapping,
 * of unknown actors, dates that do not resolve). Then the same text with
 * the tagger's own entities, as on a plain article. Whatever it finds must
 * be written as valid meeting records.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "dict.h"
#include "entity.h"
#include "meeting.h"
#include "record.h"
#include "tag.h"
#include "util.h"
#include "check.h"

static struct meet_ctx ctx;
static struct entities ents;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	dict_init();
	tag_init();
	meet_init(&ctx);
	return 0;
}

static int
bystart(const void *a, const void *b)
{
	const struct entity *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end > y->end) - (x->end < y->end);
}

/* Every line is a meeting record with fields that unescape. */
static void
check_meetings(char *out, size_t len)
{
	struct reader r;
	FILE *fp;
	int i;

	if ((fp = check_stream(out, len)) == NULL)
		return;
	rd_init(&r, fp, "out");
	while (rd_next(&r) > 0) {
		CHECK(r.nfield == NF_MEETING);
		for (i = 0; i < NF_MEETING; i++)
			CHECK(rec_unescape(r.field[i], r.flen[i]) >= 0);
	}
	rd_free(&r);
	fclose(fp);
}

static void
extract(const char *text, size_t n)
{
	static const struct date day = { 2024, 3, 3 };
	struct meet_article a;
	char *out;
	size_t len;
	FILE *fp;

	if (ents.n > 1)
		qsort(ents.v, ents.n, sizeof(ents.v[0]), bystart);
	memset(&a, 0, sizeof(a));
	a.id = "0123456789abcdef";
	a.idlen = 16;
	a.text = text;
	a.n = n;
	a.ents = &ents;
	a.date = day;
	meet_article(&ctx, &a);
	fp = open_memstream(&out, &len);
	CHECK(fp != NULL);
	meet_write(fp, &ctx, &a, 0);
	fclose(fp);
	check_meetings(out, len);
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	const char *why;
	char *buf, *text;
	size_t elen, tlen, i;

	if (nl == NULL)
		return 0;
	elen = (size_t)(nl - data);
	buf = emalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	buf[elen] = '\0';
	text = buf + elen + 1;
	tlen = size - elen - 1;
	/* Fields never hold a NUL: the reader rejects such lines. */
	for (i = 0; i < size; i++)
		if (buf[i] == '\0' && i != elen)
			buf[i] = ' ';
	if (entities_parse(&ents, buf, elen, tlen, &why) == 0)
		extract(text, tlen);
	tag_text(text, tlen, &ents);
	extract(text, tlen);
	free(buf);
	return 0;
}
