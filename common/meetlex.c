/*
 * meetlex.c: the meeting lexicon (meetlex.h). The words are general news
 * English, not the wording of any one story: the verbs and nouns wire copy
 * uses for meetings, visits and negotiations, and the small words that set
 * their status and scope. Looked up through an open-addressing table built
 * on first use.
 */
#include <stdint.h>
#include <string.h>

#include "meetlex.h"
#include "text.h"
#include "util.h"

#define PL	W_PLAN
#define PR	W_PROPOSE

static const struct {
	const char *w;
	uint64_t f;
} lex[] = {
	/* meeting verbs */
	{ "meet", W_MEETV | W_OBJECT }, { "meets", W_MEETV | W_OBJECT },
	{ "met", W_MEETV | W_OBJECT }, { "meeting", W_MEETV | W_NOUN },
	{ "meetings", W_NOUN }, { "convene", W_MEETV }, { "convenes", W_MEETV },
	{ "convened", W_MEETV }, { "convening", W_MEETV },
	{ "huddled", W_MEETV }, { "conferred", W_MEETV },
	/* only after going somewhere: "will fly to Bonn to consult X" */
	{ "consult", W_MEETV | W_OBJECT }, { "confer", W_MEETV },
	{ "brief", W_MEETV | W_OBJECT },
	{ "summit", W_NOUN }, { "summits", W_NOUN }, { "conference", W_NOUN },
	{ "parley", W_NOUN }, { "parleys", W_NOUN }, { "retreat", 0 },
	{ "talks", W_WEAK }, { "negotiations", W_WEAK },
	{ "negotiation", W_WEAK }, { "dialogue", W_WEAK }, { "dialog", W_WEAK },
	{ "consultations", W_WEAK }, { "discussions", W_WEAK },
	{ "negotiate", W_WEAK }, { "negotiated", W_WEAK },
	{ "negotiating", W_WEAK },
	/* visits */
	{ "visit", W_VISIT }, { "visits", W_VISIT }, { "visited", W_VISIT },
	{ "visiting", W_VISIT }, { "arrive", W_VISIT }, { "arrives", W_VISIT },
	{ "arrived", W_VISIT }, { "arriving", W_VISIT },
	{ "arrival", W_VISIT }, { "trip", W_VISIT },
	/* going somewhere: "travel to Beirut for talks" names the place */
	/* and, to a place of another state, a visit: "will travel to Moscow" */
	{ "travel", W_MOTION | W_VISIT }, { "travels", W_MOTION | W_VISIT },
	{ "travelled", W_MOTION | W_VISIT }, { "traveled", W_MOTION | W_VISIT },
	{ "travelling", W_MOTION | W_VISIT },
	{ "traveling", W_MOTION | W_VISIT },
	{ "fly", W_MOTION | W_VISIT }, { "flies", W_MOTION | W_VISIT },
	{ "flew", W_MOTION | W_VISIT }, { "flying", W_MOTION | W_VISIT },
	{ "headed", W_MOTION },
	{ "heading", W_MOTION }, { "heads", W_MOTION }, { "went", W_MOTION },
	{ "go", W_MOTION }, { "goes", W_MOTION }, { "going", W_MOTION },
	{ "come", W_MOTION }, { "came", W_MOTION }, { "returned", W_MOTION },
	{ "return", W_MOTION },
	/* hosting */
	{ "host", W_HOSTV | W_OBJECT }, { "hosts", W_HOSTV | W_OBJECT },
	{ "hosted", W_HOSTV | W_OBJECT }, { "hosting", W_HOSTV | W_OBJECT },
	{ "received", W_HOSTV | W_OBJECT }, { "receives", W_HOSTV | W_OBJECT },
	{ "receive", W_HOSTV | W_OBJECT }, { "receiving", W_HOSTV | W_OBJECT },
	{ "welcomed", W_HOSTV | W_OBJECT }, { "welcomes", W_HOSTV | W_OBJECT },
	/* taking part */
	{ "attend", W_ATTEND }, { "attends", W_ATTEND },
	{ "attended", W_ATTEND }, { "attending", W_ATTEND },
	{ "participating", W_ATTEND }, { "participated", W_ATTEND },
	{ "participate", W_ATTEND }, { "participants", W_ATTEND | W_GROUP },
	{ "accompanied", W_ACCOMP }, { "included", W_ACCOMP },
	/* phrasal verbs: sat down, brought together, called off, took part */
	{ "sat", W_PHRASAL | W_PHTRIG }, { "sit", W_PHRASAL | W_PHTRIG },
	{ "brought", W_PHRASAL | W_PHTRIG }, { "bring", W_PHRASAL | W_PHTRIG }, { "called", W_PHRASAL },
	{ "call", W_PHRASAL }, { "calls", W_PHRASAL },
	{ "took", W_PHRASAL | W_PHTRIG }, { "take", W_PHRASAL | W_PHTRIG }, { "put", W_PHRASAL },
	{ "stayed", W_PHRASAL }, { "walked", W_PHRASAL },
	{ "broke", W_PHRASAL }, { "broken", W_PHRASAL }, { "break", W_PHRASAL },
	{ "breaks", W_PHRASAL },
	{ "down", W_PARTICLE }, { "together", W_PARTICLE },
	{ "off", W_PARTICLE }, { "part", W_PARTICLE }, { "away", W_PARTICLE },
	{ "out", W_PARTICLE }, { "for", W_PARTICLE },
	/* planned */
	{ "will", PL }, { "shall", PL }, { "ll", PL }, { "scheduled", PL },
	{ "due", PL }, { "expected", PL }, { "set", PL }, { "plans", PL },
	{ "planned", PL }, { "planning", PL }, { "plan", PL },
	{ "intends", PL }, { "intend", PL }, { "upcoming", PL },
	{ "next", PL }, { "slated", PL }, { "poised", PL }, { "prepare", PL },
	{ "prepares", PL }, { "preparing", PL }, { "tomorrow", PL },
	{ "forthcoming", PL }, { "agreed", PL | W_OUTCOME },
	{ "agree", PL | W_OUTCOME }, { "agreeing", PL },
	/* proposed */
	{ "urged", PR }, { "urges", PR }, { "urging", PR }, { "proposed", PR },
	{ "proposes", PR }, { "propose", PR }, { "proposal", PR },
	{ "offered", PR }, { "offers", PR }, { "offer", PR },
	{ "suggested", PR }, { "suggests", PR }, { "would", PR },
	{ "could", PR }, { "may", PR }, { "might", PR }, { "ready", PR },
	{ "willing", PR }, { "happy", PR }, { "prepared", PR }, { "wants", PR }, { "want", PR }, { "hopes", PR },
	{ "hope", PR }, { "seeks", PR }, { "sought", PR }, { "seeking", PR },
	{ "pushed", PR }, { "pushing", PR }, { "demanded", PR },
	{ "if", PR }, { "possible", PR }, { "potential", PR },
	/* invitations plan a meeting and name its host */
	{ "invited", W_INVITE | PL }, { "invites", W_INVITE | PL },
	{ "invite", W_INVITE | PL }, { "inviting", W_INVITE | PL },
	{ "invitation", W_INVITE },
	/* cancelled */
	{ "cancelled", W_CANCEL }, { "canceled", W_CANCEL },
	{ "cancels", W_CANCEL }, { "cancel", W_CANCEL },
	{ "cancellation", W_CANCEL }, { "postponed", W_CANCEL },
	{ "postpones", W_CANCEL }, { "postpone", W_CANCEL },
	{ "postponement", W_CANCEL }, { "scrapped", W_CANCEL },
	{ "shelved", W_CANCEL }, { "delayed", W_CANCEL },
	{ "aborted", W_CANCEL }, { "suspended", W_CANCEL },
	/* boycotted */
	{ "boycott", W_BOYCOTT }, { "boycotted", W_BOYCOTT },
	{ "boycotting", W_BOYCOTT }, { "boycotts", W_BOYCOTT },
	{ "snubbed", W_BOYCOTT }, { "snub", W_BOYCOTT }, { "snubs", W_BOYCOTT },
	{ "shunned", W_BOYCOTT }, { "skipped", W_BOYCOTT },
	{ "skip", W_BOYCOTT }, { "skipping", W_BOYCOTT },
	{ "refused", W_REFUSE }, { "refuses", W_REFUSE }, { "refuse", W_REFUSE },
	{ "declined", W_REFUSE }, { "declines", W_REFUSE },
	{ "rejected", W_REFUSE | W_DENY }, { "rejects", W_REFUSE },
	/* negation */
	{ "not", W_NEG }, { "never", W_NEG }, { "no", W_NEG }, { "nor", W_NEG },
	{ "without", W_NEG }, { "cannot", W_NEG }, { "failed", W_NEG },
	{ "unable", W_NEG }, { "denied", W_NEG | W_DENY }, { "ruled", 0 },
	/* denials of what others report */
	{ "denies", W_DENY }, { "deny", W_DENY }, { "denying", W_DENY },
	{ "dismissed", W_DENY }, { "dismisses", W_DENY },
	{ "refuted", W_DENY },
	/* missing part of a meeting is not meeting there */
	{ "miss", W_NEG }, { "misses", W_NEG }, { "missed", W_NEG },
	/* clause boundaries */
	{ "after", W_CLAUSE }, { "before", W_CLAUSE }, { "as", W_CLAUSE },
	{ "while", W_CLAUSE }, { "when", W_CLAUSE }, { "whereas", W_CLAUSE },
	{ "although", W_CLAUSE }, { "though", W_CLAUSE }, { "but", W_CLAUSE },
	{ "which", W_CLAUSE }, { "since", W_CLAUSE }, { "amid", W_CLAUSE },
	{ "despite", W_CLAUSE }, { "because", W_CLAUSE | W_TOPIC },
	{ "where", 0 }, { "whom", 0 },
	/* reported speech */
	{ "said", W_REPORT }, { "says", W_REPORT }, { "told", W_REPORT },
	{ "noted", W_REPORT }, { "stated", W_REPORT }, { "added", W_REPORT },
	{ "adding", W_REPORT }, { "according", W_REPORT },
	{ "reported", W_REPORT }, { "confirmed", W_REPORT },
	{ "quoted", W_REPORT }, { "explained", W_REPORT },
	{ "announced", 0 }, { "believes", W_REPORT }, { "argued", W_REPORT },
	/* the topic of the talks follows */
	{ "about", W_TOPIC }, { "over", W_TOPIC }, { "regarding", W_TOPIC },
	{ "concerning", W_TOPIC }, { "aimed", W_TOPIC }, { "aiming", W_TOPIC },
	{ "against", W_TOPIC }, { "confronting", W_TOPIC },
	{ "fighting", W_TOPIC }, { "toward", W_TOPIC }, { "towards", W_TOPIC },
	{ "versus", W_TOPIC }, { "like", W_TOPIC }, { "such", W_TOPIC },
	{ "on", W_ON }, { "to", W_TO }, { "by", W_BY },
	{ "with", W_WITH }, { "between", W_WITH }, { "among", W_WITH },
	{ "in", W_IN }, { "at", W_IN }, { "inside", W_IN }, { "into", W_IN },
	{ "here", W_IN }, { "there", 0 },
	{ "based", W_BASED }, { "born", W_BASED }, { "from", W_BASED },
	{ "headquartered", W_BASED }, { "exiled", W_BASED },
	{ "living", W_BASED }, { "residing", W_BASED },
	/* definite reference to a meeting told before */
	{ "the", W_DET }, { "this", W_DET }, { "these", W_DET },
	{ "that", W_DET }, { "their", W_DET }, { "its", W_DET },
	{ "his", W_DET }, { "her", W_DET }, { "during", W_DET },
	{ "a", 0 }, { "an", 0 },
	/* groups that stand for sides named nearby */
	{ "sides", W_GROUP }, { "groups", W_GROUP }, { "factions", W_GROUP },
	{ "parties", W_GROUP }, { "delegations", W_GROUP | W_PERSONN },
	{ "leaders", W_GROUP | W_PERSONN },
	{ "representatives", W_GROUP | W_PERSONN },
	{ "countries", W_GROUP }, { "nations", W_GROUP },
	{ "movements", W_GROUP }, { "governments", W_GROUP },
	{ "rivals", W_GROUP }, { "allies", W_GROUP }, { "both", W_GROUP },
	{ "counterparts", W_GROUP | W_PERSONN }, { "men", W_GROUP },
	{ "ministers", W_GROUP | W_PERSONN }, { "states", W_GROUP },
	{ "organisations", W_GROUP }, { "organizations", W_GROUP },
	/*
	 * Sides that wire copy names by what they are, not who: "rebels held
	 * talks", "met creditor banks". Never in a dictionary, still a side.
	 */
	{ "rebels", W_CROWD }, { "guerrillas", W_CROWD },
	{ "insurgents", W_CROWD }, { "militants", W_CROWD },
	{ "separatists", W_CROWD }, { "rebel", W_CROWD },
	{ "banks", W_CROWD }, { "creditors", W_CROWD }, { "lenders", W_CROWD },
	{ "bankers", W_CROWD }, { "donors", W_CROWD },
	{ "employers", W_CROWD }, { "strikers", W_CROWD },
	{ "farmers", W_CROWD }, { "miners", W_CROWD }, { "workers", W_CROWD },
	{ "students", W_CROWD }, { "protesters", W_CROWD },
	{ "protestors", W_CROWD }, { "elders", W_CROWD },
	{ "businessmen", W_CROWD }, { "industrialists", W_CROWD },
	{ "opposition", W_CROWD | W_NOTMEET },
	/* the state in its own words: "talks with the government" */
	{ "government", W_GOVT }, { "authorities", W_GOVT },
	{ "regime", W_GOVT }, { "administration", W_GOVT },
	{ "junta", W_GOVT },
	/* people a meeting can be with */
	{ "officials", W_PERSONN }, { "official", W_PERSONN },
	{ "delegation", W_PERSONN }, { "delegates", W_PERSONN },
	{ "counterpart", W_PERSONN }, { "president", W_PERSONN },
	{ "minister", W_PERSONN }, { "envoy", W_PERSONN },
	{ "envoys", W_PERSONN }, { "leader", W_PERSONN },
	{ "chief", W_PERSONN }, { "chiefs", W_PERSONN }, { "heads", W_PERSONN },
	{ "side", W_PERSONN }, { "presidents", W_PERSONN | W_GROUP }, { "head", W_PERSONN }, { "king", W_PERSONN },
	{ "premier", W_PERSONN }, { "chancellor", W_PERSONN },
	{ "ambassador", W_PERSONN }, { "diplomats", W_PERSONN },
	{ "diplomat", W_PERSONN }, { "secretary", W_PERSONN },
	{ "mediators", W_PERSONN }, { "negotiators", W_PERSONN },
	{ "members", W_PERSONN }, { "member", W_PERSONN },
	{ "governor", W_PERSONN }, { "mayor", W_PERSONN },
	{ "senator", W_PERSONN }, { "lawmakers", W_PERSONN },
	{ "unions", W_PERSONN | W_CROWD }, { "union", W_PERSONN },
	{ "executives", W_PERSONN }, { "prime", W_PERSONN },
	{ "emir", W_PERSONN }, { "sheikh", W_PERSONN },
	{ "pope", W_PERSONN }, { "cardinal", W_PERSONN },
	{ "general", W_PERSONN }, { "commander", W_PERSONN },
	{ "him", W_PERSONN }, { "them", W_PERSONN }, { "her", W_PERSONN },
	/* hosts and mediators */
	{ "mediated", W_MEDIATE }, { "mediation", W_MEDIATE },
	{ "mediating", W_MEDIATE }, { "brokered", W_MEDIATE },
	{ "sponsored", W_MEDIATE }, { "auspices", W_MEDIATE },
	{ "facilitated", W_MEDIATE }, { "hosted", W_MEDIATE },
	{ "backed", 0 },
	/* holding talks */
	{ "held", W_HOLD }, { "hold", W_HOLD }, { "holds", W_HOLD },
	{ "holding", W_HOLD }, { "resumed", W_HOLD }, { "resume", W_HOLD },
	{ "opened", W_HOLD }, { "began", W_HOLD }, { "launched", W_HOLD },
	{ "started", W_HOLD }, { "continue", W_HOLD }, { "continued", W_HOLD },
	{ "direct", W_HOLD }, { "fresh", W_HOLD }, { "further", W_HOLD },
	{ "new", W_HOLD }, { "another", W_HOLD }, { "peace", W_HOLD },
	{ "reconciliation", W_HOLD }, { "bilateral", W_HOLD },
	{ "formal", W_HOLD }, { "official", W_PERSONN },
	/* what was agreed */
	{ "discussed", W_OUTCOME }, { "discuss", W_OUTCOME },
	{ "stressed", W_OUTCOME }, { "reaffirmed", W_OUTCOME },
	{ "emphasized", W_OUTCOME }, { "emphasised", W_OUTCOME },
	{ "underlined", W_OUTCOME }, { "signed", W_OUTCOME },
	{ "expressed", W_OUTCOME }, { "affirmed", W_OUTCOME },
	{ "pledged", W_OUTCOME }, { "vowed", W_OUTCOME },
	{ "reviewed", W_OUTCOME }, { "focused", W_OUTCOME },
	{ "focus", W_OUTCOME }, { "concluded", W_OUTCOME },
	/* things a verb of meeting can take that are no meeting */
	{ "press", W_NOTMEET }, { "news", W_NOTMEET }, { "show", W_NOTMEET },
	{ "programme", W_NOTMEET }, { "program", W_NOTMEET },
	{ "podcast", W_NOTMEET }, { "broadcast", W_NOTMEET },
	{ "series", W_NOTMEET }, { "concert", W_NOTMEET },
	{ "festival", W_NOTMEET }, { "exhibition", W_NOTMEET },
	{ "tournament", W_NOTMEET }, { "match", W_NOTMEET },
	{ "criticism", W_NOTMEET }, { "resistance", W_NOTMEET },
	{ "opposition", W_NOTMEET }, { "protests", W_NOTMEET },
	{ "skepticism", W_NOTMEET }, { "scepticism", W_NOTMEET },
	{ "silence", W_NOTMEET }, { "condemnation", W_NOTMEET },
	{ "applause", W_NOTMEET }, { "anger", W_NOTMEET },
	{ "outrage", W_NOTMEET }, { "approval", W_NOTMEET },
	{ "demands", W_NOTMEET }, { "criteria", W_NOTMEET },
	{ "target", W_NOTMEET }, { "targets", W_NOTMEET },
	{ "deadline", W_NOTMEET }, { "expectations", W_NOTMEET },
	{ "requirements", W_NOTMEET }, { "fate", W_NOTMEET },
	{ "end", W_NOTMEET }, { "death", W_NOTMEET }, { "letter", W_NOTMEET },
	{ "support", W_NOTMEET }, { "praise", W_NOTMEET },
	{ "hostility", W_NOTMEET }, { "warning", W_NOTMEET },
	{ "award", W_NOTMEET }, { "prize", W_NOTMEET },
	{ "sentence", W_NOTMEET }, { "treatment", W_NOTMEET },
	{ "hearing", W_NOTMEET }, { "hearings", W_NOTMEET },
	{ "court", W_NOTMEET }, { "trial", W_NOTMEET },
	/* not in person */
	{ "phone", W_REMOTE }, { "telephone", W_REMOTE },
	{ "phoned", W_REMOTE }, { "telephoned", W_REMOTE },
	{ "rang", W_REMOTE }, { "video", W_REMOTE },
	{ "videoconference", W_REMOTE }, { "virtual", W_REMOTE },
	{ "virtually", W_REMOTE }, { "online", W_REMOTE },
	{ "indirect", W_REMOTE }, { "teleconference", W_REMOTE },
	{ "remotely", W_REMOTE }, { "proximity", W_REMOTE },
	/* dates that follow "on" */
	{ "monday", W_WEEKDAY }, { "tuesday", W_WEEKDAY },
	{ "wednesday", W_WEEKDAY }, { "thursday", W_WEEKDAY },
	{ "friday", W_WEEKDAY }, { "saturday", W_WEEKDAY },
	{ "sunday", W_WEEKDAY }, { "january", W_WEEKDAY },
	{ "february", W_WEEKDAY }, { "march", W_WEEKDAY },
	{ "april", W_WEEKDAY }, { "june", W_WEEKDAY }, { "july", W_WEEKDAY },
	{ "august", W_WEEKDAY }, { "september", W_WEEKDAY },
	{ "october", W_WEEKDAY }, { "november", W_WEEKDAY },
	{ "december", W_WEEKDAY }, { "jan", W_WEEKDAY }, { "feb", W_WEEKDAY },
	{ "aug", W_WEEKDAY }, { "sept", W_WEEKDAY }, { "oct", W_WEEKDAY },
	{ "nov", W_WEEKDAY }, { "dec", W_WEEKDAY },
};

#define TABSIZE 2048		/* a power of two, over twice the lexicon */
#define MAXWORD 24

/*
 * A word is looked up as three 64-bit words holding its bytes, lower
 * case, eight to a word: hashing and comparing them costs the same for
 * every word, where a hash per byte and memcmp cost several times more
 * for the words of an average sentence.
 */
struct key {
	uint64_t w[3];
};

static struct {
	struct key k;
	uint8_t n;
	uint64_t f;
} tab[TABSIZE];
static int built;

/*
 * For each first and last letter, the lengths of the trigger words with
 * them: most words of a text fail here, before anything is hashed. Row
 * and column 0 stand for any byte that is not a letter and stay empty.
 */
static uint32_t trigmask[27][27];

/*
 * The first two bytes of the trigger words, in either case, as a set of
 * 2^16 bits: the first pass looks at the start of every word of every
 * article, and three words in four fail here, before their end is looked
 * for.
 */
static uint64_t trigstart[65536 / 64];

static inline int
starts_trigger(const unsigned char *s)
{
	unsigned v = (unsigned)s[0] | (unsigned)s[1] << 8;

	return trigstart[v / 64] >> (v % 64) & 1;
}

/* Add the first two letters of w to trigstart, in every case. */
static void
add_start(const char *w)
{
	unsigned char a = (unsigned char)w[0], b = (unsigned char)w[1];
	unsigned v, k;

	for (k = 0; k < 4; k++) {
		v = (unsigned)(k & 1 ? a - 32 : a) |
		    (unsigned)(k & 2 ? b - 32 : b) << 8;
		trigstart[v / 64] |= UINT64_C(1) << (v % 64);
	}
}

/*
 * Keys are folded to lower case by setting bit 5 of every byte: a letter
 * becomes its lower case, and no other byte becomes a letter, so a word
 * matches a (lower-case) lexicon word exactly when strncasecmp says so.
 * Eight bytes fold at once.
 */
#define FOLD	UINT64_C(0x2020202020202020)

/* The letter a byte is, 1..26 in any case, or 0 for any other byte. */
static const unsigned char letter[256] = {
#define R4(x)	(x), (x) + 1, (x) + 2, (x) + 3
#define R26	R4(1), R4(5), R4(9), R4(13), R4(17), R4(21), 25, 26
	['A'] = R26,
	['a'] = R26,
#undef R26
#undef R4
};

/* Whether the first and last letters and the length of s fit a trigger. */
static inline int
could_trigger(const unsigned char *s, size_t n)
{
	return n < 32 && (trigmask[letter[s[0]]][letter[s[n - 1]]] >> n & 1);
}

/* The slot in tab of the key w0, w1, w2 of a word of n bytes, kept in *k. */
static inline uint32_t
key_slot(uint64_t w0, uint64_t w1, uint64_t w2, size_t n, struct key *k)
{
	uint64_t h;

	k->w[0] = w0;
	k->w[1] = w1;
	k->w[2] = w2;
	h = w0 * UINT64_C(0x9E3779B97F4A7C15) ^
	    w1 * UINT64_C(0xC2B2AE3D27D4EB4F) ^
	    w2 * UINT64_C(0x165667B19E3779F9) ^ n;
	h ^= h >> 29;
	h *= UINT64_C(0xBF58476D1CE4E5B9);
	return (uint32_t)(h >> 40) & (TABSIZE - 1);
}

/* The key of s (n bytes, 0 < n < MAXWORD) and its slot in tab. */
static inline uint32_t
keyof(const char *s, size_t n, struct key *k)
{
	const unsigned char *p = (const unsigned char *)s;
	uint64_t w0 = 0, w1 = 0, w2 = 0;
	size_t i;

	/* Shifted in from the right: the same bytes give the same key. */
	for (i = 0; i < n && i < 8; i++)
		w0 = w0 << 8 | (p[i] | 0x20);
	for (; i < n && i < 16; i++)
		w1 = w1 << 8 | (p[i] | 0x20);
	for (; i < n; i++)
		w2 = w2 << 8 | (p[i] | 0x20);
	return key_slot(w0, w1, w2, n, k);
}

/* The eight bytes at p, the first one highest, as keyof shifts them in. */
static inline uint64_t
load_be64(const unsigned char *p)
{
	uint64_t x;

	memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	x = __builtin_bswap64(x);
#elif !(defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)
	x = (uint64_t)p[0] << 56 | (uint64_t)p[1] << 48 | (uint64_t)p[2] << 40 |
	    (uint64_t)p[3] << 32 | (uint64_t)p[4] << 24 | (uint64_t)p[5] << 16 |
	    (uint64_t)p[6] << 8 | p[7];
#endif
	return x;
}

/*
 * keyof for a word of at most 16 bytes with 16 bytes readable at s: the
 * key words are loaded whole and the bytes past the word shifted out.
 */
static inline uint32_t
keyof16(const char *s, size_t n, struct key *k)
{
	const unsigned char *p = (const unsigned char *)s;
	uint64_t w0 = load_be64(p) | FOLD, w1 = 0;

	if (n <= 8)
		w0 >>= 64 - 8 * n;
	else
		w1 = (load_be64(p + 8) | FOLD) >> (128 - 8 * n);
	return key_slot(w0, w1, 0, n, k);
}

static inline int
same(const struct key *a, const struct key *b)
{
	return a->w[0] == b->w[0] && a->w[1] == b->w[1] && a->w[2] == b->w[2];
}

static void
build(void)
{
	struct key k;
	size_t i, n;
	uint32_t h;

	for (i = 0; i < sizeof(lex) / sizeof(lex[0]); i++) {
		n = strlen(lex[i].w);
		h = keyof(lex[i].w, n, &k);
		while (tab[h].n != 0 && (tab[h].n != n || !same(&tab[h].k, &k)))
			h = (h + 1) & (TABSIZE - 1);
		/* A word listed twice keeps the union of its flags. */
		tab[h].k = k;
		tab[h].n = (uint8_t)n;
		tab[h].f |= lex[i].f;
		if ((lex[i].f & (W_TRIGGER | W_PHTRIG)) && n < 32 &&
		    lex[i].w[0] >= 'a' && lex[i].w[0] <= 'z' &&
		    lex[i].w[n - 1] >= 'a' && lex[i].w[n - 1] <= 'z')
		{
			trigmask[letter[(unsigned char)lex[i].w[0]]]
			    [letter[(unsigned char)lex[i].w[n - 1]]] |=
			    UINT32_C(1) << n;
			add_start(lex[i].w);
		}
	}
	built = 1;
}

uint64_t
meetlex_word(const char *s, size_t n)
{
	return meetlex_word_in(s, n, n);
}

uint64_t
meetlex_word_in(const char *s, size_t n, size_t room)
{
	uint64_t key;

	return meetlex_word_key(s, n, room, &key);
}

uint64_t
meetlex_word_key(const char *s, size_t n, size_t room, uint64_t *key)
{
	const unsigned char *p = (const unsigned char *)s;
	struct key k;
	uint32_t h;
	size_t i;

	if (!built)
		build();
	if (n == 0 || n >= MAXWORD) {
		for (*key = 0, i = 0; i < n && i < 8; i++)
			*key = *key << 8 | (p[i] | 0x20);
		return 0;
	}
	h = n <= 16 && room >= 16 ? keyof16(s, n, &k) : keyof(s, n, &k);
	*key = k.w[0];
	while (tab[h].n != 0) {
		if (tab[h].n == n && same(&tab[h].k, &k))
			return tab[h].f;
		h = (h + 1) & (TABSIZE - 1);
	}
	return 0;
}

int
meetlex_trigger(const char *s, size_t n)
{
	if (!built)
		build();
	return n > 0 && could_trigger((const unsigned char *)s, n) &&
	    (meetlex_word(s, n) & (W_TRIGGER | W_PHTRIG)) != 0;
}

/* Whether the word [i, j) of t (n bytes) is a trigger to the first pass. */
static inline int
scan_word(const unsigned char *t, size_t n, size_t i, size_t j)
{
	/* No trigger is shorter than three letters: trigmask says so too. */
	if (!could_trigger(t + i, j - i))
		return 0;
	/* A word that touches a non-ASCII byte is part of a longer one. */
	if (j - i < 3 || (j < n && t[j] >= 0x80) || (i > 0 && t[i - 1] >= 0x80))
		return 0;
	return (meetlex_word_in((const char *)t + i, j - i, n - i) &
	    (W_TRIGGER | W_PHTRIG)) != 0;
}

/* Append offset i to *pos (np offsets, room for *cap); returns np + 1. */
static size_t
add_pos(uint32_t **pos, size_t *cap, size_t np, size_t i)
{
	if (np == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*pos = erealloc(*pos, *cap * sizeof(**pos));
	}
	(*pos)[np] = (uint32_t)i;
	return np + 1;
}

/*
 * The end of the run of set bits of mask (nw words) that holds bit i: the
 * first clear bit after it. The bits past n are clear, so a run never
 * ends past n; a text of whole blocks may end in one.
 */
static inline size_t
run_end(const uint64_t *mask, size_t nw, size_t i, size_t n)
{
	size_t b = i / 64;
	uint64_t z = ~mask[b] & (~UINT64_C(0) << (i % 64));

	while (z == 0) {
		if (++b == nw)
			return n;
		z = ~mask[b];
	}
	return b * 64 + (size_t)__builtin_ctzll(z);
}

size_t
meetlex_scan(const char *text, size_t n, uint64_t *mask, uint32_t **pos,
    size_t *cap)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t nw = (n + 63) / 64, b, i, j, np = 0;
	uint64_t m, next, carry = 0, st;

	if (!built)
		build();
	text_alnum_mask(text, n, mask);
	/*
	 * Words start where a run of set bits starts: a block of 64 bytes
	 * gives all its starts at once. No trigger is shorter than three
	 * letters, so only starts with two more set bits after them are kept
	 * (a third of all words are shorter), and only a start whose first
	 * two letters begin a trigger has its end looked for.
	 */
	for (b = 0; b < nw; b++) {
		m = mask[b];
		next = b + 1 < nw ? mask[b + 1] : 0;
		st = m & ~(m << 1 | carry) & (m >> 1 | next << 63) &
		    (m >> 2 | next << 62);
		carry = m >> 63;
		while (st != 0) {
			i = b * 64 + (size_t)__builtin_ctzll(st);
			st &= st - 1;
			if (!starts_trigger(t + i))
				continue;
			j = run_end(mask, nw, i + 1, n);
			if (scan_word(t, n, i, j))
				np = add_pos(pos, cap, np, i);
		}
	}
	return np;
}
