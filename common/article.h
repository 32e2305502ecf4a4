/*
 * article.h: one news article on its way from a raw dump to an article
 * record of parley(5), and the readers of dump formats that fill it.
 *
 * A format reader only cuts the input into articles and fills what the
 * format states (raw text, and title, date, url when it has them);
 * art_clean does the rest the same way for every format: encoding repair,
 * unwrapping, boilerplate removal, headline, source line and dateline.
 */
#ifndef ARTICLE_H
#define ARTICLE_H

#include <stdio.h>

#include "buf.h"
#include "record.h"

struct para;
struct span;
struct wsig;

struct article {
	struct buf raw;		/* the article's bytes as read; art_clean
				   repairs them in place */
	unsigned long lineno;	/* input line where it starts */
	struct buf title, date, source, url, text;

	/* Work space of art_clean, kept to be reused. */
	struct buf pbuf;	/* paragraph texts, each NUL-terminated */
	struct buf norm;	/* normal forms of the paragraphs */
	struct buf scratch;
	struct para *para;
	size_t npara, paracap;
	struct span *line;	/* the lines that are not blank */
	size_t nline, linecap;
	struct wsig *sig;	/* word signatures of MAXPAIRS paragraphs */
};

/*
 * An input being cut into articles, read a block at a time: blk[pos] to
 * blk[lend] is the unread rest of the current line (without its newline),
 * and the next line starts at blk[next].
 */
struct input {
	FILE *fp;
	const char *name;	/* for messages: the path, or "stdin" */
	const char *path;	/* as given; "" for standard input */
	char *blk;
	size_t len, cap;	/* bytes read into blk, and its size */
	size_t pos, lend, next;
	size_t ff;		/* the first form feed in blk at or after pos,
				   or len; known while ffok */
	int ffok;
	size_t run, runend;	/* lines taken into the article, not yet
				   copied to it: blk[run] to blk[runend] */
	unsigned long lineno;	/* of the current line */
	int pending;		/* the current line has an unread rest
				   (all of it, or what follows a form feed) */
	int ended;		/* fp has no more to read */
	int eof;
};

void art_init(struct article *a);
void art_reset(struct article *a);
void art_free(struct article *a);

/*
 * Turn a->raw into the record fields. Fields a reader already filled are
 * kept. Returns 1 if the article has text to write, 0 if nothing is left.
 */
int art_clean(struct article *a, const char *path);

/* Write a as one article record (6 fields). */
void art_write(FILE *fp, const struct article *a);

void in_init(struct input *in, FILE *fp, const char *path);
void in_free(struct input *in);

/*
 * Format readers: fill a->raw (and what the format states) with the next
 * article. Return 1, or 0 at the end of the input.
 */
typedef int art_reader_fn(struct input *in, struct article *a);
art_reader_fn fmt_text_next;

/* The reader of a format by name ("text"), or NULL. */
art_reader_fn *art_format(const char *name);

#endif
