/*
 * mkmeeting.h: a meeting record for the unit tests of common/merge.c,
 * built from the fields a merge looks at; the others are empty, a report
 * count of 1 and a score of 0.5.
 */
#ifndef MKMEETING_H
#define MKMEETING_H

#include <string.h>

#include "merge.h"

static struct meeting *
mkmeeting(const char *id, const char *date, const char *status,
    const char *place, const char *parties, const char *docs)
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
	f[M_PLACE] = (char *)place;
	f[M_PARTIES] = (char *)parties;
	f[M_DOCS] = (char *)docs;
	f[M_REPORTS] = "1";
	f[M_SCORE] = "0.5";
	for (i = 0; i < NF_MEETING; i++)
		n[i] = strlen(f[i]);
	return meeting_new(f, n, &why);
}

#endif
