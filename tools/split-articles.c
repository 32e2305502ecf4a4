/*
 * split-articles: cut raw news dumps into article records: id, date,
 * source, url, title and the text cleaned of page furniture (article.c).
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "util.h"

static const char usage_text[] = "split-articles [-f format] [file ...]";

static art_reader_fn *next_article;
static struct article art;

static void
split(FILE *fp, const char *path)
{
	struct input in;

	in_init(&in, fp, path);
	for (;;) {
		art_reset(&art);
		if (!next_article(&in, &art))
			break;
		if (art_clean(&art, in.path))
			art_write(stdout, &art);
	}
	in_free(&in);
}

int
main(int argc, char *argv[])
{
	FILE *fp;
	int c, i;

	tool_init(argc, argv);
	std_options(argc, argv, usage_text);
	next_article = art_format("text");
	while ((c = getopt(argc, argv, "f:")) != -1) {
		switch (c) {
		case 'f':
			if ((next_article = art_format(optarg)) == NULL)
				errx(2, "%s: unknown format (text)", optarg);
			break;
		default:
			usage_exit(usage_text);
		}
	}
	argc -= optind;
	argv += optind;
	art_init(&art);
	if (argc == 0)
		split(stdin, "-");
	for (i = 0; i < argc; i++) {
		if ((fp = open_input(argv[i])) == NULL)
			continue;
		split(fp, argv[i]);
		if (fp != stdin)
			fclose(fp);
	}
	art_free(&art);
	finish();
}
