#!/usr/bin/env python3
"""Writes the bad PDF, DOCX, ODT, email and feed files of issue 12 into a folder, beside one
good PDF (good.pdf), with the standard library (the two PDFs that need reportlab are
committed: tests/fixtures/formats/make-bad.py).

    bad_formats.py FOLDER

Used by tests/e2e/t210-bad-formats.sh, and by bad_files.py for t060; the expectations live
in those tests. The good PDF's marker word is "grooming"; the email with the big
attachment is found by "harbour figures".
"""
import base64
import io
import os
import shutil
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "fixtures", "formats")
good_pdf = os.path.join(here, "..", "..", "corpus", "formats", "hammer-nails-50th-location.pdf")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def write_bad_formats(folder):
    os.makedirs(folder, exist_ok=True)

    def path(name):
        return os.path.join(folder, name)

    def write(name, data):
        with open(path(name), "wb" if isinstance(data, bytes) else "w") as f:
            f.write(data)

    def docx(name, document):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", document)
        write(name, buf.getvalue())

    for name in ("encrypted.pdf", "scanned.pdf"):
        shutil.copy(os.path.join(fixtures, name), path(name))
    shutil.copy(good_pdf, path("good.pdf"))
    good = open(good_pdf, "rb").read()
    # A damaged PDF: its first 400 bytes.
    write("damaged.pdf", good[:400])
    # A damaged DOCX and ODT: not zips.
    write("damaged.docx", b"PK\x03\x04 not really a zip")
    write("damaged.odt", b"\x00" * 100)
    # A zip bomb: 40 MB of blanks in document.xml, a few KB compressed.
    docx("bomb.docx", '<w:document %s><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>'
         % (W, " " * (40 << 20)))
    # Entity tricks: a billion laughs, and an external entity.
    laughs = ('<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    docx("laughs.docx", '<?xml version="1.0"?>%s<w:document %s><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p>'
         '</w:body></w:document>' % (laughs, W))
    write("xxe.rss", '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
          '<rss version="2.0"><channel><title>x</title><item><title>Leak</title><description>&xxe;'
          '</description></item></channel></rss>')
    # A feed that is not well-formed.
    write("malformed.rss", '<rss version="2.0"><channel><item><title>Cut</title></channel>')
    # An email of 10,000 nested MIME parts.
    depth = 10000
    lines = ["From: a@b.example", "Subject: Deep", "Message-ID: <deep@b.example>", "MIME-Version: 1.0"]
    for i in range(depth):
        lines += ['Content-Type: multipart/mixed; boundary="b%d"' % i, "", "--b%d" % i]
    lines += ["Content-Type: text/plain", "", "The innermost text."]
    for i in reversed(range(depth)):
        lines += ["--b%d--" % i]
    write("deep.eml", "\n".join(lines) + "\n")
    # An email with a 20 MB attachment named as a release: the message is indexed, the
    # attachment skipped with a note.
    big = base64.encodebytes(b"%PDF-1.4\n" + b"0" * (20 << 20)).decode()
    write("big-attachment.eml",
          "From: a@b.example\nSubject: Quarterly figures for the harbour\nMessage-ID: <big@b.example>\n"
          "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\n"
          "The harbour figures are attached.\n--x\nContent-Type: application/pdf\n"
          "Content-Disposition: attachment; filename=figures.pdf\nContent-Transfer-Encoding: base64\n\n"
          + big + "--x--\n")


if __name__ == "__main__":
    write_bad_formats(sys.argv[1])
