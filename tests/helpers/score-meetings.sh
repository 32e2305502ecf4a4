# score-meetings.sh: scoring a set of articles and their hand-written gold
# meetings through the pipeline, for the dev-set tests. Sourced after
# tests/lib.sh, once the scorer is known to be there.

# score_meetings NAME DIR GOLD P_MIN R_MIN F_MIN: split, tag and extract
# DIR/*.txt, score the meetings against GOLD into $TMP/score, and check
# precision, recall and F1 against their floors and that every article was
# split.
score_meetings() {
	split-articles "$2"/*.txt </dev/null >"$TMP/art"
	tag-entities <"$TMP/art" >"$TMP/tag"
	extract-meetings <"$TMP/tag" >"$TMP/meet"
	"$SHARED/bin/score" meetings "$TMP/art" "$TMP/meet" "$3" >"$TMP/score"
	sed 's/^/# /' "$TMP/score" | tail -1
	awk '/^meetings: precision/ { print $3, $5, $7 }' "$TMP/score" >"$TMP/fig"
	read p r f1 <"$TMP/fig"
	check "$1: precision $p >= $4" awk -v x="$p" -v m="$4" 'BEGIN { exit !(x >= m) }'
	check "$1: recall $r >= $5" awk -v x="$r" -v m="$5" 'BEGIN { exit !(x >= m) }'
	check "$1: F1 $f1 >= $6" awk -v x="$f1" -v m="$6" 'BEGIN { exit !(x >= m) }'
	check "$1: every article split" \
	    test "$(wc -l <"$TMP/art")" -eq "$(ls "$2"/*.txt | wc -l)"
}
