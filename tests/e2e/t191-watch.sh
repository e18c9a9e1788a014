# Live folders: `pressdex-index --watch FOLDER` indexes the folder, then follows it. A file
# added, changed, renamed, moved out or in, saved the way editors do, or removed, and
# folders made, renamed and removed, show in searches within seconds; hidden files never
# do; the folder itself removed and made again is followed again; a one-off run can write in
# between; being killed with SIGKILL in the middle of a batch leaves a sound index that the
# next start completes into exactly what a plain run builds; and reaching the inotify watch
# limit is said in one line, the folders beyond it being walked instead.
#
# Latency: each change is polled for up to PRESSDEX_WATCH_DEADLINE_MS (default 30000: a
# loaded machine is slow, and a timed test must not be flaky); the latencies measured are
# printed, with a note when one is above the 2 seconds the watcher aims at.
source "$(dirname "$0")/lib.sh"
dump_bin=${PRESSDEX_INDEX_DUMP_BIN:?}
deadline_ms=${PRESSDEX_WATCH_DEADLINE_MS:-30000}
index=$scratch/index
folder=$scratch/releases
mkdir -p "$folder" "$scratch/outside"
cp -r "$corpus/seeds" "$folder/"

watcher=""
trap '[ -n "$watcher" ] && kill -KILL "$watcher" 2>/dev/null; rm -rf "$scratch"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
mark() { t0=$(now_ms); }
latencies=""

# seen WHAT COMMAND...: polls COMMAND until it succeeds, then records how long since `mark`.
seen() {
  local what=$1; shift
  local now
  while :; do
    if "$@"; then
      now=$(now_ms)
      # Starting includes the first run: not a latency.
      [[ $what == start* ]] || latencies+="$what $((now - t0)) ms; "
      pass
      return 0
    fi
    now=$(now_ms)
    if (( now - t0 > deadline_ms )); then
      fail "$what: not seen after $deadline_ms ms"
      return 1
    fi
    sleep 0.05
  done
}

# The paths of the hits of QUERY.
hits() { "$search_bin" --index "$index" --json --limit 1000 -- "$1" 2>/dev/null | grep -o '"path":"[^"]*"'; }
has_hit() { grep -q "/releases/$2\"$" <<<"$(hits "$1")"; }  # QUERY PATH below the folder
no_hit() { ! has_hit "$@"; }

# A small release whose headline and text hold WORD.
write_release() { printf '# Watch test: the %s release\n\nThe %s release, written by the watch test.\n' "$2" "$2" >"$1"; }

start_watch() { # [OPTIONS...]
  "$index_bin" --watch --quiet --index "$index" "$@" "$folder" >"$scratch/watch.out" 2>>"$scratch/watch.err" &
  watcher=$!
  mark
  seen "start" grep -q '^watching ' "$scratch/watch.out"
}
stop_watch() {
  kill -KILL "$watcher" 2>/dev/null
  wait "$watcher" 2>/dev/null
  watcher=""
}

start_watch
grep -q "^added 2, .*; 2 releases in the index$" "$scratch/watch.out" && pass ||
  fail "first run: $(cat "$scratch/watch.out")"

# A file written, then rewritten in place.
mark; write_release "$folder/new.md" zebrafish
seen "add" has_hit zebrafish new.md
mark; write_release "$folder/new.md" quokka
seen "change" eval 'has_hit quokka new.md && no_hit zebrafish new.md'
# Renamed, moved out of the folder, moved back in under another name, removed.
mark; mv "$folder/new.md" "$folder/renamed.md"
seen "rename" eval 'has_hit quokka renamed.md && no_hit quokka new.md'
mark; mv "$folder/renamed.md" "$scratch/outside/"
seen "move out" no_hit quokka renamed.md
mark; mv "$scratch/outside/renamed.md" "$folder/back.md"
seen "move in" has_hit quokka back.md
mark; rm "$folder/back.md"
seen "delete" no_hit quokka back.md
# Saved as editors do: a hidden temporary file, renamed over the release.
write_release "$folder/saved.md" axolotl
mark; write_release "$folder/.saved.md.tmp" aardvark && mv "$folder/.saved.md.tmp" "$folder/saved.md"
seen "editor save" eval 'has_hit aardvark saved.md && no_hit axolotl saved.md'
# Hidden files are never indexed: once a later change is in, the hidden one is still not.
write_release "$folder/.hidden.md" narwhal
mark; write_release "$folder/marker.md" okapi
seen "after a hidden file" has_hit okapi marker.md
[ -z "$(hits narwhal)" ] && pass || fail "a hidden file was indexed: $(hits narwhal)"

# Folders: made with releases in them, renamed, removed; a folder made empty, filled later.
mark; mkdir -p "$folder/wire/2024/0101" && write_release "$folder/wire/2024/0101/a.md" wombat &&
  write_release "$folder/wire/b.md" wombat
seen "new folders" eval 'has_hit wombat wire/2024/0101/a.md && has_hit wombat wire/b.md'
mark; mv "$folder/wire" "$folder/wire2"
seen "folder renamed" eval 'has_hit wombat wire2/2024/0101/a.md && no_hit wombat wire/2024/0101/a.md'
mark; rm -rf "$folder/wire2"
seen "folder removed" eval '[ -z "$(hits wombat)" ]'
mkdir "$folder/later"
sleep 0.3
mark; write_release "$folder/later/c.md" tapir
seen "file in a new folder" has_hit tapir later/c.md

# The folder itself removed, then made again: followed again.
mark; rm -rf "$folder"
seen "watched folder removed" eval '[ -z "$(hits title:taikang)" ]'
mark; mkdir "$folder" && cp -r "$corpus/seeds" "$folder/"
seen "watched folder back" has_hit title:taikang seeds/001_2d0bd46c00fc22b8.txt
mark; write_release "$folder/after.md" pangolin
seen "file in the folder made again" has_hit pangolin after.md
grep -q "removed or moved away" "$scratch/watch.err" && grep -q "is back" "$scratch/watch.err" && pass ||
  fail "the folder's removal and return were not told: $(cat "$scratch/watch.err")"

# Batches: a burst of files is written in a few batches, not one by one.
batches_before=$(grep -c "releases in the index" "$scratch/watch.out")
mark; cp -r "$corpus/newsramp/citybiz" "$folder/"
files=$(find "$folder/citybiz" -type f | wc -l)
seen "a burst of $files files" eval '[ "$(hits path:citybiz | wc -l)" -eq '"$files"' ]'
batches=$(( $(grep -c "releases in the index" "$scratch/watch.out") - batches_before ))
[ "$batches" -lt "$files" ] && pass || fail "$files files took $batches batches"
echo "a burst of $files files: $batches batches"

# One writer at a time: a one-off run waits for the lock between batches, and succeeds.
out=$("$index_bin" --quiet --wait --index "$index" "$folder" 2>&1) && [[ "$out" == *"releases in the index"* ]] &&
  pass || fail "a one-off run beside --watch: $out"
stop_watch
[ "$(grep -vc -e "removed or moved away" -e "is back" "$scratch/watch.err")" -eq 0 ] && pass ||
  fail "unexpected messages: $(cat "$scratch/watch.err")"

# SIGKILL in the middle of a batch, committed every 25 releases: the index left is sound and
# searchable, and after a restart it is exactly what a plain run over the folder builds.
releases_in() { "$dump_bin" "$1" 2>/dev/null | grep -c '^release '; }
mid_batch=0
for round in 1 2 3; do
  start_watch --batch 25
  before=$(releases_in "$index")
  case $round in
    2) rm -rf "$folder/newsramp"; what="removing a folder of releases" ;;
    *) cp -r "$corpus/newsramp" "$folder/"; what="adding a folder of releases" ;;
  esac
  # Adding 298 releases takes seconds (the first commit comes after 256 are prepared);
  # removing them, less than one.
  delay=$([ "$round" -eq 2 ] && echo $((RANDOM % 800 + 100)) || echo $((RANDOM % 3500 + 300)))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  stop_watch
  if "$search_bin" --index "$index" --limit 1 -- 'type:md OR type:txt' >"$scratch/out" 2>&1; then pass
  else fail "round $round: the index does not open after SIGKILL: $(cat "$scratch/out")"; fi
  if command -v xapian-check >/dev/null; then
    read -r _ generation <"$index/XAPIANDB"
    xapian-check "$index/$generation" >"$scratch/check" 2>&1 && pass ||
      fail "round $round: xapian-check: $(tail -n 3 "$scratch/check")"
  fi
  "$dump_bin" "$index" >"$scratch/killed.dump" 2>&1 && pass ||
    fail "round $round: $(grep -v '^release ' "$scratch/killed.dump" | head -n 3)"
  left=$(grep -c '^release ' "$scratch/killed.dump")
  target=$(find "$folder" -name '*.md' -o -name '*.txt' | grep -vc '/\.')
  if { [ "$left" -gt "$before" ] && [ "$left" -lt "$target" ]; } ||
     { [ "$left" -lt "$before" ] && [ "$left" -gt "$target" ]; }; then
    mid_batch=$((mid_batch + 1)); outcome="killed mid-batch"
  else outcome="killed before or after the batch"; fi
  echo "round $round, $what, SIGKILL after $delay ms: $before releases before, $left after, $target in the folder: $outcome"
  start_watch --batch 25
  stop_watch
  rm -rf "$scratch/reference"
  "$index_bin" --quiet --index "$scratch/reference" "$folder" >/dev/null
  "$dump_bin" "$scratch/reference" >"$scratch/reference.dump"
  "$dump_bin" "$index" >"$scratch/after.dump"
  diff -q "$scratch/reference.dump" "$scratch/after.dump" >/dev/null && pass ||
    fail "round $round: after a restart the index differs from a plain run's: $(diff "$scratch/reference.dump" "$scratch/after.dump" | head -n 4)"
done
echo "SIGKILL landed mid-batch in $mid_batch of 3 rounds"

# The inotify watch limit, lowered to 3 in a user namespace of this test's own: one line
# says so, and the folders beyond it are walked instead (every second with --rescan 1).
limited=$scratch/limited
mkdir -p "$limited"/{s1,s2,s3,s4,s5,s6}
limit_watch() {
  unshare --user --map-root-user sh -c 'echo 3 >/proc/sys/user/max_inotify_watches && exec "$@"' sh \
    "$index_bin" --watch --quiet --rescan 1 --index "$scratch/limited-index" "$limited" \
    >"$scratch/limit.out" 2>"$scratch/limit.err" &
  watcher=$!
}
if unshare --user --map-root-user sh -c 'echo 3 >/proc/sys/user/max_inotify_watches' 2>/dev/null; then
  limit_watch
  mark; seen "start under the limit" grep -q '^watching ' "$scratch/limit.out"
  [ "$(grep -c "inotify watch limit" "$scratch/limit.err")" -eq 1 ] && [ "$(wc -l <"$scratch/limit.err")" -eq 1 ] &&
    pass || fail "the watch limit was not said in one line: $(cat "$scratch/limit.err")"
  mark; for s in s1 s2 s3 s4 s5 s6; do write_release "$limited/$s/r.md" capybara; done
  index=$scratch/limited-index seen "files beyond the watch limit" eval '[ "$(hits capybara | wc -l)" -eq 6 ]'
  stop_watch
else
  echo "SKIP: no user namespaces here, so the watch limit cannot be lowered for this test"
fi

echo "watch latency: $latencies"
slow=$(grep -o '[0-9]* ms' <<<"$latencies" | awk '$1 > 2000' | wc -l)
[ "$slow" -eq 0 ] || echo "NOTE: $slow changes took over 2 s to show (a loaded machine?)"
finish
