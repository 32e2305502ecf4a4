#!/bin/sh
# hadoop-streaming.sh: run parley's map and reduce stages as a Hadoop
# Streaming job.
#
#	hadoop-streaming.sh [-n] [-k key] [-r reducers] input ... output
#
# The input is article records (split-articles output, e.g. from
# "parley-parallel -o split dump/*.txt | hdfs dfs -put - /parley/in/DAY.tsv"):
# raw articles span many lines, so split-articles runs where the dump
# lands, not in the job. Each mapper runs tag-entities | extract-meetings on
# its split (scripts/parley-map); the reducers run dedupe
# (scripts/parley-reduce). The output directory holds part-NNNNN files of
# meeting records.
#
# The key. Map output is "PART FILE START SEQ record": Hadoop partitions on
# PART and sorts each reducer's input on FILE, START, SEQ, which is the
# order the serial pipeline reads the records in, so a reducer sees its
# records as dedupe would in "cat input... | ... | dedupe". What PART can
# be is set by dedupe's rule: a report joins a meeting when they share a
# party (two, if neither holds all the other's) and place and date agree,
# and merges chain. Meetings that may merge are thus linked through their
# parties, and no field of one record names the group it ends up in. So:
#
#   -r 1 (the default; PART is "-") is exact: the one reducer sees every
#	meeting in serial order and its output is byte for byte the serial
#	pipeline's. The reduce is serial, but it is the cheap stage: it
#	reads meetings, a few per cent of the bytes the mappers read.
#   -r N -k parties spreads the reduce over N reducers by the whole
#	parties field. Reports naming the same sides merge as before, but
#	a meeting told as "fatah;pij" in one article and "fatah;hamas;pij"
#	in another lands in two reducers and stays two rows. No report is
#	lost (the parts name every article the serial output names);
#	"hdfs dfs -cat OUT/part-* | dedupe" merges what the split
#	missed (dedupe reads its own output), though not always exactly as
#	the serial run would: merging is greedy and a merged meeting keeps
#	the id of the first report it saw. Use it when one reducer is too
#	slow or too small, and prefer -r 1 while it is not.
#
# -k none keys every meeting alike (use it with -r 1). -n prints the
# command instead of running it. Environment: HADOOP (default hadoop),
# HADOOP_STREAMING_JAR (required), PARLEY_BIN (the built tools; default
# bin/ beside this script), SPLIT_MAXSIZE (bytes a map task reads at most;
# default Hadoop's).
#
# The tools must run on the cluster's nodes: build them there or on the
# same distribution (they need libpcre2-8 and libcsv), or link them
# statically.
set -eu

usage() {
	echo "usage: hadoop-streaming.sh [-n] [-k parties|none] [-r reducers] input ... output" >&2
	exit 2
}

here=$(cd "$(dirname "$0")" && pwd)
bin=${PARLEY_BIN:-$here/../bin}
hadoop=${HADOOP:-hadoop}
dry=0
key=
reducers=1
while getopts k:nr: opt; do
	case $opt in
	k) key=$OPTARG ;;
	n) dry=1 ;;
	r) reducers=$OPTARG ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# -ge 2 ] || usage
case $reducers in
'' | *[!0-9]* | 0) echo "hadoop-streaming.sh: -r $reducers: not a count of reducers" >&2; exit 2 ;;
esac
if [ -z "$key" ]; then
	if [ "$reducers" -eq 1 ]; then key=none; else key=parties; fi
fi
case $key in
parties | none) ;;
*) echo "hadoop-streaming.sh: -k $key: not a key (parties, none)" >&2; exit 2 ;;
esac
if [ "$key" = none ] && [ "$reducers" -gt 1 ]; then
	echo "hadoop-streaming.sh: -k none sends every meeting to one reducer; use -r 1" >&2
	exit 2
fi
if [ -z "${HADOOP_STREAMING_JAR:-}" ]; then
	echo "hadoop-streaming.sh: HADOOP_STREAMING_JAR is not set" >&2
	exit 2
fi
for t in tag-entities extract-meetings dedupe; do
	[ -x "$bin/$t" ] || { echo "hadoop-streaming.sh: $bin/$t: not built (make)" >&2; exit 1; }
done

# The inputs: every argument but the last. Build "-input a -input b".
n=$#
i=0
for arg in "$@"; do
	i=$((i + 1))
	if [ $i -eq 1 ]; then set --; fi
	if [ $i -lt $n ]; then
		set -- "$@" -input "$arg"
	else
		output=$arg
	fi
done

# Generic options (-D) first, then the streaming ones.
set -- jar "$HADOOP_STREAMING_JAR" \
	-D mapreduce.job.name="parley $output" \
	-D mapreduce.job.reduces="$reducers" \
	-D stream.num.map.output.key.fields=4 \
	-D mapreduce.partition.keypartitioner.options=-k1,1 \
	-D mapreduce.job.output.key.comparator.class=org.apache.hadoop.mapred.lib.KeyFieldBasedComparator \
	-D mapreduce.partition.keycomparator.options="-k2,2 -k3,3 -k4,4" \
	${SPLIT_MAXSIZE:+-D mapreduce.input.fileinputformat.split.maxsize="$SPLIT_MAXSIZE"} \
	"$@" \
	-output "$output" \
	-mapper "sh parley-map" \
	-reducer "sh parley-reduce" \
	-partitioner org.apache.hadoop.mapred.lib.KeyFieldBasedPartitioner \
	-cmdenv PARLEY_KEY="$key" \
	-file "$here/parley-map" \
	-file "$here/parley-reduce" \
	-file "$bin/tag-entities" \
	-file "$bin/extract-meetings" \
	-file "$bin/dedupe"
if [ $dry -eq 1 ]; then
	printf '%s' "$hadoop"
	for a in "$@"; do
		case $a in
		*[!A-Za-z0-9_./=:,+-]*) printf " '%s'" "$a" ;;
		*) printf ' %s' "$a" ;;
		esac
	done
	printf '\n'
	exit 0
fi
exec "$hadoop" "$@"
