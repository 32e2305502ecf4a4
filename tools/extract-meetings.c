/*
 * extract-meetings: read tagged articles, write the meetings they tell of
 * as meeting records (parley(5)). The work is in common/meeting.c and
 * the files it names.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "date.h"
#include "dict.h"
#include "entity.h"
#include "meeting.h"
#include "record.h"
#include "tag.h"
#include "util.h"

static const char usage_text[] =
    "extract-meetings [-d dict]... [-m min-score] [--rejects file] [file ...]";

static double minscore;
static struct meet_ctx ctx;
static struct entities ents;

static int
bystart(const void *a, const void *b)
{
	const struct entity *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->end < y->end) - (x->end > y->end);
}

static void
article(struct reader *r, int nf)
{
	struct meet_article a;
	const char *why;
	ssize_t n;
	size_t i;
	int f;

	for (f = 0; f < nf; f++) {
		if ((n = rec_unescape(r->field[f], r->flen[f])) < 0) {
			rd_bad(r, "field %d: bad escape", f + 1);
			return;
		}
		r->flen[f] = (size_t)n;
	}
	memset(&a, 0, sizeof(a));
	a.id = r->field[A_ID];
	a.idlen = r->flen[A_ID];
	a.text = r->field[A_TEXT];
	a.n = r->flen[A_TEXT];
	if (r->flen[A_DATE] > 0 &&
	    date_parse(r->field[A_DATE], r->flen[A_DATE], &a.date) == 0)
		memset(&a.date, 0, sizeof(a.date));
	ents.n = 0;
	/* A plain article is tagged here with the tagger of tag-entities. */
	if (nf == NF_ARTICLE)
		tag_text(a.text, a.n, &ents);
	else if (nf == NF_TAGGED && entities_parse(&ents, r->field[A_ENTITIES],
	    r->flen[A_ENTITIES], a.n, &why) < 0) {
		/* Counted and kept by --rejects like any malformed record. */
		rd_bad(r, "%s", why);
		return;
	}
	/* The analysis walks entities in text order. */
	for (i = 1; i < ents.n; i++)
		if (bystart(&ents.v[i - 1], &ents.v[i]) > 0) {
			qsort(ents.v, ents.n, sizeof(ents.v[0]), bystart);
			break;
		}
	a.ents = &ents;
	meet_article(&ctx, &a);
	meet_write(stdout, &ctx, &a, minscore);
}

static void
extract(FILE *fp, const char *name)
{
	struct reader r;
	int nf;

	rd_init(&r, fp, name);
	while ((nf = rd_next(&r)) > 0) {
		if (nf != NF_TAGGED && nf != NF_ARTICLE) {
			rd_bad(&r, "%d fields, expected 7 (tagged) or 6 (article)",
			    nf);
			continue;
		}
		article(&r, nf);
	}
	rd_free(&r);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "min-score", required_argument, NULL, 'm' },
		{ "rejects", required_argument, NULL, 'R' },
		{ NULL, 0, NULL, 0 }
	};
	char *end;
	int c;

	tool_init(argc, argv);
	std_options(argc, argv, usage_text);
	dict_init();
	while ((c = getopt_long(argc, argv, "d:m:", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			dict_add_file(optarg);
			break;
		case 'm':
			minscore = strtod(optarg, &end);
			if (*end != '\0' || end == optarg || minscore < 0 ||
			    minscore > 1)
				errx(2, "%s: not a score between 0 and 1", optarg);
			break;
		case 'R':
			rd_open_rejects(optarg);
			break;
		default:
			usage_exit(usage_text);
		}
	}
	argc -= optind;
	argv += optind;
	meet_init(&ctx);
	each_input(argc, argv, extract);
	rd_summary();
	finish();
}
