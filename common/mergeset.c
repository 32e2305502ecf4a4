/*
 * mergeset.c: the set of meetings dedupe holds, the index that finds the
 * meetings a report may join, and the state file's meeting lines
 * (merge.h). What makes two reports one is in merge.c.
 */
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "merge.h"
#include "util.h"

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

void
ms_init(struct mergeset *ms, int window, unsigned today)
{
	memset(ms, 0, sizeof(*ms));
	ms->window = window;
	ms->today = today;
	ms->unknown = hash64("", 0, 0);
	/* The statuses a stage stands for (merge.c, meeting_stage). */
	ms->stage[1] = hash64("proposed", 8, 0);
	ms->stage[2] = hash64("planned", 7, 0);
	ms->stage[3] = hash64("held", 4, 0);
}

/* Drop both indexes (report ids, candidates), to free or rebuild them. */
static void
free_index(struct mergeset *ms)
{
	size_t j;

	for (j = 0; j < ms->ckey; j++)
		if (ms->key[j].cap != 0)
			free(ms->key[j].u.v);
	free(ms->key);
	free(ms->filter);
	ms->filter = NULL;
	free(ms->byid.key);
	free(ms->byid.val);
	ms->key = NULL;
	ms->nkey = ms->ckey = ms->nent = ms->xbytes = 0;
	memset(&ms->byid, 0, sizeof(ms->byid));
}

void
ms_free(struct mergeset *ms)
{
	uint32_t i;

	for (i = 0; i < ms->n; i++)
		meeting_free(ms->m[i]);
	free(ms->m);
	free(ms->gone);
	free_index(ms);
	memset(ms, 0, sizeof(*ms));
}

size_t
ms_bytes(const struct mergeset *ms)
{
	size_t key = ms->ckey * sizeof(struct mskey),
	    id = ms->byid.cap * (sizeof(uint64_t) + sizeof(uint32_t));

	/*
	 * A hash table that doubles holds the old table and the new one at
	 * once: the peak is counted, the larger table's next doubling. The
	 * ids --superseded will list are left out (16 bytes each, for the
	 * meetings held), so that the records written do not depend on it.
	 */
	return ms->mbytes + ms->xbytes + key + id + 2 * (key > id ? key : id) +
	    ms->cap * sizeof(struct meeting *);
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

static long
floor_div(long a, long b)
{
	return a / b - (a % b != 0 && a < 0);
}

/*
 * Call fn with the keys of meeting m, a group at a time (a call through
 * a pointer per key cost more than the look-up of most keys): the keys it
 * is filed under, or (search) the keys that hold the meetings it may
 * join. When old is not NULL, m had the sides old (sorted) and the same
 * date, status and place before: only the groups with a new side are new.
 */
static void
each_key(struct mergeset *ms, const struct meeting *m, int search,
    const uint64_t *old, uint32_t nold,
    void (*fn)(struct mergeset *, const uint64_t *, uint32_t, void *),
    void *arg)
{
	const char *st = m->field[M_STATUS], *pl = m->field[M_PLACE];
	size_t len = m->dlen;
	uint64_t g, year = m->year, month = year * 100 + m->month, k[8], any,
	    status, place, key[8];
	long block = 0;
	uint32_t i, j, nk, x, o;
	uint8_t fresh[64];

	/* Sides are at most 64 (lists are); which of them are new. */
	for (i = o = 0; i < m->nside; i++) {
		while (old != NULL && o < nold && old[o] < m->side[i])
			o++;
		fresh[i] = old == NULL || o == nold || old[o] != m->side[i];
	}
	if (len == 10)
		block = floor_div(m->dayno, (long)ms->window + 1);
	/* A stage other than 0 is one status, whose hash is known. */
	status = m->stage != 0 ? ms->stage[m->stage] :
	    hash64(st, strlen(st), 0);
	place = *pl != '\0' ? hash64(pl, strlen(pl), 0) : ms->unknown;
	any = hash_mix(K_ANYP ^ status);
	nk = 0;
	if (search) {
		if (len == 0 && place == ms->unknown)
			k[nk++] = hash_mix(K_ANY ^ status);
		else if (len == 0) {
			k[nk++] = hash_mix(any ^ place);
			k[nk++] = hash_mix(any ^ ms->unknown);
		} else
			k[nk++] = hash_mix(K_EMPTY ^ status);
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
		k[nk++] = hash_mix(K_ANY ^ status);
		k[nk++] = hash_mix(any ^ place);
		if (len == 0)
			k[nk++] = hash_mix(K_EMPTY ^ status);
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
	for (i = 0; i < m->nside; i++)
		for (j = m->nside == 1 ? i : i + 1; j < m->nside; j++) {
			if (!fresh[i] && !fresh[j] && nold > 1)
				continue;
			/* A lone side is a group apart from every pair. */
			g = j == i ? hash_mix(m->side[i] ^ 0x51) :
			    hash_mix(m->side[i] ^ hash_mix(m->side[j]));
			/*
			 * g and k[x] are hash_mix values of their own: their
			 * xor is as well spread, and two keys are equal just
			 * when their mixes would be, a mix being one to one.
			 */
			for (x = 0; x < nk; x++)
				key[x] = g ^ k[x];
			fn(ms, key, nk, arg);
		}
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

	/* Keys are well spread already (each_key): no mixing again. */
	for (i = key & (ms->ckey - 1);; i = (i + 1) & (ms->ckey - 1))
		if (ms->key[i].key == key || ms->key[i].key == 0)
			return &ms->key[i];
}

/*
 * Five keys in six that a search looks up are in no chain: the dates and
 * blocks next to a report's hold no meeting of its sides. Before its slot
 * (a walk of several, the table near three quarters full), a key's bit in
 * a filter of eight bits per slot says whether it may be in the table:
 * clear for nine in ten of the keys that are not. Keys are never taken
 * out, so a clear bit is always right. The filter, a byte a slot (a
 * 24th of the table), is left out of ms_bytes: counted, it would move
 * the points where the budget forgets, and the records written with them.
 */
#define FILTER_BIT(ms, key) \
	(((key) >> 32) & (8 * (ms)->ckey - 1))

static int
may_hold(const struct mergeset *ms, uint64_t key)
{
	size_t b = FILTER_BIT(ms, key);

	return ms->ckey != 0 && (ms->filter[b / 8] >> (b % 8) & 1);
}

static void
filter_add(struct mergeset *ms, uint64_t key)
{
	size_t b = FILTER_BIT(ms, key);

	ms->filter[b / 8] |= (uint8_t)(1 << (b % 8));
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
		free(ms->filter);
		ms->filter = ecalloc(ms->ckey, 1);
		for (i = 0; i < n; i++)
			if (old[i].key != 0) {
				*key_slot(ms, old[i].key) = old[i];
				filter_add(ms, old[i].key);
			}
		free(old);
	}
	sk = key_slot(ms, key);
	if (sk->key == 0) {
		sk->key = key;
		ms->nkey++;
		filter_add(ms, key);
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
		ms->xbytes += 4 * sizeof(uint32_t) + 16;
	} else if (sk->cap != 0 && sk->n == sk->cap) {
		ms->xbytes += sk->cap * sizeof(uint32_t);
		sk->cap *= 2;
		sk->u.v = v = erealloc(sk->u.v, sk->cap * sizeof(uint32_t));
	}
	/* A new meeting goes last: nothing to move, and no call. */
	if (lo < sk->n)
		memmove(v + lo + 1, v + lo, (sk->n - lo) * sizeof(uint32_t));
	v[lo] = k;
	sk->n++;
	ms->nent++;
}

static void
link_fn(struct mergeset *ms, const uint64_t *key, uint32_t n, void *arg)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		link_key(ms, key[i], *(uint32_t *)arg);
}

/*
 * File meeting k under the keys of its shape. A key it is filed under
 * already is left as it is (link_key finds k there), so a meeting whose
 * shape changed is simply filed again. Its old keys stay: the shape only
 * grows (more sides, a more precise date, a later status), a stale entry
 * costs a compatibility test, and it goes when k dies.
 */
static void
file_meeting(struct mergeset *ms, uint32_t k, const uint64_t *old,
    uint32_t nold)
{
	each_key(ms, ms->m[k], 0, old, nold, link_fn, &k);
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
search_key(struct mergeset *ms, uint64_t key, struct search *s)
{
	struct mskey *sk;
	struct meeting *c;
	uint32_t *v, r, w, k;

	key = key != 0 ? key : 1;
	if (!may_hold(ms, key) || (sk = key_slot(ms, key))->key == 0)
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

static void
search_fn(struct mergeset *ms, const uint64_t *key, uint32_t n, void *arg)
{
	uint32_t i;

	for (i = 0; i < n; i++)
		search_key(ms, key[i], arg);
}

/* The first live meeting, other than skip, compatible with m, or -1. */
static long
find(struct mergeset *ms, const struct meeting *m, long skip)
{
	struct search s = { m, skip, -1 };

	ms->stamp++;
	each_key(ms, m, 1, NULL, 0, search_fn, &s);
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
 * A record whose id a downstream table may hold has been taken into
 * meeting k, whose record carries another id: remember to say so.
 */
static void
supersede(struct mergeset *ms, uint64_t id, uint32_t k)
{
	if (ms->ngone == ms->cgone) {
		ms->cgone = ms->cgone ? 2 * ms->cgone : 64;
		ms->gone = erealloc(ms->gone, ms->cgone * sizeof(*ms->gone));
	}
	ms->gone[ms->ngone].id = id;
	ms->gone[ms->ngone++].k = k;
}

static void
write_gone(const struct mergeset *ms, uint64_t id, uint64_t by)
{
	char line[34];

	if (id == by)
		return;
	/* Without a state, a line for most reports: no printf. */
	hex64(id, line);
	hex64(by, line + 17);
	line[16] = '\t';
	line[33] = '\n';
	fwrite(line, 1, sizeof(line), ms->superseded);
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
	uint64_t side[64];
	uint32_t i, nmember = m->nmember, nside = m->nside;
	int place = *m->field[M_PLACE] != '\0',
	    country = *m->field[M_COUNTRY] != '\0', moved;
	uint8_t dlen = m->dlen;
	int stage = m->stage;

	memcpy(side, m->side, nside * sizeof(uint64_t));
	ms->mbytes -= meeting_bytes(m);
	moved = meeting_absorb(m, n);
	ms->mbytes += meeting_bytes(m);
	for (i = nmember; i < m->nmember; i++)
		map_put(&ms->byid, m->member[i], k);
	/*
	 * absorb only makes a date longer, a status later and an unknown
	 * place known. With only more sides, only the groups with a new side
	 * are new keys.
	 */
	if (moved && dlen == m->dlen && stage == m->stage &&
	    place == (*m->field[M_PLACE] != '\0'))
		file_meeting(ms, k, side, nside);
	else if (moved)
		file_meeting(ms, k, NULL, 0);
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
		if (ms->m[gone]->shown)
			supersede(ms, ms->m[gone]->id, keep);
		k = keep;
	}
	return k;
}

static void shrink(struct mergeset *);

static uint32_t
add(struct mergeset *ms, struct meeting *m, int known, int copy)
{
	uint32_t k, i;
	long o;
	int moved;

	if (ms->budget != 0 && ms_bytes(ms) > ms->budget)
		shrink(ms);
	if (!known)
		m->day = ms->today;
	/*
	 * What may be downstream already: the meetings of the state, or
	 * without a state any record read (it may be output fed back).
	 */
	m->shown = ms->superseded != NULL && (known || ms->state == NULL);
	/*
	 * A report already held joins the meeting that holds it now, even
	 * when that one has since been merged into another.
	 */
	if ((k = map_get(&ms->byid, m->id)) != 0 ||
	    (o = find(ms, m, -1)) >= 0) {
		if (k == 0 && m->shown)
			supersede(ms, m->id, (uint32_t)o);
		k = k != 0 ? live(ms, k - 1) : (uint32_t)o;
		moved = join(ms, k, m);
		if (!known)
			ms->m[k]->day = ms->today;
		if (!copy)
			meeting_free(m);
		return moved ? settle(ms, k) : k;
	}
	if (copy)
		m = meeting_copy(m);
	if (ms->n == ms->cap) {
		ms->cap = ms->cap ? 2 * ms->cap : 64;
		ms->m = erealloc(ms->m, ms->cap * sizeof(*ms->m));
	}
	m->dirty = !known;
	ms->m[ms->n] = m;
	ms->mbytes += meeting_bytes(m);
	for (i = 0; i < m->nmember; i++)
		map_put(&ms->byid, m->member[i], ms->n);
	file_meeting(ms, ms->n, NULL, 0);
	return ms->n++;
}

uint32_t
ms_add(struct mergeset *ms, struct meeting *m, int known)
{
	return add(ms, m, known, 0);
}

uint32_t
ms_add_copy(struct mergeset *ms, struct meeting *m, int known)
{
	return add(ms, m, known, 1);
}

void
ms_write(struct mergeset *ms, FILE *fp)
{
	uint32_t i;

	for (i = 0; i < ms->n; i++)
		if (!ms->m[i]->dead && ms->m[i]->dirty)
			meeting_write(fp, ms->m[i]);
	for (i = 0; i < ms->ngone; i++)
		write_gone(ms, ms->gone[i].id,
		    ms->m[live(ms, ms->gone[i].k)]->id);
	ms->ngone = 0;
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
	m->member = erealloc(m->member, array_room(n + 1) * sizeof(uint64_t));
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

/* The state line of meeting m, unless it is older than forget days. */
static void
save_meeting(const struct mergeset *ms, struct meeting *m, FILE *fp,
    long forget)
{
	char hex[17];
	uint32_t j;

	if (forget >= 0 && (long)ms->today - (long)m->day > forget)
		return;
	fprintf(fp, "m\t%u\t", m->day);
	for (j = 0; j < m->nmember; j++)
		fprintf(fp, "%s%s", j > 0 ? ";" : "", hex64(m->member[j], hex));
	rec_tab(fp);
	meeting_write(fp, m);
}

void
ms_save(struct mergeset *ms, FILE *fp, long forget)
{
	uint32_t i;

	for (i = 0; i < ms->n; i++)
		if (!ms->m[i]->dead)
			save_meeting(ms, ms->m[i], fp, forget);
}

/*
 * Over the budget: forget the meetings first seen earliest, until what
 * is held is three quarters of the budget, so that forgetting comes in
 * batches. A meeting forgotten is written first if it changed (output
 * stays in the order first seen: every meeting still held was seen
 * later), and goes to the new state as it would at the end. A later
 * report of it makes a new meeting. The indexes are then rebuilt over
 * what is left, renumbered from 0: nothing grows with what was seen
 * before, and the entries left by meetings whose shape grew are gone.
 */
static void
shrink(struct mergeset *ms)
{
	struct meeting *m;
	size_t total = ms_bytes(ms), target = ms->budget / 4 * 3, held;
	uint32_t *to, *root, c, i, k, r, n, g;

	if (ms->nforgot == 0)
		warn_budget(ms->budget, "forgetting the meetings seen "
		    "earliest; a later report of one makes a new record");
	/*
	 * The index shrinks with the meetings, so the meetings' own share
	 * of the total is cut in proportion.
	 */
	held = (size_t)((double)ms->mbytes * target / total);
	for (c = 0; c < ms->n && ms->mbytes > held; c++) {
		m = ms->m[c];
		ms->mbytes -= meeting_bytes(m);
		if (m->dead)
			continue;
		if (m->dirty && ms->out != NULL)
			meeting_write(ms->out, m);
		if (ms->state != NULL)
			save_meeting(ms, m, ms->state, ms->forget);
		ms->nforgot++;
	}
	/*
	 * The new number of each meeting left, and the root of each merged
	 * away (UINT32_MAX: merged into one forgotten). Then what is
	 * forgotten is freed before the indexes are rebuilt, so the peak is
	 * not both.
	 */
	to = emalloc(((size_t)ms->n + 1) * sizeof(uint32_t));
	root = emalloc(((size_t)ms->n + 1) * sizeof(uint32_t));
	for (k = c, n = 0; k < ms->n; k++)
		to[k] = ms->m[k]->dead ? UINT32_MAX : n++;
	for (k = c; k < ms->n; k++)
		root[k] = (r = live(ms, k)) < c ? UINT32_MAX : to[r];
	/*
	 * An id taken by a meeting forgotten now is said now, under the id
	 * just written; the others follow their meeting's new number.
	 */
	for (i = g = 0; i < ms->ngone; i++) {
		r = live(ms, ms->gone[i].k);
		if (r < c)
			write_gone(ms, ms->gone[i].id, ms->m[r]->id);
		else {
			ms->gone[g].id = ms->gone[i].id;
			ms->gone[g++].k = to[r];
		}
	}
	ms->ngone = g;
	free_index(ms);
	for (k = 0; k < c; k++)
		meeting_free(ms->m[k]);
	for (k = c; k < ms->n; k++) {
		m = ms->m[k];
		if (root[k] != UINT32_MAX)
			for (i = 0; i < m->nmember; i++)
				map_put(&ms->byid, m->member[i], root[k]);
		if (m->dead) {
			ms->mbytes -= meeting_bytes(m);
			meeting_free(m);
		} else
			ms->m[to[k]] = m;
	}
	free(to);
	free(root);
	ms->n = n;
	for (k = 0; k < n; k++) {
		ms->m[k]->dead = 0;
		file_meeting(ms, k, NULL, 0);
	}
}
