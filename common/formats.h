/*
 * formats.h: the dump formats split-articles reads besides plain text:
 * CSV exports, JSON lines, Reuters-21578 SGML and WARC web archives.
 *
 * A reader cuts one input into articles and fills what the format states
 * (title, date, source, url and the raw text) in a struct raw_article,
 * then calls back with it, one article at a time: memory is bounded by
 * the largest row, line, story or WARC record. The caller does the
 * cleaning, the dateline and the id the same way as for plain text.
 * Malformed input is reported as "FILE:LINE: what is wrong" (or "FILE:
 * offset N:" for WARC), skipped, and sets rval to 1; reading goes on.
 */
#ifndef FORMATS_H
#define FORMATS_H

#include <stdio.h>

#include "buf.h"

enum fmt {
	FMT_AUTO,
	FMT_TEXT,
	FMT_CSV,
	FMT_JSONL,
	FMT_REUTERS,
	FMT_WARC
};

struct raw_article {
	struct buf title, date, source, url;	/* UTF-8; date ISO 8601 */
	struct buf text;	/* raw bytes as the input has them */
	unsigned long lineno;	/* where it starts: line, or WARC offset */
	int clean;		/* text is main text already (from HTML) */
};

/* The fields a CSV column or a JSON key can give. */
enum { COL_TITLE, COL_TEXT, COL_DATE, COL_URL, COL_SOURCE, NCOL };

struct fmt_opts {
	/* From -c: a column number (from 1) or a column or key name. */
	const char *col[NCOL];
};

typedef void fmt_article_fn(struct raw_article *ra, void *arg);

/* Read a whole input in one format, calling fn for each article. */
typedef void fmt_read_fn(FILE *fp, const char *path,
    const struct fmt_opts *o, fmt_article_fn *fn, void *arg);
fmt_read_fn fmt_csv_read, fmt_jsonl_read, fmt_reuters_read, fmt_warc_read;

/* The reader of f, or NULL for FMT_TEXT and FMT_AUTO. */
fmt_read_fn *fmt_reader(enum fmt f);

/* The format called name ("auto", "csv", ...); -1 if none is. */
int fmt_byname(const char *name);
const char *fmt_name(enum fmt f);

/*
 * Guess the format of an input from its name (NULL or "-" for standard
 * input) and its first n bytes: gzip is WARC; else a known ending of the
 * name decides (.csv, .jsonl, .ndjson, .json, .sgm, .sgml, .warc,
 * .warc.gz, .txt); else the bytes ("WARC/", "<REUTERS" or the DOCTYPE, a
 * JSON object, a CSV header naming a text column); text otherwise.
 */
enum fmt fmt_guess(const char *path, const char *head, size_t n);

/*
 * For -f auto: read the first bytes of fp, guess its format into *f, and
 * return a stream that yields all of fp from its first byte (fp itself
 * when it can seek back). The caller fcloses the new stream if it is not
 * fp, then fp.
 */
FILE *fmt_peek(FILE *fp, const char *path, enum fmt *f);

/*
 * Parse -c "title=N,text=NAME,...": 0, or -1 with a message if the spec
 * is bad. Field names are those of the article schema.
 */
int fmt_columns(struct fmt_opts *o, const char *spec);

/* The field a column or key name gives by convention, or -1. */
int fmt_colname(const char *name, size_t n);

void ra_init(struct raw_article *ra);
void ra_reset(struct raw_article *ra);
void ra_free(struct raw_article *ra);

/* The buffer of field col (COL_TITLE, ...). */
struct buf *ra_field(struct raw_article *ra, int col);

/*
 * Set a field from input bytes: repaired to UTF-8, runs of white space
 * (newlines too) folded to one space, trimmed. fmt_set_date parses the
 * date first (date.h) and keeps the ISO form, or nothing if it is none.
 */
void fmt_set(struct buf *b, const char *s, size_t n);
void fmt_set_date(struct buf *b, const char *s, size_t n);

/* Count an input item skipped for want of text, by kind ("stories"). */
void fmt_skipped(const char *what);

/* Print "N WHAT without text skipped" once per kind counted; call at the end. */
void fmt_summary(void);

#endif
