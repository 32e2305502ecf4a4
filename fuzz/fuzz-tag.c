/*
 * fuzz-tag: the tagger (common/tag.c, text.c, dict.c) and the entities
 * field it writes (entity.c), on any text.
 *
 * Text fields come unescaped from the stream, so any bytes: invalid
 * UTF-8, NULs, endless names. Entities must lie in the text, in order,
 * with a type and an actor, and the field written for them must parse
 * back to the same entities.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "entity.h"
#include "tag.h"
#include "util.h"
#include "check.h"

static struct entities ents, back;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	dict_init();
	tag_init();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct entity *e, *b;
	const char *why = NULL;
	char *text, *field;
	size_t i, flen;
	ssize_t k;
	FILE *fp;

	text = emalloc(size + 1);
	memcpy(text, data, size);
	text[size] = '\0';
	tag_text(text, size, &ents);
	for (i = 0; i < ents.n; i++) {
		e = &ents.v[i];
		CHECK(e->start < e->end && e->end <= size);
		CHECK(i == 0 || ents.v[i - 1].start <= e->start);
		CHECK(e->type >= 0 && e->type < T_NTYPES);
		CHECK(e->actor != NULL && e->actor_len > 0);
	}
	/* Written as tag-entities does, read as extract-meetings does. */
	fp = open_memstream(&field, &flen);
	CHECK(fp != NULL);
	entities_write(fp, &ents);
	fclose(fp);
	CHECK(memchr(field, '\t', flen) == NULL);
	CHECK(memchr(field, '\n', flen) == NULL);
	k = rec_unescape(field, flen);
	CHECK(k >= 0);
	if (entities_parse(&back, field, (size_t)k, size, &why) != 0) {
		fprintf(stderr, "entities_parse: %s\n", why);
		CHECK(!"the written entities parse back");
	}
	CHECK(back.n == ents.n);
	for (i = 0; i < ents.n; i++) {
		e = &ents.v[i];
		b = &back.v[i];
		CHECK(b->start == e->start && b->end == e->end);
		CHECK(b->type == e->type);
		CHECK(b->actor_len == e->actor_len &&
		    memcmp(b->actor, e->actor, e->actor_len) == 0);
		CHECK((b->affil_len > 0) == (e->affil != NULL &&
		    e->affil_len > 0));
		CHECK(b->affil_len == 0 || (b->affil_len == e->affil_len &&
		    memcmp(b->affil, e->affil, e->affil_len) == 0));
	}
	free(field);
	free(text);
	return 0;
}
