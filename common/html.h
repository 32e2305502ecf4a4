/*
 * html.h: a news web page's article, from its HTML: the main text without
 * the page around it (menus, cookie banners, share bars, related links,
 * footers), and the title, date, site name and URL the page states.
 */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

#include "formats.h"

/*
 * Parse the page (any bytes: repaired to UTF-8 first) and fill ra: text,
 * one paragraph a line, with ra->clean set; title (og:title, else
 * <title>), date (article:published_time and like meta tags, JSON-LD
 * datePublished, <time>), source (og:site_name, else the URL's host) and
 * url (canonical) where still empty. Returns 1 if there is text.
 */
int html_extract(const char *html, size_t n, struct raw_article *ra);

#endif
