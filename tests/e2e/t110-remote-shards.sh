# Two shards of corpus/, each served by its own xapian-tcpsrv on 127.0.0.1, searched
# together as tcp://HOST:PORT indexes, give exactly what one local index of corpus/ gives;
# so do a mix of local and remote shards and a stub file listing the servers. The servers
# are stopped on exit, whatever happens.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shards_lib.sh"
tcpsrv=$(command -v xapian-tcpsrv) ||
  { echo "FAIL: xapian-tcpsrv not found: install xapian-tools (scripts/setup does)"; exit 1; }
server_pids=()
stop_servers() {
  local pid
  for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${server_pids[@]}"; do wait "$pid" 2>/dev/null; done
  server_pids=()
}
trap 'stop_servers; rm -rf "$scratch"' EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# serve INDEX: starts xapian-tcpsrv for INDEX on a free loopback port, prints the port once
# the server listens. A port taken between choosing and binding it is chosen again.
serve() {
  local index=$1 port pid attempt wait
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    # In a session of its own: on SIGTERM xapian-tcpsrv kills its whole process group,
    # which would otherwise be this script and ctest.
    setsid "$tcpsrv" --interface 127.0.0.1 --port "$port" "$index" >"$scratch/server.$port.log" 2>&1 &
    pid=$!
    for wait in $(seq 50); do
      grep -q Listening "$scratch/server.$port.log" && { server_pids+=("$pid"); echo "$port"; return 0; }
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  done
  return 1
}

build_shards "$scratch" 2
full_index=$scratch/full
# Not in a subshell: server_pids must reach the trap.
serve "$scratch/shard1" >"$scratch/port1" || fail "xapian-tcpsrv for shard 1 did not start"
serve "$scratch/shard2" >"$scratch/port2" || fail "xapian-tcpsrv for shard 2 did not start"
port1=$(cat "$scratch/port1") port2=$(cat "$scratch/port2")
remote1=tcp://127.0.0.1:$port1 remote2=tcp://127.0.0.1:$port2

compare_all "two remote shards" "--index $remote1 --index $remote2"
compare_all "a local and a remote shard" "--index $scratch/shard1 --index $remote2"
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$port1" "$port2" >"$scratch/remote.stub"
expect_same_results "a stub file of remote shards" '--limit 30 --facets speaker,org,year' \
  "--index $scratch/remote.stub"

# A shard server that is gone: one line naming what failed, exit 1.
stop_servers
"$search_bin" --index "$remote1" --index "$remote2" -- hospital >/dev/null 2>"$scratch/err"
status=$?
[ "$status" -eq 1 ] && [ "$(wc -l <"$scratch/err")" -eq 1 ] &&
  grep -q "^pressdex-search: $remote1: cannot reach the shard server" "$scratch/err" && pass ||
  fail "a stopped shard server: status $status, $(cat "$scratch/err")"
"$search_bin" --index tcp://127.0.0.1 -- hospital >/dev/null 2>"$scratch/err"
[ $? -eq 1 ] && grep -q "expected tcp://HOST:PORT" "$scratch/err" && pass ||
  fail "a remote index without a port: $(cat "$scratch/err")"
finish
