#!/bin/sh
# split-articles: the table of cases, then the shared corpus when present.
. "$(dirname "$0")/lib.sh"

run_cases "$T/cases/split-articles.cases"

if have_corpus; then
	S=$SHARED/corpus
	split-articles "$S"/seeds/*.txt >"$TMP/seeds" 2>"$TMP/err"
	check "seeds: exit 0, no messages" test $? -eq 0 -a ! -s "$TMP/err"
	check "seeds: five articles" test "$(wc -l <"$TMP/seeds")" -eq 5
	check "seeds: first dated 2023-08-16" \
	    test "$(head -1 "$TMP/seeds" | cut -f2)" = 2023-08-16
	check "seeds: every article has a title" \
	    test "$(cut -f5 "$TMP/seeds" | grep -c .)" -eq 5
	# Titles are the headlines; the first seed has none, only a standfirst.
	cut -f5 "$TMP/seeds" | cut -c1-40 >"$TMP/titles"
	cat >"$TMP/want" <<-EOT
	The meeting comes as the PA has been int
	Egypt invites Hamas, Islamic Jihad leade
	Islamic Jihad, Hamas leaders meet in Bei
	Hamas, other Palestinian groups stress '
	Hamas and Fatah officials convene in Chi
	EOT
	check "seeds: titles" test_cmp "$TMP/want" "$TMP/titles"
	awk -F '\t' '{ n = split($6, p, /\\n/); for (i = 1; i <= n; i++)
	    print NR "\t" p[i] }' "$TMP/seeds" >"$TMP/paras"
	check "seeds: no paragraph twice" \
	    test -z "$(sort "$TMP/paras" | uniq -d)"
	# Furniture by its form, whatever the words: none may be left.
	check "seeds: no boilerplate left" test -z "$(cut -f2- "$TMP/paras" |
	    grep -E -i '\((photo )?credit|^reading time|^advertisement$|^search$|^[A-Z ]+$|^\.\.\.$|^share |^follow us' )"
	check "seeds: no trailing link list" test -z "$(cut -f2- "$TMP/paras" |
	    grep -v -E '[.?!"”’)]$' | awk 'NF > 12')"

	ls "$S"/bbc-politics/[0-9]*.txt >"$TMP/bbc-files"
	split-articles $(cat "$TMP/bbc-files") >"$TMP/bbc"
	check "bbc-politics: 417 articles" test "$(wc -l <"$TMP/bbc")" -eq 417
	for f in $(cat "$TMP/bbc-files"); do
		head -1 "$f" | tr -s ' '
	done >"$TMP/want"
	cut -f5 "$TMP/bbc" >"$TMP/titles"
	check "bbc-politics: titles are the first lines" \
	    test_cmp "$TMP/want" "$TMP/titles"
else
	skip "no shared corpus: seeds and bbc-politics checks"
fi

done_testing
