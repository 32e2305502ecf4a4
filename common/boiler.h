/*
 * boiler.h: telling a news article's prose from the web page and wire
 * furniture around it: captions and credit lines, navigation and section
 * kickers, share and follow lines, reading times, link lists. The rules
 * are about how furniture is written, so they hold for any English site.
 */
#ifndef BOILER_H
#define BOILER_H

#include <stddef.h>

enum pkind {
	PK_PROSE,	/* article text, or a subheading: kept */
	PK_FURNITURE,	/* navigation, kicker, share line, ...: dropped */
	PK_CREDIT,	/* a photo credit standing alone */
	PK_CAPTION,	/* a caption ending in its credit */
	PK_URL		/* the page's URL standing alone */
};

/* Classify one paragraph s (n bytes, NUL-terminated, UTF-8). */
enum pkind boiler_kind(const char *s, size_t n);

/* boiler_kind for a caller that has counted the words of s already. */
enum pkind boiler_kind_w(const char *s, size_t n, size_t words);

/* Length of a caption without its trailing credit and blanks. */
size_t boiler_caption_len(const char *s, size_t n);

/*
 * 1 if s does not end as a sentence ends (. ! ? or a closing quote or
 * bracket after them).
 */
int boiler_unfinished(const char *s, size_t n);

/* 1 if s reads as a run of headlines: many Title Case words, no sentence end. */
int boiler_linkspam(const char *s, size_t n);

/* Word count: runs of non-blank bytes. */
size_t boiler_words(const char *s, size_t n);

#endif
