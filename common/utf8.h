/*
 * utf8.h: UTF-8 checking, decoding and repair of raw input.
 *
 * Raw dumps come in every encoding. An article that is valid UTF-8 passes
 * as it is; invalid bytes in an otherwise UTF-8 article become U+FFFD; an
 * article with high bytes and not one valid multibyte sequence is taken as
 * Windows-1252 (the usual "Latin-1" of the web and of old archives).
 */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define UTF8_REPLACEMENT 0xFFFD

/*
 * Decode one character at s (n > 0 bytes left). Returns its length and
 * sets *cp, or returns 0 for an invalid, overlong, surrogate or truncated
 * sequence (*cp is then the first byte).
 */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Append cp as UTF-8. */
void utf8_put(struct buf *b, uint32_t cp);

/* 1 if all n bytes are valid UTF-8. */
int utf8_valid(const char *s, size_t n);

/* 1 if s is valid UTF-8 with no NUL byte: utf8_repair would copy it as it is. */
int utf8_intact(const char *s, size_t n);

/*
 * Append s to out as valid UTF-8 as described above; NUL bytes become
 * U+FFFD so no byte is lost silently. Returns the number of bytes that were
 * replaced (0 for clean input, -1 when decoded as Windows-1252).
 */
long utf8_repair(struct buf *out, const char *s, size_t n);

#endif
