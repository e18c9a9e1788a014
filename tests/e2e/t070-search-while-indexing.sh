# Searching while indexing: search_loop (tests/stress/) runs searches of every kind against
# an index while pressdex-index rebuilds it and updates it (edits, deletions, additions),
# over and over, and none of the searches may fail.
#   PRESSDEX_MIN_SEARCHES=N   searches to run at least (default 1000)
source "$(dirname "$0")/lib.sh"
loop_bin=${PRESSDEX_SEARCH_LOOP_BIN:?}
min_searches=${PRESSDEX_MIN_SEARCHES:-1000}
index=$scratch/index
folder=$scratch/releases
mkdir -p "$folder"
cp -r "$corpus/." "$folder/"
run() { "$index_bin" --quiet --index "$index" "$@" "$folder" >/dev/null; }
run || fail "first index run failed"

"$loop_bin" "$index" "$min_searches" "$scratch/stop" "$scratch/progress" >"$scratch/searches" 2>&1 &
loop_pid=$!

# Index runs of each kind, one after the other, until the searches are done (or time is up).
edited=$(find "$folder/newsramp" -name '*.md' | head -n 40)
runs=0
deadline=$((SECONDS + 300))
while :; do
  case $((runs % 5)) in
    0) run --rebuild ;;
    1) for f in $edited; do printf '\nAn added closing line, run %d.\n' "$runs" >>"$f"; done; run ;;
    2) mkdir -p "$scratch/aside" && mv "$folder/doj-html" "$scratch/aside/" && run ;;
    3) mv "$scratch/aside/doj-html" "$folder/" && run ;;
    4) touch "$folder"/seeds/* && run ;;
  esac || fail "index run $runs (kind $((runs % 5))) failed"
  runs=$((runs + 1))
  done_searches=$(cat "$scratch/progress" 2>/dev/null)
  done_searches=${done_searches:-0}
  if [ "$done_searches" -ge "$min_searches" ] && [ "$runs" -ge 5 ]; then break; fi
  if [ "$SECONDS" -gt "$deadline" ]; then fail "only $done_searches searches in 300 s"; break; fi
  kill -0 "$loop_pid" 2>/dev/null || { fail "search_loop ended early"; break; }
done
touch "$scratch/stop"
wait "$loop_pid"
status=$?
summary=$(tail -n 1 "$scratch/searches")
echo "$runs index runs; $summary"
[ "$status" -eq 0 ] && pass || fail "searches failed during indexing: $(head -n 20 "$scratch/searches")"
[[ "$summary" =~ ^([0-9]+)\ searches,\ 0\ failed$ ]] && [ "${BASH_REMATCH[1]}" -ge "$min_searches" ] &&
  pass || fail "search_loop: $summary"

# The index the runs left is whole: one document per release file.
total=$(find "$folder" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | wc -l)
expect_output_contains "added 0, updated 0, unchanged $total, removed 0, skipped 0; $total releases" \
  "$index_bin" --quiet --index "$index" "$folder"
finish
