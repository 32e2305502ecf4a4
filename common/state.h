/*
 * state.h: the state file of dedupe, kept between runs for cron.
 *
 * The state is a text file of line records (parley(5) rules: TABs between
 * fields, '#' lines are comments) whose first field says the kind of item;
 * each user reads the kinds it knows and copies the others through. It is
 * replaced, never rewritten in place: the new state goes to FILE.tmp,
 * which is flushed, fsync'd and renamed over FILE, and the directory is
 * fsync'd, so a reader sees the old state or the new one, never a mix. The
 * whole run holds an exclusive flock on FILE.lock, so two runs at once
 * take turns: the second sees what the first remembered.
 */
#ifndef STATE_H
#define STATE_H

#include <stdio.h>

struct state {
	char *path, *tmp, *lock;
	int lockfd;
	FILE *old;		/* the current state, NULL if there is none */
	FILE *out;		/* the new state being written */
	unsigned today;		/* days since 1970-01-01 */
};

/*
 * Lock the state at path, open it for reading and start the new state.
 * Exits with a message on failure: without its state the run cannot
 * keep its promise not to repeat itself.
 */
void state_open(struct state *st, const char *path);

/* Start again at the first line of the old state (for a second pass). */
void state_rewind(struct state *st);

/* Flush, fsync and rename the new state into place, and unlock. */
void state_commit(struct state *st);

/*
 * Today as a day number: the clock, or $PARLEY_TODAY (YYYY-MM-DD) so tests
 * can age a state.
 */
unsigned state_today(void);

struct seen;
struct mergeset;

/*
 * Read what the state remembers (if there is a state): articles into
 * seen, meetings into ms, each kind in the order of the file.
 */
void state_load(struct state *st, struct seen *seen, struct mergeset *ms);

/*
 * Write the new state and commit it. The articles of this run are in it
 * already (dedupe writes each as it keeps it), and the meetings the
 * budget made ms forget; add the old articles with the day they were
 * last seen (those the budget forgot with the day they had), leaving out
 * those not seen for more than forget days (when forget >= 0), then
 * every meeting held.
 */
void state_save(struct state *st, struct seen *seen, struct mergeset *ms,
    long forget);

#endif
