#!/bin/sh
# extract-meetings: the case table (every rule, and the non-meetings), then
# the acceptance figures on the seed articles when the corpus is here:
# meetings F1 at least 0.90 before dedupe, and status, place and host right
# for nine in ten of the meetings found.
. "$(dirname "$0")/lib.sh"

run_cases "$T/cases/extract-meetings.cases"
run_cases "$T/cases/extract-news.cases"

# "score seeds" runs the whole pipeline; the stages are run here instead so
# the check needs only the tools before dedupe, and the figures come from
# "score meetings" on exactly this tool's output.
if have_corpus && [ -x "$BIN/split-articles" ] && [ -x "$BIN/tag-entities" ]; then
	split-articles "$SHARED"/corpus/seeds/*.txt </dev/null >"$TMP/art"
	tag-entities <"$TMP/art" >"$TMP/tag"
	extract-meetings <"$TMP/tag" >"$TMP/meet"
	"$SHARED/bin/score" meetings "$TMP/art" "$TMP/meet" \
	    "$SHARED/corpus/seeds.gold.tsv" >"$TMP/score"
	sed 's/^/# /' "$TMP/score"
	awk '/^meetings: precision/ {
		f1 = $7; split($0, a, "attributes right: "); n = split(a[2], b, /[ ;]+/)
		for (i = 1; i < n; i += 2) { split(b[i + 1], q, "/"); r[b[i]] = q[2] ? q[1] / q[2] : 1 }
		print f1, r["status"], r["place"], r["host"] }' "$TMP/score" >"$TMP/fig"
	read f1 st pl ho <"$TMP/fig"
	check "seeds: meetings F1 $f1 >= 0.90" awk -v x="$f1" 'BEGIN { exit !(x >= 0.90) }'
	check "seeds: status right for $st of the meetings found" awk -v x="$st" 'BEGIN { exit !(x >= 0.9) }'
	check "seeds: place right for $pl" awk -v x="$pl" 'BEGIN { exit !(x >= 0.9) }'
	check "seeds: host right for $ho" awk -v x="$ho" 'BEGIN { exit !(x >= 0.9) }'
else
	skip "seeds: no corpus or no split-articles and tag-entities"
fi

# Memory stays flat: the same article a thousand times needs no more than once.
if [ -x "$BIN/tag-entities" ] && command -v /usr/bin/time >/dev/null; then
	sed -n '/^--- stdin/{n;p;}' "$T/cases/extract-meetings.cases" |
	    awk -F '\t' 'NF == 7' >"$TMP/one"
	i=0; : >"$TMP/many"
	while [ $i -lt 200 ]; do cat "$TMP/one"; i=$((i + 1)); done >"$TMP/many"
	/usr/bin/time -f %M extract-meetings <"$TMP/one" 2>"$TMP/m1" >/dev/null
	/usr/bin/time -f %M extract-meetings <"$TMP/many" 2>"$TMP/m2" >/dev/null
	check "memory flat: $(cat "$TMP/m1") KB for one pass, $(cat "$TMP/m2") KB for 200" \
	    test "$(cat "$TMP/m2")" -le $(($(cat "$TMP/m1") + 1024))
fi

done_testing
