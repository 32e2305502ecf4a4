/*
 * html.c: the main text of a news page (html.h).
 *
 * The method is jusText's, with trafilatura's pruning in front of it.
 * First the page is parsed (gumbo, an HTML5 parser) and the subtrees that
 * are never article text are cut: scripts and styles, nav, footer, aside,
 * forms, figures, hidden elements, ARIA landmarks other than the main one,
 * and elements whose class or id names furniture (share, cookie,
 * related, newsletter, ...) unless they hold most of the page's text in
 * paragraphs (some sites wrap the article in "content has-sidebar"). The rest is cut
 * into blocks at block-level tags, and each block is classified alone:
 * bad if much of its text is link text (a menu, a list of related
 * stories) or a copyright line; short if under 70 characters; else good
 * or near-good by the density of stop words, which is high in prose and
 * low in lists of names, headlines and boilerplate. Then by context:
 * short and near-good blocks take the class of the good or bad blocks
 * around them, so a short paragraph inside the article stays and a short
 * line in the footer goes, and a heading followed closely by good text is
 * kept. Last, when the page marks its article (<article>, <main>,
 * itemprop=articleBody) and that holds good text, blocks outside it go:
 * teasers of other stories read like prose too.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gumbo.h>
#include <jansson.h>

#include "formats.h"
#include "html.h"
#include "utf8.h"
#include "util.h"

/*
 * jusText's defaults, but for the length of a good block (200 there): news
 * paragraphs are one or two sentences, and a page of them has few blocks
 * over 200 characters.
 */
#define LENGTH_LOW 70
#define LENGTH_HIGH 100
#define STOPS_LOW 0.30
#define STOPS_HIGH 0.32
#define MAX_LINK_DENSITY 0.2
#define MAX_HEADING_DISTANCE 200
#define MAXDEPTH 256		/* deeper markup is not article text */

enum cls { C_BAD, C_SHORT, C_NEARGOOD, C_GOOD };

struct block {
	size_t off, len;	/* text in the block buffer */
	size_t chars, linkchars, words, stops;
	int heading;
	int container;		/* the article container it is in, or 0 */
	enum cls cf, cls;	/* alone, and in context */
};

struct ctx {
	struct buf text;	/* block texts, each NUL-terminated */
	struct block *b;
	size_t nb, cap;
	int open;		/* a block is being filled */
	int container, ncontainer;
	int heading, inlink;
	size_t prose;		/* text in <p> on the whole page */
};

/*
 * English stop words, sorted for bsearch: function words and the commonest
 * verbs of reporting, as in jusText's list.
 */
static const char *const stops[] = {
	"a", "about", "above", "after", "again", "against", "all", "also",
	"am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
	"before", "being", "below", "between", "both", "but", "by", "can",
	"could", "did", "do", "does", "doing", "down", "during", "each",
	"even", "ever", "few", "for", "from", "further", "had", "has", "have",
	"having", "he", "her", "here", "hers", "herself", "him", "himself",
	"his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
	"itself", "just", "last", "later", "like", "made", "make", "many",
	"may", "me", "might", "more", "most", "much", "must", "my", "myself",
	"never", "no", "nor", "not", "now", "of", "off", "on", "once", "one",
	"only", "or", "other", "our", "ours", "ourselves", "out", "over",
	"own", "said", "same", "say", "says", "she", "should", "since", "so",
	"some", "still", "such", "than", "that", "the", "their", "theirs",
	"them", "themselves", "then", "there", "these", "they", "this",
	"those", "though", "through", "to", "told", "too", "two", "under",
	"until", "up", "upon", "us", "very", "was", "we", "were", "what",
	"when", "where", "whether", "which", "while", "who", "whom", "whose",
	"why", "will", "with", "within", "without", "would", "year", "years",
	"yet", "you", "your", "yours",
};

/* Class and id words that name page furniture. */
static const char *const furniture[] = {
	"ad", "ads", "advert", "advertisement", "banner", "breadcrumb",
	"breadcrumbs", "comment", "comments", "consent", "cookie", "cookies",
	"footer", "gdpr", "menu", "modal", "nav", "navbar", "navigation",
	"newsletter", "outbrain", "paywall", "popup", "promo", "recommended",
	"related", "share", "sharing", "sidebar", "signup", "social",
	"sponsored", "subscribe", "subscription", "taboola", "tags", "toolbar",
	"widget",
};

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
inlist(const char *const *list, size_t n, const char *w)
{
	return bsearch(&w, list, n, sizeof(*list), cmpstr) != NULL;
}

static const char *
attr(const GumboNode *n, const char *name)
{
	GumboAttribute *a;

	if (n->type != GUMBO_NODE_ELEMENT)
		return NULL;
	a = gumbo_get_attribute(&n->v.element.attributes, name);
	return a != NULL ? a->value : NULL;
}

/* 1 if a class or id attribute holds a furniture word. */
static int
furniture_attr(const char *v)
{
	char w[32];
	size_t k;

	if (v == NULL)
		return 0;
	while (*v != '\0') {
		for (k = 0; isalnum((unsigned char)*v); v++)
			if (k < sizeof(w) - 1)
				w[k++] = (char)tolower((unsigned char)*v);
		w[k] = '\0';
		if (k > 0 && inlist(furniture, sizeof(furniture) /
		    sizeof(furniture[0]), w))
			return 1;
		while (*v != '\0' && !isalnum((unsigned char)*v))
			v++;
	}
	return 0;
}

/* Text in <p> elements under n: a wrapper of the article has plenty. */
static size_t
prose_len(const GumboNode *n, int inp, int depth)
{
	const GumboVector *c;
	size_t i, len = 0;

	if (depth > MAXDEPTH)
		return 0;
	if (n->type == GUMBO_NODE_TEXT)
		return inp ? strlen(n->v.text.text) : 0;
	if (n->type != GUMBO_NODE_ELEMENT)
		return 0;
	inp = inp || n->v.element.tag == GUMBO_TAG_P;
	c = &n->v.element.children;
	for (i = 0; i < c->length; i++)
		len += prose_len(c->data[i], inp, depth + 1);
	return len;
}

/* Subtrees that are never article text. */
static int
pruned(const GumboNode *n, int inarticle, size_t prose)
{
	const char *v;

	switch (n->v.element.tag) {
	case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
	case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
	case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
	case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
	case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
	case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT:
	case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
	case GUMBO_TAG_MATH: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
		return 1;
	case GUMBO_TAG_HEADER:
		/* The page's header is its masthead; an article's, its headline. */
		return !inarticle;
	case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_MAIN:
	case GUMBO_TAG_ARTICLE:
		return 0;
	default:
		break;
	}
	if (attr(n, "hidden") != NULL)
		return 1;
	if ((v = attr(n, "aria-hidden")) != NULL && strcmp(v, "true") == 0)
		return 1;
	if ((v = attr(n, "style")) != NULL && (strstr(v, "display:none") !=
	    NULL || strstr(v, "display: none") != NULL))
		return 1;
	if ((v = attr(n, "role")) != NULL && (strcmp(v, "navigation") == 0 ||
	    strcmp(v, "banner") == 0 || strcmp(v, "contentinfo") == 0 ||
	    strcmp(v, "complementary") == 0 || strcmp(v, "search") == 0 ||
	    strcmp(v, "dialog") == 0 || strcmp(v, "alertdialog") == 0 ||
	    strcmp(v, "menu") == 0 || strcmp(v, "menubar") == 0))
		return 1;
	if ((v = attr(n, "itemprop")) != NULL && strcmp(v, "articleBody") == 0)
		return 0;
	if (furniture_attr(attr(n, "class")) || furniture_attr(attr(n, "id")))
		return prose_len(n, 0, 0) * 2 <= prose;
	return 0;
}

static int
blocktag(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1:
	case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
	case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
	case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
	case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TABLE:
	case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
	case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
	case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER:
	case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
	case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
	case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
		return 1;
	default:
		return 0;
	}
}

static int
containertag(const GumboNode *n)
{
	const char *v;

	if (n->v.element.tag == GUMBO_TAG_ARTICLE ||
	    n->v.element.tag == GUMBO_TAG_MAIN)
		return 1;
	if ((v = attr(n, "role")) != NULL && strcmp(v, "main") == 0)
		return 1;
	return (v = attr(n, "itemprop")) != NULL &&
	    strcmp(v, "articleBody") == 0;
}

static void
block_end(struct ctx *c)
{
	struct block *b;

	if (!c->open)
		return;
	c->open = 0;
	b = &c->b[c->nb];
	while (c->text.len > b->off && c->text.s[c->text.len - 1] == ' ')
		c->text.len--;
	b->len = c->text.len - b->off;
	if (b->len == 0) {
		c->text.s[c->text.len] = '\0';
		return;
	}
	buf_addc(&c->text, '\0');
	c->nb++;
}

/* Append text to the open block, white space folded, words counted. */
static void
block_text(struct ctx *c, const char *s)
{
	struct block *b;
	char w[24];
	size_t k;
	const unsigned char *u = (const unsigned char *)s;

	if (!c->open) {
		while (isspace(*u))
			u++;
		if (*u == '\0')
			return;
		if (c->nb == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 64;
			c->b = erealloc(c->b, c->cap * sizeof(*c->b));
		}
		b = &c->b[c->nb];
		memset(b, 0, sizeof(*b));
		b->off = c->text.len;
		b->heading = c->heading;
		b->container = c->container;
		c->open = 1;
	}
	b = &c->b[c->nb];
	while (*u != '\0') {
		if (isspace(*u)) {
			if (c->text.len > b->off &&
			    c->text.s[c->text.len - 1] != ' ') {
				buf_addc(&c->text, ' ');
				b->chars++;
				b->linkchars += c->inlink;
			}
			u++;
			continue;
		}
		/* A word: counted, and looked up lowercased if short. */
		for (k = 0; *u != '\0' && !isspace(*u); u++) {
			if (k < sizeof(w) - 1 && isalpha(*u))
				w[k++] = (char)tolower(*u);
			else if (*u != '\'' && !isalpha(*u) && k > 0 &&
			    k < sizeof(w) - 1)
				w[k++] = ' ';
			buf_addc(&c->text, (char)*u);
			if ((*u & 0xC0) != 0x80) {
				b->chars++;
				b->linkchars += c->inlink;
			}
		}
		while (k > 0 && w[k - 1] == ' ')
			k--;
		w[k] = '\0';
		b->words++;
		if (k > 0 && strchr(w, ' ') == NULL && inlist(stops,
		    sizeof(stops) / sizeof(stops[0]), w))
			b->stops++;
	}
}

static void
walk(struct ctx *c, const GumboNode *n, int depth)
{
	const GumboVector *ch;
	GumboTag t;
	size_t i;
	int blk, heading = c->heading, inlink = c->inlink;
	int container = c->container;

	if (depth > MAXDEPTH)
		return;
	if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
		block_text(c, n->v.text.text);
		return;
	}
	if (n->type == GUMBO_NODE_WHITESPACE) {
		if (c->open)
			block_text(c, " ");
		return;
	}
	if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
		return;
	if (n->type == GUMBO_NODE_ELEMENT) {
		t = n->v.element.tag;
		if (pruned(n, c->container != 0, c->prose)) {
			/* A pruned element still divides the text around it. */
			block_end(c);
			return;
		}
		blk = blocktag(t);
		if (blk)
			block_end(c);
		if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6)
			c->heading = 1;
		if (t == GUMBO_TAG_A)
			c->inlink = 1;
		if (c->container == 0 && containertag(n))
			c->container = ++c->ncontainer;
		ch = &n->v.element.children;
	} else {
		blk = 0;
		ch = &n->v.document.children;
	}
	for (i = 0; i < ch->length; i++)
		walk(c, ch->data[i], depth + 1);
	if (blk)
		block_end(c);
	c->heading = heading;
	c->inlink = inlink;
	c->container = container;
}

static int
copyright(const char *s)
{
	return strstr(s, "\xc2\xa9") != NULL || strcasestr(s, "copyright") !=
	    NULL || strcasestr(s, "all rights reserved") != NULL;
}

/* The class of a block alone: jusText's context-free classification. */
static enum cls
classify(const struct ctx *c, const struct block *b)
{
	double ld = b->chars ? (double)b->linkchars / b->chars : 0;
	double sd = b->words ? (double)b->stops / b->words : 0;

	if (ld > MAX_LINK_DENSITY || copyright(c->text.s + b->off))
		return C_BAD;
	if (b->chars < LENGTH_LOW)
		return b->linkchars > 0 ? C_BAD : C_SHORT;
	if (sd >= STOPS_HIGH)
		return b->chars > LENGTH_HIGH ? C_GOOD : C_NEARGOOD;
	return sd >= STOPS_LOW ? C_NEARGOOD : C_BAD;
}

/*
 * The nearest class before (dir -1) or after (+1) block i that is not
 * short (nor near-good, if ignore_near): the page's edge counts as bad.
 */
static enum cls
neighbour(const struct ctx *c, size_t i, int dir, int ignore_near)
{
	enum cls k;

	for (;;) {
		if ((dir < 0 && i == 0) || (dir > 0 && i + 1 >= c->nb))
			return C_BAD;
		i += dir;
		k = c->b[i].cls;
		if (k == C_BAD || k == C_GOOD || (k == C_NEARGOOD &&
		    !ignore_near))
			return k;
	}
}

/* 1 if a good block follows heading i within MAX_HEADING_DISTANCE. */
static int
good_follows(const struct ctx *c, size_t i)
{
	size_t j, dist = 0;

	for (j = i + 1; j < c->nb && dist <= MAX_HEADING_DISTANCE; j++) {
		if (c->b[j].cls == C_GOOD)
			return 1;
		dist += c->b[j].chars;
	}
	return 0;
}

static void
context(struct ctx *c)
{
	enum cls *nc, p, n;
	size_t i;

	nc = emalloc(c->nb * sizeof(*nc) + 1);
	for (i = 0; i < c->nb; i++) {
		c->b[i].cls = c->b[i].cf;
		if (c->b[i].heading && c->b[i].cls == C_SHORT &&
		    good_follows(c, i))
			c->b[i].cls = C_NEARGOOD;
	}
	for (i = 0; i < c->nb; i++) {
		nc[i] = c->b[i].cls;
		if (c->b[i].cls == C_SHORT) {
			p = neighbour(c, i, -1, 1);
			n = neighbour(c, i, 1, 1);
			if (p == C_GOOD && n == C_GOOD)
				nc[i] = C_GOOD;
			else if (p == C_BAD && n == C_BAD)
				nc[i] = C_BAD;
			else if ((p == C_BAD && neighbour(c, i, -1, 0) ==
			    C_NEARGOOD) || (n == C_BAD &&
			    neighbour(c, i, 1, 0) == C_NEARGOOD))
				nc[i] = C_GOOD;
			else
				nc[i] = C_BAD;
		} else if (c->b[i].cls == C_NEARGOOD) {
			p = neighbour(c, i, -1, 1);
			n = neighbour(c, i, 1, 1);
			nc[i] = p == C_BAD && n == C_BAD ? C_BAD : C_GOOD;
		}
	}
	for (i = 0; i < c->nb; i++)
		c->b[i].cls = nc[i];
	for (i = 0; i < c->nb; i++)
		if (c->b[i].heading && c->b[i].cls == C_BAD &&
		    c->b[i].cf != C_BAD && good_follows(c, i))
			c->b[i].cls = C_GOOD;
	free(nc);
}

/*
 * The article container holding the most good text; blocks outside it
 * are dropped when it holds a good part of the page's good text (not
 * when the only <article> is a teaser card beside an unmarked story).
 */
static void
containers(struct ctx *c)
{
	size_t i, *good, all = 0;
	int k, best = 0;

	if (c->ncontainer == 0)
		return;
	good = ecalloc((size_t)c->ncontainer + 1, sizeof(*good));
	for (i = 0; i < c->nb; i++)
		if (c->b[i].cls == C_GOOD)
			good[c->b[i].container] += c->b[i].chars;
	for (k = 0; k <= c->ncontainer; k++)
		all += good[k];
	for (k = 1; k <= c->ncontainer; k++)
		if (good[k] > 0 && (best == 0 || good[k] > good[best]))
			best = k;
	if (best > 0 && good[best] * 3 >= all)
		for (i = 0; i < c->nb; i++)
			if (c->b[i].container != best)
				c->b[i].cls = C_BAD;
	free(good);
}

/* Meta tags that give the publication date, most trusted first. */
static const char *const datemeta[] = {
	"article:published_time", "og:article:published_time",
	"datepublished", "article.published", "pubdate", "publishdate",
	"publish-date", "publish_date", "parsely-pub-date", "sailthru.date",
	"dc.date.issued", "dcterms.created", "dc.date", "date",
	"og:updated_time", "article:modified_time",
};

struct meta {
	const char *ogtitle, *title, *site, *canonical, *ogurl, *time;
	const char *date;
	size_t daterank;
	const char *jsonld;	/* the JSON-LD block that has a date */
};

static void
metawalk(struct meta *m, const GumboNode *n, int depth)
{
	const GumboVector *ch;
	const char *k, *v;
	size_t i;

	if (n->type != GUMBO_NODE_ELEMENT || depth > MAXDEPTH)
		return;
	switch (n->v.element.tag) {
	case GUMBO_TAG_META:
		if ((v = attr(n, "content")) == NULL || *v == '\0')
			break;
		if ((k = attr(n, "property")) == NULL &&
		    (k = attr(n, "name")) == NULL &&
		    (k = attr(n, "itemprop")) == NULL)
			break;
		if (strcasecmp(k, "og:title") == 0 && m->ogtitle == NULL)
			m->ogtitle = v;
		else if (strcasecmp(k, "twitter:title") == 0 &&
		    m->ogtitle == NULL)
			m->ogtitle = v;
		else if (strcasecmp(k, "og:site_name") == 0)
			m->site = v;
		else if (strcasecmp(k, "og:url") == 0)
			m->ogurl = v;
		for (i = 0; i < sizeof(datemeta) / sizeof(datemeta[0]); i++)
			if (strcasecmp(k, datemeta[i]) == 0 &&
			    (m->date == NULL || i < m->daterank)) {
				m->date = v;
				m->daterank = i;
			}
		break;
	case GUMBO_TAG_TITLE:
		if (m->title == NULL && n->v.element.children.length > 0 &&
		    ((GumboNode *)n->v.element.children.data[0])->type ==
		    GUMBO_NODE_TEXT)
			m->title = ((GumboNode *)n->v.element.children.data[0])->
			    v.text.text;
		break;
	case GUMBO_TAG_LINK:
		if ((k = attr(n, "rel")) != NULL &&
		    strcasecmp(k, "canonical") == 0)
			m->canonical = attr(n, "href");
		break;
	case GUMBO_TAG_SCRIPT:
		if ((k = attr(n, "type")) == NULL ||
		    strcasecmp(k, "application/ld+json") != 0 ||
		    n->v.element.children.length == 0)
			break;
		v = ((GumboNode *)n->v.element.children.data[0])->v.text.text;
		if (m->jsonld == NULL || (strstr(m->jsonld, "datePublished") ==
		    NULL && strstr(v, "datePublished") != NULL))
			m->jsonld = v;
		break;
	case GUMBO_TAG_TIME:
		if (m->time == NULL && (v = attr(n, "datetime")) != NULL)
			m->time = v;
		break;
	default:
		break;
	}
	ch = &n->v.element.children;
	for (i = 0; i < ch->length; i++)
		metawalk(m, ch->data[i], depth + 1);
}

/* The first value under key in a JSON-LD tree, depth first. */
static json_t *
ldget(json_t *j, const char *key, int depth)
{
	const char *k;
	json_t *v, *r;
	size_t i;

	if (depth > 8)
		return NULL;
	if (json_is_object(j)) {
		if ((v = json_object_get(j, key)) != NULL)
			return v;
		json_object_foreach(j, k, v)
			if ((r = ldget(v, key, depth + 1)) != NULL)
				return r;
	} else if (json_is_array(j)) {
		json_array_foreach(j, i, v)
			if ((r = ldget(v, key, depth + 1)) != NULL)
				return r;
	}
	return NULL;
}

/* The string under key, or NULL. */
static const char *
ldfind(json_t *j, const char *key)
{
	json_t *v = ldget(j, key, 0);

	if (json_is_object(v))
		v = json_object_get(v, "name");
	return json_string_value(v);
}

/* A <title> less the site name after its last separator. */
static void
set_title(struct buf *b, const char *t)
{
	static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ",
	    " \xe2\x80\x94 ", " :: " };
	const char *cut = NULL, *p;
	size_t i, w;

	fmt_set(b, t, strlen(t));
	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++)
		for (p = b->s; (p = strstr(p, seps[i])) != NULL; p++)
			if (cut == NULL || p > cut)
				cut = p;
	if (cut == NULL)
		return;
	for (w = 1, p = cut + 1; *p != '\0'; p++)
		w += *p == ' ' && p[1] != ' ' && p[1] != '\0';
	if (w <= 6 && cut - b->s > 10) {
		b->len = (size_t)(cut - b->s);
		b->s[b->len] = '\0';
	}
}

static void
set_host(struct buf *b, const char *url)
{
	const char *p = strstr(url, "://");
	size_t n;

	if (p == NULL)
		return;
	p += 3;
	if (strncmp(p, "www.", 4) == 0)
		p += 4;
	n = strcspn(p, "/:?#");
	if (n > 0)
		fmt_set(b, p, n);
}

int
html_extract(const char *html, size_t n, struct raw_article *ra)
{
	static struct buf page;
	struct ctx c;
	struct meta m;
	GumboOutput *out;
	json_t *ld = NULL;
	const char *v;
	size_t i;

	buf_reset(&page);
	utf8_repair(&page, html, n);
	out = gumbo_parse_with_options(&kGumboDefaultOptions, page.s,
	    page.len);
	memset(&c, 0, sizeof(c));
	memset(&m, 0, sizeof(m));
	metawalk(&m, out->root, 0);
	c.prose = prose_len(out->root, 0, 0);
	walk(&c, out->document, 0);
	block_end(&c);
	if (m.jsonld != NULL)
		ld = json_loads(m.jsonld, 0, NULL);

	if (ra->title.len == 0) {
		if (m.ogtitle != NULL)
			fmt_set(&ra->title, m.ogtitle, strlen(m.ogtitle));
		else if ((v = ldfind(ld, "headline")) != NULL)
			fmt_set(&ra->title, v, strlen(v));
		else if (m.title != NULL)
			set_title(&ra->title, m.title);
	}
	if (ra->date.len == 0) {
		if (m.date != NULL)
			fmt_set_date(&ra->date, m.date, strlen(m.date));
		if (ra->date.len == 0 &&
		    (v = ldfind(ld, "datePublished")) != NULL)
			fmt_set_date(&ra->date, v, strlen(v));
		if (ra->date.len == 0 && m.time != NULL)
			fmt_set_date(&ra->date, m.time, strlen(m.time));
	}
	if (ra->url.len == 0) {
		v = m.canonical != NULL ? m.canonical : m.ogurl;
		if (v != NULL)
			fmt_set(&ra->url, v, strlen(v));
	}
	if (ra->source.len == 0) {
		if (m.site != NULL)
			fmt_set(&ra->source, m.site, strlen(m.site));
		else if ((v = ldfind(ld, "publisher")) != NULL)
			fmt_set(&ra->source, v, strlen(v));
		else
			set_host(&ra->source, ra->url.s != NULL ? ra->url.s : "");
	}

	for (i = 0; i < c.nb; i++)
		c.b[i].cf = classify(&c, &c.b[i]);
	context(&c);
	containers(&c);
	buf_reset(&ra->text);
	for (i = 0; i < c.nb; i++) {
		if (c.b[i].cls != C_GOOD)
			continue;
		/* The headline is the title, not text. */
		if (c.b[i].heading && ra->title.len > 0 &&
		    strcmp(c.text.s + c.b[i].off, ra->title.s) == 0)
			continue;
		if (ra->text.len > 0)
			buf_addc(&ra->text, '\n');
		buf_add(&ra->text, c.text.s + c.b[i].off, c.b[i].len);
	}
	ra->clean = 1;

	json_decref(ld);
	gumbo_destroy_output(&kGumboDefaultOptions, out);
	buf_free(&c.text);
	free(c.b);
	return ra->text.len > 0;
}
