#!/bin/sh
# extract-meetings on the development set (tests/dev/README): 26 articles
# of our own in the styles of other decades, regions and house styles, with
# gold meetings written by hand. The floors sit a little below what the
# tools reach today, so a rule that breaks other news shows here, while the
# tagger and the rules may still change the odd record.
. "$(dirname "$0")/lib.sh"
P_MIN=0.75 R_MIN=0.65 F_MIN=0.70
require split-articles tag-entities extract-meetings
if [ ! -x "$SHARED/bin/score" ]; then
	echo "1..0 # SKIP no scorer in ../shared/bin"
	exit 0
fi

split-articles "$T"/dev/*.txt </dev/null >"$TMP/art"
tag-entities <"$TMP/art" >"$TMP/tag"
extract-meetings <"$TMP/tag" >"$TMP/meet"
"$SHARED/bin/score" meetings "$TMP/art" "$TMP/meet" "$T/dev/dev.gold.tsv" >"$TMP/score"
sed 's/^/# /' "$TMP/score" | tail -1
awk '/^meetings: precision/ { print $3, $5, $7 }' "$TMP/score" >"$TMP/fig"
read p r f1 <"$TMP/fig"
check "dev: precision $p >= $P_MIN" awk -v x="$p" -v m="$P_MIN" 'BEGIN { exit !(x >= m) }'
check "dev: recall $r >= $R_MIN" awk -v x="$r" -v m="$R_MIN" 'BEGIN { exit !(x >= m) }'
check "dev: F1 $f1 >= $F_MIN" awk -v x="$f1" -v m="$F_MIN" 'BEGIN { exit !(x >= m) }'
# Every article is read, and the one with no meeting in it gives none.
check "dev: every article split" test "$(wc -l <"$TMP/art")" -eq "$(ls "$T"/dev/*.txt | wc -l)"
check "dev: no meeting in the article of non-meetings" \
    sh -c "! grep -q 'not in gold d22-' '$TMP/score'"

done_testing
