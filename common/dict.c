/*
 * dict.c: the actor dictionary (dict.h).
 *
 * The built-in table is the text of the data/ files, compiled into dict_data.c
 * by scripts/embed-dict; it is copied once and split in place, so loading
 * thousands of rows costs a copy and one pass. -d files are read whole and
 * split the same way. Actors are kept in load order (for dict_print) and
 * found by id through an open-addressing hash table.
 */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "hash.h"
#include "util.h"

extern const char dict_data[];
extern const size_t dict_data_len;

/* An actor as loaded: the public part first, so the two convert. */
struct entry {
	struct actor a;
	const char *names;
	const char *adjs;
	const char *country;	/* as written, for dict_print */
};

static struct entry **ents;
static size_t nents, capents;
static size_t *slots;		/* index + 1 into ents; 0 is empty */
static size_t nslots;
static size_t by_iso[26 * 26 * 26];	/* index + 1 of the GPE with that code */
static int loaded;

/* With their lengths: type_parse runs for every entity read. */
#define TN(s)	{ s, sizeof(s) - 1 }
static const struct {
	const char *s;
	size_t n;
} type_names[T_NTYPES] = {
	TN("PER"), TN("ORG"), TN("GPE"), TN("LOC"), TN("DATE")
};
#undef TN

const char *
type_name(int type)
{
	if (type < 0 || type >= T_NTYPES)
		return "?";
	return type_names[type].s;
}

/* The names differ in their first letters: one switch and a compare. */
int
type_parse(const char *s, size_t n)
{
	const char *t;
	int i;

	if (n < 3 || n > 4)
		return -1;
	switch (s[0]) {
	case 'P': i = T_PER; break;
	case 'O': i = T_ORG; break;
	case 'G': i = T_GPE; break;
	case 'L': i = T_LOC; break;
	case 'D': i = T_DATE; break;
	default: return -1;
	}
	t = type_names[i].s;
	if (type_names[i].n != n || s[1] != t[1] || s[2] != t[2] ||
	    (n == 4 && s[3] != t[3]))
		return -1;
	return i;
}

static size_t *
slot_of(const char *id, size_t n)
{
	size_t i = (size_t)hash64(id, n, 0) & (nslots - 1);
	const char *e;

	for (;; i = (i + 1) & (nslots - 1)) {
		if (slots[i] == 0)
			return &slots[i];
		e = ents[slots[i] - 1]->a.id;
		if (strncmp(e, id, n) == 0 && e[n] == '\0')
			return &slots[i];
	}
}

static void
rehash(void)
{
	size_t i;

	free(slots);
	nslots = nslots ? nslots * 2 : 1024;
	slots = ecalloc(nslots, sizeof(slots[0]));
	for (i = 0; i < nents; i++)
		*slot_of(ents[i]->a.id, strlen(ents[i]->a.id)) = i + 1;
}

static int
iso_index(const char *c)
{
	if (c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' ||
	    c[2] < 'A' || c[2] > 'Z' || c[3] != '\0')
		return -1;
	return ((c[0] - 'A') * 26 + (c[1] - 'A')) * 26 + (c[2] - 'A');
}

/* Rebuild the ISO table: a state with no parent wins over a territory. */
static void
index_iso(void)
{
	size_t i;
	int k;

	memset(by_iso, 0, sizeof(by_iso));
	for (i = 0; i < nents; i++) {
		if (ents[i]->a.type != T_GPE || (k = iso_index(ents[i]->a.country)) < 0)
			continue;
		if (by_iso[k] == 0 || (ents[by_iso[k] - 1]->a.parent != NULL &&
		    ents[i]->a.parent == NULL))
			by_iso[k] = i + 1;
	}
}

static int
is_slug(const char *s)
{
	const char *p;

	if (*s == '\0' || *s == '-')
		return 0;
	for (p = s; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		    (*p == '-' && p[1] != '-' && p[1] != '\0')))
			return 0;
	return 1;
}

/* "-" is how the files write an empty column. */
static const char *
opt(const char *s)
{
	return strcmp(s, "-") == 0 ? NULL : s;
}

/*
 * Years of office: spans separated by commas, each a year, or two joined
 * by a hyphen, the second left out while in office ("1971-2000",
 * "1966-1977,1980-1984", "2014-"). Parsed once here for the check and
 * again when asked: rows with years are few and asked seldom.
 */
static const char *
year_span(const char *s, int *from, int *to)
{
	int n, k;

	for (n = 0, k = 0; k < 4; k++, s++) {
		if (*s < '0' || *s > '9')
			return NULL;
		n = n * 10 + (*s - '0');
	}
	*from = *to = n;
	if (*s != '-')
		return s;
	s++;
	if (*s < '0' || *s > '9') {
		*to = 9999;
		return s;
	}
	for (n = 0, k = 0; k < 4; k++, s++) {
		if (*s < '0' || *s > '9')
			return NULL;
		n = n * 10 + (*s - '0');
	}
	*to = n;
	return *to >= *from ? s : NULL;
}

static int
years_ok(const char *s)
{
	int from, to;

	for (;;) {
		if ((s = year_span(s, &from, &to)) == NULL)
			return 0;
		if (*s == '\0')
			return 1;
		if (*s++ != ',')
			return 0;
	}
}

int
dict_in_office(const struct actor *a, int year)
{
	const char *s = a->years;
	int from, to;

	if (s == NULL || year == 0)
		return -1;
	while ((s = year_span(s, &from, &to)) != NULL) {
		if (year >= from && year <= to)
			return 1;
		if (*s++ != ',')
			break;
	}
	return 0;
}

/* Check one split line; NULL if it is good, else what is wrong. */
static const char *
check_line(char **f, int nf)
{
	static char why[64];
	int i;

	if (nf != 7 && nf != 8) {
		snprintf(why, sizeof(why), "%d columns, expected 7 or 8", nf);
		return why;
	}
	for (i = 0; i < nf; i++)
		if (f[i][0] == '\0')
			return "empty column (write - for none)";
	if (!is_slug(f[0]))
		return "id is not a lowercase slug (a-z, 0-9, -)";
	if (type_parse(f[1], strlen(f[1])) < 0 || strcmp(f[1], "DATE") == 0)
		return "type is not PER, ORG, GPE or LOC";
	if (strcmp(f[2], "-") != 0 && iso_index(f[2]) < 0)
		return "country is not an ISO 3166-1 alpha-3 code";
	if (strcmp(f[3], "-") != 0 && !is_slug(f[3]))
		return "parent is not an id";
	if (strcmp(f[4], "-") == 0)
		return "no names";
	if (strcmp(f[6], "-") != 0 && strcmp(f[1], "GPE") != 0)
		return "capital on a row that is not a GPE";
	if (strcmp(f[6], "-") != 0 && !is_slug(f[6]))
		return "capital is not an id";
	if (nf == 8 && strcmp(f[7], "-") != 0 && !years_ok(f[7]))
		return "years are not spans such as 1989-1993,2001-";
	return NULL;
}

static void
add_entry(char **f, int nf)
{
	struct entry *e = ecalloc(1, sizeof(*e)), *old;
	size_t *slot;

	e->a.id = f[0];
	e->a.type = type_parse(f[1], strlen(f[1]));
	e->country = f[2];
	if (opt(f[2]) != NULL)
		memcpy(e->a.country, f[2], 4);
	e->a.parent = opt(f[3]);
	e->names = f[4];
	e->a.name = f[4];
	e->adjs = opt(f[5]) != NULL ? f[5] : "";
	e->a.capital = opt(f[6]);
	e->a.years = nf == 8 ? opt(f[7]) : NULL;
	if (nslots == 0 || (nents + 1) * 2 > nslots)
		rehash();
	slot = slot_of(e->a.id, strlen(e->a.id));
	if (*slot != 0) {
		/* Same id: the later file wins, in the place of the first. */
		old = ents[*slot - 1];
		/* set_canonical gave a name of several its own copy. */
		if (old->a.name != old->names)
			free((char *)old->a.name);
		free(old);
		ents[*slot - 1] = e;
	} else {
		if (nents == capents) {
			capents = capents ? capents * 2 : 1024;
			ents = erealloc(ents, capents * sizeof(ents[0]));
		}
		ents[nents++] = e;
		*slot = nents;
	}
}

/*
 * The canonical name is the first of the names. The names column is kept
 * whole for dict_names, so the canonical one gets its own copy.
 */
static void
set_canonical(struct entry *e)
{
	const char *semi = strchr(e->names, ';');

	e->a.name = semi == NULL ? e->names :
	    estrndup(e->names, (size_t)(semi - e->names));
}

void
dict_add_text(const char *text, size_t n, const char *path)
{
	char *buf = estrndup(text, n), *line, *next, *p, *f[9];
	unsigned long lineno = 0;
	const char *why;
	int nf;

	for (line = buf; line < buf + n; line = next) {
		lineno++;
		if ((next = memchr(line, '\n', (size_t)(buf + n - line))) == NULL)
			next = buf + n;
		*next++ = '\0';
		if ((p = strchr(line, '\r')) != NULL && p[1] == '\0')
			*p = '\0';
		if (line[0] == '#' || line[strspn(line, " \t")] == '\0')
			continue;
		for (nf = 0, p = line; nf < 9; nf++) {
			f[nf] = p;
			if ((p = strchr(p, '\t')) == NULL) {
				nf++;
				break;
			}
			*p++ = '\0';
		}
		if ((why = check_line(f, nf)) != NULL)
			errx(1, "%s:%lu: %s", path, lineno, why);
		add_entry(f, nf);
		/* Only new or replaced entries need their name set. */
		set_canonical(ents[*slot_of(f[0], strlen(f[0])) - 1]);
	}
	index_iso();
}

void
dict_init(void)
{
	if (loaded)
		return;
	loaded = 1;
	dict_add_text(dict_data, dict_data_len, "built-in dictionary");
}

void
dict_add_file(const char *path)
{
	FILE *fp;
	char *text = NULL;
	size_t n = 0, cap = 0, r;

	dict_init();
	if ((fp = fopen(path, "r")) == NULL)
		err(1, "%s", path);
	for (;;) {
		if (n == cap)
			text = erealloc(text, cap = cap ? cap * 2 : 65536);
		if ((r = fread(text + n, 1, cap - n, fp)) == 0)
			break;
		n += r;
	}
	if (ferror(fp))
		err(1, "%s", path);
	fclose(fp);
	dict_add_text(text, n, path);
	free(text);
}

const struct actor *
dict_get(const char *id, size_t n)
{
	size_t *slot;

	dict_init();
	if (nslots == 0)
		return NULL;
	slot = slot_of(id, n);
	return *slot ? &ents[*slot - 1]->a : NULL;
}

const struct actor *
dict_state(const struct actor *a)
{
	const struct actor *p = a;
	int depth;

	/* Parents lead to the state; the depth bound guards against cycles. */
	for (depth = 0; p != NULL && depth < 8; depth++) {
		if (p->type == T_GPE)
			return p;
		if (p->parent == NULL)
			break;
		p = dict_get(p->parent, strlen(p->parent));
	}
	return a->country[0] != '\0' ? dict_by_iso3(a->country) : NULL;
}

const struct actor *
dict_by_iso3(const char *iso3)
{
	int k;

	dict_init();
	if ((k = iso_index(iso3)) < 0 || by_iso[k] == 0)
		return NULL;
	return &ents[by_iso[k] - 1]->a;
}

size_t
dict_count(void)
{
	dict_init();
	return nents;
}

const struct actor *
dict_actor(size_t i)
{
	dict_init();
	return i < nents ? &ents[i]->a : NULL;
}

const char *
dict_names(const struct actor *a)
{
	return ((const struct entry *)a)->names;
}

const char *
dict_adjectives(const struct actor *a)
{
	return ((const struct entry *)a)->adjs;
}

static const char *
dash(const char *s)
{
	return s == NULL || *s == '\0' ? "-" : s;
}

void
dict_print(FILE *fp)
{
	const struct entry *e;
	size_t i;

	dict_init();
	fputs("# id\ttype\tcountry\tparent\tnames\tadjectives\tcapital"
	    "\tyears\n", fp);
	for (i = 0; i < nents; i++) {
		e = ents[i];
		fprintf(fp, "%s\t%s\t%s\t%s\t%s\t%s\t%s", e->a.id,
		    type_name(e->a.type), dash(e->country), dash(e->a.parent),
		    e->names, dash(e->adjs), dash(e->a.capital));
		if (e->a.years != NULL)
			fprintf(fp, "\t%s", e->a.years);
		fputc('\n', fp);
	}
}
