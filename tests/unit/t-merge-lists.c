/*
 * Regression tests for common/merge.c found by the robustness work: the
 * candidate index of a merge set must not grow with repeated reports, or
 * dedupe slows quadratically and its memory grows with the input.
 */
#include <stdlib.h>
#include <string.h>

#include "merge.h"
#include "mkmeeting.h"
#include "test.h"

/* A held meeting of the given sides, reported by one article. */
static struct meeting *
mk(const char *id, const char *date, const char *place, const char *parties)
{
	return mkmeeting(id, date, "held", place, parties, "1a2b3c4d5e6f7081");
}

/* A report of fatah and hamas in Cairo from article doc. */
static struct meeting *
mks(const char *id, const char *date, const char *status, const char *doc)
{
	return mkmeeting(id, date, status, "cairo", "fatah;hamas", doc);
}

int
main(void)
{
	struct mergeset ms;
	int k;

	/*
	 * Two meetings sharing a side (hamas), months apart so they stay
	 * two, each reported again and again by turns.
	 */
	ms_init(&ms, 1, 20000);
	for (k = 0; k < 1000; k++) {
		ms_add(&ms, mk("5f3c2a1b0e9d8c7b", "2024-03-03", "cairo",
		    "fatah;hamas"), 0);
		ms_add(&ms, mk("6a4d3b2c1f0e9d8c", "2024-07-14", "moscow",
		    "hamas;pij"), 0);
	}
	is_int(ms.n, 2, "two meetings");
	/* Each is filed under its one pair of sides, 5 ways (merge.c). */
	ok(ms.nent <= 10, "the index holds each meeting once per key (%zu "
	    "entries)", ms.nent);
	ms_free(&ms);

	/*
	 * A plan filed first, a meeting held days later filed second; the
	 * plan becomes held (filed again, behind the second in time) and a
	 * report of unknown date, compatible with both, must still join the
	 * first seen, as a search through all meetings would.
	 */
	ms_init(&ms, 1, 20000);
	ms_add(&ms, mks("0000000000000001", "2024-03-01", "planned", "d1"), 0);
	ms_add(&ms, mks("0000000000000002", "2024-03-05", "held", "d2"), 0);
	ms_add(&ms, mks("0000000000000003", "2024-03-01", "held", "d3"), 0);
	is_str(ms.m[0]->field[M_STATUS], "held", "the plan was held");
	ms_add(&ms, mks("0000000000000004", "", "held", "d4"), 0);
	is_int(ms.n, 2, "two meetings");
	meeting_sync(ms.m[0]);
	meeting_sync(ms.m[1]);
	is_str(ms.m[0]->field[M_REPORTS], "3", "the first seen took the report");
	is_str(ms.m[1]->field[M_REPORTS], "1", "the second did not");
	ms_free(&ms);
	return done_testing();
}
