/*
 * merge.c: compatibility and merging of meeting reports (merge.h).
 *
 * Two reports are taken for one meeting when all of these hold:
 *  - place: the same, or one unknown; likewise the country;
 *  - date: one unknown, one a prefix of the other ("2024-02" and
 *    "2024-02-29"), or both days at most window days apart;
 *  - status: the same; or held, planned and proposed mixed when both dates
 *    are known and one is a prefix of the other (a plan and its outcome);
 *    cancelled and boycotted only with the same status;
 *  - sides: the same set of parties; or, in reports from different
 *    articles, at least two parties shared (outlets name different subsets
 *    of the participants, while one article naming a subset is usually
 *    telling of a side meeting).
 * Parties are compared through a small table of equivalent ids (fatah, pa
 * and plo are one side in reports; gaza and gaza-strip; us and
 * united-states), so spelling does not split a meeting.
 */
#include <err.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "hash.h"
#include "merge.h"
#include "util.h"

/* Ids that name the same side, mapped to one of them. */
static const char *const same_side[][2] = {
	{ "britain", "united-kingdom" },
	{ "eu", "european-union" },
	{ "fatah", "pa" },
	{ "gaza", "gaza-strip" },
	{ "palestinian-authority", "pa" },
	{ "plo", "pa" },
	{ "uk", "united-kingdom" },
	{ "us", "united-states" },
	{ "usa", "united-states" },
};

/* The order in which a meeting moves on: a later report knows more. */
static int
stage(const char *status)
{
	if (strcmp(status, "held") == 0)
		return 3;
	if (strcmp(status, "planned") == 0)
		return 2;
	if (strcmp(status, "proposed") == 0)
		return 1;
	return 0;
}

/* u64map: open addressing, linear probing, load at most 1/2. */

static uint32_t *
map_slot(const struct u64map *mp, uint64_t key)
{
	size_t i;

	for (i = hash_mix(key) & (mp->cap - 1);; i = (i + 1) & (mp->cap - 1))
		if (mp->val[i] == 0 || mp->key[i] == key)
			return &mp->val[i];
}

static uint32_t
map_get(const struct u64map *mp, uint64_t key)
{
	return mp->cap == 0 ? 0 : *map_slot(mp, key);
}

static void
map_put(struct u64map *mp, uint64_t key, uint32_t val)
{
	struct u64map old = *mp;
	uint32_t *v;
	size_t i;

	if (2 * (mp->n + 1) > mp->cap) {
		mp->cap = mp->cap ? 2 * mp->cap : 64;
		mp->key = ecalloc(mp->cap, sizeof(*mp->key));
		mp->val = ecalloc(mp->cap, sizeof(*mp->val));
		mp->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.val[i] != 0)
				map_put(mp, old.key[i], old.val[i] - 1);
		free(old.key);
		free(old.val);
	}
	v = map_slot(mp, key);
	if (*v == 0)
		mp->n++;
	mp->key[v - mp->val] = key;
	*v = val + 1;
}

/* Lists inside a field: the items of a ;-list. */

struct items {
	const char *s[64];
	size_t len[64];
	int n;
};

static void
add_item(const char *s, size_t n, void *arg)
{
	struct items *it = arg;
	int i;

	for (i = 0; i < it->n; i++)
		if (it->len[i] == n && memcmp(it->s[i], s, n) == 0)
			return;
	/* Past 64 distinct items a list is noise; the rest is dropped. */
	if (it->n < 64) {
		it->s[it->n] = s;
		it->len[it->n++] = n;
	}
}

static int
cmp_item(const struct items *it, int a, int b)
{
	size_t n = it->len[a] < it->len[b] ? it->len[a] : it->len[b];
	int c = memcmp(it->s[a], it->s[b], n);

	return c != 0 ? c : (it->len[a] > it->len[b]) - (it->len[a] < it->len[b]);
}

/* The union of two lists, sorted or in first-seen order, malloc'd. */
static char *
list_union(const char *a, const char *b, int sorted)
{
	struct items it = { .n = 0 };
	struct buf out = { 0 };
	const char *ts;
	size_t tl;
	int i, j;

	rec_items(a, strlen(a), ';', add_item, &it);
	rec_items(b, strlen(b), ';', add_item, &it);
	for (i = 1; sorted && i < it.n; i++)
		for (j = i; j > 0 && cmp_item(&it, j - 1, j) > 0; j--) {
			ts = it.s[j], it.s[j] = it.s[j - 1], it.s[j - 1] = ts;
			tl = it.len[j], it.len[j] = it.len[j - 1],
			    it.len[j - 1] = tl;
		}
	buf_reserve(&out, 0);
	for (i = 0; i < it.n; i++) {
		if (i > 0)
			buf_addc(&out, ';');
		buf_add(&out, it.s[i], it.len[i]);
	}
	return out.s;
}

static uint64_t
side_hash(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < sizeof(same_side) / sizeof(same_side[0]); i++)
		if (strlen(same_side[i][0]) == n &&
		    memcmp(same_side[i][0], s, n) == 0) {
			s = same_side[i][1];
			n = strlen(s);
			break;
		}
	return hash64(s, n, 0);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/* Recompute the canonical sides from the parties field. */
static void
set_sides(struct meeting *m)
{
	struct items it = { .n = 0 };
	uint32_t i, k;

	rec_items(m->field[M_PARTIES], strlen(m->field[M_PARTIES]), ';',
	    add_item, &it);
	m->side = erealloc(m->side, (it.n + 1) * sizeof(uint64_t));
	for (i = 0; i < (uint32_t)it.n; i++)
		m->side[i] = side_hash(it.s[i], it.len[i]);
	qsort(m->side, (size_t)it.n, sizeof(uint64_t), cmp_u64);
	for (i = k = 0; i < (uint32_t)it.n; i++)
		if (k == 0 || m->side[k - 1] != m->side[i])
			m->side[k++] = m->side[i];
	m->nside = k;
}

/* Dates: "", "YYYY", "YYYY-MM" or "YYYY-MM-DD". */

static int
date_ok(const char *s)
{
	static const char pat[] = "dddd-dd-dd";
	size_t n = strlen(s), i;

	if (n != 0 && n != 4 && n != 7 && n != 10)
		return 0;
	for (i = 0; i < n; i++)
		if (pat[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != '-')
			return 0;
	return 1;
}

/* Days since 1970-01-01 of a full date (H. Hinnant's days_from_civil). */
static long
day_number(const char *s)
{
	long y = strtol(s, NULL, 10), m = strtol(s + 5, NULL, 10),
	    d = strtol(s + 8, NULL, 10), era, yoe, doy;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static int
dates_compatible(const char *a, const char *b, int window)
{
	size_t la = strlen(a), lb = strlen(b);

	if (la == 0 || lb == 0)
		return 1;
	if (la != lb)
		return strncmp(a, b, la < lb ? la : lb) == 0;
	if (la == 10)
		return labs(day_number(a) - day_number(b)) <= window;
	return strcmp(a, b) == 0;
}

/* Whether two meetings share an article. */
static int
docs_overlap(const struct meeting *m, const struct meeting *n)
{
	struct items a = { .n = 0 }, b = { .n = 0 };
	int i, j;

	rec_items(m->field[M_DOCS], strlen(m->field[M_DOCS]), ';', add_item,
	    &a);
	rec_items(n->field[M_DOCS], strlen(n->field[M_DOCS]), ';', add_item,
	    &b);
	for (i = 0; i < a.n; i++)
		for (j = 0; j < b.n; j++)
			if (a.len[i] == b.len[j] &&
			    memcmp(a.s[i], b.s[j], a.len[i]) == 0)
				return 1;
	return 0;
}

static int
same_or_unknown(const char *a, const char *b)
{
	return *a == '\0' || *b == '\0' || strcmp(a, b) == 0;
}

int
meeting_compatible(const struct meeting *m, const struct meeting *n,
    int window)
{
	const char *sm = m->field[M_STATUS], *sn = n->field[M_STATUS];
	uint32_t i = 0, j = 0, shared = 0;

	if (!same_or_unknown(m->field[M_PLACE], n->field[M_PLACE]) ||
	    !same_or_unknown(m->field[M_COUNTRY], n->field[M_COUNTRY]) ||
	    !dates_compatible(m->field[M_DATE], n->field[M_DATE], window))
		return 0;
	/*
	 * A plan and the meeting held are one only when both say when, and
	 * the same day: a plan of unknown date may be of any later round.
	 */
	if (strcmp(sm, sn) != 0 && (stage(sm) == 0 || stage(sn) == 0 ||
	    *m->field[M_DATE] == '\0' || *n->field[M_DATE] == '\0' ||
	    !dates_compatible(m->field[M_DATE], n->field[M_DATE], 0)))
		return 0;
	while (i < m->nside && j < n->nside) {
		if (m->side[i] == n->side[j])
			shared++, i++, j++;
		else if (m->side[i] < n->side[j])
			i++;
		else
			j++;
	}
	if (shared == 0)
		return 0;
	if (shared == m->nside && shared == n->nside)
		return 1;
	return shared >= 2 && !docs_overlap(m, n);
}

static void
set_field(struct meeting *m, int f, char *s)
{
	if (strcmp(m->field[f], s) == 0) {
		free(s);
		return;
	}
	free(m->field[f]);
	m->field[f] = s;
	m->dirty = 1;
}

static void
put_number(struct meeting *m, int f, const char *fmt, double x)
{
	struct buf b = { 0 };

	buf_printf(&b, fmt, x);
	set_field(m, f, b.s);
}

/* Fold n into m; m keeps its id and first-seen place in the output. */
static void
absorb(struct meeting *m, const struct meeting *n)
{
	static const int fill[] = { M_PLACE, M_COUNTRY, M_CODE, M_WHEN,
	    M_OUTCOME, M_EVIDENCE };
	uint32_t i, j, fresh = 0;
	size_t k;

	for (i = 0; i < n->nmember; i++) {
		for (j = 0; j < m->nmember && m->member[j] != n->member[i]; j++)
			;
		if (j == m->nmember)
			fresh++;
	}
	if (strlen(n->field[M_DATE]) > strlen(m->field[M_DATE]))
		set_field(m, M_DATE, estrdup(n->field[M_DATE]));
	if (stage(n->field[M_STATUS]) > stage(m->field[M_STATUS]))
		set_field(m, M_STATUS, estrdup(n->field[M_STATUS]));
	for (k = 0; k < sizeof(fill) / sizeof(fill[0]); k++)
		if (*m->field[fill[k]] == '\0')
			set_field(m, fill[k], estrdup(n->field[fill[k]]));
	set_field(m, M_PARTIES, list_union(m->field[M_PARTIES],
	    n->field[M_PARTIES], 1));
	set_field(m, M_PEOPLE, list_union(m->field[M_PEOPLE],
	    n->field[M_PEOPLE], 1));
	set_field(m, M_HOST, list_union(m->field[M_HOST], n->field[M_HOST], 1));
	set_field(m, M_DOCS, list_union(m->field[M_DOCS], n->field[M_DOCS], 0));
	set_sides(m);
	/* A report seen before (a rerun, a re-fed output) counts once. */
	if (fresh == n->nmember) {
		m->member = erealloc(m->member, (m->nmember + n->nmember) *
		    sizeof(uint64_t));
		memcpy(m->member + m->nmember, n->member, n->nmember *
		    sizeof(uint64_t));
		m->nmember += n->nmember;
		m->reports += n->reports;
		/* Independent reports: the chance that all are wrong. */
		m->score = 1 - (1 - m->score) * (1 - n->score);
		put_number(m, M_REPORTS, "%.0f", (double)m->reports);
		put_number(m, M_SCORE, "%.3g", m->score);
	}
}

struct meeting *
meeting_new(char *const *field, const size_t *flen, const char **why)
{
	struct meeting *m;
	char *end;
	double score = 0;
	unsigned long reports = 1;
	uint64_t id;
	int i;

	if (!parse_hex64(field[M_ID], flen[M_ID], &id)) {
		*why = "id: not 16 lowercase hex digits";
		return NULL;
	}
	if (!date_ok(field[M_DATE])) {
		*why = "date: not YYYY, YYYY-MM or YYYY-MM-DD";
		return NULL;
	}
	if (flen[M_REPORTS] > 0) {
		reports = strtoul(field[M_REPORTS], &end, 10);
		if (*end != '\0' || reports == 0 || field[M_REPORTS][0] == '-') {
			*why = "reports: not a positive number";
			return NULL;
		}
	}
	if (flen[M_SCORE] > 0) {
		score = strtod(field[M_SCORE], &end);
		if (*end != '\0' || !(score >= 0 && score <= 1)) {
			*why = "score: not a number in 0..1";
			return NULL;
		}
	}
	m = ecalloc(1, sizeof(*m));
	for (i = 0; i < NF_MEETING; i++)
		m->field[i] = estrndup(field[i], flen[i]);
	/*
	 * Lists in their canonical form from the start, so a merge that adds
	 * nothing changes nothing (and a rerun emits nothing).
	 */
	set_field(m, M_PARTIES, list_union(m->field[M_PARTIES], "", 1));
	set_field(m, M_PEOPLE, list_union(m->field[M_PEOPLE], "", 1));
	set_field(m, M_HOST, list_union(m->field[M_HOST], "", 1));
	set_field(m, M_DOCS, list_union(m->field[M_DOCS], "", 0));
	m->dirty = 0;
	m->id = id;
	m->member = emalloc(sizeof(uint64_t));
	m->member[0] = id;
	m->nmember = 1;
	m->reports = reports;
	m->score = score;
	set_sides(m);
	return m;
}

void
meeting_free(struct meeting *m)
{
	int i;

	if (m == NULL)
		return;
	for (i = 0; i < NF_MEETING; i++)
		free(m->field[i]);
	free(m->member);
	free(m->side);
	free(m);
}

void
meeting_write(FILE *fp, const struct meeting *m)
{
	int i;

	for (i = 0; i < NF_MEETING; i++) {
		if (i > 0)
			rec_tab(fp);
		fputs(m->field[i], fp);
	}
	rec_end(fp);
}

void
ms_init(struct mergeset *ms, int window, unsigned today)
{
	memset(ms, 0, sizeof(*ms));
	ms->window = window;
	ms->today = today;
}

void
ms_free(struct mergeset *ms)
{
	uint32_t i;

	for (i = 0; i < ms->n; i++)
		meeting_free(ms->m[i]);
	for (i = 0; i < ms->nlist; i++)
		free(ms->lists[i].v);
	free(ms->lists);
	free(ms->m);
	free(ms->byid.key);
	free(ms->byid.val);
	free(ms->byside.key);
	free(ms->byside.val);
	memset(ms, 0, sizeof(*ms));
}

/*
 * absorb(m, n), and tell whether m's sides changed (canonical names in the
 * union may replace as well as add).
 */
static int
absorb_sides(struct meeting *m, const struct meeting *n)
{
	uint64_t *old = emalloc((m->nside + 1) * sizeof(uint64_t));
	uint32_t nold = m->nside;
	int changed;

	memcpy(old, m->side, nold * sizeof(uint64_t));
	absorb(m, n);
	changed = m->nside != nold ||
	    memcmp(old, m->side, nold * sizeof(uint64_t)) != 0;
	free(old);
	return changed;
}

/*
 * Make meeting k findable by its report ids and, when they are new (sides),
 * its sides. A merge that brings no new side must not append k to the
 * side lists again: with two meetings sharing a side reported by turns,
 * the list would grow by one per report, and find would scan it all,
 * quadratic time and memory growing with the input.
 */
static void
index_meeting(struct mergeset *ms, uint32_t k, int sides)
{
	struct meeting *m = ms->m[k];
	uint32_t i, l;

	for (i = 0; i < m->nmember; i++)
		map_put(&ms->byid, m->member[i], k);
	for (i = 0; sides && i < m->nside; i++) {
		if ((l = map_get(&ms->byside, m->side[i])) == 0) {
			ms->lists = erealloc(ms->lists, (ms->nlist + 1) *
			    sizeof(*ms->lists));
			memset(&ms->lists[ms->nlist], 0, sizeof(*ms->lists));
			map_put(&ms->byside, m->side[i], ms->nlist);
			l = ++ms->nlist;
		}
		l--;
		if (ms->lists[l].n > 0 && ms->lists[l].v[ms->lists[l].n - 1] == k)
			continue;
		if (ms->lists[l].n == ms->lists[l].cap) {
			ms->lists[l].cap = ms->lists[l].cap ? 2 *
			    ms->lists[l].cap : 4;
			ms->lists[l].v = erealloc(ms->lists[l].v,
			    ms->lists[l].cap * sizeof(uint32_t));
		}
		ms->lists[l].v[ms->lists[l].n++] = k;
	}
}

/*
 * The first live meeting, other than skip, compatible with m, or -1. Only
 * meetings sharing a side can be, so only their lists are searched.
 */
static long
find(struct mergeset *ms, const struct meeting *m, long skip)
{
	struct meeting *c;
	uint32_t i, j, l;
	long best = -1;

	ms->stamp++;
	for (i = 0; i < m->nside; i++) {
		if ((l = map_get(&ms->byside, m->side[i])) == 0)
			continue;
		for (j = 0; j < ms->lists[l - 1].n; j++) {
			c = ms->m[ms->lists[l - 1].v[j]];
			if (c->dead || c->stamp == ms->stamp ||
			    (long)ms->lists[l - 1].v[j] == skip)
				continue;
			c->stamp = ms->stamp;
			if ((best < 0 || ms->lists[l - 1].v[j] < best) &&
			    meeting_compatible(c, m, ms->window))
				best = ms->lists[l - 1].v[j];
		}
	}
	return best;
}

/*
 * Meeting k has grown and may now match others: merge until nothing
 * matches, so the output holds no two compatible records and a second
 * run over it changes nothing.
 */
static uint32_t
settle(struct mergeset *ms, uint32_t k)
{
	uint32_t keep, gone;
	long o;
	int sides;

	while ((o = find(ms, ms->m[k], k)) >= 0) {
		keep = (uint32_t)o < k ? (uint32_t)o : k;
		gone = (uint32_t)o < k ? k : (uint32_t)o;
		sides = absorb_sides(ms->m[keep], ms->m[gone]);
		ms->m[keep]->dirty = 1;
		ms->m[keep]->day = ms->today;
		ms->m[gone]->dead = 1;
		index_meeting(ms, keep, sides);
		k = keep;
	}
	return k;
}

uint32_t
ms_add(struct mergeset *ms, struct meeting *m, int known)
{
	struct meeting *c;
	uint32_t k;
	long o;
	int sides;

	if (!known)
		m->day = ms->today;
	if ((k = map_get(&ms->byid, m->id)) != 0 ||
	    (o = find(ms, m, -1)) >= 0) {
		k = k != 0 ? k - 1 : (uint32_t)o;
		c = ms->m[k];
		sides = absorb_sides(c, m);
		if (!known)
			c->day = ms->today;
		meeting_free(m);
		index_meeting(ms, k, sides);
		return settle(ms, k);
	}
	if (ms->n == ms->cap) {
		ms->cap = ms->cap ? 2 * ms->cap : 64;
		ms->m = erealloc(ms->m, ms->cap * sizeof(*ms->m));
	}
	m->dirty = !known;
	ms->m[ms->n] = m;
	index_meeting(ms, ms->n, 1);
	return ms->n++;
}

int
ms_load(struct mergeset *ms, char *const *field, const size_t *flen,
    int nfield)
{
	struct meeting *m;
	const char *why, *p;
	unsigned long day;
	char *end;
	uint32_t n;

	if (nfield != 2 + NF_MEETING)
		return 0;
	day = strtoul(field[0], &end, 10);
	if (*end != '\0' || end == field[0])
		return 0;
	if ((m = meeting_new(field + 2, flen + 2, &why)) == NULL)
		return 0;
	/* Report ids: 16 hex digits each, ;-separated. */
	n = (uint32_t)(flen[1] + 1) / 17;
	m->member = erealloc(m->member, (n + 1) * sizeof(uint64_t));
	for (m->nmember = 0, p = field[1]; m->nmember < n; p += 17)
		if (!parse_hex64(p, 16, &m->member[m->nmember++]) ||
		    (p[16] != ';' && p[16] != '\0')) {
			meeting_free(m);
			return 0;
		}
	if (n == 0 || flen[1] != (size_t)n * 17 - 1) {
		meeting_free(m);
		return 0;
	}
	m->day = (unsigned)day;
	ms_add(ms, m, 1);
	return 1;
}

void
ms_save(const struct mergeset *ms, FILE *fp, long forget)
{
	const struct meeting *m;
	char hex[17];
	uint32_t i, j;

	for (i = 0; i < ms->n; i++) {
		m = ms->m[i];
		if (m->dead || (forget >= 0 && (long)ms->today -
		    (long)m->day > forget))
			continue;
		fprintf(fp, "m\t%u\t", m->day);
		for (j = 0; j < m->nmember; j++)
			fprintf(fp, "%s%s", j > 0 ? ";" : "",
			    hex64(m->member[j], hex));
		rec_tab(fp);
		meeting_write(fp, m);
	}
}
