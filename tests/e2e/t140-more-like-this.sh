# More like this: --like PATH ranks the releases most similar to an indexed one.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
"$index_bin" --quiet --index "$index" "$corpus" >/dev/null || fail "indexing corpus/ failed"
seed0=seeds/000_35193172f99c5425.txt
seed1=seeds/001_2d0bd46c00fc22b8.txt

# The two seed releases are both about Mount Sinai's hospital partnerships.
"$search_bin" --index "$index" --json --limit 20 --like "$corpus/$seed1" >"$scratch/like"
python3 - "$scratch/like" <<'PY' && pass || fail "--like seed1: $(cut -c1-300 "$scratch/like")"
import json, sys
hits = [json.loads(l) for l in open(sys.argv[1])]
assert len(hits) == 20, len(hits)
assert hits[0]["path"].endswith("000_35193172f99c5425.txt"), hits[0]["path"]
assert not any(h["path"].endswith("001_2d0bd46c00fc22b8.txt") for h in hits), "itself"
PY
# A relative path works as well as the stored absolute one.
(cd "$corpus" && "$search_bin" --index "$index" --json -n 1 --like "$seed0") >"$scratch/rel"
grep -q '"path":"[^"]*001_2d0bd46c00fc22b8.txt"' "$scratch/rel" && pass || fail "--like relative: $(cut -c1-200 "$scratch/rel")"
# A query narrows the similar releases down.
expect_no_hit 'date:2024' $seed0 --like "$corpus/$seed1"
"$search_bin" --index "$index" --json --limit 100 --like "$corpus/$seed1" -- date:2024 >"$scratch/dated"
python3 -c '
import json,sys
h=[json.loads(l) for l in open(sys.argv[1])]
assert h and all(x["date"].startswith("2024") for x in h), h' "$scratch/dated" && pass || fail "--like with date:2024"
# Errors: a path that is not indexed, and neither a query nor --like.
expect_output_contains "no release in the index has the path" "$search_bin" --index "$index" --like /no/such.txt
"$search_bin" --index "$index" --like /no/such.txt >/dev/null 2>&1; [ $? -eq 2 ] && pass || fail "--like missing: exit status"
"$search_bin" --index "$index" >/dev/null 2>&1; [ $? -eq 2 ] && pass || fail "no query: exit status"
finish
