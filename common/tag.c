/*
 * tag.c: the entity tagger (tag.h).
 *
 * A text is cut into words once, from a mask of its ASCII letters and
 * digits: one loop walks its runs and writes the words, keeping the runs
 * that may begin a date (date_scan_may of date.h), whose dates are found
 * after (date_scan_word of date.c); text_word takes the words the mask
 * cannot tell (non-ASCII letters, apostrophes, dotted initials). A loop
 * apiece for the runs and the words kept their pointers on the stack all
 * the same, and read each run twice. Keys are made only for the words
 * the rules look at, eight bytes at a time, and those of short words are
 * kept in a cache by the word as written. Dictionary names are found by
 * looking word-key sequences up in one hash table that also holds every
 * prefix of every name, so the longest match from a word costs one probe
 * per word it covers. The same table knows the small vocabularies the
 * rules need (titles, organisation cue words, stop words), so classifying
 * a word is the same probe. Then, in order:
 *
 *   1. dictionary names, longest first, acronyms by exact case;
 *   2. capitalised runs with an organisation cue word ("... Front",
 *      "Ministry of ...") become organisations, and hide the names inside;
 *   3. capitalised name sequences introduced by a title or role become
 *      people, with the organisation or state of the title as affiliation;
 *   4. a lone surname refers to the person of the article whose last name
 *      it is; an acronym defined in parentheses refers to its organisation;
 *   5. dates, found with the words.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "buf.h"
#include "date.h"
#include "dict.h"
#include "entity.h"
#include "tag.h"
#include "text.h"
#include "util.h"

/*
 * The passes are kept out of tag_text: inlined into one function, each
 * change to one of them moved the registers of the word loop about.
 */
#ifdef __GNUC__
#define NOINLINE __attribute__((noinline))
#define ALWAYS_INLINE __attribute__((always_inline))
#define LIKELY(x) __builtin_expect(!!(x), 1)
#else
#define NOINLINE
#define ALWAYS_INLINE
#define LIKELY(x) (x)
#endif

#define MAXKEY 128	/* bytes of a name key looked up */
#define MAXWORDS 12	/* words in a dictionary name */

/* Classes of words, from the vocabularies below. */
enum {
	WC_TITLE = 1 << 0,	/* President, leader, spokesman */
	WC_MOD = 1 << 1,	/* words inside a title phrase: deputy, foreign */
	WC_STOP = 1 << 2,	/* capitalised only at a sentence start: The, But */
	WC_TIME = 1 << 3,	/* months and days */
	WC_CUE = 1 << 4,	/* an organisation's head word: Front, Ministry */
	WC_BLOCK = 1 << 5,	/* a name that is no actor: ... Street, ... Prize */
	WC_GENERIC = 1 << 6,	/* words that alone name no one organisation */
	WC_LINK = 1 << 7,	/* of, for, and, the: inside organisation names */
	WC_HONOR = 1 << 8,	/* Mr, Dr: a title that may precede a surname */
	WC_AT = 1 << 9,		/* at, of, in: where a role belongs */
	WC_PLURAL = 1 << 10,	/* members, leaders: a title for several */
	WC_MEDIA = 1 << 11,	/* Post, Times: a paper named after a place */
	WC_COURTESY = 1 << 12,	/* Mr, Lord: a title that tells no office */
	WC_FORMER = 1 << 13,	/* former, senior: of a person, not of a body */
	WC_FAMILY = 1 << 14,	/* Wang, Kim: family names of East Asia */
	WC_AIDE = 1 << 15	/* aide, adviser: a title that serves a person */
};

/* Targets of a dictionary name. */
struct target {
	int32_t actor;		/* index for dict_actor, -1 if none */
	uint8_t adjective;	/* a demonym: Egyptian, Egyptians */
};

struct slot {
	uint32_t koff;		/* key in keypool */
	uint16_t klen;
	uint16_t prefix;	/* a longer name starts with this key */
	uint32_t wclass;
	struct target norm;	/* matched whatever the case */
	struct target acro;	/* matched only in upper case: PA, UN */
	int32_t sur;		/* the one dictionary person of this last
				 * name, -1 if none, or if several the list
				 * of them in surs: SUR_LIST(first node) */
};

/* Several people of one last name: sur is -2 - the index of the first of
 * their nodes in surs, each node an actor and the index of the next. */
#define SUR_LIST(n) (-2 - (int32_t)(n))
#define SUR_NODE(sur) ((size_t)(-2 - (sur)))
struct surnode {
	int32_t actor, next;
};
static struct surnode *surs;
static size_t nsurs, capsurs;
static uint8_t *famfirst;	/* by actor: his names put the family first */
/* By actor: the dictionary's entry and the length of its id, which every
 * name found asks for. */
static const struct actor **actors;
static size_t *idlens;

static struct slot *table;
static uint16_t *tags;		/* hash tags of the slots; 0 = empty */
static size_t tsize, nkeys;
static int tbits;		/* tsize is 1 << tbits */
static struct buf keypool;
static uint64_t *hashes;	/* the hash of each slot's key, while building */
/*
 * By slot, for a key of several words: the offset in keypool of the key
 * without its last word, above that of the key of its last word alone
 * (pair_of). The matcher extends a name by a word with them, comparing
 * two numbers instead of copying and comparing the keys. 0 for a key of
 * one word: no key is at offset 0.
 */
static uint64_t *pairs;
static int built;
static int dates_on = 1;
static int art_year;		/* tag_year */

static const struct {
	const char *words;
	uint32_t wclass;
} vocab[] = {
	{ "president presidents minister ministers premier chancellor "
	  "secretary chairman chairwoman chairperson leader leaders chief "
	  "head spokesman spokeswoman spokesperson king queen prince "
	  "princess emir sultan sheikh ayatollah general gen colonel col "
	  "lieutenant lt commander commanders admiral marshal brigadier "
	  "ambassador envoy diplomat official officials director "
	  "member members senator sen congressman congresswoman "
	  "representative rep governor gov mayor speaker mp mps lawmaker "
	  "legislator negotiator negotiators adviser advisor analyst "
	  "professor prof pope cardinal archbishop bishop rabbi imam cleric "
	  "founder cofounder co-founder candidate coordinator commissioner "
	  "judge prosecutor attorney ceo fellow researcher scholar expert "
	  "economist journalist correspondent editor activist figure "
	  "delegate representative dr mr mrs ms miss sir dame lord baroness "
	  "captain capt major maj sergeant sgt president-elect nominee "
	  "militant operative commander-in-chief monarch ruler deputy "
	  "undersecretary secretary-general vice-president mufti justice "
	  "counsellor counselor aide aides constable justices baron earl "
	  "viscount duke duchess marquess countess lady", WC_TITLE },
	{ "mr mrs ms dr lord prof gen col lt president king queen "
	  "prince sheikh emir judge senator sen rep gov mayor "
	  "ambassador imam rabbi ayatollah pope chancellor premier "
	  "chairman baron baroness earl viscount duke duchess lady", WC_HONOR },
	{ "mr mrs ms miss dr sir dame lord lady baron baroness earl viscount "
	  "duke duchess marquess countess", WC_COURTESY },
	{ "members leaders officials ministers commanders mps aides "
	  "negotiators presidents", WC_PLURAL },
	{ "deputy vice acting former senior top foreign defence defense "
	  "interior finance health justice prime caretaker political "
	  "military security executive central chief assistant associate "
	  "veteran exiled late outgoing incoming new supreme state national "
	  "bureau politburo committee council office ministry cabinet "
	  "government party movement group intelligence army armed wing "
	  "affairs general regional local visiting powerful influential "
	  "prominent high-ranking ranking longtime long-time jailed slain "
	  "assassinated detained imprisoned hardline moderate opposition "
	  "leadership administration delegation commission authority "
	  "agency service services force forces police staff de facto "
	  "founding special presidential royal crown economy trade "
	  "education energy culture labour labor transport environment "
	  "information communications agriculture water housing "
	  "industry tourism religious spiritual media press public "
	  "relations external international affairs strategic a an the "
	  "both its their his her co ex", WC_MOD },
	/* co-chairman, ex-minister: the first word of a title. */
	{ "former ex senior acting veteran late outgoing incoming erstwhile "
	  "onetime", WC_FORMER },
	{ "aide aides adviser advisers advisor advisors deputy counsellor "
	  "counselor lawyer lawyers", WC_AIDE },
	{ "the a an this that these those he she it they we i you but and "
	  "or if in on at for with as by from to of after before when while "
	  "during according meanwhile however although though yet so there "
	  "here his her their its our my your what who whom which where why "
	  "how all both some many most other such no not last next first "
	  "then thus also still even only just once since until unless "
	  "because despite amid among between under over about against "
	  "into through without within upon per via nor every each any "
	  "several few more less one two three four five six seven eight "
	  "nine ten is was are were be been has have had will would can "
	  "could should may might must do does did said says asked told "
	  "reported meanwhile earlier later today yesterday tomorrow "
	  "tonight photo credit source sources read watch click share "
	  "search home news video advertisement related subscribe "
	  "follow us sign menu log login breaking live update updated "
	  "latest top more see full story opinion analysis exclusive "
	  "please", WC_STOP },
	{ "january february march april may june july august september "
	  "october november december jan feb mar apr jun jul aug sep sept "
	  "oct nov dec monday tuesday wednesday thursday friday saturday "
	  "sunday", WC_TIME },
	{ "movement front council ministry directorate bank party authority "
	  "agency organisation organization committee commission union "
	  "league brigade brigades army court institute university "
	  "foundation association federation corporation company service "
	  "department assembly parliament congress alliance coalition "
	  "bureau centre center fund society institution tribunal guard "
	  "guards forces force secretariat office cabinet government "
	  "administration command police academy college school trust "
	  "group network mission embassy consulate unions workers "
	  "mineworkers employers confederation syndicate brotherhood "
	  "tigers board regiment limited ltd plc inc corp", WC_CUE },
	{ "post times herald tribune gazette journal news telegraph "
	  "guardian observer chronicle daily weekly monitor tv radio "
	  "television broadcasting", WC_MEDIA },
	{ "programme program marathon street road avenue square airport "
	  "hotel stadium prize award awards cup festival mosque church "
	  "cathedral temple synagogue hospital bridge highway boulevard "
	  "park palace tower towers station port harbour harbor crossing "
	  "museum gallery club base paper", WC_BLOCK },
	/*
	 * Family names of China, Taiwan, Hong Kong, Macau, Korea and
	 * Singapore as news spells them (pinyin, Wade-Giles, Cantonese,
	 * Korean), for names that put them first (name_order).
	 */
	{ "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu "
	  "guo he lin gao luo zheng liang xie song tang han feng deng cao "
	  "peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su "
	  "lu ding ren shen yao jia xue fan fang shi tan liao zou xiong jin "
	  "qiu qin hou shao meng long wan duan lei qian yin yi chang chiang "
	  "chou teng tsai hsu hsieh lien soong tung tsang wong leung chan "
	  "cheung lau lam ho ng kwok yeung mao xi bo qi hua kong bai cui lo "
	  "lai koo kuo chu chow choi kim lee park jung chung kang cho yoon "
	  "yun jang lim oh shin seo kwon hwang ahn hong moon roh chun ban "
	  "yoo ko noh nam sohn baek rhee ri pak goh teo koh ong geng hun "
	  "tsai ma", WC_FAMILY },
	{ "national central supreme general executive higher high political "
	  "security revolutionary popular democratic islamic joint united "
	  "international foreign interior defence defense health federal "
	  "public state arab liberation people peoples grand military civil "
	  "legislative constitutional electoral transitional provisional "
	  "interim economic development world global presidential royal "
	  "new old great north south east west northern southern eastern "
	  "western middle of for and the on to in de al el la le du "
	  "administrative regional local human rights justice finance "
	  "trade labour education water energy emergency relief "
	  "reconstruction peace reform unity council ministry committee "
	  "commission court authority agency office cabinet government "
	  "party front movement union unions workers employers league bank "
	  "service department "
	  "forces force group assembly directorate bureau police "
	  "administration command secretariat intelligence army "
	  "coordination cooperation affairs post times herald tribune "
	  "gazette journal news telegraph guardian observer chronicle daily "
	  "weekly monitor tv radio television broadcasting", WC_GENERIC },
	{ "counterpart counterparts", WC_TITLE },	/* his French counterpart X */
	{ "of for and the on de du des la le al el", WC_LINK },
	{ "at of for with in from", WC_AT },
};

/* Upper-case acronyms that are also English words, dropped in headlines;
 * of two or three letters, as caps_word counts on. */
static const char *const caps_words[] = {
	"AM", "AN", "AND", "ARE", "AS", "AT", "BE", "BY", "CAN", "DO", "GO",
	"HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "NOR", "OF", "OK",
	"ON", "OR", "PER", "SO", "TO", "UP", "US", "WE", "MAR", "MAY",
	"CUB", "TON", "BEL", "PAN", "HIT", NULL
};

/* ---- the table ---- */

#define FNV_BASIS 0xcbf29ce484222325ULL	/* FNV-1a */
#define FNV_PRIME 0x100000001b3ULL

/*
 * Keys are compared and hashed eight bytes at a time: every key the
 * table or the matcher holds may be read up to its length rounded up to
 * eight (KEYPAD), and the bytes past its end are masked off. Keys are kept
 * at offsets that are multiples of eight, so the loads are aligned.
 */
#define KEYPAD(n) (((n) + 8) & ~(size_t)7)	/* bytes a key of n takes */

/* The first n bytes (1 to 8) of the eight at s, the rest zero. */
static inline uint64_t
load_part(const char *s, size_t n)
{
	uint64_t x;

	memcpy(&x, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return n == 8 ? x : x & ~(~(uint64_t)0 >> 8 * n);
#else
	return n == 8 ? x : x & ~(~(uint64_t)0 << 8 * n);
#endif
}

/* Are the keys a and b, n bytes each, the same? */
static inline int
key_eq(const char *a, const char *b, size_t n)
{
	uint64_t x, y;

	for (; n > 8; n -= 8, a += 8, b += 8) {
		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		if (x != y)
			return 0;
	}
	return n == 0 || load_part(a, n) == load_part(b, n);
}

/*
 * The hash of a key is made of the hashes of its words, so the matcher can
 * extend a key by one word without hashing it again from the start. It is
 * the table's own: nothing stored depends on it.
 */
static uint64_t
word_hash(const char *s, size_t n)
{
	uint64_t h = FNV_BASIS ^ n;

	for (; n > 8; n -= 8, s += 8) {
		h = (h ^ load_part(s, 8)) * FNV_PRIME;
		h ^= h >> 29;
	}
	if (n > 0) {
		h = (h ^ load_part(s, n)) * FNV_PRIME;
		h ^= h >> 29;
	}
	return h;
}

static uint64_t
hash_more(uint64_t h, uint64_t w)
{
	return ((h << 23 | h >> 41) ^ w) * 0x9e3779b97f4a7c15ULL;
}

/* The hash of a key of words joined by single spaces, as name_key makes. */
static uint64_t
key_hash(const char *key, size_t klen)
{
	const char *p = key, *e, *end = key + klen;
	uint64_t h = 0;

	for (; p < end; p = e + 1) {
		if ((e = memchr(p, ' ', (size_t)(end - p))) == NULL)
			e = end;
		h = p == key ? word_hash(p, (size_t)(e - p)) :
		    hash_more(h, word_hash(p, (size_t)(e - p)));
	}
	return h;
}

/* The first slot to probe for a key of hash h, and its tag. */
static size_t
home(uint64_t h, uint16_t *tag)
{
	uint64_t f = h * 0xff51afd7ed558ccdULL;

	*tag = (uint16_t)f | 1;
	return (size_t)(f >> (64 - tbits));
}

/*
 * Double the table. It is kept at most a third full, and its tags small
 * (16 bits), so that the tags of a dictionary of thousands of names stay
 * in the cache: most words looked up are in no name, and a probe that
 * ends at the first empty slot reads nothing else.
 */
static void
grow(void)
{
	struct slot *old = table;
	uint16_t *oldtags = tags, tag;
	uint64_t *oldhashes = hashes, *oldpairs = pairs;
	size_t oldsize = tsize, i, j;

	tsize = tsize ? tsize * 2 : 1024;
	for (tbits = 0; (size_t)1 << tbits < tsize; tbits++)
		;
	table = ecalloc(tsize, sizeof(table[0]));
	tags = ecalloc(tsize, sizeof(tags[0]));
	hashes = ecalloc(tsize, sizeof(hashes[0]));
	pairs = ecalloc(tsize, sizeof(pairs[0]));
	for (i = 0; i < oldsize; i++) {
		if (oldtags[i] == 0)
			continue;
		j = home(oldhashes[i], &tag);
		while (tags[j] != 0)
			j = (j + 1) & (tsize - 1);
		tags[j] = tag;
		table[j] = old[i];
		hashes[j] = oldhashes[i];
		pairs[j] = oldpairs[i];
	}
	free(old);
	free(oldtags);
	free(oldhashes);
	free(oldpairs);
}

/*
 * Probing reads tags, a small array of hash tags beside the table, and
 * reads a slot and its key only when the tag matches. This is the lookup
 * of the matcher, inlined where it is called for every key; insert adds.
 */
static inline struct slot *
find(const char *key, size_t klen, uint64_t h)
{
	uint16_t tag;
	size_t i = home(h, &tag);
	struct slot *s;

	for (;; i = (i + 1) & (tsize - 1)) {
		if (tags[i] == 0)
			return NULL;
		s = &table[i];
		if (tags[i] == tag && s->klen == klen &&
		    key_eq(keypool.s + s->koff, key, klen))
			return s;
	}
}

/* What pairs holds for a key of the key of slot pre and a word more, the
 * key of slot last. */
static inline uint64_t
pair_of(const struct slot *pre, const struct slot *last)
{
	return (uint64_t)pre->koff << 32 | last->koff;
}

/*
 * The slot of a key of several words from its pair_of and its hash h, as
 * find would find it by the key.
 */
static inline struct slot *
find_pair(uint64_t pair, uint64_t h)
{
	uint16_t tag;
	size_t i = home(h, &tag);

	for (;; i = (i + 1) & (tsize - 1)) {
		if (tags[i] == 0)
			return NULL;
		if (tags[i] == tag && pairs[i] == pair)
			return &table[i];
	}
}

/* The slot of key, made if it is not there yet. */
static struct slot *
insert(const char *key, size_t klen, uint64_t h)
{
	uint16_t tag;
	size_t i;
	struct slot *s;

	if ((s = find(key, klen, h)) != NULL)
		return s;
	if ((nkeys + 1) * 3 > tsize)
		grow();
	for (i = home(h, &tag); tags[i] != 0; i = (i + 1) & (tsize - 1))
		;
	nkeys++;
	s = &table[i];
	tags[i] = tag;
	hashes[i] = h;
	pairs[i] = 0;
	s->koff = (uint32_t)keypool.len;
	s->klen = (uint16_t)klen;
	s->norm.actor = s->acro.actor = s->sur = -1;
	buf_reserve(&keypool, KEYPAD(klen));
	memset(keypool.s + keypool.len, 0, KEYPAD(klen));
	memcpy(keypool.s + keypool.len, key, klen);
	keypool.len += KEYPAD(klen);
	return s;
}

/* Is a name written as an acronym (letters all upper case, two or more)? */
static int
is_acronym(const char *s, size_t n)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		if ((unsigned char)s[i] >= 0x80)
			return 0;
		if (s[i] >= 'A' && s[i] <= 'Z')
			letters++;
	}
	return letters >= 2;
}

/* Which target wins when two actors share a name: the first, except that
 * a name beats an adjective. */
static void
set_target(struct target *t, int32_t actor, int adjective)
{
	if (t->actor >= 0 && (adjective || !t->adjective))
		return;
	t->actor = actor;
	t->adjective = (uint8_t)adjective;
}

static void
add_name(const char *s, size_t n, int32_t actor, int adjective)
{
	char key[MAXKEY + 8];
	struct slot *sl;
	size_t k, i, w;
	uint64_t h = 0, wh, pre = 0, last = 0;

	while (n > 0 && s[0] == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || (k = name_key(s, n, key, MAXKEY)) == 0 ||
	    k >= MAXKEY - 1)
		return;
	/*
	 * Every proper prefix at a word boundary leads on to the name. The
	 * hash of each is the one before and a word more, as key_hash does.
	 * Each word after the first is a key of its own too, so that a word
	 * of the text has a slot to pair with the words before it (pairs):
	 * such a slot has no class and no target, as if it were not there.
	 */
	for (i = w = 0; i <= k; i++) {
		if (i < k && key[i] != ' ')
			continue;
		wh = word_hash(key + w, i - w);
		if (w > 0)
			last = insert(key + w, i - w, wh)->koff;
		h = w == 0 ? wh : hash_more(h, wh);
		sl = insert(key, i, h);
		/* The table may have grown: sl is good till the next insert. */
		if (w > 0)
			pairs[sl - table] = pre << 32 | last;
		if (i < k)
			sl->prefix = 1;
		pre = sl->koff;
		w = i + 1;
	}
	set_target(is_acronym(s, n) ? &sl->acro : &sl->norm, actor, adjective);
}

/* ---- names that put the family name first ---- */

/*
 * News in English writes Chinese, Korean and Singaporean names family
 * name first (Xi Jinping, Moon Jae-in, Lee Kuan Yew) and calls the person
 * by it (Xi, Moon, Lee); Japanese names are written given name first, and
 * Vietnamese people are called by the last word (Thieu, Giap). Whether a
 * name is of the first kind is told by its state when it is known, and
 * always by its shape: a family name of one syllable, then a given name of
 * one or two syllables, or of two hyphenated ones (Jae-in, Kai-shek), or
 * two words of one syllable (Kuan Yew), as pinyin, Wade-Giles and Korean
 * romanisation spell them. Western names fail the test ("Carrie Lam",
 * "John Lee": Carrie and John are no such syllables), so a state with
 * both kinds (Hong Kong, Macau, Singapore) or no state at all also asks
 * that the family name be one of WC_FAMILY.
 */
static int
vowel(int c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Can a syllable begin with the n consonants at c (ch, hs, a glide)? */
static int
onset_ok(const char *c, size_t n)
{
	static const char two[] = "ch zh sh ts tz hs ss jj kk pp tt kh ph th rh ";
	const char *p;

	if (n <= 1)
		return 1;
	/* A consonant and a glide: Hwan, Kyung, Myung. */
	if (c[n - 1] == 'y' || c[n - 1] == 'w')
		n--;
	if (n <= 1)
		return 1;
	if (n != 2)
		return 0;
	for (p = two; *p != '\0'; p += 3)
		if (p[0] == c[0] && p[1] == c[1])
			return 1;
	return 0;
}

/* Can a syllable end in the n consonants at c? Pinyin ends in n or ng
 * only; Wade-Giles and Korean also in k, p, t, l, m (Chok, Il, Sam). */
static int
coda_ok(const char *c, size_t n, int broad)
{
	if (n == 0)
		return 1;
	if (n == 2)
		return c[0] == 'n' && c[1] == 'g';
	if (n != 1)
		return 0;
	return c[0] == 'n' || (broad && memchr("mkptlhwy", c[0], 8) != NULL);
}

/* The syllables of the ASCII word [s, s + n) as a romanised Chinese or
 * Korean name has them, or 0 if it is not one. */
static int
syllables(const char *s, size_t n, int broad)
{
	char w[24];
	size_t i, j, k;
	int count = 0;

	if (n == 0 || n >= sizeof(w))
		return 0;
	for (i = 0; i < n; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
			return 0;
		w[i] = (char)(s[i] | 0x20);
	}
	for (j = 0; j < n && !vowel(w[j]); j++)
		;
	if (j == n || !onset_ok(w, j))
		return 0;
	for (i = j;;) {
		for (j = i; j < n && vowel(w[j]); j++)
			;
		if (j - i > 3)
			return 0;
		count++;
		for (i = j; j < n && !vowel(w[j]); j++)
			;
		if (j == n)
			return coda_ok(w + i, j - i, broad) ? count : 0;
		/* The consonants between two vowels end one syllable and
		 * begin the next: Jin|ping, Ming|de. */
		for (k = 0; k <= 2 && k <= j - i; k++)
			if (coda_ok(w + i, k, broad) && onset_ok(w + i + k, j - i - k))
				break;
		if (k > 2 || k > j - i)
			return 0;
		i = j;
	}
}

/* Is the word [b, e) of s, perhaps hyphenated, a given name of the kind
 * family-first names have after the family name? words is how many
 * given-name words the name has. */
static int
given_ok(const char *s, size_t b, size_t e, int words)
{
	const char *h;
	int parts = 0;

	if ((h = memchr(s + b, '-', e - b)) == NULL) {
		if (words > 1)
			return syllables(s + b, e - b, 1) == 1;
		return syllables(s + b, e - b, 1) == 1 ||
		    syllables(s + b, e - b, 0) == 2;
	}
	/* Jae-in, Kai-shek: one syllable each side. */
	for (; b < e; b = (size_t)(h - s) + 1, parts++) {
		if ((h = memchr(s + b, '-', e - b)) == NULL)
			h = s + e;
		if (syllables(s + b, (size_t)(h - s) - b, 1) != 1)
			return 0;
	}
	return words == 1 && parts == 2;
}

/*
 * Is a name of n words (wb[k], we[k]) in s, hyphenated parts joined, of
 * the family-first kind? cc is its state, "" if unknown; listed says its
 * first word is one of WC_FAMILY.
 */
static int
family_first(const char *s, const size_t *wb, const size_t *we, int n,
    const char *cc, int listed)
{
	int k;

	if (n < 2 || n > 3)
		return 0;
	/* Thais are called by the given name, which comes first: Chuan
	 * Leekpai is Mr Chuan; it is no family name, so any word will do. */
	if (strcmp(cc, "THA") == 0)
		return 1;
	if (cc[0] != '\0') {
		if (strcmp(cc, "CHN") == 0 || strcmp(cc, "TWN") == 0 ||
		    strcmp(cc, "KOR") == 0 || strcmp(cc, "PRK") == 0)
			listed = 1;
		else if (strcmp(cc, "HKG") != 0 && strcmp(cc, "MAC") != 0 &&
		    strcmp(cc, "SGP") != 0)
			return 0;
	}
	if (!listed || we[0] - wb[0] > 6 ||
	    memchr(s + wb[0], '-', we[0] - wb[0]) != NULL ||
	    syllables(s + wb[0], we[0] - wb[0], 1) != 1)
		return 0;
	for (k = 1; k < n; k++)
		if (!given_ok(s, wb[k], we[k], n - 1))
			return 0;
	return 1;
}

/* Note actor as a person of the last name of slot sl. */
static void
add_sur(struct slot *sl, int32_t actor)
{
	size_t n;

	if (sl->sur == -1) {
		sl->sur = actor;
		return;
	}
	if (sl->sur == actor)
		return;
	if (sl->sur >= 0) {
		/* A second one: a list of the two. */
		if (nsurs + 2 > capsurs) {
			capsurs = capsurs ? capsurs * 2 : 64;
			surs = erealloc(surs, capsurs * sizeof(surs[0]));
		}
		surs[nsurs].actor = sl->sur;
		surs[nsurs].next = -1;
		surs[nsurs + 1].actor = actor;
		surs[nsurs + 1].next = (int32_t)nsurs;
		sl->sur = SUR_LIST(nsurs + 1);
		nsurs += 2;
		return;
	}
	for (n = SUR_NODE(sl->sur); ; n = (size_t)surs[n].next) {
		if (surs[n].actor == actor)
			return;
		if (surs[n].next < 0)
			break;
	}
	if (nsurs + 1 > capsurs) {
		capsurs = capsurs ? capsurs * 2 : 64;
		surs = erealloc(surs, capsurs * sizeof(surs[0]));
	}
	surs[nsurs].actor = actor;
	surs[nsurs].next = (int32_t)SUR_NODE(sl->sur);
	sl->sur = SUR_LIST(nsurs);
	nsurs++;
}

/*
 * Note the last name of a dictionary person, so that "President Reagan" or
 * "Mrs Thatcher" in an article that never gives the full name still finds
 * him; two people of one last name (the Bushes) make it ambiguous.
 */
static void
add_surname(const char *s, size_t n, int32_t actor)
{
	char key[MAXKEY + 8], fam[MAXKEY + 8];
	const char *w, *cc = dict_actor((size_t)actor)->country;
	struct slot *sl;
	size_t k, f, pos = 0, wb[4], we[4];
	struct word x;
	int nw = 0;

	if ((k = name_key(s, n, key, MAXKEY)) == 0 || k >= MAXKEY - 1)
		return;
	if ((w = memrchr(key, ' ', k)) == NULL)
		return;		/* a single name is matched as it is */
	/* The words of the name, hyphenated ones whole: Xi Jinping, Kim
	 * Jong-un are called Xi, Kim. Only people of no state or of one
	 * that writes names so are asked. */
	if (cc[0] != '\0' && memchr("CTHKPMS", cc[0], 7) == NULL)
		nw = 4;
	while (nw <= 3 && text_word(s, n, &pos, &x)) {
		if (nw > 0 && x.start == we[nw - 1] + 1 && s[x.start - 1] == '-')
			we[nw - 1] = x.end;
		else {
			wb[nw] = x.start;
			we[nw++] = x.end;
		}
	}
	if (nw >= 2 && nw <= 3 && (f = word_key(s + wb[0], we[0] - wb[0], fam,
	    MAXKEY)) > 0 && family_first(s, wb, we, nw, cc,
	    ((sl = find(fam, f, key_hash(fam, f))) != NULL &&
	    (sl->wclass & WC_FAMILY)))) {
		w = fam;
		k = f;
		famfirst[actor] = 1;
	} else {
		w++;
		k -= (size_t)(w - key);
		if (k < 3)
			return;
	}
	sl = insert(w, k, key_hash(w, k));
	add_sur(sl, actor);
}

static void
add_list(const char *list, int32_t actor, int adjective)
{
	const char *p, *e;

	for (p = list; *p != '\0'; p = *e ? e + 1 : e) {
		e = p + strcspn(p, ";");
		add_name(p, (size_t)(e - p), actor, adjective);
	}
}

void
tag_init(void)
{
	char key[MAXKEY + 8];
	const char *p, *e;
	size_t i, n, k;

	if (built)
		return;
	built = 1;
	n = dict_count();
	famfirst = ecalloc(n + 1, 1);
	actors = ecalloc(n + 1, sizeof(actors[0]));
	idlens = ecalloc(n + 1, sizeof(idlens[0]));
	for (i = 0; i < n; i++) {
		actors[i] = dict_actor(i);
		idlens[i] = strlen(actors[i]->id);
	}
	grow();
	buf_reserve(&keypool, 8);	/* no key at offset 0 */
	memset(keypool.s, 0, 8);
	keypool.len = 8;
	for (i = 0; i < sizeof(vocab) / sizeof(vocab[0]); i++) {
		for (p = vocab[i].words; *p != '\0'; p = *e ? e + 1 : e) {
			e = p + strcspn(p, " ");
			/* Hyphenated vocabulary words are their last word. */
			if ((k = word_key(p, (size_t)(e - p), key, MAXKEY)) > 0 &&
			    memchr(p, '-', (size_t)(e - p)) == NULL)
				insert(key, k, key_hash(key, k))->wclass |=
				    vocab[i].wclass;
		}
	}
	for (i = 0; i < n; i++) {
		const struct actor *a = dict_actor(i);

		add_list(dict_names(a), (int32_t)i, 0);
		add_list(dict_adjectives(a), (int32_t)i, 1);
		if (a->type == T_PER)
			for (p = dict_names(a); *p != '\0'; p = *e ? e + 1 : e) {
				e = p + strcspn(p, ";");
				add_surname(p, (size_t)(e - p), (int32_t)i);
			}
	}
	/* The hashes are for growing the table, which is done. */
	free(hashes);
	hashes = NULL;
}

void
tag_year(int year)
{
	art_year = year;
}

void
tag_dates(int on)
{
	dates_on = on;
}

/* ---- words of the text ---- */

/* What lies between a word and the one before it. */
enum { G_SPACE, G_HYPHEN, G_COMMA, G_OPEN, G_CLOSE, G_BREAK, G_POSS };

/*
 * A word of the text; the small fields are packed so that the words of
 * an article stay in the cache through the passes. hash and sl are set by
 * make_key and read only after it (need_key): cut_words leaves them
 * unwritten. The fields from owner on are the 16-byte tail cut_words
 * copies whole (fast_word): keep them last and that long.
 */
struct tok {
	size_t start, end;
	uint64_t hash;		/* word_hash of the key, once kdone */
	struct slot *sl;	/* the table entry of the key or NULL, once kdone */
	int32_t owner;		/* index of the candidate that covers it, -1 */
	uint32_t koff;		/* key in keys */
	uint16_t klen;
	uint8_t flags;		/* W_* of text.h */
	uint8_t gap;		/* G_* before this word */
	uint8_t sent;		/* first word of a sentence or line */
	uint8_t plain;		/* ASCII letters and digits alone */
	uint8_t kdone;		/* key computed */
	uint8_t blocked;	/* inside a name that is no actor */
};

enum { S_DICT, S_CUE, S_TITLE, S_LINK, S_DATE };

struct cand {
	size_t t0, t1;		/* words [t0, t1) */
	size_t start, end;	/* bytes */
	uint8_t type;
	uint8_t src;		/* S_* */
	uint8_t adjective;
	uint8_t dead;
	uint8_t hidden;		/* matched, so its words are taken, not written */
	int32_t actor;		/* the dictionary actor of id, -1 if unknown */
	const char *id;		/* a dictionary id, or NULL: idoff in arena */
	size_t idoff, idlen;
	const char *affil;
	size_t affoff, afflen;	/* affil NULL and afflen > 0: in arena */
};

/* People of the article, for surnames. */
struct person {
	char key[40];		/* key of the last name */
	uint64_t hash;		/* its word_hash: most words are no one's */
	int cand;		/* a candidate that names him */
	uint8_t ambiguous;
	uint8_t first;		/* the key is a family name written first */
	uint8_t tail;		/* the key ends a hyphenated name: Rees-Green */
};

static const char *text;
static size_t textlen;
static struct tok *toks;
static size_t ntok, captok;
static struct buf keys;
static struct cand *cands;
static size_t ncand, capcand;
static struct person *people;
static size_t npeople, cappeople;
/*
 * A bit for each person's hash (PERSON_BIT): most words asked about are
 * no one's last name, and the bit tells them without the search.
 */
static uint64_t people_bits;
#define PERSON_BIT(h) ((uint64_t)1 << ((h) >> 58))
static uint32_t *sorted;	/* the live candidates in order, sort_cands */
static struct buf arena;
static size_t prev_end;		/* end of the word before, for add_word */
static uint64_t *amask;		/* text_alnum_mask of the text */
static size_t capmask;
/*
 * The words with capitals, in order: every rule starts at one, so the
 * passes walk this list instead of all the words.
 */
static size_t *caps;
static size_t ncap, capcap;

static int
gap_of(const char *s, size_t from, size_t to, unsigned prevflags)
{
	size_t i;
	int g = G_SPACE, nonspace = 0;
	unsigned char c;

	if (prevflags & W_POSS)
		return G_POSS;
	for (i = from; i < to; i++) {
		c = (unsigned char)s[i];
		if (c == ' ' || c == '\t')
			continue;
		if (c == 0xc2 && i + 1 < to && (unsigned char)s[i + 1] == 0xa0) {
			i++;
			continue;
		}
		if (nonspace++)
			return G_BREAK;
		if (c == '-' || (c == 0xe2 && i + 2 < to &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x90 ||
		    (unsigned char)s[i + 2] == 0x91))) {
			g = G_HYPHEN;
			if (c == 0xe2)
				i += 2;
		} else if (c == ',')
			g = G_COMMA;
		else if (c == '(')
			g = G_OPEN;
		else if (c == ')')
			g = G_CLOSE;
		else
			return G_BREAK;
	}
	return g;
}

/* The index of the lowest set bit of x, which is not 0. */
static size_t
lowest_bit(uint64_t x)
{
	/* Unsigned, so that widening it costs nothing. */
	return (unsigned)__builtin_ctzll(x);
}

/* The end of the run of ASCII letters and digits that starts at b. */
static size_t
alnum_end(size_t b)
{
	size_t k = b / 64, nblock = (textlen + 63) / 64;
	uint64_t x = ~amask[k] & ~(uint64_t)0 << (b % 64);

	while (x == 0) {
		if (++k == nblock)
			return textlen;
		x = ~amask[k];
	}
	return k * 64 + (size_t)lowest_bit(x);
}

/*
 * Is [b, e), a run of ASCII letters and digits after the word that ended
 * at pos, a word as text_word would find it, so that it can be taken as
 * it is? Not when a non-ASCII byte lies before it (a word of other letters,
 * a Unicode hyphen) or after it (an accented letter, a curly apostrophe),
 * nor with an apostrophe after it (O'Brien, Hamas's) or an initial before a
 * dot (U.S.), nor when its key would be cut short.
 */
static int
plain_word(size_t pos, size_t b, size_t e)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i;
	unsigned char c;

	if (e - b > 64)
		return 0;
	/* Most words end at a space: one test for them. */
	if (e < textlen && (c = s[e]) != ' ' && (c >= 0x80 || c == '\'' ||
	    (c == '.' && e == b + 1 && s[b] >= 'A' && s[b] <= 'Z')))
		return 0;
	for (i = pos; i < b; i++)
		if (s[i] >= 0x80)
			return 0;
	return !(b >= 2 && s[b - 1] == '-' && s[b - 2] >= 0x80);
}

/*
 * The flags text_word gives the plain word [b, e) that begins with a
 * capital or a digit, but W_HYPHEN.
 */
static unsigned
upper_flags(size_t b, size_t e)
{
	const unsigned char *s = (const unsigned char *)text;
	unsigned flags;
	int upper = 0, lower = 0;
	size_t i;

	flags = s[b] <= '9' ? W_DIGIT : W_CAP;
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (e - b <= 8 && b + 8 <= textlen) {
		uint64_t x, lows, caps8;

		/*
		 * Eight bytes at once (numbers, acronyms): of letters and
		 * digits, those above 'Z' are small letters, those from 'A'
		 * capitals. The sums stay below 0x100 in every byte.
		 */
		memcpy(&x, s + b, 8);
		x &= ~(uint64_t)0 >> (64 - 8 * (e - b));
		lows = (x + 0x2525252525252525ULL) & 0x8080808080808080ULL;
		caps8 = (x + 0x3f3f3f3f3f3f3f3fULL) & 0x8080808080808080ULL;
		if (lows == 0 && caps8 != 0)
			flags |= W_UPPER;
		return flags;
	}
#endif
	for (i = b; i < e && !lower; i++) {
		lower = s[i] > 'Z';
		upper |= s[i] >= 'A' && s[i] <= 'Z';
	}
	if (upper && !lower)
		flags |= W_UPPER;
	return flags;
}

/* The flags text_word gives the plain word [b, e). */
static unsigned
plain_flags(size_t b, size_t e)
{
	const unsigned char *s = (const unsigned char *)text;
	unsigned flags = 0;

	if (b >= 2 && s[b - 1] == '-' && ((unsigned)(s[b - 2] | 0x20) - 'a' < 26 ||
	    (unsigned)s[b - 2] - '0' < 10))
		flags |= W_HYPHEN;
	if (s[b] >= 'a')
		return flags;	/* most words: no capitals to look for */
	return flags | upper_flags(b, e);
}

static uint32_t wclass(size_t);

/*
 * Is short capitalised word i one written with a full stop that ends no
 * sentence (Mr., Gen., Jan., St., Co.)? Not "Bank." or "Iran.", whose
 * full stop does.
 */
static int
abbrev(size_t i)
{
	static const char *const ab[] = { "St", "Mt", "Co", "Corp", "Inc",
	    "Ltd", "No", "Nos", "Jr", "Sr", "Bros", "Ft", "Ave", "Op", NULL };
	size_t k, n = toks[i].end - toks[i].start;

	if (wclass(i) & (WC_TITLE | WC_TIME | WC_COURTESY))
		return 1;
	for (k = 0; ab[k] != NULL; k++)
		if (strlen(ab[k]) == n &&
		    memcmp(ab[k], text + toks[i].start, n) == 0)
			return 1;
	return 0;
}

/* Might a full stop after word t end no sentence (add_word: Mr., U.)? */
static inline int
short_cap(const struct tok *t)
{
	return t->end - t->start <= 4 && (t->flags & W_CAP);
}

static inline void
add_word(size_t start, size_t end, unsigned flags, int plain)
{
	struct tok *t;
	size_t i;
	int sent;

	if (ntok == captok) {
		captok = captok ? captok * 2 : 4096;
		toks = erealloc(toks, captok * sizeof(toks[0]));
	}
	t = &toks[ntok];
	t->start = start;
	t->end = end;
	t->flags = flags;
	/* Most words follow one space: no need to look closer. */
	if (ntok > 0 && start == prev_end + 1 && text[prev_end] == ' ' &&
	    !(t[-1].flags & W_POSS)) {
		t->gap = G_SPACE;
		sent = 0;
	} else if (ntok == 0) {
		t->gap = G_BREAK;
		sent = 1;
	} else {
		t->gap = gap_of(text, prev_end, start, t[-1].flags);
		/* A sentence starts after a line break or a full stop that
		 * does not end a title (Mr. Dr.). */
		sent = 0;
		for (i = prev_end; i < start; i++) {
			if (text[i] == '\n' || text[i] == '!' ||
			    text[i] == '?' || text[i] == ':' ||
			    text[i] == ';' || text[i] == '"')
				sent = 1;
			else if (text[i] == '.' && !(t[-1].end - t[-1].start <= 4 &&
			    (t[-1].flags & W_CAP) && (t[-1].end - t[-1].start == 1 ||
			    (!(t[-1].flags & W_UPPER) && abbrev(ntok - 1)))))
				sent = 1;
		}
		/* The gap after "Mr." is a space. */
		if (t->gap == G_BREAK && !sent)
			t->gap = G_SPACE;
	}
	t->sent = sent;
	t->plain = plain;
	/* Tests read klen before kdone: it must not be garbage. */
	t->kdone = 0;
	t->koff = 0;
	t->klen = 0;
	t->sl = NULL;
	t->owner = -1;
	t->blocked = 0;
	if (t->flags & (W_CAP | W_UPPER)) {
		if (ncap == capcap) {
			capcap = capcap ? capcap * 2 : 1024;
			caps = erealloc(caps, capcap * sizeof(caps[0]));
		}
		caps[ncap++] = ntok;
	}
	ntok++;
}

/*
 * The words cut_words writes whole, by what lies before them: one space, a
 * comma and a space, a full stop that ends a sentence (or nothing: the
 * first word of the text), a hyphen after a letter or digit, one space
 * after a possessive. Only the tail of a word, owner on, is copied from here:
 * start and end are the word's, and hash and sl are left for make_key,
 * which writes them before anyone reads them (kdone is 0).
 */
enum { F_SPACE, F_COMMA, F_STOP, F_HYPHEN, F_POSS, NFAST };
static const struct tok fast_tail[] = {
	[F_SPACE] = { .owner = -1, .plain = 1, .gap = G_SPACE },
	[F_COMMA] = { .owner = -1, .plain = 1, .gap = G_COMMA },
	[F_STOP] = { .owner = -1, .plain = 1, .gap = G_BREAK, .sent = 1 },
	[F_HYPHEN] = { .owner = -1, .plain = 1, .gap = G_HYPHEN,
	    .flags = W_HYPHEN },
	[F_POSS] = { .owner = -1, .plain = 1, .gap = G_POSS }
};
#define TOK_TAIL offsetof(struct tok, owner)
/* fast_word copies the tail as 16 bytes: it must be that long. */
typedef char tok_tail_is_16[sizeof(struct tok) - TOK_TAIL == 16 ? 1 : -1];

/*
 * The tables of cut_words, in one object so that one register holds where
 * they all are (a table of its own takes an instruction to find, each time
 * in a loop short of registers):
 *
 * may2 is date_scan_may of a run by its first and last bytes, s[b] |
 * s[e - 1] << 8: bit k says whether a run of length k modulo 16 may begin
 * a date. date_scan_may reads those two bytes and the length alone
 * (date.h), from its table lens by the bytes' codes: may2 is that table
 * spread out by the bytes themselves, one load fewer. Its tables are made
 * once, so this is too.
 *
 * end_ok is for the bytes that may follow a plain word as plain_word
 * judges them: 1 for any word, 2 for a full stop, which a capital letter
 * alone before it makes an initial (U.S.), 0 for what makes the word
 * text_word's.
 *
 * tail is fast_tail, copied.
 */
static struct {
	unsigned short may2[1 << 16];
	unsigned char end_ok[256];
	struct tok tail[NFAST];
	int done;
} cw;

/* Word t as in fast_tail[f], over [b, e). */
static inline void
fast_word(struct tok *t, int f, size_t b, size_t e)
{
	t->start = b;
	t->end = e;
#ifdef __SSE2__
	/* One load and one store: the tail is 16 bytes. */
	_mm_storeu_si128((__m128i *)(void *)((char *)t + TOK_TAIL),
	    _mm_loadu_si128((const __m128i *)(const void *)
	    ((const char *)&cw.tail[f] + TOK_TAIL)));
#else
	memcpy((char *)t + TOK_TAIL, (const char *)&cw.tail[f] + TOK_TAIL,
	    sizeof(*t) - TOK_TAIL);
#endif
}

/* The dates found while the words are, for found_date to add last. */
struct pending {
	size_t start, end, idoff, idlen;
};
static struct pending *pend;
static size_t npend, cappend;
static struct date_scan dscan;

static void
pend_date(size_t start, size_t end, const char *norm, void *arg)
{
	size_t n = strlen(norm);

	(void)arg;
	if (npend == cappend) {
		cappend = cappend ? cappend * 2 : 64;
		pend = erealloc(pend, cappend * sizeof(pend[0]));
	}
	pend[npend].start = start;
	pend[npend].end = end;
	pend[npend].idoff = arena.len;
	pend[npend].idlen = n;
	npend++;
	buf_add(&arena, norm, n);
	buf_addc(&arena, '\0');
}

/*
 * The words that plain_word, text_word and add_word find between pos and
 * the run of ASCII letters and digits [b, e) (b == textlen: the end).
 */
static size_t
slow_words(size_t pos, size_t b, size_t e)
{
	struct word w;
	int plain;

	while (pos <= b) {
		if (b < textlen && plain_word(pos, b, e)) {
			w.start = b;
			w.end = e;
			w.flags = plain_flags(b, e);
			pos = e;
			plain = 1;
		} else if (text_word(text, textlen, &pos, &w)) {
			/* A word of its own before b, or one that takes b in. */
			plain = 0;
		} else
			break;
		add_word(w.start, w.end, w.flags, plain);
		prev_end = pos;
	}
	return pos;
}

/*
 * The starts of the runs of ASCII letters and digits that may begin a
 * date, by date_scan_may of date.h, which tells most of them from their
 * first letters and length: tokenize gathers them as it finds the words.
 * Their ends are found again from the mask, for the few kept.
 */
static size_t *dcand;
static size_t ndcand, capdcand;

/* The end of the run that starts at b and goes on past its block. */
static NOINLINE size_t
run_end_far(size_t b)
{
	return alnum_end(b);
}

/* Is byte i (< textlen) an ASCII letter or digit? */
static int
alnum_at(size_t i)
{
	return amask[i / 64] >> (i % 64) & 1;
}

/* alnum_end(b) without a call for a run that ends in its block. */
static inline size_t
next_run_end(size_t b)
{
	uint64_t ends = ~amask[b / 64] >> (b % 64);

	return ends != 0 ? b + (size_t)lowest_bit(ends) : run_end_far(b);
}

/*
 * The start of "the" (cls has DATE_IN(DATE_SET_THE)) or "a" (DATE_SET_A)
 * in any case, a word of its own, before the word at b and white space as
 * next_word of date.c skips it (blanks, line ends, no-break spaces);
 * SIZE_MAX if none. date_scan_may lets neither by: they begin a date only
 * before such a word, and date_scan_taken of them finds whether they do.
 */
static size_t
head_before(size_t b, unsigned cls)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t j = b;

	while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t' ||
	    s[j - 1] == '\n' || s[j - 1] == '\r' || s[j - 1] == 0xa0 ||
	    s[j - 1] == 0xc2))
		j--;
	if (j == b)
		return SIZE_MAX;
	if ((cls & DATE_IN(DATE_SET_THE)) && j >= 3 && (s[j - 3] | 0x20) == 't' &&
	    (s[j - 2] | 0x20) == 'h' && (s[j - 1] | 0x20) == 'e' &&
	    (j == 3 || !alnum_at(j - 4)))
		return j - 3;
	if ((cls & DATE_IN(DATE_SET_A)) && j >= 1 && (s[j - 1] | 0x20) == 'a' &&
	    (j == 1 || !alnum_at(j - 2)))
		return j - 1;
	return SIZE_MAX;
}

/*
 * The dates, from the runs that may begin one, in order: date_scan_word
 * skips the runs inside a date it took. Of those date_scan_may let by,
 * date_scan_class tells the words that are none of date.c's ("that",
 * "report"), and a head ("last", "two") before a word its rule does not
 * read, without a call; "the" and "a" are found from the word after them
 * (head_before).
 */
static void
find_dates(void)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t k, b, e, hb, di = 0;
	unsigned cls;

	for (k = 0; k < ndcand; k++) {
		b = dcand[k];
		if (b < di)
			continue;
		e = next_run_end(b);
		cls = date_scan_class(&dscan, b, e);
		/* "the" and "a" are looked at from the word after them. */
		if ((cls & (DATE_IN(DATE_SET_THE) | DATE_IN(DATE_SET_A))) &&
		    (hb = head_before(b, cls)) < b && hb >= di)
			di = date_scan_taken(&dscan, hb, hb +
			    ((s[hb] | 0x20) == 't' ? 3 : 1));
		if (!(cls & DATE_TAKE) || b < di)
			continue;
		if (date_scan_needs(cls) && e + 1 < textlen && s[e] == ' ' &&
		    alnum_at(e + 1) &&
		    date_scan_idle(&dscan, cls, e, e + 1, next_run_end(e + 1)))
			continue;
		di = date_scan_taken(&dscan, b, e);
	}
}

/*
 * Keys of short plain words, by the word as written: names and the small
 * words around them come back in every article, and a key from here costs
 * a fifth of making it. The key is a function of the bytes of the word,
 * and the table does not change once built, so an entry is never stale.
 */
#define KC_BITS 12
struct kc_entry {
	uint64_t w0, w1;	/* the word, zero past its end */
	uint64_t hash;
	struct slot *sl;
	uint64_t key[3];	/* the key padded, KEYPAD(16) bytes */
	uint8_t n, klen;
};
static struct kc_entry *kcache;

static int
is_alnum(unsigned c)
{
	return (c | 0x20) - 'a' < 26 || c - '0' < 10;
}

/* The tables of cut_words (cw), once date.c's are made. */
static void
cw_init(void)
{
	unsigned c1, c2;

	for (c1 = 0; c1 < 256; c1++)
		for (c2 = 0; c2 < 256; c2++)
			cw.may2[c1 | c2 << 8] = is_alnum(c1) && is_alnum(c2) ?
			    dscan.lens[dscan.code[c1]][dscan.code[c2]] : 0;
	for (c1 = 0; c1 < 0x80; c1++)
		cw.end_ok[c1] = 1;
	cw.end_ok['\''] = 0;
	cw.end_ok['.'] = 2;
	memcpy(cw.tail, fast_tail, sizeof(cw.tail));
	cw.done = 1;
}

/* The buffers of tokenize, and the mask of the text. */
static void
tokenize_begin(void)
{
	size_t nblock = (textlen + 63) / 64;

	ntok = 0;
	ncap = 0;
	npend = 0;
	prev_end = 0;
	if (nblock > capmask) {
		capmask = nblock * 2;
		amask = erealloc(amask, capmask * sizeof(amask[0]));
	}
	if (captok == 0) {
		captok = 4096;
		toks = erealloc(toks, captok * sizeof(toks[0]));
	}
	if (kcache == NULL)
		kcache = ecalloc((size_t)1 << KC_BITS, sizeof(kcache[0]));
	/* A run is at least two bytes with the one after it. */
	if (textlen / 2 + 1 > capdcand) {
		capdcand = textlen / 2 + 64;
		dcand = erealloc(dcand, capdcand * sizeof(dcand[0]));
	}
	text_alnum_mask(text, textlen, amask);
	date_scan_begin(&dscan, text, textlen, pend_date, NULL);
	if (!cw.done)
		cw_init();
}

/*
 * The flags of word t (number i), the plain word [b, e) that begins with a
 * capital or a digit, and its place in caps: "Xy...", a capital and a
 * small letter after it, is no word in capitals.
 */
static void
cap_word(struct tok *t, size_t i, size_t b, size_t e)
{
	const unsigned char *s = (const unsigned char *)text;

	/* Or: the flags of a word after a hyphen have W_HYPHEN already,
	 * and only they (cut_words), so plain_flags need not look. */
	t->flags |= s[b] >= 'A' && e - b >= 2 && s[b + 1] >= 'a' ? W_CAP :
	    (uint8_t)upper_flags(b, e);
	if (t->flags & (W_CAP | W_UPPER)) {
		if (ncap == capcap) {
			capcap = capcap ? capcap * 2 : 1024;
			caps = erealloc(caps, capcap * sizeof(caps[0]));
		}
		caps[ncap++] = i;
	}
}

/* No word before, or one whose word after cut_words leaves to slow_words. */
#define FP_NONE ((size_t)-4)

/* Room for twice the words, for the next word t of the words as they are. */
static NOINLINE struct tok *
grow_toks(struct tok *t)
{
	size_t i = (size_t)(t - toks);

	captok *= 2;
	toks = erealloc(toks, captok * sizeof(toks[0]));
	return toks + i;
}

/* The start of the run of ASCII letters and digits that ends at e > 0. */
static size_t
run_start(size_t e)
{
	size_t k = (e - 1) / 64;
	uint64_t x = ~amask[k] & ~(uint64_t)0 >> (63 - (e - 1) % 64);

	while (x == 0) {
		if (k == 0)
			return 0;
		x = ~amask[--k];
	}
	return k * 64 + 64 - (size_t)__builtin_clzll(x);
}

/*
 * Two gaps before a word at b, after a word that ended at pos, besides
 * tokenize's spaces, that add_word would find the same way: a full stop
 * that ends a line (a break, and a sentence starts, whatever the word
 * before), and a hyphen that joins the word to one of letters or digits
 * ("well-known": W_HYPHEN).
 */
static inline int
line_or_hyphen(const unsigned char *s, size_t pos, size_t b)
{
	return (b == pos + 2 && s[pos] == '.' && s[pos + 1] == '\n') ||
	    (b == pos + 1 && s[pos] == '-' && alnum_at(pos - 1));
}

/*
 * Words are found from the runs of ASCII letters and digits of the mask:
 * most words are one run. Walking the bits of the mask finds them without
 * a branch per byte (a byte loop spends its time on a mispredicted exit at
 * every word end). text_word is called only where the mask is not the
 * whole story: non-ASCII letters, apostrophes, dotted initials
 * (slow_words). The runs that may begin a date are kept for find_dates.
 * Returns where the last word ends (ntok and prev_end are set).
 *
 * A run that ends the text is left out of the loop and given to
 * slow_words after it, so that in the loop a byte follows every run: the
 * byte after it and the second of the run are read without a test.
 */
static NOINLINE size_t
cut_words(void)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n = textlen, fp = FP_NONE, k, b, e, base, stop, nblock;
	size_t *dv;
	struct tok *t;
	uint64_t m, nm, starts, ends, carry = 0;
	unsigned ok;
	int f;

	dv = dcand;
	stop = n > 0 && alnum_at(n - 1) ? run_start(n) : n;
	/* The blocks with runs before stop; the one of stop is cut there. */
	nblock = (stop + 63) / 64;
	/*
	 * The next word is t, and ntok is written back before slow_words,
	 * which adds words its own way. So few values live through the loop
	 * that they all stay in registers: prev_end, where the last word
	 * ends, is read only on the way to slow_words, and so is toks.
	 */
	prev_end = 0;
	t = toks;
	for (k = 0; k < nblock; k++) {
		/* A block has at most 32 runs: room for them, once. */
		if (captok - (size_t)(t - toks) < 32)
			t = grow_toks(t);
		m = amask[k];
		if (k == stop / 64)
			m &= ~(~(uint64_t)0 << stop % 64);
		starts = m & ~(m << 1 | carry);
		carry = m >> 63;
		nm = ~m;
		base = k * 64;
		for (; starts != 0; starts &= starts - 1) {
			b = lowest_bit(starts);
			/* Most words end in the block they start in: the
			 * bits past b of ~m, with b < 64, are not all 0.
			 * Such a run is not longer than 64 bytes, which
			 * plain_word asks; one that goes on may be. */
			ends = nm >> b;
			b += base;
			if (ends != 0) {
				e = b + lowest_bit(ends);
				ok = cw.end_ok[s[e]];
			} else {
				/* No call: values live across one would not
				 * stay in registers. The run ends before stop,
				 * in a block of the loop. */
				for (e = k + 1; amask[e] == ~(uint64_t)0; e++)
					;
				e = e * 64 + lowest_bit(~amask[e]);
				ok = e - b <= 64 ? cw.end_ok[s[e]] : 0;
			}
			/* Written for every run, kept for those that may. */
			*dv = b;
			dv += cw.may2[s[b] | s[e - 1] << 8] >> ((e - b) & 15) & 1;
			/*
			 * Most words follow the word before after one space
			 * and end at a space or a plain byte: what plain_word
			 * and add_word would find for them is known without
			 * their tests, and the word is written whole; so are
			 * words after a comma or a full stop and a space, a
			 * full stop at a line end or a hyphen. fp is the end
			 * of the word before, FP_NONE when there is none or
			 * it is a possessive, whose word after is never one
			 * of these: no b is fp + 1 or fp + 2 then. One
			 * capital before a full stop is an initial (U.S.):
			 * the full stop ends no other word (plain_word), and
			 * is looked at once the likely case is not.
			 */
			if (LIKELY(b == fp + 1 && s[fp] == ' ' && ok == 1))
				f = F_SPACE;
			else if (ok == 2 &&
			    (ok = !(e == b + 1 && (unsigned)s[b] - 'A' < 26)) &&
			    b == fp + 1 && s[fp] == ' ')
				f = F_SPACE;
			else if (b == fp + 2 && s[fp + 1] == ' ' && ok &&
			    (s[fp] == ',' || (s[fp] == '.' && !short_cap(t - 1))))
				/* ", " ends no sentence: gap_of's comma. ". "
				 * does, after a word that is no abbreviation
				 * (add_word). */
				f = s[fp] == ',' ? F_COMMA : F_STOP;
			else if (ok && line_or_hyphen(s, fp, b))
				f = s[fp] == '.' ? F_STOP : F_HYPHEN;
			else if (ok && b == 0)
				f = F_STOP;	/* add_word's first word */
			else if (ok && fp == FP_NONE && t > toks &&
			    b == prev_end + 1 && s[prev_end] == ' ')
				/* After a possessive (the only word that leaves
				 * fp FP_NONE) and a space: gap_of's G_POSS, and
				 * a space starts no sentence. */
				f = F_POSS;
			else {
				/* The last word ends at fp, if it is known. */
				if (fp != FP_NONE)
					prev_end = fp;
				if (b < prev_end)
					continue;	/* inside a word of slow_words */
				ntok = (size_t)(t - toks);
				prev_end = slow_words(prev_end, b, e);
				t = toks + ntok;
				/* It may have filled the room for this block. */
				if (captok - ntok < 32)
					t = grow_toks(t);
				fp = t > toks && !(t[-1].flags & W_POSS) ?
				    prev_end : FP_NONE;
				continue;
			}
			fast_word(t, f, b, e);
			if (s[b] < 'a')
				cap_word(t, (size_t)(t - toks), b, e);
			t++;
			fp = e;
		}
	}
	if (fp != FP_NONE)
		prev_end = fp;
	ntok = (size_t)(t - toks);
	if (stop < n) {
		*dv = stop;
		dv += date_scan_may(dscan.code, dscan.lens, s, stop, n);
		if (stop >= prev_end)
			prev_end = slow_words(prev_end, stop, n);
	}
	ndcand = dates_on ? (size_t)(dv - dcand) : 0;
	return prev_end;
}

/* The words of the text, and its dates. */
static NOINLINE void
tokenize(void)
{
	size_t pos;

	tokenize_begin();
	pos = cut_words();
	/* Words of non-ASCII letters after the last ASCII one. */
	(void)slow_words(pos, textlen, textlen);
	find_dates();
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* The high bit of each zero byte of x, and maybe of bytes above one. */
static inline uint64_t
zero_bytes(uint64_t x)
{
	return (x - ONES) & ~x & HIGHS;
}

/*
 * The key of a plain word (ASCII letters and digits) as word_key makes it,
 * into out, which has room for KEYPAD(n) bytes. Most words spell nothing
 * the key folds (ou, doubled letters, -eh and -ah, al and el): their key
 * is the word in lower case, made eight bytes at a time, when the text has
 * eight bytes and one to spare past the word for the loads (room).
 */
static size_t
plain_key(const unsigned char *s, size_t n, char *out, int room,
    uint64_t *hash)
{
	uint64_t x, y, t, valid, h = FNV_BASIS ^ n;
	size_t i, o = 0;
	int c;

	*hash = FNV_BASIS;	/* word_hash of the empty key */
	if (n == 2 && ((s[0] | 0x20) == 'a' || (s[0] | 0x20) == 'e') &&
	    (s[1] | 0x20) == 'l')
		return 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	room = 0;	/* the masks below count bytes from the low end */
#endif
	if (!room)
		goto slow;
	/* Setting bit 0x20 folds letters to lower case and keeps digits.
	 * A pair of bytes i, i + 1 is one of the word when i + 1 < n. */
	for (i = 0; i < n; i += 8) {
		memcpy(&x, s + i, 8);
		memcpy(&y, s + i + 1, 8);
		x |= 0x2020202020202020ULL;
		y |= 0x2020202020202020ULL;
		memcpy(out + i, &x, 8);
		t = zero_bytes(x ^ y) | zero_bytes((x ^ 'o' * ONES) | (y ^ 'u' * ONES));
		valid = n - i - 1 >= 8 ? HIGHS : HIGHS & ~(~(uint64_t)0 << 8 * (n - i - 1));
		if (t & valid)
			goto slow;
		/* word_hash of the key, made as it is. */
		h = (h ^ (n - i >= 8 ? x : x & ~(~(uint64_t)0 << 8 * (n - i)))) *
		    FNV_PRIME;
		h ^= h >> 29;
	}
	if (n > 3 && out[n - 1] == 'h' && (out[n - 2] == 'e' || out[n - 2] == 'a'))
		goto slow;
	memset(out + n, 0, 8);	/* KEYPAD(n) - n bytes, in one store */
	*hash = h;
	return n;
slow:
	/* ou -> u, then doubled letters -> one: Mahmoud, Nakhalla. */
	for (i = 0; i < n; i++) {
		c = s[i] | 0x20;
		if (c == 'o' && i + 1 < n && (s[i + 1] | 0x20) == 'u')
			continue;
		if (o > 0 && out[o - 1] == c && c > '9')
			continue;
		out[o++] = (char)c;
	}
	/* The endings -eh and -ah are both written -a. */
	if (o > 3 && out[o - 1] == 'h' && (out[o - 2] == 'e' || out[o - 2] == 'a')) {
		out[o - 2] = 'a';
		o--;
	}
	memset(out + o, 0, KEYPAD(o) - o);
	*hash = word_hash(out, o);
	return o;
}

/*
 * The key of word t made afresh, and kept in the cache entry c if not
 * NULL (the word w0, w1 of n bytes is plain and short).
 */
static NOINLINE void
make_key_fresh(struct tok *t, struct kc_entry *c, uint64_t w0, uint64_t w1,
    size_t n)
{
	size_t k;

	if (t->plain) {
		k = plain_key((const unsigned char *)text + t->start, n,
		    keys.s + keys.len, t->start + KEYPAD(n) + 1 <= textlen,
		    &t->hash);
	} else {
		k = word_key(text + t->start, n, keys.s + keys.len, MAXKEY);
		memset(keys.s + keys.len + k, 0, KEYPAD(k) - k);
		t->hash = word_hash(keys.s + keys.len, k);
	}
	t->koff = (uint32_t)keys.len;
	t->klen = (uint16_t)k;
	keys.len += KEYPAD(k);
	t->sl = k > 0 ? find(keys.s + t->koff, k, t->hash) : NULL;
	if (c != NULL) {
		/* A plain key is no longer than its word: it fits. */
		c->w0 = w0;
		c->w1 = w1;
		c->n = (uint8_t)n;
		c->klen = (uint8_t)k;
		c->hash = t->hash;
		c->sl = t->sl;
		memcpy(c->key, keys.s + t->koff, sizeof(c->key));
	}
}

/*
 * The key of word i, from the cache when the word is a short plain one
 * met before (nine times in ten): that path is kept apart from
 * make_key_fresh so that it needs few registers and no frame. It is
 * make_key, and inlined where match_dict keys every capitalised word.
 */
static inline ALWAYS_INLINE void
key_of(size_t i)
{
	struct tok *t = &toks[i];
	struct kc_entry *c;
	size_t n = t->end - t->start;
	uint64_t w0, w1;

	t->kdone = 1;
	buf_reserve(&keys, MAXKEY + 8);
	if (!t->plain || n > 16 || t->start + 16 > textlen) {
		make_key_fresh(t, NULL, 0, 0, n);
		return;
	}
	/* The word as two words of eight bytes, zero past its end. */
	w0 = load_part(text + t->start, n < 8 ? n : 8);
	w1 = n > 8 ? load_part(text + t->start + 8, n - 8) : 0;
	c = &kcache[((w0 * 0x9e3779b97f4a7c15ULL) ^ (w1 * FNV_PRIME) ^ n) >>
	    (64 - KC_BITS)];
	if (c->n != n || c->w0 != w0 || c->w1 != w1) {
		make_key_fresh(t, c, w0, w1, n);
		return;
	}
	memcpy(keys.s + keys.len, c->key, sizeof(c->key));
	t->hash = c->hash;
	t->sl = c->sl;
	t->koff = (uint32_t)keys.len;
	t->klen = c->klen;
	keys.len += KEYPAD(c->klen);
}

static void
make_key(size_t i)
{
	key_of(i);
}

/* The rules ask for keys over and over: the test is worth inlining. */
static inline void
need_key(size_t i)
{
	if (!toks[i].kdone)
		make_key(i);
}

static uint32_t
wclass(size_t i)
{
	need_key(i);
	return toks[i].sl != NULL ? toks[i].sl->wclass : 0;
}

static int
is_cap(size_t i)
{
	return (toks[i].flags & W_CAP) != 0;
}

/* Words in a line of capitals (a headline, a caption credit). */
static int
in_caps_line(size_t i)
{
	int n = 0;

	if (i > 0 && (toks[i - 1].flags & W_UPPER) && toks[i].gap != G_BREAK &&
	    toks[i - 1].end - toks[i - 1].start > 1)
		n++;
	if (i + 1 < ntok && (toks[i + 1].flags & W_UPPER) &&
	    toks[i + 1].gap != G_BREAK && toks[i + 1].end - toks[i + 1].start > 1)
		n++;
	return n > 0 && !(toks[i].flags & W_DIGIT);
}

static int
caps_word(size_t i)
{
	size_t k, n = toks[i].end - toks[i].start;

	/* The words have two or three letters. */
	if (n < 2 || n > 3)
		return 0;
	for (k = 0; caps_words[k] != NULL; k++)
		if (caps_words[k][0] == text[toks[i].start] &&
		    strlen(caps_words[k]) == n &&
		    memcmp(caps_words[k], text + toks[i].start, n) == 0)
			return 1;
	return 0;
}

/* ---- candidates ---- */

static struct cand *
add_cand(size_t t0, size_t t1, int type, int src)
{
	struct cand *c;

	if (ncand == capcand) {
		capcand = capcand ? capcand * 2 : 256;
		cands = erealloc(cands, capcand * sizeof(cands[0]));
	}
	c = &cands[ncand++];
	memset(c, 0, sizeof(*c));
	c->actor = -1;
	c->t0 = t0;
	c->t1 = t1;
	c->start = toks[t0].start;
	c->end = toks[t1 - 1].end;
	c->type = type;
	c->src = src;
	return c;
}

static void
own(size_t t0, size_t t1, int c)
{
	size_t i;

	for (i = t0; i < t1; i++)
		toks[i].owner = c;
}

/* Kill the candidates inside words [t0, t1). */
static void
clear(size_t t0, size_t t1)
{
	size_t i;

	for (i = t0; i < t1; i++) {
		if (toks[i].owner >= 0)
			cands[toks[i].owner].dead = 1;
		toks[i].owner = -1;
	}
}

static const char *
cand_id(const struct cand *c, size_t *len)
{
	*len = c->idlen;
	return c->id != NULL ? c->id : arena.s + c->idoff;
}

/* The slug of words [t0, t1) in the arena: lowercase ASCII, accents
 * folded, anything else a hyphen. Returns its offset. */
static size_t
slug(size_t t0, size_t t1, size_t *len)
{
	char key[MAXKEY];
	size_t off = arena.len, i, j, k, pos;
	struct word w;
	const char *s;

	for (i = t0; i < t1; i++) {
		/* Fold each word by itself, without the spelling keys. */
		s = text + toks[i].start;
		if (toks[i].plain) {
			/* ASCII letters and digits: text_word would find
			 * the word whole, and it folds to lower case. */
			k = toks[i].end - toks[i].start;
			buf_reserve(&arena, k + 1);
			if (arena.len > off)
				arena.s[arena.len++] = '-';
			for (j = 0; j < k; j++)
				arena.s[arena.len++] = (char)(s[j] >= 'A' &&
				    s[j] <= 'Z' ? s[j] + 32 : s[j]);
			arena.s[arena.len] = '\0';
			continue;
		}
		pos = 0;
		while (text_word(s, toks[i].end - toks[i].start, &pos, &w)) {
			for (j = w.start, k = 0; j < w.end && k < sizeof(key) - 1; j++) {
				unsigned char c = (unsigned char)s[j];

				if (c >= 'A' && c <= 'Z')
					key[k++] = (char)(c + 32);
				else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
					key[k++] = (char)c;
				else if (c >= 0xc3 && c <= 0xc5 && j + 1 < w.end) {
					char one[8];

					if (word_key(s + j, 2, one, sizeof(one)) == 1)
						key[k++] = one[0];
					j++;
				} else if (c == '\'' || c >= 0x80)
					continue;
				else
					key[k++] = '-';
			}
			if (k == 0)
				continue;
			if (arena.len > off)
				buf_addc(&arena, '-');
			buf_add(&arena, key, k);
		}
	}
	*len = arena.len - off;
	buf_addc(&arena, '\0');
	return off;
}

/* ---- 1. dictionary names ---- */

static int
sep_ok(size_t i)
{
	return toks[i].gap == G_SPACE || toks[i].gap == G_HYPHEN;
}

/* Word i is capitalised, or is al- before a capitalised word. */
static int
al_cap(size_t i)
{
	need_key(i);
	if (toks[i].klen == 0 && i + 1 < ntok && toks[i + 1].gap == G_HYPHEN)
		return is_cap(i + 1) && !(toks[i + 1].flags & W_UPPER);
	return is_cap(i) && !(toks[i].flags & W_UPPER);
}

/* Does a dictionary name start at word i? */
static int
longer_name(size_t i)
{
	need_key(i);
	return toks[i].sl != NULL && (toks[i].sl->prefix ||
	    toks[i].sl->norm.actor >= 0 || toks[i].sl->acro.actor >= 0);
}

/*
 * The longest dictionary name from word i: returns the word after it, 0 if
 * none, and its slot and target in *slp and *tgp. The hash of a name is
 * the one of its first words extended by a word (hash_more), so each word
 * costs one probe; an acronym target needs the words in capitals.
 */
static size_t
longest_name(size_t i, struct slot **slp, struct target **tgp)
{
	size_t j, kl = 0, kl0, nw, best = 0;
	struct slot *sl, *cur = NULL;
	struct target *tg;
	uint64_t h = 0, h0;
	int allcaps = 1;

	*slp = NULL;
	*tgp = NULL;
	for (j = i, nw = 0; j < ntok && j < i + MAXWORDS; j++) {
		/* A possessive may stand inside a name: "People's Liberation
		 * Army", keyed without it. */
		if (j > i && !sep_ok(j) && toks[j].gap != G_POSS)
			break;
		need_key(j);
		if (toks[j].klen == 0)
			continue;	/* al-, el- */
		if (!(toks[j].flags & W_UPPER))
			allcaps = 0;
		if (nw++ == 0) {
			/* One word is looked up in its own key (make_key). */
			if (toks[j].klen >= MAXKEY)
				break;
			kl = toks[j].klen;
			h = toks[j].hash;
			sl = toks[j].sl;
		} else {
			/*
			 * The words so far and this one: the key of slot cur,
			 * a space, the word's key. It is found by the two
			 * slots (pairs) rather than by the key: a word of a
			 * name has a slot of its own.
			 */
			kl0 = kl;
			h0 = h;
			kl++;
			if (kl + toks[j].klen >= MAXKEY)
				break;
			h = hash_more(h, toks[j].hash);
			kl += toks[j].klen;
			sl = toks[j].sl == NULL ? NULL :
			    find_pair(pair_of(cur, toks[j].sl), h);
			/* A middle initial the name has not: "Henry A.
			 * Kissinger", as wire copy of the 1970s wrote it. */
			if (sl == NULL && toks[j].end - toks[j].start == 1 &&
			    (toks[j].flags & W_UPPER) && toks[j].end < textlen &&
			    text[toks[j].end] == '.') {
				kl = kl0;
				h = h0;
				nw--;
				continue;
			}
		}
		if (sl == NULL)
			break;
		cur = sl;
		tg = NULL;
		if (allcaps && sl->acro.actor >= 0)
			tg = &sl->acro;
		else if (sl->norm.actor >= 0)
			tg = &sl->norm;
		if (tg != NULL) {
			best = j + 1;
			*slp = sl;
			*tgp = tg;
		}
		if (!sl->prefix)
			break;
	}
	return best;
}

/*
 * The target of a word of slot sl (NULL if none) and flags (W_*) alone,
 * as longest_name picks it: the acronym's for a word in capitals.
 */
static inline struct target *
word_target(struct slot *sl, unsigned flags)
{
	if (sl == NULL)
		return NULL;
	if ((flags & W_UPPER) && sl->acro.actor >= 0)
		return &sl->acro;
	return sl->norm.actor >= 0 ? &sl->norm : NULL;
}

/*
 * Would longest_name find nothing from word i, whose slot sl begins longer
 * names, because the word is no name itself and the next word goes on
 * with none of them ("The meeting", "Foreign policy")? 0 when that takes
 * more than a look at the next word. It makes the keys longest_name would
 * make, and no others.
 */
static inline int
stops_at_two(size_t i, struct slot *sl)
{
	size_t j = i + 1;

	if (toks[i].klen >= MAXKEY)
		return 1;	/* longest_name looks no further */
	if (word_target(sl, toks[i].flags) != NULL || j >= ntok)
		return 0;
	if (!sep_ok(j) && toks[j].gap != G_POSS)
		return 1;
	need_key(j);
	if (toks[j].klen == 0)
		return 0;	/* al-: longest_name goes on past it */
	if (toks[i].klen + 1 + toks[j].klen >= MAXKEY)
		return 1;
	if (toks[j].sl != NULL && find_pair(pair_of(sl, toks[j].sl),
	    hash_more(toks[i].hash, toks[j].hash)) != NULL)
		return 0;
	/* A middle initial the name has not is passed over. */
	return !(toks[j].end - toks[j].start == 1 && (toks[j].flags & W_UPPER) &&
	    toks[j].end < textlen && text[toks[j].end] == '.');
}

/*
 * A news agency's signature after a dateline: "ISLAMABAD (PTI) -",
 * "LONDON, June 5 (Reuters) -". The word in brackets is the agency that
 * filed the story, never a party that shares its acronym, so it is first
 * looked up as "<word> news agency", the name an agency row gives
 * itself. Returns the actor, or -1.
 */
static int32_t
agency_sign(size_t i)
{
	char key[MAXKEY + 8];
	struct slot *sl;
	size_t p, k, n;

	/* The gap first: it rules out nearly every word. */
	if (toks[i].gap != G_OPEN || i == 0 || i + 1 > ntok || toks[i].sent)
		return -1;
	for (p = toks[i].end; p < textlen && text[p] == ' '; p++)
		;
	if (p >= textlen || text[p++] != ')')
		return -1;
	while (p < textlen && text[p] == ' ')
		p++;
	if (p >= textlen || !(text[p] == '-' || (p + 2 < textlen &&
	    (unsigned char)text[p] == 0xe2 && (unsigned char)text[p + 1] == 0x80 &&
	    ((unsigned char)text[p + 2] == 0x93 || (unsigned char)text[p + 2] == 0x94))))
		return -1;
	/* The dateline's place, in capitals, begins the line. */
	for (k = i - 1; k > 0 && !toks[k].sent && i - k < 8; k--)
		;
	if (!toks[k].sent || !(toks[k].flags & W_UPPER))
		return -1;
	need_key(i);
	n = toks[i].klen;
	if (n == 0 || n + 12 >= MAXKEY)
		return -1;
	memcpy(key, keys.s + toks[i].koff, n);
	memcpy(key + n, " news agency", 12);
	n += 12;
	if ((sl = find(key, n, key_hash(key, n))) == NULL)
		return -1;
	return sl->norm.actor;
}

/*
 * The first half of a pair that shares its noun: "South and North Korea",
 * "East and West Germany". Word i is a compass word, then "and", the
 * other compass word and a dictionary name: the compass word with the
 * rest of that name is looked up. Returns the actor, or -1.
 */
static int word_is(size_t, const char *, size_t);

static int32_t
elliptic_name(size_t i)
{
	static const char *const compass[] = { "north", "south", "east",
	    "west", NULL };
	char key[MAXKEY + 8];
	struct slot *sl;
	struct target *tg;
	size_t j, e, n;
	int a, b;

	/* The compass words have four or five letters: a test that rules
	 * out most words before the others. */
	if ((n = toks[i].end - toks[i].start) < 4 || n > 5 || i + 3 >= ntok ||
	    !sep_ok(i + 1) || !sep_ok(i + 2) || !word_is(i + 1, "and", 3))
		return -1;
	for (a = 0; compass[a] != NULL && !word_is(i, compass[a], strlen(compass[a])); a++)
		;
	for (b = 0; compass[b] != NULL && !word_is(i + 2, compass[b], strlen(compass[b])); b++)
		;
	if (compass[a] == NULL || compass[b] == NULL || a == b ||
	    !is_cap(i) || !is_cap(i + 2))
		return -1;
	/* The second half may be no name of its own: "North and South
	 * Vietnam" (of which only North Vietnam is a state). */
	if ((e = longest_name(i + 2, &sl, &tg)) < i + 4 &&
	    (e = longest_name(i + 3, &sl, &tg)) < i + 4)
		return -1;
	need_key(i);
	n = toks[i].klen;
	memcpy(key, keys.s + toks[i].koff, n);
	for (j = i + 3; j < e; j++) {
		need_key(j);
		if (n + 1 + toks[j].klen >= MAXKEY)
			return -1;
		key[n++] = ' ';
		memcpy(key + n, keys.s + toks[j].koff, toks[j].klen);
		n += toks[j].klen;
	}
	if ((sl = find(key, n, key_hash(key, n))) == NULL || sl->norm.actor < 0 ||
	    sl->norm.adjective)
		return -1;
	return sl->norm.actor;
}

/*
 * Is word i written as one of the names of actor a (its adjectives if
 * adj), but for case? The key forgives spelling ("Nakhalah" and
 * "Nakhaleh"), which may make one word of two names.
 */
static int
spelled_as(size_t i, int32_t a, int adj)
{
	const struct actor *x = actors[a];
	const char *p, *e, *w = text + toks[i].start;
	size_t n = toks[i].end - toks[i].start;

	for (p = adj ? dict_adjectives(x) : dict_names(x); *p != '\0';
	    p = *e ? e + 1 : e) {
		e = p + strcspn(p, ";");
		if ((size_t)(e - p) == n && strncasecmp(p, w, n) == 0)
			return 1;
	}
	return 0;
}

static NOINLINE void
match_dict(void)
{
	size_t i, j, k, best, first, ci, next = 0;
	int32_t ag;
	struct slot *bestsl, *sl;
	struct target *besttg, *tg;
	struct cand *c;

	for (ci = 0; ci < ncap; ci++) {
		if ((i = caps[ci]) < next)
			continue;
		if ((ag = agency_sign(i)) >= 0 || (ag = elliptic_name(i)) >= 0) {
			c = add_cand(i, i + 1, actors[ag]->type, S_DICT);
			c->id = actors[ag]->id;
			c->actor = ag;
			c->idlen = idlens[ag];
			own(i, i + 1, (int)(c - cands));
			next = i + 1;
			continue;
		}
		/*
		 * Most capitalised words begin no name longer than
		 * themselves (Smith, Hamas): the word's slot tells what
		 * longest_name would find. Most of the others begin names
		 * that the next word does not go on with (The meeting).
		 */
		if (!toks[i].kdone)
			key_of(i);	/* need_key, without the call */
		sl = toks[i].sl;
		if (toks[i].klen > 0 && toks[i].klen < MAXKEY &&
		    (sl == NULL || !sl->prefix)) {
			if ((besttg = word_target(sl, toks[i].flags)) == NULL)
				continue;
			bestsl = sl;
			best = i + 1;
		} else {
			if (toks[i].klen > 0 && stops_at_two(i, sl))
				continue;
			best = longest_name(i, &bestsl, &besttg);
			if (besttg == NULL)
				continue;
		}
		/* An acronym that is an English word, in a headline. */
		if (besttg == &bestsl->acro && best == i + 1 && caps_word(i) &&
		    in_caps_line(i))
			continue;
		/* "Egyptian-brokered": a manner, not the state acting. */
		if (besttg->adjective && best < ntok &&
		    toks[best].gap == G_HYPHEN && !is_cap(best))
			continue;
		/* A capitalised English word in a headline: A MAN HOLDS. */
		if (besttg == &bestsl->norm && best == i + 1 &&
		    (toks[i].flags & W_UPPER) && toks[i].klen < 4 &&
		    in_caps_line(i))
			continue;
		/* A place name that begins a person's name: Israel Katz. */
		if (best == i + 1 && !besttg->adjective && best < ntok &&
		    toks[best].gap == G_SPACE && al_cap(best) &&
		    (actors[besttg->actor]->type == T_LOC ||
		    actors[besttg->actor]->type == T_GPE) &&
		    (wclass(best) & (WC_TITLE | WC_STOP | WC_TIME | WC_CUE |
		    WC_BLOCK | WC_MOD | WC_GENERIC | WC_MEDIA)) == 0 &&
		    !longer_name(best))
			continue;
		/* A name word inside a person's name: Abdel Fattah al-Sisi. */
		if (best == i + 1 && !besttg->adjective && besttg != &bestsl->acro &&
		    i > 0 && toks[i].gap == G_SPACE && is_cap(i - 1) &&
		    !(toks[i - 1].flags & W_UPPER) && toks[i - 1].owner < 0 &&
		    !toks[i - 1].sent && (wclass(i - 1) & (WC_TITLE | WC_STOP |
		    WC_TIME | WC_CUE | WC_BLOCK | WC_MOD | WC_GENERIC)) == 0)
			continue;
		/* A place reached through the spelling key alone, whose key
		 * is a dictionary person's last name too: "Mr Cameron" is
		 * not Cameroon. */
		if (best == i + 1 && bestsl->sur != -1 &&
		    (actors[besttg->actor]->type == T_LOC ||
		    actors[besttg->actor]->type == T_GPE) &&
		    !spelled_as(i, besttg->actor, besttg->adjective))
			continue;
		first = i;
		/* The article belongs to the name: al-Sisi. */
		if (i > 0 && toks[i - 1].klen == 0 && toks[i - 1].kdone &&
		    sep_ok(i) && toks[i - 1].owner < 0)
			first = i - 1;
		else if (i > 0 && sep_ok(i)) {
			need_key(i - 1);
			if (toks[i - 1].klen == 0 && toks[i - 1].end - toks[i - 1].start == 2)
				first = i - 1;
		}
		k = best;
		c = add_cand(first, k, actors[besttg->actor]->type, S_DICT);
		c->id = actors[besttg->actor]->id;
		c->actor = besttg->actor;
		c->idlen = idlens[besttg->actor];
		c->adjective = besttg->adjective;
		/* Regions of no state (the Middle East, Central America) are
		 * where things happen, never who acts: they are not written,
		 * but their words are taken, so that "Central American" is
		 * not the United States by its last word. */
		if (c->type == T_LOC && actors[c->actor]->country[0] == '\0' &&
		    actors[c->actor]->parent == NULL) {
			/* A longer name begun inside it is that name: "The
			 * Gulf Cooperation Council" is no "the Gulf". */
			for (j = i + 1; j < k; j++)
				if (longest_name(j, &sl, &tg) > k)
					break;
			if (j < k) {
				ncand--;
				continue;
			}
			c->hidden = 1;
		}
		own(first, k, (int)(c - cands));
		next = k;
	}
}

/* ---- 2. organisations named by a cue word ---- */

static int
run_word(size_t i)
{
	if (toks[i].flags & W_DIGIT)
		return 0;
	if (is_cap(i))
		return 1;
	need_key(i);
	return toks[i].klen == 0;	/* al- */
}

/* A cue run: capitalised words joined by of, for, the, and. */
static size_t
run_end(size_t i)
{
	size_t j = i + 1;

	while (j < ntok && sep_ok(j)) {
		if (run_word(j)) {
			j++;
			continue;
		}
		/* "X Union and the Y Front" are two names. */
		if (toks[j].end - toks[j].start == 3 &&
		    memcmp(text + toks[j].start, "and", 3) == 0 &&
		    j + 1 < ntok && toks[j + 1].end - toks[j + 1].start == 3 &&
		    memcmp(text + toks[j + 1].start, "the", 3) == 0)
			break;
		if ((wclass(j) & WC_LINK) && j + 1 < ntok && sep_ok(j + 1)) {
			/* "the Court of Appeal on Wednesday": no day in a
			 * name. */
			if (run_word(j + 1) && !(is_cap(j + 1) &&
			    (wclass(j + 1) & WC_TIME))) {
				j += 2;
				continue;
			}
			if ((wclass(j + 1) & WC_LINK) && j + 2 < ntok &&
			    sep_ok(j + 2) && run_word(j + 2)) {
				j += 3;
				continue;
			}
		}
		break;
	}
	return j;
}

static const char *cand_country(int);
static const struct actor *cand_actor(const struct cand *);

/* Is word j the word w (lower case, n bytes) in any case? */
static int
word_is(size_t j, const char *w, size_t n)
{
	size_t k;

	if (toks[j].end - toks[j].start != n)
		return 0;
	for (k = 0; k < n; k++)
		if ((text[toks[j].start + k] | 0x20) != w[k])
			return 0;
	return 1;
}

/*
 * Is the cue word at c the head of a government body, whose name may list
 * its fields with "and" ("Department for Work and Pensions", "Bureau of
 * Alcohol, Tobacco and Firearms")? A bank's or a court's may not: "the
 * Bank of England and Barclays".
 */
static int
body_cue(size_t c)
{
	static const char *const cues[] = { "ministry", "department", "bureau",
	    "office", "directorate", "secretariat", "commission", "committee",
	    "council", "agency", "institute", NULL };
	size_t k;

	for (k = 0; cues[k] != NULL; k++)
		if (word_is(c, cues[k], strlen(cues[k])))
			return 1;
	return 0;
}

/* Can word j be a field in such a list: capitalised, of no other name,
 * no cue or day? (A title may be a field, "Law and Justice": a list
 * ends the run, and "... and Interior Minister X" goes on.) */
static int
field_word(size_t j)
{
	return is_cap(j) && !(toks[j].flags & W_UPPER) && toks[j].owner < 0 &&
	    !toks[j].blocked && toks[j].klen > 0 && !(wclass(j) & (WC_CUE |
	    WC_MEDIA | WC_STOP | WC_TIME | WC_BLOCK));
}

/*
 * The end of the fields of a body's name from word j, the word after its
 * "and": "... and Pensions", "..., Tobacco and Firearms". A list is one or
 * two capitalised words after "and", before which may come other fields
 * set off by commas. Returns the end, or j if there is no such list.
 */
static size_t
fields_end(size_t j, int commas)
{
	size_t k = j, n;
	int items = 0;

	for (;;) {
		for (n = 0; k < ntok && n < 3 && (n == 0 || sep_ok(k)) &&
		    field_word(k); k++, n++)
			;
		if (n == 0 || n > 2)
			return j;
		if (k < ntok && toks[k].gap == G_SPACE && word_is(k, "and", 3)) {
			if (!commas && items > 0)
				return j;
			k++;
			for (n = 0; k < ntok && n < 3 && (n == 0 || sep_ok(k)) &&
			    field_word(k); k++, n++)
				;
			if (n == 0 || n > 2)
				return j;
			/* The list ends the name. */
			if (k < ntok && sep_ok(k) && is_cap(k))
				return j;
			return k;
		}
		if (!commas || k >= ntok || toks[k].gap != G_COMMA || ++items > 3)
			return j;
	}
}

/* The end of one or two field words from j that end a cue run: "...
 * and Pensions", "... and Rural Affairs"; j if there are none. */
static size_t
and_fields(size_t j)
{
	size_t k;

	for (k = j; k < ntok && k < j + 2 && (k == j || sep_ok(k)) &&
	    field_word(k); k++)
		;
	return k;
}

/*
 * Does the dictionary organisation at word j, which begins after word i
 * of a cue run, stand inside a longer name: "United Democratic Front",
 * "Social Democratic Party" are not "Democratic Front", "Democratic Party"?
 * The words before it are capitalised words of no other name, or the
 * demonym of another state ("Lebanese Democratic Party"; "Iranian
 * Revolutionary Guards" are the Revolutionary Guards).
 */
static int
longer_org(size_t i, size_t j)
{
	const struct cand *o = &cands[toks[j].owner], *d;
	const struct actor *a;
	size_t k;

	if (o->type != T_ORG || o->adjective || o->id == NULL || o->t0 <= i)
		return 0;
	for (k = i; k < o->t0; k++) {
		if (toks[k].owner >= 0) {
			d = &cands[toks[k].owner];
			if (!d->adjective || d->type != T_GPE ||
			    (a = dict_get(o->id, o->idlen)) == NULL ||
			    strcmp(cand_country(toks[k].owner), a->country) == 0)
				return 0;
			continue;
		}
		/* Words that name other parties and fronts: "United", "New",
		 * "Social"; not a branch or an organ, "Stevenage Labour
		 * Party", "Parliamentary Labour Party". */
		if (!is_cap(k) || toks[k].klen == 0 || (toks[k].flags & W_UPPER) ||
		    (wclass(k) & (WC_STOP | WC_TIME | WC_TITLE | WC_LINK)) ||
		    ((wclass(k) & (WC_MOD | WC_GENERIC)) != WC_GENERIC &&
		    !word_is(k, "social", 6) && !word_is(k, "christian", 9) &&
		    !word_is(k, "liberal", 7) && !word_is(k, "socialist", 9) &&
		    !word_is(k, "progressive", 11)))
			return 0;
	}
	return 1;
}

/* Acronym in parentheses right after words [.., t1): "(PFLP)". */
static size_t
paren_acronym(size_t t1)
{
	if (t1 < ntok && toks[t1].gap == G_OPEN &&
	    (toks[t1].flags & W_UPPER) && t1 + 1 <= ntok &&
	    (t1 + 1 == ntok || toks[t1 + 1].gap != G_SPACE))
		return t1;
	return (size_t)-1;
}

static NOINLINE void
match_cues(void)
{
	size_t i, j, e = 0, e0, cue, a, ci;
	int generic_only, headline, dictstart, oflist, titled, longer;
	int titled_list;
	uint32_t wc;
	struct cand *c;

	for (ci = 0; ci < ncap; ci++) {
		if ((i = caps[ci]) < e)
			continue;
		if (!is_cap(i) || (toks[i].flags & W_UPPER && in_caps_line(i))) {
			e = i + 1;
			continue;
		}
		e = run_end(i);
		/*
		 * Most runs have no cue word and no name that is no actor:
		 * nothing below comes of them. (run_end made the keys of the
		 * words of the run, and match_dict those of the capitalised
		 * ones: this test makes none.)
		 */
		for (j = i; j < e && !(wclass(j) & (WC_CUE | WC_MEDIA | WC_BLOCK)); j++)
			;
		if (j == e)
			continue;
		/* Leading stop words are not part of the name: The, But. */
		while (i < e && (wclass(i) & (WC_STOP | WC_TIME)) &&
		    toks[i].owner < 0)
			i++;
		if (i >= e)
			continue;
		headline = 1;
		for (j = i; j < e; j++)
			if (!(toks[j].flags & W_UPPER) && is_cap(j))
				headline = 0;
		if (headline)
			continue;
		/* Titles before "of" are the person's, not the body's:
		 * "Director of the Egyptian ... Directorate". */
		for (j = i, titled = 0; j < e && (wclass(j) & (WC_TITLE | WC_MOD)) &&
		    toks[j].owner < 0; j++)
			titled |= (wclass(j) & WC_TITLE) != 0;
		/* (A "Ministry of" or "Council of" has no title in it.) */
		if (titled && j < e && (wclass(j) & WC_LINK)) {
			while (j < e && (wclass(j) & WC_LINK))
				j++;
			i = j;
		}
		/* "Former Cabinet minister X": former is his, not the
		 * cabinet's. */
		while (i < e && (wclass(i) & (WC_TITLE | WC_FORMER)) &&
		    toks[i].owner < 0)
			i++;
		if (i >= e)
			continue;
		/* "Olu Falae of the Alliance for Democracy", "Speaking on
		 * BBC Radio": a name of two words, or a verb, before "of" or
		 * "on" is not the body's. */
		for (j = i; e - i >= 3 && j < e && toks[j].owner < 0 &&
		    toks[j].klen > 0 && is_cap(j) && !(wclass(j) & (WC_CUE |
		    WC_MEDIA | WC_GENERIC | WC_LINK)); j++)
			;
		if (e - i >= 3 && j < e && (word_is(j, "of", 2) ||
		    word_is(j, "on", 2) || word_is(j, "at", 2)) &&
		    (j == i + 2 || (j == i + 1 && toks[i].end - toks[i].start > 4 &&
		    memcmp(text + toks[i].end - 3, "ing", 3) == 0))) {
			while (j < e && (wclass(j) & WC_LINK))
				j++;
			i = j;
		}
		e0 = e;
		cue = (size_t)-1;
		generic_only = 1;
		oflist = longer = titled_list = 0;
		for (j = i; j < e; j++) {
			wc = wclass(j);
			/* "Bank of X and the Y Front" are two names; "Ministry
			 * of Law and Justice" is one. */
			if (cue != (size_t)-1 && toks[j].end - toks[j].start == 3 &&
			    memcmp(text + toks[j].start, "and", 3) == 0) {
				if (oflist && !titled_list && and_fields(j + 1) == e)
					continue;
				e = j;
				break;
			}
			if (cue != (size_t)-1 && j == cue + 1 && (wc & WC_LINK) &&
			    body_cue(cue))
				oflist = 1;
			/* "Office of the Deputy Prime Minister and ..." is
			 * no list of fields. */
			if (oflist && (wc & WC_TITLE))
				titled_list = 1;
			/* A name that is no actor ("Baker Street") takes the
			 * run, unless its word is of a dictionary name:
			 * "Downing Street" is the British government. */
			if ((wc & WC_BLOCK) && !(toks[j].owner >= 0 &&
			    cands[toks[j].owner].src == S_DICT)) {
				clear(i, e);
				for (a = i; a < e; a++)
					toks[a].blocked = 1;
				cue = (size_t)-1;
				generic_only = 1;
				break;
			}
			/* A cue inside a known name is that name's: West Bank. */
			if ((wc & (WC_CUE | WC_MEDIA)) && (toks[j].owner < 0 ||
			    cands[toks[j].owner].adjective ||
			    (longer = longer_org(i, j))))
				cue = j;
			if (!(wc & (WC_GENERIC | WC_STOP | WC_TIME)) && toks[j].klen > 0)
				generic_only = 0;
		}
		/* Generic words around a known name are another name:
		 * "United Democratic Front". */
		if (cue == (size_t)-1 || (generic_only && !longer))
			continue;
		/* A bill or an act is named after a body: "Police Bill". */
		if (word_is(e0 - 1, "bill", 4) || word_is(e0 - 1, "act", 3)) {
			clear(i, e0);
			for (a = i; a < e0; a++)
				toks[a].blocked = 1;
			continue;
		}
		/* The name ends with its cue word, or goes on with "of ...":
		 * "Bank of England", but "... Committee Secretary-General X".
		 * A paper's word may begin its name: "Daily Record". */
		if (cue == i && (wclass(cue) & WC_MEDIA) && cue + 1 < e &&
		    field_word(cue + 1) && !(wclass(cue + 1) & WC_TITLE))
			for (e = cue + 1; e < e0 && field_word(e) &&
			    !(wclass(e) & WC_TITLE); e++)
				;
		else if (!(cue + 1 < e && (wclass(cue + 1) & WC_LINK)))
			e = cue + 1;
		/* "Bureau of Alcohol, Tobacco and Firearms". */
		if (e == e0 && oflist && e < ntok && toks[e].gap == G_COMMA &&
		    (a = fields_end(e, 1)) > e)
			e = a;
		/* Names of the dictionary joined by "and" are two names. */
		for (j = i; j < e; j++)
			if (toks[j].end - toks[j].start == 3 &&
			    memcmp(text + toks[j].start, "and", 3) == 0 &&
			    toks[j - 1].owner >= 0)
				i = j + 1;
		if (i >= e)
			continue;
		/* The run is one dictionary name: nothing to add. */
		if (toks[i].owner >= 0 && cands[toks[i].owner].t1 >= e)
			continue;
		/* A known organisation or state and its organ: "PLO Executive
		 * Committee" is the PLO speaking. */
		dictstart = toks[i].owner >= 0 && !cands[toks[i].owner].adjective &&
		    (cands[toks[i].owner].type == T_ORG ||
		    cands[toks[i].owner].type == T_GPE) &&
		    !(wclass(cue) & WC_MEDIA);
		/* A state's name that begins a body of its own name is no
		 * organ of its government: "Zambia Congress of Trade Unions",
		 * "Kenya Employers Federation", unlike "Israel Police". */
		if (dictstart && cands[toks[i].owner].type == T_GPE) {
			for (j = cands[toks[i].owner].t1; j < e; j++)
				if (toks[j].klen > 0 && !(wclass(j) &
				    (WC_GENERIC | WC_LINK)))
					dictstart = 0;
		}
		if (dictstart)
			continue;
		clear(i, e);
		c = add_cand(i, e, T_ORG, S_CUE);
		if ((a = paren_acronym(e)) != (size_t)-1) {
			c->idoff = slug(a, a + 1, &c->idlen);
		} else
			c->idoff = slug(i, e, &c->idlen);
		own(i, e, (int)(c - cands));
		if (a != (size_t)-1 && toks[a].owner < 0) {
			struct cand *d = add_cand(a, a + 1, T_ORG, S_CUE);

			d->idoff = cands[ncand - 2].idoff;
			d->idlen = cands[ncand - 2].idlen;
			own(a, a + 1, (int)(d - cands));
		}
	}
}

/* ---- 3. people introduced by a title ---- */

/* Could word i be part of a person's name? (Asked of nearly every
 * capitalised word and the words after it: inlined.) */
static inline int
name_word(size_t i)
{
	uint32_t wc;
	const struct tok *t = &toks[i];

	if (t->blocked || (t->flags & W_DIGIT))
		return 0;
	if (t->owner >= 0 && cands[t->owner].type != T_PER)
		return 0;
	need_key(i);
	if (t->klen == 0)
		return 1;	/* al-, el- */
	if (!(t->flags & W_CAP))
		return 0;
	/* After al- any word is a name: al-Sheikh, al-Amir. */
	if ((t->flags & W_HYPHEN) && i > 0 && toks[i - 1].kdone &&
	    toks[i - 1].klen == 0)
		return 1;
	if ((t->flags & W_UPPER) && t->end - t->start > 1) {
		/* Only regnal numbers are written in capitals in a name. */
		return strspn(text + t->start, "IVX") >= t->end - t->start;
	}
	wc = wclass(i);
	return (wc & (WC_TITLE | WC_STOP | WC_TIME | WC_CUE | WC_BLOCK |
	    WC_MOD)) == 0;
}

/*
 * A lower-case particle inside a name: Mailson da Nobrega, Miguel de la
 * Madrid, Hans van den Broek, Daniel arap Moi. The key is the word itself:
 * particles are short and plain.
 */
#define LETTER(c) (1u << ((c) - 'a'))

static inline int
particle(size_t i)
{
	/* By length, then as written: this is asked after most names, and
	 * the length and first letter rule most words out. */
	static const char *const part[6] = {
		"", "y", "dadedodudilale", "dosdasdesdelvanvonderdenterbinbenibn",
		"arap", "della"
	};
	static const uint32_t first[6] = {
		0, LETTER('y'), LETTER('d') | LETTER('l'), LETTER('b') |
		LETTER('d') | LETTER('i') | LETTER('t') | LETTER('v'),
		LETTER('a'), LETTER('d')
	};
	size_t n = toks[i].end - toks[i].start, k;
	const char *p, *w = text + toks[i].start;
	unsigned c = (unsigned char)w[0] - 'a';

	if (n > 5 || c >= 26 || (first[n] >> c & 1) == 0 ||
	    (toks[i].flags & W_CAP) || !toks[i].plain)
		return 0;
	for (p = part[n]; *p != '\0'; p += n) {
		if (p[0] != w[0])
			continue;
		for (k = 1; k < n && p[k] == w[k]; k++)
			;
		if (k == n)
			return 1;
	}
	return 0;
}

/* Is word j, after the first word of a name, a particle that leads on to
 * more of the name ("da Nobrega", "de la Madrid")? */
static int
name_particle(size_t j)
{
	size_t k;

	for (k = j; k < ntok && k < j + 3 && sep_ok(k) && particle(k); k++)
		;
	return k > j && k < ntok && sep_ok(k) && is_cap(k) && name_word(k);
}

/*
 * Is word j the lower-case second half of a hyphenated given name of East
 * Asia, one syllable after a capitalised one: Jae-in, Kai-shek? Not an
 * English word joined to a name ("Hamas-run").
 */
static int
given_tail(size_t j)
{
	size_t n = toks[j].end - toks[j].start;
	const char *w = text + toks[j].start;

	return toks[j].gap == G_HYPHEN && toks[j].plain && !is_cap(j) &&
	    w[-1] == '-' && toks[j - 1].end + 1 == toks[j].start &&
	    is_cap(j - 1) && !(n == 3 && (memcmp(w, "run", 3) == 0 ||
	    memcmp(w, "era", 3) == 0)) && syllables(w, n, 1) == 1;
}

/* name_at past its first tests: word i is a name word of a key. */
static NOINLINE size_t
name_from(size_t i, int minwords)
{
	size_t j, n = 0;

	/* Word i is a name word: it is not asked again. */
	for (j = i; j < ntok && (j == i || (sep_ok(j) && (name_word(j) ||
	    (toks[j].end - toks[j].start <= 5 &&
	    (name_particle(j) || given_tail(j)))))); j++) {
		if (particle(j) || !is_cap(j))
			continue;
		if (toks[j].klen > 0)
			n++;
		if (n > 4)
			return i;
	}
	while (j > i && toks[j - 1].klen == 0)
		j--;
	return (int)n >= minwords ? j : i;
}

/*
 * A person's name from word i: 2 to 4 words. Returns its end, or i. The
 * tests that most words fail are inlined.
 */
static inline size_t
name_at(size_t i, int minwords)
{
	size_t j = i + 1;

	if (!name_word(i) || toks[i].klen == 0 || (toks[i].flags & W_UPPER))
		return i;
	/*
	 * Most often the next word is a small word whose key is made (a
	 * name of one word, as name_from would find, asking nothing that
	 * makes a key): no name word, no particle, no given name's tail.
	 */
	if (minwords > 1 && (j >= ntok || !sep_ok(j) || (toks[j].kdone &&
	    toks[j].klen > 0 && !(toks[j].flags & W_CAP) &&
	    (toks[j].end - toks[j].start > 5 || (toks[j].gap != G_HYPHEN &&
	    !particle(j))))))
		return i;
	return name_from(i, minwords);
}

/*
 * Is word i a function word or a particle (In, The, De, Bin), which no
 * name is called by alone however a name ends?
 */
static int
function_word(size_t i)
{
	static const char part[][5] = { "da", "di", "del", "der", "den",
	    "van", "von", "bin", "ben", "ibn", "abu", "bint", "ter" };
	const char *k;
	size_t n, p;

	/* Names end in no long function word: one test for most. */
	if ((n = toks[i].klen) > 6)
		return 0;
	if (wclass(i) & (WC_STOP | WC_LINK | WC_TIME))
		return 1;
	if (n < 2 || n > 4)
		return 0;
	k = keys.s + toks[i].koff;
	for (p = 0; p < sizeof(part) / sizeof(part[0]); p++)
		if (part[p][n] == '\0' && memcmp(part[p], k, n) == 0)
			return 1;
	return 0;
}

/* The person of the article word i names alone: the index in people,
 * -1 if none, -2 if the article has two of that name. */
static int person_search(size_t);

static inline int
person_idx(size_t i)
{
	need_key(i);
	if (toks[i].klen == 0 || toks[i].klen >= sizeof(people[0].key) ||
	    !(people_bits & PERSON_BIT(toks[i].hash)))
		return -1;
	return person_search(i);
}

/* person_idx past the tests most words fail, which are inlined. */
static int
person_search(size_t i)
{
	size_t k;

	for (k = 0; k < npeople; k++)
		if (people[k].hash == toks[i].hash &&
		    strcmp(people[k].key, keys.s + toks[i].koff) == 0) {
			if (function_word(i))
				return -1;
			/* Green is not Rees-Green: the name is written whole. */
			if (people[k].tail && !(toks[i].gap == G_HYPHEN &&
			    i > 0 && is_cap(i - 1)))
				return -1;
			return people[k].ambiguous ? -2 : (int)k;
		}
	return -1;
}

/* The candidate of the person word i names alone, -1 if none, -2 if the
 * article has two of that name. */
static int
person_of(size_t i)
{
	int k = person_idx(i);

	return k < 0 ? k : people[k].cand;
}

/* The state of person candidate c: the dictionary's, or that of the
 * affiliation the text gave him; "" if unknown. */
static const char *
person_country(const struct cand *c)
{
	const struct actor *a;

	if (c->id != NULL)
		a = cand_actor(c);
	else if (c->afflen > 0)
		a = dict_get(c->affil != NULL ? c->affil : arena.s + c->affoff,
		    c->afflen);
	else
		a = NULL;
	return a != NULL ? a->country : "";
}

/*
 * The word of person candidate c that stands for him alone later in the
 * article: the family name of a name that puts it first (*first set), else
 * the last word, unless it is the lower-case tail of a hyphenated given
 * name (Jae-in) or a function word; a capitalised tail (Rees-Green) sets
 * *tail. Returns the word, or (size_t)-1 if none.
 */
static size_t
surname_word(int c, int *first, int *tail)
{
	size_t i, t1 = cands[c].t1, last = t1 - 1, wb[4], we[4], f = 0;
	int n = 0;

	*first = *tail = 0;
	for (i = cands[c].t0; i < t1 && n <= 3; i++) {
		need_key(i);
		/* al-, and a title a dictionary name begins with. */
		if (toks[i].klen == 0 || (n == 0 && (wclass(i) & WC_TITLE)))
			continue;
		if (n > 0 && toks[i].gap == G_HYPHEN) {
			we[n - 1] = toks[i].end;
			continue;
		}
		if (n == 0)
			f = i;
		wb[n] = toks[i].start;
		we[n++] = toks[i].end;
	}
	/* The dictionary's people were told apart when it was read. */
	if (cands[c].actor >= 0 ? famfirst[cands[c].actor] && n >= 2 :
	    n >= 2 && n <= 3 && (we[0] - wb[0] <= 6 ||
	    strcmp(person_country(&cands[c]), "THA") == 0) && family_first(text,
	    wb, we, n, person_country(&cands[c]), (wclass(f) & WC_FAMILY) != 0)) {
		*first = 1;
		return f;
	}
	need_key(last);
	if (toks[last].gap == G_HYPHEN && t1 - 1 > cands[c].t0 &&
	    toks[last - 1].klen > 0) {
		if (!is_cap(last))
			return (size_t)-1;
		*tail = 1;
	}
	/* A regnal number is no surname: Abdullah II. */
	if ((toks[last].flags & W_UPPER) || function_word(last))
		return (size_t)-1;
	return last;
}

static void
add_person(int c)
{
	size_t k, w;
	const char *id, *pid;
	size_t idlen, plen;
	int first, tail;

	if ((w = surname_word(c, &first, &tail)) == (size_t)-1)
		return;
	need_key(w);
	if (toks[w].klen == 0 || toks[w].klen >= sizeof(people[0].key))
		return;
	id = cand_id(&cands[c], &idlen);
	for (k = 0; k < npeople; k++) {
		if (people[k].hash != toks[w].hash ||
		    strcmp(people[k].key, keys.s + toks[w].koff) != 0)
			continue;
		pid = cand_id(&cands[people[k].cand], &plen);
		if (plen != idlen || memcmp(pid, id, idlen) != 0)
			people[k].ambiguous = 1;
		return;
	}
	if (npeople == cappeople) {
		cappeople = cappeople ? cappeople * 2 : 32;
		people = erealloc(people, cappeople * sizeof(people[0]));
	}
	memcpy(people[npeople].key, keys.s + toks[w].koff, toks[w].klen + 1);
	people[npeople].hash = toks[w].hash;
	people_bits |= PERSON_BIT(toks[w].hash);
	people[npeople].cand = c;
	people[npeople].ambiguous = 0;
	people[npeople].first = (uint8_t)first;
	people[npeople].tail = (uint8_t)tail;
	npeople++;
}

/* The organisation or state candidate at word i, or -1. Candidates are
 * named by index: adding one may move them all. */
static int
party_at(size_t i)
{
	const struct cand *c;

	if (toks[i].owner < 0)
		return -1;
	c = &cands[toks[i].owner];
	if (c->dead || (c->type != T_ORG && c->type != T_GPE))
		return -1;
	return toks[i].owner;
}

static int seat(size_t);

/*
 * Look back from word i (the first word of a name) for a title: "Hamas
 * leader", "PIJ Secretary-General", "a member of Fatah's central committee,".
 * Returns 1 if found, with the nearest party of the title phrase in *party.
 */
static int
title_before(size_t i, int *party)
{
	size_t j = i, q, steps = 0;
	int title = 0, comma = 0, list = 0, p;
	uint32_t wc;

	*party = -1;
	while (j > 0 && steps++ < 14) {
		int g = toks[j].gap;

		if (g == G_COMMA && !comma && j == i) {
			comma = 1;	/* "Labour minister, X" */
		} else if (g == G_CLOSE || g == G_OPEN) {
			/* "(PFLP), Jamil Mezher": skip the acronym. */
		} else if (g != G_SPACE && g != G_HYPHEN && g != G_POSS)
			break;
		j--;
		if (toks[j].sent && j > 0 && toks[j].gap == G_BREAK && !title &&
		    !(wclass(j) & WC_TITLE))
			break;
		/* "MP for Sleaford and North Hykeham": what follows a
		 * member's "for" is his seat (but "the MP for Bolton West,
		 * Ruth Kelly" is the member). */
		if (!title && !comma && seat(j))
			return 0;
		/* "Secretary John Kerry in the Great Hall": a title before
		 * another person's name is his; but a title for several
		 * goes on through a list: "members David Davis, Oliver
		 * Letwin and Tim Yeo". */
		if (toks[j].owner >= 0 && cands[toks[j].owner].type == T_PER &&
		    !cands[toks[j].owner].dead) {
			q = cands[toks[j].owner].t1;
			if (title || q >= ntok || !(toks[q].gap == G_COMMA ||
			    word_is(q, "and", 3)))
				break;
			list = 1;
			j = cands[toks[j].owner].t0;
			continue;
		}
		if ((p = party_at(j)) >= 0) {
			if (*party < 0)
				*party = p;
			j = cands[p].t0;
			if (toks[j].sent)
				break;
			continue;
		}
		wc = wclass(j);
		if (wc & WC_TITLE) {
			if (list && !(wc & WC_PLURAL))
				return 0;
			title = 1;
			if (*party >= 0 && !comma)
				break;
			continue;
		}
		if (wc & (WC_MOD | WC_AT | WC_LINK | WC_GENERIC))
			continue;
		if (is_cap(j) && !(wc & WC_STOP))
			continue;
		break;
	}
	/* After a comma, a title needs "of" or a party: "member of X, Name". */
	return title;
}

/*
 * The organisation a name of words [i, e) is given by without a title:
 * "Simon Hart of the Countryside Alliance". Not a state ("X Y of Britain"
 * may be a place). A name after an organisation's possessive is as often
 * a thing of the body's ("the BBC's Politics Show", "the EU's Common
 * Agricultural Policy") as a person ("the KMT's Lien Chan"): no one.
 * Returns the candidate, or -1.
 */
static int
org_around(size_t i, size_t e)
{
	size_t k = e;
	int p;

	if (e - i > 3)
		return -1;
	if (k + 1 < ntok && (toks[k].gap == G_SPACE || toks[k].gap == G_COMMA) &&
	    word_is(k, "of", 2)) {
		k++;
		if (word_is(k, "the", 3) && k + 1 < ntok)
			k++;
		if (sep_ok(k) && (p = party_at(k)) >= 0 && cands[p].t0 == k &&
		    cands[p].type == T_ORG && !(wclass(cands[p].t1 - 1) & WC_MEDIA))
			return p;
	}
	return -1;
}

/* Is word f a "for" after a member's title: "MP for Meirionnydd Nant
 * Conwy" names a seat? */
static int
seat(size_t f)
{
	static const char *const t[] = { "mp", "mps", "mep", "meps", "msp",
	    "msps", "am", "member", "members", "candidate", "councillor",
	    "congressman", "congresswoman", "senator", NULL };
	size_t k;

	if (f > 1 && word_is(f, "the", 3))
		f--;	/* "member for the Loch Ness West" */
	if (f == 0 || !word_is(f, "for", 3))
		return 0;
	for (k = 0; t[k] != NULL; k++)
		if (word_is(f - 1, t[k], strlen(t[k])))
			return 1;
	return 0;
}

/*
 * Look after a name ending at word e for ", a member of the PIJ political
 * bureau", ", both members of", ", an associate fellow at Chatham House".
 * Returns 1 if found, with the party of the role in *party (making an
 * organisation of the capitalised words after "at" or "of" if need be).
 */
static int
title_after(size_t e, int *party)
{
	size_t j = e, k, r;
	int title = 0, p;
	uint32_t wc;
	struct cand *c;

	*party = -1;
	if (j >= ntok || toks[j].gap != G_COMMA)
		return 0;
	for (; j < ntok && j < e + 8; j++) {
		if (j > e && !sep_ok(j) && toks[j].gap != G_POSS)
			break;
		wc = wclass(j);
		/* ", Mr Kennedy said": another person's name begins. */
		if (!title && (wc & WC_COURTESY))
			return 0;
		if (wc & WC_TITLE) {
			title = 1;
			continue;
		}
		if (!title && (wc & (WC_MOD | WC_STOP)) && !is_cap(j))
			continue;	/* a, an, the, both, senior */
		break;
	}
	if (!title)
		return 0;
	/* The party: the first organisation or state of the clause. */
	for (k = j; k < ntok && k < j + 10; k++) {
		if (k > j && !sep_ok(k) && toks[k].gap != G_POSS &&
		    toks[k].gap != G_OPEN)
			break;
		if ((p = party_at(k)) >= 0) {
			*party = p;
			return 1;
		}
		wc = wclass(k);
		if ((wc & WC_AT) && !is_cap(k) && (word_is(k, "at", 2) ||
		    word_is(k, "of", 2)) && k + 1 < ntok && sep_ok(k + 1) &&
		    is_cap(k + 1) && toks[k + 1].owner < 0 && !toks[k + 1].blocked &&
		    !(wclass(k + 1) & (WC_STOP | WC_TIME))) {
			/* "fellow at Chatham House": the place is an
			 * organisation; but "MP for Witney" is a seat. */
			r = k + 2;
			while (r < ntok && sep_ok(r) && is_cap(r) && toks[r].owner < 0)
				r++;
			c = add_cand(k + 1, r, T_ORG, S_CUE);
			c->idoff = slug(k + 1, r, &c->idlen);
			own(k + 1, r, (int)(c - cands));
			*party = (int)(c - cands);
			return 1;
		}
	}
	return 1;
}

static void
set_affil(struct cand *c, int pi)
{
	const struct cand *party;
	size_t n;

	if (pi < 0)
		return;
	party = &cands[pi];
	(void)cand_id(party, &n);
	if (party->id != NULL) {
		c->affil = party->id;
	} else {
		c->affil = NULL;
		c->affoff = party->idoff;
	}
	c->afflen = n;
}

/* Tag words [i, e) as a person: a dictionary person's surname, one of
 * the article, or someone new. */
static struct cand *
make_person(size_t i, size_t e, int party)
{
	struct cand *c;
	int p;

	c = add_cand(i, e, T_PER, S_TITLE);
	if (e == i + 1 && (p = person_of(i)) >= 0) {
		c->id = cands[p].id;
		c->idoff = cands[p].idoff;
		c->idlen = cands[p].idlen;
		c->src = S_LINK;
	} else {
		c->idoff = slug(i, e, &c->idlen);
		set_affil(c, party);
	}
	own(i, e, (int)(c - cands));
	add_person((int)(c - cands));
	return c;
}

/*
 * The dictionary actor of candidate c, NULL if none: the one it was found
 * as, else the one of its id (a surname linked back to one).
 */
static const struct actor *
cand_actor(const struct cand *c)
{
	if (c->actor >= 0)
		return actors[c->actor];
	return c->id != NULL ? dict_get(c->id, c->idlen) : NULL;
}

/* The country of candidate ci if it is a dictionary actor, else "". */
static const char *
cand_country(int ci)
{
	const struct actor *a;

	if (ci < 0 || (a = cand_actor(&cands[ci])) == NULL)
		return "";
	return a->country;
}

/* Does a dictionary actor of country cc appear in the article so far? */
static int
country_named(const char *cc)
{
	size_t k;

	if (cc[0] == '\0')
		return 1;
	for (k = 0; k < ncand; k++)
		if (!cands[k].dead && cands[k].type != T_PER &&
		    strcmp(cand_country((int)k), cc) == 0)
			return 1;
	return 0;
}

/* pick_sur: the title names a state none of the people is of. */
#define SUR_NONE (-3)

/*
 * The state the article names most often through its places, states and
 * organisations, "" if two are named as often. Asked seldom: counted
 * each time.
 */
static const char *
main_country(void)
{
	const char *cc, *best = "";
	size_t k, j;
	int n, most = 0, tie = 0;

	for (k = 0; k < ncand; k++) {
		if (cands[k].dead || cands[k].type == T_PER ||
		    (cc = cand_country((int)k))[0] == '\0')
			continue;
		for (j = 0; j < k; j++)
			if (!cands[j].dead && cands[j].type != T_PER &&
			    strcmp(cand_country((int)j), cc) == 0)
				break;
		if (j < k)
			continue;	/* counted already */
		for (n = 0, j = k; j < ncand; j++)
			if (!cands[j].dead && cands[j].type != T_PER &&
			    strcmp(cand_country((int)j), cc) == 0)
				n++;
		if (n > most) {
			most = n;
			best = cc;
			tie = 0;
		} else if (n == most)
			tie = 1;
	}
	return tie ? "" : best;
}

/*
 * One of the dictionary people of a last name (sur, a list of them): the
 * one of state cc, the state the title names, if it names one; else the
 * one of the state the article speaks most of. -1 if nothing tells them
 * apart, SUR_NONE if the title's state is none of theirs.
 */
static int
pick_sur(int sur, const char *cc)
{
	const struct actor *a;
	size_t k;
	int n = 0, best = -1, now = 0, cur = -1, nowall = 0, curall = -1, in;
	const char *mc = cc[0] != '\0' ? cc : main_country();

	for (k = SUR_NODE(sur); ; k = (size_t)surs[k].next) {
		a = dict_actor((size_t)surs[k].actor);
		in = dict_in_office(a, art_year) == 1;
		if (mc[0] != '\0' && strcmp(a->country, mc) == 0) {
			best = surs[k].actor;
			n++;
			/* Of those, the one in office the article's year. */
			if (in) {
				cur = surs[k].actor;
				now++;
			}
		}
		if (in) {
			curall = surs[k].actor;
			nowall++;
		}
		if (surs[k].next < 0)
			break;
	}
	if (n == 1)
		return best;
	if (now == 1)
		return cur;
	/* The state the article names most was a guess, and none of
	 * them is of it: the one in office ("President Bush" in a story
	 * of Syria in 2003). */
	if (cc[0] == '\0' && n == 0 && nowall == 1)
		return curall;
	return cc[0] != '\0' && n == 0 ? SUR_NONE : -1;
}

/*
 * The role the text gives a dictionary person (party, a candidate, or -1)
 * is his affiliation there ("EU commissioner Franco Frattini" speaks for
 * the EU, whom the dictionary knows as Italy's foreign minister), unless
 * it is what the dictionary's says or less: the parent or a body above it
 * ("Italian Foreign Minister Franco Frattini"), or another body of his
 * own state, which tells less than the dictionary's parent.
 */
static void
stated_role(struct cand *c, int party)
{
	const struct actor *a, *p;
	const char *pid, *pc;
	size_t plen;
	int depth;

	if (party < 0 || (a = cand_actor(c)) == NULL)
		return;
	pid = cand_id(&cands[party], &plen);
	for (p = a, depth = 0; p->parent != NULL && depth < 8; depth++) {
		if (strlen(p->parent) == plen && memcmp(p->parent, pid, plen) == 0)
			return;
		if ((p = dict_get(p->parent, strlen(p->parent))) == NULL)
			break;
	}
	pc = cand_country(party);
	if (pc[0] != '\0' && strcmp(pc, a->country) == 0)
		return;
	set_affil(c, party);
}

/* The roles the text gives the dictionary people it names in full. */
static NOINLINE void
dict_roles(void)
{
	size_t k, n = ncand;
	int party;

	for (k = 0; k < n; k++) {
		if (cands[k].type != T_PER || cands[k].src != S_DICT ||
		    cands[k].dead)
			continue;
		/* "as US President, Tony Blair said": the title before a
		 * comma is no role of a name the dictionary knows. */
		if (toks[cands[k].t0].gap == G_COMMA ||
		    !title_before(cands[k].t0, &party))
			(void)title_after(cands[k].t1, &party);
		stated_role(&cands[k], party);
	}
}

/*
 * A title and a last name the article gives no full name for: "President
 * Reagan", "West German Chancellor Kohl". It is the dictionary's one
 * person of that name, unless the title names another state; else, after
 * a head's or a courtesy title ("Mr Ortega", "Chancellor Vranitzky"), a
 * person known by his last name. A word after any other title ("Minister
 * Tuesday", "General Motors") is left alone.
 */
static void
title_surname(size_t i)
{
	const struct actor *a;
	const char *pc;
	struct cand *c;
	int party, sur;

	need_key(i);
	if (toks[i].klen < 2)
		return;
	(void)title_before(i, &party);
	pc = cand_country(party);
	sur = toks[i].sl != NULL ? toks[i].sl->sur : -1;
	if (sur < -1) {
		/* Two people of the name and nothing that tells which:
		 * neither of them, and no one new either. */
		if ((sur = pick_sur(sur, pc)) == -1)
			return;
		if (sur == SUR_NONE)
			goto other;
	}
	if (sur >= 0) {
		a = dict_actor((size_t)sur);
		/* "Tory Lord Campbell" is not the Canadian Campbell. */
		if (pc[0] != '\0' && a->country[0] != '\0' &&
		    strcmp(pc, a->country) != 0)
			goto other;
		/* "Mr McConnell" tells no office: he is the dictionary's
		 * only when the article speaks of his country, or when he
		 * held his office the article's year ("Mr Blair" in 2003). */
		if ((wclass(i - 1) & WC_COURTESY) && !country_named(a->country) &&
		    dict_in_office(a, art_year) != 1)
			goto unknown;
		c = add_cand(i, i + 1, T_PER, S_LINK);
		c->id = a->id;
		c->actor = sur;
		c->idlen = strlen(a->id);
		stated_role(c, party);
		own(i, i + 1, (int)(c - cands));
		add_person((int)(c - cands));
		return;
	}
unknown:
	if (!(wclass(i - 1) & WC_HONOR))
		return;
other:
	(void)make_person(i, i + 1, party);
}

static NOINLINE void
match_people(void)
{
	size_t i, e, e2, j, k, wl, ci, next = 0;
	int found, party, p, before, at;
	const char *w;
	struct cand *c;

	for (ci = 0; ci < ncap; ci++) {
		if ((i = caps[ci]) < next)
			continue;
		if (toks[i].owner >= 0 || !is_cap(i) || (toks[i].flags & W_UPPER))
			continue;
		if (i > 0 && toks[i - 1].klen == 0 && toks[i - 1].kdone &&
		    sep_ok(i) && toks[i - 1].owner < 0)
			continue;	/* handled from the al- */
		if ((e = name_at(i, 2)) == i) {
			/* Mr Blair, President Abbas: a known surname. */
			if (i > 0 && sep_ok(i) && (wclass(i - 1) & WC_TITLE) &&
			    name_word(i) &&
			    (i + 1 >= ntok || !sep_ok(i + 1) || !name_word(i + 1))) {
				if ((p = person_of(i)) >= 0)
					make_person(i, i + 1, -1);
				else if (p == -1)
					title_surname(i);
			}
			continue;
		}
		found = 0;
		party = -1;
		before = 1;
		/*
		 * A name right after a lower-case "of", "for", "the" or "and"
		 * ends a title phrase rather than following it: "chairman of
		 * Middle Way" is the organisation, "MP for Bolton West" a
		 * place; of three words the first ends the phrase: "Minister
		 * for Children and Families Jane Ormsby".
		 */
		if (i > 0 && toks[i].gap == G_SPACE && !is_cap(i - 1) &&
		    (wclass(i - 1) & (WC_AT | WC_LINK))) {
			for (j = i, k = 0; j < e; j++)
				k += is_cap(j) && toks[j].klen > 0;
			w = text + toks[i - 1].start;
			wl = toks[i - 1].end - toks[i - 1].start;
			at = (wl == 2 && memcmp(w, "of", 2) == 0) ||
			    (wl == 2 && memcmp(w, "at", 2) == 0);
			if (k >= 3 && !at && (wclass(i - 1) & WC_LINK) &&
			    !seat(i - 1) && name_at(i + 1, 2) == e) {
				i++;
			} else if (k == 2 && at && i >= 2 &&
			    !(wclass(i - 2) & WC_AIDE) &&
			    !(toks[e - 1].flags & W_POSS) && title_before(i, &party)) {
				c = add_cand(i, e, T_ORG, S_CUE);
				c->idoff = slug(i, e, &c->idlen);
				own(i, e, (int)(c - cands));
				next = e;
				continue;
			} else if (!(k == 2 && word_is(i - 1, "and", 3) &&
			    !(e < ntok && (wclass(e) & WC_TITLE)))) {
				/* ("the prime minister and Alastair Campbell":
				 * a title may be found past "and"; not "a
				 * minister and Bolton West MP".) */
				before = 0;
				/* Nor is the rest of it a name: "Nant Conwy". */
				next = e;
			}
		}
		if (before && title_before(i, &party))
			found = 1;
		else if (title_after(e, &party))
			found = 1;
		else if (before && (party = org_around(i, e)) >= 0)
			found = 1;
		else {
			/* "X and Y, both members of PIJ's politburo" */
			j = e;
			if (j + 1 < ntok && toks[j].gap == G_SPACE &&
			    wclass(j) & WC_LINK && toks[j].end - toks[j].start == 3 &&
			    (e2 = name_at(j + 1, 2)) > j + 1 && title_after(e2, &party))
				found = 1;
		}
		if (!found)
			continue;
		make_person(i, e, party);
		/* "members X and Y": the same role for both. */
		j = e;
		while (j + 1 < ntok && (toks[j].gap == G_SPACE || toks[j].gap == G_COMMA) &&
		    memcmp(text + toks[j].start, "and", 3) == 0 &&
		    toks[j].end - toks[j].start == 3 && sep_ok(j + 1) &&
		    (e2 = name_at(j + 1, 2)) > j + 1) {
			make_person(j + 1, e2, party);
			j = e2;
		}
		next = j > e ? j : e;
	}
}

/* ---- 4. surnames and acronyms referring back ---- */

/* Does word i end like a verb: "Reading", "Asked"? */
static int
verb_like(size_t i)
{
	size_t n = toks[i].end - toks[i].start;
	const char *w = text + toks[i].start;

	return (n > 4 && memcmp(w + n - 3, "ing", 3) == 0) ||
	    (n > 3 && memcmp(w + n - 2, "ed", 2) == 0);
}

/* Is the word before last name i a given name: capitalised, of no other
 * name, no title, one space before? */
static int
given_before(size_t i)
{
	return i > 0 && toks[i].gap == G_SPACE && text[toks[i].start - 1] == ' ' &&
	    toks[i - 1].owner < 0 && is_cap(i - 1) &&
	    !(toks[i - 1].flags & (W_UPPER | W_POSS)) && name_word(i - 1) &&
	    toks[i - 1].klen > 0 && !particle(i - 1) && !verb_like(i - 1);
}

/*
 * Is capitalised word i also written in lower case in the text, a common
 * word that some people have as a last name ("the Bicester Hunt" of an
 * article on hunting, a "hunt" in it)?
 */
static int
common_word(size_t i)
{
	char w[32];
	size_t n = toks[i].end - toks[i].start, k;
	const char *p, *end = text + textlen;

	if (n >= sizeof(w) || !toks[i].plain)
		return 0;
	for (k = 0; k < n; k++)
		w[k] = (char)(text[toks[i].start + k] | 0x20);
	for (p = text; (p = memmem(p, (size_t)(end - p), w, n)) != NULL; p++)
		if ((p == text || !((p[-1] | 0x20) >= 'a' && (p[-1] | 0x20) <= 'z')) &&
		    (p + n == end || !((p[n] | 0x20) >= 'a' && (p[n] | 0x20) <= 'z')))
			return 1;
	return 0;
}

/* Is word g the first word of a name of a dictionary person of the last
 * name whose sur is sur ("George" of the Bushes)? */
static int
dict_given(int sur, size_t g)
{
	char key[MAXKEY + 8];
	const char *p, *e;
	size_t k, n;
	int32_t a;

	need_key(g);
	for (n = sur >= 0 ? (size_t)-1 : SUR_NODE(sur);; n = (size_t)surs[n].next) {
		a = sur >= 0 ? sur : surs[n].actor;
		for (p = dict_names(dict_actor((size_t)a)); *p != '\0';
		    p = *e ? e + 1 : e) {
			e = p + strcspn(p, ";");
			k = strcspn(p, " ;");
			if ((k = word_key(p, k, key, MAXKEY)) == toks[g].klen &&
			    memcmp(key, keys.s + toks[g].koff, k) == 0)
				return 1;
		}
		if (sur >= 0 || surs[n].next < 0)
			return 0;
	}
}

/*
 * Person k of the article, known so far by his last name alone, is named
 * in full by words [t0, t1): he and every mention of him take the id of
 * the full name.
 */
static void
full_name(int k, size_t t0, size_t t1)
{
	struct cand *c;
	size_t q, old, oldlen;

	old = cands[people[k].cand].idoff;
	oldlen = cands[people[k].cand].idlen;
	c = add_cand(t0, t1, T_PER, S_LINK);
	c->idoff = slug(t0, t1, &c->idlen);
	own(t0, t1, (int)(c - cands));
	for (q = 0; q + 1 < ncand; q++)
		if (cands[q].type == T_PER && cands[q].id == NULL &&
		    cands[q].idoff == old && cands[q].idlen == oldlen) {
			cands[q].idoff = c->idoff;
			cands[q].idlen = c->idlen;
		}
	people[k].cand = (int)(c - cands);
}

/* Word i, a last name alone, is dictionary person a (leader_named). */
static void
named_leader(size_t i, int32_t a)
{
	struct cand *c = add_cand(i, i + 1, T_PER, S_LINK);

	c->id = dict_actor((size_t)a)->id;
	c->actor = a;
	c->idlen = strlen(c->id);
	own(i, i + 1, (int)(c - cands));
	add_person((int)(c - cands));
}

/*
 * Does word i stand next to another capitalised word, so that it may be
 * part of a longer name ("Khalil Abbas", "Abbas Zaki"), whatever that
 * word was taken for? Not "The" or "But" before it.
 */
static int
name_next(size_t i)
{
	return (i > 0 && toks[i].gap == G_SPACE && is_cap(i - 1) &&
	    !(toks[i].sent == 0 && toks[i - 1].sent && (wclass(i - 1) & WC_STOP))) ||
	    (i + 1 < ntok && sep_ok(i + 1) && is_cap(i + 1));
}

/*
 * The leader a last name alone means, with no title and no full name in
 * the article: "Mubarak" in 2005, "Assad" in 1990. Only the people the
 * dictionary gives years of office are known so, and only in those
 * years, when exactly one of that name was in office: news of the time
 * names a sitting leader so. Returns the actor, or -1.
 */
static int
leader_named(size_t i)
{
	const struct slot *sl = toks[i].sl;
	size_t k;
	int who = -1, sur;

	if (art_year == 0 || sl == NULL || (sur = sl->sur) == -1 ||
	    sl->norm.actor >= 0 || (wclass(i) & (WC_TITLE | WC_STOP |
	    WC_TIME | WC_CUE | WC_BLOCK | WC_MOD | WC_GENERIC | WC_MEDIA)))
		return -1;
	if (sur >= 0)
		return dict_in_office(dict_actor((size_t)sur), art_year) == 1 ?
		    sur : -1;
	for (k = SUR_NODE(sur); ; k = (size_t)surs[k].next) {
		if (dict_in_office(dict_actor((size_t)surs[k].actor),
		    art_year) == 1) {
			if (who >= 0)
				return -1;
			who = surs[k].actor;
		}
		if (surs[k].next < 0)
			break;
	}
	return who;
}

static NOINLINE void
link_back(void)
{
	size_t i, a, ci;
	int p, k, ldr;
	struct cand *c;

	for (ci = 0; ci < ncap; ci++) {
		i = caps[ci];
		if (toks[i].owner >= 0 || !is_cap(i) || toks[i].blocked ||
		    (toks[i].flags & W_UPPER))
			continue;
		if ((k = person_idx(i)) < 0) {
			/* "aid worker Margaret Hassan": a given name before
			 * the last name of dictionary people is someone of
			 * that name, unless it is the given name of one. */
			if (k == -1 && toks[i].sl != NULL && toks[i].sl->sur != -1 &&
			    given_before(i) && !toks[i - 1].sent &&
			    (i + 1 >= ntok || !sep_ok(i + 1) || !is_cap(i + 1)) &&
			    !dict_given(toks[i].sl->sur, i - 1) && !common_word(i))
				make_person(i - 1, i + 1, -1);
			else if (k == -1 && (ldr = leader_named(i)) >= 0 &&
			    !name_next(i) && !common_word(i))
				named_leader(i, ldr);
			continue;
		}
		p = people[k].cand;
		/* "Abbas Kamel" is not Abbas: a surname stands alone. */
		if (i + 1 < ntok && sep_ok(i + 1) && is_cap(i + 1) &&
		    toks[i + 1].owner < 0 && name_word(i + 1))
			continue;
		/* The article goes with the name: al-Nakhala; so does the
		 * first part of a hyphenated one: Rees-Green. */
		a = i;
		if (people[k].tail)
			a = i - 1;
		else if (i > 0 && toks[i].gap == G_HYPHEN && toks[i - 1].kdone &&
		    toks[i - 1].klen == 0 && toks[i - 1].owner < 0)
			a = i - 1;
		else if (!people[k].first && given_before(i) &&
		    !(toks[i - 1].sent && verb_like(i - 1))) {
			/*
			 * "his wife, Winnie Mandela": a given name before a
			 * last name of the article is another of the family,
			 * or the same person, whose slug is the same id. A
			 * man known till now by his last name alone ("Mr
			 * Blunkett") is the one now named in full.
			 */
			if (cands[p].id == NULL && cands[p].t1 == cands[p].t0 + 1)
				full_name(k, i - 1, i + 1);
			else
				make_person(i - 1, i + 1, -1);
			continue;
		}
		c = add_cand(a, i + 1, T_PER, S_LINK);
		c->id = cands[p].id;
		c->idoff = cands[p].idoff;
		c->idlen = cands[p].idlen;
		own(a, i + 1, (int)(c - cands));
	}
}

/* ---- 5. dates ---- */

/* Add a date found while the text was cut into words (pend_date). */
static void
add_date(const struct pending *p)
{
	struct cand *c;

	if (ncand == capcand) {
		capcand = capcand ? capcand * 2 : 256;
		cands = erealloc(cands, capcand * sizeof(cands[0]));
	}
	c = &cands[ncand++];
	memset(c, 0, sizeof(*c));
	c->start = p->start;
	c->end = p->end;
	c->type = T_DATE;
	c->src = S_DATE;
	c->idoff = p->idoff;
	c->idlen = p->idlen;
}

/* Does candidate x come before y in the output? */
static int
before(const struct cand *x, const struct cand *y)
{
	return x->start < y->start || (x->start == y->start && x->end < y->end);
}

/*
 * Put the live candidates in order of offset into order[], equal ones in
 * the order they were found. Each pass adds its candidates mostly in
 * order, so the list is a few runs in order: a merge sort of indices that
 * merges those runs, two by two, costs a pass over the list for each
 * doubling of their length, not of 1; qsort moved the big candidates
 * about and allocated its buffer for every text. Returns how many there
 * are.
 */
static size_t
sort_cands(void)
{
	static uint32_t *order, *tmp;
	static size_t *runs, cap;
	uint32_t *src, *dst, *t;
	size_t n = 0, nr, r, m, lo, mid, hi, a, b, k;

	if (ncand + 1 > cap) {
		cap = ncand * 2 + 1;
		order = erealloc(order, cap * sizeof(order[0]));
		tmp = erealloc(tmp, cap * sizeof(tmp[0]));
		runs = erealloc(runs, cap * sizeof(runs[0]));
	}
	/* The live ones, and where each run in order begins. */
	nr = 0;
	for (k = 0; k < ncand; k++) {
		if (cands[k].dead || cands[k].hidden)
			continue;
		if (n == 0 || before(&cands[k], &cands[order[n - 1]]))
			runs[nr++] = n;
		order[n++] = (uint32_t)k;
	}
	runs[nr] = n;
	src = order;
	dst = tmp;
	/* Runs r and r + 1 become run r / 2; runs[nr] is the end. The
	 * bounds of a pair are read before the merged run's is written. */
	while (nr > 1) {
		for (r = m = 0; r < nr; r += 2, m++) {
			lo = runs[r];
			if (r + 1 == nr) {
				memcpy(dst + lo, src + lo, (n - lo) * sizeof(src[0]));
				runs[m] = lo;
				continue;
			}
			mid = runs[r + 1];
			hi = runs[r + 2];
			a = lo;
			b = mid;
			k = lo;
			if (before(&cands[src[mid]], &cands[src[mid - 1]]))
				while (a < mid && b < hi)
					dst[k++] = before(&cands[src[b]],
					    &cands[src[a]]) ? src[b++] : src[a++];
			while (a < mid)
				dst[k++] = src[a++];
			while (b < hi)
				dst[k++] = src[b++];
			runs[m] = lo;
		}
		runs[m] = n;
		nr = m;
		t = src;
		src = dst;
		dst = t;
	}
	sorted = src;
	return n;
}

void
tag_text(const char *s, size_t n, struct entities *out)
{
	struct entity e;
	struct cand *c;
	size_t i, k, nlive;

	tag_init();
	text = s;
	textlen = n;
	ncand = 0;
	npeople = 0;
	people_bits = 0;
	buf_reset(&keys);
	buf_reset(&arena);
	buf_reserve(&keys, 8);
	memset(keys.s, 0, 8);	/* no key at offset 0 */
	keys.len = 8;
	tokenize();
	match_dict();
	match_cues();
	/* People of the dictionary, for their surnames. */
	for (k = 0; k < ncand; k++)
		if (!cands[k].dead && cands[k].type == T_PER)
			add_person((int)k);
	match_people();
	dict_roles();
	link_back();
	for (i = 0; i < npend; i++)
		add_date(&pend[i]);
	nlive = sort_cands();
	out->n = 0;
	for (i = 0; i < nlive; i++) {
		c = &cands[sorted[i]];
		e.start = c->start;
		e.end = c->end;
		e.type = c->type;
		e.actor = cand_id(c, &e.actor_len);
		e.affil = c->afflen == 0 ? NULL :
		    c->affil != NULL ? c->affil : arena.s + c->affoff;
		e.affil_len = c->afflen;
		entities_add(out, &e);
	}
}
