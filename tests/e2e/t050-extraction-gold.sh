# Extraction quality on the hand-annotated dev set must not fall below floors set a little
# under what the rules achieve, so that a regression is caught.
source "$(dirname "$0")/lib.sh"
gold=$source_dir/tests/gold
floor_speakers=0.94
floor_quotes=0.95
floor_organisations=0.90

(cd "$gold/docs" && find . -type f | sed 's|^\./||' | sort | xargs "$index_bin" extract) >"$scratch/system.jsonl" ||
  fail "pressdex-index extract failed"
python3 "$gold/score.py" "$gold/dev.jsonl" "$scratch/system.jsonl" >"$scratch/score"
cat "$scratch/score"
python3 - "$scratch/score" "$floor_speakers" "$floor_quotes" "$floor_organisations" <<'PY' && pass || fail "below the floors"
import re, sys
text = open(sys.argv[1]).read()
floors = [float(x) for x in sys.argv[2:5]]
last = re.search(r"speakers F1=([\d.]+) quotes attributed=([\d.]+) organisations F1=([\d.]+)", text)
got = [float(x) for x in last.groups()]
titles = re.search(r"title\s+(\d+)/(\d+)", text).groups()
dates = re.search(r"date\s+(\d+)/(\d+)", text).groups()
ok = all(g >= f for g, f in zip(got, floors)) and titles[0] == titles[1] and dates[0] == dates[1]
print("floors", floors, "got", got, "titles", "/".join(titles), "dates", "/".join(dates))
sys.exit(0 if ok else 1)
PY
finish
