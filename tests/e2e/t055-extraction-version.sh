# An index records the version of the extraction that built it; an index built by other
# extraction rules (an older pressdex) is extracted again by the next run, not left with
# stale speakers and organisations, and a --no-extract index is rebuilt with extraction.
source "$(dirname "$0")/lib.sh"
use_sample_folder
live() { ls -d "$index"/gen-* | head -n 1; }

run >/dev/null || fail "first run failed"
version=$(xapian-metadata get "$(live)" pressdex.extraction)
[[ "$version" =~ ^[0-9]+$ ]] && pass || fail "extraction version in the index: '$version'"

out=$(run 2>&1) || fail "unchanged run failed"
[[ "$out" == *"added 0, updated 0, unchanged $total,"* ]] && pass || fail "unchanged re-run said: $out"

grep -q "note:" <<<"$("$search_bin" --index "$index" --limit 1 -- the 2>&1 >/dev/null)" &&
  fail "a current index is said to be outdated" || pass
xapian-metadata set "$(live)" pressdex.extraction 1
# the searcher still answers from it, and says once, on stderr, how to bring it up to date
err=$("$search_bin" --index "$index" --json --limit 1 -- the 2>&1 >/dev/null) || fail "search of an outdated index failed"
[[ "$err" == *"$index: extracted by another version's rules; run pressdex-index on it again"* ]] && pass ||
  fail "no note of the outdated extraction: '$err'"
hits=$("$search_bin" --index "$index" --json --limit 1 -- the 2>/dev/null | wc -l)
[ "$hits" -eq 1 ] && pass || fail "an outdated index gave $hits hits"
out=$(run 2>&1) || fail "run after the version changed failed"
[[ "$out" == *"extracting every release again"* ]] && pass || fail "no word of re-extraction: $out"
[[ "$out" == *"added $total,"* ]] && pass || fail "not every release re-extracted: $out"
[ "$(xapian-metadata get "$(live)" pressdex.extraction)" = "$version" ] && pass ||
  fail "the rebuilt index does not record this build's extraction version"
err=$("$search_bin" --index "$index" --limit 1 -- the 2>&1 >/dev/null)
[ -z "$err" ] && pass || fail "note still given after re-extraction: '$err'"

"$index_bin" --quiet --no-extract --rebuild --index "$index" "$folder" >/dev/null || fail "--no-extract rebuild failed"
[ "$(xapian-metadata get "$(live)" pressdex.extraction)" = "none" ] && pass || fail "--no-extract index not marked"
out=$(run 2>&1)
[[ "$out" == *"added $total,"* ]] && pass || fail "an index built without extraction was not extracted: $out"
finish
