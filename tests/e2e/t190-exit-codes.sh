# One exit-status contract for every tool (tools/cli_common.hpp, README, man pages):
# 0 success, 1 failure (index missing, damaged, locked, disk full; a folder missing),
# 2 usage or query error; never CLI11's own codes (105, 106, 109...). Each failure or usage
# error says what is wrong in one line on stderr.
source "$(dirname "$0")/lib.sh"
index=$scratch/index

# expect_status STATUS WHAT COMMAND...: exits with STATUS; when STATUS is not 0, stderr is one
# line containing WHAT (a usage error also points to --help).
expect_status() {
  local status=$1 what=$2; shift 2
  "$@" >"$scratch/out" 2>"$scratch/err" </dev/null
  local got=$? lines
  lines=$(wc -l <"$scratch/err")
  if [ "$got" -ne "$status" ]; then
    fail "'$*': status $got, expected $status; stderr: $(cat "$scratch/err")"
  elif [ "$status" -ne 0 ] && { [ "$lines" -ne 1 ] || ! grep -qF -- "$what" "$scratch/err"; }; then
    fail "'$*': stderr is not one line with '$what': $(cat "$scratch/err")"
  elif [ "$status" -eq 2 ] && ! grep -q -- "--help" "$scratch/err" && ! grep -q "bad query" "$scratch/err"; then
    fail "'$*': a usage error that does not point to --help: $(cat "$scratch/err")"
  else
    pass
  fi
}

# 0: success, including --help, --version and a search that finds nothing.
expect_status 0 "" "$index_bin" --quiet --index "$index" "$corpus/seeds"
expect_status 0 "" "$search_bin" --index "$index" taikang
expect_status 0 "" "$search_bin" --index "$index" zzzznotaword
for tool in "$index_bin" "$search_bin"; do
  expect_status 0 "" "$tool" --help
  grep -q -- "--index" "$scratch/out" && pass || fail "$tool --help printed: $(cat "$scratch/out")"
  expect_status 0 "" "$tool" -h
  expect_status 0 "" "$tool" --version
  grep -q "^pressdex-[a-z]* $(cat "$source_dir/VERSION")$" "$scratch/out" && pass ||
    fail "$tool --version printed: $(cat "$scratch/out")"
done
expect_status 0 "" "$index_bin" extract --help
expect_status 0 "" "$index_bin" extract "$corpus/seeds/001_2d0bd46c00fc22b8.txt"

# 2: usage errors, which CLI11 alone would exit with 105, 106, 107, 108 or 109.
expect_status 2 "--nope" "$search_bin" --index "$index" --nope taikang      # unknown option (109)
expect_status 2 "--nope" "$index_bin" --nope "$corpus/seeds"
expect_status 2 "--sort" "$search_bin" --index "$index" --sort foo taikang  # not a member (105)
expect_status 2 "--limit" "$search_bin" --index "$index" --limit abc taikang # not a number (106)
expect_status 2 "--offset" "$search_bin" --index "$index" taikang --offset  # value missing
expect_status 2 "QUERY" "$search_bin" --index "$index"                      # nothing to search
expect_status 2 "--batch" "$index_bin" --index "$index" --batch 0 "$corpus/seeds" # range (105)
expect_status 2 "--batch" "$index_bin" --index "$index" --batch x "$corpus/seeds"
expect_status 2 "--jobs" "$index_bin" --index "$index" --jobs -1 "$corpus/seeds"
expect_status 2 "--rescan" "$index_bin" --index "$index" --watch --rescan soon "$corpus/seeds"
expect_status 2 "--rescan" "$index_bin" --index "$index" --rescan 5 "$corpus/seeds" # needs --watch
expect_status 2 "shard" "$index_bin" --index "$index" --shard 0/4 "$corpus/seeds"
expect_status 2 "FOLDER" "$index_bin" --index "$index"                      # nothing to index
expect_status 2 "FILE" "$index_bin" extract                                 # required (106)
# A query that cannot be understood is a usage error too (t030 has every kind).
expect_status 2 "bad query" "$search_bin" --index "$index" -- '"unbalanced'
expect_status 2 "bad query" "$search_bin" --index "$index" -- 'speakr:x'

# 1: failures.
expect_status 1 "no index here" "$search_bin" --index "$scratch/missing" taikang
expect_status 1 "no such file or folder" "$index_bin" --quiet --index "$index" "$scratch/missing"
expect_status 1 "no such file or folder" "$index_bin" --quiet --watch --index "$index" "$scratch/missing"
expect_status 1 "nonexistent.md" "$index_bin" extract "$scratch/nonexistent.md"
mkdir -p "$scratch/papers" && echo keep >"$scratch/papers/notes.txt"
expect_status 1 "not an index" "$index_bin" --quiet --index "$scratch/papers" "$corpus/seeds"
# Locked by another writer (flock stands in for it), with --watch too.
flock "$index/pressdex.lock" sleep 10 &
holder=$!
for _ in $(seq 100); do flock -n "$index/pressdex.lock" true 2>/dev/null || break; sleep 0.05; done
expect_status 1 "being updated by another pressdex-index" "$index_bin" --quiet --index "$index" "$corpus/seeds"
expect_status 1 "being updated by another pressdex-index" "$index_bin" --quiet --watch --index "$index" "$corpus/seeds"
kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
# The disk fills during an update (a file size limit stands in for a full disk).
cp -r "$corpus/newsramp" "$scratch/more"
out=$( (trap '' XFSZ; ulimit -f 64; "$index_bin" --quiet --index "$index" "$corpus/seeds" "$scratch/more") 2>&1)
status=$?
[ "$status" -eq 1 ] && [[ "$out" == *"$index"* ]] && pass || fail "full disk: status $status, $out"
# A damaged index: the searcher and the indexer both say so, with status 1 (not an abort).
cp -r "$index" "$scratch/damaged"
for table in "$scratch"/damaged/gen-*/postlist.glass "$scratch"/damaged/gen-*/iamglass; do
  head -c 64 /dev/urandom >"$table"
done
expect_status 1 "$scratch/damaged: cannot" "$search_bin" --index "$scratch/damaged" taikang
expect_status 1 "$scratch/damaged: cannot" "$index_bin" --quiet --index "$scratch/damaged" "$corpus/seeds"
finish
