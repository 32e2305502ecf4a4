/*
 * text.h: English text: sentences, tokens and the normalised keys that make
 * name matching tolerant of spelling (al-/el-, -eh/-a/-ah, ou/u, doubled
 * letters, case and accents).
 */
#ifndef TEXT_H
#define TEXT_H

#include <stddef.h>

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

#endif
