# Near-duplicates: syndicated copies of one release are one hit with "+N copies";
# --all-copies shows each.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
"$index_bin" --quiet --index "$index" "$corpus" >/dev/null || fail "indexing corpus/ failed"
# The same HeartBeam release on two wires: other headline, dateline and paragraph order.
nmw=newmediawire/2025/0915/heartbeam-beat-prepares-innovative-ecg-tech-for-commercial-launch.md
ibn=ibn/2025/0912/heartbeam-inc-nasdaq-beat-prepares-innovative-ecg-technology-for-commercial-launch.md

"$search_bin" --index "$index" --json --limit 100 -- heartbeam ECG >"$scratch/one"
python3 - "$scratch/one" <<'PY' && pass || fail "collapsed copies: $(cut -c1-300 "$scratch/one")"
import json, sys
hits = [json.loads(l) for l in open(sys.argv[1])]
paths = [h["path"] for h in hits]
both = [p for p in paths if "heartbeam" in p and "prepares-innovative-ecg" in p]
assert len(both) == 1, paths  # one hit for the two copies
hit = next(h for h in hits if h["path"] == both[0])
assert len(hit["copies"]) == 1 and "prepares-innovative-ecg" in hit["copies"][0], hit["copies"]
assert hit["copies"][0] != hit["path"]
PY
expect_output_contains "+1 copy: " "$search_bin" --index "$index" -- heartbeam ECG commercial launch
expect_hit 'heartbeam ECG' $nmw --all-copies
expect_hit 'heartbeam ECG' $ibn --all-copies
# A query that only one copy matches lists no copy of it.
"$search_bin" --index "$index" --json -- 'title:"ECG Technology for Commercial Launch"' >"$scratch/title"
python3 -c '
import json,sys
h=[json.loads(l) for l in open(sys.argv[1])]
assert len(h)==1 and h[0]["path"].endswith(sys.argv[2]) and h[0]["copies"]==[], h' "$scratch/title" "$ibn" &&
  pass || fail "title of one copy: $(cut -c1-300 "$scratch/title")"
# Releases that are not copies are never collapsed: every release of corpus/ but one is a hit.
total=$(find "$corpus" -type f | wc -l)
hits=$("$search_bin" --index "$index" --json --limit 1000 -- 'NOT zzzznothing' | grep -c '"path"')
all=$("$search_bin" --index "$index" --json --limit 1000 --all-copies -- 'NOT zzzznothing' | grep -c '"path"')
[ "$all" -eq "$total" ] && [ "$hits" -eq $((total - 1)) ] && pass ||
  fail "collapsing over corpus/: $hits hits, $all with --all-copies, $total files"
finish
