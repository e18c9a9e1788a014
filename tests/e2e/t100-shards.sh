# pressdex-index --shard K/N splits corpus/ into disjoint shards that cover it; searching
# the shards together (several --index, or a stub file listing them) gives the rankings,
# scores, totals and facets of one index of all the files.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shards_lib.sh"
build_shards "$scratch" 2
full_index=$scratch/full
total=$(find "$corpus" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | wc -l)

# Disjoint, and together the whole corpus.
added() { sed -n 's/^added \([0-9]*\),.*/\1/p' "$1"; }
a=$(added "$scratch/shard1.summary") b=$(added "$scratch/shard2.summary")
[ "$((a + b))" -eq "$total" ] && [ "$a" -gt 0 ] && [ "$b" -gt 0 ] && pass ||
  fail "shards hold $a + $b releases, the corpus $total"
list_paths() { "$search_bin" --index "$1" --json --all-copies --limit 100000 -- 'type:md OR type:txt OR type:html' |
               python3 -c 'import json,sys; [print(json.loads(l)["path"]) for l in sys.stdin]' | sort; }
list_paths "$scratch/shard1" >"$scratch/paths1"
list_paths "$scratch/shard2" >"$scratch/paths2"
list_paths "$scratch/full" >"$scratch/paths"
[ -z "$(comm -12 "$scratch/paths1" "$scratch/paths2")" ] && pass || fail "a file is in both shards"
sort -m "$scratch/paths1" "$scratch/paths2" | cmp -s - "$scratch/paths" && pass ||
  fail "the shards together are not the whole corpus"

# The split depends on paths below the folder given, not on where the folder is.
cp -r "$corpus" "$scratch/moved"
"$index_bin" --quiet --index "$scratch/moved-shard1" --shard 1/2 "$scratch/moved" >"$scratch/moved.summary"
[ "$(added "$scratch/moved.summary")" = "$a" ] && pass || fail "shard 1/2 of a moved corpus differs"
rm -rf "$scratch/moved"

# Several indexes, and a stub file in another folder listing them by relative path.
compare_all "two local shards" "--index $scratch/shard1 --index $scratch/shard2"
mkdir -p "$scratch/stubs"
printf 'auto ../shard1\nauto ../shard2\n' >"$scratch/stubs/archive.stub"
compare_all "a stub file" "--index $scratch/stubs/archive.stub"

# Re-running an index with --shard drops the files of the other shards.
cp -r "$scratch/full" "$scratch/narrowed"
"$index_bin" --quiet --index "$scratch/narrowed" --shard 2/2 "$corpus" >"$scratch/narrowed.summary"
grep -q "removed $a, .*; $b releases in the index" "$scratch/narrowed.summary" && pass ||
  fail "re-run with --shard 2/2: $(cat "$scratch/narrowed.summary"), expected $a removed"

# Bad shards are usage errors with one line; so is an index among several that is missing.
for bad in 0/2 3/2 2 x/y 1/0; do
  "$index_bin" --quiet --index "$scratch/bad" --shard "$bad" "$corpus" >/dev/null 2>"$scratch/err"
  status=$?
  [ "$status" -eq 2 ] && [ "$(wc -l <"$scratch/err")" -eq 1 ] && grep -q "bad shard '$bad'" "$scratch/err" &&
    [ ! -e "$scratch/bad" ] && pass || fail "--shard $bad: status $status, $(cat "$scratch/err")"
done
"$search_bin" --index "$scratch/shard1" --index "$scratch/missing" -- hospital >/dev/null 2>"$scratch/err"
[ $? -eq 1 ] && grep -q "^pressdex-search: $scratch/missing: no index here" "$scratch/err" && pass ||
  fail "a missing index among several: $(cat "$scratch/err")"
finish
