/*
 * seen.c: the table of remembered articles (seen.h).
 */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "seen.h"
#include "util.h"

#define BUCKET(s, key) ((key) >> (32 - (s)->bits))

void
seen_init(struct seen *s, size_t budget)
{
	size_t max;
	int b;

	memset(s, 0, sizeof(*s));
	s->budget = budget;
	/*
	 * The heads take at most half of a small budget (below 24 MB):
	 * fewer bits put more articles in a bucket, and an article that
	 * shares a bucket but not a band with a copy within the threshold is
	 * then found too. Above, the tables and the output are as without a
	 * budget until it is reached.
	 */
	for (s->bits = SEEN_BITS; budget != 0 && s->bits > 10 &&
	    ((size_t)SH_BANDS * sizeof(uint32_t) << s->bits) > budget / 2;
	    s->bits--)
		;
	/* calloc'd pages cost nothing until a bucket is written. */
	for (b = 0; b < SH_BANDS; b++)
		s->head[b] = ecalloc((size_t)1 << s->bits, sizeof(uint32_t));
	/* Each item, and 4 bytes of it while forgetting (see shrink). */
	max = (size_t)UINT32_MAX / 2;
	if (budget != 0) {
		budget -= (size_t)SH_BANDS * sizeof(uint32_t) << s->bits;
		max = budget / (sizeof(struct seen_item) + sizeof(uint32_t));
		if (max < 64)
			max = 64;
	}
	s->max = (uint32_t)max;
}

void
seen_free(struct seen *s)
{
	int b;

	for (b = 0; b < SH_BANDS; b++)
		free(s->head[b]);
	free(s->item);
	free(s->gone);
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
		for (i = s->head[b][BUCKET(s, fp->band[b])]; i != 0;
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

/*
 * Forget the quarter of the items seen least recently: those of the
 * earliest days, and of the last day taken, the earliest arrived. The
 * items left move down in order, and every link is redirected past the
 * items dropped: links go from newer to older items, so walking up from
 * the oldest, a dropped item's links already lead to a kept one when a
 * newer item comes to use them.
 */
static void
shrink(struct seen *s)
{
	struct seen_item *it;
	uint32_t *count, *to, quota = s->n / 4 + 1, below = 0, i, k, line;
	uint32_t nload = 0, d, day;
	size_t h;
	int b;

	if (s->nforgot == 0)
		warn_budget(s->budget, "forgetting the articles seen least "
		    "recently; a copy of one is no longer a duplicate");
	count = ecalloc(UINT16_MAX + 1, sizeof(uint32_t));
	for (i = 0; i < s->n; i++)
		count[s->item[i].day]++;
	for (day = 0; below + count[day] < quota; day++)
		below += count[day];
	free(count);
	/* below items before day go; quota - below of day itself. */
	for (i = 0, d = quota - below; i < s->n; i++) {
		it = &s->item[i];
		it->drop = it->day < day || (it->day == day && d > 0 &&
		    d-- > 0);
		for (b = 0; b < SH_BANDS; b++)
			if (it->next[b] != 0 && s->item[it->next[b] - 1].drop)
				it->next[b] = s->item[it->next[b] - 1].next[b];
	}
	for (b = 0; b < SH_BANDS; b++)
		for (h = 0; h < (size_t)1 << s->bits; h++)
			if (s->head[b][h] != 0 && s->item[s->head[b][h] - 1].drop)
				s->head[b][h] = s->item[s->head[b][h] - 1].next[b];
	/* New numbers (+ 1, as links are); the budget kept room for them. */
	to = emalloc(((size_t)s->n + 1) * sizeof(uint32_t));
	for (i = k = 0, line = 0; i < s->n; i++) {
		if (i < s->nload) {
			while (s->gone[line / 8] & (1 << (line % 8)))
				line++;
			if (s->item[i].drop)
				s->gone[line / 8] |= (uint8_t)(1 << (line % 8));
			else
				nload++;
			line++;
		}
		to[i] = s->item[i].drop ? 0 : ++k;
	}
	for (i = k = 0; i < s->n; i++) {
		if (s->item[i].drop)
			continue;
		it = &s->item[k++];
		*it = s->item[i];
		for (b = 0; b < SH_BANDS; b++)
			it->next[b] = it->next[b] != 0 ? to[it->next[b] - 1] : 0;
	}
	for (b = 0; b < SH_BANDS; b++)
		for (h = 0; h < (size_t)1 << s->bits; h++)
			if (s->head[b][h] != 0)
				s->head[b][h] = to[s->head[b][h] - 1];
	free(to);
	s->nforgot += s->n - k;
	s->n = k;
	s->nload = nload;
}

uint32_t
seen_add(struct seen *s, uint64_t id, const struct fingerprint *fp,
    unsigned day)
{
	struct seen_item *it;
	uint32_t *h;
	int b;

	if (s->n == s->max)
		shrink(s);
	if (s->n == s->cap) {
		/* Grown to the budget, not past it. */
		s->cap = s->cap ? 2 * s->cap : 1024;
		if (s->cap > s->max)
			s->cap = s->max;
		s->item = erealloc(s->item, (size_t)s->cap * sizeof(*s->item));
	}
	it = &s->item[s->n];
	it->id = id;
	it->sim = fp->sim;
	it->day = (uint16_t)day;
	it->drop = 0;
	/* New items go first in their chains: recent copies are likelier. */
	for (b = 0; b < SH_BANDS; b++) {
		h = &s->head[b][BUCKET(s, fp->band[b])];
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
	if (s->nline % 8 == 0) {
		s->gone = erealloc(s->gone, s->nline / 8 + 1);
		s->gone[s->nline / 8] = 0;
	}
	s->nline++;
	seen_add(s, id, &f, day);
	s->nload++;
	return 1;
}

int
seen_next_loaded(struct seen *s, unsigned *day)
{
	uint32_t l = s->cur_line++;

	if (l >= s->nline || (s->gone[l / 8] & (1 << (l % 8))) ||
	    s->cur_item >= s->nload)
		return 0;
	*day = s->item[s->cur_item++].day;
	return 1;
}
