/*
 * Unit tests for common/html.c: the main text of news pages, with the
 * page furniture around it dropped, and the metadata pages state.
 * Pages are in tests/fixtures/formats; run from the top of the tree.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "test.h"

#define FIX "tests/fixtures/formats/"

static struct raw_article ra;

static int
extract_file(const char *path)
{
	static char page[65536];
	FILE *fp;
	size_t n;

	ra_reset(&ra);
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	n = fread(page, 1, sizeof(page), fp);
	fclose(fp);
	return html_extract(page, n, &ra);
}

static int
extract(const char *s)
{
	ra_reset(&ra);
	return html_extract(s, strlen(s), &ra);
}

int
main(void)
{
	ra_init(&ra);

	ok(extract_file(FIX "page-doha.html"), "doha page has text");
	is_str(ra.title.s, "Qatar hosts Hamas and Fatah for unity talks",
	    "og:title");
	is_str(ra.date.s, "2023-10-02", "article:published_time");
	is_str(ra.source.s, "The Gulf Courier", "og:site_name");
	is_str(ra.url.s, "https://gulfcourier.example/politics/2023/10/02/"
	    "qatar-unity-talks", "canonical link when no URL is known");
	is_int(ra.clean, 1, "text marked clean");
	is_str(ra.text.s,
	    "DOHA \xe2\x80\x94 Qatar hosted senior delegations from Hamas and "
	    "Fatah in Doha on Sunday for a new round of talks on ending the "
	    "division between the two Palestinian movements, the Qatari "
	    "foreign ministry said.\n"
	    "The meeting, the first between the two sides in the Qatari "
	    "capital this year, was chaired by a minister of state who has "
	    "mediated between them before.\n"
	    "It lasted four hours.\n"
	    "A joint committee\n"
	    "According to a statement issued after the talks, the two "
	    "delegations agreed to form a joint committee that would prepare "
	    "for elections and report back to their leaderships within a "
	    "month.\n"
	    "\xe2\x80\x9cWe have taken a step, but the road is still long,"
	    "\xe2\x80\x9d a Fatah official who attended the meeting told the "
	    "Courier. He asked not to be named because he was not authorised "
	    "to speak to the media.\n"
	    "Egypt, which has hosted most of the earlier rounds, was informed "
	    "of the meeting in advance, a diplomat in Doha said.",
	    "doha: the article only: no cookie banner, menu, byline, share "
	    "bar, caption, newsletter box, related links, footer; the short "
	    "paragraph and subheading between good ones kept; headline not "
	    "repeated");

	ok(extract_file(FIX "page-beirut.html"), "beirut page has text");
	is_str(ra.title.s, "Lebanese and Syrian ministers discuss refugee "
	    "returns", "JSON-LD headline");
	is_str(ra.date.s, "2019-07-09", "JSON-LD datePublished in @graph");
	is_str(ra.source.s, "Cedar Times", "JSON-LD publisher name");
	ok(strncmp(ra.text.s, "BEIRUT: Lebanon's minister", 26) == 0,
	    "beirut: text starts with the first paragraph (title and "
	    "reading time gone)");
	ok(strstr(ra.text.s, "\nLebanon hosts nearly one million registered "
	    "Syrian refugees.\n") != NULL,
	    "beirut: a short paragraph between good ones kept");
	ok(strstr(ra.text.s, "political settlement of the war.") != NULL &&
	    strchr(strstr(ra.text.s, "settlement of the war."), '\n') == NULL,
	    "beirut: text ends with the article (comments, tags, widgets, "
	    "footer gone)");
	ok(strstr(ra.text.s, "Finally some progress") == NULL,
	    "beirut: inside a has-sidebar wrapper, comments still dropped");

	ok(extract("<html><head><title>Envoys meet in Muscat - Gulf Wire"
	    "</title><meta name=\"pubdate\" content=\"20240105\">"
	    "</head><body><p>Envoys of Iran and the United States met in Muscat "
	    "on Thursday for indirect talks mediated by Oman, the Omani foreign "
	    "ministry said in a statement.</p></body></html>"),
	    "bare page with one paragraph");
	is_str(ra.title.s, "Envoys meet in Muscat", "<title> less site name");
	is_str(ra.source.s, "", "no site name, no url: no source");

	ra_reset(&ra);
	buf_adds(&ra.url, "https://www.wire.example/x");
	html_extract("<p>Too short.</p><ul><li><a href=/a>Home</a></li></ul>",
	    52, &ra);
	is_str(ra.text.s, "", "a page of a short line and a menu has no text");
	is_str(ra.source.s, "wire.example", "source from the URL's host");

	ok(!extract("<div style=\"display:none\"><p>Hidden paragraph that "
	    "would otherwise be long enough to count as good prose text, "
	    "said an official.</p></div>"), "hidden elements dropped");

	ra_free(&ra);
	return done_testing();
}
