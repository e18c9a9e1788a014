# Every kind of bad input file (bad_files.py writes them beside three good releases, and the
# bad PDF, DOCX, ODT, email and feed files of issue 12 in formats/): the run
# finishes with status 0, each unreadable or textless file gets one warning line naming it and
# why, the summary counts it, damaged text is indexed as well as it can be, and nothing
# outside the folder is reached.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
folder=$scratch/releases
outside=$scratch/outside
python3 "$(dirname "$0")/bad_files.py" "$folder" "$outside" || fail "bad_files.py failed"

# Files only an ordinary user can be refused (root reads everything); unprivileged_check
# below indexes them as nobody.
can_deny=$([ "$(id -u)" -ne 0 ] && echo yes || echo no)
if [ "$can_deny" = yes ]; then
  echo "unreadable text" >"$folder/unreadable.txt" && chmod 000 "$folder/unreadable.txt"
  mkdir "$folder/unreadable-dir" && echo "hidden text" >"$folder/unreadable-dir/x.txt" &&
    chmod 000 "$folder/unreadable-dir"
  trap 'chmod -R u+rwx "$scratch"; rm -rf "$scratch"' EXIT
fi

started=$SECONDS
timeout 120 "$index_bin" --quiet --index "$index" "$folder" >"$scratch/out" 2>"$scratch/err"
status=$?
[ "$status" -eq 0 ] && pass || fail "indexing the bad files: status $status, $(head -c 2000 "$scratch/err")"
echo "first run: $((SECONDS - started)) s: $(cat "$scratch/out")"

# expect_warning FILE REASON: exactly one stderr line names the file, and it gives the reason.
expect_warning() {
  local file=$1 reason=$2 lines
  lines=$(grep -aF "$folder/$file: " "$scratch/err")
  if [ "$(grep -c . <<<"$lines")" -eq 1 ] && [[ "$lines" == "pressdex-index: warning: $folder/$file: $reason"* ]]
  then pass; else fail "warning for $file: expected one line with '$reason', got: '$lines'"; fi
}
expect_warning empty.txt "empty file"
expect_warning empty.md "empty file"
expect_warning blank.txt "no text in it"
expect_warning binary.txt "binary content, not text"
expect_warning image.md "binary content, not text"
expect_warning huge.txt "too large"
expect_warning 'escape-\x1b[31m-name.txt' "empty file"
expect_warning 'new\x0aline.md' "binary content, not text"
! grep -q $'\e' "$scratch/err" && pass || fail "an escape character reached stderr"
# Release formats (bad_formats.py): each refused file, and each indexed one with a part not read.
expect_warning formats/encrypted.pdf "encrypted PDF (password-protected)"
expect_warning formats/scanned.pdf "no text layer"
expect_warning formats/damaged.pdf "damaged PDF"
expect_warning formats/damaged.docx "damaged DOCX"
expect_warning formats/damaged.odt "damaged ODT"
expect_warning formats/bomb.docx "DOCX expands past"
expect_warning formats/laughs.docx "DOCX XML declares entities (refused, never expanded)"
expect_warning formats/xxe.rss "feed XML declares entities (refused, never expanded)"
expect_warning formats/malformed.rss "damaged feed (XML not well-formed"
expect_warning formats/deep.eml "MIME parts nested deeper than"
expect_warning formats/big-attachment.eml "attachment figures.pdf skipped: over 16 MB"
if [ "$can_deny" = yes ]; then
  expect_warning unreadable.txt "cannot open: Permission denied"
  expect_warning unreadable-dir "cannot read folder"
fi
others=$(grep -av '^pressdex-index: warning: ' "$scratch/err")
[ -z "$others" ] && pass || fail "stderr lines that are not warnings: $others"

# The summary counts every file passed over, by reason. Indexed: 15 text files, and of the
# formats the good PDF and the two emails (their readable parts).
indexed=18
summary=$(cat "$scratch/out")
for part in "added $indexed, updated 0, unchanged 0, removed 0" "3 empty file" "1 no text in it" \
            "3 binary content, not text" "1 too large" "6 symbolic link (not followed)" \
            "1 not a regular file" "1 hidden" "1 encrypted PDF" "1 no text layer" "1 damaged PDF" \
            "1 damaged DOCX" "1 damaged ODT" "1 DOCX expands past" "1 DOCX XML declares entities" \
            "1 feed XML declares entities" "1 damaged feed" "; $indexed releases in the index"; do
  [[ "$summary" == *"$part"* ]] && pass || fail "summary lacks '$part': $summary"
done

# Good and damaged-but-readable files are found by their marker word; what must not be
# indexed is not.
for pair in zeppelinone:good/release-one.txt quokkatwo:good/release-two.md \
            narwhalthree:good/release-three.html marmosetinvalid:invalid-utf8.txt \
            mixedpangolin:mixed-encodings.txt nulbyteshrew:nul-bytes.txt \
            utf16nobomlemur:utf16-no-bom.txt longwordibis:long-word.txt \
            longlineokapi:long-line.txt gaplessquokka:gapless.txt \
            deepnestedtapir:nested.html \
            inlinenestedgecko:nested-inline.html unclosedyak:unclosed.html \
            manyelementsgnu:many-elements.html grooming:formats/good.pdf; do
  expect_first_hit "${pair%%:*}" "${pair#*:}"
done
# The name is not UTF-8: the file is indexed under its real name, shown with U+FFFD in JSON.
first=$("$search_bin" --index "$index" --json -- latinnamebison | head -n 1)
[[ "$first" == *'"path":"'"$folder"'/latin1-caf'* ]] && pass || fail "latinnamebison: $first"
expect_hit "café naïve" mixed-encodings.txt
expect_hit "Zürich" invalid-utf8.txt
expect_hit "harbour figures" formats/big-attachment.eml
expect_first_hit "title:deep" formats/deep.eml
expect_no_hit root formats/xxe.rss
for word in outsidesecretword hiddenword hugefilewalrus aaaaaaaaaa; do
  out=$("$search_bin" --index "$index" --json -- "$word")
  [ -z "$out" ] && pass || fail "'$word' should find nothing: $out"
done
# Every indexed path lies inside the folder, each once.
paths=$(for type in txt md html pdf docx odt email feed; do
          "$search_bin" --index "$index" --json --limit 1000 -- "type:$type"
        done | python3 -c 'import json,sys; [print(json.loads(l)["path"]) for l in sys.stdin if l.strip()]')
[ "$(grep -c . <<<"$paths")" -eq "$indexed" ] && pass || fail "indexed paths: $paths"
[ -z "$(grep -v "^$folder/" <<<"$paths")" ] && pass || fail "paths outside the folder: $paths"
[ -z "$(sort <<<"$paths" | uniq -d)" ] && pass || fail "paths indexed twice: $paths"

# A second run reads nothing that is indexed, and tries the bad files again.
timeout 60 "$index_bin" --quiet --index "$index" "$folder" >"$scratch/out" 2>"$scratch/err"
status=$?
[ "$status" -eq 0 ] && pass || fail "second run: status $status"
grep -q "^added 0, updated 0, unchanged $indexed, removed 0" "$scratch/out" && pass ||
  fail "second run summary: $(cat "$scratch/out")"

# With strace at hand, the proof at the system-call level: the indexer executes nothing,
# opens nothing in the folder outside, and opens for writing only inside the index folder.
# (LeakSanitizer cannot run under ptrace, hence no leak check in this run.)
if command -v strace >/dev/null; then
  rm -rf "$index"
  ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 strace -f -qq -o "$scratch/strace" \
    -e trace=execve,open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,symlinkat \
    "$index_bin" --quiet --index "$index" "$folder" >/dev/null 2>&1 || fail "indexing under strace failed"
  [ "$(grep -c 'execve(' "$scratch/strace")" -eq 1 ] && pass ||
    fail "the indexer executed something: $(grep 'execve(' "$scratch/strace" | tail -n +2 | head -n 3)"
  grep -q "\"$outside" "$scratch/strace" && fail "the indexer opened $(grep "\"$outside" "$scratch/strace" | head -n 3)" || pass
  writes=$(grep -E 'O_WRONLY|O_RDWR|O_CREAT|creat\(|mkdir|rename|link\(|linkat\(' "$scratch/strace" |
           grep -E '(open|openat|creat|mkdir|mkdirat|rename|renameat2?|link|linkat|symlink|symlinkat)\((AT_FDCWD, )?"' |
           grep -v "\"$index")
  [ -z "$writes" ] && pass || fail "the indexer wrote outside the index folder: $(head -n 3 <<<"$writes")"
fi

# As root, refusals are tested by indexing as nobody a folder with an unreadable file and
# folder in it.
unprivileged_check() {
  local shared=$scratch/shared
  mkdir -p "$shared/releases/closed-dir"
  echo "Open release about the readablefalcon." >"$shared/releases/open.txt"
  echo "Closed release." >"$shared/releases/closed.txt"
  echo "Closed folder." >"$shared/releases/closed-dir/x.txt"
  chmod 000 "$shared/releases/closed.txt" "$shared/releases/closed-dir"
  chmod 755 "$scratch"
  chown nobody "$shared"
  setpriv --reuid=nobody --regid=nogroup --clear-groups -- \
    "$index_bin" --quiet --index "$shared/index" "$shared/releases" >"$scratch/out" 2>"$scratch/err"
  local status=$?
  [ "$status" -eq 0 ] && pass || fail "indexing as nobody: status $status, $(cat "$scratch/err")"
  folder=$shared/releases
  expect_warning closed.txt "cannot open: Permission denied"
  expect_warning closed-dir "cannot read folder"
  grep -q "^added 1, " "$scratch/out" && pass || fail "as nobody: $(cat "$scratch/out")"
  chmod -R u+rwx "$shared"
}
if [ "$can_deny" = no ] && command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
  unprivileged_check
fi
finish
