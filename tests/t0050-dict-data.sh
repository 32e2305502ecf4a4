#!/bin/sh
# The dictionary data is well formed (scripts/check-dict), a broken table is
# caught with its file and line, and the built-in dictionary finds the actors
# of tests/cases/dict-actors.cases.
. "$(dirname "$0")/lib.sh"
check "data/*.tsv pass check-dict" sh "$TOP/scripts/check-dict" "$TOP"/data/*.tsv
printf 'hamas\tORG\tPSE\t-\tHamas\t-\t-\nhamas\tORG\tPSE\t-\tHamas again\t-\t-\nx\tXYZ\t-\t-\tX\t-\t-\ny\tPER\tPSE\tnobody\tY Z\t-\t-\n' >"$TMP/bad.tsv"
sh "$TOP/scripts/check-dict" "$TMP/bad.tsv" >"$TMP/out" 2>&1
check "check-dict fails on a bad table" test $? -ne 0
check "duplicate id reported with its line" grep -q "bad.tsv:2:" "$TMP/out"
check "unknown type reported with its line" grep -q "bad.tsv:3:" "$TMP/out"
check "missing parent reported with its line" grep -q "bad.tsv:4:" "$TMP/out"
printf 'a-howard\tPER\t-\t-\tAnn Howard\t-\t-\nb-howard\tPER\t-\t-\tBen Howard;Benjamin Howard\t-\t-\nc-kim\tPER\t-\t-\tKim Lee-soo\t-\t-\n' >"$TMP/two.tsv"
sh "$TOP/scripts/check-dict" -a "$TMP/two.tsv" >"$TMP/out" 2>&1
check "check-dict -a notes a last name two people share" grep -qx 'note: last name "howard" of a-howard b-howard' "$TMP/out"
check "check-dict -a notes no last name of one person" test "$(grep -c note "$TMP/out")" -eq 1
run_cases "$T/cases/dict-actors.cases"
done_testing
