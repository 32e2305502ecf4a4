#!/bin/sh
# dedupe: the case table, near-duplicates in the sample corpora, and the
# state file (rerun, new report, concurrent runs, a crash before rename).
. "$(dirname "$0")/lib.sh"
. "$T/helpers/articles.sh"

run_cases "$T/cases/dedupe.cases"

# The seed articles and four syndicated copies of each, made here at run
# time (the corpus text is never copied into the repository), are five.
if have_corpus; then
	for f in "$SHARED"/corpus/seeds/*.txt; do
		b=$(basename "$f" .txt)
		to_article "$f" "$b.txt"
		for v in quotes cut headline furniture all; do
			"syn_$v" "$f" >"$TMP/v"
			to_article "$TMP/v" "$b.$v.txt"
		done
	done >"$TMP/seeds"
	dedupe <"$TMP/seeds" >"$TMP/out"
	check "seeds and their syndicated copies collapse to five" \
	    test "$(cut -f4 "$TMP/out" | tr '\n' ' ')" = "$(cd "$SHARED/corpus/seeds" && ls *.txt | tr '\n' ' ')"
else
	skip "no corpus"
fi

# bbc-politics: 417 files, 403 distinct texts. The near-duplicates dropped
# were read by hand: the same story with another headline or a word
# changed (067/390, 081/299, 082/383, 110/367, 125/286, 196/297, 212/329,
# 236/343, 004/330) or a longer version of it (043/313, 088/337, 226/265);
# updates with new facts (069/312, 077/354) stay.
if [ -d "$SHARED/corpus/bbc-politics" ]; then
	for f in "$SHARED"/corpus/bbc-politics/*.txt; do
		to_article "$f"
	done >"$TMP/bbc"
	dedupe -v <"$TMP/bbc" >"$TMP/out" 2>"$TMP/err"
	check "bbc-politics: 391 stories kept" test "$(wc -l <"$TMP/out")" -eq 391
	for p in 069 312 077 354; do
		grep -q "/$p.txt	" "$TMP/out" || echo "# $p.txt dropped"
	done >"$TMP/miss"
	check "bbc-politics: updates with new facts stay" test ! -s "$TMP/miss"
else
	skip "no bbc corpus"
fi

# The state file. Meetings written here by hand.
TAB=$(printf '\t')
m() {	# id date place parties doc score
	printf '%s\t%s\theld\t%s\t\t%s\t\t\t044\t1\t%s\t\t\tx\t%s\n' "$@"
}
S=$TMP/state
m 0000000000000041 2024-02-29 moscow 'fatah;hamas;pij' 00000000000000d1 0.5 >"$TMP/in1"
m 0000000000000042 2023-07 cairo 'fatah;hamas' 00000000000000d1 0.5 >>"$TMP/in1"
dedupe --state "$S" <"$TMP/in1" >"$TMP/out"
check "state: first run emits both" test "$(wc -l <"$TMP/out")" -eq 2
dedupe --state "$S" <"$TMP/in1" >"$TMP/out"
check "state: a rerun emits nothing" test ! -s "$TMP/out"
m 0000000000000043 2024-02 moscow 'fatah;hamas' 00000000000000d2 0.5 >"$TMP/in2"
dedupe --state "$S" <"$TMP/in2" >"$TMP/out"
m 0000000000000041 2024-02-29 moscow 'fatah;hamas;pij' '00000000000000d1;00000000000000d2' 0.75 |
    sed "s/${TAB}1${TAB}00000000000000d1;/${TAB}2${TAB}00000000000000d1;/" >"$TMP/want"
check "state: a new report updates the meeting under its id" test_cmp "$TMP/want" "$TMP/out"

# A crash after the new state is on disk but before the rename: the
# hidden $PARLEY_DEDUPE_CRASH makes dedupe exit 70 there. The old state
# must stand, the leftover FILE.tmp must not matter, and the next run
# must do the work again (output is at least once: downstream upserts).
cp "$S" "$TMP/before"
m 0000000000000044 2024-05-01 doha 'egypt;hamas' 00000000000000d3 0.5 >"$TMP/in3"
PARLEY_DEDUPE_CRASH=1 dedupe --state "$S" <"$TMP/in3" >/dev/null
check "crash: exit 70 before the rename" test $? -eq 70
check "crash: the state is the old one" cmp -s "$S" "$TMP/before"
check "crash: a temporary file is left" test -f "$S.tmp"
dedupe --state "$S" <"$TMP/in3" >"$TMP/out"
check "crash: the next run emits the new meeting" test "$(cut -f1 "$TMP/out")" = 0000000000000044
dedupe --state "$S" <"$TMP/in3" >"$TMP/out"
check "crash: and the one after emits nothing" test ! -s "$TMP/out"
check "crash: the temporary file is gone" test ! -f "$S.tmp"

# Concurrent runs over the same new input: the lock makes them take
# turns, so together they emit each meeting once and the state keeps all.
: >"$TMP/in4"
for i in 1 2 3 4 5 6 7 8 9; do
	m 000000000000005$i 2024-06-0$i "city$i" 'egypt;hamas' 00000000000000e$i 0.5 >>"$TMP/in4"
done
for i in 1 2 3 4; do
	dedupe --state "$S" <"$TMP/in4" >"$TMP/par.$i" &
done
wait
check "concurrent: each meeting emitted once" test "$(cat "$TMP"/par.* | sort | uniq | wc -l)" -eq 9 -a "$(cat "$TMP"/par.* | wc -l)" -eq 9
check "concurrent: the state holds them all (3 before, 9 new)" test "$(grep -c '^m' "$S")" -eq 12

# Articles remembered across runs, and forgotten after --forget days.
to_article_text() {	# id text
	printf '%s\t\tx\t%s.txt\tt\t%s\n' "$1" "$1" "$2"
}
A=$TMP/astate
to_article_text 00000000000000f1 "The council voted on Tuesday to close the old bridge to lorries while engineers inspect the cracks found last month." >"$TMP/a1"
PARLEY_TODAY=2024-01-01 dedupe --state "$A" <"$TMP/a1" >"$TMP/out"
check "articles: first run writes it" test "$(wc -l <"$TMP/out")" -eq 1
PARLEY_TODAY=2024-01-05 dedupe --state "$A" --forget 30 <"$TMP/a1" >"$TMP/out"
check "articles: a rerun writes nothing" test ! -s "$TMP/out"
PARLEY_TODAY=2024-03-01 dedupe --state "$A" --forget 30 </dev/null >"$TMP/out"
check "articles: forgotten after 30 days unseen" test "$(grep -c '^a' "$A")" -eq 0
done_testing
