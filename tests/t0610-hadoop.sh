#!/bin/sh
# t0610-hadoop: the Hadoop Streaming job of scripts/hadoop-streaming.sh,
# run by scripts/hadoop-local (split, map, shuffle and sort, reduce on local
# files), gives the serial pipeline's output byte for byte with one
# reducer. With three reducers keyed by parties (not exact: see the script)
# no article is lost and reports still merge. A failed task fails the job.
. "$(dirname "$0")/lib.sh"

require split-articles tag-entities extract-meetings dedupe
require_corpus

HADOOP=$TOP/scripts/hadoop-local
HADOOP_STREAMING_JAR=/nonexistent/hadoop-streaming.jar
PARLEY_BIN=$(dirname "$(command -v tag-entities)")
SPLIT_MAXSIZE=65536
export HADOOP HADOOP_STREAMING_JAR PARLEY_BIN SPLIT_MAXSIZE
job="sh $TOP/scripts/hadoop-streaming.sh"

# The job's input: the corpus's article records in two files.
split-articles "$SHARED"/corpus/seeds/*.txt "$SHARED"/corpus/bbc-politics/*.txt >"$TMP/articles"
n=$(wc -l <"$TMP/articles")
mkdir "$TMP/in"
head -n $((n / 2)) "$TMP/articles" >"$TMP/in/a.tsv"
tail -n +$((n / 2 + 1)) "$TMP/articles" >"$TMP/in/b.tsv"
cat "$TMP/in/a.tsv" "$TMP/in/b.tsv" | tag-entities | extract-meetings >"$TMP/reports"
dedupe "$TMP/reports" >"$TMP/serial"
check "serial pipeline finds meetings" test -s "$TMP/serial"

$job "$TMP/in" "$TMP/out1" 2>"$TMP/err1"
check "one reducer: the job succeeds" test $? -eq 0
check "one reducer: more than 4 map tasks" \
    grep -q -E '^hadoop-local: ([5-9]|[1-9][0-9]+) map tasks, 1 reduce tasks$' "$TMP/err1"
cat "$TMP/out1"/part-* >"$TMP/got1"
check "one reducer: output equals the serial pipeline's" test_cmp "$TMP/serial" "$TMP/got1"

$job -r 3 -k parties "$TMP/in/a.tsv" "$TMP/in/b.tsv" "$TMP/out3" 2>"$TMP/err3"
check "three reducers: the job succeeds" test $? -eq 0
check "three reducers: three parts" test -f "$TMP/out3/part-00002"
nonempty=0
for p in "$TMP/out3"/part-*; do
	[ -s "$p" ] && nonempty=$((nonempty + 1))
done
check "three reducers: the work is spread (two parts or more have meetings)" \
    test "$nonempty" -ge 2
# Nothing lost, something merged: the parts name every article the serial
# output names, and the reducers merged reports (fewer rows than reports).
docs() {
	awk -F '\t' '{ n = split($11, d, ";"); for (i = 1; i <= n; i++) print d[i] }' "$@" |
	    sort -u
}
docs "$TMP/serial" >"$TMP/docs.serial"
docs "$TMP/out3"/part-* >"$TMP/docs.3"
check "three reducers: every article of the serial output" \
    test_cmp "$TMP/docs.serial" "$TMP/docs.3"
reports=$(grep -c -v '^#' "$TMP/reports")
rows=$(cat "$TMP/out3"/part-* | grep -c -v '^#')
check "three reducers: reports merged ($reports reports, $rows rows)" test "$rows" -lt "$reports"

# A malformed record makes tag-entities, so the map task, so the job fail.
{ head -n 5 "$TMP/in/a.tsv"; printf 'not\ta\trecord\n'; } >"$TMP/bad.tsv"
$job "$TMP/bad.tsv" "$TMP/outbad" 2>"$TMP/errbad"
check "a failed map task fails the job" test $? -eq 1
check "the failure is reported" grep -q "map task .* failed" "$TMP/errbad"

$job -r 2 -k none "$TMP/in" "$TMP/outx" 2>/dev/null
check "-k none with two reducers: usage error" test $? -eq 2

done_testing
