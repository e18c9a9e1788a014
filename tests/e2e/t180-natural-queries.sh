# Natural queries (issue 14): when not every word can match, the releases with most of the
# words still come, after every release that has them all; phrases, fields, +word, -word and
# date: stay strict; --all-words keeps the old behaviour; JSON says which kind each hit is.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
"$index_bin" --quiet --index "$index" "$corpus" >/dev/null || fail "indexing failed"
seed1=seeds/001_2d0bd46c00fc22b8.txt # "Mount Sinai collaborates with Taikang Healthcare"

# json_field QUERY FIELD [options...]: FIELD of each hit, one per line ("-" when null).
json_field() {
  local query=$1 field=$2; shift 2
  "$search_bin" --index "$index" --json --limit 1000 "$@" -- "$query" |
    python3 -c 'import json,sys
for line in sys.stdin:
    o = json.loads(line)
    if "rank" in o: print("-" if o.get(sys.argv[1]) is None else o[sys.argv[1]])' "$field"
}

# A headline as someone else would put it: "deal" is in no release about it, yet it is found
# first, as a some-words match that names the word it lacks.
query='mount sinai china hospital deal'
expect_first_hit "$query" $seed1
out=$("$search_bin" --index "$index" --json --limit 1 -- "$query")
python3 - "$out" <<'PY' && pass || fail "JSON of a some-words hit: $out"
import json, sys
hit = json.loads(sys.argv[1].splitlines()[0])
assert hit["match"] == "some_words", hit["match"]
assert hit["missing_words"] == ["deal"], hit["missing_words"]
assert hit["total_all_words"] == 0 and hit["total_estimate"] > 1, hit
PY
expect_output_contains "No release has all the words: the best match lacks deal." \
  "$search_bin" --index "$index" -- "$query"
expect_output_contains "missing: deal" "$search_bin" --index "$index" -- "$query"
# --all-words: as before, nothing.
expect_output_contains "No releases match." "$search_bin" --index "$index" --all-words -- "$query"
[ -z "$("$search_bin" --index "$index" --json --all-words -- "$query")" ] && pass ||
  fail "--all-words --json printed hits"

# A word no release uses does not sink the query; "Did you mean" names it.
expect_first_hit 'taikang healthcare zqxjvw' $seed1
expect_output_contains "No release uses: zqxjvw." "$search_bin" --index "$index" taikang healthcare zqxjvw

# Every all-words hit ranks above every some-words hit; their count is total_all_words.
query='taikang healthcare collaboration'
kinds=$(json_field "$query" match | uniq -c | awk '{print $2}' | tr '\n' ' ')
[ "$kinds" = "all_words some_words " ] && pass || fail "'$query': kinds in rank order: $kinds"
all=$(json_field "$query" match | grep -c '^all_words$')
[ "$(json_field "$query" total_all_words | sort -u)" = "$all" ] && pass ||
  fail "'$query': total_all_words is not the $all all-words hits"
[ "$(json_field "$query" path | sed -n "1,${all}p" | sort)" = \
  "$(json_field "$query" path --all-words | sort)" ] && pass ||
  fail "'$query': the all-words hits are not those of --all-words"
# ... and in the order and with the scores of --all-words (to rounding).
scores() { local q=$1; shift; json_field "$q" score "$@" | xargs printf '%.9f\n'; }
[ "$(scores "$query" | sed -n "1,${all}p")" = "$(scores "$query" --all-words)" ] &&
  pass || fail "'$query': all-words hits are not ranked as with --all-words"
expect_output_contains "With only some of the words" "$search_bin" --index "$index" -- "$query"
expect_output_contains "(1 with all the words)" "$search_bin" --index "$index" -- "$query"

# Paging: two pages are the first twenty, in the same order and with the same kinds.
page() { "$search_bin" --index "$index" --json "$@" -- "$query" | sed 's/"total[^,]*,//g'; }
[ "$(page --limit 20)" = "$(page --limit 10; page --limit 10 --offset 10)" ] && pass ||
  fail "'$query': pages of 10 differ from one page of 20"

# The first page is ordered by closeness too: the same first hits whatever the page size,
# and a page that starts inside it is that part of it.
[ "$(page --limit 1)" = "$(page --limit 10 | head -n 1)" ] && pass ||
  fail "'$query': --limit 1 is not the first of --limit 10"
[ "$(page --limit 3 --offset 2)" = "$(page --limit 10 | sed -n 3,5p)" ] && pass ||
  fail "'$query': --limit 3 --offset 2 is not hits 3 to 5 of --limit 10"

# Closeness (searcher/closeness.hpp): of two releases of one company with every word, the one
# whose headline and first lines say it comes first, though the other repeats the words more.
close=$scratch/close
mkdir -p "$close"
python3 - "$close" <<'PY'
import sys
filler = ("The company serves clients in twelve countries and employs more than four hundred people. "
          "Its products are sold through partners and online. ")
open(sys.argv[1] + "/quellmark-names-head.md", "w").write(
    "# Quellmark Names Jane Roe Head of Research\n\nBOSTON, March 3, 2025 -- Quellmark today promoted "
    "Jane Roe to director of research. Roe joined in 2019.\n\n" + filler * 8)
open(sys.argv[1] + "/quellmark-opens-laboratory.md", "w").write(
    "# Quellmark Opens Its Third Laboratory\n\nBOSTON, May 5, 2025 -- Quellmark opened a laboratory in "
    "Lowell today. " + filler * 2 + "Quellmark plans further sites, its director said. " + filler * 2 +
    "The director, hired last year, leads forty staff; Quellmark promoted two of them. " + filler * 2 +
    "Quellmark was founded in 2010 by a former director of a university laboratory. Staff promoted "
    "this year include two engineers. Quellmark thanks its partners.\n")
PY
index_saved=$index
index=$scratch/index-close
"$index_bin" --quiet --index "$index" "$corpus/newsramp" "$close" >/dev/null || fail "indexing $close failed"
expect_first_hit 'quellmark promoted director' quellmark-names-head.md
expect_first_hit 'quellmark promoted director' quellmark-names-head.md --all-words
index=$index_saved

# Amounts typed short ("20m") also match as releases write them ("$20 million"); a hit that
# has "20" and "million" apart lacks it. A lone "s" (an apostrophe lost, as in web
# addresses) is no word a release must have.
amounts=$scratch/amounts
mkdir -p "$amounts"
printf '# Vellmark Raises $20 Million\n\nVellmark raised $20 million in a funding round led by two banks.\n' \
  > "$amounts/vellmark-raises.md"
printf '# Vellmark Hires 20 Engineers\n\nVellmark hires 20 engineers; it has served a million customers.\n' \
  > "$amounts/vellmark-hires.md"
printf '# Vellmark Annual Report\n\nVellmark published its annual report.\n' > "$amounts/vellmark-s-annual-report.md"
index=$scratch/index-amounts
"$index_bin" --quiet --index "$index" "$amounts" >/dev/null || fail "indexing $amounts failed"
# kinds_of QUERY: each hit as "file match missing-words", in rank order
kinds_of() {
  "$search_bin" --index "$index" --json -- "$1" | python3 -c 'import json,sys
for line in sys.stdin:
    h = json.loads(line)
    if "rank" in h: print(h["path"].rsplit("/", 1)[1], h["match"], ",".join(h["missing_words"]))'
}
got=$(kinds_of 'vellmark s 20m round' | head -n 1)
[ "$got" = "vellmark-raises.md all_words " ] && pass || fail "'vellmark s 20m round': first hit $got"
# "20" and "million" apart are not "20m": that hit lacks it, and says so.
got=$(kinds_of 'vellmark 20m hires' | head -n 2 | tr '\n' ';')
[ "$got" = "vellmark-hires.md some_words 20m;vellmark-raises.md some_words hires;" ] && pass ||
  fail "'vellmark 20m hires': $got"
index=$index_saved

# By date: all-words hits first, then the others, each newest first.
python3 - <("$search_bin" --index "$index" --json --sort date --limit 1000 -- "$query") <<'PY' &&
import json, sys
hits = [json.loads(l) for l in open(sys.argv[1])]
kinds = [h["match"] for h in hits]
assert kinds == sorted(kinds), "tiers mixed"
for kind in ("all_words", "some_words"):
    dates = [h["date"] or "" for h in hits if h["match"] == kind]
    assert dates == sorted(dates, reverse=True), (kind, dates)
PY
  pass || fail "'$query' --sort date: not all-words first, then the rest, each by date"

# Strict stays strict: a phrase that matches nothing finds nothing, whatever the words...
expect_output_contains "No releases match." "$search_bin" --index "$index" -- '"taikang zebra"'
expect_output_contains "No releases match." "$search_bin" --index "$index" -- '"taikang zebra" healthcare sinai'
# ... and each hit of a query with a phrase, a field, +word or -word has the phrase, the
# field's word, the +word, and not the -word.
subset() { # QUERY STRICT_QUERY: every hit of QUERY is a hit of STRICT_QUERY
  local extra
  extra=$(comm -23 <(json_field "$1" path | sort) <(json_field "$2" path --all-copies | sort))
  [ -n "$(json_field "$1" path)" ] && [ -z "$extra" ] && pass ||
    fail "'$1' has hits outside '$2': $(head -n 2 <<<"$extra")"
}
subset '"mount sinai" china deal' '"mount sinai"'
subset 'title:taikang hospital deal' 'title:taikang'
subset '+hospital mount sinai zebra' 'hospital'
subset 'hospital quantum -china' 'hospital OR quantum'
[ -z "$(comm -12 <(json_field 'hospital quantum -china' path | sort) <(json_field 'china' path --all-copies | sort))" ] &&
  pass || fail "'hospital quantum -china' has a hit with china"
subset 'hospital quantum date:2025' 'date:2025'
# An operator makes the query logic, kept exactly as typed.
expect_output_contains "No releases match." "$search_bin" --index "$index" -- 'taikang AND zebra healthcare'

# Quote mode: the same, with quotes.
out=$("$search_bin" --index "$index" --quotes --json -- 'care patients zqxjvw' | head -n 1)
grep -q '"match":"some_words"' <<<"$out" && grep -q '"missing_words":\["zqxjvw"\]' <<<"$out" && pass ||
  fail "quote mode, some words: $out"
expect_output_contains "No quote has all the words" "$search_bin" --index "$index" --quotes -- 'care patients zqxjvw'

# Facets count the all-words matches when there are some, else the some-words ones.
facet_total() { "$search_bin" --index "$index" --json --facets year "$@" | tail -n 1 |
                python3 -c 'import json,sys; f=json.load(sys.stdin)["facets"]["year"]; print(sum(c["count"] for c in f))'; }
[ "$(facet_total -- taikang healthcare)" = "$(facet_total --all-words -- taikang healthcare)" ] && pass ||
  fail "facets of an all-words query changed"
[ "$(facet_total -- mount sinai china hospital deal)" -gt 0 ] && pass || fail "no facets for a some-words query"
finish
