/*
 * dedupe: drop repeated articles and merge reports of the same meeting,
 * within a run and, with --state, across runs.
 */
#include <err.h>
#include <getopt.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "merge.h"
#include "record.h"
#include "seen.h"
#include "simhash.h"
#include "state.h"
#include "util.h"

static const char usage_text[] =
    "dedupe [-v] [-M size] [-t threshold] [-w days] [--rejects file] "
    "[--state file [--forget days]] [--superseded file] [file ...]";

static struct seen seen;
static struct mergeset ms;
static struct state st;
static const char *statepath, *gonepath;
/* The budget in KB: a peak RSS near 60 MB (see dedupe(1)). */
static long forget = -1, budget = 56 << 10;
static int threshold = 12, window = 1, verbose, nf_stream;

static long
number(const char *s, const char *what, long max)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (*end != '\0' || end == s || n < 0 || n > max)
		errx(2, "%s: %s must be a number from 0 to %ld", s, what, max);
	return n;
}

/* -M: megabytes, or kilobytes with a k after them; in kilobytes. */
static long
megabytes(const char *s)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (end == s || n < 0 || n > 1L << 20 ||
	    (*end != '\0' && strcmp(end, "k") != 0))
		errx(2, "%s: -M must be megabytes from 0 to %ld, or "
		    "kilobytes with k after them", s, 1L << 20);
	return *end == 'k' ? n : n << 10;
}

/*
 * rd_bad_escape, but most records hold no backslash at all: one memchr
 * over the line (every field of a record of 6, 7 or 15 is in it) saves
 * fifteen short ones.
 */
static int
bad_escape(const struct reader *r)
{
	if (memchr(r->line, '\\', r->len) == NULL)
		return -1;
	return rd_bad_escape(r);
}

static void
article(struct reader *r)
{
	struct fingerprint fp;
	uint64_t id;
	long k;
	int i, dist;
	char hex[17];

	if (!parse_hex64(r->field[A_ID], r->flen[A_ID], &id)) {
		rd_bad(r, "id: not 16 lowercase hex digits");
		return;
	}
	if (fp_text(r->field[A_TEXT], r->flen[A_TEXT], &fp) < 0) {
		rd_bad(r, "text: bad escape");
		return;
	}
	/* An article with no text is known by its title. */
	if (fp.nshingle == 0 &&
	    fp_text(r->field[A_TITLE], r->flen[A_TITLE], &fp) < 0) {
		rd_bad(r, "title: bad escape");
		return;
	}
	/* Fields are copied through escaped: a bad one must not pass. */
	if ((i = bad_escape(r)) >= 0) {
		rd_bad(r, "field %d: bad escape", i + 1);
		return;
	}
	if ((k = seen_find(&seen, &fp, threshold, &dist)) >= 0) {
		seen.item[k].day = (uint16_t)st.today;
		if (verbose)
			warnx("%s duplicates %s (%d bits apart)",
			    r->field[A_ID], hex64(seen.item[k].id, hex), dist);
		return;
	}
	seen_add(&seen, id, &fp, st.today);
	if (st.out != NULL)
		seen_write(st.out, id, &fp, st.today);
	for (i = 0; i < r->nfield; i++) {
		if (i > 0)
			rec_tab(stdout);
		fwrite(r->field[i], 1, r->flen[i], stdout);
	}
	rec_end(stdout);
}

static void
meeting(struct reader *r)
{
	/* Read in place: most reports join a meeting and are not kept. */
	static struct meeting m;
	const char *why;
	uint64_t id;
	uint32_t k;
	char hex[17];
	int bad;

	/* Fields are kept and written escaped: a bad one must not pass. */
	if ((bad = bad_escape(r)) >= 0) {
		rd_bad(r, "field %d: bad escape", bad + 1);
		return;
	}
	if (!meeting_read(&m, r->field, r->flen, &why)) {
		rd_bad(r, "%s", why);
		return;
	}
	id = m.id;
	k = ms_add_copy(&ms, &m, 0);
	if (verbose && ms.m[k]->id != id)
		warnx("%s merged into %s", r->field[M_ID],
		    hex64(ms.m[k]->id, hex));
}

static void
dedupe(FILE *fp, const char *name)
{
	struct reader r;
	int nf;

	rd_init(&r, fp, name);
	while ((nf = rd_next(&r)) > 0) {
		/* The first record says what the stream holds. */
		if (nf_stream == 0 && (nf == NF_ARTICLE || nf == NF_TAGGED ||
		    nf == NF_MEETING))
			nf_stream = nf;
		if (nf != nf_stream) {
			rd_bad(&r, "%d fields: expected %s", nf, nf_stream == 0 ?
			    "articles (6 or 7) or meetings (15)" :
			    schema_by_count(nf_stream)->name);
			continue;
		}
		if (nf == NF_MEETING)
			meeting(&r);
		else
			article(&r);
	}
	rd_free(&r);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "forget", required_argument, NULL, 'F' },
		{ "rejects", required_argument, NULL, 'R' },
		{ "state", required_argument, NULL, 'S' },
		{ "superseded", required_argument, NULL, 'G' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	tool_init(argc, argv);
	std_options(argc, argv, usage_text);
	while ((c = getopt_long(argc, argv, "M:t:vw:", longopts, NULL)) != -1) {
		switch (c) {
		case 'M':
			budget = megabytes(optarg);
			break;
		case 'F':
			forget = number(optarg, "--forget", 65535);
			break;
		case 'R':
			rd_open_rejects(optarg);
			break;
		case 'S':
			statepath = optarg;
			break;
		case 'G':
			gonepath = optarg;
			break;
		case 't':
			threshold = (int)number(optarg, "-t", 64);
			break;
		case 'v':
			verbose = 1;
			break;
		case 'w':
			window = (int)number(optarg, "-w", 3650);
			break;
		default:
			usage_exit(usage_text);
		}
	}
	argc -= optind;
	argv += optind;
	if (forget >= 0 && statepath == NULL)
		usage_exit(usage_text);
#ifdef M_MMAP_THRESHOLD
	/*
	 * Hash tables are dropped and rebuilt when the budget makes dedupe
	 * forget. glibc would raise its mmap threshold after the first such
	 * free and put the next tables in the heap, whose holes are never
	 * given back: a fixed threshold keeps large blocks mapped.
	 */
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
	ms_init(&ms, window, state_today());
	/* The budget is for each kind: a run holds one (and its state). */
	ms.budget = (size_t)budget << 10;
	ms.out = stdout;
	ms.forget = forget;
	seen_init(&seen, (size_t)budget << 10);
	st.today = ms.today;
	if (statepath != NULL) {
		state_open(&st, statepath);
		ms.state = st.out;
	}
	/* Opened under the state's lock: a run at once waits for it. */
	if (gonepath != NULL && (ms.superseded = fopen(gonepath, "w")) == NULL)
		err(1, "%s", gonepath);
	if (statepath != NULL)
		state_load(&st, &seen, &ms);
	each_input(argc, argv, dedupe);
	/* Meetings new or changed, in the order they were first seen. */
	ms_write(&ms, stdout);
	/*
	 * The state is saved only after the output is flushed, so a failed
	 * write is retried next run rather than forgotten.
	 */
	if (gonepath != NULL && (fflush(ms.superseded) == EOF ||
	    ferror(ms.superseded) || fclose(ms.superseded) == EOF))
		err(1, "%s", gonepath);
	ms.superseded = NULL;
	if (statepath != NULL) {
		if (fflush(stdout) == EOF)
			err(1, "write error");
		state_save(&st, &seen, &ms, forget);
	}
	rd_summary();
	finish();
}
