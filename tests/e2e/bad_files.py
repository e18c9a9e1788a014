#!/usr/bin/env python3
"""Writes a folder of every kind of bad input file pressdex-index must survive, beside a few
good releases, and a folder outside it that nothing may reach.

    bad_files.py FOLDER OUTSIDE

Each file holds one made-up word (its `marker`) so that a test can search for exactly that
file. FOLDER/formats/ gets the bad PDF, DOCX, ODT, email and feed files of bad_formats.py.
Used by tests/e2e/t060-bad-files.sh; the expectations live there.
"""
import os
import random
import sys

from bad_formats import write_bad_formats

folder, outside = (os.fsencode(p) for p in sys.argv[1:3])
os.makedirs(folder, exist_ok=True)
os.makedirs(outside, exist_ok=True)
rng = random.Random(60)  # the same bytes on every run


def write(name, data):
    path = os.path.join(folder, os.fsencode(name) if isinstance(name, str) else name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def prose(marker):
    return (f"SPRINGFIELD, June 3, 2025 /PRNewswire/ -- Springfield Widgets announced the "
            f"{marker} programme today. \"We are proud of it,\" said Jane Doe, CEO of "
            f"Springfield Widgets.\n").encode()


# Good releases, one of each type.
write("good/release-one.txt", b"Widgets Unveiled\n\n" + prose("zeppelinone"))
write("good/release-two.md", b"# Widgets Again\n\n" + prose("quokkatwo") + b"\n---\n[link](x)\n")
write("good/release-three.html", b"<html><head><title>Widgets Three</title></head><body><article>"
      b"<h1>Widgets Three</h1><p>" + prose("narwhalthree") + b"</p></article></body></html>")

# Nothing to read.
write("empty.txt", b"")
write("empty.md", b"")
write("blank.txt", b" \n\t\r\n  \n")

# Binary content under a text name.
write("binary.txt", bytes(rng.randrange(256) for _ in range(65536)))
write("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(8192)))

# Text with flaws: indexed as well as possible.
write("invalid-utf8.txt", "Zürich release\n\nThe marmosetinvalid study ".encode() +
      b"\xff\xfe\x80\xc3 broke here " + "and went on in Zürich.\n".encode())
write("mixed-encodings.txt", "Café opening\n\nThe mixedpangolin café – in UTF-8.\n\n".encode() +
      b"Then \x93quoted\x94 in windows-1252 with caf\xe9 and na\xefve.\n")
write("nul-bytes.txt", b"Release with NULs\n\nThe nulbyteshrew\x00 report\x00 is out.\x00\n")
write("utf16-no-bom.txt", "Unmarked UTF-16\n\nThe utf16nobomlemur release, in UTF-16LE "
      "without a byte-order mark.\n".encode("utf-16-le"))
write("long-word.txt", b"A long word\n\nThe longwordibis release holds " + b"x" * 100_000 +
      b" and then ends.\n")
words = b" ".join(b"w%d" % rng.randrange(2_000) for _ in range(20_000)) + b" "
write("long-line.txt", (b"longlineokapi " + words * (10 * 1024 * 1024 // len(words) + 1))[:10 * 1024 * 1024])
# No space for megabytes, a stop every few letters ("pleaded guilty.The case" glued over and
# over): each look back for a glued word's start must stay short.
write("gapless.txt", b"The gaplessquokka release. " + b"aa.Bb" * 600_000 + b"\n")
block = b"The hugefilewalrus archive goes on and on. " * 1000 + b"\n"
with open(os.path.join(folder, b"huge.txt"), "wb") as f:
    for _ in range((100 * 1024 * 1024) // len(block) + 1):
        f.write(block)

# Release formats other than text (issue 12): damaged, encrypted, textless, bombed,
# entity-laden, deeply nested, oversized.
write_bad_formats(os.path.join(os.fsdecode(folder), "formats"))

# HTML that is hard to parse.
write("nested.html", b"<html><body>" + b"<div>" * 100_000 + b"<p>deepnestedtapir page</p>")
write("nested-inline.html", b"<html><body>" + b"<b><i><span>" * 30_000 + b"inlinenestedgecko")
write("unclosed.html", b"<html><head><title>Unclosed</title><body><p>unclosedyak text <b><i><table><tr><td>"
      b"cell <div><ul><li>item <a href='x'>link <p>more")
write("many-elements.html", b"<html><body><article><p>manyelementsgnu list follows.</p><ul>" +
      b"".join(b"<li>item %d</li>" % i for i in range(50_000)) + b"</ul></article></body></html>")

# Names that must not break a warning line or reach the terminal as escape sequences.
write(b"escape-\x1b[31m-name.txt", b"")
write(b"new\nline.md", bytes(rng.randrange(256) for _ in range(4096)))

# A name that is not valid UTF-8 (Latin-1 e-acute).
write(b"latin1-caf\xe9.txt", b"Latin-1 name\n\nThe latinnamebison release.\n")

# Hidden, and a special file that must not be opened.
write(".hidden.txt", b"hiddenword\n")
os.mkfifo(os.path.join(folder, b"fifo.txt"))

# Outside the folder: reachable only through links, which must not be followed.
with open(os.path.join(outside, b"secret.txt"), "wb") as f:
    f.write(b"Outside secret\n\nThe outsidesecretword release must never be indexed.\n")
os.symlink(os.path.join(outside, b"secret.txt"), os.path.join(folder, b"link-out.txt"))
os.symlink(outside, os.path.join(folder, b"link-out-dir"))
os.symlink(b".", os.path.join(folder, b"loop"))
os.symlink(b"loop-b.txt", os.path.join(folder, b"loop-a.txt"))
os.symlink(b"loop-a.txt", os.path.join(folder, b"loop-b.txt"))
os.symlink(b"../" + os.path.basename(folder), os.path.join(folder, b"good", b"up"))
