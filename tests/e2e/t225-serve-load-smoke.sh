# A few seconds of bench/serve-load: 16 clients search pressdex-serve over corpus/ while
# pressdex-index --rebuild replaces the index; no request may fail.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/serve_lib.sh"
load_bin=${PRESSDEX_SERVE_LOAD_BIN:-$(dirname "$search_bin")/../serve/serve_load}
index=$scratch/index
"$index_bin" --quiet --index "$index" "$corpus" >/dev/null || fail "indexing corpus/ failed"
start_server "$index" || { finish; exit; }
( sleep 0.5; "$index_bin" --quiet --rebuild --index "$index" "$corpus" >/dev/null 2>&1 ) &
rebuild=$!
out=$("$load_bin" "$base" "$source_dir/bench/queries.txt" 16 3) && pass || fail "failed requests: $out"
echo "$out"
wait "$rebuild" || fail "the rebuild failed"
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); assert r["requests"] > 50 and r["failures"] == 0, r' "$out" &&
  pass || fail "too few answers: $out"
finish
