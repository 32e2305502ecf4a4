/*
 * fuzz-utf8: UTF-8 repair and the article id (common/utf8.c, hash.c).
 *
 * Repair must give valid UTF-8 whatever comes in, leave valid text alone,
 * and say when it changed something. The article id is checked against a
 * plain reference of the normalisation hash.h describes: folding white
 * space and quote marks before hashing must not change the id.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "utf8.h"
#include "util.h"
#include "check.h"

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/*
 * The normal form of text_id written out: quote marks folded, white space
 * runs made one space, the ends trimmed. Its id must be the text's.
 */
static size_t
normalise(const unsigned char *s, size_t n, unsigned char *out)
{
	size_t i, k = 0;
	int space = 0, c;

	for (i = 0; i < n; i++) {
		c = s[i];
		if (is_space(c)) {
			space = 1;
			continue;
		}
		if (i + 1 < n && c == 0xC2 && (s[i + 1] == 0xAB ||
		    s[i + 1] == 0xBB)) {
			c = '"';
			i += 1;
		} else if (i + 2 < n && c == 0xE2 && s[i + 1] == 0x80 &&
		    strchr("\x98\x99\x9a\x9b\xb2", s[i + 2]) != NULL &&
		    s[i + 2] != 0) {
			c = '\'';
			i += 2;
		} else if (i + 2 < n && c == 0xE2 && s[i + 1] == 0x80 &&
		    strchr("\x9c\x9d\x9e\x9f\xb3", s[i + 2]) != NULL &&
		    s[i + 2] != 0) {
			c = '"';
			i += 2;
		}
		if (space && k > 0)
			out[k++] = ' ';
		space = 0;
		out[k++] = (unsigned char)c;
	}
	return k;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf b = { 0 }, again = { 0 };
	unsigned char *norm;
	size_t i, k, n;
	uint32_t cp;
	long ret;

	/* Empty input appends nothing; keep b.s a string all the same. */
	buf_reserve(&b, 0);
	buf_reserve(&again, 0);
	ret = utf8_repair(&b, (const char *)data, size);
	CHECK(utf8_valid(b.s, b.len));
	CHECK(b.len == 0 || memchr(b.s, '\0', b.len) == NULL);
	if (ret == 0) {
		/* Nothing replaced: the text is what came in. */
		CHECK(b.len == size && memcmp(b.s, data, size) == 0);
	}
	if (utf8_valid((const char *)data, size) &&
	    memchr(data, '\0', size) == NULL)
		CHECK(ret == 0);
	/* Repair is idempotent: repaired text passes unchanged. */
	CHECK(utf8_repair(&again, b.s, b.len) == 0);
	CHECK(again.len == b.len && memcmp(again.s, b.s, b.len) == 0);
	/* Decoding agrees with encoding. */
	for (i = 0; i < size; i += k) {
		k = utf8_decode(data + i, size - i, &cp);
		if (k == 0) {
			k = 1;
			continue;
		}
		buf_reset(&again);
		utf8_put(&again, cp);
		CHECK(again.len == k && memcmp(again.s, data + i, k) == 0);
	}
	/* The id of a text is the id of its normal form. */
	norm = emalloc(size + 1);
	n = normalise(data, size, norm);
	CHECK(text_id((const char *)data, size) ==
	    text_id((const char *)norm, n));
	free(norm);
	buf_free(&b);
	buf_free(&again);
	return 0;
}
