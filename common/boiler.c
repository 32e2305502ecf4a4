/*
 * boiler.c: rules for the furniture of news pages and wire copy (boiler.h).
 *
 * Each rule looks at one paragraph alone, by its form: how short it is,
 * whether it ends as a sentence, how it is capitalised, and the handful of
 * words every site uses for the same furniture (share, follow, advertisement,
 * reading time, photo credit). Rules that need the paragraph's neighbours
 * (a caption printed twice, a caption above its credit, repeats, a trailing
 * link list) are in article.c.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <ctype.h>
#include <err.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "boiler.h"
#include "util.h"

/*
 * Furniture paragraphs, matched against the whole paragraph, caseless. A
 * pattern that starts with a word prose can start with too ("Share",
 * "Follow") also asks for a word that only furniture has after it.
 */
static const char *const furniture_re[] = {
	/* Page furniture that is one fixed phrase. */
	"^(advertisement|advertising|sponsored( content)?|ad|"
	    "story continues below( this)?( advertisement)?|"
	    "(scroll|continue) (down )?to (continue|read)( with content)?|"
	    "continue reading|skip to (main )?content|search|menu|home|"
	    "close|loading\\W*|print|comments?|top stories|latest news|"
	    "most (read|popular|viewed)|trending( now)?|breaking news)\\W*$",
	/* Reading time: "Reading Time: 2 minutes", "4 min read". */
	"^(estimated )?(reading|read) time\\W*\\d+\\s*(min|mins|minutes?)"
	    "( read)?\\W*$",
	"^\\d+\\s*(min|mins|minutes?) read\\W*$",
	/*
	 * Share and follow lines: the verb, then a word that makes it an
	 * order to the reader ("Follow us", "Share this", "Sign up for"),
	 * which "Share prices" and "Follow-up talks" do not have.
	 */
	"^(share|follow|like|subscribe|sign up|join|click|tap|download)"
	    "( it)? (us|this|our|on|to|for|here|now|via)\\b(\\s*\\S+){0,10}$",
	/* Nothing but the names of share buttons. */
	"^((share|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|"
	    "pinterest|email|e-mail|print|copy( link)?|messenger|flipboard)"
	    "[\\s,|/·•-]*){2,}$",
	/* Link teasers: "Read more: ...", "Related: ...". */
	"^(read more|also read|read also|see also|related( stories| "
	    "articles| coverage| content)?|recommended( for you)?|"
	    "more on this( story)?|more from [^.]{1,40}|you may also like|"
	    "watch|listen)\\s*[:|»>-].{0,200}$",
	"^(read more|related( stories| articles)?|more on this story|"
	    "you may also like)\\W*$",
	/* Copyright and picture agency lines. */
	"^(©|copyright\\b|\\(c\\) ).{0,150}$",
	"^(image|media|video|photo) (caption|source|copyright)\\b.{0,150}$",
	/* A byline alone: "By Jane Doe", "By Jane Doe and Sam Roe, Reuters". */
	"^by\\s+\\p{Lu}\\S*(\\s+(\\p{Lu}\\S*|and|de|al|bin|van|von))"
	    "{0,6}(\\s*[,|/]\\s*[^.]{0,40})?$",
	/* A short line in brackets: "[Photo]", "(Video)". */
	"^\\[[^][]{0,60}\\]$",
	NULL
};

/* A credit line alone: "(photo credit: A / AGENCY)", "Photo: Agency". */
static const char credit_re[] =
    "^\\(?\\s*((photo|image|picture|video|file|cover|main|top)"
    "( photo| image| picture)?\\s*)?(credit|credits|courtesy|source)"
    "\\s*:.{0,120}$"
    "|^\\(?\\s*(photo|image|picture|photograph|illustration|file photo)"
    "(s| by)?\\s*:.{0,120}$"
    "|^\\([^()]{0,80}\\)$";

/*
 * A caption: a paragraph that ends with its credit in brackets:
 * "(credit: ...)", "(Photo by ...)", "(AP Photo/...)", "(Name/AGENCY)".
 */
static const char caption_re[] =
    "\\(\\s*((photo|image|picture|file)( photo)?\\s*)?"
    "(credit|credits|courtesy|source)\\s*:[^()]*\\)\\s*$"
    "|\\(\\s*(photo|image|picture|photograph|file photo)(s| by)?[\\s:]"
    "[^()]*\\)\\s*$"
    "|\\(\\s*\\p{Lu}[^()]{0,60}/\\s*\\p{Lu}[^()]{0,60}\\)\\s*$";

struct re {
	const char *src;
	pcre2_code *code;
};

static pcre2_match_data *md;

static pcre2_code *
compile(const char *src)
{
	PCRE2_SIZE off;
	pcre2_code *re;
	int e;

	re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
	    PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK,
	    &e, &off, NULL);
	if (re == NULL)
		errx(1, "boiler: pattern %zu of \"%.40s\" does not compile", off,
		    src);
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

static pcre2_code *furniture, *credit, *caption;

/*
 * Bytes a furniture paragraph can start with: the first letters of the
 * patterns' words (either case), digits, "(", "[" and any byte of a
 * character outside ASCII (©, a digit or a letter that folds to one of
 * them). Prose starting with anything else is not matched at all.
 */
static const char furniture_first[] = "abcdefhijlmprstvwxy0123456789([";
static unsigned char may_start[256];

static void
boiler_init(void)
{
	char *all, *p;
	size_t i, len = 0;

	if (md != NULL)
		return;
	/*
	 * The furniture patterns as one alternation, each anchored as it
	 * stands: one match call, not one a pattern, for each paragraph.
	 */
	for (i = 0; furniture_re[i] != NULL; i++)
		len += strlen(furniture_re[i]) + 5;
	p = all = emalloc(len + 1);
	for (i = 0; furniture_re[i] != NULL; i++)
		p += sprintf(p, "%s(?:%s)", i > 0 ? "|" : "", furniture_re[i]);
	furniture = compile(all);
	free(all);
	credit = compile(credit_re);
	caption = compile(caption_re);
	md = pcre2_match_data_create(4, NULL);
	for (i = 0; furniture_first[i] != '\0'; i++)
		may_start[(unsigned char)furniture_first[i]] =
		    may_start[toupper((unsigned char)furniture_first[i])] = 1;
	for (i = 0x80; i < 256; i++)
		may_start[i] = 1;
}

static int
match(pcre2_code *re, const char *s, size_t n)
{
	/* Input was repaired to UTF-8 already, so the check is skipped. */
	return pcre2_match(re, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK, md,
	    NULL) >= 0;
}

size_t
boiler_words(const char *s, size_t n)
{
	const uint64_t lo7 = 0x7F7F7F7F7F7F7F7FULL;
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t x, b, starts, before = 0x80;
	size_t i = 0, w = 0;
	int in;

	/*
	 * A word starts at a non-blank after a blank or at the start. Eight
	 * bytes at a time (bit 7 of each byte a flag, the blank before the
	 * first byte carried in), as a paragraph is mostly short words.
	 */
	if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) {
		for (; i + 8 <= n; i += 8) {
			memcpy(&x, s + i, 8);
			x ^= 0x2020202020202020ULL;
			b = ~(((x & lo7) + lo7) | x | lo7);
			starts = ~b & high & (b << 8 | before);
			w += (size_t)(((starts >> 7) * 0x0101010101010101ULL) >> 56);
			before = b >> 56;
		}
	}
	for (in = before == 0; i < n; i++) {
		if (s[i] == ' ') {
			in = 0;
		} else if (!in) {
			in = 1;
			w++;
		}
	}
	return w;
}

int
boiler_unfinished(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	while (n > 0 && u[n - 1] == ' ')
		n--;
	/* Step back over closing quotes and brackets: `... said.")` */
	for (;;) {
		if (n > 0 && (u[n - 1] == '"' || u[n - 1] == '\'' ||
		    u[n - 1] == ')' || u[n - 1] == ']'))
			n--;
		else if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 &&
		    (u[n - 1] == 0x9D || u[n - 1] == 0x99))
			n -= 3;	/* ” ’ */
		else
			break;
	}
	if (n == 0)
		return 1;
	if (u[n - 1] == '.' || u[n - 1] == '!' || u[n - 1] == '?')
		return 0;
	/* An ellipsis, …, ends a sentence too. */
	return !(n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 &&
	    u[n - 1] == 0xA6);
}

/* 1 if s has a letter or a digit: "...", "* * *" and "—" are not text. */
static int
has_alnum(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC0)
			return 1;
	return 0;
}

/* 1 if s has upper-case letters and no lower-case ones (ASCII). */
static int
all_caps(const char *s, size_t n)
{
	size_t i, up = 0;

	for (i = 0; i < n; i++) {
		if (islower((unsigned char)s[i]))
			return 0;
		if (isupper((unsigned char)s[i]))
			up++;
	}
	return up >= 2;
}

enum pkind
boiler_kind(const char *s, size_t n)
{
	size_t w;

	boiler_init();
	if (!has_alnum(s, n))
		return PK_FURNITURE;
	w = boiler_words(s, n);
	if (w == 1 && strncmp(s, "http", 4) == 0 &&
	    (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0))
		return PK_URL;
	/* One word with no sentence end is a menu item or a label. */
	if (w == 1 && boiler_unfinished(s, n))
		return PK_FURNITURE;
	/* A section kicker: a few words in capitals ("MIDDLE EAST"). */
	if (w <= 4 && all_caps(s, n) && boiler_unfinished(s, n))
		return PK_FURNITURE;
	/*
	 * Every credit pattern asks for a colon or an opening bracket first,
	 * every caption pattern for a closing bracket: most prose has
	 * neither, and needs no match.
	 */
	if (w <= 40 && (s[0] == '(' || memchr(s, ':', n) != NULL) &&
	    match(credit, s, n))
		return PK_CREDIT;
	if (w <= 80 && memchr(s, ')', n) != NULL && match(caption, s, n))
		return PK_CAPTION;
	if (w > 40 || !may_start[(unsigned char)s[0]])
		return PK_PROSE;
	if (match(furniture, s, n))
		return PK_FURNITURE;
	return PK_PROSE;
}

size_t
boiler_caption_len(const char *s, size_t n)
{
	PCRE2_SIZE *ov;

	boiler_init();
	if (!match(caption, s, n))
		return n;
	ov = pcre2_get_ovector_pointer(md);
	n = ov[0];
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n;
}

int
boiler_linkspam(const char *s, size_t n)
{
	size_t i, words = 0, caps = 0;
	int start = 1;

	if (!boiler_unfinished(s, n))
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == ' ') {
			start = 1;
			continue;
		}
		if (start) {
			words++;
			if (isupper((unsigned char)s[i]) ||
			    isdigit((unsigned char)s[i]))
				caps++;
		}
		start = 0;
	}
	/*
	 * Headlines are Title Case; prose, even a subheading, is mostly lower
	 * case. Three words are needed so that a name alone is not a list.
	 */
	return words >= 3 && caps * 10 >= words * 6;
}
