/* Unit tests for common/utf8.c: validation, repair, Windows-1252. */
#include <string.h>

#include "utf8.h"
#include "test.h"

static const struct {
	const char *in;
	size_t n;
	const char *out;
	long ret;
	const char *what;
} cases[] = {
	{ "plain ascii", 11, "plain ascii", 0, "ASCII passes" },
	{ "caf\xc3\xa9", 5, "caf\xc3\xa9", 0, "valid UTF-8 passes" },
	{ "\xe2\x80\x9cq\xe2\x80\x9d \xff", 9,
	    "\xe2\x80\x9cq\xe2\x80\x9d \xef\xbf\xbd", 1,
	    "a stray byte in UTF-8 text becomes U+FFFD" },
	{ "caf\xe9 na\xefve", 10, "caf\xc3\xa9 na\xc3\xafve", -1,
	    "wholly Latin-1 text is decoded" },
	{ "\x93quoted\x94", 8, "\xe2\x80\x9cquoted\xe2\x80\x9d", -1,
	    "Windows-1252 curly quotes" },
	{ "a\0b", 3, "a\xef\xbf\xbd" "b", 1, "NUL becomes U+FFFD" },
	{ "\xc0\xaf", 2, "\xc3\x80\xc2\xaf", -1,
	    "overlong slash is not UTF-8: read as 1252" },
	{ "ok \xc3\xa9 \xc0\xaf", 8, "ok \xc3\xa9 \xef\xbf\xbd\xef\xbf\xbd", 2,
	    "overlong sequence in UTF-8 text replaced" },
	{ "\xed\xa0\x80 \xc3\xa9", 6, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd \xc3\xa9", 3,
	    "surrogate replaced" },
	{ "\xe2\x82", 2, "\xc3\xa2\xe2\x80\x9a", -1, "truncated sequence alone" },
};

int
main(void)
{
	struct buf b = { 0 };
	size_t i;
	long r;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		buf_reset(&b);
		r = utf8_repair(&b, cases[i].in, cases[i].n);
		ok(r == cases[i].ret && b.len == strlen(cases[i].out) &&
		    memcmp(b.s, cases[i].out, b.len) == 0, "%s", cases[i].what);
		ok(utf8_valid(b.s, b.len), "output valid: %s", cases[i].what);
	}
	ok(!utf8_valid("\xf5\x80\x80\x80", 4), "above U+10FFFF invalid");
	ok(utf8_valid("\xf0\x9f\x98\x80", 4), "emoji valid");
	buf_reset(&b);
	utf8_put(&b, 0x20AC);
	is_str(b.s, "\xe2\x82\xac", "encode euro sign");
	buf_free(&b);
	return done_testing();
}
