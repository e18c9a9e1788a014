# Re-runs: unchanged, touched, edited, deleted, added, and --rebuild.
source "$(dirname "$0")/lib.sh"
use_sample_folder

expect_output_contains "added $total, updated 0, unchanged 0, removed 0" run
expect_output_contains "added 0, updated 0, unchanged $total, removed 0" run
touch "$folder/seeds/000_35193172f99c5425.txt"
expect_output_contains "added 0, updated 0, unchanged $total, removed 0" run
printf '\nA new closing paragraph about zeppelins.\n' >> "$folder/seeds/000_35193172f99c5425.txt"
expect_output_contains "added 0, updated 1, unchanged $((total - 1)), removed 0" run
expect_first_hit zeppelins seeds/000_35193172f99c5425.txt
rm "$folder/seeds/001_2d0bd46c00fc22b8.txt"
expect_output_contains "added 0, updated 0, unchanged $((total - 1)), removed 1" run
expect_no_hit 'title:Taikang' 001_2d0bd46c00fc22b8.txt
cp "$corpus/seeds/001_2d0bd46c00fc22b8.txt" "$folder/seeds/"
expect_output_contains "added 1, updated 0, unchanged $((total - 1)), removed 0" run
expect_first_hit 'title:Taikang' seeds/001_2d0bd46c00fc22b8.txt

# Hidden and unknown files are skipped and counted; an undecodable file is a warning.
echo "secret" > "$folder/.hidden.txt"
echo "x" > "$folder/notes.pptx"
head -c 4096 /dev/urandom | tr -d '\n' | tr '\000-\010' '\000' > "$folder/binary.txt"
out=$(run 2>"$scratch/stderr")
[[ "$out" == *"skipped 3"*"1 hidden"*"1 unsupported file type"* ]] && pass || fail "skip summary: $out"
grep -q "binary.txt: binary content" "$scratch/stderr" && pass || fail "no warning for binary file: $(cat "$scratch/stderr")"

# The same folder given with a trailing slash is the same folder.
expect_output_contains "added 0, updated 0, unchanged $total, removed 0" "$index_bin" --quiet --index "$index" "$folder/"
expect_output_contains "added $total, updated 0, unchanged 0, removed 0" "$index_bin" --quiet --index "$index" --rebuild "$folder"
finish
