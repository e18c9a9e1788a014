# The index folder: generations swapped by a stub, one writer at a time, leftovers of killed
# runs cleaned up, and old indexes refused with a way out.
source "$(dirname "$0")/lib.sh"
use_sample_folder

expect_output_contains "added $total," run
[ -f "$index/XAPIANDB" ] && [ -d "$index/gen-1" ] && pass || fail "first build: $(ls "$index")"

# A rebuild makes a new generation and drops the old one.
expect_output_contains "added $total," run --rebuild
[ -d "$index/gen-2" ] && [ ! -e "$index/gen-1" ] && pass || fail "after rebuild: $(ls "$index")"
expect_first_hit 'title:Taikang' seeds/001_2d0bd46c00fc22b8.txt

# What a killed run leaves behind is removed by the next one.
mkdir -p "$index/tmp-99999/segment-0-0" "$index/gen-77"
expect_output_contains "unchanged $total," run
[ ! -e "$index/tmp-99999" ] && [ ! -e "$index/gen-77" ] && [ -d "$index/gen-2" ] && pass ||
  fail "leftovers not removed: $(ls "$index")"

# Another writer holds the lock: a clear error naming it, or --wait for it.
echo "pid 4242 on somewhere, started yesterday" > "$index/pressdex.lock"
flock "$index/pressdex.lock" sleep 3 &
holder=$!
sleep 0.3
out=$(run 2>&1); status=$?
[ "$status" -eq 1 ] && pass || fail "locked index: exit $status"
[[ "$out" == *"being updated by another pressdex-index (pid 4242 on somewhere"*"--wait"* ]] && pass ||
  fail "locked index message: $out"
expect_output_contains "unchanged $total," run --wait
wait "$holder"

# The disk fills up during a rebuild (a file size limit stands in for it): one clear line,
# exit 1, and the index searches as before.
out=$( (trap '' XFSZ; ulimit -f 16; run --rebuild) 2>&1); status=$?
[ "$status" -eq 1 ] && [[ "$out" == *"cannot write the new index"*"the index is left as it was"* ]] &&
  pass || fail "full disk: exit $status, $out"
[ -d "$index/gen-2" ] && [ "$(ls -d "$index"/gen-* "$index"/tmp-* 2>/dev/null | wc -l)" -eq 1 ] && pass ||
  fail "full disk left: $(ls "$index")"
expect_first_hit 'title:Taikang' seeds/001_2d0bd46c00fc22b8.txt

# Not an index: refused, and nothing written into it.
mkdir -p "$scratch/documents" && echo keep > "$scratch/documents/notes.txt"
out=$("$index_bin" --quiet --index "$scratch/documents" "$folder" 2>&1); status=$?
[ "$status" -eq 1 ] && [[ "$out" == *"is not an index"* ]] && [ "$(ls "$scratch/documents")" = notes.txt ] &&
  pass || fail "non-index folder: exit $status, $out"

# An index from before generations (tables directly in the folder) asks for --rebuild.
legacy=$scratch/legacy
mkdir -p "$legacy" && cp "$index"/gen-2/* "$legacy/"
out=$("$index_bin" --quiet --index "$legacy" "$folder" 2>&1); status=$?
[ "$status" -eq 1 ] && [[ "$out" == *"--rebuild"* ]] && pass || fail "legacy index: exit $status, $out"
expect_output_contains "added $total," "$index_bin" --quiet --index "$legacy" --rebuild "$folder"
[ ! -e "$legacy/iamglass" ] && [ -f "$legacy/XAPIANDB" ] && pass || fail "legacy tables left: $(ls "$legacy")"
index=$legacy expect_first_hit 'title:Taikang' seeds/001_2d0bd46c00fc22b8.txt
finish
