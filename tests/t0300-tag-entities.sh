#!/bin/sh
# t0300: tag-entities, by its table of cases, and on the seed articles
# against the entity gold when the shared corpus is there.
. "$(dirname "$0")/lib.sh"

run_cases "$T/cases/tag-entities.cases"

if have_corpus && [ -f "$SHARED/corpus/seeds.entities.gold.tsv" ]; then
	split-articles "$SHARED"/corpus/seeds/*.txt >"$TMP/seeds.art"
	tag-entities "$TMP/seeds.art" >"$TMP/seeds.tag"
	"$SHARED/bin/score" entities "$TMP/seeds.tag" \
	    "$SHARED/corpus/seeds.entities.gold.tsv" >"$TMP/score" 2>&1
	sed 's/^/# /' "$TMP/score"
	check "seeds: entity recall >= 0.95 and precision >= 0.90" awk '
	/^entities: recall/ { r = $3; p = $6; found = 1 }
	END { exit !(found && r >= 0.95 && p >= 0.90) }' "$TMP/score"
else
	skip "seeds: no shared corpus"
fi

done_testing
