/*
 * tag.h: finding the actors of a text: dictionary names, names the text
 * introduces with a title or a role ("Hamas leader X", "X, member of the
 * PIJ political bureau"), organisations named with a cue word ("... Front",
 * "Ministry of ..."), surnames that refer back to a full name, and dates.
 *
 * The tagger is built once from the dictionary in use (dict.h) and then
 * reused: tagging a text allocates only when it is larger than any before.
 * It keeps state between calls, so one process tags one text at a time.
 */
#ifndef TAG_H
#define TAG_H

#include <stddef.h>

#include "entity.h"

/*
 * Build the matcher from the dictionary as loaded now (call after the -d
 * files are added); tag_text calls it if nobody did.
 */
void tag_init(void);

/*
 * Tag text (n bytes, the unescaped text field of an article) and put the
 * entities in out, replacing what it held, sorted by start offset. Strings
 * in out point into the dictionary or into the tagger's own memory, valid
 * until the next call. Offsets are byte offsets into text.
 */
void tag_text(const char *text, size_t n, struct entities *out);

/*
 * The year of the texts tagged next (their articles' date), 0 if unknown:
 * of several people who share a last name, the one in office that year
 * is the one a title and the last name alone mean ("President Assad" in
 * 1995), and a leader's last name alone is that leader in his years of
 * office ("Mubarak" in 2005). See dict_in_office.
 */
void tag_year(int year);

/* Tag date expressions as DATE (on by default). */
void tag_dates(int on);

#endif
