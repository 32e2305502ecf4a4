/* Unit tests for common/simhash.c and common/seen.c: fingerprints and lookup. */
#include <string.h>

#include "seen.h"
#include "simhash.h"
#include "test.h"

static struct fingerprint
fp_of(const char *s)
{
	struct fingerprint fp;

	fp_text(s, strlen(s), &fp);
	return fp;
}

int
main(void)
{
	/* Texts written for this test, long enough to have many shingles. */
	const char *a = "The delegations of the two movements sat down in the "
	    "capital on Tuesday for a second round of talks about a joint "
	    "administration, a prisoner exchange and the reopening of the "
	    "crossing. Officials on both sides said the atmosphere was good "
	    "and that a written text could follow within weeks. A spokesman "
	    "for the host government said the next round would take place "
	    "after the holiday, and that observers from three neighbouring "
	    "states had been invited to attend as guarantors of any deal.";
	const char *a_quotes = "The delegations of the two movements sat down "
	    "in the capital on Tuesday for a second round of talks about a "
	    "joint administration, a prisoner exchange and the reopening of "
	    "the crossing.\\nOfficials on both sides said the atmosphere was "
	    "\xe2\x80\x9cgood\xe2\x80\x9d and that a written text could follow "
	    "within weeks. A spokesman for the host government said the next "
	    "round would take place after the holiday, and that observers "
	    "from three neighbouring states had been invited to attend as "
	    "guarantors of any deal.";
	const char *b = "Farmers in the northern valley protested on Monday "
	    "against a new water tariff, blocking the main road with tractors "
	    "for several hours. The regional council said it would review "
	    "the tariff next month, while the minister of agriculture called "
	    "the protest understandable but said the reform was needed to "
	    "pay for repairs to the canals built sixty years ago.";
	struct fingerprint fa, fq, fb, fe;
	struct seen s;
	int d;

	fa = fp_of(a);
	fq = fp_of(a_quotes);
	fb = fp_of(b);
	ok(fa.nshingle > 50, "shingles counted (%lu)", fa.nshingle);
	ok(fa.sim == fq.sim && memcmp(fa.band, fq.band, sizeof(fa.band)) == 0,
	    "quote marks, escapes and case do not change the fingerprint");
	ok(hamming(fa.sim, fb.sim) > 16, "another story is far (%d bits)",
	    hamming(fa.sim, fb.sim));
	ok(fp_text("bad \\x escape", 13, &fe) < 0, "a bad escape is refused");
	ok(fp_text("trailing\\", 9, &fe) < 0, "a trailing backslash is refused");
	fe = fp_of("");
	is_int(fe.nshingle, 0, "an empty text has no shingles");
	fe = fp_of("Two words");
	is_int(fe.nshingle, 1, "a short text is one shingle");
	ok(hamming(0, ~0ULL) == 64 && hamming(5, 4) == 1, "hamming");

	seen_init(&s, 0);
	seen_add(&s, 1, &fa, 100);
	seen_add(&s, 2, &fb, 100);
	is_int(seen_find(&s, &fq, 12, &d), 0, "the copy is found");
	is_int(d, 0, "at distance 0");
	fe = fp_of("Two words");
	is_int(seen_find(&s, &fe, 12, &d), -1, "a new text is not found");
	seen_add(&s, 3, &fe, 100);
	is_int(seen_find(&s, &fe, 0, &d), 2,
	    "short texts are found through their SimHash");
	is_int(sizeof(struct seen_item), 32, "an item is 32 bytes");
	seen_free(&s);
	return done_testing();
}
