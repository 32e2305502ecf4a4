#!/bin/sh
# t0900: hostile input through every tool in bin/. No input may crash or
# hang a tool, or corrupt its output silently: a malformed record is
# reported as "tool: FILE:LINE: what is wrong", skipped, counted in one
# summary line, kept verbatim by --rejects, and the exit status is 1.
# Memory stays flat however long the input (100 MB here; 1 GB with
# PARLEY_BIG=1, run by make bench).
. "$(dirname "$0")/lib.sh"
. "$T/samples.sh"

W=$TMP/w
mkdir -p "$W"
big=${PARLEY_BIG:+1000}
big=${big:-100}

# Instrumented binaries hold freed memory in a quarantine and shadow
# memory besides, so their peak RSS says nothing about leaks or growth.
sanitized=
nm "$BIN/to-csv" 2>/dev/null | grep -q __asan_init && sanitized=1

# msgs_ok TOOL FILE: every line of stderr is the tool's own message.
msgs_ok() {
	if grep -v "^$1: " "$2" >"$TMP/alien"; then
		sed 's/^/#   /' "$TMP/alien" | head -5
		return 1
	fi
	return 0
}

# survived TOOL STATUS ERRFILE: no crash, no usage error, clean messages.
survived() {
	case $2 in
	0|1) ;;
	*) echo "# exit status $2"; sed 's/^/#   /' "$3" | head -5; return 1 ;;
	esac
	msgs_ok "$1" "$3"
}

# peak_rss KB-FILE CMD...: run CMD (stdin as given) and store its peak RSS.
peak_rss() {
	out=$1
	shift
	/usr/bin/time -f %M -o "$out" "$@"
}

# gen MB TOOL: about MB megabytes of valid input for TOOL, as a stream.
gen() {
	good "$2" >"$TMP/unit.$2"
	perl -e '
		local $/; open my $f, "<", $ARGV[0] or die; my $u = <$f>;
		$u .= "\f" if $ARGV[2] eq "split-articles";
		my $n = int($ARGV[1] * 1e6 / length $u) + 1;
		print $u for 1 .. $n;
	' "$TMP/unit.$2" "$1" "$2"
}

for tool in "$BIN"/*; do
	[ -x "$tool" ] || continue
	t=${tool##*/}
	d=$W/$t
	mkdir -p "$d"
	good "$t" >"$d/good"
	raw=
	[ "$t" = split-articles ] && raw=1

	# Empty input: nothing out, nothing said.
	: >"$d/empty"
	$t "$d/empty" >"$d/out" 2>"$d/err"
	st=$?
	if [ $st -eq 0 ] && [ ! -s "$d/err" ]; then
		ok "$t: empty input"
	else
		echo "# status $st"; sed 's/^/#   /' "$d/err" | head -3
		not_ok "$t: empty input"
	fi

	# The sample is valid input: no complaint.
	$t "$d/good" >"$d/good.out" 2>"$d/err"
	st=$?
	if [ $st -eq 0 ] && [ ! -s "$d/err" ]; then
		ok "$t: sample input"
	else
		echo "# status $st"; sed 's/^/#   /' "$d/err" | head -3
		not_ok "$t: sample input"
	fi

	# Random bytes, with LFs and TABs often enough to make lines and
	# fields; a fixed seed so a failure can be replayed.
	perl -e 'srand(7); print map { my $r = rand; $r < .02 ? "\n" :
	    $r < .06 ? "\t" : $r < .08 ? "\\" : chr(int rand 256) } 1 .. 1e6' \
	    >"$d/random"
	$t "$d/random" >"$d/out" 2>"$d/err"
	check "$t: random bytes" survived "$t" $? "$d/err"

	# NUL bytes everywhere.
	head -c 100000 /dev/zero >"$d/nul"
	$t "$d/nul" >"$d/out" 2>"$d/err"
	check "$t: NUL bytes" survived "$t" $? "$d/err"

	# Invalid, overlong and truncated UTF-8, surrogates, above U+10FFFF.
	good "$t" | perl -pe 's/ met / m\xff\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80\xe2\x82t /;
	    s/ calm/ \xc3\x28 calm\xe2\x82/' >"$d/badutf8"
	$t "$d/badutf8" >"$d/out" 2>"$d/err"
	st=$?
	if [ -n "$raw" ]; then
		# Raw input is repaired, not refused.
		check "$t: invalid UTF-8 repaired" eval '[ $st -eq 0 ] &&
		    iconv -f UTF-8 -t UTF-8 "$d/out" >/dev/null'
	else
		check "$t: invalid UTF-8" survived "$t" $st "$d/err"
	fi

	# CRLF line ends and a byte order mark change nothing.
	mkdir -p "$d/crlf" "$d/bom" "$d/lf"
	cp "$d/good" "$d/lf/in"
	sed 's/$/\r/' "$d/good" >"$d/crlf/in"
	{ printf '\357\273\277'; cat "$d/good"; } >"$d/bom/in"
	for v in lf crlf bom; do
		(cd "$d/$v" && $t in >out 2>err; echo $? >st)
	done
	for v in crlf bom; do
		if [ "$(cat "$d/$v/st")" = 0 ] && [ ! -s "$d/$v/err" ] &&
		    test_cmp "$d/lf/out" "$d/$v/out"; then
			ok "$t: $v input as LF input"
		else
			not_ok "$t: $v input as LF input"
		fi
	done

	# Unreadable inputs: a missing file and a directory are reported,
	# and the other files still read.
	$t "$d/missing" "$d" "$d/good" >"$d/out" 2>"$d/err"
	st=$?
	if [ $st -eq 1 ] && grep -q "^$t: .*missing" "$d/err" &&
	    grep -q "^$t: $d: " "$d/err" && msgs_ok "$t" "$d/err" &&
	    test_cmp "$d/good.out" "$d/out"; then
		ok "$t: unreadable files reported, others read"
	else
		echo "# status $st"; sed 's/^/#   /' "$d/err" | head -3
		not_ok "$t: unreadable files reported, others read"
	fi

	# A full disk is an error with a message.
	$t "$d/good" >/dev/full 2>"$d/err"
	st=$?
	if [ $st -eq 1 ] && grep -q "^$t: .*No space left on device" "$d/err"; then
		ok "$t: full disk"
	else
		echo "# status $st"; sed 's/^/#   /' "$d/err" | head -3
		not_ok "$t: full disk"
	fi

	# A reader that goes away ends the tool quietly.
	gen 5 "$t" >"$d/5mb"
	{ $t "$d/5mb" 2>"$d/err"; echo $? >"$d/st"; } | head -c1 >/dev/null
	st=$(cat "$d/st")
	if { [ "$st" = 0 ] || [ "$st" = 141 ]; } && [ ! -s "$d/err" ]; then
		ok "$t: closed pipe is quiet"
	else
		echo "# status $st"; sed 's/^/#   /' "$d/err" | head -3
		not_ok "$t: closed pipe is quiet"
	fi

	# A single 100 MB line: handled in memory bounded by it.
	perl -e 'print "word " x 20e6, "\n"' >"$d/longline"
	peak_rss "$d/rss" $t "$d/longline" >"$d/out" 2>"$d/err"
	st=$?
	rss=$(tail -1 "$d/rss")
	if survived "$t" $st "$d/err" &&
	    { [ -n "$sanitized" ] || [ "$rss" -lt 1000000 ]; }; then
		ok "$t: a 100 MB line (peak RSS ${rss} kB)"
	else
		not_ok "$t: a 100 MB line (peak RSS ${rss} kB)"
	fi
	rm -f "$d/longline"

	# A long stream in flat memory: the peak for $big MB is the peak
	# for 10 MB, give or take 16 MB.
	gen 10 "$t" | peak_rss "$d/rss10" $t >/dev/null 2>"$d/err10"
	st10=$?
	gen "$big" "$t" | peak_rss "$d/rssbig" $t >/dev/null 2>"$d/errbig"
	st=$?
	r10=$(tail -1 "$d/rss10")
	rbig=$(tail -1 "$d/rssbig")
	if [ $st10 -eq 0 ] && [ $st -eq 0 ] && [ ! -s "$d/errbig" ] &&
	    { [ -n "$sanitized" ] || [ "$rbig" -lt $((r10 + 16384)) ]; }; then
		ok "$t: $big MB in flat memory (peak RSS $r10 kB, $rbig kB)"
	else
		sed 's/^/#   /' "$d/errbig" | head -3
		not_ok "$t: $big MB in flat memory (peak RSS $r10 kB, $rbig kB)"
	fi

	[ -n "$raw" ] && continue

	# Malformed records among good ones: each reported with its file and
	# line, skipped, counted once, kept verbatim; the good ones come out
	# as they would alone.
	f=$(textfield "$t")
	{
		sed -n 1p "$d/good"
		printf 'three\tfields\tonly\n'
		sed -n 2p "$d/good"
		perl -e 'print join("\t", 1 .. 40), "\n"'
		sed -n 1p "$d/good" | awk -F '\t' -v OFS='\t' -v f="$f" \
		    '{ $f = $f " a bad \\q escape"; print }'
		sed -n 1p "$d/good" | tr 'C' '\000'
		sed -n 2p "$d/good" | awk -F '\t' -v OFS='\t' -v f="$f" \
		    '{ $f = $f "\\"; print }'
		# A field the tool copies through without reading it.
		sed -n 2p "$d/good" | awk -F '\t' -v OFS='\t' -v f="$(passfield "$t")" \
		    '{ $f = $f "\\x"; print }'
		sed -n '3,$p' "$d/good"
	} >"$d/mixed"
	sed -n '2p;4,8p' "$d/mixed" >"$d/rejects.want"
	$t --rejects "$d/rejects" "$d/mixed" >"$d/out" 2>"$d/err"
	st=$?
	printf '%s\n' "$t: $d/mixed:2: " "$t: $d/mixed:4: " "$t: $d/mixed:5: " \
	    "$t: $d/mixed:6: " "$t: $d/mixed:7: " "$t: $d/mixed:8: " \
	    >"$d/err.want"
	if [ $st -eq 1 ]; then ok "$t: malformed records: exit 1"
	else echo "# status $st"; not_ok "$t: malformed records: exit 1"; fi
	check "$t: malformed records: good ones as alone" \
	    test_cmp "$d/good.out" "$d/out"
	check "$t: malformed records: kept verbatim by --rejects" \
	    test_cmp "$d/rejects.want" "$d/rejects"
	sed -n "s|^\($t: $d/mixed:[0-9]*: \).*|\1|p" "$d/err" >"$d/err.got"
	check "$t: malformed records: reported with file and line" \
	    test_cmp "$d/err.want" "$d/err.got"
	check "$t: malformed records: one summary line" \
	    eval 'grep -c . "$d/err" | grep -qx 7 &&
	    tail -1 "$d/err" | grep -qx "$t: 6 malformed records skipped"'
done

# Every dump format split-articles reads meets random bytes too, and an
# empty Reuters body (it crashed the reader).
if [ -x "$BIN/split-articles" ]; then
	d=$W/split-articles
	for f in csv jsonl reuters warc; do
		split-articles -f $f "$d/random" >"$d/out" 2>"$d/err"
		check "split-articles -f $f: random bytes" survived split-articles $? "$d/err"
	done
	printf '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n%s\n' \
	    '<REUTERS NEWID="1"><TEXT><BODY></BODY></TEXT></REUTERS>' >"$d/empty.sgm"
	split-articles "$d/empty.sgm" >"$d/out" 2>"$d/err"
	st=$?
	check "split-articles: an empty Reuters body" eval \
	    'survived split-articles $st "$d/err" && [ ! -s "$d/out" ]'
fi

# A tagged record whose entities do not fit its text is malformed like any
# other: it used to be reported but neither counted nor kept by --rejects.
if [ -x "$BIN/extract-meetings" ]; then
	d=$W/extract-entities
	mkdir -p "$d"
	printf '0123456789abcdef\t2024\t\t\t\tHamas met Fatah.\t0,99,ORG,hamas\n' \
	    >"$d/in"
	extract-meetings --rejects "$d/rejects" "$d/in" >"$d/out" 2>"$d/err"
	st=$?
	printf '%s\n' "extract-meetings: $d/in:1: entity offsets outside the text" \
	    "extract-meetings: 1 malformed record skipped" >"$d/err.want"
	if [ $st -eq 1 ] && [ ! -s "$d/out" ] && test_cmp "$d/in" "$d/rejects" &&
	    test_cmp "$d/err.want" "$d/err"; then
		ok "extract-meetings: bad entities rejected and kept"
	else
		not_ok "extract-meetings: bad entities rejected and kept"
	fi
fi

done_testing
