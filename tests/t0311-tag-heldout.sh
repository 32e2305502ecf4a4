#!/bin/sh
# t0311: tag-entities on the held-out articles of tests/dev-entities2 and
# tests/dev-entities3 (regions, decades and house styles the first set had
# little of), scored like t0310 against their hand-written gold. Their first
# scores, before any dictionary row was added for them, are in the READMEs
# of those directories; the floors are the scores after, so a lost row or a
# rule that gets worse fails here, and the misses it prints say where.
. "$(dirname "$0")/lib.sh"
. "$T/helpers/articles.sh"

# heldout DIR RECALL PRECISION: score the articles of DIR against its gold.
heldout() {
	dir=$1
	for f in "$T/$dir"/[a-z][0-9]*.txt; do
		to_article "$f" "$dir/$(basename "$f")"
	done >"$TMP/$dir.art"
	check "$dir: one record each" test "$(wc -l <"$TMP/$dir.art")" -eq \
	    "$(ls "$T/$dir"/[a-z][0-9]*.txt | wc -l)"
	tag-entities "$TMP/$dir.art" >"$TMP/$dir.tag"
	check "$dir: tag-entities succeeds" test $? -eq 0
	awk -F '\t' -f "$T/helpers/score-entities.awk" "$T/$dir/gold.tsv" \
	    "$TMP/$dir.tag" | sort >"$TMP/$dir.score"
	sed 's/^/# /' "$TMP/$dir.score"
	check "$dir: every gold doc has its article" gold_docs_exist "$dir"
	check "$dir: entity recall >= $2 and precision >= $3" awk -v r0="$2" -v p0="$3" '
	/^recall/ { r = $2; p = $4; found = 1 }
	END { exit !(found && r >= r0 && p >= p0) }' "$TMP/$dir.score"
}

# A renamed article would score 0 unseen.
gold_docs_exist() {
	awk -F '\t' '!/^#/ && NF >= 3 { print $1 }' "$T/$1/gold.tsv" | sort -u |
	while read -r d; do
		test -f "$T/$1/$d.txt" || exit 1
	done
}

heldout dev-entities2 0.98 0.98
heldout dev-entities3 0.96 0.98

done_testing
