/*
 * fuzz-state: dedupe's state file (common/merge.c ms_load and ms_save,
 * seen.c seen_load), which a crash, a full disk or a hand edit may have
 * left in any shape.
 *
 * Loading must never crash; what loads, saved and loaded again, must
 * save the same: the state is a fixed point of a rerun.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "merge.h"
#include "record.h"
#include "seen.h"
#include "util.h"
#include "check.h"

/* Load a state from s (n bytes) as dedupe does; save its meetings. */
static void
load_save(char *s, size_t n, char **out, size_t *outlen)
{
	struct mergeset ms;
	struct seen seen;
	struct reader r;
	FILE *fp, *op;
	int nf;

	ms_init(&ms, 1, 20000);
	seen_init(&seen, 0);
	op = open_memstream(out, outlen);
	CHECK(op != NULL);
	if (n > 0) {
		fp = fmemopen(s, n, "r");
		CHECK(fp != NULL);
		rd_init(&r, fp, "state");
		while ((nf = rd_next(&r)) > 0) {
			if (strcmp(r.field[0], "a") == 0 &&
			    seen_load(&seen, r.field + 1, nf - 1))
				continue;
			if (strcmp(r.field[0], "m") == 0)
				(void)ms_load(&ms, r.field + 1, r.flen + 1,
				    nf - 1);
		}
		rd_free(&r);
		fclose(fp);
	}
	ms_save(&ms, op, -1);
	fclose(op);
	ms_free(&ms);
	seen_free(&seen);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy, *s1, *s2;
	size_t n1, n2;

	copy = emalloc(size + 1);
	memcpy(copy, data, size);
	load_save(copy, size, &s1, &n1);
	load_save(s1, n1, &s2, &n2);
	CHECK(n1 == n2 && memcmp(s1, s2, n1) == 0);
	free(copy);
	free(s1);
	free(s2);
	return 0;
}
