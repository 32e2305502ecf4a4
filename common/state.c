/*
 * state.c: locking, reading and atomically replacing the state, and what
 * dedupe keeps in it (state.h).
 */
#include <sys/file.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "merge.h"
#include "record.h"
#include "seen.h"
#include "state.h"
#include "util.h"

static char *
suffixed(const char *path, const char *suffix)
{
	struct buf b = { 0 };

	buf_printf(&b, "%s%s", path, suffix);
	return b.s;
}

unsigned
state_today(void)
{
	const char *s = getenv("PARLEY_TODAY");
	struct tm tm;
	time_t t;

	if (s != NULL && *s != '\0') {
		memset(&tm, 0, sizeof(tm));
		if (strptime(s, "%Y-%m-%d", &tm) == NULL)
			errx(2, "PARLEY_TODAY=%s: not YYYY-MM-DD", s);
		t = timegm(&tm);
	} else
		t = time(NULL);
	return (unsigned)(t / 86400);
}

void
state_open(struct state *st, const char *path)
{
	int fd;

	memset(st, 0, sizeof(*st));
	st->path = estrdup(path);
	st->tmp = suffixed(path, ".tmp");
	st->lock = suffixed(path, ".lock");
	st->today = state_today();
	/*
	 * The lock is a file of its own: FILE itself is replaced by rename,
	 * and a lock on a replaced inode would lock nothing.
	 */
	if ((st->lockfd = open(st->lock, O_RDWR | O_CREAT | O_CLOEXEC,
	    0666)) < 0)
		err(1, "%s", st->lock);
	while (flock(st->lockfd, LOCK_EX) < 0)
		if (errno != EINTR)
			err(1, "%s: flock", st->lock);
	if ((st->old = fopen(path, "r")) == NULL && errno != ENOENT)
		err(1, "%s", path);
	/* A FILE.tmp left by a crash is only a draft: start it afresh. */
	if ((fd = open(st->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0666)) < 0 || (st->out = fdopen(fd, "w")) == NULL)
		err(1, "%s", st->tmp);
	fputs("# parley dedupe state 1\n", st->out);
}

void
state_rewind(struct state *st)
{
	if (st->old != NULL && fseek(st->old, 0, SEEK_SET) < 0)
		err(1, "%s", st->path);
}

void
state_commit(struct state *st)
{
	char *dir;
	int fd;

	if (fflush(st->out) == EOF || ferror(st->out) ||
	    fsync(fileno(st->out)) < 0)
		err(1, "%s", st->tmp);
	/* For the crash test: die where a crash would hurt most. */
	if (getenv("PARLEY_DEDUPE_CRASH") != NULL)
		_exit(70);
	if (fclose(st->out) == EOF)
		err(1, "%s", st->tmp);
	if (rename(st->tmp, st->path) < 0)
		err(1, "rename %s", st->tmp);
	/* The rename is only durable once the directory is on disk. */
	dir = estrdup(st->path);
	if ((fd = open(dirname(dir), O_RDONLY | O_DIRECTORY)) >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
	if (st->old != NULL)
		fclose(st->old);
	close(st->lockfd);
	free(st->path);
	free(st->tmp);
	free(st->lock);
	memset(st, 0, sizeof(*st));
}

void
state_load(struct state *st, struct seen *seen, struct mergeset *ms)
{
	struct reader r;
	int nf;

	if (st->old == NULL)
		return;
	rd_init(&r, st->old, st->path);
	while ((nf = rd_next(&r)) > 0) {
		if (strcmp(r.field[0], "a") == 0 &&
		    seen_load(seen, r.field + 1, nf - 1))
			continue;
		if (strcmp(r.field[0], "m") == 0 &&
		    ms_load(ms, r.field + 1, r.flen + 1, nf - 1))
			continue;
		rd_bad(&r, "not a state item");
	}
	rd_free(&r);
}

void
state_save(struct state *st, struct seen *seen, struct mergeset *ms,
    long forget)
{
	struct fingerprint fp;
	struct reader r;
	uint64_t id;
	unsigned day;
	int nf;

	state_rewind(st);
	rd_init(&r, st->old, st->path);
	while (st->old != NULL && (nf = rd_next(&r)) > 0) {
		/*
		 * The lines state_load took, in the same order, with the day
		 * each was last seen. Those the budget forgot keep theirs: the
		 * budget bounds memory, the state is bounded by --forget.
		 */
		if (strcmp(r.field[0], "a") != 0 ||
		    !seen_parse(r.field + 1, nf - 1, &id, &fp, &day))
			continue;
		(void)seen_next_loaded(seen, &day);
		if (forget >= 0 && (long)st->today - (long)day > forget)
			continue;
		fprintf(st->out, "a\t%s\t%s\t%s\t%u\n", r.field[1],
		    r.field[2], r.field[3], day);
	}
	rd_free(&r);
	ms_save(ms, st->out, forget);
	state_commit(st);
}
