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

# score GOLD TAGGED: the misses, the ids not in gold, and a summary line
# "recall R precision P".
awk -F '\t' '
function base(u) { sub(/.*\//, "", u); sub(/\.[^.]*$/, "", u); return u }
FNR == NR {
	if ($0 ~ /^#/ || NF < 3)
		next
	gdoc[$1] = 1
	n = split($3, ids, ";")
	for (k = 1; k <= n; k++)
		if ($2 == "OPT")
			opt[$1 SUBSEP ids[k]] = 1
		else
			want[$1 SUBSEP ids[k]] = 1
	next
}
{
	d = base($4)
	n = split($7, items, ";")
	for (k = 1; k <= n; k++) {
		split(items[k], p, ",")
		if (p[3] != "DATE")
			got[d SUBSEP p[4]] = 1
	}
}
END {
	for (x in want)
		if (x in got)
			hit++
		else {
			miss++
			split(x, q, SUBSEP)
			print "missed " q[1] ": " q[2]
		}
	for (x in got) {
		split(x, q, SUBSEP)
		if ((q[1] in gdoc) && !(x in want) && !(x in opt)) {
			extra++
			print "not in gold " q[1] ": " q[2]
		}
	}
	printf "recall %.3f precision %.3f (%d found, %d missed, %d not in gold)\n",
	    hit / (hit + miss), hit / (hit + extra), hit, miss, extra
}' "$T/dev-entities/gold.tsv" "$TMP/dev.tag" | sort >"$TMP/score"
sed 's/^/# /' "$TMP/score"
check "dev articles: entity recall >= 0.92 and precision >= 0.98" awk '
/^recall/ { r = $2; p = $4; found = 1 }
END { exit !(found && r >= 0.92 && p >= 0.98) }' "$TMP/score"

done_testing
