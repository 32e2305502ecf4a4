/*
 * replay.c: a main for the fuzz targets without libFuzzer, so make check
 * can run their seed corpora and crash regressions with the ordinary
 * compiler (and under SANITIZE=1 with the sanitizers). Each argument is a
 * file given to LLVMFuzzerTestOneInput whole; a crash or an abort inside
 * the target is the failure.
 */
#include <err.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Weak, as libFuzzer has it: a target without set-up leaves it out. */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char *
slurp(const char *path, size_t *n)
{
	unsigned char *p = NULL;
	size_t cap = 0, len = 0, k;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL)
		err(1, "%s", path);
	do {
		if (len == cap) {
			cap = cap ? cap * 2 : 65536;
			if ((p = realloc(p, cap)) == NULL)
				err(1, "realloc");
		}
		k = fread(p + len, 1, cap - len, fp);
		len += k;
	} while (k > 0);
	if (ferror(fp))
		err(1, "%s", path);
	fclose(fp);
	*n = len;
	return p;
}

int
main(int argc, char *argv[])
{
	unsigned char *data;
	size_t n;
	int i;

	if (LLVMFuzzerInitialize != NULL)
		LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		data = slurp(argv[i], &n);
		LLVMFuzzerTestOneInput(data, n);
		free(data);
	}
	return 0;
}
