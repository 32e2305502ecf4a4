/*
 * text.h: English text: sentences, tokens and the normalised keys that make
 * name matching tolerant of spelling (al-/el-, -eh/-a/-ah, ou/u, doubled
 * letters, case and accents).
 */
#ifndef TEXT_H
#define TEXT_H

#include <stddef.h>
#include <stdint.h>

/*
 * Call fn for each sentence of text, [start, end) byte offsets, in order.
 * Paragraph breaks (newlines) always end a sentence; ". " after an
 * abbreviation (Mr., Feb., U.S., Gen.) or an initial does not.
 */
typedef void sentence_fn(size_t start, size_t end, void *arg);
void text_sentences(const char *text, size_t n, sentence_fn *fn, void *arg);

/*
 * Write the matching key of a name (n bytes) into out (cap bytes, NUL
 * terminated) and return its length: lowercase ASCII, accents dropped,
 * spelling variants folded as described above.
 */
size_t name_key(const char *s, size_t n, char *out, size_t cap);

/*
 * Words, as the matcher and name_key see them: runs of letters and digits
 * (any non-ASCII byte that is not punctuation counts as a letter) with
 * inner apostrophes; a hyphen, a dot and white space separate words. An
 * initialism with dots ("U.S.", "U.N.") is one word. A possessive "'s" is
 * left out of the word and flagged.
 */
enum {
	W_POSS = 1,	/* followed by 's, ’s or a bare apostrophe (Hamas') */
	W_HYPHEN = 2,	/* joined to the word before by a hyphen */
	W_DOTS = 4,	/* an initialism written with dots */
	W_CAP = 8,	/* starts with an upper-case letter */
	W_UPPER = 16,	/* has letters, all upper case */
	W_DIGIT = 32	/* starts with a digit */
};

struct word {
	size_t start, end;	/* the word, without the possessive */
	unsigned flags;
};

/*
 * Find the next word of s (n bytes) at or after *pos; returns 1 and sets
 * *w and *pos (past the word and its possessive), or 0 at the end.
 */
int text_word(const char *s, size_t n, size_t *pos, struct word *w);

/*
 * Mark the ASCII letters and digits of s (n bytes): bit i % 64 of
 * mask[i / 64] is set when s[i] is one; mask has (n + 63) / 64 words and
 * the bits past n are clear. A scanner finds words where runs of set bits
 * start and end, without a branch per byte. Everything else (non-ASCII
 * letters, apostrophes, dotted initials) is for text_word to judge.
 */
void text_alnum_mask(const char *s, size_t n, uint64_t *mask);

/*
 * The key of one word: as name_key, and 0 for the articles "al" and "el"
 * that transliterations add or drop at will.
 */
size_t word_key(const char *s, size_t n, char *out, size_t cap);

#endif
