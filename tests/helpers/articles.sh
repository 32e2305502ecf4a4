# articles.sh: shell helpers for tests that need article records made from
# text files, without split-articles. Sourced after tests/lib.sh.

# to_article FILE [URL]: one article record (6 fields) on stdout. The title
# is the first non-empty line; the id is taken from the md5 of the text,
# which is enough for dedupe (it needs ids to be unique, not text_id).
to_article() {
	awk -v url="${2:-$1}" '
	function esc(s) { gsub(/\\/, "\\\\", s); gsub(/\t/, "\\t", s); gsub(/\r/, "\\r", s); return s }
	{ sub(/\r$/, "") }
	title == "" && NF > 0 { title = $0 }
	{ text = text (NR > 1 ? "\\n" : "") esc($0) }
	END { printf "%s\t\t%s\t%s\t%s\t%s\n", "ID", "test", esc(url), esc(title), text }
	' "$1" >"$TMP/art.$$"
	id=$(cut -f6 "$TMP/art.$$" | md5sum | cut -c1-16)
	sed "s/^ID/$id/" "$TMP/art.$$"
	rm -f "$TMP/art.$$"
}

# Syndicated copies of a text file, as another outlet would print it. Each
# writes the changed text on stdout.

# Curly quotes for straight ones, and the other way round.
syn_quotes() {
	sed -e 's/"\([^"]*\)"/\xe2\x80\x9c\1\xe2\x80\x9d/g' -e "s/'/\xe2\x80\x99/g" \
	    -e 's/\xe2\x80\x9c\([^\xe2]*\)\xe2\x80\x9d$/"\1"/' "$1"
}

# The longest paragraph but one is cut (an editor trimming for length).
syn_cut() {
	awk '{ len[NR] = length($0); line[NR] = $0 }
	END { for (i = 1; i <= NR; i++) if (len[i] > max) { max = len[i]; m = i }
	      for (i = 1; i <= NR; i++) if (i != m && len[i] > max2) { max2 = len[i]; c = i }
	      for (i = 1; i <= NR; i++) if (i != c) print line[i] }' "$1"
}

# Another headline on top.
syn_headline() {
	printf 'EXCLUSIVE: what we know so far\n\n'
	cat "$1"
}

# Site furniture around the story.
syn_furniture() {
	printf 'Menu\nHome | World | Politics | Opinion\nAdvertisement\n\n'
	cat "$1"
	printf '\nShare this article\nFacebook Twitter WhatsApp Email\nRead more: the latest stories from our correspondents\nSubscribe to our newsletter\n(c) 2024 The Example Daily. All rights reserved.\n'
}

# All of them at once.
syn_all() {
	syn_quotes "$1" >"$TMP/syn.$$"
	syn_cut "$TMP/syn.$$" >"$TMP/syn2.$$"
	syn_furniture "$TMP/syn2.$$" >"$TMP/syn.$$"
	syn_headline "$TMP/syn.$$"
	rm -f "$TMP/syn.$$" "$TMP/syn2.$$"
}
