/*
 * split-articles: cut raw news dumps into article records: id, date,
 * source, url, title and the text cleaned of page furniture (article.c).
 * Dumps in other formats are read by formats.h's readers, and their
 * articles cleaned the same way.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "formats.h"
#include "util.h"

static const char usage_text[] =
    "split-articles [-c field=column,...] [-f format] [file ...]";

static int format = FMT_AUTO;
static struct fmt_opts opts;
static struct article art;

static void
copy(struct buf *to, const struct buf *from)
{
	if (from->len > 0)
		buf_add(to, from->s, from->len);
}

/* An article a format reader found: cleaned as a text one is. */
static void
one(struct raw_article *ra, void *arg)
{
	art_reset(&art);
	art.lineno = ra->lineno;
	copy(&art.raw, &ra->text);
	copy(&art.title, &ra->title);
	copy(&art.date, &ra->date);
	copy(&art.source, &ra->source);
	copy(&art.url, &ra->url);
	if (art_clean(&art, arg))
		art_write(stdout, &art);
}

static void
split(FILE *fp, const char *path)
{
	struct input in;
	enum fmt f = format;
	FILE *rfp = fp;

	if (f == FMT_AUTO)
		rfp = fmt_peek(fp, path, &f);
	if (f != FMT_TEXT) {
		fmt_reader(f)(rfp, path, &opts, one,
		    strcmp(path, "-") == 0 ? "" : (void *)path);
	} else {
		in_init(&in, rfp, path);
		for (;;) {
			art_reset(&art);
			if (!fmt_text_next(&in, &art))
				break;
			if (art_clean(&art, in.path))
				art_write(stdout, &art);
		}
		in_free(&in);
	}
	if (rfp != fp)
		fclose(rfp);
}

int
main(int argc, char *argv[])
{
	int c;

	tool_init(argc, argv);
	std_options(argc, argv, usage_text);
	while ((c = getopt(argc, argv, "c:f:")) != -1) {
		switch (c) {
		case 'c':
			if (fmt_columns(&opts, optarg) != 0)
				usage_exit(usage_text);
			break;
		case 'f':
			if ((format = fmt_byname(optarg)) < 0)
				errx(2, "%s: unknown format (auto, text, csv, "
				    "jsonl, reuters, warc)", optarg);
			break;
		default:
			usage_exit(usage_text);
		}
	}
	argc -= optind;
	argv += optind;
	art_init(&art);
	each_input(argc, argv, split);
	art_free(&art);
	fmt_summary();
	finish();
}
