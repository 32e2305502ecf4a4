# samples.sh: valid input for each tool, written for the robustness tests
# (t0900, t0950), which break it in every way they can. Sourced after
# lib.sh.

dash=$(printf '\342\200\224')

# Three articles: a meeting held, one planned, and none.
articles() {
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' \
	    1a2b3c4d5e6f7081 2024-03-03 'Nile Wire' http://news.example/a1 \
	    'Hamas and Fatah meet in Cairo' \
	    'Cairo, March 3, 2024 '"$dash"' Hamas and Fatah officials met in Cairo on Sunday to discuss a ceasefire, Egyptian mediators said.\nThe talks, hosted by Egypt'"'"'s intelligence service, ended without a statement.' \
	    2b3c4d5e6f708192 2024-05-14 'Volga Daily' http://news.example/a2 \
	    'Factions to gather in Moscow' \
	    'Representatives of Palestinian factions, including Islamic Jihad and Hamas, will meet in Moscow next week, the Russian Foreign Ministry said on Tuesday.' \
	    3c4d5e6f708192a3 2024-06-07 'Cedar Post' http://news.example/a3 \
	    'Calm in Beirut' \
	    'The weather in Beirut was mild on Friday, and markets were calm.'
}

meetings() {
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
	    5f3c2a1b0e9d8c7b 2024-03-03 held cairo EGY 'fatah;hamas' '' egypt \
	    044 1 1a2b3c4d5e6f7081 Sunday '' \
	    'Hamas and Fatah officials met in Cairo on Sunday to discuss a ceasefire, Egyptian mediators said.' \
	    0.9 \
	    6a4d3b2c1f0e9d8c 2024-05 planned moscow RUS 'hamas;pij' '' russia \
	    036 1 2b3c4d5e6f708192 'next week' '' \
	    'Representatives of Palestinian factions, including Islamic Jihad and Hamas, will meet in Moscow next week, the Russian Foreign Ministry said on Tuesday.' \
	    0.7
}

# A raw dump for split-articles: articles separated by form feeds.
rawdump() {
	printf 'Hamas and Fatah meet in Cairo\n\nCairo, March 3, 2024 \342\200\224 Hamas and Fatah officials met in Cairo\non Sunday to discuss a ceasefire, Egyptian mediators said.\n\nThe talks, hosted by Egypt'"'"'s intelligence service, ended without a statement.\n\f'
	printf 'Factions to gather in Moscow\n\nMOSCOW, May 14, 2024 - Representatives of Palestinian factions, including\nIslamic Jihad and Hamas, will meet in Moscow next week, the Russian Foreign\nMinistry said on Tuesday.\n\f'
	printf 'Calm in Beirut\n\nThe weather in Beirut was mild on Friday, and markets were calm.\n'
}

# good TOOL: a valid input for TOOL, made by the tools before it when they
# are there, so it is what the tool meets in the pipeline.
good() {
	case $1 in
	split-articles)
		rawdump ;;
	extract-meetings)
		if [ -x "$BIN/tag-entities" ]; then
			articles | tag-entities
		else
			articles | sed 's/$/\t/'
		fi ;;
	dedupe)
		meetings ;;
	*)
		articles ;;
	esac
}

# The field holding free text in TOOL's input, where a bad escape hides.
textfield() {
	case $1 in
	dedupe) echo 14 ;;
	*) echo 6 ;;
	esac
}

# A field that TOOL passes through as it is (a title; a meeting's "when").
passfield() {
	case $1 in
	dedupe) echo 12 ;;
	*) echo 5 ;;
	esac
}
