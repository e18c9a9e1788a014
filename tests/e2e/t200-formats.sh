# Issue 12: releases as PDF, DOCX, ODT, email (.eml, .mbox with an attached PDF) and feeds
# (RSS, Atom), from corpus/formats/: each is found with its title, date and speakers, its
# type: filters, a container's items have their own paths, and of a changed container the
# items removed disappear (t205: the items unchanged are kept as they are).
source "$(dirname "$0")/lib.sh"
index=$scratch/index
folder=$scratch/formats
cp -r "$source_dir/corpus/formats" "$folder"
"$index_bin" --quiet --index "$index" "$folder" >"$scratch/summary" 2>"$scratch/err" ||
  fail "indexing corpus/formats failed: $(cat "$scratch/err")"
# 6 files: the PDF, DOCX and ODT one release each, the mbox 3 messages and an attachment,
# the feeds 2 items each.
grep -q "^added 6, updated 0, unchanged 0, removed 0, skipped 0; 11 releases in the index$" "$scratch/summary" &&
  pass || fail "summary: $(cat "$scratch/summary") $(cat "$scratch/err")"
[ ! -s "$scratch/err" ] && pass || fail "warnings: $(cat "$scratch/err")"

# field JSON_FIELD QUERY: that field of the first hit
field() { "$search_bin" --index "$index" --json -- "$2" | head -n 1 |
          python3 -c 'import json,sys; l=sys.stdin.read(); print(json.loads(l).get(sys.argv[1], "") if l.strip() else "")' "$1"; }
check() { [ "$2" = "$3" ] && pass || fail "$1: '$2', expected '$3'"; }

# PDF: title set larger than the body, two lines joined; dateline date and place; speakers.
check "pdf title" "$(field title 'type:pdf grooming')" "Hammer & Nails Opens its 50th Location in Nolensville, Tennessee"
check "pdf date" "$(field date 'type:pdf grooming')" "2025-06-27"
check "pdf place" "$(field place 'type:pdf grooming')" "NOLENSVILLE, TN"
expect_first_hit 'speaker:"aaron meyers" type:pdf' hammer-nails-50th-location.pdf
# A quote that ran over several lines of the page is one quote.
expect_hit 'quote:"noteworthy milestone"' hammer-nails-50th-location.pdf --all-copies
# DOCX and ODT: the first heading is the title.
check "docx title" "$(field title 'type:docx')" "USA Partner Network Joins Forces with Angi"
check "docx date" "$(field date 'type:docx')" "2025-04-30"
check "odt title" "$(field title 'type:odt')" "PROLIM Government Technologies Ranks #153 on the 2024 Inc. 5000"
# Email: the Subject is the title (Fwd: dropped), the dateline's date wins over the Date
# header, HTML in Latin-1 and base64 read; each message has its own path.
expect_hit 'type:email kwanzaa' 'inbox.mbox#<kwanzaa-2024@wire.example>'
check "email title" "$(field title 'type:email grooming')" "Hammer & Nails Opens its 50th Location in Nolensville, Tennessee"
check "email date" "$(field date 'type:email title:embargoed')" "2025-02-28"
# The attached PDF is a release of its own, below its message.
expect_hit 'type:pdf mesquite' 'inbox.mbox#<mesquite-2025@wire.example>/mesquite-release.pdf'
# Feeds: each item, its date from pubDate/updated, its link kept.
check "rss item count" "$("$search_bin" --index "$index" --json --all-copies -- 'type:feed' | grep -c '"path"')" 4
expect_hit 'type:feed quantum' 'newsroom.rss#newsroom-1'
check "rss date" "$(field date 'type:feed quantum')" "2025-09-01"
check "rss link" "$(field link 'type:feed quantum')" "https://newsroom.example/releases/1"
found=$("$search_bin" --index "$index" -- 'type:feed quantum') &&
  grep -q '^   https://newsroom.example/releases/1' <<<"$found" && pass ||
  fail "a feed item's link is not shown in its hit"
expect_hit 'type:feed' 'wire.atom#urn:wire-example:1'

# A shrunk mbox: the messages removed disappear, with their attachment.
python3 - "$folder/inbox.mbox" <<'PY'
import sys
path = sys.argv[1]
data = open(path, "rb").read()
parts = data.split(b"\nFrom newsdesk@wire.example ")
open(path, "wb").write(parts[0] + b"\n")
PY
"$index_bin" --quiet --index "$index" "$folder" >"$scratch/summary2" 2>&1
grep -q "^added 0, updated 1, unchanged 5, removed 0, skipped 0; items of updated mboxes, feeds and emails: added 0, updated 0, unchanged 1, removed 3; 8 releases in the index$" "$scratch/summary2" &&
  pass || fail "after the mbox lost two messages: $(cat "$scratch/summary2")"
expect_no_hit 'mesquite' 'mesquite-release.pdf'
expect_hit 'kwanzaa' 'inbox.mbox#<kwanzaa-2024@wire.example>'
# A removed feed takes its items with it.
rm "$folder/wire.atom"
"$index_bin" --quiet --index "$index" "$folder" >"$scratch/summary3" 2>&1
grep -q "removed 1, .*; 6 releases in the index$" "$scratch/summary3" && pass ||
  fail "after the atom feed went: $(cat "$scratch/summary3")"
expect_no_hit 'type:feed' 'wire.atom#urn:wire-example:1'
finish
