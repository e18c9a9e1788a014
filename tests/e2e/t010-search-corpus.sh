# Index corpus/ and check the searches the foundation issue names, plus fields and output.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
"$index_bin" --quiet --index "$index" "$corpus" > "$scratch/summary" || fail "indexing corpus/ failed"
total=$(find "$corpus" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | wc -l)
grep -q "^added $total, updated 0, unchanged 0, removed 0" "$scratch/summary" && pass ||
  fail "first run summary: $(cat "$scratch/summary")"

expect_first_hit '"paediatric oncology"' seeds/000_35193172f99c5425.txt
expect_first_hit 'title:Taikang' seeds/001_2d0bd46c00fc22b8.txt
expect_first_hit 'date:2018-11-23' seeds/001_2d0bd46c00fc22b8.txt
expect_hit 'date:2018-11' seeds/001_2d0bd46c00fc22b8.txt
expect_hit 'date:2018' seeds/001_2d0bd46c00fc22b8.txt
expect_hit 'taikang date:2018-01-01..2018-12-31' seeds/001_2d0bd46c00fc22b8.txt
expect_hit 'taikang date:..2019' seeds/001_2d0bd46c00fc22b8.txt
expect_no_hit 'taikang date:2019..' seeds/001_2d0bd46c00fc22b8.txt
for query in 'Childrens Hospital of Philadelphia' "Children's" 'Children’s' '"Childrens Hospital"' \
             '"Children’s Hospital of Philadelphia"' "\"Children's hospital\""; do
  expect_hit "$query" seeds/000_35193172f99c5425.txt
done
expect_first_hit 'Childrens Hospital of Philadelphia' seeds/000_35193172f99c5425.txt
expect_hit 'sinai NEAR/4 collaborate' seeds/000_35193172f99c5425.txt
expect_hit 'taik*' seeds/001_2d0bd46c00fc22b8.txt
expect_hit 'Taikang -paediatric' seeds/001_2d0bd46c00fc22b8.txt
expect_no_hit 'Taikang NOT nanjing' seeds/001_2d0bd46c00fc22b8.txt
expect_hit 'taikang OR oncology' seeds/000_35193172f99c5425.txt
expect_hit 'path:seeds type:txt' seeds/001_2d0bd46c00fc22b8.txt
expect_no_hit 'type:html taikang' seeds/001_2d0bd46c00fc22b8.txt

# Stems: "collaborating" finds "collaborated"; the phrase form stays exact.
expect_hit 'collaborating' seeds/000_35193172f99c5425.txt
expect_no_hit '"collaborating with the Mount Sinai"' seeds/000_35193172f99c5425.txt

# Sorting by date: dates are non-increasing.
dates=$("$search_bin" --index "$index" --json --sort date --limit 50 -- 'said' |
        python3 -c 'import json,sys; print(" ".join(json.loads(l)["date"] or "" for l in sys.stdin))')
sorted=$(tr ' ' '\n' <<<"$dates" | grep . | sort -r | tr '\n' ' ' | sed 's/ $//')
[ "$(tr ' ' '\n' <<<"$dates" | grep . | tr '\n' ' ' | sed 's/ $//')" = "$sorted" ] && pass ||
  fail "--sort date is not newest first: $dates"

# Paging: offset 1 starts with the second hit of the unpaged list.
second=$("$search_bin" --index "$index" --json --limit 2 -- hospital | sed -n 2p | python3 -c 'import json,sys; print(json.load(sys.stdin)["path"])')
paged=$("$search_bin" --index "$index" --json --limit 1 --offset 1 -- hospital | python3 -c 'import json,sys; print(json.load(sys.stdin)["path"])')
[ "$second" = "$paged" ] && pass || fail "--offset 1 gave $paged, expected $second"

# JSON carries every stored field; plain output has the title, path and snippet.
"$search_bin" --index "$index" --json -- 'title:Taikang' | python3 -c '
import json,sys
hit=json.loads(sys.stdin.readline())
for key in ("rank","score","title","date","place","path","type","snippet","body","total_estimate"):
    assert key in hit, key
assert hit["date"]=="2018-11-23" and hit["type"]=="txt" and "Taikang" in hit["snippet"], hit
' && pass || fail "JSON hit lacks fields"
expect_output_contains "1. Mount Sinai collaborates with Taikang Healthcare" "$search_bin" --index "$index" title:Taikang
expect_output_contains "of about 1." "$search_bin" --index "$index" title:Taikang

# HTML pages: the body is the release, not the site's menus and footer.
expect_no_hit '"skip to main content"' '\.html'
expect_no_hit '"justice manual"' '\.html'
expect_hit 'type:html' 'doj-html/release_[0-9]*\.html'

# A wire that escapes its markdown titles ("Health &amp; Beauty"): the reader is shown the
# characters, in the terminal and in JSON.
mkdir -p "$scratch/escaped"
printf '# Quillbox Health &amp; Beauty Opens &#8220;Vellmark&#8221;\n\nQuillbox opened a store.\n' > "$scratch/escaped/a.md"
"$index_bin" --quiet --index "$scratch/escaped-index" "$scratch/escaped" > /dev/null || fail "indexing escaped title"
out=$("$search_bin" --index "$scratch/escaped-index" -- quillbox)
[[ "$out" == *"Quillbox Health & Beauty Opens “Vellmark”"* && "$out" != *"&amp;"* ]] && pass || fail "escaped title shown: $out"
title=$("$search_bin" --index "$scratch/escaped-index" --json -- quillbox | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["title"])')
[ "$title" = "Quillbox Health & Beauty Opens “Vellmark”" ] && pass || fail "escaped title in JSON: $title"
finish
