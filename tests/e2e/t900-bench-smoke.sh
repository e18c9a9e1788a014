# bench/run --smoke with the binaries under test: keeps the benchmark script working (every
# step runs once over corpus/; the numbers themselves are not checked, the machine is busy).
source "$(dirname "$0")/lib.sh"
bin_dir=$(dirname "$index_bin")
log=$scratch/bench.log
if "$source_dir/bench/run" --smoke --bin-dir "$bin_dir" --work "$scratch/work" >"$log" 2>&1; then
  pass
else
  fail "bench/run --smoke failed: $(tail -n 3 "$log")"
fi
results=$scratch/work/results.md
for section in "## Targets of issue 7" "## Indexing corpus" "## Query latency" "## Scale" \
               "## Per query" "pressdex / omindex" "unchanged re-run"; do
  if grep -qF "$section" "$results" 2>/dev/null; then pass; else fail "results.md has no '$section'"; fi
done
# Every query ran and its match counts were read from both tools' output.
rows=$(grep -c '^| q[0-9]' "$results" 2>/dev/null || true)
if [ "${rows:-0}" -ge 8 ]; then pass; else fail "results.md has ${rows:-0} query rows, expected 8"; fi
if grep -q '| ? |' <<<"$(grep '^| q[0-9]' "$results" 2>/dev/null)"; then
  fail "a match count could not be read: $(grep '^| q[0-9]' "$results" | grep '| ? |' | head -n 1)"
else pass; fi
echo "$checks checks, $failures failures"
[ "$failures" -eq 0 ]
