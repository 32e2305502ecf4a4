#!/bin/sh
# to-csv: the table of cases, and every line of CSV read back by Python's
# csv module (an independent RFC 4180 reader) as the fields written.
. "$(dirname "$0")/lib.sh"
run_cases "$T/cases/to-csv.cases"

printf 'x1\t2024\tAP\tu\tTitle, "quoted"\tline\\none\\r\\nend \\\\ here\n' >"$TMP/in"
to-csv <"$TMP/in" >"$TMP/out.csv"
if command -v python3 >/dev/null; then
	check "python's csv reader reads the fields back" python3 - "$TMP/out.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='')))
assert rows[0] == ['id', 'date', 'source', 'url', 'title', 'text'], rows[0]
assert rows[1] == ['x1', '2024', 'AP', 'u', 'Title, "quoted"', 'line\none\r\nend \\ here'], rows[1]
PY
else
	skip "python3 not installed"
fi
done_testing
