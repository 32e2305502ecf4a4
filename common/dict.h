/*
 * dict.h: the actor dictionary: the built-in table compiled from the TSV files
 * of data/ plus the user's -d files, looked up by id. The file format is in
 * tag-entities(1) and data/README: one actor a line, seven TAB-separated
 * columns: id, type, country, parent, names, adjectives, capital; and an
 * eighth, optional: the years of office ("1989-1993", "2000-").
 */
#ifndef DICT_H
#define DICT_H

#include <stddef.h>
#include <stdio.h>

enum actor_type { T_PER, T_ORG, T_GPE, T_LOC, T_DATE, T_NTYPES };

struct actor {
	const char *id;
	int type;		/* enum actor_type */
	char country[4];	/* ISO 3166-1 alpha-3, "" when none */
	const char *parent;	/* affiliation or parent id, NULL when none */
	const char *name;	/* the canonical English name */
	const char *capital;	/* for a GPE, the id of its capital, or NULL */
	const char *years;	/* years of office as written, or NULL */
};

/*
 * Was actor a in office in year? 1 if one of its spans of years holds it,
 * 0 if none does, -1 if a has no years or year is 0 (unknown).
 */
int dict_in_office(const struct actor *a, int year);

/* Load the built-in dictionary; later calls do nothing. */
void dict_init(void);

/*
 * Add the actors of a dictionary file, replacing built-in ones with the
 * same id. A malformed line is fatal: "tool: FILE:LINE: what is wrong".
 */
void dict_add_file(const char *path);

/* The actor with this id, or NULL. */
const struct actor *dict_get(const char *id, size_t n);

/* The state an actor belongs to: itself for a GPE, else through parent and country; NULL if none. */
const struct actor *dict_state(const struct actor *a);

/* The state or territory with this ISO alpha-3 code, or NULL. */
const struct actor *dict_by_iso3(const char *iso3);

/* Print the dictionary in use in its own file format (tag-entities -l). */
void dict_print(FILE *fp);

/* "PER", "ORG", "GPE", "LOC", "DATE"; and back (-1 if not a type). */
const char *type_name(int type);
int type_parse(const char *s, size_t n);

/*
 * For the matcher: the number of actors, the i-th one in load order, and
 * its names and adjectives as written in the file (';'-separated, "" when
 * none). Pointers stay valid for the life of the process.
 */
size_t dict_count(void);
const struct actor *dict_actor(size_t i);
const char *dict_names(const struct actor *a);
const char *dict_adjectives(const struct actor *a);

/*
 * Parse dictionary text (a file's content, n bytes, copied) named path in
 * messages; what dict_add_file does after reading the file.
 */
void dict_add_text(const char *text, size_t n, const char *path);

#endif
