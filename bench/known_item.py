#!/usr/bin/env python3
"""Known-item search over newsramp (issue 14): does a rewritten headline find its release?

Each newsramp release ends with a "---" footer of links; one of them, "Newsramp.com TLDR",
points at .../curated-news/<slug>/<id>, where the slug is the release's headline as an
editor rewrote it. The slug's words are the query; the release is the item to find. The
releases are indexed without their footer, so the slug itself is never in the index.

  known_item.py prepare --newsramp DIR --work WORK [--small N]
      WORK/newsramp/: footer-less copies of the releases (same relative paths);
      WORK/small/: hard links to the first N of them in SHA-1 order of their path;
      WORK/queries.tsv: relative path <TAB> query, one per release with a TLDR link.
  known_item.py mix --work WORK --other NAME=DIR...
      WORK/mixed/: hard links to WORK/newsramp (as newsramp/) and each other corpus.
  known_item.py run --engine pressdex|quest-or|quest-and --index INDEX --folder DIR
                    --prefix REL --queries WORK/queries.tsv --out FILE [--search-bin BIN]
                    [--only-under DIR] [--jobs N] [--limit N] [--sample N]
      Runs every query (whole process, as a user would) and writes, per query: the
      target's rank in the top 10 (0 when absent), the number of hits, and the query.
  known_item.py table RESULT...
      The table: found at rank 1, in the top 10, mean reciprocal rank (of the top 10),
      and the share of queries with no result at all.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import random
import re
import subprocess
import sys

TLDR = re.compile(r"\[Newsramp\.com TLDR\]\(https?://[^)/]+/curated-news/([a-z0-9-]+)/")


def footer_start(lines):
    """Index of the last '---' line, where newsramp's footer of links begins, else None. The
    copies are cut here, not by the indexer's rule, so that neither engine sees the slug."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].strip() == "---":
            return i
    return None


def cmd_prepare(args):
    src = os.path.abspath(args.newsramp)
    dest = os.path.join(args.work, "newsramp")
    queries = []
    for root, dirs, files in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.endswith(".md"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src)
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            lines = text.split("\n")
            cut = footer_start(lines)
            footer = "\n".join(lines[cut:]) if cut is not None else ""
            body = "\n".join(lines[:cut]) + "\n" if cut is not None else text
            out = os.path.join(dest, rel)
            os.makedirs(os.path.dirname(out), exist_ok=True)
            with open(out, "w", encoding="utf-8") as f:
                f.write(body)  # every release is indexed, with a query or without
            match = TLDR.search(footer)
            if match is None or TLDR.search(body):
                continue  # no query, or the slug would be indexed
            words = [w for w in match.group(1).split("-") if w]
            if any(re.search("[a-z]", w) for w in words):
                queries.append((rel, " ".join(words)))
    with open(os.path.join(args.work, "queries.tsv"), "w", encoding="utf-8") as f:
        for rel, query in queries:
            f.write(f"{rel}\t{query}\n")
    # The small folder: a deterministic sample that mixes the wires in their proportions.
    small = os.path.join(args.work, "small")
    order = sorted(queries, key=lambda q: hashlib.sha1(q[0].encode()).hexdigest())
    for rel, _ in order[: args.small]:
        out = os.path.join(small, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if not os.path.exists(out):
            os.link(os.path.join(dest, rel), out)
    print(f"{len(queries)} queries; {min(args.small, len(queries))} releases in {small}",
          file=sys.stderr)


def cmd_mix(args):
    mixed = os.path.join(args.work, "mixed")
    sources = [("newsramp", os.path.join(args.work, "newsramp"))]
    for spec in args.other:
        name, _, folder = spec.partition("=")
        sources.append((name, folder))
    count = 0
    for name, folder in sources:
        for root, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for f in files:
                if f.startswith("."):
                    continue
                path = os.path.join(root, f)
                out = os.path.join(mixed, name, os.path.relpath(path, folder))
                os.makedirs(os.path.dirname(out), exist_ok=True)
                if not os.path.exists(out):
                    os.link(path, out)
                count += 1
    print(f"{count} files in {mixed}", file=sys.stderr)


def pressdex_hits(args, query):
    """Each hit as the set of paths it stands for (itself and its collapsed copies)."""
    proc = subprocess.run([args.search_bin, "--index", args.index, "--json", "--limit",
                           str(args.limit), "--", query],
                          capture_output=True, text=True)
    if proc.returncode not in (0,):
        raise RuntimeError(f"pressdex-search failed on {query!r}: {proc.stderr.strip()}")
    hits, kinds = [], []
    # One object a line; split on newlines only, for the text may hold U+2028 and the like.
    for line in proc.stdout.split("\n"):
        if not line:
            continue
        obj = json.loads(line)
        if "path" in obj:
            hits.append({obj["path"], *obj.get("copies", [])})
            kinds.append(obj.get("match", "all_words"))
    # Issue 14's rule: no hit with only some of the words above one with all of them.
    if kinds != sorted(kinds):
        raise RuntimeError(f"a some-words hit ranks above an all-words hit for {query!r}")
    return hits


def quest_hits(args, query, op):
    proc = subprocess.run(["quest", "-d", args.index, "-o", op, "-m", str(args.limit), query],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"quest failed on {query!r}: {proc.stderr.strip()}")
    hits = []
    for line in proc.stdout.splitlines():
        if line.startswith("url=/"):
            hits.append({os.path.join(args.folder, line[len("url=/"):])})
    return hits


def cmd_run(args):
    with open(args.queries, encoding="utf-8") as f:
        queries = [line.rstrip("\n").split("\t", 1) for line in f if "\t" in line]
    if args.only_under:
        base = os.path.abspath(args.only_under)
        queries = [q for q in queries if os.path.exists(os.path.join(base, q[0]))]
    if args.sample and args.sample < len(queries):
        queries = random.Random(14).sample(queries, args.sample)
    folder = os.path.abspath(args.folder)
    args.folder = folder

    def one(item):
        rel, query = item
        target = os.path.join(folder, args.prefix, rel) if args.prefix else os.path.join(folder, rel)
        if args.engine == "pressdex":
            hits = pressdex_hits(args, query)
        else:
            hits = quest_hits(args, query, args.engine.split("-", 1)[1])
        rank = next((i + 1 for i, paths in enumerate(hits) if target in paths), 0)
        return rank, len(hits), query, rel

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool, \
            open(args.out, "w", encoding="utf-8") as out:
        for rank, n, query, rel in pool.map(one, queries, chunksize=16):
            out.write(f"{rank}\t{n}\t{rel}\t{query}\n")


def summary(path):
    ranks, empty = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            rank, n, *_ = line.split("\t")
            ranks.append(int(rank))
            empty += int(n) == 0
    total = len(ranks)
    return {
        "queries": total,
        "at1": sum(r == 1 for r in ranks) / total,
        "top10": sum(0 < r <= 10 for r in ranks) / total,
        "mrr": sum(1 / r for r in ranks if r) / total,
        "none": empty / total,
    }


def cmd_table(args):
    print("| folder | releases | queries | engine | found at 1 | in top 10 | MRR | no result |")
    print("|---|---|---|---|---|---|---|---|")
    for spec in args.results:
        # LABEL:RELEASES:ENGINE:FILE
        label, releases, engine, path = spec.split(":", 3)
        s = summary(path)
        print(f"| {label} | {releases} | {s['queries']} | {engine} | {s['at1']:.3f} | "
              f"{s['top10']:.3f} | {s['mrr']:.3f} | {s['none']:.3f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--newsramp", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--small", type=int, default=1200)
    p.set_defaults(func=cmd_prepare)
    m = sub.add_parser("mix")
    m.add_argument("--work", required=True)
    m.add_argument("--other", nargs="*", default=[])
    m.set_defaults(func=cmd_mix)
    r = sub.add_parser("run")
    r.add_argument("--engine", choices=["pressdex", "quest-or", "quest-and"], required=True)
    r.add_argument("--index", required=True)
    r.add_argument("--folder", required=True, help="the folder that was indexed")
    r.add_argument("--prefix", default="", help="where the newsramp files are below it")
    r.add_argument("--queries", required=True)
    r.add_argument("--only-under", default="", help="only queries whose release is in DIR")
    r.add_argument("--out", required=True)
    r.add_argument("--search-bin", default="pressdex-search")
    r.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    r.add_argument("--limit", type=int, default=10)
    r.add_argument("--sample", type=int, default=0)
    r.set_defaults(func=cmd_run)
    t = sub.add_parser("table")
    t.add_argument("results", nargs="+", help="LABEL:RELEASES:ENGINE:FILE")
    t.set_defaults(func=cmd_table)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
