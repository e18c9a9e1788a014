# Issue 12: bad PDF, DOCX, ODT, email and feed files are each skipped with one warning line
# naming the file and why, counted, and the run goes on with the good files.
source "$(dirname "$0")/lib.sh"
index=$scratch/index
folder=$scratch/bad
mkdir -p "$folder"
cp "$source_dir/tests/fixtures/formats/encrypted.pdf" "$source_dir/tests/fixtures/formats/scanned.pdf" "$folder/"
cp "$source_dir/corpus/formats/hammer-nails-50th-location.pdf" "$folder/good.pdf"
python3 - "$folder" <<'PY'
import base64, io, sys, zipfile
folder = sys.argv[1]
good = open(folder + "/good.pdf", "rb").read()
# A damaged PDF: its first 400 bytes.
open(folder + "/damaged.pdf", "wb").write(good[:400])
# A damaged DOCX and ODT: not zips; a zip whose document part is cut.
open(folder + "/damaged.docx", "wb").write(b"PK\x03\x04 not really a zip")
open(folder + "/damaged.odt", "wb").write(b"\x00" * 100)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def docx(name, document):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
    open(folder + "/" + name, "wb").write(buf.getvalue())
# A zip bomb: 40 MB of blanks in document.xml, a few KB compressed.
docx("bomb.docx", '<w:document %s><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % (W, " " * (40 << 20)))
# Entity tricks: a billion laughs, and an external entity.
laughs = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
docx("laughs.docx", '<?xml version="1.0"?>%s<w:document %s><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>' % (laughs, W))
open(folder + "/xxe.rss", "w").write('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<rss version="2.0"><channel><title>x</title><item><title>Leak</title><description>&xxe;</description></item></channel></rss>')
# A feed that is not well-formed.
open(folder + "/malformed.rss", "w").write('<rss version="2.0"><channel><item><title>Cut</title></channel>')
# An email of 10,000 nested MIME parts.
depth = 10000
lines = ["From: a@b.example", "Subject: Deep", "Message-ID: <deep@b.example>", "MIME-Version: 1.0"]
for i in range(depth):
    lines += ['Content-Type: multipart/mixed; boundary="b%d"' % i, "", "--b%d" % i]
lines += ["Content-Type: text/plain", "", "The innermost text."]
for i in reversed(range(depth)):
    lines += ["--b%d--" % i]
open(folder + "/deep.eml", "w").write("\n".join(lines) + "\n")
# An email with a 20 MB attachment named as a release: the message is indexed, the
# attachment skipped with a note.
big = base64.encodebytes(b"%PDF-1.4\n" + b"0" * (20 << 20)).decode()
open(folder + "/big-attachment.eml", "w").write(
    "From: a@b.example\nSubject: Quarterly figures for the harbour\nMessage-ID: <big@b.example>\n"
    "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\n"
    "The harbour figures are attached.\n--x\nContent-Type: application/pdf\n"
    "Content-Disposition: attachment; filename=figures.pdf\nContent-Transfer-Encoding: base64\n\n"
    + big + "--x--\n")
PY
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
