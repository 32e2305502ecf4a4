/*
 * Unit tests for the dump format readers (formats.h): guessing, the -c
 * map, and each reader on the fixtures in tests/fixtures/formats and on
 * malformed input, which must be reported (rval) without losing the rest.
 * Run from the top of the tree.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "formats.h"
#include "util.h"
#include "test.h"

#define FIX "tests/fixtures/formats/"

/* Articles a reader called back with, one "field|field|..." string each. */
static char *got[16];
static int ngot;

static void
collect(struct raw_article *ra, void *arg)
{
	struct buf b = { 0 };

	(void)arg;
	buf_printf(&b, "%lu|%s|%s|%s|%s|%s", ra->lineno,
	    ra->title.s ? ra->title.s : "", ra->date.s ? ra->date.s : "",
	    ra->source.s ? ra->source.s : "", ra->url.s ? ra->url.s : "",
	    ra->text.s ? ra->text.s : "");
	if (ngot < 16)
		got[ngot++] = b.s;
	else
		free(b.s);
}

static void
clear(void)
{
	while (ngot > 0)
		free(got[--ngot]);
	rval = 0;
}

/* Run reader f on a string, as if it were file name. */
static void
run_str(enum fmt f, const char *name, const char *s, size_t n,
    const struct fmt_opts *o)
{
	FILE *fp = fmemopen((void *)s, n, "r");

	clear();
	fmt_reader(f)(fp, name, o, collect, NULL);
	fclose(fp);
}

static void
run_file(enum fmt f, const char *path, const struct fmt_opts *o)
{
	FILE *fp = fopen(path, "r");

	clear();
	if (fp == NULL) {
		ok(0, "open %s", path);
		return;
	}
	fmt_reader(f)(fp, path, o, collect, NULL);
	fclose(fp);
}

static const struct {
	const char *path, *head;
	enum fmt want;
} guesses[] = {
	{ "x.warc.gz", "\x1f\x8b\x08", FMT_WARC },
	{ "-", "\x1f\x8b\x08", FMT_WARC },
	{ "-", "WARC/1.0\r\nWARC-Type: warcinfo", FMT_WARC },
	{ "reut2-000.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">", FMT_REUTERS },
	{ "-", "<REUTERS TOPICS=\"NO\" NEWID=\"1\">", FMT_REUTERS },
	{ "a.txt", "{\"title\": \"x\"}", FMT_TEXT },
	{ "dump", "{\"title\": \"x\"}", FMT_JSONL },
	{ "x.csv", "WARC/1.0\r\n", FMT_CSV },
	{ "-", "\xef\xbb\xbf  {\"title\": \"x\"}", FMT_JSONL },
	{ "news.csv", "Talks in Cairo\n", FMT_CSV },
	{ "news.ndjson", "", FMT_JSONL },
	{ "-", "title,date,content\nA,2017,B\n", FMT_CSV },
	{ "-", "id,headline,body\n", FMT_CSV },
	{ "-", "Cairo, March 3, talks, and more\n", FMT_TEXT },
	{ "notes.txt", "title,text\n", FMT_TEXT },
	{ "-", "CAIRO (Reuters) - Leaders met.\n", FMT_TEXT },
};

static void
test_guess(void)
{
	struct fmt_opts o = { { NULL } };
	size_t i;
	int fd[2];
	FILE *rp, *fp;
	char line[64];
	enum fmt f;

	for (i = 0; i < sizeof(guesses) / sizeof(guesses[0]); i++)
		is_str(fmt_name(fmt_guess(guesses[i].path, guesses[i].head,
		    strlen(guesses[i].head))), fmt_name(guesses[i].want),
		    "guess case %zu: %s is %s", i, guesses[i].path,
		    fmt_name(guesses[i].want));
	is_int(fmt_byname("reuters"), FMT_REUTERS, "format by name");
	is_int(fmt_byname("xml"), -1, "unknown format name");

	is_int(fmt_columns(&o, "text=3,title=headline_text"), 0, "-c parses");
	is_str(o.col[COL_TEXT], "3", "-c text=3");
	is_str(o.col[COL_TITLE], "headline_text", "-c title=NAME");
	is_int(fmt_columns(&o, "body=3"), -1, "-c with an unknown field");
	is_int(fmt_columns(&o, "text="), -1, "-c with no column");
	free((char *)o.col[COL_TEXT]);
	free((char *)o.col[COL_TITLE]);

	/* A pipe cannot seek: the bytes read to guess are handed out again. */
	if (pipe(fd) != 0)
		return;
	if (write(fd[1], "{\"text\": \"a\"}\nsecond\n", 21) != 21)
		return;
	close(fd[1]);
	rp = fdopen(fd[0], "r");
	fp = fmt_peek(rp, "-", &f);
	is_str(fmt_name(f), "jsonl", "peek guesses from a pipe");
	ok(fp != rp, "peek on a pipe gives a new stream");
	is_str(fgets(line, sizeof(line), fp), "{\"text\": \"a\"}\n",
	    "peeked bytes read again");
	is_str(fgets(line, sizeof(line), fp), "second\n", "then the rest");
	fclose(fp);
	fclose(rp);

	rp = fopen(FIX "news.csv", "r");
	fp = fmt_peek(rp, FIX "news.csv", &f);
	ok(fp == rp && ftell(fp) == 0, "peek on a file seeks back");
	fclose(rp);
}

static void
test_csv(void)
{
	struct fmt_opts o = { { NULL } };
	static const char stray[] =
	    "title,text\n"
	    "One,\"First \"\"quoted\"\" text.\"\n"
	    "Two,Second te\"xt.\n"
	    "Three,Third text.\n";
	static const char count[] =
	    "title,text,date\n"
	    "One,Text one.,2017-12-31,extra\n"
	    "Two,Text two.,31/12/2017\n";
	static const char notext[] = "title,author\nOne,Me\n";
	static const char unclosed[] = "title,text\nOne,\"never\nclosed\n";
	static const char numbered[] =
	    "\xef\xbb\xbfheadline_text,story,when\n"
	    "Talks,\"Line one\r\nline two\",\"December 31, 2017\"\n";

	run_file(FMT_CSV, FIX "news.csv", NULL);
	is_int(ngot, 3, "csv fixture: 3 articles (the empty row skipped)");
	is_int(rval, 0, "csv fixture: no error");
	if (ngot == 3) {
		is_str(got[0], "2|Foreign ministers of Jordan and Egypt meet in "
		    "Amman|2017-12-31|Arab Wire|https://arabwire.example/2017/"
		    "12/31/ministers-meet|AMMAN (Reuters) - The foreign "
		    "ministers of Jordan and Egypt met in Amman on Sunday to "
		    "discuss the stalled peace process, officials said.\n\n"
		    "The two ministers agreed to coordinate their positions "
		    "ahead of an Arab League summit, a statement from the "
		    "Jordanian foreign ministry said.\n\n\"We share one view of "
		    "the crisis,\" the Egyptian minister told reporters after "
		    "the talks.", "csv: multi-line quoted text, doubled quotes");
		ok(strncmp(got[1], "7|Fatah and Hamas delegations to hold talks "
		    "in Cairo|2018-01-15|Gulf Daily Herald|", 60) == 0,
		    "csv: second row starts on line 7, ISO date");
		ok(strncmp(got[2], "10|Lebanese president receives Iraqi envoy|"
		    "2018-01-17|", 50) == 0,
		    "csv: 17/01/2018 is day first");
	}

	run_str(FMT_CSV, "s.csv", stray, sizeof(stray) - 1, NULL);
	is_int(rval, 1, "csv: a stray quote is an error");
	is_int(ngot, 2, "csv: the rows around it are read");
	if (ngot == 2) {
		is_str(got[0], "2|One||||First \"quoted\" text.",
		    "csv: quoted field");
		is_str(got[1], "4|Three||||Third text.",
		    "csv: the row after the bad one, on its line");
	}

	run_str(FMT_CSV, "c.csv", count, sizeof(count) - 1, NULL);
	is_int(rval, 1, "csv: a row with an extra field is an error");
	is_int(ngot, 1, "csv: the good row is read");
	if (ngot == 1)
		is_str(got[0], "3|Two|2017-12-31|||Text two.",
		    "csv: 31/12/2017");

	run_str(FMT_CSV, "n.csv", notext, sizeof(notext) - 1, NULL);
	is_int(rval, 1, "csv: no text column is an error");
	is_int(ngot, 0, "csv: nothing read without a text column");

	run_str(FMT_CSV, "u.csv", unclosed, sizeof(unclosed) - 1, NULL);
	is_int(rval, 1, "csv: a quote left open at the end is an error");
	is_int(ngot, 0, "csv: the open row is not written");

	fmt_columns(&o, "text=2,title=headline_text,date=3");
	run_str(FMT_CSV, "-", numbered, sizeof(numbered) - 1, &o);
	is_int(ngot, 1, "csv -c: columns by number and by name");
	if (ngot == 1)
		is_str(got[0], "2|Talks|2017-12-31|||Line one\r\nline two",
		    "csv -c: BOM in the header, CRLF kept in the text");
	free((char *)o.col[COL_TEXT]);
	free((char *)o.col[COL_TITLE]);
	free((char *)o.col[COL_DATE]);
}

static void
test_jsonl(void)
{
	struct fmt_opts o = { { NULL } };
	static const char bad[] =
	    "{\"title\": \"A\", \"text\": \"Good one.\"}\n"
	    "{\"title\": \"B\", \"text\": \"cut\n"
	    "[1, 2]\n"
	    "\n"
	    "{\"title\": \"C\", \"body\": \"Good two.\", "
	    "\"published_at\": \"2024-02-29T23:00:00Z\"}\n";
	static const char array[] = "[{\"text\": \"a\"},\n{\"text\": \"b\"}]\n";
	static const char keyed[] = "{\"story\": \"By key.\", \"title\": 3}\n";

	run_file(FMT_JSONL, FIX "news.jsonl", NULL);
	is_int(ngot, 3, "jsonl fixture: 3 articles (null text skipped)");
	is_int(rval, 0, "jsonl fixture: no error");
	if (ngot == 3) {
		is_str(got[0], "1|Hamas and Islamic Jihad leaders meet Egyptian "
		    "officials in Cairo|2023-08-16|nilewire.example|https://"
		    "nilewire.example/news/2023/08/16/factions-meet|CAIRO "
		    "(Reuters) - Leaders of Hamas and Islamic Jihad met "
		    "Egyptian intelligence officials in Cairo on Wednesday, two "
		    "sources said.\nThe meeting focused on the ceasefire in "
		    "Gaza and on prisoners held by Israel.",
		    "jsonl: news-please keys");
		is_str(got[1], "2|Qatar hosts Afghan talks|2024-04-30|Doha "
		    "Daily|https://dohadaily.example/qatar-afghan-talks|Qatar "
		    "hosted a round of talks between Afghan envoys and Western "
		    "diplomats in Doha on Tuesday, the foreign ministry said.",
		    "jsonl: NewsAPI keys, source object");
		is_str(got[2], "5|Tunis mayor meets caf\xc3\xa9 owners|"
		    "2023-11-14|||Caf\xc3\xa9 owners met the mayor of Tunis on "
		    "Friday.", "jsonl: Latin-1 repaired, epoch date");
	}

	run_str(FMT_JSONL, "b.jsonl", bad, sizeof(bad) - 1, NULL);
	is_int(rval, 1, "jsonl: bad lines are errors");
	is_int(ngot, 2, "jsonl: the good lines around them are read");
	if (ngot == 2)
		is_str(got[1], "5|C|2024-02-29|||Good two.",
		    "jsonl: line number after bad lines");

	run_str(FMT_JSONL, "a.json", array, sizeof(array) - 1, NULL);
	is_int(rval, 1, "jsonl: a JSON array is an error");
	is_int(ngot, 0, "jsonl: and is not read line by line");

	fmt_columns(&o, "text=story");
	run_str(FMT_JSONL, "k.jsonl", keyed, sizeof(keyed) - 1, &o);
	is_int(ngot, 1, "jsonl -c: key named");
	if (ngot == 1)
		is_str(got[0], "1|||||By key.", "jsonl: a number title is none");
	free((char *)o.col[COL_TEXT]);
}

static void
test_reuters(void)
{
	static const char unclosed[] =
	    "<REUTERS NEWID=\"1\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
	    "<TEXT><TITLE>FIRST</TITLE><BODY>Never closed.\n"
	    "<REUTERS NEWID=\"2\">\n<DATE>26-FEB-1987 15:02:01.79</DATE>\n"
	    "<TEXT><TITLE>SECOND</TITLE><BODY>Talks were held &amp; ended.\n"
	    " Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
	    "stray text\n";
	static const char nobody[] =
	    "<REUTERS NEWID=\"3\">\n<TEXT><BODY>No end of body\n</TEXT>\n"
	    "</REUTERS>\n";

	run_file(FMT_REUTERS, FIX "reut2-fixture.sgm", NULL);
	is_int(ngot, 3, "reuters fixture: 3 stories (the brief skipped)");
	is_int(rval, 0, "reuters fixture: no error");
	if (ngot == 3) {
		is_str(got[0], "2|BONN AND PARIS FINANCE MINISTERS MEET ON "
		    "CURRENCIES|1987-03-03|Reuters|" FIX "reut2-fixture.sgm#101|"
		    "BONN, March 3 - West German Finance Minister Gerhard "
		    "Stoltenberg met his French counterpart in Bonn today to "
		    "discuss the dollar's fall and the <European Monetary "
		    "System>, officials said.\nThe two ministers agreed that "
		    "their central banks would keep in close contact, a Finance "
		    "Ministry spokesman said.\n\"We see no need for a "
		    "realignment now,\" the spokesman added.",
		    "reuters: dateline opens the body, lines unwrapped at "
		    "indents, &lt; undone, sign-off gone");
		ok(strstr(got[1], "Agency said.\nThe agency") != NULL,
		    "reuters: a raw control character dropped");
		ok(strstr(got[1], "situation & agreed") != NULL,
		    "reuters: &amp; undone");
		ok(strncmp(got[2], "68||1987-03-04|Reuters|", 22) == 0 &&
		    strstr(got[2], "tariff list.") != NULL,
		    "reuters: an UNPROC story's text is its body");
	}

	run_str(FMT_REUTERS, "u.sgm", unclosed, sizeof(unclosed) - 1, NULL);
	is_int(rval, 1, "reuters: an unclosed story is an error");
	is_int(ngot, 1, "reuters: the next story is read");
	if (ngot == 1)
		is_str(got[0], "4|SECOND|1987-02-26|Reuters|u.sgm#2|Talks were "
		    "held & ended.", "reuters: the story after it");

	run_str(FMT_REUTERS, "b.sgm", nobody, sizeof(nobody) - 1, NULL);
	is_int(rval, 1, "reuters: <BODY> not closed is an error");
	is_int(ngot, 0, "reuters: that story is not written");
}

static void
test_warc(void)
{
	static char data[16384];
	char *plain0, *plain1, *keep0, *keep1;
	size_t n;
	FILE *fp;

	run_file(FMT_WARC, FIX "cc-news.warc", NULL);
	is_int(ngot, 2, "warc: 2 articles (request, redirect, image, "
	    "metadata skipped)");
	is_int(rval, 0, "warc: no error");
	if (ngot != 2)
		return;
	ok(strncmp(got[0], "618|Qatar hosts Hamas and Fatah for unity talks|"
	    "2023-10-02|The Gulf Courier|https://gulfcourier.example/politics/"
	    "2023/10/02/qatar-unity-talks|DOHA \xe2\x80\x94 Qatar hosted", 160)
	    == 0, "warc: record offset, og:title, published_time, site name, "
	    "target URI");
	ok(strncmp(got[1], "5425|Lebanese and Syrian ministers discuss refugee "
	    "returns|2019-07-09|Cedar Times|https://cedartimes.example/2019/07"
	    "/09/ministers-refugees/|BEIRUT: ", 130) == 0,
	    "warc: chunked and gzip-encoded page, JSON-LD date and publisher");
	keep0 = got[0];
	keep1 = got[1];
	plain0 = strchr(keep0, '|');
	plain1 = strchr(keep1, '|');
	got[0] = got[1] = NULL;
	ngot = 0;

	run_file(FMT_WARC, FIX "cc-news.warc.gz", NULL);
	is_int(ngot, 2, "warc.gz: the same 2 articles");
	if (ngot == 2) {
		is_str(strchr(got[0], '|'), plain0, "warc.gz: first the same");
		is_str(strchr(got[1], '|'), plain1, "warc.gz: second the same");
		ok(strncmp(got[0], "442|", 4) == 0 && strncmp(got[1], "2757|",
		    5) == 0, "warc.gz: offsets of the gzip members");
	}
	free(keep0);
	free(keep1);

	/* Cut inside the fourth member: the first page is read, then an error. */
	if ((fp = fopen(FIX "cc-news.warc.gz", "r")) == NULL)
		return;
	n = fread(data, 1, sizeof(data), fp);
	fclose(fp);
	run_str(FMT_WARC, "cut.warc.gz", data, 2600, NULL);
	is_int(ngot, 1, "warc.gz cut short: the page before is read");
	is_int(rval, 1, "warc.gz cut short: an error");

	/* Garbage in a member: reported, the members before are read. */
	data[2800] ^= 0x55;
	data[2801] ^= 0x55;
	run_str(FMT_WARC, "bad.warc.gz", data, n, NULL);
	is_int(ngot, 1, "warc.gz bad data: the page before is read");
	is_int(rval, 1, "warc.gz bad data: an error");

	/* Plain WARC: junk and a record without Content-Length are passed. */
	if ((fp = fopen(FIX "cc-news.warc", "r")) == NULL)
		return;
	memcpy(data, "junk line\r\nWARC/1.0\r\nWARC-Type: resource\r\n\r\n", 44);
	n = 44 + fread(data + 44, 1, sizeof(data) - 44, fp);
	fclose(fp);
	run_str(FMT_WARC, "junk.warc", data, n, NULL);
	is_int(rval, 1, "warc: junk and a record without length are errors");
	is_int(ngot, 2, "warc: the records after them are read");
	if (ngot == 2)
		ok(strncmp(got[0], "662|", 4) == 0,
		    "warc: offsets count the junk");
}

int
main(void)
{
	test_guess();
	test_csv();
	test_jsonl();
	test_reuters();
	test_warc();
	clear();
	return done_testing();
}
