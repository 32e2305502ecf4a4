/*
 * dateline.h: the date and source an article states about itself, in a
 * source line above the text ("The Cradle / August 16, 2023",
 * "Published: 2024-04-30 10:00", "By Jane Doe | Reuters | 3 March 2024")
 * or a wire dateline opening it ("CAIRO (Reuters) -", "BONN, March 3 -").
 */
#ifndef DATELINE_H
#define DATELINE_H

#include <stddef.h>

#include "buf.h"

/*
 * If s (n bytes) is a source or date line, return 1 and append the date
 * (ISO 8601, if it has a year) to date and the source's name to source,
 * each only if still empty. 0 if s is anything else.
 */
int dl_source_line(const char *s, size_t n, struct buf *date,
    struct buf *source);

/*
 * If s opens with a wire dateline, append the agency to source and the date
 * to date (each only if empty and stated) and return the dateline's length;
 * else 0.
 */
size_t dl_wire(const char *s, size_t n, struct buf *date, struct buf *source);

#endif
