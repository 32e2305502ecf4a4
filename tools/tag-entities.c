/*
 * tag-entities: append the actors and dates of each article (the entities
 * field), or write one mention record per entity (-m). The work is in
 * common/tag.c; this file reads and writes records.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "dict.h"
#include "entity.h"
#include "record.h"
#include "tag.h"
#include "text.h"
#include "util.h"

static const char usage_text[] =
    "tag-entities [-lm] [-d dict] [--rejects file] [file ...]";

static int mentions;
static struct buf textbuf;
static struct entities ents;

/* Sentence starts of the current text, for -m. */
static size_t *sents;
static size_t nsent, capsent;

static void
add_sentence(size_t start, size_t end, void *arg)
{
	(void)end;
	(void)arg;
	if (nsent == capsent) {
		capsent = capsent ? capsent * 2 : 256;
		sents = erealloc(sents, capsent * sizeof(sents[0]));
	}
	sents[nsent++] = start;
}

/* The number (from 1) of the sentence holding offset off. */
static size_t
sentence_of(size_t off)
{
	size_t lo = 0, hi = nsent;

	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;

		if (sents[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo + 1;
}

/*
 * The affiliation of a mention: the one the text states, else, for a
 * person or an organisation, its parent in the dictionary.
 */
static void
put_affiliation(const struct entity *e)
{
	const struct actor *a;

	if (e->affil != NULL) {
		rec_put(stdout, e->affil, e->affil_len);
		return;
	}
	if (e->type != T_PER && e->type != T_ORG)
		return;
	if ((a = dict_get(e->actor, e->actor_len)) != NULL && a->parent != NULL)
		rec_puts(stdout, a->parent);
}

static void
write_mentions(const char *id, size_t idlen, const char *s, size_t n)
{
	const struct entity *e;
	size_t i;

	nsent = 0;
	text_sentences(s, n, add_sentence, NULL);
	for (i = 0; i < ents.n; i++) {
		e = &ents.v[i];
		fwrite(id, 1, idlen, stdout);
		printf("\t%zu\t%zu\t%zu\t%s\t", sentence_of(e->start), e->start,
		    e->end, type_name(e->type));
		rec_put(stdout, e->actor, e->actor_len);
		rec_tab(stdout);
		put_affiliation(e);
		rec_tab(stdout);
		rec_put(stdout, s + e->start, e->end - e->start);
		rec_end(stdout);
	}
}

/* The year of an article's date ("2005-04-20", "2005"), 0 if none. */
static int
year_of(const char *s, size_t n)
{
	int y = 0;
	size_t k;

	if (n < 4 || (n > 4 && s[4] != '-'))
		return 0;
	for (k = 0; k < 4; k++) {
		if (s[k] < '0' || s[k] > '9')
			return 0;
		y = y * 10 + (s[k] - '0');
	}
	return y;
}

static void
tag_stream(FILE *fp, const char *name)
{
	struct reader r;
	ssize_t len;
	int nf, i;

	rd_init(&r, fp, name);
	while ((nf = rd_next(&r)) > 0) {
		if (nf != NF_ARTICLE && nf != NF_TAGGED) {
			rd_bad(&r, "%d fields, expected 6 (article) or 7 (tagged)",
			    nf);
			continue;
		}
		/* The other fields are written as read: they must be sound. */
		if ((i = rd_bad_escape(&r)) >= 0) {
			rd_bad(&r, "field %d: bad escape", i + 1);
			continue;
		}
		/* Unescape a copy: the other fields are written as read. */
		buf_reset(&textbuf);
		buf_add(&textbuf, r.field[A_TEXT], r.flen[A_TEXT]);
		if ((len = rec_unescape(textbuf.s, textbuf.len)) < 0) {
			rd_bad(&r, "field %d: bad escape", A_TEXT + 1);
			continue;
		}
		tag_year(year_of(r.field[A_DATE], r.flen[A_DATE]));
		tag_text(textbuf.s, (size_t)len, &ents);
		if (mentions) {
			write_mentions(r.field[A_ID], r.flen[A_ID], textbuf.s,
			    (size_t)len);
			continue;
		}
		for (i = 0; i < NF_ARTICLE; i++) {
			fwrite(r.field[i], 1, r.flen[i], stdout);
			rec_tab(stdout);
		}
		entities_write(stdout, &ents);
		rec_end(stdout);
	}
	rd_free(&r);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "rejects", required_argument, NULL, 'R' },
		{ NULL, 0, NULL, 0 }
	};
	int c, list = 0;

	tool_init(argc, argv);
	std_options(argc, argv, usage_text);
	dict_init();
	while ((c = getopt_long(argc, argv, "d:lm", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			dict_add_file(optarg);
			break;
		case 'l':
			list = 1;
			break;
		case 'm':
			mentions = 1;
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
	if (list) {
		dict_print(stdout);
		finish();
	}
	tag_init();
	each_input(argc, argv, tag_stream);
	rd_summary();
	finish();
}
