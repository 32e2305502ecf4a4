#!/bin/sh
# t0311: tag-entities on the held-out articles of tests/dev-entities2
# (regions, decades and house styles the first set had little of), scored
# like t0310 against their hand-written gold. Their first score, before any
# dictionary row was added for them, is in tests/dev-entities2/README; the
# floors are the scores after, so a lost row or a rule that gets worse
# fails here, and the misses it prints say where.
. "$(dirname "$0")/lib.sh"
. "$T/helpers/articles.sh"

for f in "$T"/dev-entities2/e*.txt; do
	to_article "$f" "dev-entities2/$(basename "$f")"
done >"$TMP/dev.art"
check "held-out articles: one record each" test "$(wc -l <"$TMP/dev.art")" -eq \
    "$(ls "$T"/dev-entities2/e*.txt | wc -l)"
tag-entities "$TMP/dev.art" >"$TMP/dev.tag"
check "held-out articles: tag-entities succeeds" test $? -eq 0
awk -F '\t' -f "$T/helpers/score-entities.awk" "$T/dev-entities2/gold.tsv" "$TMP/dev.tag" |
    sort >"$TMP/score"
sed 's/^/# /' "$TMP/score"
# Every doc of the gold has its article (a renamed file would score 0 unseen).
gold_docs_exist() {
	awk -F '\t' '!/^#/ && NF >= 3 { print $1 }' "$T/dev-entities2/gold.tsv" | sort -u |
	while read -r d; do
		test -f "$T/dev-entities2/$d.txt" || exit 1
	done
}
check "held-out articles: every gold doc has its article" gold_docs_exist
check "held-out articles: entity recall >= 0.98 and precision >= 0.98" awk '
/^recall/ { r = $2; p = $4; found = 1 }
END { exit !(found && r >= 0.98 && p >= 0.98) }' "$TMP/score"

done_testing
