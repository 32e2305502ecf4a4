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

void
entities_write(FILE *fp, const struct entities *e)
{
	const struct entity *x;
	size_t i;

	for (i = 0; i < e->n; i++) {
		x = &e->v[i];
		fprintf(fp, "%s%zu,%zu,%s,", i ? ";" : "", x->start, x->end,
		    type_name(x->type));
		rec_put(fp, x->actor, x->actor_len);
		if (x->affil != NULL && x->affil_len > 0) {
			putc_unlocked(',', fp);
			rec_put(fp, x->affil, x->affil_len);
		}
	}
}
