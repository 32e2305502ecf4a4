/*
 * merge.c: meeting records, when two reports are one meeting, and how a
 * report is folded into a meeting (merge.h). The set of meetings and its
 * index are in mergeset.c.
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
 *
 * A merge is the hot path of dedupe (most reports join a meeting), so a
 * meeting keeps beside its fields what merging asks of them again and
 * again: its date as a day number, its sides as sorted hashes, the hashes
 * of its docs; and its report count and score as numbers, formatted only
 * when the record is written.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "bytes8.h"
#include "hash.h"
#include "merge.h"
#include "util.h"

/* Ids that name the same side, mapped to one of them. */
static const struct {
	const char *id;
	size_t len;
	const char *as;
} same_side[] = {
	{ "britain", 7, "united-kingdom" },
	{ "eu", 2, "european-union" },
	{ "fatah", 5, "pa" },
	{ "gaza", 4, "gaza-strip" },
	{ "palestinian-authority", 21, "pa" },
	{ "plo", 3, "pa" },
	{ "uk", 2, "united-kingdom" },
	{ "us", 2, "united-states" },
	{ "usa", 3, "united-states" },
};

/* The order in which a meeting moves on: a later report knows more. */
static int
meeting_stage(const char *status)
{
	if (strcmp(status, "held") == 0)
		return 3;
	if (strcmp(status, "planned") == 0)
		return 2;
	if (strcmp(status, "proposed") == 0)
		return 1;
	return 0;
}

/* Lists inside a field: the items of a ;-list. */

#define MAXITEMS 64

struct items {
	const char *s[MAXITEMS];
	size_t len[MAXITEMS];
	int n;
};

/* For a list as read: repeats are dropped, and past 64 items the rest. */
static void
add_item(const char *s, size_t n, void *arg)
{
	struct items *it = arg;
	int i;

	for (i = 0; i < it->n; i++)
		if (it->len[i] == n && memcmp(it->s[i], s, n) == 0)
			return;
	/* Past 64 distinct items a list is noise; the rest is dropped. */
	if (it->n < MAXITEMS) {
		it->s[it->n] = s;
		it->len[it->n++] = n;
	}
}

/*
 * The items of a list of n bytes in its canonical form (no repeats, no
 * empty items, at most 64), which every list of a meeting is in once
 * meeting_read has made it so: a plain split, without add_item's search
 * for repeats. The ';' are found eight bytes at a time: a merge splits
 * a list or two, and a report four.
 */
static void
split_items(const char *s, size_t n, struct items *it)
{
	const char *p, *end = s + n;
	uint64_t f;

	it->n = 0;
	while (s < end && it->n < MAXITEMS) {
		for (p = s; end - p >= 8; p += 8)
			if ((f = b8_eq(b8_load(p), ';')) != 0)
				break;
		if (end - p >= 8)
			p += b8_first(f);
		else
			while (p < end && *p != ';')
				p++;
		it->s[it->n] = s;
		it->len[it->n++] = (size_t)(p - s);
		s = p < end ? p + 1 : p;
	}
}

static int
cmp_str(const char *a, size_t la, const char *b, size_t lb)
{
	int c;

	/* Most items differ in their first byte: no call for them. */
	if (la > 0 && lb > 0 && a[0] != b[0])
		return (unsigned char)a[0] - (unsigned char)b[0];
	c = memcmp(a, b, la < lb ? la : lb);

	return c != 0 ? c : (la > lb) - (la < lb);
}

/* Sort items by bytes, shorter first on a tie (lists are short). */
static void
sort_items(struct items *it)
{
	const char *ts;
	size_t tl;
	int i, j;

	for (i = 1; i < it->n; i++)
		for (j = i; j > 0 && cmp_str(it->s[j - 1], it->len[j - 1],
		    it->s[j], it->len[j]) > 0; j--) {
			ts = it->s[j], it->s[j] = it->s[j - 1], it->s[j - 1] = ts;
			tl = it->len[j], it->len[j] = it->len[j - 1],
			    it->len[j - 1] = tl;
		}
}

/* Join items with ';' into b (reset first). */
static void
join_items(struct buf *b, const struct items *it)
{
	int i;

	buf_reset(b);
	buf_reserve(b, 0);
	for (i = 0; i < it->n; i++) {
		if (i > 0)
			buf_addc(b, ';');
		buf_add(b, it->s[i], it->len[i]);
	}
}

/*
 * The union of two sorted canonical lists, into out; 0 when it is a
 * itself. As a list built from a's items, then b's new ones while there
 * are fewer than 64, then sorted: b's new items are taken in b's (sorted)
 * order, so a merge of the two gives the same list.
 */
static int
sorted_union(const char *a, const char *b, struct buf *out)
{
	struct items ia, ib, u;
	int i = 0, j = 0, c, nnew = 0;

	size_t la, lb;

	/* Most reports name the sides the meeting has already. */
	if (*b == '\0')
		return 0;
	la = strlen(a);
	lb = strlen(b);
	if (la == lb && memcmp(a, b, la) == 0)
		return 0;
	split_items(a, la, &ia);
	split_items(b, lb, &ib);
	u.n = 0;
	while (i < ia.n || j < ib.n) {
		if (j == ib.n)
			c = -1;
		else if (i == ia.n)
			c = 1;
		else
			c = cmp_str(ia.s[i], ia.len[i], ib.s[j], ib.len[j]);
		if (c <= 0) {
			u.s[u.n] = ia.s[i], u.len[u.n++] = ia.len[i++];
			j += c == 0;
		} else {
			if (ia.n + nnew < MAXITEMS) {
				u.s[u.n] = ib.s[j], u.len[u.n++] = ib.len[j];
				nnew++;
			}
			j++;
		}
	}
	if (nnew == 0)
		return 0;
	join_items(out, &u);
	return 1;
}

/* The i-th item of a canonical list. */
static const char *
nth_item(const char *s, uint32_t i, size_t *len)
{
	const char *p;

	for (; i > 0; i--)
		s = strchr(s, ';') + 1;
	p = strchr(s, ';');
	*len = p != NULL ? (size_t)(p - s) : strlen(s);
	return s;
}

/*
 * Whether doc i of m and doc j of n, whose hashes are equal, are the same.
 * Callers compare the hashes first, in their loops: most differ.
 */
static int
same_doc(const struct meeting *m, uint32_t i, const struct meeting *n,
    uint32_t j)
{
	const char *a, *b;
	size_t la, lb;

	a = nth_item(m->field[M_DOCS], i, &la);
	b = nth_item(n->field[M_DOCS], j, &lb);
	return la == lb && memcmp(a, b, la) == 0;
}

static uint64_t
side_hash(const char *s, size_t n)
{
	/*
	 * The lengths below 32 of the ids in same_side and their first
	 * bytes (their low five bits), a bit each: most ids skip the table.
	 */
	static uint32_t lens, firsts;
	size_t i = 0;

	if (lens == 0)
		for (; i < sizeof(same_side) / sizeof(same_side[0]); i++) {
			if (same_side[i].len < 32)
				lens |= 1U << same_side[i].len;
			firsts |= 1U << (same_side[i].id[0] & 31);
		}
	if (n == 0 || !(firsts >> (s[0] & 31) & 1) ||
	    (n < 32 && !(lens >> n & 1)))
		return hash64(s, n, 0);
	for (i = 0; i < sizeof(same_side) / sizeof(same_side[0]); i++)
		if (same_side[i].len == n && same_side[i].id[0] == s[0] &&
		    memcmp(same_side[i].id, s, n) == 0) {
			s = same_side[i].as;
			n = strlen(s);
			break;
		}
	return hash64(s, n, 0);
}

/*
 * Recompute the canonical sides from it, the items of the parties field.
 * A scratch meeting (meeting_read) has room for 64 already.
 */
static void
set_sides(struct meeting *m, const struct items *it)
{
	uint64_t h;
	uint32_t i, j, k, l;

	if (!m->temp && it->n > 0 && (uint32_t)it->n > m->nside)
		m->side = erealloc(m->side, (size_t)it->n * sizeof(uint64_t));
	/* Insertion sort: at most 64, most often 2 or 3. */
	for (i = k = 0; i < (uint32_t)it->n; i++) {
		h = side_hash(it->s[i], it->len[i]);
		for (j = k; j > 0 && m->side[j - 1] > h; j--)
			;
		if (j > 0 && m->side[j - 1] == h)
			continue;
		/* Shifted by hand: most often nothing or one. */
		for (l = k; l > j; l--)
			m->side[l] = m->side[l - 1];
		m->side[j] = h;
		k++;
	}
	m->nside = k;
}

/* The hashes of the docs, in order, from it, the items of the field. */
static void
set_docs(struct meeting *m, const struct items *it)
{
	int i;

	if (!m->temp)
		m->doc = erealloc(m->doc, array_room((uint32_t)it->n) *
		    sizeof(uint64_t));
	for (i = 0; i < it->n; i++)
		m->doc[i] = hash64(it->s[i], it->len[i], 0);
	m->ndoc = (uint32_t)it->n;
}

/* Dates: "", "YYYY", "YYYY-MM" or "YYYY-MM-DD". */

static int
date_ok(const char *s, size_t n)
{
	static const char pat[] = "dddd-dd-dd";
	size_t i;

	if (n != 0 && n != 4 && n != 7 && n != 10)
		return 0;
	for (i = 0; i < n; i++)
		if (pat[i] == 'd' ? s[i] < '0' || s[i] > '9' : s[i] != '-')
			return 0;
	return 1;
}

/* The number written by n digits at s (checked by date_ok). */
static long
digits(const char *s, int n)
{
	long v = 0;

	while (n-- > 0)
		v = v * 10 + (*s++ - '0');
	return v;
}

/* Days since 1970-01-01 of a full date (H. Hinnant's days_from_civil). */
static long
day_number(const char *s)
{
	long y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2),
	    era, yoe, doy;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/*
 * The parts of the date (n bytes) that the index and the tests use, kept
 * parsed.
 */
static void
set_date(struct meeting *m, size_t n)
{
	const char *d = m->field[M_DATE];

	m->dlen = (uint8_t)n;
	m->year = m->dlen >= 4 ? (uint16_t)digits(d, 4) : 0;
	m->month = m->dlen >= 7 ? (uint8_t)digits(d + 5, 2) : 0;
	m->dayno = m->dlen == 10 ? (int32_t)day_number(d) : 0;
}

static int
dates_compatible(const struct meeting *a, const struct meeting *b,
    int window)
{
	uint8_t la = a->dlen, lb = b->dlen;

	if (la == 0 || lb == 0)
		return 1;
	if (la != lb)
		return memcmp(a->field[M_DATE], b->field[M_DATE],
		    la < lb ? la : lb) == 0;
	if (la == 10)
		return labs((long)a->dayno - (long)b->dayno) <= window;
	return memcmp(a->field[M_DATE], b->field[M_DATE], la) == 0;
}

/* Whether two meetings share an article. */
static int
docs_overlap(const struct meeting *m, const struct meeting *n)
{
	uint32_t i, j;

	for (i = 0; i < m->ndoc; i++)
		for (j = 0; j < n->ndoc; j++)
			if (m->doc[i] == n->doc[j] && same_doc(m, i, n, j))
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
	    !dates_compatible(m, n, window))
		return 0;
	/*
	 * A plan and the meeting held are one only when both say when, and
	 * the same day: a plan of unknown date may be of any later round.
	 */
	if (strcmp(sm, sn) != 0 && (m->stage == 0 || n->stage == 0 ||
	    m->dlen == 0 || n->dlen == 0 ||
	    !dates_compatible(m, n, 0)))
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
static int
apart(const struct meeting *m, int f)
{
	uintptr_t p = (uintptr_t)m->field[f], b = (uintptr_t)m->field[0];

	return p < b || p >= b + m->fbytes;
}

static void
drop_field(struct meeting *m, int f)
{
	if (apart(m, f))
		free(m->field[f]);
}

/*
 * What the fields apart take, as meeting_bytes counts them, is kept up to
 * date here rather than counted field by field at each merge; past
 * UINT32_MAX (a field of gigabytes) meeting_bytes counts them again.
 */
static void
count_apart(struct meeting *m, size_t len, int sign)
{
	if (m->xbytes == UINT32_MAX)
		return;
	if (sign < 0)
		m->xbytes -= (uint32_t)(len + 1 + 16);
	else if (len + 1 + 16 >= UINT32_MAX - m->xbytes)
		m->xbytes = UINT32_MAX;
	else
		m->xbytes += (uint32_t)(len + 1 + 16);
}

/* Set field f to the n bytes at s (a copy) unless it holds them already. */
static int
set_field(struct meeting *m, int f, const char *s, size_t n)
{
	size_t old = strlen(m->field[f]);

	if (old == n && memcmp(m->field[f], s, n) == 0)
		return 0;
	if (apart(m, f)) {
		count_apart(m, old, -1);
		free(m->field[f]);
	}
	count_apart(m, n, 1);
	/* Only what the field needs: memory per meeting is its record. */
	m->field[f] = memcpy(emalloc(n + 1), s, n);
	m->field[f][n] = '\0';
	m->dirty = 1;
	return 1;
}

/* A scratch buffer for the lists merges build; reused, never freed. */
static struct buf scratch;

/* Fold n into m; m keeps its id and first-seen place in the output. */
int
meeting_absorb(struct meeting *m, const struct meeting *n)
{
	static const int fill[] = { M_PLACE, M_COUNTRY, M_CODE, M_WHEN,
	    M_OUTCOME, M_EVIDENCE };
	static const int sorted[] = { M_PARTIES, M_PEOPLE, M_HOST };
	struct items it;
	const char *s;
	uint32_t i, j, fresh = 0, nside = m->nside, add;
	size_t k, len;
	int moved = 0;

	for (i = 0; i < n->nmember; i++) {
		for (j = 0; j < m->nmember && m->member[j] != n->member[i]; j++)
			;
		if (j == m->nmember)
			fresh++;
	}
	if (n->dlen > m->dlen) {
		set_field(m, M_DATE, n->field[M_DATE], n->dlen);
		set_date(m, n->dlen);
		moved = 1;
	}
	if (n->stage > m->stage) {
		moved |= set_field(m, M_STATUS, n->field[M_STATUS],
		    strlen(n->field[M_STATUS]));
		m->stage = n->stage;
	}
	for (k = 0; k < sizeof(fill) / sizeof(fill[0]); k++)
		if (*m->field[fill[k]] == '\0' && *n->field[fill[k]] != '\0') {
			set_field(m, fill[k], n->field[fill[k]],
			    strlen(n->field[fill[k]]));
			moved |= fill[k] == M_PLACE;
		}
	for (k = 0; k < sizeof(sorted) / sizeof(sorted[0]); k++)
		if (sorted_union(m->field[sorted[k]], n->field[sorted[k]],
		    &scratch)) {
			set_field(m, sorted[k], scratch.s, scratch.len);
			/* fatah added to pa is a new party but no new side. */
			if (sorted[k] == M_PARTIES) {
				split_items(m->field[M_PARTIES],
				    scratch.len, &it);
				set_sides(m, &it);
				moved |= m->nside != nside;
			}
		}
	/* Docs in the order first seen: n's new ones go at the end. */
	for (j = 0, add = 0; j < n->ndoc && m->ndoc + add < MAXITEMS; j++) {
		for (i = 0; i < m->ndoc && (m->doc[i] != n->doc[j] ||
		    !same_doc(m, i, n, j)); i++)
			;
		if (i < m->ndoc)
			continue;
		if (add++ == 0) {
			buf_reset(&scratch);
			buf_adds(&scratch, m->field[M_DOCS]);
			/* Room for what n may bring, once. */
			if (array_room(m->ndoc + n->ndoc) >
			    array_room(m->ndoc))
				m->doc = erealloc(m->doc, array_room(m->ndoc +
				    n->ndoc) * sizeof(uint64_t));
		}
		if (scratch.len > 0)
			buf_addc(&scratch, ';');
		s = nth_item(n->field[M_DOCS], j, &len);
		buf_add(&scratch, s, len);
		m->doc[m->ndoc + add - 1] = n->doc[j];
	}
	if (add > 0) {
		set_field(m, M_DOCS, scratch.s, scratch.len);
		m->ndoc += add;
	}
	/* A report seen before (a rerun, a re-fed output) counts once. */
	if (fresh == n->nmember) {
		if (array_room(m->nmember + n->nmember) >
		    array_room(m->nmember))
			m->member = erealloc(m->member, array_room(m->nmember +
			    n->nmember) * sizeof(uint64_t));
		memcpy(m->member + m->nmember, n->member, n->nmember *
		    sizeof(uint64_t));
		m->nmember += n->nmember;
		m->reports += n->reports;
		/* Independent reports: the chance that all are wrong. */
		m->score = 1 - (1 - m->score) * (1 - n->score);
		/* Written out by meeting_sync; the count differs, so dirty. */
		m->numbers = 1;
		m->dirty = 1;
	}
	return moved;
}

/*
 * Put a list field of a new meeting, n bytes, in its canonical form:
 * repeats and empty items dropped, at most 64 items, sorted unless
 * in_order. it gets the items of the canonical list (callers hash them).
 */
static void
canonical(struct meeting *m, int f, size_t n, int in_order,
    struct items *it)
{
	int i, j;

	/*
	 * Most lists are so already (every list dedupe writes is): no empty
	 * item, no repeat, at most 64, and sorted unless in order. Then
	 * the field stays as it is.
	 */
	split_items(m->field[f], n, it);
	for (i = 0; i < it->n; i++) {
		if (it->len[i] == 0 || (!in_order && i > 0 &&
		    cmp_str(it->s[i - 1], it->len[i - 1], it->s[i],
		    it->len[i]) >= 0))
			break;
		for (j = 0; in_order && j < i; j++)
			if (it->len[j] == it->len[i] &&
			    memcmp(it->s[j], it->s[i], it->len[i]) == 0)
				break;
		if (in_order && j < i)
			break;
	}
	/* Past 64 items, or with a ';' at the end, it is not. */
	if (i == it->n && (it->n == 0 ||
	    it->s[it->n - 1][it->len[it->n - 1]] == '\0'))
		return;
	it->n = 0;
	rec_items(m->field[f], n, ';', add_item, it);
	if (!in_order)
		sort_items(it);
	join_items(&scratch, it);
	set_field(m, f, scratch.s, scratch.len);
	split_items(m->field[f], scratch.len, it);
}

/*
 * A short plain decimal ("0.85"): its digits as an integer over a power
 * of ten. Both are exact in a double and IEEE division rounds correctly,
 * so the result is strtod's, at a tenth of the cost. 0 for anything else
 * (strtod decides).
 */
static int
decimal(const char *s, double *x)
{
	static const double p10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
	    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
	uint64_t v = 0;
	int nd = 0, nf = -1;

	for (; *s != '\0'; s++) {
		if (*s == '.' && nf < 0) {
			nf = 0;
			continue;
		}
		if (*s < '0' || *s > '9' || nd == 15)
			return 0;
		v = v * 10 + (uint64_t)(*s - '0');
		nd++;
		nf += nf >= 0;
	}
	if (nd == 0 || nf == 0)
		return 0;
	*x = (double)v / p10[nf < 0 ? 0 : nf];
	return 1;
}

/*
 * The fields of a record read by rd_next lie one after the other in its
 * line, each ended by its NUL: then they are the block as they are.
 */
static int
contiguous(char *const *field, const size_t *flen)
{
	int i;

	for (i = 0; i + 1 < NF_MEETING; i++)
		if (field[i] + flen[i] + 1 != field[i + 1])
			return 0;
	return field[NF_MEETING - 1][flen[NF_MEETING - 1]] == '\0';
}

/* The block of fields read from elsewhere (the unit tests). */
static struct buf copied;

int
meeting_read(struct meeting *m, char *const *field, const size_t *flen,
    const char **why)
{
	struct items it;	/* 1 KB: an initialiser would clear it all */
	char *end, *p;
	double score = 0;
	unsigned long reports = 1;
	uint64_t id;
	int i;

	if (!parse_hex64(field[M_ID], flen[M_ID], &id)) {
		*why = "id: not 16 lowercase hex digits";
		return 0;
	}
	if (!date_ok(field[M_DATE], flen[M_DATE])) {
		*why = "date: not YYYY, YYYY-MM or YYYY-MM-DD";
		return 0;
	}
	/* Nearly every report counts 1: no strtoul for a single digit. */
	if (flen[M_REPORTS] == 1 && field[M_REPORTS][0] >= '1' &&
	    field[M_REPORTS][0] <= '9')
		reports = (unsigned long)(field[M_REPORTS][0] - '0');
	else if (flen[M_REPORTS] > 0) {
		reports = strtoul(field[M_REPORTS], &end, 10);
		if (*end != '\0' || reports == 0 || field[M_REPORTS][0] == '-') {
			*why = "reports: not a positive number";
			return 0;
		}
	}
	if (flen[M_SCORE] > 0) {
		if (!decimal(field[M_SCORE], &score)) {
			score = strtod(field[M_SCORE], &end);
			if (*end != '\0')
				score = -1;
		}
		if (!(score >= 0 && score <= 1)) {
			*why = "score: not a number in 0..1";
			return 0;
		}
	}
	/* Fields the last record's canonical lists put apart go now. */
	if (m->field[0] != NULL && m->xbytes != 0)
		for (i = 1; i < NF_MEETING; i++)
			drop_field(m, i);
	else if (m->field[0] == NULL) {
		/* Room for any list: lists hold at most 64 items. */
		m->side = emalloc(MAXITEMS * sizeof(uint64_t));
		m->doc = emalloc((MAXITEMS + 1) * sizeof(uint64_t));
		m->member = emalloc(sizeof(uint64_t));
	}
	m->temp = 1;
	m->xbytes = 0;
	if (contiguous(field, flen)) {
		m->fbytes = (size_t)(field[NF_MEETING - 1] +
		    flen[NF_MEETING - 1] + 1 - field[0]);
		memcpy(m->field, field, sizeof(m->field));
	} else {
		for (i = 0, m->fbytes = 0; i < NF_MEETING; i++)
			m->fbytes += flen[i] + 1;
		buf_reset(&copied);
		buf_reserve(&copied, m->fbytes);
		for (i = 0, p = copied.s; i < NF_MEETING; i++) {
			m->field[i] = memcpy(p, field[i], flen[i]);
			p[flen[i]] = '\0';
			p += flen[i] + 1;
		}
	}
	/*
	 * Lists in their canonical form from the start, so a merge that adds
	 * nothing changes nothing (and a rerun emits nothing).
	 */
	canonical(m, M_PEOPLE, flen[M_PEOPLE], 0, &it);
	canonical(m, M_HOST, flen[M_HOST], 0, &it);
	canonical(m, M_PARTIES, flen[M_PARTIES], 0, &it);
	m->nside = 0;
	set_sides(m, &it);
	canonical(m, M_DOCS, flen[M_DOCS], 1, &it);
	set_docs(m, &it);
	m->dirty = 0;
	m->id = id;
	m->member[0] = id;
	m->nmember = 1;
	m->reports = reports;
	m->score = score;
	set_date(m, flen[M_DATE]);
	m->stage = (uint8_t)meeting_stage(m->field[M_STATUS]);
	m->day = 0;
	m->stamp = 0;
	m->numbers = m->shown = 0;
	m->dead = 0;
	return 1;
}

static void *
memdup(const void *p, size_t n)
{
	return memcpy(emalloc(n), p, n);
}

struct meeting *
meeting_copy(struct meeting *m)
{
	struct meeting *c = emalloc(sizeof(*c));
	char *block = memdup(m->field[0], m->fbytes);
	int i;

	*c = *m;
	c->temp = 0;
	for (i = 0; i < NF_MEETING; i++)
		if (!apart(m, i))
			c->field[i] = block + (m->field[i] - m->field[0]);
		else	/* c has it now: m must not free it */
			m->field[i] = m->field[0];
	c->member = emalloc(array_room(m->nmember) * sizeof(uint64_t));
	memcpy(c->member, m->member, m->nmember * sizeof(uint64_t));
	c->side = m->nside > 0 ? memdup(m->side, m->nside *
	    sizeof(uint64_t)) : NULL;
	c->doc = emalloc(array_room(m->ndoc) * sizeof(uint64_t));
	memcpy(c->doc, m->doc, m->ndoc * sizeof(uint64_t));
	return c;
}

struct meeting *
meeting_new(char *const *field, const size_t *flen, const char **why)
{
	static struct meeting tmp;

	return meeting_read(&tmp, field, flen, why) ? meeting_copy(&tmp) :
	    NULL;
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
	free(m->doc);
	free(m);
}

/*
 * What m holds in memory, for dedupe's budget: the struct, the block of
 * fields and each field a merge has replaced, the arrays, and about 16
 * bytes of malloc's own for each allocation.
 */
size_t
meeting_bytes(const struct meeting *m)
{
	size_t n = sizeof(*m) + 16 + m->fbytes + 16 + m->xbytes;
	int i;

	if (m->xbytes == UINT32_MAX)
		for (i = 1, n -= m->xbytes; i < NF_MEETING; i++)
			if (apart(m, i))
				n += strlen(m->field[i]) + 1 + 16;
	return n + (m->nmember + m->nside + m->ndoc) * sizeof(uint64_t) + 48;
}

/*
 * printf's "%.0f" of a report count: its decimal digits while the count
 * is exact in a double (it always is, short of 2^53 reports).
 */
static int
format_reports(unsigned long v, char *s, size_t size)
{
	char d[24];
	int n = 0, i;

	if (v >= 1UL << 53)
		return snprintf(s, size, "%.0f", (double)v);
	do
		d[n++] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	for (i = 0; i < n; i++)
		s[i] = d[n - 1 - i];
	s[n] = '\0';
	return n;
}

/*
 * printf's "%.3g" of a score, without printf's cost per record. From 0.1
 * to 1 that is the score to three decimals (1 for 1.000) with trailing
 * zeros dropped. Rounding is decided on the product by a thousand, whose
 * error is far below 1e-6; printf is left the rest, and any score whose
 * thousandths are within 1e-6 of a tie (0.4375 is one, and exact: printf
 * rounds it to even).
 */
static int
format_score(double x, char *s, size_t size)
{
	double h = x * 1000, f;
	long k;
	int n;

	if (!(x >= 0.1 && x <= 1))
		return snprintf(s, size, "%.3g", x);
	k = (long)h;
	f = h - (double)k;
	if (f > 0.5 - 1e-6 && f < 0.5 + 1e-6)
		return snprintf(s, size, "%.3g", x);
	k += f > 0.5;
	if (k >= 1000) {
		memcpy(s, "1", 2);
		return 1;
	}
	s[0] = '0';
	s[1] = '.';
	s[2] = (char)('0' + k / 100);
	s[3] = (char)('0' + k / 10 % 10);
	s[4] = (char)('0' + k % 10);
	for (n = 5; s[n - 1] == '0'; n--)
		;
	s[n] = '\0';
	return n;
}

void
meeting_sync(struct meeting *m)
{
	char s[64];
	int n;

	if (!m->numbers)
		return;
	n = format_reports(m->reports, s, sizeof(s));
	set_field(m, M_REPORTS, s, (size_t)n);
	n = format_score(m->score, s, sizeof(s));
	set_field(m, M_SCORE, s, (size_t)n);
	m->numbers = 0;
}

/* A record is built here and written with one fwrite, not 30 stdio calls. */
static struct buf line;

void
meeting_write(FILE *fp, struct meeting *m)
{
	int i;

	size_t len[NF_MEETING], total = 0;
	char *p;

	meeting_sync(m);
	for (i = 0; i < NF_MEETING; i++)
		total += (len[i] = strlen(m->field[i])) + 1;
	buf_reset(&line);
	buf_reserve(&line, total);
	for (i = 0, p = line.s; i < NF_MEETING; i++) {
		memcpy(p, m->field[i], len[i]);
		p += len[i];
		*p++ = i + 1 < NF_MEETING ? '\t' : '\n';
	}
	line.len = total;
	fwrite(line.s, 1, line.len, fp);
}
