#!/bin/sh
# cron-daily.sh: the daily run of parley, for cron.
#
#	cron-daily.sh [-v] [-j jobs] [-l lockfile] [-S superseded] -s state
#	    -o csv dump ...
#
# Runs the pipeline (scripts/parley-parallel) over a day's dump: the
# regular files under each dump directory, or dump files named as
# arguments, in sorted order. dedupe keeps its state in the state file
# across runs, so only meetings that are new, or that the day's reports
# changed, come out; they are appended to the CSV (with a header row when
# the CSV is new or empty). An updated meeting keeps its id.
#
# A report can join two meetings of earlier days into one, written under
# the first one's id: the second one's row is then stale. Its id goes to
# the superseded list (-S; default beside the CSV: meetings.csv has
# meetings.superseded.csv), a CSV of "id,superseded_by" rows. So a
# consumer of the CSV keeps the last row of each id, and drops the rows
# whose id is in the first column of the list (dedupe(1) says how to
# follow superseded_by to the current id).
#
# Both files are only ever appended to, never rewritten: a reader in the
# middle of them, or following them, never loses a row; a failed or
# killed run cannot leave them cut short of what they held; they cost a
# day's rows, not the whole history, to keep up; and the history of what
# was reported when stays. The price is that stale rows stay in the CSV,
# to be dropped by the reader.
#
# All or nothing: the meetings are appended and the new state put in place
# only when every stage succeeded; otherwise the CSV, the list and the
# state are left as they were and a rerun does the day again. (They are
# appended before the state is replaced: if the machine stops between,
# the rerun appends the day's rows again rather than losing them. The
# list goes first, so a reader never sees a meeting counted twice.)
#
# Only one run at a time: the lock file (default: the CSV's name with .lock)
# is held with flock(1) for the whole run.
#
# Exit status: 0 success (also when nothing was new); 1 a stage failed, the
# dump is empty or unreadable, or the CSV could not be written; 2 usage;
# 75 (EX_TEMPFAIL) another run holds the lock, try later.
#
# crontab example, at 02:30 over yesterday's dump:
#	30 2 * * * /opt/parley/scripts/cron-daily.sh -s /var/lib/parley/state -o /var/lib/parley/meetings.csv /data/dump/$(date -d yesterday +\%F)
set -eu

prog=cron-daily.sh
usage() {
	echo "usage: $prog [-v] [-j jobs] [-l lockfile] [-S superseded] -s state -o csv dump ..." >&2
	exit 2
}
die() {
	echo "$prog: $*" >&2
	exit 1
}

here=$(cd "$(dirname "$0")" && pwd)
jobs=
lock=
state=
csv=
superseded=
verbose=0
while getopts j:l:o:s:S:v opt; do
	case $opt in
	j) jobs=$OPTARG ;;
	l) lock=$OPTARG ;;
	o) csv=$OPTARG ;;
	s) state=$OPTARG ;;
	S) superseded=$OPTARG ;;
	v) verbose=1 ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
if [ -z "$state" ] || [ -z "$csv" ] || [ $# -eq 0 ]; then
	usage
fi
[ -n "$lock" ] || lock=$csv.lock
[ -n "$superseded" ] || superseded=${csv%.csv}.superseded.csv
popts=
[ -z "$jobs" ] || popts="-j $jobs"

# The lock: fd 9 stays open, and locked, until the script exits.
exec 9>>"$lock" || die "cannot open lock file $lock"
if ! flock -n 9; then
	echo "$prog: another run holds the lock $lock; not running" >&2
	exit 75
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cron-daily.XXXXXX") || die "cannot make a temporary directory"
# The new state is made beside the old one, so that mv replaces it at once.
newstate=$state.new
# dedupe itself locks STATE.lock and writes STATE.tmp: for the copy too.
trap 'rm -rf "$tmp" "$newstate" "$newstate.lock" "$newstate.tmp"' EXIT
trap 'exit 1' HUP INT TERM

# The day's files, sorted, so reruns read them in the same order.
: >"$tmp/files"
while [ $# -gt 0 ]; do
	if [ -d "$1" ]; then
		find "$1" -type f ! -name '.*' | LC_ALL=C sort >>"$tmp/files" ||
			die "$1: cannot list the dump"
	elif [ -f "$1" ] && [ -r "$1" ]; then
		printf '%s\n' "$1" >>"$tmp/files"
	else
		die "$1: no such dump file or directory"
	fi
	shift
done
nfiles=$(wc -l <"$tmp/files")
[ "$nfiles" -gt 0 ] || die "no input files in the dump"

# dedupe works on a copy of the state; it replaces the state at the end.
rm -f "$newstate"
if [ -f "$state" ]; then
	cp "$state" "$newstate" || die "cannot copy the state $state"
fi
# shellcheck disable=SC2086 # popts is "-j N" or empty
bash "$here/parley-parallel" $popts -F -s "$newstate" -S "$tmp/superseded.tsv" \
    <"$tmp/files" >"$tmp/new.tsv" ||
	die "the pipeline failed; nothing appended, state unchanged"

header=-H
[ -s "$csv" ] || header=
# shellcheck disable=SC2086 # header is -H or empty
PATH=$here/../bin:$PATH to-csv $header -s meeting "$tmp/new.tsv" >"$tmp/new.csv" ||
	die "to-csv failed; nothing appended, state unchanged"
# Ids are 16 hex digits: the TAB-separated pairs are CSV as they are.
{
	[ -s "$superseded" ] || echo "id,superseded_by"
	tr '\t' , <"$tmp/superseded.tsv"
} >"$tmp/superseded.csv" || die "cannot make the superseded list"
cat "$tmp/superseded.csv" >>"$superseded" || die "$superseded: cannot append"
cat "$tmp/new.csv" >>"$csv" || die "$csv: cannot append"
if [ -f "$newstate" ]; then
	mv "$newstate" "$state" || die "cannot replace the state $state; the CSV has the day's rows"
fi
if [ $verbose -eq 1 ]; then
	echo "$prog: $nfiles files, $(grep -c -v '^#' "$tmp/new.tsv" || true) meetings new or updated, appended to $csv; $(wc -l <"$tmp/superseded.tsv") superseded, to $superseded" >&2
fi
exit 0
