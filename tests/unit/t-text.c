/* Unit tests for common/text.c: name keys, words and sentences. */
#include <string.h>

#include "test.h"
#include "text.h"

static char keybuf[256];

static const char *
key(const char *s)
{
	name_key(s, strlen(s), keybuf, sizeof(keybuf));
	return keybuf;
}

static char sents[1024];

static void
add_sentence(size_t start, size_t end, void *arg)
{
	const char *text = arg;

	strncat(sents, "[", sizeof(sents) - strlen(sents) - 1);
	strncat(sents, text + start, end - start);
	strncat(sents, "]", sizeof(sents) - strlen(sents) - 1);
}

static const char *
split(const char *text)
{
	sents[0] = '\0';
	text_sentences(text, strlen(text), add_sentence, (void *)text);
	return sents;
}

/* The words of s, each as text|flags. */
static char wordbuf[512];

static const char *
words(const char *s)
{
	struct word w;
	size_t pos = 0;
	char one[64];

	wordbuf[0] = '\0';
	while (text_word(s, strlen(s), &pos, &w)) {
		snprintf(one, sizeof(one), "%s%.*s|%s%s%s%s%s", wordbuf[0] ? " " : "",
		    (int)(w.end - w.start), s + w.start,
		    w.flags & W_CAP ? "C" : "", w.flags & W_UPPER ? "U" : "",
		    w.flags & W_POSS ? "P" : "", w.flags & W_HYPHEN ? "H" : "",
		    w.flags & W_DOTS ? "D" : "");
		strncat(wordbuf, one, sizeof(wordbuf) - strlen(wordbuf) - 1);
	}
	return wordbuf;
}

int
main(void)
{
	/* Spelling variants of one name share a key. */
	is_str(key("al-Nakhala"), "nakhala", "al- prefix dropped");
	is_str(key("al-Nakhaleh"), "nakhala", "-eh ending is -a");
	is_str(key("Nakhalah"), "nakhala", "-ah ending is -a");
	is_str(key("El Nakhala"), "nakhala", "El as a word dropped");
	is_str(key("Mahmoud Abbas"), key("Mahmud Abbas"), "ou is u");
	is_str(key("Mahmoud Abbas"), "mahmud abas", "doubled letters folded");
	is_str(key("Ismail Haniyeh"), key("Ismail Haniya"), "Haniyeh = Haniya");
	is_str(key("Shtayyeh"), key("Shtayeh"), "Shtayyeh = Shtayeh");
	is_str(key("Abdel Fattah al-Sisi"), "abdel fata sisi", "multi-word key");
	is_str(key("Ziyad al-Nakhala"), key("Ziyad Al Nakhaleh"), "full name variants");
	is_str(key("Ismail"), "ismail", "plain word unchanged");
	is_str(key("ISMAIL HANIYEH"), key("Ismail Haniyeh"), "case folded");
	is_str(key("Recep Tayyip Erdo\xc4\x9f" "an"), "recep tayip erdogan",
	    "accents folded");
	is_str(key("Fran\xc3\xa7ois Hollande"), "francois holande", "cedilla folded");
	is_str(key("U.S."), "us", "initialism");
	is_str(key("People's Republic of China"), "people republic of china",
	    "possessive dropped");
	is_str(key("Hamas"), "hamas", "Hamas");
	is_str(key("Abbas Kamel"), "abas kamel", "first name stays first");
	is_str(key("Ismael"), "ismael", "other vowels stay");
	is_str(key("Sana\xca\xbc" "a"), "sana", "transliteration apostrophe dropped");

	/* Words. */
	is_str(words("Hamas' leader met al-Sisi."),
	    "Hamas|CP leader| met| al| Sisi|CH", "possessive apostrophe, hyphen");
	is_str(words("the U.S. envoy"), "the| U.S.|CUD envoy|", "dotted initialism");
	is_str(words("Authority\xe2\x80\x99s PIJ"), "Authority|CP PIJ|CU",
	    "curly possessive, acronym");
	is_str(words("O'Brien \xe2\x80\x9cNo\xe2\x80\x9d"), "O'Brien|C No|C",
	    "inner apostrophe, curly quotes");
	is_str(words("\xc3\x89gypte 2024"), "\xc3\x89gypte|C 2024|", "accented capital");

	/* Sentences. */
	is_str(split("Talks began. They ended.\nA new line"),
	    "[Talks began.][They ended.][A new line]", "full stops and newlines");
	is_str(split("Mr. Smith met Gen. Jones in the U.S. on Friday."),
	    "[Mr. Smith met Gen. Jones in the U.S. on Friday.]", "abbreviations");
	is_str(split("He said \"no.\" Then he left!  Why?"),
	    "[He said \"no.\"][Then he left!][Why?]", "quotes and other ends");
	is_str(split("J. Smith spoke. Talks on Oct. 7 ended"),
	    "[J. Smith spoke.][Talks on Oct. 7 ended]", "initial and month");
	is_str(split("  \n\n"), "", "blank text has no sentences");
	return done_testing();
}
