# Crash safety: pressdex-index is killed with SIGKILL at random moments of real runs over a
# copy of corpus/ (a first build, a --rebuild, a run resuming a killed one, an update that
# adds files back), and each time:
#   - the index opens and answers a search (once a build has finished in it);
#   - xapian-check finds its database sound;
#   - every release in it is complete: its documents (terms, positions, values, stored data)
#     equal those of the same release in an index built without interruption
#     (tests/stress/index_dump), and no file has two documents or quotes without a release;
#   - a run to completion afterwards gives exactly the uninterrupted index.
# The write side is a black box: no assumption about commits, shards or generations.
#   PRESSDEX_KILL_ROUNDS=N   rounds of one or two killed runs (default 5; scripts/kill-test: 24)
#   PRESSDEX_KILL_SEED=S     seed of the random kill moments, to replay a failure
source "$(dirname "$0")/lib.sh"
dump_bin=${PRESSDEX_INDEX_DUMP_BIN:?}
rounds=${PRESSDEX_KILL_ROUNDS:-5}
seed=${PRESSDEX_KILL_SEED:-$(( $(date +%s) % 32768 ))}
RANDOM=$seed
echo "kill rounds: $rounds, seed: $seed (PRESSDEX_KILL_SEED=$seed replays them)"
index=$scratch/index
folder=$scratch/releases
mkdir -p "$folder"
cp -r "$corpus/." "$folder/"
files=$(find "$folder" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | wc -l)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The database folder xapian-check can read: the index folder itself, or what its stub names.
live_database() {
  if [ -f "$1/XAPIANDB" ]; then
    local backend path
    read -r backend path <"$1/XAPIANDB"
    [[ "$path" == /* ]] && echo "$path" || echo "$1/$path"
  else
    echo "$1"
  fi
}

# The uninterrupted index every run is compared with; its duration bounds the kill moments.
started=$(now_ms)
"$index_bin" --quiet --index "$scratch/reference" "$folder" >/dev/null || fail "reference build failed"
duration=$(( $(now_ms) - started ))
"$dump_bin" "$scratch/reference" >"$scratch/reference.dump" || fail "reference index: $(grep problem "$scratch/reference.dump")"
[ "$(grep -c '^release ' "$scratch/reference.dump")" -eq "$files" ] && pass ||
  fail "reference index holds $(grep -c '^release ' "$scratch/reference.dump") releases for $files files"
echo "an uninterrupted build takes $duration ms"

# killed_run WHAT ARGS...: starts pressdex-index, kills it with SIGKILL at a random moment
# within 90% of a whole build's duration, then checks what it left.
kills=0 runs=0
killed_run() {
  local what=$1; shift
  local delay=$(( RANDOM * (duration * 9 / 10) / 32768 ))
  runs=$((runs + 1))
  "$index_bin" --quiet --index "$index" "$@" "$folder" >/dev/null 2>"$scratch/killed.err" &
  local pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  if kill -KILL "$pid" 2>/dev/null; then kills=$((kills + 1)); outcome="killed after $delay ms"
  else outcome="finished before $delay ms"; fi
  wait "$pid" 2>/dev/null
  echo "round $round: $what: $outcome"
  check_survivor "$what, $outcome"
}

# check_survivor CONTEXT: the index left by a killed run opens (unless no build has finished
# in it yet), is sound, and each release in it is a release of the uninterrupted index.
check_survivor() {
  local context=$1
  if ! "$search_bin" --index "$index" --limit 1 -- 'type:md OR type:txt OR type:html' >"$scratch/out" 2>&1; then
    # Before a first build has finished there may be no index yet, and that is all.
    [ "$complete_once" = no ] && pass || fail "$context: the index does not open: $(cat "$scratch/out")"
    return
  fi
  pass
  if command -v xapian-check >/dev/null; then
    xapian-check "$(live_database "$index")" >"$scratch/check" 2>&1 && pass ||
      fail "$context: xapian-check: $(tail -n 5 "$scratch/check")"
  fi
  "$dump_bin" "$index" >"$scratch/killed.dump" 2>&1 && pass ||
    fail "$context: $(grep -v '^release ' "$scratch/killed.dump" | head -n 5)"
  local foreign
  foreign=$(grep '^release ' "$scratch/killed.dump" | sort | comm -23 - <(sort "$scratch/reference.dump"))
  [ -z "$foreign" ] && pass || fail "$context: releases that differ from an uninterrupted build: $(head -n 3 <<<"$foreign")"
}

# complete_run CONTEXT: a run to the end after a kill gives exactly the uninterrupted index.
complete_run() {
  "$index_bin" --quiet --index "$index" "$folder" >"$scratch/out" 2>&1
  local status=$?
  [ "$status" -eq 0 ] && pass || fail "$1: the run after the kill: status $status, $(cat "$scratch/out")"
  grep -q "; $files releases in the index" "$scratch/out" && pass || fail "$1: $(cat "$scratch/out")"
  "$dump_bin" "$index" >"$scratch/after.dump" 2>&1
  diff -q "$scratch/reference.dump" "$scratch/after.dump" >/dev/null && pass ||
    fail "$1: after completion the index differs from an uninterrupted build: $(diff "$scratch/reference.dump" "$scratch/after.dump" | head -n 5)"
  complete_once=yes
}

complete_once=no
for round in $(seq 1 "$rounds"); do
  case $((round % 4)) in
    1) rm -rf "$index"; complete_once=no; killed_run "first build" ;;
    2) killed_run "--rebuild" --rebuild ;;
    3) rm -rf "$index"; complete_once=no; killed_run "first build"; killed_run "resumed build" ;;
    0) mkdir -p "$scratch/aside" && mv "$folder/newsramp" "$scratch/aside/" &&
         "$index_bin" --quiet --index "$index" "$folder" >/dev/null && mv "$scratch/aside/newsramp" "$folder/" &&
         killed_run "update adding files back, committed every 25" --batch 25 ;;
  esac
  complete_run "round $round"
done
echo "$kills of $runs runs were killed before they finished"
# Machine load may let a run finish first now and then, but not most of them.
[ $((kills * 3)) -ge "$runs" ] && pass || fail "only $kills of $runs runs were killed mid-way"
finish
