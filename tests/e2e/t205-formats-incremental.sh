# Issue 12: a grown mbox or feed re-reads only what changed. A message or item that reads as
# before keeps its document (same docid, not extracted or written again), a new one is added,
# one removed disappears; searches find them all throughout.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
folder=$scratch/formats
mkdir -p "$folder"
cp "$source_dir/corpus/formats/inbox.mbox" "$source_dir/corpus/formats/newsroom.rss" "$folder/"

# docid PATH: the document of the release at PATH (its unique id term, schema.hpp), or nothing.
docid() {
  xapian-delve -t "Q$1" "$index/XAPIANDB" 2>/dev/null | sed -n 's/^Posting List for term .*: //p'
}
check() { [ "$2" = "$3" ] && pass || fail "$1: '$2', expected '$3'"; }
summary_is() { # EXPECTED FILE
  grep -qx -- "$1" "$2" && pass || fail "summary: expected '$1', got '$(cat "$2")'"
}

"$index_bin" --quiet --index "$index" "$folder" >"$scratch/summary1" 2>&1
# 3 messages and a PDF attached to one of them, 2 feed items
summary_is "added 2, updated 0, unchanged 0, removed 0, skipped 0; 6 releases in the index" "$scratch/summary1"
kwanzaa_doc=$(docid "$folder/inbox.mbox#<kwanzaa-2024@wire.example>")
rss_doc=$(docid "$folder/newsroom.rss#newsroom-1")
[ -n "$kwanzaa_doc" ] && [ -n "$rss_doc" ] && pass || fail "no docid for the first message or item"

# One message more at the end of the mbox, one item more at the end of the feed (invented).
cat >>"$folder/inbox.mbox" <<'EOF'

From newsdesk@wire.example Thu Jan  2 00:00:00 2025
From: Newsdesk <newsdesk@wire.example>
Subject: Quillfeather Kilnworks opens a solar kiln in Port Avalon
Date: Thu, 02 Jan 2025 09:00:00 +0000
Message-ID: <solar-kiln-2025@wire.example>
Content-Type: text/plain; charset="utf-8"

PORT AVALON, January 2, 2025 -- Quillfeather Kilnworks today opened the first solar kiln
of the coast. "The sun fires our glaze now," said Morwenna Tressilian, the firm's founder.
EOF
python3 - "$folder/newsroom.rss" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
item = """    <item>
      <title>Brindlewood Ferries adds a night crossing to Gullrock</title>
      <link>https://newsroom.example/releases/3</link>
      <guid isPermaLink="false">newsroom-3</guid>
      <pubDate>Wed, 03 Sep 2025 10:00:00 +0000</pubDate>
      <description>&lt;p&gt;Brindlewood Ferries will sail to Gullrock by night from October, its harbourmaster Tamsin Polglaze said.&lt;/p&gt;</description>
    </item>
  </channel>"""
open(path, "w", encoding="utf-8").write(text.replace("  </channel>", item, 1))
PY
"$index_bin" --quiet --index "$index" "$folder" >"$scratch/summary2" 2>&1
summary_is "added 0, updated 2, unchanged 0, removed 0, skipped 0; items of updated mboxes, feeds and emails: added 2, updated 0, unchanged 6, removed 0; 8 releases in the index" "$scratch/summary2"
check "unchanged message kept its document" "$(docid "$folder/inbox.mbox#<kwanzaa-2024@wire.example>")" "$kwanzaa_doc"
check "unchanged feed item kept its document" "$(docid "$folder/newsroom.rss#newsroom-1")" "$rss_doc"
expect_hit 'kilnworks' 'inbox.mbox#<solar-kiln-2025@wire.example>'
expect_hit 'speaker:tressilian' 'inbox.mbox#<solar-kiln-2025@wire.example>'
expect_hit 'gullrock' 'newsroom.rss#newsroom-3'
expect_hit 'kwanzaa' 'inbox.mbox#<kwanzaa-2024@wire.example>'
expect_hit 'type:pdf mesquite' 'inbox.mbox#<mesquite-2025@wire.example>/mesquite-release.pdf'
expect_hit 'type:feed quantum' 'newsroom.rss#newsroom-1'

# Unchanged files stay unread; a run with nothing changed changes nothing.
"$index_bin" --quiet --index "$index" "$folder" >"$scratch/summary3" 2>&1
summary_is "added 0, updated 0, unchanged 2, removed 0, skipped 0; 8 releases in the index" "$scratch/summary3"

# An item edited is written anew; one removed disappears with its quotes; the rest stay.
python3 - "$folder/newsroom.rss" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = re.sub(r"    <item>\s*<title>Baron.*?</item>\n", "", text, count=1, flags=re.S)
text = text.replace("night crossing", "night and dawn crossing")
open(path, "w", encoding="utf-8").write(text)
PY
python3 - "$folder/inbox.mbox" <<'PY'
import sys
path = sys.argv[1]
data = open(path, "rb").read()
cut = data.index(b"\nFrom newsdesk@wire.example Thu Jan  2")
open(path, "wb").write(data[:cut] + b"\n")
PY
"$index_bin" --quiet --index "$index" "$folder" >"$scratch/summary4" 2>&1
summary_is "added 0, updated 2, unchanged 0, removed 0, skipped 0; items of updated mboxes, feeds and emails: added 0, updated 1, unchanged 5, removed 2; 6 releases in the index" "$scratch/summary4"
expect_no_hit 'kilnworks' 'inbox.mbox#<solar-kiln-2025@wire.example>'
expect_no_hit 'speaker:tressilian' 'solar-kiln-2025@wire.example>'
expect_no_hit 'baron' 'newsroom.rss#newsroom-2'
expect_hit 'dawn gullrock' 'newsroom.rss#newsroom-3'
check "unchanged message still kept" "$(docid "$folder/inbox.mbox#<kwanzaa-2024@wire.example>")" "$kwanzaa_doc"
check "unchanged feed item still kept" "$(docid "$folder/newsroom.rss#newsroom-1")" "$rss_doc"
finish
