/*
 * fmt_jsonl.c: JSON lines, one article object a line, as news-please,
 * news APIs and most scrapers write them (formats.h). Parsed with
 * jansson; keys found by name as for CSV columns, or named with -c.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "formats.h"
#include "record.h"
#include "utf8.h"
#include "util.h"

/* Keys tried in order for each field when -c names none. */
static const char *const keys[NCOL][6] = {
	[COL_TITLE] = { "title", "headline", NULL },
	[COL_TEXT] = { "maintext", "text", "content", "body", "article",
	    NULL },
	[COL_DATE] = { "date_publish", "published_at", "publishedAt",
	    "date", "published", NULL },
	[COL_URL] = { "url", "link", NULL },
	[COL_SOURCE] = { "source_domain", "source", "publication", "site",
	    NULL },
};

/*
 * The value of field col in obj: -c names the key, else the first key by
 * convention that holds something. A source may be an object with a name
 * (NewsAPI: "source": {"id": ..., "name": "Reuters"}).
 */
static json_t *
field(json_t *obj, int col, const struct fmt_opts *o)
{
	json_t *v;
	size_t i;

	if (o != NULL && o->col[col] != NULL)
		return json_object_get(obj, o->col[col]);
	for (i = 0; keys[col][i] != NULL; i++) {
		v = json_object_get(obj, keys[col][i]);
		if (json_is_object(v))
			v = json_object_get(v, "name");
		if (json_is_string(v) && json_string_length(v) > 0)
			return v;
		if (col == COL_DATE && json_is_integer(v))
			return v;
	}
	return NULL;
}

static void
set(struct buf *b, json_t *v, int col)
{
	struct tm tm;
	time_t t;
	char iso[11];

	if (json_is_object(v))
		v = json_object_get(v, "name");
	if (json_is_string(v)) {
		if (col == COL_DATE)
			fmt_set_date(b, json_string_value(v),
			    json_string_length(v));
		else if (col == COL_TEXT)
			buf_add(b, json_string_value(v), json_string_length(v));
		else
			fmt_set(b, json_string_value(v), json_string_length(v));
	} else if (col == COL_DATE && json_is_integer(v)) {
		/* Seconds since the epoch, or milliseconds. */
		t = (time_t)json_integer_value(v);
		if (t > 100000000000LL)
			t /= 1000;
		if (gmtime_r(&t, &tm) != NULL) {
			strftime(iso, sizeof(iso), "%Y-%m-%d", &tm);
			buf_adds(b, iso);
		}
	}
}

void
fmt_jsonl_read(FILE *fp, const char *path, const struct fmt_opts *o,
    fmt_article_fn *fn, void *arg)
{
	struct reader rd;
	struct raw_article ra;
	struct buf line = { 0 };
	json_error_t jerr;
	json_t *obj;
	size_t i;
	int c;

	rd_init(&rd, fp, path);
	ra_init(&ra);
	while (rd_line(&rd)) {
		for (i = 0; i < rd.len && strchr(" \t\r", rd.line[i]) != NULL;
		    i++)
			;
		if (i == rd.len)
			continue;
		if (rd.line[i] == '[' && rd.lineno == 1) {
			warnx("%s:1: a JSON array, not JSON lines "
			    "(jq -c '.[]' turns it into them)", rd.name);
			rval = 1;
			break;
		}
		/* jansson takes only valid UTF-8; raw input is repaired. */
		buf_reset(&line);
		utf8_repair(&line, rd.line, rd.len);
		obj = json_loadb(line.s, line.len, JSON_ALLOW_NUL, &jerr);
		if (obj == NULL) {
			warnx("%s:%lu: bad JSON: %s (column %d)", rd.name,
			    rd.lineno, jerr.text, jerr.column);
			rval = 1;
			continue;
		}
		if (!json_is_object(obj)) {
			warnx("%s:%lu: not a JSON object", rd.name, rd.lineno);
			rval = 1;
			json_decref(obj);
			continue;
		}
		ra_reset(&ra);
		ra.lineno = rd.lineno;
		set(&ra.text, field(obj, COL_TEXT, o), COL_TEXT);
		if (ra.text.len == 0) {
			fmt_skipped("JSON lines without text");
			json_decref(obj);
			continue;
		}
		for (c = 0; c < NCOL; c++)
			if (c != COL_TEXT)
				set(ra_field(&ra, c), field(obj, c, o), c);
		json_decref(obj);
		fn(&ra, arg);
	}
	ra_free(&ra);
	buf_free(&line);
	rd_free(&rd);
}
