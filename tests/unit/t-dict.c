/* Unit tests for common/dict.c: loading, overriding, lookups, printing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dict.h"
#include "test.h"

static const char extra[] =
    "# a comment\n"
    "\n"
    "hamas\tORG\tPSE\t-\tHamas;Harakat al-Muqawama\t-\t-\n"
    "zz-test-person\tPER\tPSE\thamas\tZed Testperson\t-\t-\n"
    "nobody\tPER\t-\t-\tNo Body\t-\t-\n";

int
main(void)
{
	const struct actor *a;
	char *buf = NULL;
	size_t bufsize = 0, n;
	FILE *fp;

	dict_init();
	dict_add_file("tests/fixtures/dict/mini.tsv");
	a = dict_get("egypt", 5);
	ok(a != NULL, "egypt loaded");
	if (a != NULL) {
		is_str(a->name, "Egypt", "canonical name is the first");
		is_str(type_name(a->type), "GPE", "type");
		is_str(a->country, "EGY", "country");
		is_str(a->capital, "cairo", "capital");
		is_str(dict_adjectives(a), "Egyptian;Egyptians", "adjectives kept");
	}
	ok(dict_get("egyptx", 5) == a, "lookup by length");
	ok(dict_get("nowhere", 7) == NULL, "unknown id");
	a = dict_get("abbas-kamel", 11);
	ok(a != NULL && a->parent != NULL && strcmp(a->parent, "egypt-gis") == 0,
	    "parent");
	ok(dict_state(a) == dict_get("egypt", 5), "state through the parent");
	ok(dict_state(dict_get("aruba", 5)) == dict_get("aruba", 5),
	    "a GPE is its own state");
	ok(dict_by_iso3("JOR") == dict_get("jordan", 6), "by ISO code");
	ok(dict_by_iso3("XXX") == NULL, "unknown ISO code");
	ok(dict_by_iso3("jor") == NULL, "ISO codes are upper case");

	n = dict_count();
	dict_add_text(extra, strlen(extra), "extra");
	is_int(dict_count(), n + 2, "same id replaces, new id adds");
	ok(dict_state(dict_get("nobody", 6)) == NULL, "no state");
	a = dict_get("hamas", 5);
	is_str(dict_names(a), "Hamas;Harakat al-Muqawama", "replaced names");
	ok(dict_actor(n) == dict_get("zz-test-person", 14), "load order");

	is_int(type_parse("LOC", 3), T_LOC, "type_parse");
	is_int(type_parse("LOCX", 4), -1, "type_parse rejects");
	is_str(type_name(T_DATE), "DATE", "DATE type");

	fp = open_memstream(&buf, &bufsize);
	dict_print(fp);
	fclose(fp);
	ok(strstr(buf, "\nhamas\tORG\tPSE\t-\tHamas;Harakat al-Muqawama\t-\t-\n") != NULL,
	    "printed in file format");
	ok(strstr(buf, "\nabbas-kamel\tPER\tEGY\tegypt-gis\tAbbas Kamel\t-\t-\n") != NULL,
	    "printed with parent");
	free(buf);
	return done_testing();
}
