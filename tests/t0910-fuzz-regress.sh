#!/bin/sh
# t0910: replay every fuzz target's seed corpus and crash regressions
# (fuzz/corpus/TARGET, fuzz/regress/TARGET) through fuzz/out/replay-TARGET,
# the target built without libFuzzer. Under SANITIZE=1 these run with the
# sanitizers; a crash or failed check aborts the replay.
. "$(dirname "$0")/lib.sh"

n=0
for r in "$TOP"/fuzz/out/replay-*; do
	[ -x "$r" ] || continue
	f=${r##*/replay-}
	n=$((n + 1))
	set --
	for d in "$TOP/fuzz/corpus/$f" "$TOP/fuzz/regress/$f"; do
		[ -d "$d" ] || continue
		for file in "$d"/*; do
			[ -f "$file" ] && set -- "$@" "$file"
		done
	done
	if [ $# -eq 0 ]; then
		not_ok "$f: no seeds in fuzz/corpus/$f"
		continue
	fi
	if "$r" "$@" >"$TMP/out" 2>"$TMP/err"; then
		ok "$f: $# inputs replayed"
	else
		sed 's/^/# /' "$TMP/err" | grep -v ': malformed record' | tail -20
		not_ok "$f: replay of $# inputs"
	fi
done
[ $n -gt 0 ] || not_ok "no fuzz replay binaries built (make check builds them)"
done_testing
