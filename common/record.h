/*
 * record.h: the line-record streams of parley(5).
 *
 * One record per line, fields separated by one TAB; inside a field a
 * backslash, tab, newline or carriage return is written \\, \t, \n, \r.
 * Lines starting with '#' are headers or comments and are skipped. A reader
 * keeps one line buffer for the whole stream and splits it in place, so
 * reading allocates only when a line is longer than any before it.
 */
#ifndef RECORD_H
#define RECORD_H

#include <stdio.h>
#include <sys/types.h>

#define REC_MAXFIELDS 32

/* Field counts of the schemas. */
enum {
	NF_ARTICLE = 6,
	NF_TAGGED = 7,
	NF_MENTION = 8,
	NF_MEETING = 15
};

/* Field positions, by schema. */
enum { A_ID, A_DATE, A_SOURCE, A_URL, A_TITLE, A_TEXT, A_ENTITIES };
enum { M_ID, M_DATE, M_STATUS, M_PLACE, M_COUNTRY, M_PARTIES, M_PEOPLE,
	M_HOST, M_CODE, M_REPORTS, M_DOCS, M_WHEN, M_OUTCOME, M_EVIDENCE,
	M_SCORE };

struct reader {
	FILE *fp;
	const char *name;		/* for messages: a path, or "stdin" */
	unsigned long lineno;		/* line number of the current record */
	char *line;			/* the current line, split in place */
	size_t cap;
	size_t len;			/* bytes of the line, without the LF */
	char *field[REC_MAXFIELDS];	/* NUL-terminated, still escaped */
	size_t flen[REC_MAXFIELDS];
	int nfield;			/* REC_MAXFIELDS + 1 when there were more */
	int split;			/* the line has been cut at TABs */
	char *raw;			/* the line as read, kept for rejects */
	size_t rawcap, rawlen;
	int haveraw;			/* raw holds the current line */
};

/* Start reading fp; name is used in messages ("-" is shown as "stdin"). */
void rd_init(struct reader *r, FILE *fp, const char *name);
void rd_free(struct reader *r);

/*
 * Read the next record that is not a comment and split it into fields.
 * Returns the field count, 0 at the end of input (a read error is reported
 * and counted as the end). A line holding a NUL byte is not text: it is
 * rejected here (rd_bad) and skipped, so tools can treat fields as strings.
 */
int rd_next(struct reader *r);

/*
 * Read the next line as it is (no comment skipping, no splitting), for
 * tools that read raw text. Returns 1, or 0 at the end of input. A CR
 * before the LF stays in the line; a UTF-8 byte order mark at the start of
 * the input is dropped.
 */
int rd_line(struct reader *r);

/*
 * Report the current record as malformed: "tool: FILE:LINE: msg" on stderr,
 * the line written verbatim to the rejects file if one is set, counted for
 * rd_summary, and rval set to 1. While a rejects file is set the reader
 * keeps a copy of each line as read, so the reject is byte for byte the
 * input even after fields were unescaped or changed in place.
 */
void rd_bad(struct reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Write rejected records verbatim to fp (--rejects FILE). */
void rd_set_rejects(FILE *fp);

/* Open path for --rejects FILE; a file that cannot be made is fatal (exit 1). */
void rd_open_rejects(const char *path);

/* Print "tool: N malformed records skipped" once if any were; returns N. */
unsigned long rd_summary(void);

/*
 * Undo the escapes of a field in place. Returns the new length, or -1 when
 * the field holds a bad escape (a backslash before anything but \ t n r, or
 * at the end); the field is then left as it was.
 */
ssize_t rec_unescape(char *s, size_t n);

/*
 * Undo the escapes of s (n bytes) into dst, which has room for n + 1
 * bytes, and NUL-terminate it. Returns the new length, or -1 when s holds
 * a bad escape (dst is then anything).
 */
ssize_t rec_unescape_to(char *dst, const char *s, size_t n);

/*
 * Write the first k fields of the current record to fp as they were read,
 * TABs between them (none after the last). Fields 1 to k - 1 are no longer
 * NUL-terminated after; rd_bad still writes the line as it was.
 */
void rd_put_fields(struct reader *r, int k, FILE *fp);

/* 1 if every backslash in s (n bytes) starts a valid escape. */
int rec_escapes_ok(const char *s, size_t n);

/*
 * The first field of the current record holding a bad escape, or -1. A
 * tool that copies fields through without unescaping them checks them
 * here, so a bad record is rejected, not passed on.
 */
int rd_bad_escape(const struct reader *r);

/* Write s (n bytes) to fp as one escaped field; s may be NULL when n is 0. */
void rec_put(FILE *fp, const char *s, size_t n);
void rec_puts(FILE *fp, const char *s);

/* Separators, so tools never write raw TABs by hand. */
static inline void rec_tab(FILE *fp) { putc_unlocked('\t', fp); }
static inline void rec_end(FILE *fp) { putc_unlocked('\n', fp); }

/* Parse a ;-separated list field: calls fn for each non-empty item. */
typedef void rec_item_fn(const char *s, size_t n, void *arg);
void rec_items(const char *s, size_t n, int sep, rec_item_fn *fn, void *arg);



/* The schemas by name and field count, for tools that take any stream. */
struct schema {
	const char *name;
	int nfield;
	const char *const *fields;
};

/* The schema with nfield fields, or NULL. */
const struct schema *schema_by_count(int nfield);
/* The schema called name ("article", "tagged", "mention", "meeting"), or NULL. */
const struct schema *schema_by_name(const char *name);
/* Position of field name in s, or -1. */
int schema_field(const struct schema *s, const char *name, size_t n);

#endif
