# British and American spellings find each other, phrases included, and are highlighted.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
"$index_bin" --quiet --index "$index" "$corpus" >/dev/null || fail "indexing corpus/ failed"
seed0=seeds/000_35193172f99c5425.txt
coordinated=newmediawire/2024/0912/coordinated-care-important-for-children-with-down-syndrome-and-congenital-heart-disease.md

# The seed release writes "paediatric oncology programme"; American spellings find it.
expect_first_hit '"pediatric oncology"' $seed0
expect_first_hit '"paediatric oncology"' $seed0
expect_first_hit '"pediatric oncology program"' $seed0
expect_hit 'pediatrics' $seed0
# The reverse: a release writing "behavioral" is found by the British spelling.
expect_hit 'behavioural' $coordinated
expect_hit '"speech and behavioural therapies"' $coordinated
expect_hit 'title:paediatric OR title:pediatric OR behaviour' $coordinated
# Words that merely look like variants are not respelt: "wise" is not "wize".
expect_no_hit 'paediatric' doj-html/release_00982.html

# Highlighting marks the text's own spelling for the other spelling's query (on a terminal).
out=$(script -qec "$search_bin --index $index -n 1 -- '\"pediatric oncology\"'" /dev/null)
if [[ "$out" == *$'\e[1;33mpaediatric\e[0m \e[1;33moncology\e[0m'* ]]; then pass
else fail "highlighting of paediatric for 'pediatric oncology': $out"; fi
finish
