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
#include "hash.h"
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
	 * which "Share prices" and "Follow-up talks" do not have. Then at
	 * most ten words, each taken whole (possessive): else a longer line
	 * is cut into ten pieces every way there is before it fails, millions
	 * of steps for twenty words.
	 */
	"^(share|follow|like|subscribe|sign up|join|click|tap|download)"
	    "( it)? (us|this|our|on|to|for|here|now|via)\\b"
	    "(?:\\s*\\S++){0,10}+$",
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
 * Most paragraphs are ruled out before PCRE2, which costs hundreds of
 * instructions a call even when it fails at once, by the first word a
 * pattern asks for. Every pattern follows its first word with a blank or a
 * sign, never a letter, so a paragraph's first word (its run of ASCII
 * letters, lower-cased) must be one of them whole (WORD), except where a
 * pattern lets words run together ("ShareTweet", "Photocredit:"): there
 * it must start with one (PREFIX). Keep these lists in step with the
 * patterns.
 */
struct word {
	const char *s;
	size_t len;
	int prefix;
};
#define WORD(w) { w, sizeof(w) - 1, 0 }
#define PREFIX(w) { w, sizeof(w) - 1, 1 }

static const struct word furniture_words[] = {
	WORD("advertisement"), WORD("advertising"), WORD("sponsored"),
	WORD("ad"), WORD("story"), WORD("scroll"), WORD("continue"),
	WORD("skip"), WORD("search"), WORD("menu"), WORD("home"),
	WORD("close"), WORD("loading"), WORD("print"), WORD("comment"),
	WORD("comments"), WORD("top"), WORD("latest"), WORD("most"),
	WORD("trending"), WORD("breaking"), WORD("estimated"),
	WORD("reading"), WORD("read"), WORD("share"), WORD("follow"),
	WORD("like"), WORD("subscribe"), WORD("sign"), WORD("join"),
	WORD("click"), WORD("tap"), WORD("download"), WORD("also"),
	WORD("see"), WORD("related"), WORD("recommended"), WORD("more"),
	WORD("you"), WORD("watch"), WORD("listen"), WORD("copyright"),
	WORD("image"), WORD("media"), WORD("video"), WORD("photo"),
	WORD("by"),
	WORD("e"),	/* "E-mail" */
	/* Share buttons, which may follow each other with no blank. */
	PREFIX("share"), PREFIX("facebook"), PREFIX("twitter"), PREFIX("x"),
	PREFIX("whatsapp"), PREFIX("telegram"), PREFIX("linkedin"),
	PREFIX("reddit"), PREFIX("pinterest"), PREFIX("email"),
	PREFIX("print"), PREFIX("copy"), PREFIX("messenger"),
	PREFIX("flipboard"),
	{ NULL, 0, 0 }
};

/* The first words of credit_re's first two patterns, after "(" and blanks. */
static const struct word credit_words[] = {
	PREFIX("photo"), PREFIX("image"), PREFIX("picture"), PREFIX("video"),
	PREFIX("file"), PREFIX("cover"), PREFIX("main"), PREFIX("top"),
	PREFIX("credit"), PREFIX("courtesy"), PREFIX("source"),
	PREFIX("illustration"),
	{ NULL, 0, 0 }
};

static int
is_letter(int c)
{
	return (unsigned)(c | 0x20) - 'a' < 26u;
}

static int
is_blank(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* A list of words by first letter, each NULL-terminated, made once. */
#define BUCKET 12
struct wordset {
	const struct word *by[26][BUCKET];
};

static struct wordset furniture_set, credit_set;

static void
wordset_init(struct wordset *ws, const struct word *list)
{
	size_t n[26] = { 0 };
	int c;

	for (; list->s != NULL; list++) {
		c = list->s[0] - 'a';
		if (n[c] + 1 >= BUCKET)
			errx(1, "boiler: too many words starting with %c",
			    list->s[0]);
		ws->by[c][n[c]++] = list;
	}
}

/*
 * 1 if s (n bytes) starts with a word of ws, or might: a character
 * outside ASCII may fold to a letter (U+017F to s) or be a blank or ©,
 * and is left to PCRE2.
 */
static int
starts_with(const char *s, size_t n, const struct wordset *ws)
{
	const unsigned char *u = (const unsigned char *)s;
	const struct word *const *p;
	char w[16];	/* the first word, lower case, as far as compared */
	size_t k;

	for (k = 0; k < n && is_letter(u[k]); k++)
		if (k < sizeof(w))
			w[k] = (char)(u[k] | 0x20);
	if (k < n && u[k] >= 0x80)
		return 1;
	if (k == 0)
		return 0;
	for (p = ws->by[w[0] - 'a']; *p != NULL; p++)
		if (((*p)->len == k || ((*p)->prefix && (*p)->len < k)) &&
		    memcmp(w, (*p)->s, (*p)->len) == 0)
			return 1;
	return 0;
}

/* 1 if s might match a furniture pattern. */
static int
may_be_furniture(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	/* "(c)", "[Video]" and "5 min read" start with no word at all. */
	if (u[0] == '(' || u[0] == '[' || (u[0] >= '0' && u[0] <= '9'))
		return 1;
	return starts_with(s, n, &furniture_set);
}

/* 1 if s might match a credit pattern. */
static int
may_be_credit(const char *s, size_t n)
{
	size_t i;

	/* A bracket may start any of them: "(Photo: ...)", "(Reuters)". */
	if (s[0] == '(')
		return 1;
	if (memchr(s, ':', n) == NULL)
		return 0;
	for (i = 0; i < n && is_blank((unsigned char)s[i]); i++)
		;
	return starts_with(s + i, n - i, &credit_set);
}

/*
 * 1 if s might match a caption pattern: all end with a closing bracket,
 * then blanks, perhaps outside ASCII.
 */
static int
may_be_caption(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	while (n > 0 && is_blank(u[n - 1]))
		n--;
	return n > 0 && (u[n - 1] == ')' || u[n - 1] >= 0x80);
}

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
	wordset_init(&furniture_set, furniture_words);
	wordset_init(&credit_set, credit_words);
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

/*
 * What the patterns said of the paragraphs seen last, by their text:
 * furniture is a few lines said again on every page of a site ("Share
 * this article", "Subscribe to our newsletter"), and PCRE2 takes
 * thousands of instructions to match one of them.
 */
#define SEEN 128	/* paragraphs kept, a power of two */
#define SEENMAX 120	/* bytes: longer ones are not kept */
static struct seen {
	size_t n;		/* 0 for an empty slot */
	unsigned long used;	/* when last asked for */
	enum pkind kind;
	char s[SEENMAX];
} seen[SEEN];
static unsigned long seen_clock;

/* The kind the patterns give s, a paragraph of w words. */
static enum pkind
patterns(const char *s, size_t n, size_t w)
{
	struct seen *e = NULL, *e2;
	enum pkind kind = PK_PROSE;
	uint64_t h;
	int cr, ca, fu;

	cr = w <= 40 && may_be_credit(s, n);
	ca = w <= 80 && may_be_caption(s, n);
	fu = w <= 40 && may_be_furniture(s, n);
	if (!cr && !ca && !fu)
		return PK_PROSE;
	if (n <= SEENMAX) {
		/*
		 * Two places a paragraph may be kept, so that two frequent
		 * ones that hash to the same place do not push each other
		 * out: the one asked for longer ago is replaced.
		 */
		h = hash64(s, n, 0);
		e = &seen[h % SEEN];
		e2 = &seen[(h >> 32) % SEEN];
		seen_clock++;
		if (e->n == n && memcmp(e->s, s, n) == 0) {
			e->used = seen_clock;
			return e->kind;
		}
		if (e2->n == n && memcmp(e2->s, s, n) == 0) {
			e2->used = seen_clock;
			return e2->kind;
		}
		if (e2->used < e->used)
			e = e2;
	}
	if (cr && match(credit, s, n))
		kind = PK_CREDIT;
	else if (ca && match(caption, s, n))
		kind = PK_CAPTION;
	else if (fu && match(furniture, s, n))
		kind = PK_FURNITURE;
	if (e != NULL) {
		e->n = n;
		e->used = seen_clock;
		memcpy(e->s, s, n);
		e->kind = kind;
	}
	return kind;
}

enum pkind
boiler_kind(const char *s, size_t n)
{
	return boiler_kind_w(s, n, boiler_words(s, n));
}

enum pkind
boiler_kind_w(const char *s, size_t n, size_t w)
{
	boiler_init();
	if (!has_alnum(s, n))
		return PK_FURNITURE;
	if (w == 1 && strncmp(s, "http", 4) == 0 &&
	    (strncmp(s, "http://", 7) == 0 || strncmp(s, "https://", 8) == 0))
		return PK_URL;
	/* One word with no sentence end is a menu item or a label. */
	if (w == 1 && boiler_unfinished(s, n))
		return PK_FURNITURE;
	/* A section kicker: a few words in capitals ("MIDDLE EAST"). */
	if (w <= 4 && all_caps(s, n) && boiler_unfinished(s, n))
		return PK_FURNITURE;
	return patterns(s, n, w);
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
