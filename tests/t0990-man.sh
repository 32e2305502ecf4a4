#!/bin/sh
# Every man page is clean under mandoc -Tlint, and every tool has one.
. "$(dirname "$0")/lib.sh"
for m in "$TOP"/man/*.[15]; do
	out=$(mandoc -Tlint -W warning "$m" 2>&1)
	if [ -z "$out" ]; then
		ok "mandoc -Tlint $(basename "$m")"
	else
		echo "$out" | sed 's/^/# /'
		not_ok "mandoc -Tlint $(basename "$m")"
	fi
done
for t in "$TOP"/tools/*.c; do
	name=$(basename "$t" .c)
	check "$name has a man page" test -f "$TOP/man/$name.1"
done
done_testing
