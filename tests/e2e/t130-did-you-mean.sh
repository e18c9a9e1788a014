# Did you mean: misspelt words and names get a suggestion from the index's own words;
# --auto-correct runs it. The spelling data follows the releases as they change.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
cp -r "$corpus" "$scratch/corpus"
"$index_bin" --quiet --index "$index" "$scratch/corpus" >/dev/null || fail "indexing failed"
seed1=seeds/001_2d0bd46c00fc22b8.txt

expect_output_contains "Did you mean: Dorotovics?" "$search_bin" --index "$index" Dorotovic
# A capitalised word is corrected to a name first (Taikang), a lower-case one to any word.
expect_output_contains "Did you mean: Taikang healthcare?" "$search_bin" --index "$index" Taikng healthcare
expect_output_contains "Did you mean: pediatric oncology?" "$search_bin" --index "$index" paediatirc oncology
# Fields, phrases and operators are kept as typed around the corrected words.
expect_output_contains 'Did you mean: speaker:Dorotovics OR title:"Mount Sinai"?' \
  "$search_bin" --index "$index" 'speaker:Dorotovic OR title:"Mount Sinia"'
# A suggestion that would itself find nothing is not offered: the nearest name word makes a
# phrase that no speaker's name holds.
out=$("$search_bin" --index "$index" 'speaker:"Mount Dorotovic"')
[[ "$out" != *"Did you mean"* && "$out" == *"No releases match"* ]] && pass ||
  fail "suggestion that finds nothing: $out"
# Known words get no suggestion.
out=$("$search_bin" --index "$index" Taikang healthcare)
[[ "$out" != *"Did you mean"* ]] && pass || fail "suggestion for known words: $out"

# --auto-correct runs the suggestion; JSON carries it on a last line.
expect_first_hit 'Taikng healthcare' $seed1 --auto-correct
expect_output_contains "Showing results for: Taikang healthcare" "$search_bin" --index "$index" --auto-correct Taikng healthcare
"$search_bin" --index "$index" --json --auto-correct -- 'Taikng healthcare' >"$scratch/json"
python3 - "$scratch/json" <<'PY' && pass || fail "JSON suggestion: $(cat "$scratch/json")"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert lines[0]["path"].endswith("001_2d0bd46c00fc22b8.txt"), lines[0]
assert lines[-1] == {"suggestion": "Taikang healthcare", "auto_corrected": True,
                     "total_estimate": lines[-1]["total_estimate"]}, lines[-1]
PY
# With every word required, nothing matches and the suggestion is the only line; by
# default the releases with "healthcare" come, and the suggestion is still the last line.
out=$("$search_bin" --index "$index" --json --all-words -- 'Taikng healthcare')
[[ "$out" == '{"auto_corrected":false,"suggestion":"Taikang healthcare","total_estimate":0}' ]] && pass ||
  fail "JSON without --auto-correct: $out"
out=$("$search_bin" --index "$index" --json -- 'Taikng healthcare' | tail -n 1)
[[ "$out" == '{"auto_corrected":false,"suggestion":"Taikang healthcare","total_estimate":'* ]] && pass ||
  fail "JSON without --auto-correct, some words: last line $out"

# The spelling data follows the index: a word of a release that is deleted is no longer
# suggested; a new release's words are.
printf 'Zanzibarian wombats\n\nThe Zanzibarian wombats arrived today.\n' >"$scratch/corpus/wombats.txt"
"$index_bin" --quiet --index "$index" "$scratch/corpus" >/dev/null
expect_output_contains "Did you mean: Zanzibarian?" "$search_bin" --index "$index" Zanzibarien
rm "$scratch/corpus/wombats.txt"
"$index_bin" --quiet --index "$index" "$scratch/corpus" >/dev/null
out=$("$search_bin" --index "$index" Zanzibarien)
[[ "$out" != *"Zanzibarian"* ]] && pass || fail "deleted release's word still suggested: $out"
finish
