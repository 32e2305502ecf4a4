/* Unit tests for common/hash.c: stability and the article id. */
#include <string.h>

#include "hash.h"
#include "test.h"

int
main(void)
{
	char hex[17];
	const char *a = "Talks were held in Cairo.\n\nThe \"two sides\" agreed.";
	const char *b = "  Talks were held\tin Cairo. The \xe2\x80\x9ctwo sides\xe2\x80\x9d agreed.\n";
	const char *c = "Talks were held in Doha. The \"two sides\" agreed.";

	is_str(hex64(0x0123456789abcdefULL, hex), "0123456789abcdef", "hex64");
	ok(hash64("abc", 3, 0) == hash64("abc", 3, 0), "hash is a function");
	ok(hash64("abc", 3, 0) != hash64("abd", 3, 0), "one byte changes it");
	ok(hash64("abc", 3, 0) != hash64("abc", 3, 1), "seed changes it");
	ok(hash64("", 0, 0) != hash64("\0", 1, 0), "length counts");
	ok(text_id(a, strlen(a)) == text_id(b, strlen(b)),
	    "white space and quote styles folded");
	ok(text_id(a, strlen(a)) != text_id(c, strlen(c)), "other text, other id");
	ok(text_id("x y", 3) != text_id("xy", 2), "a space still separates");
	/* Pinned: ids must not change between versions. The value comes from
	 * a separate Python implementation of the algorithm. */
	is_str(hex64(hash64("parley", 6, 0), hex), "f334d61a7eab86f0",
	    "hash64(\"parley\") is stable");
	return done_testing();
}
