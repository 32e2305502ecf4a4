/*
 * Unit tests for common/entity.c: the entities field read and written.
 * Offsets of every width from one digit to fifteen, where the field ends
 * soon after them and where it goes on, since they are read eight bytes
 * at a time where eight are left.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "entity.h"
#include "test.h"

/* A field, the text length to check it against, and what it holds. */
static const struct {
	const char *field;
	size_t textlen;
	const char *want;	/* "start end TYPE actor[ affil]" items, '|' between; or the error */
} cases[] = {
	{ "0,5,PER,barack-obama", 5, "0 5 PER barack-obama" },
	{ "7,9,GPE,egypt", 100, "7 9 GPE egypt" },
	{ "12,345,LOC,gaza-strip;6789,12345,ORG,hamas", 20000,
	    "12 345 LOC gaza-strip|6789 12345 ORG hamas" },
	{ "123456,1234567,DATE,2024-02-29;12345678,123456789,PER,x", 123456789,
	    "123456 1234567 DATE 2024-02-29|12345678 123456789 PER x" },
	/* Seven digits and a comma are the eight bytes read at once. */
	{ "1234567,1234568,ORG,un-security-council", 2000000,
	    "1234567 1234568 ORG un-security-council" },
	/* Eight digits fill them: the comma is past them. */
	{ "87654321,87654329,GPE,france", 90000000,
	    "87654321 87654329 GPE france" },
	{ "123456789012345,123456789012346,LOC,x", (size_t)-1,
	    "123456789012345 123456789012346 LOC x" },
	{ "1,2,PER,ehud-olmert,kadima;3,4,DATE,thursday", 10,
	    "1 2 PER ehud-olmert kadima|3 4 DATE thursday" },
	{ ";;1,2,PER,x;;", 10, "1 2 PER x" },
	{ "", 10, "" },
	{ "0,0,DATE,today", 0, "0 0 DATE today" },
	{ "00000000000000000001,2,PER,x", 10, "1 2 PER x" },
	/* An affiliation runs to the ';' and may hold commas. */
	{ "1,2,PER,x,a,b;3,4,GPE,y", 10, "1 2 PER x a,b|3 4 GPE y" },

	{ "300000000000000,300000000000001,LOC,x", (size_t)-1,
	    "entity without start and end offsets" },
	{ "12345678,12345679,PER,x", 12345678, "entity offsets outside the text" },
	{ "5,2,PER,x", 10, "entity offsets outside the text" },
	{ "1,2", 10, "entity without start and end offsets" },
	{ "1,,PER,x", 10, "entity without start and end offsets" },
	{ "a,2,PER,x", 10, "entity without start and end offsets" },
	{ "1,2;3,4,PER,x", 10, "entity without start and end offsets" },
	{ "1,2,PER,x;3", 10, "entity without start and end offsets" },
	{ "1,2,XYZ,x", 10, "entity without a known type" },
	{ "1,2,per,x", 10, "entity without a known type" },
	{ "1,2,PERS,x", 10, "entity without a known type" },
	{ "1,2,PE;R,x", 10, "entity without a known type" },
	{ "1,2,DAT;,x", 10, "entity without a known type" },
	{ "1,2,PER", 10, "entity without a known type" },
	{ "1,2,PER,", 10, "entity without an actor" },
	{ "1,2,PER,,kadima", 10, "entity without an actor" },
	{ "1,2,DATE,;3,4,PER,x", 10, "entity without an actor" },
};

/* The entities as the cases write them. */
static void
show(const struct entities *e, char *out, size_t cap)
{
	size_t i, k = 0;
	const struct entity *x;

	out[0] = '\0';
	for (i = 0; i < e->n && k < cap; i++) {
		x = &e->v[i];
		k += (size_t)snprintf(out + k, cap - k, "%s%zu %zu %s %.*s",
		    i > 0 ? "|" : "", x->start, x->end, type_name(x->type),
		    (int)x->actor_len, x->actor);
		if (x->affil != NULL && k < cap)
			k += (size_t)snprintf(out + k, cap - k, " %.*s",
			    (int)x->affil_len, x->affil);
	}
}

/* Write e to a string. */
static char *
written(const struct entities *e)
{
	char *mem;
	size_t sz;
	FILE *fp = open_memstream(&mem, &sz);

	entities_write(fp, e);
	fclose(fp);
	return mem;
}

static void
add(struct entities *e, size_t start, size_t end, int type, const char *actor,
    const char *affil)
{
	struct entity x;

	x.start = start;
	x.end = end;
	x.type = type;
	x.actor = actor;
	x.actor_len = strlen(actor);
	x.affil = affil;
	x.affil_len = affil ? strlen(affil) : 0;
	entities_add(e, &x);
}

int
main(void)
{
	struct entities e = { NULL, 0, 0 }, back = { NULL, 0, 0 };
	const char *why;
	char got[512], *copy, *w, big[4096 + 64];
	size_t i, n;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		/* A copy of the length of the field, so no byte after it
		 * can be read unnoticed (under the sanitizers). */
		n = strlen(cases[i].field);
		copy = malloc(n + 1);
		memcpy(copy, cases[i].field, n + 1);
		why = NULL;
		if (entities_parse(&e, copy, n, cases[i].textlen, &why) == 0)
			show(&e, got, sizeof(got));
		else
			snprintf(got, sizeof(got), "%s", why);
		is_str(got, cases[i].want, "parse '%s'", cases[i].field);
		free(copy);
	}

	/* Written: offsets of every width, escapes, ids of every length. */
	e.n = 0;
	add(&e, 0, 9, T_PER, "abc", NULL);
	add(&e, 10, 99, T_ORG, "abcd", NULL);
	add(&e, 100, 1000, T_GPE, "abcdefg", NULL);
	add(&e, 9999, 10000, T_LOC, "abcdefgh", NULL);
	add(&e, 99999999, 100000000, T_DATE, "2024-02-29", NULL);
	add(&e, 1234567890123, 18446744073709551615u, T_PER,
	    "sixteen-bytes-id", "seventeen-byte-id");
	add(&e, 5, 6, T_ORG, "tab\there", "back\\slash");
	add(&e, 7, 8, T_PER, "x\ny", "");
	add(&e, 7, 8, T_PER, "cr\r", NULL);
	add(&e, 7, 8, T_PER, "a-sixteen-b\\te", NULL);
	w = written(&e);
	is_str(w, "0,9,PER,abc;10,99,ORG,abcd;100,1000,GPE,abcdefg;"
	    "9999,10000,LOC,abcdefgh;99999999,100000000,DATE,2024-02-29;"
	    "1234567890123,18446744073709551615,PER,sixteen-bytes-id,"
	    "seventeen-byte-id;5,6,ORG,tab\\there,back\\\\slash;"
	    "7,8,PER,x\\ny;7,8,PER,cr\\r;7,8,PER,a-sixteen-b\\\\te",
	    "entities written");
	free(w);

	/* Many, so the buffer of entities_write is flushed between them. */
	e.n = 0;
	for (i = 0; i < 2000; i++)
		add(&e, i * 10, i * 10 + 5, (int)(i % T_NTYPES),
		    i % 3 ? "an-actor-id" : "a-rather-longer-actor-identifier",
		    i % 7 ? NULL : "its-affiliation");
	w = written(&e);
	n = strlen(w);
	ok(entities_parse(&back, w, n, 20000, &why) == 0 &&
	    back.n == e.n, "2000 entities read back");
	for (i = 0; i < back.n && i < e.n; i++)
		if (back.v[i].start != e.v[i].start || back.v[i].end != e.v[i].end ||
		    back.v[i].type != e.v[i].type ||
		    back.v[i].actor_len != e.v[i].actor_len ||
		    memcmp(back.v[i].actor, e.v[i].actor, e.v[i].actor_len) != 0 ||
		    (back.v[i].affil != NULL) != (e.v[i].affil != NULL))
			break;
	is_int(i, e.n, "each as written");
	free(w);

	/* An id longer than the buffer goes out directly. */
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	e.n = 0;
	add(&e, 1, 2, T_ORG, big, NULL);
	w = written(&e);
	ok(strncmp(w, "1,2,ORG,xxx", 11) == 0 && strlen(w) == 8 + sizeof(big) - 1,
	    "a long id written whole");
	free(w);

	entities_free(&e);
	entities_free(&back);
	return done_testing();
}
