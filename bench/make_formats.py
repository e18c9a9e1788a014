#!/usr/bin/python3
"""Writes N newsramp releases as PDF (python3-reportlab) and as DOCX (a minimal
WordprocessingML zip), for bench/formats (issue 12).
    bench/make_formats.py NEWSRAMP_DIR OUT_DIR N
The releases are the first N markdown files by SHA-1 of their path below NEWSRAMP_DIR, so a
run picks the same ones; OUT_DIR/pdf and OUT_DIR/docx get one file each.
"""
import hashlib
import html
import pathlib
import re
import sys
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

src, out, count = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
files = sorted(src.rglob("*.md"), key=lambda p: hashlib.sha1(str(p.relative_to(src)).encode()).hexdigest())[:count]
(out / "pdf").mkdir(parents=True, exist_ok=True)
(out / "docx").mkdir(parents=True, exist_ok=True)
styles = getSampleStyleSheet()
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
for i, path in enumerate(files):
    text = path.read_text(encoding="utf-8", errors="replace").split("\n---\n")[0]
    lines = text.split("\n")
    title = html.unescape(lines[0].lstrip("# ").strip()) or "Untitled release"
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|   +", "\n".join(lines[1:])) if p.strip()]
    name = "%05d-%s" % (i, path.stem[:60])
    story = [Paragraph(html.escape(title), styles["Heading1"])]
    for p in paragraphs:
        story += [Paragraph(html.escape(p), styles["BodyText"]), Spacer(1, 6)]
    try:
        SimpleDocTemplate(str(out / "pdf" / (name + ".pdf")), pagesize=A4, title=title).build(story)
    except Exception as e:  # a release reportlab cannot lay out (a table of 2,000 words)
        print("make_formats: no PDF of", path, e, file=sys.stderr)
    body = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>' % html.escape(title)
    body += "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p) for p in paragraphs)
    with zipfile.ZipFile(out / "docx" / (name + ".docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (W, body))
