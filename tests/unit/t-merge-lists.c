/*
 * Regression tests for common/merge.c found by the robustness work: the
 * candidate index of a merge set must not grow with repeated reports, or
 * dedupe slows quadratically and its memory grows with the input.
 */
#include <stdlib.h>
#include <string.h>

#include "merge.h"
#include "test.h"

static struct meeting *
mk(const char *id, const char *date, const char *place, const char *parties)
{
	char *f[NF_MEETING];
	size_t n[NF_MEETING];
	const char *why;
	int i;

	for (i = 0; i < NF_MEETING; i++)
		f[i] = "";
	f[M_ID] = (char *)id;
	f[M_DATE] = (char *)date;
	f[M_STATUS] = "held";
	f[M_PLACE] = (char *)place;
	f[M_PARTIES] = (char *)parties;
	f[M_DOCS] = "1a2b3c4d5e6f7081";
	f[M_REPORTS] = "1";
	f[M_SCORE] = "0.5";
	for (i = 0; i < NF_MEETING; i++)
		n[i] = strlen(f[i]);
	return meeting_new(f, n, &why);
}

/* A report of fatah and hamas in Cairo from article doc. */
static struct meeting *
mks(const char *id, const char *date, const char *status, const char *doc)
{
	char *f[NF_MEETING];
	size_t n[NF_MEETING];
	const char *why;
	int i;

	for (i = 0; i < NF_MEETING; i++)
		f[i] = "";
	f[M_ID] = (char *)id;
	f[M_DATE] = (char *)date;
	f[M_STATUS] = (char *)status;
	f[M_PLACE] = "cairo";
	f[M_PARTIES] = "fatah;hamas";
	f[M_DOCS] = (char *)doc;
	f[M_REPORTS] = "1";
	f[M_SCORE] = "0.5";
	for (i = 0; i < NF_MEETING; i++)
		n[i] = strlen(f[i]);
	return meeting_new(f, n, &why);
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
