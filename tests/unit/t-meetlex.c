/*
 * Unit tests for common/meetlex.c: the lexicon lookup, and the first pass
 * of extract-meetings (meetlex_scan), which finds words 64 bytes at a time
 * and must not lose one at the edge of a block or of the text.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meetlex.h"
#include "test.h"

static char out[1024];

/* The offsets meetlex_scan finds in s (n bytes), as "a,b,c". */
static const char *
scann(const char *s, size_t n)
{
	uint64_t *mask = calloc((n + 63) / 64 + 1, sizeof(*mask));
	uint32_t *pos = NULL;
	size_t cap = 0, np, i, o = 0;

	np = meetlex_scan(s, n, mask, &pos, &cap);
	out[0] = '\0';
	for (i = 0; i < np && o + 12 < sizeof(out); i++)
		o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%u",
		    i > 0 ? "," : "", (unsigned)pos[i]);
	free(pos);
	free(mask);
	return out;
}

static const char *
scan(const char *s)
{
	return scann(s, strlen(s));
}

/* pad spaces, then word, then tail; the word starts at offset pad. */
static char buf[512];

static const char *
at(size_t pad, const char *word, const char *tail)
{
	memset(buf, ' ', pad);
	buf[pad] = '\0';
	strcat(buf, word);
	strcat(buf, tail);
	return buf;
}

int
main(void)
{
	char longword[40];
	size_t i;

	/* The lexicon: any case, words listed twice, words of every key size. */
	ok(meetlex_word("MEETS", 5) & W_MEETV, "meets is a meeting verb, in capitals too");
	ok(meetlex_word("Talks", 5) & W_WEAK, "talks is a weak trigger");
	is_int((int)(meetlex_word("her", 3) == (W_DET | W_PERSONN)), 1,
	    "her, listed twice, has both flags");
	ok(meetlex_word("negotiations", 12) & W_WEAK, "a word of twelve bytes, in two key words");
	ok(meetlex_word("videoconference", 15) & W_REMOTE, "a word of 15 bytes");
	is_int((int)meetlex_word("negotiat", 8), 0, "a prefix is not the word");
	is_int((int)meetlex_word("meetx", 5), 0, "nor a longer word");
	is_int((int)meetlex_word("xyzzy", 5), 0, "a word not listed");
	memset(longword, 'a', sizeof(longword));
	is_int((int)meetlex_word(longword, 30), 0, "a word too long for the lexicon");
	ok(meetlex_trigger("Summit", 6), "summit can start a meeting");
	ok(!meetlex_trigger("said", 4), "said cannot");

	/* The first pass. */
	is_str(scan("The leaders met in Geneva."), "12", "a verb of meeting");
	is_str(scan("MET Met met"), "0,4,8", "any case");
	is_str(scan("metal helmet summits2 2talks"), "",
	    "a trigger inside a longer word, or with digits, is none");
	is_str(scan("caf\xc3\xa9met met\xc3\xa9 met"), "15",
	    "a word that touches a non-ASCII byte is part of a longer one");
	is_str(scan("Sat down, took part, brought together"), "0,10,21",
	    "phrasal verbs are looked at");
	is_str(scan(""), "", "an empty text");

	/* Words at the edges of the 64-byte blocks and of the text. */
	is_str(scan(at(60, "meeting", " here")), "60", "a word across blocks");
	is_str(scan(at(63, "met", "")), "63", "a word from the last byte of a block");
	is_str(scan(at(61, "met", "")), "61", "a word that ends a text of one block");
	ok(strlen(buf) == 64, "(that text is one block)");
	is_str(scan(at(120, "meetings", "")), "120",
	    "a word that ends a text of two blocks");
	ok(strlen(buf) == 128, "(that text is two blocks)");
	is_str(scan(at(64, "visit", " ")), "64", "a word at the start of a block");
	is_str(scan(at(0, "talks", "")), "0", "a text that is one trigger");
	/* A run of 150 letters spans three blocks; the trigger after it counts. */
	memset(buf, ' ', 10);
	for (i = 10; i < 160; i++)
		buf[i] = 'a';
	strcpy(buf + 160, " visit");
	is_str(scann(buf, strlen(buf)), "161", "a word after one of three blocks");
	memset(buf, 'a', 128);
	buf[128] = '\0';
	is_str(scann(buf, 128), "", "a text that is one long word");
	return done_testing();
}
