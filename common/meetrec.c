/*
 * meetrec.c: the meeting records extract-meetings writes (meeting.h):
 * the host, CAMEO code and score each record gets once the article has
 * been read and its reports merged, and the 15 fields of parley(5).
 */
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "hash.h"
#include "meeting.h"
#include "meetint.h"
#include "util.h"

static const char *const status_names[] = {
	"held", "planned", "proposed", "cancelled", "boycotted"
};

const char *
meet_status_name(int status)
{
	return status_names[status];
}

static int
idcmp(const struct idref *a, const struct idref *b)
{
	size_t n = a->n < b->n ? a->n : b->n;
	int d = memcmp(a->s, b->s, n);

	return d != 0 ? d : (a->n > b->n) - (a->n < b->n);
}

/*
 * The records of an article are built in one buffer, kept from article
 * to article, and written with one fwrite: the thirty stdio calls a
 * record took cost more than the rest of its writing.
 */
static struct {
	char *b;
	size_t n, cap;
} line;

static void
grow(size_t k)
{
	while (line.n + k > line.cap) {
		line.cap = line.cap ? line.cap * 2 : 4096;
		line.b = erealloc(line.b, line.cap);
	}
}

/* Inline, the test: a record puts thirty pieces, and grows the line once. */
static inline void
room(size_t k)
{
	if (line.n + k > line.cap)
		grow(k);
}

static inline void
put_raw(const char *s, size_t n)
{
	if (n == 0)
		return;
	room(n);
	memcpy(line.b + line.n, s, n);
	line.n += n;
}

static inline void
put_str(const char *s)
{
	put_raw(s, strlen(s));
}

static inline void
put_ch(int ch)
{
	room(1);
	line.b[line.n++] = (char)ch;
}

/*
 * s (n bytes) escaped as rec_put escapes a field (record.h), eight bytes
 * at a time while none of them can need it: none below 0x0E (TAB, LF,
 * CR) and no backslash.
 */
static void
put_field(const char *s, size_t n)
{
	const char *end = s + n;
	uint64_t x;
	char *w;

	if (n == 0)
		return;
	room(2 * n);
	w = line.b + line.n;
	while (s < end) {
		if (end - s >= 8) {
			memcpy(&x, s, 8);
			if ((((x - 0x0E0E0E0E0E0E0E0EULL) |
			    ((x ^ 0x5C5C5C5C5C5C5C5CULL) -
			    0x0101010101010101ULL)) & ~x &
			    0x8080808080808080ULL) == 0) {
				memcpy(w, s, 8);
				s += 8;
				w += 8;
				continue;
			}
		}
		switch (*s) {
		case '\\': *w++ = '\\'; *w++ = '\\'; break;
		case '\t': *w++ = '\\'; *w++ = 't'; break;
		case '\n': *w++ = '\\'; *w++ = 'n'; break;
		case '\r': *w++ = '\\'; *w++ = 'r'; break;
		default: *w++ = *s; break;
		}
		s++;
	}
	line.n = (size_t)(w - line.b);
}

/* Sorted, so the same meeting always reads the same; sets are small. */
static void
put_ids(struct idset *set)
{
	struct idref t;
	int i, j;

	for (i = 1; i < set->n; i++)
		for (j = i; j > 0 && idcmp(&set->v[j - 1], &set->v[j]) > 0; j--) {
			t = set->v[j];
			set->v[j] = set->v[j - 1];
			set->v[j - 1] = t;
		}
	for (i = 0; i < set->n; i++) {
		if (i > 0)
			put_ch(';');
		put_field(set->v[i].s, set->v[i].n);
	}
}

static const char *
country(const struct idref *id)
{
	const struct actor *a;

	if (id->s == NULL || (a = actor_of(id->s, id->n)) == NULL)
		return "";
	return a->country;
}

/* A state, or a body of one (the Palestinian Authority, a ministry). */
static int
governs(const struct idref *id)
{
	const struct actor *a = actor_of(id->s, id->n), *p;

	if (a == NULL)
		return 0;
	if (a->type == T_GPE)
		return 1;
	return a->parent != NULL && (p = actor_of(a->parent,
	    strlen(a->parent))) != NULL && p->type == T_GPE;
}

/*
 * The host when the text names none: the one side whose country the
 * meeting is in (Ramallah talks with the Palestinian Authority), or, when
 * no side is at home, the state whose soil it is on (factions meeting in
 * Cairo are Egypt's guests).
 */
static void
resolve_host(struct meeting *m)
{
	const struct actor *st;
	const char *cc = country(&m->place);
	int i, home = -1, nhome = 0;

	if (m->host.n > 0 || cc[0] == '\0')
		return;
	/*
	 * Only a government is at home: a party or militia of the same
	 * country is a guest like any other (Sinn Fein at Downing Street).
	 */
	for (i = 0; i < m->parties.n; i++)
		if (strcmp(country(&m->parties.v[i]), cc) == 0) {
			nhome++;
			if (governs(&m->parties.v[i]))
				home = home == -1 ? i : -2;
		}
	if (home >= 0) {
		m->host.v[0] = m->parties.v[home];
		m->host.n = 1;
		return;
	}
	if (nhome == 0 && m->parties.n >= 2 && (st = dict_by_iso3(cc)) != NULL) {
		m->host.v[0].s = st->id;
		m->host.v[0].n = strlen(st->id);
		m->host.n = 1;
	}
}

static int
host_is_side(const struct meeting *m)
{
	int i, j;

	for (i = 0; i < m->host.n; i++)
		for (j = 0; j < m->parties.n; j++)
			if (idcmp(&m->host.v[i], &m->parties.v[j]) == 0)
				return 1;
	return 0;
}

/* The CAMEO code (DESIGN.md): intent, mediation, negotiation, visit, hosting, third place, consult. */
static const char *
cameo(const struct meeting *m)
{
	const char *cc = country(&m->place);
	int i;

	if (m->status == ST_PLANNED || m->status == ST_PROPOSED)
		return "036";
	if ((m->flags & MF_MEDIATE) && m->host.n > 0 && !host_is_side(m))
		return "045";
	if (m->flags & MF_NEGOT)
		return "046";
	if (m->flags & MF_VISIT)
		return "042";
	if ((m->flags & MF_HOSTV) || (m->host.n > 0 && host_is_side(m)))
		return "043";
	if (cc[0] != '\0') {
		for (i = 0; i < m->parties.n; i++)
			if (strcmp(country(&m->parties.v[i]), cc) == 0)
				return "040";
		return "044";
	}
	return "040";
}

/*
 * Confidence, a sum of what the text made plain: a strong meeting word
 * (met, meeting, summit) over a weak one (talks), sides named rather than
 * inferred from "the two sides", named people, a place and a date.
 */
static double
score(const struct meeting *m)
{
	double s = 0.4;

	if (m->flags & MF_STRONG)
		s += 0.15;
	if (!(m->flags & MF_GROUP))
		s += 0.15;
	if (m->people.n > 0)
		s += 0.1;
	if (m->place.s != NULL)
		s += 0.1;
	if (m->date.y != 0)
		s += 0.05;
	if (m->parties.n > 4)
		s -= 0.1;
	return s > 1 ? 1 : s;
}

/* Write text[s, e) with runs of white space folded to one space. */
static void
put_text(const char *t, size_t s, size_t e)
{
	while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\t'))
		s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n' ||
	    t[e - 1] == '\t' || t[e - 1] == '\r'))
		e--;
	put_field(t + s, e - s);
}

/*
 * Write a score as "%.2f" would, without printf's cost per record. The
 * scores are sums of hundredths between 0 and 1, so the digits are those
 * of the nearest whole number of hundredths; printf is left any score
 * that is not within a millionth of one (a tie at half a hundredth must
 * round as printf rounds it) or not below 10.
 */
static void
put_score(double sc)
{
	double h = sc * 100;
	int k;
	char b[32];

	if (!(h > 0 && h < 999.5)) {
		snprintf(b, sizeof(b), "%.2f", sc);
		put_str(b);
		return;
	}
	k = (int)(h + 0.5);
	if (h - k > 1e-6 || k - h > 1e-6) {
		snprintf(b, sizeof(b), "%.2f", sc);
		put_str(b);
		return;
	}
	b[0] = (char)('0' + k / 100);
	b[1] = '.';
	b[2] = (char)('0' + k / 10 % 10);
	b[3] = (char)('0' + k % 10);
	put_raw(b, 4);
}

int
meet_write(FILE *fp, struct meet_ctx *c, const struct meet_article *a,
    double minscore)
{
	struct meeting *m;
	char hex[17], d[11];
	const char *cc;
	double sc;
	int i, n = 0;

	for (i = 0; i < c->nm; i++) {
		m = &c->m[i];
		resolve_host(m);
		if ((sc = score(m)) < minscore)
			continue;
		hex64(hash64(a->text + m->ev_s, m->ev_e - m->ev_s,
		    hash64(a->id, a->idlen, 0)), hex);
		put_raw(hex, 16);
		put_ch('\t');
		put_str(date_format(&m->date, d));
		put_ch('\t');
		put_str(meet_status_name(m->status));
		put_ch('\t');
		if (m->place.s != NULL)
			put_field(m->place.s, m->place.n);
		put_ch('\t');
		cc = country(&m->place);
		put_field(cc, strlen(cc));
		put_ch('\t');
		put_ids(&m->parties);
		put_ch('\t');
		put_ids(&m->people);
		put_ch('\t');
		put_ids(&m->host);
		put_ch('\t');
		put_str(cameo(m));
		put_ch('\t');
		put_ch('1');
		put_ch('\t');
		put_field(a->id, a->idlen);
		put_ch('\t');
		if (m->when_e > m->when_s)
			put_text(a->text, m->when_s, m->when_e);
		put_ch('\t');
		if (m->out_e > m->out_s)
			put_text(a->text, m->out_s, m->out_e);
		put_ch('\t');
		put_text(a->text, m->ev_s, m->ev_e);
		put_ch('\t');
		put_score(sc);
		put_ch('\n');
		n++;
	}
	if (line.n > 0)
		fwrite(line.b, 1, line.n, fp);
	line.n = 0;
	return n;
}
