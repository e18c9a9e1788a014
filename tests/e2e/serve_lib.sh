# Shared by the pressdex-serve tests (after lib.sh): start_server INDEX... [-- OPTION...]
# starts pressdex-serve on a free loopback port and sets $server_pid and $base (http://127.0.0.1:PORT);
# every server started is stopped at exit.
serve_bin=${PRESSDEX_SERVE_BIN:-$(dirname "$search_bin")/pressdex-serve}
server_pids=()
stop_servers() {
  local pid
  for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  rm -rf "$scratch"
}
trap stop_servers EXIT

start_server() {
  local args=() index out
  while [ $# -gt 0 ] && [ "$1" != -- ]; do args+=(--index "$1"); shift; done
  [ $# -gt 0 ] && shift
  args+=("$@")
  out=$scratch/server.$RANDOM.out
  "$serve_bin" "${args[@]}" --listen 127.0.0.1:0 --threads 4 >"$out" 2>&1 &
  server_pid=$!
  server_pids+=("$server_pid")
  base=""
  for _ in $(seq 100); do
    base=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$out" | head -n 1)
    [ -n "$base" ] && return 0
    sleep 0.05
  done
  fail "pressdex-serve did not start: $(cat "$out")"
  return 1
}
