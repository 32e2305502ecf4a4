/*
 * entity.c: parsing and writing the entities field (entity.h).
 */
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "entity.h"
#include "record.h"
#include "util.h"

void
entities_add(struct entities *e, const struct entity *x)
{
	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 64;
		e->v = erealloc(e->v, e->cap * sizeof(e->v[0]));
	}
	e->v[e->n++] = *x;
}

void
entities_free(struct entities *e)
{
	free(e->v);
	memset(e, 0, sizeof(*e));
}

/* Parse a decimal offset ending at a comma; -1 if there is none. */
static long long
offset(const char **p, const char *end)
{
	long long v = 0;
	const char *s = *p;

	if (s == end || *s < '0' || *s > '9')
		return -1;
	for (; s < end && *s >= '0' && *s <= '9'; s++) {
		v = v * 10 + (*s - '0');
		if (v > (1LL << 48))
			return -1;
	}
	if (s == end || *s != ',')
		return -1;
	*p = s + 1;
	return v;
}

int
entities_parse(struct entities *e, const char *s, size_t n, size_t textlen,
    const char **why)
{
	const char *end = s + n, *item, *iend, *p, *c;
	struct entity x;
	long long a, b;

	e->n = 0;
	for (item = s; item < end; item = iend + 1) {
		if ((iend = memchr(item, ';', (size_t)(end - item))) == NULL)
			iend = end;
		if (iend == item)
			continue;
		p = item;
		if ((a = offset(&p, iend)) < 0 || (b = offset(&p, iend)) < 0) {
			*why = "entity without start and end offsets";
			return -1;
		}
		if (a > b || (size_t)b > textlen) {
			*why = "entity offsets outside the text";
			return -1;
		}
		if ((c = memchr(p, ',', (size_t)(iend - p))) == NULL ||
		    (x.type = type_parse(p, (size_t)(c - p))) < 0) {
			*why = "entity without a known type";
			return -1;
		}
		x.start = (size_t)a;
		x.end = (size_t)b;
		x.actor = c + 1;
		if ((c = memchr(x.actor, ',', (size_t)(iend - x.actor))) != NULL) {
			x.actor_len = (size_t)(c - x.actor);
			x.affil = c + 1;
			x.affil_len = (size_t)(iend - x.affil);
		} else {
			x.actor_len = (size_t)(iend - x.actor);
			x.affil = NULL;
			x.affil_len = 0;
		}
		if (x.actor_len == 0) {
			*why = "entity without an actor";
			return -1;
		}
		entities_add(e, &x);
	}
	return 0;
}

/*
 * Items are built in a buffer and written in one piece: an fprintf per
 * item cost tag-entities a tenth of its time.
 */
struct obuf {
	FILE *fp;
	size_t n;
	char b[4096];
};

static void
ob_flush(struct obuf *o)
{
	fwrite(o->b, 1, o->n, o->fp);
	o->n = 0;
}

static void
ob_size(struct obuf *o, size_t v)
{
	char tmp[24];
	size_t k = 0;

	do
		tmp[k++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	while (k > 0)
		o->b[o->n++] = tmp[--k];
}

/* The letter of the escape of each byte that needs one (record.h), else 0. */
static const char esc[256] = {
	['\\'] = '\\', ['\t'] = 't', ['\n'] = 'n', ['\r'] = 'r'
};

/* Append s escaped; a string too long for the buffer goes out directly. */
static void
ob_field(struct obuf *o, const char *s, size_t n)
{
	const char *end = s + n;
	char *b;
	char c;

	if (2 * n > sizeof(o->b) - o->n) {
		ob_flush(o);
		if (2 * n > sizeof(o->b)) {
			rec_put(o->fp, s, n);
			return;
		}
	}
	/* Ids and dates have nothing to escape: one table load a byte. */
	for (b = o->b + o->n; s < end; s++) {
		if ((c = esc[(unsigned char)*s]) != 0) {
			*b++ = '\\';
			*b++ = c;
		} else
			*b++ = *s;
	}
	o->n = (size_t)(b - o->b);
}

void
entities_write(FILE *fp, const struct entities *e)
{
	struct obuf o;
	const struct entity *x;
	const char *t;
	size_t i;

	o.fp = fp;
	o.n = 0;
	for (i = 0; i < e->n; i++) {
		x = &e->v[i];
		/* Room for the separator, two offsets and the type. */
		if (sizeof(o.b) - o.n < 64)
			ob_flush(&o);
		if (i > 0)
			o.b[o.n++] = ';';
		ob_size(&o, x->start);
		o.b[o.n++] = ',';
		ob_size(&o, x->end);
		o.b[o.n++] = ',';
		/* Type names are three or four letters: no strlen. */
		for (t = type_name(x->type); *t != '\0'; t++)
			o.b[o.n++] = *t;
		o.b[o.n++] = ',';
		ob_field(&o, x->actor, x->actor_len);
		if (x->affil != NULL && x->affil_len > 0) {
			if (o.n == sizeof(o.b))
				ob_flush(&o);
			o.b[o.n++] = ',';
			ob_field(&o, x->affil, x->affil_len);
		}
	}
	ob_flush(&o);
}
