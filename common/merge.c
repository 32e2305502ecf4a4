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

/*
 * A meeting's fields start in one block, its record's length, rather than
 * 15 allocations of 16 bytes and more each; a field changed by a merge
 * is allocated on its own.
 */
static void
drop_field(struct meeting *m, int f)
{
	uintptr_t p = (uintptr_t)m->field[f], b = (uintptr_t)m->field[0];

	if (p < b || p >= b + m->fbytes)
		free(m->field[f]);
}

static void
set_field(struct meeting *m, int f, char *s)
{
	if (strcmp(m->field[f], s) == 0) {
		free(s);
		return;
	}
	drop_field(m, f);
	/*
	 * Lists and numbers are built in buffers of 64 bytes and more; the
	 * meeting keeps only what the field needs, or memory per meeting is
	 * several times its record.
	 */
	m->field[f] = erealloc(s, strlen(s) + 1);
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
	char *end, *p;
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
		m->fbytes += flen[i] + 1;
	p = emalloc(m->fbytes);
	for (i = 0; i < NF_MEETING; i++) {
		m->field[i] = memcpy(p, field[i], flen[i]);
		p[flen[i]] = '\0';
		p += flen[i] + 1;
	}
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
	for (i = 1; i < NF_MEETING; i++)
		drop_field(m, i);
	/* The block, or field 0 alone if the block is gone; ids never change. */
	free(m->field[0]);
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
	size_t j;

	for (i = 0; i < ms->n; i++)
		meeting_free(ms->m[i]);
	free(ms->m);
	for (j = 0; j < ms->ckey; j++)
		if (ms->key[j].cap != 0)
			free(ms->key[j].u.v);
	free(ms->key);
	free(ms->byid.key);
	free(ms->byid.val);
	memset(ms, 0, sizeof(*ms));
}

/*
 * The candidate index.
 *
 * Two reports can be one meeting only when they share two sides, or when
 * both have the same lone side; and only when their dates are compatible.
 * So a meeting is filed under each pair of its sides (its group; a
 * meeting of one side has that side for its group) crossed with classes
 * of its date, and a search looks in the few keys that can hold a
 * compatible meeting:
 *
 *	meeting's date	filed under		searched with date
 *	any		ANY, ANYP		""
 *	""		EMPTY			any other
 *	YYYY		Y, YALL			YYYY-MM-DD, YYYY-MM; YYYY (YALL)
 *	YYYY-MM		YM, YALL, MALL		YYYY-MM-DD; YYYY-MM (MALL); YYYY
 *	YYYY-MM-DD	BLOCK, YALL, MALL	YYYY-MM-DD; YYYY-MM; YYYY
 *
 * A report of unknown date joins only its own status (a plan of unknown
 * date is kept apart), so ANY, ANYP and EMPTY are per status; ANYP is
 * per place too, and a report of unknown date and known place searches
 * ANYP of its place and of the unknown place, ANY only when its place is
 * unknown. BLOCK is the day
 * divided by window + 1: days at most window apart are in the same or
 * neighbouring blocks, three keys to search whatever -w is. The keys are
 * hashes; a collision only adds a candidate, and meeting_compatible
 * decides. Every compatible meeting is found, so the first of them, the
 * one the search returns, is the one a search through all would return.
 *
 * A chain is kept in the order of the meetings, so a search stops at its
 * first compatible meeting, or at one later than the best found: a report
 * of unknown date looks at few of the many meetings under ANYP. A new
 * meeting is the last of every chain it joins; a meeting filed again (its
 * shape changed) is put in its place by a binary search.
 */
enum { K_ANY = 1, K_ANYP, K_EMPTY, K_Y, K_YM, K_YALL, K_MALL, K_BLOCK };

/* What the keys of a meeting are made from. */
struct shape {
	uint64_t *side;
	uint32_t nside;
	char date[11];
	uint64_t status;
	uint64_t place;
};

static void
get_shape(const struct meeting *m, struct shape *sh)
{
	sh->side = emalloc((m->nside + 1) * sizeof(uint64_t));
	memcpy(sh->side, m->side, m->nside * sizeof(uint64_t));
	sh->nside = m->nside;
	/* meeting_new checked the date, so it fits. */
	strcpy(sh->date, m->field[M_DATE]);
	sh->status = hash64(m->field[M_STATUS], strlen(m->field[M_STATUS]), 0);
	sh->place = hash64(m->field[M_PLACE], strlen(m->field[M_PLACE]), 0);
}

static int
same_shape(const struct shape *a, const struct shape *b)
{
	return a->nside == b->nside && a->status == b->status &&
	    a->place == b->place && strcmp(a->date, b->date) == 0 &&
	    memcmp(a->side, b->side, a->nside * sizeof(uint64_t)) == 0;
}

static long
floor_div(long a, long b)
{
	return a / b - (a % b != 0 && a < 0);
}

/*
 * Call fn with each key of a meeting of shape sh: the keys it is filed
 * under, or (search) the keys that hold the meetings it may join.
 */
static void
each_key(const struct mergeset *ms, const struct shape *sh, int search,
    void (*fn)(struct mergeset *, uint64_t, void *), void *arg)
{
	const char *d = sh->date;
	size_t len = strlen(d);
	uint64_t g, year = 0, month = 0, k[8], any, unknown;
	long block = 0;
	uint32_t i, j, nk, x;

	if (len >= 4)
		year = (uint64_t)strtoul(d, NULL, 10);
	if (len >= 7)
		month = year * 100 + (uint64_t)strtoul(d + 5, NULL, 10);
	if (len == 10)
		block = floor_div(day_number(d), (long)ms->window + 1);
	any = hash_mix(K_ANYP ^ sh->status);
	unknown = hash64("", 0, 0);
	nk = 0;
	if (search) {
		if (len == 0 && sh->place == unknown)
			k[nk++] = hash_mix(K_ANY ^ sh->status);
		else if (len == 0) {
			k[nk++] = hash_mix(any ^ sh->place);
			k[nk++] = hash_mix(any ^ unknown);
		} else
			k[nk++] = hash_mix(K_EMPTY ^ sh->status);
		if (len == 4)
			k[nk++] = hash_mix(K_YALL ^ (year << 8));
		if (len >= 7)
			k[nk++] = hash_mix(K_Y ^ (year << 8));
		if (len == 7)
			k[nk++] = hash_mix(K_MALL ^ (month << 8));
		if (len == 10) {
			k[nk++] = hash_mix(K_YM ^ (month << 8));
			for (x = 0; x < 3; x++)
				k[nk++] = hash_mix(K_BLOCK ^
				    ((uint64_t)(block - 1 + x) << 8));
		}
	} else {
		k[nk++] = hash_mix(K_ANY ^ sh->status);
		k[nk++] = hash_mix(any ^ sh->place);
		if (len == 0)
			k[nk++] = hash_mix(K_EMPTY ^ sh->status);
		if (len == 4)
			k[nk++] = hash_mix(K_Y ^ (year << 8));
		if (len == 7)
			k[nk++] = hash_mix(K_YM ^ (month << 8));
		if (len == 10)
			k[nk++] = hash_mix(K_BLOCK ^ ((uint64_t)block << 8));
		if (len >= 4)
			k[nk++] = hash_mix(K_YALL ^ (year << 8));
		if (len >= 7)
			k[nk++] = hash_mix(K_MALL ^ (month << 8));
	}
	for (i = 0; i < sh->nside; i++)
		for (j = sh->nside == 1 ? i : i + 1; j < sh->nside; j++) {
			/* A lone side is a group apart from every pair. */
			g = j == i ? hash_mix(sh->side[i] ^ 0x51) :
			    hash_mix(sh->side[i] ^ hash_mix(sh->side[j]));
			for (x = 0; x < nk; x++)
				fn((struct mergeset *)ms, hash_mix(g ^ k[x]),
				    arg);
		}
}

struct keys {
	uint64_t *v;
	size_t n, cap;
};

static void
collect_key(struct mergeset *ms, uint64_t key, void *arg)
{
	struct keys *ks = arg;

	(void)ms;
	if (ks->n == ks->cap) {
		ks->cap = ks->cap ? 2 * ks->cap : 16;
		ks->v = erealloc(ks->v, ks->cap * sizeof(uint64_t));
	}
	ks->v[ks->n++] = key;
}

/* The keys meeting of shape sh is filed under, sorted, without repeats. */
static void
filed_keys(const struct mergeset *ms, const struct shape *sh,
    struct keys *ks)
{
	size_t i, k;

	ks->n = 0;
	each_key(ms, sh, 0, collect_key, ks);
	if (ks->n == 0)
		return;		/* ks->v may still be NULL */
	qsort(ks->v, ks->n, sizeof(uint64_t), cmp_u64);
	for (i = k = 0; i < ks->n; i++)
		if (k == 0 || ks->v[k - 1] != ks->v[i])
			ks->v[k++] = ks->v[i];
	ks->n = k;
}

static uint32_t *
chain(struct mskey *sk)
{
	return sk->cap != 0 ? sk->u.v : sk->u.in;
}

/* The slot of key, or the empty one where it would go. */
static struct mskey *
key_slot(const struct mergeset *ms, uint64_t key)
{
	size_t i;

	for (i = hash_mix(key) & (ms->ckey - 1);; i = (i + 1) & (ms->ckey - 1))
		if (ms->key[i].key == key || ms->key[i].key == 0)
			return &ms->key[i];
}

/* The slot of key, made when missing. */
static struct mskey *
key_add(struct mergeset *ms, uint64_t key)
{
	struct mskey *old = ms->key, *sk;
	size_t i, n = ms->ckey;

	if (4 * (ms->nkey + 1) > 3 * ms->ckey) {
		ms->ckey = ms->ckey ? 2 * ms->ckey : 1024;
		ms->key = ecalloc(ms->ckey, sizeof(*ms->key));
		for (i = 0; i < n; i++)
			if (old[i].key != 0)
				*key_slot(ms, old[i].key) = old[i];
		free(old);
	}
	sk = key_slot(ms, key);
	if (sk->key == 0) {
		sk->key = key;
		ms->nkey++;
	}
	return sk;
}

/* File meeting k under key, in order. */
static void
link_key(struct mergeset *ms, uint64_t key, uint32_t k)
{
	struct mskey *sk;
	uint32_t *v, lo, hi, mid;

	/* 0 marks an empty slot; a key that hashes to 0 is filed as 1. */
	sk = key_add(ms, key != 0 ? key : 1);
	v = chain(sk);
	lo = sk->n;
	if (sk->n > 0 && v[sk->n - 1] >= k) {
		for (lo = 0, hi = sk->n; lo < hi;) {
			mid = lo + (hi - lo) / 2;
			if (v[mid] < k)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (v[lo] == k)
			return;
	}
	if (sk->cap == 0 && sk->n == 2) {
		v = emalloc(4 * sizeof(uint32_t));
		memcpy(v, sk->u.in, sizeof(sk->u.in));
		sk->u.v = v;
		sk->cap = 4;
	} else if (sk->cap != 0 && sk->n == sk->cap) {
		sk->cap *= 2;
		sk->u.v = v = erealloc(sk->u.v, sk->cap * sizeof(uint32_t));
	}
	memmove(v + lo + 1, v + lo, (sk->n - lo) * sizeof(uint32_t));
	v[lo] = k;
	sk->n++;
	ms->nent++;
}

/*
 * File meeting k under the keys of its shape now that it is not under
 * already (old, sorted; NULL when it is new). Its old keys stay: the
 * shape only grows (more sides, a more precise date, a later status), a
 * stale entry costs a compatibility test, and it goes when k dies.
 */
static void
file_meeting(struct mergeset *ms, uint32_t k, const struct keys *old)
{
	struct shape sh;
	struct keys ks = { 0 };
	size_t i, j = 0;

	get_shape(ms->m[k], &sh);
	filed_keys(ms, &sh, &ks);
	for (i = 0; i < ks.n; i++) {
		while (old != NULL && j < old->n && old->v[j] < ks.v[i])
			j++;
		if (old == NULL || j == old->n || old->v[j] != ks.v[i])
			link_key(ms, ks.v[i], k);
	}
	free(ks.v);
	free(sh.side);
}

struct search {
	const struct meeting *m;
	long skip, best;
};

/*
 * The meetings filed under key, in order, up to the first compatible one
 * or one past the best found; the entries of meetings merged away are
 * dropped on the way.
 */
static void
search_key(struct mergeset *ms, uint64_t key, void *arg)
{
	struct search *s = arg;
	struct mskey *sk;
	struct meeting *c;
	uint32_t *v, r, w, k;

	if (ms->ckey == 0 || (sk = key_slot(ms, key != 0 ? key : 1))->key == 0)
		return;
	v = chain(sk);
	for (r = w = 0; r < sk->n; r++) {
		k = v[r];
		if (s->best >= 0 && k >= (uint32_t)s->best)
			break;
		c = ms->m[k];
		if (c->dead)
			continue;
		v[w++] = k;
		if (c->stamp == ms->stamp || (long)k == s->skip)
			continue;
		c->stamp = ms->stamp;
		if (meeting_compatible(c, s->m, ms->window)) {
			s->best = k;
			r++;
			break;
		}
	}
	if (w < r) {
		memmove(v + w, v + r, (sk->n - r) * sizeof(uint32_t));
		ms->nent -= r - w;
		sk->n -= r - w;
	}
}

/* The first live meeting, other than skip, compatible with m, or -1. */
static long
find(struct mergeset *ms, const struct meeting *m, long skip)
{
	struct search s = { m, skip, -1 };
	struct shape sh;

	ms->stamp++;
	get_shape(m, &sh);
	each_key(ms, &sh, 1, search_key, &s);
	free(sh.side);
	return s.best;
}

/* The live meeting that holds what meeting k held. */
static uint32_t
live(struct mergeset *ms, uint32_t k)
{
	uint32_t r = k, next;

	while (ms->m[r]->dead != 0)
		r = ms->m[r]->dead - 1;
	/* Shorten the path for the next look-up. */
	for (; k != r; k = next) {
		next = ms->m[k]->dead - 1;
		ms->m[k]->dead = r + 1;
	}
	return r;
}

/*
 * Fold n into meeting k and keep the indexes up to date: the ids of the
 * reports it brings, and the keys of a new shape. Returns whether k may
 * now be compatible with another meeting: only a change of place,
 * country, date, status or sides can make it so (more docs only keep
 * meetings apart), and before the change no two meetings were.
 */
static int
join(struct mergeset *ms, uint32_t k, const struct meeting *n)
{
	struct meeting *m = ms->m[k];
	struct shape before, after;
	struct keys old = { 0 };
	uint32_t i, nmember = m->nmember;
	int place = *m->field[M_PLACE] != '\0',
	    country = *m->field[M_COUNTRY] != '\0', moved;

	get_shape(m, &before);
	absorb(m, n);
	for (i = nmember; i < m->nmember; i++)
		map_put(&ms->byid, m->member[i], k);
	get_shape(m, &after);
	moved = !same_shape(&before, &after);
	if (moved) {
		filed_keys(ms, &before, &old);
		file_meeting(ms, k, &old);
		free(old.v);
	}
	free(before.side);
	free(after.side);
	return moved || place != (*m->field[M_PLACE] != '\0') ||
	    country != (*m->field[M_COUNTRY] != '\0');
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

	while ((o = find(ms, ms->m[k], k)) >= 0) {
		keep = (uint32_t)o < k ? (uint32_t)o : k;
		gone = (uint32_t)o < k ? k : (uint32_t)o;
		join(ms, keep, ms->m[gone]);
		ms->m[keep]->dirty = 1;
		ms->m[keep]->day = ms->today;
		ms->m[gone]->dead = keep + 1;
		k = keep;
	}
	return k;
}

uint32_t
ms_add(struct mergeset *ms, struct meeting *m, int known)
{
	uint32_t k, i;
	long o;
	int moved;

	if (!known)
		m->day = ms->today;
	/*
	 * A report already held joins the meeting that holds it now, even
	 * when that one has since been merged into another.
	 */
	if ((k = map_get(&ms->byid, m->id)) != 0 ||
	    (o = find(ms, m, -1)) >= 0) {
		k = k != 0 ? live(ms, k - 1) : (uint32_t)o;
		moved = join(ms, k, m);
		if (!known)
			ms->m[k]->day = ms->today;
		meeting_free(m);
		return moved ? settle(ms, k) : k;
	}
	if (ms->n == ms->cap) {
		ms->cap = ms->cap ? 2 * ms->cap : 64;
		ms->m = erealloc(ms->m, ms->cap * sizeof(*ms->m));
	}
	m->dirty = !known;
	ms->m[ms->n] = m;
	for (i = 0; i < m->nmember; i++)
		map_put(&ms->byid, m->member[i], ms->n);
	file_meeting(ms, ms->n, NULL);
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
