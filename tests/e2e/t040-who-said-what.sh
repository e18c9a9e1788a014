# Speakers, organisations, roles and quotes as fields; quote mode; facets.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
"$index_bin" --quiet --index "$index" "$corpus" >/dev/null || fail "indexing corpus/ failed"
seed0=seeds/000_35193172f99c5425.txt
seed1=seeds/001_2d0bd46c00fc22b8.txt

expect_first_hit 'speaker:"Madeline Bell"' $seed0
expect_first_hit 'speaker:"kenneth davis"' $seed0
expect_hit 'speaker:davis' $seed0
# MSHS is learned as Mount Sinai Health System from seed 000, which seed 001 names too
expect_hit 'org:MSHS' $seed0
expect_hit 'org:MSHS' $seed1
expect_hit 'org:CHOP' $seed0
expect_hit "org:\"Children's Hospital of Philadelphia\"" $seed0
expect_first_hit 'speaker:Dorotovics' $seed1
expect_hit 'role:CEO' $seed1
expect_first_hit 'quote:"highest quality care"' $seed0
# Words outside quotations are not quote: words.
expect_no_hit 'quote:"paediatric oncology"' $seed0

# Quote mode: single quotes, filtered by their own speaker.
"$search_bin" --index "$index" --quotes --json -- 'speaker:liu' >"$scratch/liu"
python3 - "$scratch/liu" <<'PY' && pass || fail "--quotes speaker:liu: $(cat "$scratch/liu")"
import json, sys
quotes = [json.loads(l) for l in open(sys.argv[1])]
assert quotes, "no quotes"
assert quotes[0]["speaker"] == "Benjamin Liu", quotes[0]
assert quotes[0]["text"].startswith("During the last 165 years"), quotes[0]["text"][:60]
assert quotes[0]["path"].endswith("001_2d0bd46c00fc22b8.txt")
PY
"$search_bin" --index "$index" --quotes --json --limit 100 -- 'speaker:davis care' >"$scratch/davis"
python3 - "$scratch/davis" <<'PY' && pass || fail "--quotes speaker:davis care: $(cat "$scratch/davis")"
import json, sys
quotes = [json.loads(l) for l in open(sys.argv[1])]
assert quotes and all(q["speaker"] == "Kenneth Davis" for q in quotes), quotes
assert all("care" in q["text"].lower() for q in quotes)
PY
# In a release quoting three people, a speaker filter keeps only that speaker's quotes.
"$search_bin" --index "$index" --quotes --json --limit 100 -- 'speaker:klein taikang' >"$scratch/klein"
python3 -c '
import json,sys
q=[json.loads(l) for l in open(sys.argv[1])]
assert q and {x["speaker"] for x in q}=={"Arthur Klein"}, q' "$scratch/klein" && pass || fail "speaker:klein quotes: $(cat "$scratch/klein")"

# Facets count all matches, not only the page shown.
"$search_bin" --index "$index" --json --limit 1 --facets speaker,org,year -- 'mount sinai' >"$scratch/facets"
python3 - "$scratch/facets" <<'PY' && pass || fail "facets: $(cat "$scratch/facets")"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
facets = lines[-1]["facets"]
speakers = {f["value"]: f["count"] for f in facets["speaker"]}
assert {"Kenneth Davis", "Madeline Bell", "Arthur Klein"} <= set(speakers), speakers
assert {"2018"} <= {f["value"] for f in facets["year"]}, facets["year"]
assert len(lines) == 2  # one hit (the page), then the facets over every match
PY
expect_output_contains "speakers: Kenneth Davis; Madeline Bell" "$search_bin" --index "$index" 'speaker:"Madeline Bell"'
expect_output_contains "unknown facet" "$search_bin" --index "$index" --facets people -- care
# quote: in quote mode: the quotation's own words, phrase included.
out=$("$search_bin" --index "$index" --quotes -n 1 -- 'quote:"highest quality care"')
[[ "$out" == "1. Kenneth Davis"* ]] && pass || fail "--quotes quote:phrase: $out"
expect_output_contains "Quotes 1-1 of about 1." "$search_bin" --index "$index" --quotes -- 'speaker:liu quote:165'
finish
