#!/bin/sh
# t0600-parallel: scripts/parley-parallel gives, byte for byte, the serial
# pipeline's output on the shared corpus, stage by stage, with the work cut
# into many jobs; and it reports failures in its exit status.
. "$(dirname "$0")/lib.sh"

require split-articles tag-entities extract-meetings dedupe to-csv parallel
require_corpus

pp="bash $TOP/scripts/parley-parallel"
ls "$SHARED"/corpus/seeds/*.txt "$SHARED"/corpus/bbc-politics/*.txt >"$TMP/files"

# The serial pipeline, one stage at a time so each status is seen.
serial() {
	xargs split-articles <"$TMP/files" >"$TMP/s.split" &&
	    tag-entities "$TMP/s.split" >"$TMP/s.tag" &&
	    extract-meetings "$TMP/s.tag" >"$TMP/s.extract" &&
	    dedupe "$TMP/s.extract" >"$TMP/s.dedupe" &&
	    to-csv "$TMP/s.dedupe" >"$TMP/s.csv"
}
check "serial pipeline runs" serial
check "serial pipeline finds meetings" test -s "$TMP/s.dedupe"
# Small groups and blocks, so that every stage is cut into many jobs.
articles=$(wc -c <"$TMP/s.split")
check "the articles make more than 8 blocks of 32k" test "$articles" -gt $((8 * 32768))

for stage in split tag extract dedupe csv; do
	# shellcheck disable=SC2046 # the corpus file names have no blanks
	$pp -j 3 -n 25 -b 32k -o $stage $(cat "$TMP/files") >"$TMP/p.$stage" 2>"$TMP/err"
	check "parallel to $stage: exit status 0" test $? -eq 0
	check "parallel to $stage: output equals the serial pipeline's" \
	    test_cmp "$TMP/s.$stage" "$TMP/p.$stage"
done

$pp -j 2 -b 32k -F <"$TMP/files" >"$TMP/p.F" 2>"$TMP/err"
check "file names from stdin (-F), default groups: same output" \
    test_cmp "$TMP/s.dedupe" "$TMP/p.F"

# Raw text on stdin goes through one split-articles.
cat "$SHARED"/corpus/seeds/*.txt >"$TMP/raw"
split-articles <"$TMP/raw" | tag-entities | extract-meetings | dedupe >"$TMP/s.stdin"
$pp -b 32k <"$TMP/raw" >"$TMP/p.stdin"
check "raw text on stdin: same output as the serial pipeline" \
    test_cmp "$TMP/s.stdin" "$TMP/p.stdin"

# Article records as input (-a) skip split-articles.
$pp -a -b 32k -j 2 <"$TMP/s.split" >"$TMP/p.a" 2>"$TMP/err"
check "article records on stdin (-a): same output" test_cmp "$TMP/s.dedupe" "$TMP/p.a"

# Failures: an unreadable file; a malformed record, which the tool skips
# and reports while the rest goes through.
# shellcheck disable=SC2046 # the corpus file names have no blanks
$pp -n 10 "$TMP/no-such-file" $(head -n 30 "$TMP/files") >"$TMP/out" 2>"$TMP/err"
check "a missing file: exit status 1" test $? -eq 1
check "a missing file: named on stderr" grep -q "no-such-file" "$TMP/err"
{ head -n 40 "$TMP/s.split"; printf 'not\ta\trecord\n'; tail -n +41 "$TMP/s.split"; } >"$TMP/bad.split"
tag-entities "$TMP/bad.split" 2>/dev/null | extract-meetings | dedupe >"$TMP/s.bad"
$pp -a -b 32k -j 2 <"$TMP/bad.split" >"$TMP/p.bad" 2>"$TMP/err"
check "a malformed record: exit status 1" test $? -eq 1
check "a malformed record: reported by tag-entities" grep -q "^tag-entities: " "$TMP/err"
check "a malformed record: the other records still come out" test_cmp "$TMP/s.bad" "$TMP/p.bad"
$pp -x 2>"$TMP/err"
check "a bad option: exit status 2" test $? -eq 2

done_testing
