# bench/known-item --smoke with the binaries under test: corpus/'s newsramp sample, footers
# cut, 100 of its rewritten-headline queries against pressdex, quest -o or and quest -o and.
# Keeps the script working, and checks what cannot be noise even on 300 releases: pressdex
# finds nearly every release and answers nearly every query (all words ANDed found under
# half, as quest -o and does).
source "$(dirname "$0")/lib.sh"
bin_dir=$(dirname "$search_bin")
log=$scratch/known-item.log
if "$source_dir/bench/known-item" --smoke --sample 100 --jobs 2 --bin-dir "$bin_dir" \
     --work "$scratch/work" >"$log" 2>&1; then
  pass
else
  fail "bench/known-item --smoke failed: $(tail -n 3 "$log")"
fi
table=$scratch/work/smoke/known-item.md
for engine in pressdex quest-or quest-and; do
  grep -q "^| small | [0-9]* | 100 | $engine |" "$table" 2>/dev/null && pass ||
    fail "no row of 100 queries for $engine in $(cat "$table" 2>/dev/null)"
done
# found at 1 and no result of pressdex's row.
read -r at1 none < <(awk -F' *[|] *' '$5 == "pressdex" {print $6, $9}' "$table" 2>/dev/null)
python3 -c "import sys; sys.exit(0 if float('${at1:-0}') >= 0.8 and float('${none:-1}') <= 0.05 else 1)" &&
  pass || fail "pressdex: found at 1 ${at1:-?}, no result ${none:-?}; expected >= 0.8 and <= 0.05"
finish
