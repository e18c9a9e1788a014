# Shared by the end-to-end scripts: a scratch folder, the binaries, and small assertions
# that say what was expected and what came out.
set -uo pipefail
index_bin=${PRESSDEX_INDEX_BIN:?}
search_bin=${PRESSDEX_SEARCH_BIN:?}
source_dir=${PRESSDEX_SOURCE_DIR:?}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# corpus/ as the tests before issue 12 count it: without corpus/formats/ (PDF, DOCX, ODT,
# email and feed samples, whose extra releases and syndicated copies of corpus/ releases
# those counts leave out). tests/e2e/t200-formats.sh indexes the whole of corpus/.
corpus=$scratch/corpus
cp -r "$source_dir/corpus" "$corpus" && rm -rf "$corpus/formats"
failures=0
checks=0

pass() { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*" >&2; }

# expect_first_hit QUERY PATH_SUFFIX [search options...]
expect_first_hit() {
  local query=$1 suffix=$2; shift 2
  local first
  first=$("$search_bin" --index "$index" --json "$@" -- "$query" | head -n 1 |
          python3 -c 'import json,sys; l=sys.stdin.read(); print(json.loads(l)["path"] if l.strip() else "")')
  if [[ "$first" == *"$suffix" ]]; then pass; else fail "'$query': first hit '$first', expected *$suffix"; fi
}

# expect_hit QUERY PATH_SUFFIX [search options...]: anywhere in the results
expect_hit() {
  local query=$1 suffix=$2; shift 2
  local out
  out=$("$search_bin" --index "$index" --json --limit 1000 "$@" -- "$query")
  if grep -q "\"path\":\"[^\"]*$suffix\"" <<<"$out"; then pass
  else fail "'$query': no hit ending in $suffix"; fi
}

# expect_no_hit QUERY PATH_SUFFIX
expect_no_hit() {
  local query=$1 suffix=$2; shift 2
  local out
  out=$("$search_bin" --index "$index" --json --limit 1000 "$@" -- "$query")
  if grep -q "\"path\":\"[^\"]*$suffix\"" <<<"$out"; then
    fail "'$query': unexpected hit ending in $suffix"; else pass; fi
}

# expect_output_contains TEXT COMMAND...
expect_output_contains() {
  local text=$1; shift
  local out
  out=$("$@" 2>&1)
  if [[ "$out" == *"$text"* ]]; then pass; else fail "'$*' printed '$out', expected it to contain '$text'"; fi
}

# use_sample_folder: $folder, a copy of corpus/'s seeds and one newsramp wire, which the
# test may change; $total, its file count; run [OPTIONS...], which indexes it into $index.
use_sample_folder() {
  index=$scratch/index
  folder=$scratch/releases
  mkdir -p "$folder"
  cp -r "$corpus/seeds" "$corpus/newsramp/citybiz" "$folder/"
  total=$(find "$folder" -type f | wc -l)
  run() { "$index_bin" --quiet --index "$index" "$@" "$folder"; }
}

finish() {
  echo "$((checks - failures)) passed, $failures failed"
  [ "$failures" -eq 0 ]
}
