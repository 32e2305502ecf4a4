/*
 * seen.c: the table of remembered articles (seen.h).
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "seen.h"
#include "util.h"

#define BUCKET(key) ((key) >> (32 - SEEN_BITS))

void
seen_init(struct seen *s)
{
	int b;

	memset(s, 0, sizeof(*s));
	/* calloc'd pages cost nothing until a bucket is written. */
	for (b = 0; b < SH_BANDS; b++)
		s->head[b] = ecalloc((size_t)1 << SEEN_BITS, sizeof(uint32_t));
}

void
seen_free(struct seen *s)
{
	int b;

	for (b = 0; b < SH_BANDS; b++)
		free(s->head[b]);
	free(s->item);
	memset(s, 0, sizeof(*s));
}

long
seen_find(const struct seen *s, const struct fingerprint *fp, int threshold,
    int *dist)
{
	const struct seen_item *it;
	uint32_t i;
	int b, d;

	for (b = 0; b < SH_BANDS; b++) {
		for (i = s->head[b][BUCKET(fp->band[b])]; i != 0;
		    i = it->next[b]) {
			it = &s->item[i - 1];
			if ((d = hamming(it->sim, fp->sim)) <= threshold) {
				*dist = d;
				return (long)i - 1;
			}
		}
	}
	return -1;
}

uint32_t
seen_add(struct seen *s, uint64_t id, const struct fingerprint *fp,
    unsigned day)
{
	struct seen_item *it;
	uint32_t *h;
	int b;

	if (s->n == s->cap) {
		if (s->cap >= UINT32_MAX / 2)
			errx(1, "more than %u articles to remember", s->cap);
		s->cap = s->cap ? 2 * s->cap : 1024;
		s->item = erealloc(s->item, (size_t)s->cap * sizeof(*s->item));
	}
	it = &s->item[s->n];
	it->id = id;
	it->sim = fp->sim;
	it->day = (uint16_t)day;
	it->pad = 0;
	/* New items go first in their chains: recent copies are likelier. */
	for (b = 0; b < SH_BANDS; b++) {
		h = &s->head[b][BUCKET(fp->band[b])];
		it->next[b] = *h;
		*h = s->n + 1;
	}
	return s->n++;
}

void
seen_write(FILE *fp, uint64_t id, const struct fingerprint *f, unsigned day)
{
	char h[2][17];
	int b;

	fprintf(fp, "a\t%s\t%s\t", hex64(id, h[0]), hex64(f->sim, h[1]));
	for (b = 0; b < SH_BANDS; b++)
		fprintf(fp, "%s%08x", b > 0 ? "," : "", (unsigned)f->band[b]);
	fprintf(fp, "\t%u\n", day);
}

int
seen_parse(char *const *field, int nfield, uint64_t *id,
    struct fingerprint *f, unsigned *dayp)
{
	unsigned long day;
	char *p, *end;
	int b;

	if (nfield != 4 || !parse_hex64(field[0], strlen(field[0]), id) ||
	    !parse_hex64(field[1], strlen(field[1]), &f->sim))
		return 0;
	for (p = field[2], b = 0; b < SH_BANDS; b++, p = end + 1) {
		f->band[b] = (uint32_t)strtoul(p, &end, 16);
		if (end != p + 8 || *end != (b + 1 < SH_BANDS ? ',' : '\0'))
			return 0;
	}
	day = strtoul(field[3], &end, 10);
	if (*end != '\0' || end == field[3] || day > UINT16_MAX)
		return 0;
	*dayp = (unsigned)day;
	return 1;
}

int
seen_load(struct seen *s, char *const *field, int nfield)
{
	struct fingerprint f;
	uint64_t id;
	unsigned day;

	if (!seen_parse(field, nfield, &id, &f, &day))
		return 0;
	seen_add(s, id, &f, day);
	return 1;
}
