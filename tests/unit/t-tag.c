/* Unit tests for common/tag.c: the tagger API the extractor calls. */
#include <stdio.h>
#include <string.h>

#include "dict.h"
#include "entity.h"
#include "tag.h"
#include "test.h"

static struct entities ents;
static char out[1024];

/* The entities of s as "surface=TYPE:actor[:affil]" items. */
static const char *
tag(const char *s)
{
	const struct entity *e;
	size_t i, o = 0;

	tag_text(s, strlen(s), &ents);
	out[0] = '\0';
	for (i = 0; i < ents.n && o < sizeof(out) - 1; i++) {
		e = &ents.v[i];
		o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%.*s=%s:%.*s",
		    i ? " " : "", (int)(e->end - e->start), s + e->start,
		    type_name(e->type), (int)e->actor_len, e->actor);
		if (e->affil != NULL && o < sizeof(out))
			o += (size_t)snprintf(out + o, sizeof(out) - o, ":%.*s",
			    (int)e->affil_len, e->affil);
	}
	return out;
}

int
main(void)
{
	dict_init();
	dict_add_file("tests/fixtures/dict/mini.tsv");
	/* Words of 8, 16 and 17 letters: keys made from the text eight bytes
	 * at a time, and kept by the word in a cache up to 16. */
	dict_add_text("icr-union\tORG\t-\t-\tIntercontinental Regional Union;"
	    "Intergovernmental Union\t-\t-\n", 78, "t-tag");
	tag_init();
	tag_dates(0);
	is_str(tag(""), "", "empty text");
	is_str(tag("no names here at all."), "", "lower case text");
	is_str(tag("Hamas met Israel in Cairo."),
	    "Hamas=ORG:hamas Israel=GPE:israel Cairo=LOC:cairo", "names");
	is_str(tag("The Palestinian Islamic Jihad (PIJ) spoke."),
	    "Palestinian Islamic Jihad=ORG:pij PIJ=ORG:pij", "longest match");
	is_str(tag("The US and the us."), "US=GPE:united-states",
	    "acronyms by case");
	is_str(tag("Ismail Haniya arrived. Haniyeh spoke."),
	    "Ismail Haniya=PER:ismail-haniyeh Haniyeh=PER:ismail-haniyeh",
	    "variant and surname");
	is_str(tag("Hamas spokesman Nour Saleh said so. Saleh left."),
	    "Hamas=ORG:hamas Nour Saleh=PER:nour-saleh:hamas "
	    "Saleh=PER:nour-saleh", "titled person and surname");
	is_str(tag("Haniyeh spoke."), "", "no surname without a full name");
	is_str(tag("The Intercontinental Regional Union met the "
	    "Intergovernmental Union."),
	    "Intercontinental Regional Union=ORG:icr-union "
	    "Intergovernmental Union=ORG:icr-union", "long words");
	is_str(tag("INTERCONTINENTAL Regional Union"),
	    "INTERCONTINENTAL Regional Union=ORG:icr-union",
	    "long words again, in capitals, at the end of the text");
	/* Keys fold ou and doubled letters, in words the cache has seen. */
	is_str(tag("Mahmud Abas spoke. Mahmoud Abbas left. Mahmoud Abbas"),
	    "Mahmud Abas=PER:mahmoud-abbas Mahmoud Abbas=PER:mahmoud-abbas "
	    "Mahmoud Abbas=PER:mahmoud-abbas", "spellings");
	/* Tagging again reuses the buffers: the result is the same. */
	is_str(tag("Hamas met Israel in Cairo."),
	    "Hamas=ORG:hamas Israel=GPE:israel Cairo=LOC:cairo", "again");
	entities_free(&ents);
	return done_testing();
}
