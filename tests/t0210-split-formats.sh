#!/bin/sh
# split-articles -f: CSV, JSON lines, Reuters SGML and WARC; the table of
# cases, then the WARC fixtures rebuilt from their pages by mkwarc.
. "$(dirname "$0")/lib.sh"
TMPDIR=$TMP
export TMPDIR

run_cases "$T/cases/split-formats.cases"

F=$T/fixtures/formats
if command -v python3 >/dev/null; then
	python3 "$F/mkwarc" -z "$TMP/w.warc.gz" && python3 "$F/mkwarc" "$TMP/w.warc"
	check "mkwarc rebuilds cc-news.warc.gz as committed" \
	    test_cmp "$F/cc-news.warc.gz" "$TMP/w.warc.gz"
	check "mkwarc rebuilds cc-news.warc as committed" \
	    test_cmp "$F/cc-news.warc" "$TMP/w.warc"
else
	skip "python3 not installed: mkwarc"
fi

# Many rows, one a line: none lost between the reads of libcsv.
awk 'BEGIN { print "title,text"; for (i = 0; i < 20000; i++)
    printf "Talks %d,\"Leaders met in round %d of the talks, officials said.\"\n", i, i }' \
    >"$TMP/big.csv"
split-articles "$TMP/big.csv" >"$TMP/big.out"
check "20000 csv rows give 20000 articles" test "$(wc -l <"$TMP/big.out")" -eq 20000

done_testing
