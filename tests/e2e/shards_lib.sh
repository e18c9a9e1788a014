# Shared by the shard tests: build one index of corpus/ and the same files as shards, and
# compare searches over them with searches over the one index.

# build_shards DIR N: DIR/full, and DIR/shard1 .. DIR/shardN built with --shard K/N.
build_shards() {
  local dir=$1 n=$2 k
  "$index_bin" --quiet --index "$dir/full" "$corpus" >"$dir/full.summary" ||
    fail "indexing corpus/ failed"
  for ((k = 1; k <= n; k++)); do
    "$index_bin" --quiet --index "$dir/shard$k" --shard "$k/$n" "$corpus" >"$dir/shard$k.summary" ||
      fail "indexing shard $k/$n failed"
  done
}

# search_json "INDEX ARGS" "OPTIONS" QUERY [score|date]: the JSON lines pressdex-search
# prints. With a tie key, hits that share it (equal scores in quote mode, equal dates in date
# order) may come in any order, since index order breaks those ties: then the lines are
# printed without their rank and sorted, after the sequence of tie keys.
search_json() {
  local indexes=$1 options=$2 query=$3 ties=${4:-} out
  # shellcheck disable=SC2086 # index arguments and options are word lists
  out=$("$search_bin" $indexes --json $options -- "$query") || return 1
  if [ -z "$ties" ]; then printf '%s\n' "$out"; return; fi
  grep -o "\"$ties\":[^,]*" <<<"$out"
  sed 's/"rank":[0-9]*,//' <<<"$out" | sort
}

# expect_same_results WHAT "OPTIONS" "INDEX ARGS" [score|date]: for every query in $queries,
# OPTIONS over INDEX ARGS print exactly what they print over $full_index: the same hits in
# the same order with the same scores, snippets, totals and facets.
expect_same_results() {
  local what=$1 options=$2 indexes=$3 ties=${4:-} query expected got
  for query in "${queries[@]}"; do
    if ! expected=$(search_json "--index $full_index" "$options" "$query" "$ties"); then
      fail "$what, $options '$query': the search of the single index failed"; continue
    fi
    if ! got=$(search_json "$indexes" "$options" "$query" "$ties"); then
      fail "$what, $options '$query': the search failed"; continue
    fi
    if [ "$expected" = "$got" ]; then pass
    else fail "$what, $options '$query': $(diff <(echo "$expected") <(echo "$got") | head -n 4 | cut -c 1-300)"; fi
  done
}

# Plain words, phrases, booleans, fields, dates, NEAR, pure filters (all scores 0), no match,
# words that not every release has (all-words hits, then some-words ones), and an amount
# typed short (searched also as a phrase: "1.5 million").
queries=(hospital said 'health OR care' '"chief executive"' 'speaker:davis' 'org:fbi'
         'type:html' 'date:2020..' 'place:"new york"' 'sinai NEAR/4 collaborate' the
         'hospital -type:md' 'title:Taikang' 'zzzznothing' 'taikang healthcare collaboration'
         'mount sinai china hospital deal -type:md' 'funding 1.5m')

# compare_all WHAT "INDEX ARGS": pages, offsets and facets in relevance order (ties broken by
# path), quote mode and date order.
compare_all() {
  local options
  for options in '--limit 20' '--limit 5 --offset 3' '--limit 30 --facets speaker,org,year'; do
    expect_same_results "$1" "$options" "$2"
  done
  expect_same_results "$1" '--quotes --limit 1000 --facets speaker' "$2" score
  expect_same_results "$1" '--sort date --limit 1000 --facets year' "$2" date
}
