#!/usr/bin/env python3
"""Helper of bench/run: the query commands, the scale series' subsets, and the result tables.

  report.py commands --queries FILE --search-bin BIN --pressdex-index DIR --omindex-db DIR
                     --folder DIR [--first N]
      One line per query: id, pressdex-search command, quest command, rg command (only for
      a query that is a single phrase), tab-separated, each quoted for a POSIX shell (what
      hyperfine -N and bash's eval both read).
  report.py quest-query QUERY
      The query as quest is given it (see translate_for_quest).
  report.py mix --size N|all --dest DIR SOURCE...
      Hard-links the first N files of the deterministic mix of the SOURCE folders into DIR.
  report.py table OUT_DIR
      The markdown tables of a run, from what bench/run left in OUT_DIR.
"""

import argparse
import hashlib
import json
import math
import os
import re
import shlex
import shutil
import statistics
import sys
from pathlib import Path

# --- queries ---------------------------------------------------------------------------

# Fields omindex has no counterpart for: their words stay, as plain words or phrases.
WORD_FIELDS = ("title", "speaker", "org", "role", "quote", "place")
# Fields that are filters, not words: dropped with their value.
DROPPED_FIELDS = ("date", "type", "path")


def translate_for_quest(query):
    """pressdex's query for quest on omindex's database.

    Words, phrases, boolean operators, NEAR, wildcards and parentheses are the same in both
    (both are Xapian's QueryParser). title:, speaker:, org:, role:, quote: and place: lose
    the field and keep their words; date:, type: and path: are dropped with their value.
    title: is not mapped to omindex's S prefix: omindex reads .md files as text/plain, and
    its text/plain handler stores no title, so title:word would match nothing in quest.
    """
    value = r'(?:"[^"]*"|[^\s()]+)'
    q = re.sub(r'(?<![\w"])(?:%s):%s' % ("|".join(DROPPED_FIELDS), value), " ", query)
    q = re.sub(r'(?<![\w"])(?:%s):' % "|".join(WORD_FIELDS), "", q)
    q = " ".join(q.split())
    # A dropped filter can leave an operator with nothing on one side.
    q = re.sub(r"^(?:AND|OR|NOT)\s+|\s+(?:AND|OR|NOT)$", "", q)
    return q


def single_phrase(query):
    """The phrase, when the whole query is one "quoted phrase" (what rg -F can look for)."""
    m = re.fullmatch(r'\s*"([^"]+)"\s*', query)
    return m.group(1) if m else None


def read_queries(path):
    queries = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            queries.append(line)
    return queries


def cmd_commands(args):
    queries = read_queries(args.queries)
    if args.first:
        queries = queries[: args.first]
    for n, query in enumerate(queries, 1):
        quest_query = translate_for_quest(query)
        if not quest_query:
            sys.exit(f"report.py: query {query!r} has nothing left for quest")
        pressdex = [args.search_bin, "--index", args.pressdex_index, query]
        # -o and: pressdex ANDs words, quest ORs them by default. -m 10: pressdex's 10 hits.
        # -c 1000: pressdex counts matches exactly up to 1,000 (exact_total_up_to).
        quest = ["quest", "-d", args.omindex_db, "-o", "and", "-m", "10", "-c", "1000",
                 "-f", "default,wildcard", quest_query]
        phrase = single_phrase(query)
        rg = ["rg", "-l", "-i", "-F", phrase, args.folder] if phrase else None
        print("\t".join([f"q{n:02d}", shlex.join(pressdex), shlex.join(quest),
                         shlex.join(rg) if rg else ""]))


# --- scale series ----------------------------------------------------------------------

def cmd_mix(args):
    """The files of all sources in one order fixed by a hash of their names, so that every
    prefix mixes the sources in their proportions, and every machine gets the same sets."""
    files = []
    for source in args.sources:
        root = Path(source)
        name = root.name
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for f in filenames:
                if f.startswith("."):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, f), root)
                key = hashlib.sha1(f"{name}/{rel}".encode()).hexdigest()
                files.append((key, root / rel, Path(name) / rel))
    files.sort()
    if args.size != "all":
        files = files[: int(args.size)]
    dest = Path(args.dest)
    shutil.rmtree(dest, ignore_errors=True)
    for _, src, rel in files:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(src, target)


# --- reading results -------------------------------------------------------------------

def read_tsv(path):
    if not path.exists():
        return []
    return [line.split("\t") for line in path.read_text().splitlines() if line]


def parse_time_v(path):
    """Wall seconds, peak RSS in KB, CPU seconds and CPU % from /usr/bin/time -v."""
    fields = {}
    for line in path.read_text().splitlines():
        key, _, value = line.strip().rpartition(": ")
        fields[key] = value
    wall = 0.0
    for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return {
        "wall": wall,
        "rss_kb": int(fields["Maximum resident set size (kbytes)"]),
        "cpu": cpu,
        "cpu_pct": fields["Percent of CPU this job got"],
    }


def percentile(values, fraction):
    """Nearest-rank percentile."""
    s = sorted(values)
    rank = max(1, math.ceil(fraction * len(s)))
    return s[rank - 1]


def pressdex_matches(text):
    """From the last line of pressdex-search's text output: "Releases 1-10 of about 958."."""
    m = re.search(r"(?:Releases|Quotes) \d+-\d+ of (?:about )?([\d,]+)", text)
    if m:
        return m.group(1).replace(",", "")
    return "0" if re.search(r"No \w+ match", text) else "?"


def quest_matches(text):
    m = re.search(r"Exactly (\d+) matches|best estimate is (\d+)|About (\d+) matches", text)
    return next(g for g in m.groups() if g) if m else "?"


# --- formatting ------------------------------------------------------------------------

def secs(s):
    return f"{s:.1f} s" if s >= 10 else f"{s:.2f} s"


def ms(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def cpu(t):
    """CPU seconds (user + system) and how many cores' worth that was."""
    digits = 1 if t["cpu"] < 10 else 0
    return f"{t['cpu']:.{digits}f} s ({t['cpu_pct']})"


def mb(kb):
    return f"{kb / 1024:.0f} MB"


def verdict(ok):
    return "yes" if ok else "**no**"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def cmd_table(args):
    out = Path(args.out)
    machine = dict(r[:2] for r in read_tsv(out / "machine.tsv"))
    index_rows = {r[0]: r for r in read_tsv(out / "index.tsv")}
    timed = {label: parse_time_v(out / "time" / f"{label}.txt") for label in index_rows}
    size_kb = {label: int(r[2]) for label, r in index_rows.items()}
    targets = []  # (what, measured, goal, met)
    parts = []

    smoke = machine.get("mode") == "smoke"
    title = "pressdex benchmarks" + (" (smoke run: numbers mean nothing)" if smoke else "")
    parts.append(f"# {title}\n\n{machine.get('date', '')}: `{machine.get('command', 'bench/run')}`")
    parts.append("## Machine\n\n" + table(["", ""], [
        ["CPU", f"{machine.get('cpu', '?')}, {machine.get('cores', '?')} cores"],
        ["RAM", machine.get("ram", "?")],
        ["OS", machine.get("os", "?")],
        ["load average (1, 5, 15 min) at start / end",
         f"{machine.get('load_start', '?')} / {machine.get('load_end', '?')}"],
        ["versions", f"{machine.get('pressdex', '?')}; {machine.get('xapian', '?')}; "
                     f"{machine.get('omindex', '?')}; {machine.get('hyperfine', '?')}; "
                     f"{machine.get('rg', '?')}"],
    ]))

    folder_desc = (f"{int(machine.get('folder_files', 0)):,} files, "
                   f"{machine.get('folder_mb', '?')} MB on disk")
    folder_name = Path(machine.get("folder", "?")).name
    if "pressdex" in timed and "omindex" in timed:
        p, o, r = timed["pressdex"], timed["omindex"], timed.get("pressdex-rerun")
        summary = (out / "logs" / "pressdex.out").read_text().strip().splitlines()
        rows = [
            ["pressdex-index", secs(p["wall"]), cpu(p),
             mb(p["rss_kb"]), mb(size_kb["pressdex"])],
            ["omindex", secs(o["wall"]), cpu(o),
             mb(o["rss_kb"]), mb(size_kb["omindex"])],
            ["pressdex / omindex", f"{p['wall'] / o['wall']:.2f}", f"{p['cpu'] / o['cpu']:.2f}",
             f"{p['rss_kb'] / o['rss_kb']:.2f}", f"{size_kb['pressdex'] / size_kb['omindex']:.2f}"],
        ]
        if r:
            rows.append(["pressdex-index re-run, nothing changed", secs(r["wall"]),
                         cpu(r), mb(r["rss_kb"]), ""])
        parts.append(f"## Indexing {folder_name} ({folder_desc})\n\n"
                     + table(["", "wall time", "CPU time (% of a core)", "peak RSS", "index size"], rows)
                     + (f"\n\npressdex-index said: `{summary[-1]}`" if summary else ""))
        targets += [
            ["index time, pressdex / omindex", f"{p['wall'] / o['wall']:.2f}", "<= 0.40",
             verdict(p["wall"] <= 0.4 * o["wall"])],
            ["peak RSS, pressdex / omindex", f"{p['rss_kb'] / o['rss_kb']:.2f}", "<= 0.50",
             verdict(p["rss_kb"] <= 0.5 * o["rss_kb"])],
            ["index size, pressdex / omindex", f"{size_kb['pressdex'] / size_kb['omindex']:.2f}",
             "<= 1.00", verdict(size_kb["pressdex"] <= size_kb["omindex"])],
        ]
        if r:
            targets.append(["unchanged re-run / full index time",
                            f"{100 * r['wall'] / p['wall']:.1f} %", "<= 3 %",
                            verdict(r["wall"] <= 0.03 * p["wall"])])

    commands = read_tsv(out / "queries" / "commands.tsv")
    if commands:
        per_query = []  # id, query, pressdex median, quest median, rg median or None, matches
        for row in commands:
            qid, pressdex_cmd, quest_cmd = row[:3]
            rg_cmd = row[3] if len(row) > 3 else ""
            results = json.loads((out / "queries" / f"{qid}.json").read_text())["results"]
            rg = None
            if rg_cmd:
                rg = json.loads((out / "queries" / f"{qid}.rg.json").read_text())["results"][0]
            per_query.append({
                "id": qid,
                "query": shlex.split(pressdex_cmd)[-1],
                "quest_query": shlex.split(quest_cmd)[-1],
                "pressdex": statistics.median(results[0]["times"]),
                "quest": statistics.median(results[1]["times"]),
                "rg": statistics.median(rg["times"]) if rg else None,
                "pressdex_matches": pressdex_matches(
                    (out / "queries" / f"{qid}.pressdex.txt").read_text(errors="replace")),
                "quest_matches": quest_matches(
                    (out / "queries" / f"{qid}.quest.txt").read_text(errors="replace")),
            })
        phrases = [q for q in per_query if q["rg"] is not None]

        def stat_row(name, values):
            return [name, len(values), ms(statistics.median(values)), ms(percentile(values, 0.95))]

        rows = [stat_row("pressdex-search", [q["pressdex"] for q in per_query]),
                stat_row("quest", [q["quest"] for q in per_query])]
        if phrases:
            rows += [stat_row("pressdex-search, phrase queries", [q["pressdex"] for q in phrases]),
                     stat_row("rg -l -i -F, phrase queries", [q["rg"] for q in phrases])]
        parts.append(f"## Query latency, whole process, on {folder_name}\n\n"
                     "Each query's time is the median of its runs; median and p95 are over the "
                     "queries.\n\n" + table(["", "queries", "median", "p95"], rows))
        pm = statistics.median(q["pressdex"] for q in per_query)
        qm = statistics.median(q["quest"] for q in per_query)
        targets.append(["query median, pressdex-search / quest", f"{pm / qm:.2f}", "<= 1.5",
                        verdict(pm <= 1.5 * qm)])
        if phrases:
            rm = statistics.median(q["rg"] for q in phrases)
            ppm = statistics.median(q["pressdex"] for q in phrases)
            worst = min(q["rg"] / q["pressdex"] for q in phrases)
            targets.append(["phrase queries, rg / pressdex-search (medians; worst query)",
                            f"{rm / ppm:.1f} x; {worst:.1f} x", ">= 30 x",
                            verdict(rm >= 30 * ppm)])
        detail = [[q["id"], "`" + q["query"].replace("|", "\\|") + "`",
                   "`" + q["quest_query"].replace("|", "\\|") + "`",
                   q["pressdex_matches"], q["quest_matches"], ms(q["pressdex"]), ms(q["quest"]),
                   ms(q["rg"]) if q["rg"] is not None else ""] for q in per_query]
        per_query_table = ("## Per query\n\n" + table(
            ["", "pressdex query", "quest query", "pressdex matches", "quest matches",
             "pressdex", "quest", "rg"], detail))
    else:
        per_query_table = None

    scale = read_tsv(out / "scale.tsv")
    if scale:
        rows, first = [], None
        for label, count in scale:
            t = timed[label]
            n = int(count)
            per_k = t["wall"] / n * 1000
            cpu_per_k = t["cpu"] / n * 1000
            first = first or (per_k, t["rss_kb"], cpu_per_k)
            rows.append([f"{n:,}", secs(t["wall"]), secs(per_k), cpu(t), secs(cpu_per_k),
                         mb(t["rss_kb"]), mb(size_kb[label])])
        parts.append(f"## Scale: {machine.get('scale_sources', '?')}, mixed\n\n"
                     + table(["releases", "wall time", "wall per 1,000", "CPU time (% of a core)",
                              "CPU per 1,000", "peak RSS", "index size"], rows))
        last = timed[scale[-1][0]]
        last_per_k = last["wall"] / int(scale[-1][1]) * 1000
        last_cpu_per_k = last["cpu"] / int(scale[-1][1]) * 1000
        targets += [
            [f"scale: time per 1,000 releases, {int(scale[-1][1]):,} / {int(scale[0][1]):,}",
             f"{last_per_k / first[0]:.2f} (CPU time: {last_cpu_per_k / first[2]:.2f})",
             "<= 1.25 (linear)",
             verdict(last_per_k <= 1.25 * first[0])],
            [f"scale: peak RSS, {int(scale[-1][1]):,} / {int(scale[0][1]):,}",
             f"{last['rss_kb'] / first[1]:.2f}", "<= 1.25 (flat)",
             verdict(last["rss_kb"] <= 1.25 * first[1])],
        ]

    inprocess = out / "inprocess.json"
    if inprocess.exists():
        data = json.loads(inprocess.read_text())
        stats = {}
        for b in data["benchmarks"]:
            if b.get("run_type") != "aggregate":
                continue
            name = b["run_name"].split("/")[0]
            unit = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b.get("time_unit", "ns")]
            stats.setdefault(name, {})[b["aggregate_name"]] = b["real_time"] * unit
            stats[name]["reps"] = b.get("repetitions", "?")
        examples = {}
        log = out / "logs" / "inprocess.out"
        docs = "?"
        for line in log.read_text(errors="replace").splitlines():
            m = re.match(r"\s+(\w+): (.*) -> (\d+) matches$", line)
            if m:
                examples.setdefault(m.group(1), []).append(f"`{m.group(2)}` ({m.group(3)})")
            m = re.match(r"index .*: (\d+) releases$", line)
            if m:
                docs = f"{int(m.group(1)):,}"
        rows = [[name, ms(s["median"]), ms(s["p99"]), s["reps"],
                 ", ".join(examples.get(name, [])).replace("|", "\\|")]
                for name, s in stats.items()]
        parts.append(f"## In-process search latency, {docs} releases (pressdex-bench-search)\n\n"
                     "One search per repetition on an open Searcher, the queries of a type in "
                     "turn; 10 hits with snippets.\n\n"
                     + table(["query type", "median", "p99", "repetitions",
                              "queries (matches)"], rows))

    if targets:
        parts.insert(2, "## Targets of issue 7\n\n"
                     + table(["", "measured", "target", "met"], targets))
    if per_query_table:
        parts.append(per_query_table)
    print("\n\n".join(parts))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("commands")
    c.add_argument("--queries", required=True)
    c.add_argument("--search-bin", required=True)
    c.add_argument("--pressdex-index", required=True)
    c.add_argument("--omindex-db", required=True)
    c.add_argument("--folder", required=True)
    c.add_argument("--first", type=int, default=0)
    c.set_defaults(func=cmd_commands)
    q = sub.add_parser("quest-query")
    q.add_argument("query")
    q.set_defaults(func=lambda a: print(translate_for_quest(a.query)))
    m = sub.add_parser("mix")
    m.add_argument("--size", required=True)
    m.add_argument("--dest", required=True)
    m.add_argument("sources", nargs="+")
    m.set_defaults(func=cmd_mix)
    t = sub.add_parser("table")
    t.add_argument("out")
    t.set_defaults(func=cmd_table)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
