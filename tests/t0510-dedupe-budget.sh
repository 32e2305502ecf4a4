#!/bin/sh
# dedupe -M: past its memory budget dedupe forgets the meetings seen
# earliest and the articles seen least recently, says so once, and stays
# right about what it still holds. The records are made here: 400 meetings
# that cannot merge (each its own pair of sides), and 3000 articles of
# words of their own, far more than a budget of 100 KB holds.
. "$(dirname "$0")/lib.sh"

# Meeting i: sides a<i> and b<i> in Cairo on 1 March 2024, from doc d<i>.
# A later report of it (id 9<i>, doc e<i>) joins it while it is held.
meeting() {	# id-number doc-prefix i
	printf '%016x\t2024-03-01\theld\tcairo\t\ta%d;b%d\t\t\t044\t1\t%s%015x\t\t\tThey met.\t0.5\n' \
	    "$1" "$3" "$3" "$2" "$3"
}
: >"$TMP/m"
i=1
while [ $i -le 400 ]; do
	meeting $((0x1000 + i)) d $i >>"$TMP/m"
	i=$((i + 1))
done
meeting $((0x9001)) e 1 >"$TMP/late"
meeting $((0x9400)) e 400 >>"$TMP/late"
cat "$TMP/m" "$TMP/late" >"$TMP/min"

# Without a budget to speak of, both late reports join their meetings.
dedupe "$TMP/min" >"$TMP/out" 2>"$TMP/err"
check "meetings, default budget: 400 records" test "$(wc -l <"$TMP/out")" -eq 400
check "meetings, default budget: nothing said" test ! -s "$TMP/err"
check "meetings, default budget: the first took its late report" \
    test "$(head -n 1 "$TMP/out" | cut -f 10,11,15)" = "$(printf '2\td%015x;e%015x\t0.75' 1 1)"

# With 100 KB: meeting 1 was forgotten long before its late report, which
# makes a record of its own, last; meeting 400 was held and takes its
# own. Every other record is its input line.
dedupe -M 100k "$TMP/min" >"$TMP/out" 2>"$TMP/err"
check "meetings, 100 KB: 401 records" test "$(wc -l <"$TMP/out")" -eq 401
check "meetings, 100 KB: said once" \
    test "$(grep -c 'memory budget of 100 kB reached' "$TMP/err")" -eq 1 -a "$(wc -l <"$TMP/err")" -eq 1
head -n 399 "$TMP/m" >"$TMP/want"
head -n 399 "$TMP/out" >"$TMP/got"
check "meetings, 100 KB: the first 399 as they came, in order" test_cmp "$TMP/want" "$TMP/got"
{
	printf '%016x\t2024-03-01\theld\tcairo\t\ta400;b400\t\t\t044\t2\t' $((0x1000 + 400))
	printf 'd%015x;e%015x\t\t\tThey met.\t0.75\n' 400 400
	sed -n 1p "$TMP/late"
} >"$TMP/want"
tail -n 2 "$TMP/out" >"$TMP/got"
check "meetings, 100 KB: the last held took its report, the first did not" \
    test_cmp "$TMP/want" "$TMP/got"

# The state keeps what memory forgot; a rerun of recent reports over it
# writes nothing, and the state still holds all 400.
S=$TMP/mstate
dedupe -M 100k --state "$S" "$TMP/m" >"$TMP/out" 2>/dev/null
check "meetings state, 100 KB: first run writes all 400" test "$(wc -l <"$TMP/out")" -eq 400
check "meetings state, 100 KB: the state holds all 400" test "$(grep -c '^m' "$S")" -eq 400
tail -n 20 "$TMP/m" >"$TMP/recent"
dedupe -M 100k --state "$S" "$TMP/recent" >"$TMP/out" 2>/dev/null
check "meetings state, 100 KB: a rerun of recent reports writes nothing" test ! -s "$TMP/out"
check "meetings state, 100 KB: and keeps all 400" test "$(grep -c '^m' "$S")" -eq 400

# Articles: each of words no other has, so none is a copy of another.
awk 'BEGIN {
	for (i = 1; i <= 3000; i++) {
		printf "%016x\t\twire\t%d.txt\tt\t", 4096 + i, i
		for (w = 1; w <= 12; w++)
			printf "%sw%dx%d", (w > 1 ? " " : ""), i, w
		printf ".\n"
	}
}' >"$TMP/a"
# Copies of the first and the last, under new ids.
for i in 1 3000; do
	sed -n "${i}p" "$TMP/a" | awk -F '\t' -v OFS='\t' -v i="$i" \
	    '{ $1 = sprintf("%016x", 65536 + i); $4 = "copy" i ".txt"; print }'
done >"$TMP/acopies"
cat "$TMP/a" "$TMP/acopies" >"$TMP/ain"

dedupe "$TMP/ain" >"$TMP/out" 2>"$TMP/err"
check "articles, default budget: both copies dropped" test_cmp "$TMP/a" "$TMP/out"
dedupe -M 100k "$TMP/ain" >"$TMP/out" 2>"$TMP/err"
check "articles, 100 KB: said once" \
    test "$(grep -c 'memory budget of 100 kB reached' "$TMP/err")" -eq 1 -a "$(wc -l <"$TMP/err")" -eq 1
sed -n 3001p "$TMP/ain" >"$TMP/want"
cat "$TMP/a" "$TMP/want" >"$TMP/want2"
check "articles, 100 KB: the copy of the first passes, of the last not" \
    test_cmp "$TMP/want2" "$TMP/out"

A=$TMP/astate
PARLEY_TODAY=2024-01-01 dedupe -M 100k --state "$A" "$TMP/a" >/dev/null 2>&1
check "articles state, 100 KB: the state holds all 3000" test "$(grep -c '^a' "$A")" -eq 3000
sed -n 3002p "$TMP/ain" >"$TMP/lastcopy"
PARLEY_TODAY=2024-01-02 dedupe -M 100k --state "$A" "$TMP/lastcopy" >"$TMP/out" 2>/dev/null
check "articles state, 100 KB: a copy of a recent one is dropped" test ! -s "$TMP/out"
check "articles state, 100 KB: the state still holds all 3000" test "$(grep -c '^a' "$A")" -eq 3000

# --superseded under a budget: 400 places, each with three records of
# pairs of sides (Egypt-Fatah, Fatah-Hamas, Hamas-PIJ) and two reports
# that make them one meeting under the first id (see dedupe.cases). Past
# 200 KB the places seen earliest are forgotten, each after its five
# records: the ids a forgotten meeting took are listed as it is written,
# under its id, and the lines are those of a run without a budget.
awk 'BEGIN {
	split("egypt;fatah fatah;hamas hamas;pij fatah;hamas;pij egypt;fatah;hamas", s, " ")
	for (i = 1; i <= 400; i++)
		for (j = 1; j <= 5; j++)
			printf "%011x%05x\t2024-03-12\theld\tcity%d\t\t%s\t\t\t044\t1\td%015x\t\t\tThey met.\t0.5\n",
			    j, i, i, s[j], 5 * i + j
}' >"$TMP/sm"
dedupe -M 0 --superseded "$TMP/sup0" "$TMP/sm" >"$TMP/out0"
check "superseded, no budget: 400 meetings, 1600 ids taken" \
    test "$(wc -l <"$TMP/out0")" -eq 400 -a "$(wc -l <"$TMP/sup0")" -eq 1600
check "superseded, no budget: each under the first id of its place" \
    test -z "$(awk -F '\t' 'substr($1, 12) != substr($2, 12) || substr($2, 1, 11) != "00000000001"' "$TMP/sup0")"
dedupe -M 200k --superseded "$TMP/sup1" "$TMP/sm" >"$TMP/out1" 2>"$TMP/err"
check "superseded, 200 KB: the budget was reached" grep -q "budget of 200 kB reached" "$TMP/err"
check "superseded, 200 KB: the same meetings" test_cmp "$TMP/out0" "$TMP/out1"
check "superseded, 200 KB: the same lines" test_cmp "$TMP/sup0" "$TMP/sup1"

dedupe -M lots </dev/null >/dev/null 2>"$TMP/err"
check "-M lots: a usage error" test $? -eq 2
done_testing
