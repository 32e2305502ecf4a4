/* Unit tests for common/merge.c: when two meeting reports are one. */
#include <stdlib.h>
#include <string.h>

#include "merge.h"
#include "mkmeeting.h"
#include "test.h"

static int
same(const char *d1, const char *s1, const char *p1, const char *x1,
    const char *doc1, const char *d2, const char *s2, const char *p2,
    const char *x2, const char *doc2)
{
	struct meeting *a = mkmeeting("0000000000000001", d1, s1, p1, x1, doc1);
	struct meeting *b = mkmeeting("0000000000000002", d2, s2, p2, x2, doc2);
	int r = meeting_compatible(a, b, 1);

	meeting_free(a);
	meeting_free(b);
	return r;
}

int
main(void)
{
	struct mergeset ms;
	const char *why;
	char *f[NF_MEETING];
	size_t n[NF_MEETING];
	int i;

	ok(same("2024-02-29", "held", "moscow", "fatah;hamas;pij", "d1",
	    "2024-02", "held", "moscow", "fatah;hamas", "d2"),
	    "Thursday and February in Moscow, two outlets: one meeting");
	ok(!same("2024-02-29", "held", "moscow", "fatah;hamas;pij", "d1",
	    "2024-02", "held", "moscow", "fatah;hamas", "d1"),
	    "a subset of the sides in the same article: another meeting");
	ok(!same("2023-07", "held", "cairo", "fatah;hamas", "d1",
	    "2023-08", "held", "cairo", "fatah;hamas", "d2"),
	    "Cairo in July and Cairo in August: two meetings");
	ok(same("2024-03-01", "held", "", "pa;hamas", "d1",
	    "2024-02-29", "held", "moscow", "fatah;hamas", "d2"),
	    "fatah and pa are one side; a day apart within -w 1");
	ok(!same("2024-03-03", "held", "moscow", "hamas;pa", "d1",
	    "2024-02-29", "held", "moscow", "fatah;hamas", "d2"),
	    "three days apart is too far for -w 1");
	ok(!same("", "held", "cairo", "egypt;hamas", "d1",
	    "", "held", "doha", "egypt;hamas", "d2"), "other places");
	ok(same("2024-05", "planned", "cairo", "egypt;hamas", "d1",
	    "2024-05-02", "held", "cairo", "egypt;hamas", "d2"),
	    "a dated plan and the meeting held");
	ok(!same("", "planned", "cairo", "egypt;hamas", "d1",
	    "2024-05-02", "held", "cairo", "egypt;hamas", "d2"),
	    "a plan of unknown date is not a meeting held");
	ok(!same("", "cancelled", "cairo", "egypt;hamas", "d1",
	    "", "held", "cairo", "egypt;hamas", "d2"), "cancelled is apart");
	ok(!same("", "held", "cairo", "egypt;hamas", "d1",
	    "", "held", "cairo", "egypt;pij", "d2"), "one side shared");
	ok(!same("", "held", "cairo", "", "d1", "", "held", "cairo", "", "d2"),
	    "no sides known: nothing to go on");

	ms_init(&ms, 1, 20000);
	ms_add(&ms, mkmeeting("0000000000000001", "2024-02-29", "held", "moscow",
	    "pij;hamas;fatah", "d1"), 0);
	ms_add(&ms, mkmeeting("0000000000000002", "2024-02", "held", "",
	    "hamas;fatah", "d2"), 0);
	ms_add(&ms, mkmeeting("0000000000000002", "2024-02", "held", "",
	    "hamas;fatah", "d2"), 0);
	is_int(ms.n, 1, "merged into one meeting");
	/* Counts and scores are kept as numbers until written. */
	meeting_sync(ms.m[0]);
	is_str(ms.m[0]->field[M_PARTIES], "fatah;hamas;pij", "parties sorted");
	is_str(ms.m[0]->field[M_DOCS], "d1;d2", "docs in order");
	is_str(ms.m[0]->field[M_REPORTS], "2", "a report seen twice counts once");
	is_str(ms.m[0]->field[M_SCORE], "0.75", "scores combined");
	is_str(ms.m[0]->field[M_DATE], "2024-02-29", "the precise date kept");
	is_str(ms.m[0]->field[M_PLACE], "moscow", "the place kept");

	for (i = 0; i < NF_MEETING; i++)
		f[i] = "";
	f[M_ID] = "xyz";
	for (i = 0; i < NF_MEETING; i++)
		n[i] = strlen(f[i]);
	ok(meeting_new(f, n, &why) == NULL, "a bad id is refused: %s", why);
	f[M_ID] = "0000000000000003";
	f[M_DATE] = "29/02/2024";
	n[M_ID] = 16;
	n[M_DATE] = strlen(f[M_DATE]);
	ok(meeting_new(f, n, &why) == NULL, "a bad date is refused: %s", why);
	ms_free(&ms);
	return done_testing();
}
