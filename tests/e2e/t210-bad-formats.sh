# Issue 12: bad PDF, DOCX, ODT, email and feed files are each skipped with one warning line
# naming the file and why, counted, and the run goes on with the good files.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
folder=$scratch/bad
python3 "$(dirname "$0")/bad_formats.py" "$folder" || fail "bad_formats.py failed"
start=$(date +%s)
"$index_bin" --quiet --index "$index" "$folder" >"$scratch/summary" 2>"$scratch/err" ||
  fail "indexing failed: $(cat "$scratch/err")"
seconds=$(( $(date +%s) - start ))
cat "$scratch/summary" "$scratch/err"
warns() { grep -c "$1" "$scratch/err"; }
expect_warning() { [ "$(warns "$1: .*$2")" -eq 1 ] && pass || fail "no one warning '$1: ... $2' in: $(cat "$scratch/err")"; }
expect_warning encrypted.pdf "encrypted PDF"
expect_warning scanned.pdf "no text layer"
expect_warning damaged.pdf "damaged PDF"
expect_warning damaged.docx "damaged DOCX"
expect_warning damaged.odt "damaged ODT"
expect_warning bomb.docx "zip bomb"
expect_warning laughs.docx "declares entities"
expect_warning xxe.rss "declares entities"
expect_warning malformed.rss "not well-formed"
expect_warning deep.eml "nested deeper"
expect_warning big-attachment.eml "figures.pdf skipped: over 16 MB"
# Indexed: the good PDF, the deep email (its outer levels) and the one with the big attachment.
grep -q "^added 3, updated 0, unchanged 0, removed 0, skipped 9 " "$scratch/summary" && pass ||
  fail "summary: $(cat "$scratch/summary")"
expect_hit 'harbour figures' big-attachment.eml
expect_no_hit 'root' xxe.rss
[ "$seconds" -lt 30 ] && pass || fail "bad files took $seconds s"
finish
