#!/bin/sh
# t0310: tag-entities on the development articles of tests/dev-entities,
# written for parley in the styles of other decades and regions, scored
# against their hand-written gold as the shared scorer scores the seeds:
# for each article, the actor ids tagged anywhere in it against the ids
# of its gold (OPT ids may be tagged or not). The floors are the scores
# the tagger reached when they were set: a change to the rules that makes
# them worse fails here, and the misses it prints say where.
. "$(dirname "$0")/lib.sh"
. "$T/helpers/articles.sh"

for f in "$T"/dev-entities/d*.txt; do
	to_article "$f" "dev-entities/$(basename "$f")"
done >"$TMP/dev.art"
check "dev articles: one record each" test "$(wc -l <"$TMP/dev.art")" -eq \
    "$(ls "$T"/dev-entities/d*.txt | wc -l)"
tag-entities "$TMP/dev.art" >"$TMP/dev.tag"
check "dev articles: tag-entities succeeds" test $? -eq 0

# The misses, the ids not in gold, and a summary line "recall R precision P".
awk -F '\t' -f "$T/helpers/score-entities.awk" "$T/dev-entities/gold.tsv" "$TMP/dev.tag" | sort >"$TMP/score"
sed 's/^/# /' "$TMP/score"
check "dev articles: entity recall >= 0.96 and precision >= 0.98" awk '
/^recall/ { r = $2; p = $4; found = 1 }
END { exit !(found && r >= 0.96 && p >= 0.98) }' "$TMP/score"

done_testing
