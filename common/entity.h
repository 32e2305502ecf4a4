/*
 * entity.h: the entities field of a tagged article (parley(5)): items
 * "start,end,TYPE,actor" or "start,end,TYPE,actor,affiliation" separated by
 * ';', byte offsets into the unescaped text. The fifth part is written only
 * for a person whose affiliation the text states and the dictionary does
 * not know (a name tagged from its title: "Hamas leader X"), or knows as
 * less than the text says ("EU commissioner Franco Frattini").
 */
#ifndef ENTITY_H
#define ENTITY_H

#include <stddef.h>
#include <stdio.h>

struct entity {
	size_t start, end;	/* byte offsets into the text */
	int type;		/* enum actor_type of dict.h */
	const char *actor;	/* the id, or for a DATE its normal form */
	size_t actor_len;
	const char *affil;	/* the affiliation id, or NULL */
	size_t affil_len;
};

struct entities {
	struct entity *v;
	size_t n, cap;
};

/*
 * Parse an entities field (already unescaped; s[n] may be anything) into
 * e, pointing into s. Returns 0, or -1 with a message in *why when an item
 * is malformed or an offset lies beyond textlen.
 */
int entities_parse(struct entities *e, const char *s, size_t n,
    size_t textlen, const char **why);

/* Make room for one more entity (entities_add's slow path). */
void entities_grow(struct entities *e);

/*
 * Append one entity (the strings are referenced, not copied). Inline: the
 * tagger adds every entity of every article here.
 */
static inline void
entities_add(struct entities *e, const struct entity *x)
{
	if (e->n == e->cap)
		entities_grow(e);
	e->v[e->n++] = *x;
}

/* Write e as an entities field (escaped as needed). */
void entities_write(FILE *fp, const struct entities *e);

void entities_free(struct entities *e);

#endif
