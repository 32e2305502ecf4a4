#!/bin/sh
# t0620-cron: scripts/cron-daily.sh appends a day's new and updated
# meetings to a CSV and keeps dedupe's state: the first run appends the
# serial pipeline's meetings, a rerun appends nothing, another day appends
# without a second header, a meeting told again later is appended again
# with more reports, a report that joins two meetings of an earlier day
# lists the stale one in the superseded list; a held lock, a missing dump
# and a failing stage leave CSV, list and state alone, with their exit
# statuses.
. "$(dirname "$0")/lib.sh"

require split-articles tag-entities extract-meetings dedupe to-csv parallel flock
require_corpus

cron="sh $TOP/scripts/cron-daily.sh"
day1=$SHARED/corpus/seeds
day2=$SHARED/corpus/bbc-politics
csv=$TMP/meetings.csv
list=$TMP/meetings.superseded.csv
state=$TMP/state
run() {
	$cron -j 2 -s "$state" -o "$csv" "$@" >"$TMP/out" 2>"$TMP/err"
}

# What the serial pipeline finds in day 1.
find "$day1" -type f ! -name '.*' | LC_ALL=C sort >"$TMP/files1"
xargs split-articles <"$TMP/files1" | tag-entities | extract-meetings | dedupe |
    to-csv >"$TMP/expect1"
check "day 1 has meetings" test "$(wc -l <"$TMP/expect1")" -gt 1

run "$day1"
check "first run: exit status 0" test $? -eq 0
check "first run: quiet" test ! -s "$TMP/err"
check "first run: the CSV is the serial pipeline's" test_cmp "$TMP/expect1" "$csv"
check "first run: state kept" test -s "$state"
check "first run: the superseded list is a header" test "$(cat "$list")" = "id,superseded_by"
cp "$csv" "$TMP/csv1"
cp "$state" "$TMP/state1"

run "$day1"
check "rerun: exit status 0" test $? -eq 0
check "rerun: nothing appended" test_cmp "$TMP/csv1" "$csv"

run "$day2"
check "day 2: exit status 0" test $? -eq 0
check "day 2: rows appended" test "$(wc -c <"$csv")" -gt "$(wc -c <"$TMP/csv1")"
head -c "$(wc -c <"$TMP/csv1")" "$csv" >"$TMP/prefix"
check "day 2: day 1's rows untouched" test_cmp "$TMP/csv1" "$TMP/prefix"
check "day 2: one header row" test "$(grep -c '^id,date,' "$csv")" -eq 1
cp "$csv" "$TMP/csv2"
cp "$state" "$TMP/state2"

# Another run holds the lock.
# shellcheck disable=SC2086 # $cron is "sh script"
flock "$csv.lock" $cron -s "$state" -o "$csv" "$day1" >"$TMP/out" 2>"$TMP/err"
check "lock held: exit status 75" test $? -eq 75
check "lock held: says so" grep -q "another run holds the lock" "$TMP/err"
check "lock held: CSV untouched" test_cmp "$TMP/csv2" "$csv"
cp "$list" "$TMP/list2"

run "$TMP/no-such-dump"
check "missing dump: exit status 1" test $? -eq 1
check "missing dump: named" grep -q "no-such-dump" "$TMP/err"
mkdir "$TMP/empty"
run "$TMP/empty"
check "empty dump: exit status 1" test $? -eq 1

# A failing stage: dedupe cannot read a corrupt state.
printf 'this is\tnot a state\n' >"$state"
cp "$state" "$TMP/bad-state"
run "$day1"
check "failing stage: exit status 1" test $? -eq 1
check "failing stage: says nothing was appended" grep -q "nothing appended" "$TMP/err"
check "failing stage: CSV untouched" test_cmp "$TMP/csv2" "$csv"
check "failing stage: list untouched" test_cmp "$TMP/list2" "$list"
check "failing stage: state untouched" test_cmp "$TMP/bad-state" "$state"

$cron -s "$state" "$day1" 2>/dev/null
check "no -o: usage error" test $? -eq 2

# An update: a meeting reported on day A and again on day B is appended
# again on day B, same id, more reports. Day A is the first three seeds.
mkdir "$TMP/dayA" "$TMP/dayB"
n=0
for f in "$day1"/*.txt; do
	n=$((n + 1))
	if [ $n -le 3 ]; then cp "$f" "$TMP/dayA/"; else cp "$f" "$TMP/dayB/"; fi
done
split-articles "$TMP"/dayA/*.txt | cut -f 1 >"$TMP/docsA"
split-articles "$TMP"/dayB/*.txt | cut -f 1 >"$TMP/docsB"
# Does the serial pipeline merge reports of both days into one meeting?
merged_across_days() {
	split-articles "$day1"/*.txt | tag-entities | extract-meetings | dedupe |
	    awk -F '\t' 'FILENAME != "-" { day[$1] = FILENAME ~ /docsA$/ ? "A" : "B"; next }
	{ a = b = 0; n = split($11, d, ";")
	  for (i = 1; i <= n; i++) { if (day[d[i]] == "A") a = 1; if (day[d[i]] == "B") b = 1 }
	  if (a && b) found = 1 }
	END { exit !found }' "$TMP/docsA" "$TMP/docsB" -
}
if merged_across_days; then
	rm -f "$state" "$csv"
	run "$TMP/dayA"
	cp "$csv" "$TMP/csvA"
	run "$TMP/dayB"
	check "day B: exit status 0" test $? -eq 0
	tail -n +"$(($(wc -l <"$TMP/csvA") + 1))" "$csv" >"$TMP/rowsB"
	# id and reports (fields 1 and 10: ids and slugs hold no commas).
	awk -F , 'FILENAME ~ /csvA$/ { r[$1] = $10; next }
	    ($1 in r) && $10 > r[$1] { up++ } END { exit !up }' "$TMP/csvA" "$TMP/rowsB"
	check "day B: a meeting of day A appended again with more reports" test $? -eq 0
else
	skip "the seeds hold no meeting told on both days"
fi

# A report that joins two meetings of an earlier day, in articles written
# here. Day X tells of Fatah-Hamas talks and of Hamas-Islamic Jihad talks
# in Cairo on 12 March 2024: two meetings (they share one side). Day Y
# tells of the three meeting there that day: it joins Fatah-Hamas, which
# then shares two sides with Hamas-Islamic Jihad and takes it. The
# meeting is written under the Fatah-Hamas id with 3 reports, and the
# Hamas-Islamic Jihad id goes to the superseded list.
mkdir "$TMP/dayX" "$TMP/dayY"
cat >"$TMP/dayX/fatah-hamas.txt" <<'EOF'
Fatah and Hamas hold talks in Cairo

Delegations from Fatah and Hamas met in Cairo on March 12, 2024 to discuss a unity government, officials said.

The talks were the first between the two movements since the autumn.
EOF
cat >"$TMP/dayX/hamas-jihad.txt" <<'EOF'
Hamas and Islamic Jihad leaders confer in Cairo

Hamas and Islamic Jihad leaders held talks in Cairo on March 12, 2024, a spokesman for Islamic Jihad said.

He gave no details of what was discussed.
EOF
cat >"$TMP/dayY/factions.txt" <<'EOF'
Palestinian factions gather in Cairo

Fatah, Hamas and Islamic Jihad met in Cairo on March 12, 2024, Egyptian officials said on Wednesday.

The officials gave no details of the agenda.
EOF
split-articles "$TMP"/dayX/*.txt | tag-entities | extract-meetings |
    cut -f 1,6 >"$TMP/idsX"
a=$(awk -F '\t' '$2 == "fatah;hamas" { print $1 }' "$TMP/idsX")
b=$(awk -F '\t' '$2 == "hamas;pij" { print $1 }' "$TMP/idsX")
check "day X: the pipeline finds both meetings" test -n "$a" -a -n "$b" -a "$(wc -l <"$TMP/idsX")" -eq 2
rm -f "$state" "$csv" "$list"
run "$TMP/dayX"
check "day X: two rows" test "$(tail -n +2 "$csv" | cut -d , -f 1 | sort | tr '\n' ' ')" = "$(printf '%s\n' "$a" "$b" | sort | tr '\n' ' ')"
run "$TMP/dayY"
check "day Y: exit status 0" test $? -eq 0
check "day Y: the Hamas-Islamic Jihad id is superseded by the Fatah-Hamas one" \
    test "$(cat "$list")" = "$(printf 'id,superseded_by\n%s,%s' "$b" "$a")"
# What a consumer makes of the two files: the last row of each id, none
# of a superseded id (fields 1 and 10: id and reports hold no commas).
current() {
	awk -F , 'FILENAME == ARGV[1] { if (FNR > 1) gone[$1]; next }
	    FNR > 1 && !($1 in gone) { row[$1] = $1 " " $10 }
	    END { for (id in row) print row[id] }' "$1" "$csv"
}
check "day Y: one meeting, under the Fatah-Hamas id, of 3 reports" test "$(current "$list")" = "$a 3"
check "day Y: without the list, two" test "$(current /dev/null | wc -l)" -eq 2
cp "$csv" "$TMP/csvY"
cp "$list" "$TMP/listY"
run "$TMP/dayY"
check "day Y rerun: nothing appended to the CSV" test_cmp "$TMP/csvY" "$csv"
check "day Y rerun: nor to the list" test_cmp "$TMP/listY" "$list"

done_testing
