#!/bin/sh
# extract-meetings on the development set (tests/dev/README): 26 articles
# of our own in the styles of other decades, regions and house styles, with
# gold meetings written by hand. The floors sit a little below what the
# tools reach today, so a rule that breaks other news shows here, while the
# tagger and the rules may still change the odd record.
. "$(dirname "$0")/lib.sh"
require split-articles tag-entities extract-meetings
require_scorer
. "$T/helpers/score-meetings.sh"

score_meetings dev "$T/dev" "$T/dev/dev.gold.tsv" 0.75 0.65 0.70
# The article of non-meetings gives none.
check "dev: no meeting in the article of non-meetings" \
    sh -c "! grep -q 'not in gold d22-' '$TMP/score'"

done_testing
