# lib.sh: the shell side of parley's tests. Sourced by tests/tNNNN-*.sh;
# prints TAP. Tool tests are tables in tests/cases/*.cases (see
# tests/cases/README), run by run_cases.

T=$(cd "$(dirname "$0")" && pwd)
TOP=$(dirname "$T")
BIN=$TOP/bin
SHARED=$TOP/../shared
PATH=$BIN:$PATH
export T TOP BIN SHARED PATH
LC_ALL=C.UTF-8
export LC_ALL

test_count=0
test_failed=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/parley-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

ok() {
	test_count=$((test_count + 1))
	echo "ok $test_count - $1"
}

not_ok() {
	test_count=$((test_count + 1))
	test_failed=$((test_failed + 1))
	echo "not ok $test_count - $1"
}

# check NAME CMD...: ok if CMD succeeds.
check() {
	name=$1
	shift
	if "$@"; then ok "$name"; else not_ok "$name"; fi
}

skip() {
	test_count=$((test_count + 1))
	echo "ok $test_count # skip $1"
}

# test_cmp EXPECT ACTUAL: compare, showing a diff as TAP comments.
test_cmp() {
	if cmp -s "$1" "$2"; then
		return 0
	fi
	diff -u "$1" "$2" | head -40 | sed 's/^/# /'
	return 1
}

have_corpus() {
	[ -d "$SHARED/corpus/seeds" ]
}

# require CMD...: skip the whole test file unless every command is there.
require() {
	for c in "$@"; do
		if ! command -v "$c" >/dev/null 2>&1; then
			echo "1..0 # SKIP $c is not built or installed"
			exit 0
		fi
	done
}

# require_corpus: skip the whole test file without ../shared/corpus.
require_corpus() {
	if ! have_corpus || [ ! -d "$SHARED/corpus/bbc-politics" ]; then
		echo "1..0 # SKIP no shared corpus"
		exit 0
	fi
}

# require_scorer: skip the whole test file without ../shared/bin/score.
require_scorer() {
	if [ ! -x "$SHARED/bin/score" ]; then
		echo "1..0 # SKIP no scorer in ../shared/bin"
		exit 0
	fi
}

done_testing() {
	echo "1..$test_count"
	[ "$test_failed" -eq 0 ]
}

# run_cases FILE: run each case of a table; the tool is named by the file.
run_cases() {
	file=$1
	tool=$(basename "$file" .cases)
	dir=$TMP/cases.$tool
	rm -rf "$dir"
	mkdir -p "$dir"
	awk -v dir="$dir" '
	function out(part, line) { printf "%s\n", line >> (dir "/" n "/" part) }
	# Blank lines are held back, so a section ends at its last non-blank line.
	function flush() { for (; held > 0; held--) out(part, "") }
	/^### / { n++; system("mkdir -p " dir "/" n); part = ""; held = 0;
		out("name", substr($0, 5)); next }
	n == 0 { next }
	/^--- (stdin|stdout|stderr)$/ { part = $2; held = 0; printf "" > (dir "/" n "/" part); next }
	/^(args|cmd|status|stdin-printf|stderr-grep|stdout-grep):/ {
		part = ""; held = 0
		k = $0; sub(/:.*/, "", k); v = $0; sub(/^[^:]*: ?/, "", v)
		out(k, v); next }
	part == "" && (/^#/ || /^$/) { next }
	part != "" && /^$/ { held++; next }
	part != "" { flush(); out(part, $0); next }
	{ printf "%s: line %d: not a case line: %s\n", FILENAME, NR, $0 > "/dev/stderr"; exit 1 }
	' "$file" || { not_ok "$file parses"; return; }
	for c in $(ls "$dir" | sort -n); do
		d=$dir/$c
		name=$(cat "$d/name")
		want=0
		[ -f "$d/status" ] && want=$(cat "$d/status")
		if [ -f "$d/stdin-printf" ]; then
			eval "printf $(cat "$d/stdin-printf")" >"$d/in"
		elif [ -f "$d/stdin" ]; then
			cp "$d/stdin" "$d/in"
		else
			: >"$d/in"
		fi
		[ -f "$d/stdout" ] || : >"$d/stdout"
		if [ -f "$d/cmd" ]; then
			line=$(cat "$d/cmd")
		else
			line="$tool $(cat "$d/args" 2>/dev/null)"
		fi
		# pipefail (bash) so "tool | tr" still reports the tool's status.
		(set -o pipefail 2>/dev/null; cd "$T" && eval "$line") \
		    <"$d/in" >"$d/out" 2>"$d/err"
		got=$?
		fail=
		if [ "$got" != "$want" ]; then
			echo "# exit status $got, expected $want"
			fail=1
		fi
		if [ -f "$d/stdout-grep" ]; then
			grep -q -e "$(cat "$d/stdout-grep")" "$d/out" ||
				{ echo "# stdout lacks $(cat "$d/stdout-grep")"; fail=1; }
		elif ! test_cmp "$d/stdout" "$d/out"; then
			fail=1
		fi
		if [ -f "$d/stderr" ] && ! test_cmp "$d/stderr" "$d/err"; then
			fail=1
		fi
		if [ -f "$d/stderr-grep" ]; then
			grep -q -e "$(cat "$d/stderr-grep")" "$d/err" ||
				{ echo "# stderr lacks $(cat "$d/stderr-grep"):"; sed 's/^/#   /' "$d/err" | head -5; fail=1; }
		fi
		if [ -z "$fail" ]; then ok "$tool: $name"; else not_ok "$tool: $name"; fi
	done
}
