#!/bin/sh
# t0630-bench-corpus: the benchmark corpus is the same bytes every time,
# in split-articles' dump format, with more than 5,000 names for the grep
# anchor. (Speed itself is measured by make bench only.)
. "$(dirname "$0")/lib.sh"

gen="sh $TOP/scripts/bench-corpus -m 2"
$gen -s "$SHARED" "$TMP/a" 2>/dev/null
check "the generator runs" test $? -eq 0
$gen -s "$SHARED" "$TMP/b" 2>/dev/null
check "two runs give the same corpus" diff -r "$TMP/a/corpus" "$TMP/b/corpus"
check "and the same names" test_cmp "$TMP/a/names.txt" "$TMP/b/names.txt"
bytes=$(cat "$TMP"/a/corpus/*.txt | wc -c)
check "about 2 MB ($bytes bytes)" test "$bytes" -ge 2000000 -a "$bytes" -lt 2100000
check "two dumps of about 1 MB" test "$(find "$TMP/a/corpus" -name "*.txt" | wc -l)" -eq 2
check "more than 5,000 names" test "$(wc -l <"$TMP/a/names.txt")" -gt 5000
check "no name twice" test -z "$(sort "$TMP/a/names.txt" | uniq -d)"
check "articles separated by form feeds" \
    test "$(cat "$TMP"/a/corpus/*.txt | tr -cd '\f' | wc -c)" -gt 100
if have_corpus; then
	check "shared articles mixed in, each with its own dateline" \
	    test "$(cat "$TMP"/a/corpus/*.txt | grep -c 'republished this report on')" -gt 10
else
	skip "no shared corpus"
fi
if command -v split-articles >/dev/null 2>&1; then
	n=$(split-articles "$TMP"/a/corpus/*.txt | wc -l)
	ff=$(cat "$TMP"/a/corpus/*.txt | tr -cd '\f' | wc -c)
	check "split-articles finds every article ($n of $((ff + 2)))" test "$n" -eq $((ff + 2))
else
	skip "split-articles is not built"
fi
$gen "$TMP/c" 2>/dev/null
check "without the shared corpus the generator still runs" test -s "$TMP/c/corpus/0000.txt"
$gen -m x "$TMP/d" 2>/dev/null
check "a bad size: usage error" test $? -eq 2

done_testing
