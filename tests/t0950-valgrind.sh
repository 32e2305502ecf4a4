#!/bin/sh
# t0950: every tool in bin/ under valgrind memcheck on good, malformed and
# random input: no invalid read or write, no use of uninitialised memory.
# Leaks at exit are not looked at (--leak-check=no): a filter's memory is
# checked for growth by t0900. Skipped for SANITIZE=1 builds, which check
# the same things themselves and do not run under valgrind.
. "$(dirname "$0")/lib.sh"
. "$T/samples.sh"

if ! command -v valgrind >/dev/null; then
	skip "valgrind not installed"
	done_testing
	exit
fi
if nm "$BIN/to-csv" 2>/dev/null | grep -q __asan_init; then
	skip "sanitizer build: valgrind does not run it"
	done_testing
	exit
fi

vg() {
	valgrind -q --error-exitcode=99 --leak-check=no \
	    --suppressions="$T/valgrind.supp" "$@"
}

for tool in "$BIN"/*; do
	[ -x "$tool" ] || continue
	t=${tool##*/}
	d=$TMP/$t
	mkdir -p "$d"
	good "$t" >"$d/good"
	# Malformed records and broken text among good ones.
	{
		cat "$d/good"
		printf 'three\tfields\tonly\n'
		sed -n 1p "$d/good" | sed 's/ met / m\\q\xff\xc0\xaf\xe2\x82t /'
		printf '\357\273\277\r\n\\\n\f\f\n'
		cat "$d/good" | sed 's/$/\r/'
	} >"$d/mixed"
	perl -e 'srand(11); print map { my $r = rand; $r < .02 ? "\n" :
	    $r < .06 ? "\t" : chr(int rand 256) } 1 .. 20000' >"$d/random"
	# Record readers keep their rejects; split-articles reads raw text.
	set -- --rejects "$d/rejects"
	[ "$t" = split-articles ] && set --
	for input in good mixed random; do
		vg "$tool" "$@" "$d/$input" >/dev/null 2>"$d/err"
		st=$?
		if [ $st -eq 0 ] || [ $st -eq 1 ]; then
			ok "$t: memcheck clean on $input input"
		else
			echo "# status $st"
			grep -v "^$t: " "$d/err" | head -30 | sed 's/^/#   /'
			not_ok "$t: memcheck clean on $input input"
		fi
	done
done
done_testing
