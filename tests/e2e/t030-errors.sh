# Bad queries exit 2 with one line; a missing index or folder is a clear error.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
"$index_bin" --quiet --index "$index" "$corpus/seeds" >/dev/null

expect_status() { # STATUS WHAT COMMAND...
  local status=$1 what=$2; shift 2
  "$@" >"$scratch/out" 2>"$scratch/err"
  local got=$?
  local lines
  lines=$(wc -l <"$scratch/err")
  if [ "$got" -eq "$status" ] && [ "$lines" -eq 1 ] && grep -q "$what" "$scratch/err" &&
     ! grep -qi xapian "$scratch/err"; then pass
  else fail "'$*': status $got, stderr: $(cat "$scratch/err")"; fi
}
for query in '"unbalanced' '(a OR b' 'AND' 'NOT' 'date:2018-13-45' 'date:2019..2018' 'speakr:x' ''; do
  expect_status 2 "bad query" "$search_bin" --index "$index" -- "$query"
done
expect_status 2 "too long" "$search_bin" --index "$index" -- "$(head -c 102400 /dev/zero | tr '\0' a)"
expect_status 1 "no index here" "$search_bin" --index "$scratch/nothing" -- taikang
expect_status 1 "no such file or folder" "$index_bin" --quiet --index "$index" "$scratch/missing"
mkdir -p "$scratch/notanindex" && echo keep > "$scratch/notanindex/file"
expect_status 1 "not an index" "$index_bin" --quiet --index "$scratch/notanindex" "$corpus/seeds"
[ "$(cat "$scratch/notanindex/file")" = keep ] && pass || fail "a non-index folder was touched"
finish
