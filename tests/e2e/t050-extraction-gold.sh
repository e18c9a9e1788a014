# Extraction quality on the hand-annotated dev set (tests/gold: 152 releases of newsramp,
# justice.gov text and pages, and Senate releases) must not fall below floors set a little
# under what the extraction reaches with its built-in weights, so that a regression is
# caught. The weights were learned from these releases (scripts/train-extract), so these are
# the optimistic figures; the honest, cross-validated ones are in docs/extraction.md.
source "$(dirname "$0")/lib.sh"
gold=$source_dir/tests/gold
floor_speakers=0.975
floor_quotes=0.96
floor_organisations=0.870
floor_titles=139 # of 140
floor_dates=77   # of 79

(cd "$gold/docs" && find . -type f | sed 's|^\./||' | sort | xargs "$index_bin" extract) >"$scratch/system.jsonl" ||
  fail "pressdex-index extract failed"
python3 "$gold/score.py" "$gold/dev.jsonl" "$scratch/system.jsonl" >"$scratch/score"
cat "$scratch/score"
python3 - "$scratch/score" "$floor_speakers" "$floor_quotes" "$floor_organisations" "$floor_titles" "$floor_dates" <<'PY' && pass || fail "below the floors"
import re, sys
text = open(sys.argv[1]).read()
floors = [float(x) for x in sys.argv[2:5]]
last = re.search(r"speakers F1=([\d.]+) quotes attributed=([\d.]+) organisations F1=([\d.]+)", text)
got = [float(x) for x in last.groups()]
titles = [int(x) for x in re.search(r"title\s+(\d+)/(\d+)", text).groups()]
dates = [int(x) for x in re.search(r"date\s+(\d+)/(\d+)", text).groups()]
releases = re.search(r"releases\s+(\d+) gold, (\d+) found", text).groups()
ok = (all(g >= f for g, f in zip(got, floors)) and titles[0] >= int(sys.argv[5]) and dates[0] >= int(sys.argv[6])
      and releases[0] == releases[1] == "152")
print("floors", floors, "got", got, "titles", titles, "dates", dates, "releases", releases)
sys.exit(0 if ok else 1)
PY
finish
