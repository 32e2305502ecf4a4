# score-entities.awk: score tagged articles against an entity gold the way
# the shared scorer scores the seeds: for each article (the basename of its
# url), the actor ids tagged anywhere in it against the ids of its gold; OPT
# ids may be tagged or not. Prints the misses, the ids not in gold, and a
# summary line "recall R precision P (...)".
# usage: awk -F '\t' -f score-entities.awk GOLD TAGGED

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
}
