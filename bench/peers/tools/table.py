#!/usr/bin/env python3
"""table.py RESULTS_TSV — the side-by-side tables of one run: req/s with the ratio to PostGraphile (1 worker),
CPU per request (server, and PostgreSQL where the server uses it), and the ratios the goals are stated in.
Every number is the median over the run's rounds; the ratios compare servers measured minutes apart in the same run."""
import csv
import statistics as st
import sys
from collections import defaultdict

NAMES = {"postgraphile": "PostGraphile, 1 worker", "postgraphile-2w": "PostGraphile, 2 workers",
         "ours-sqlite": "ours, SQLite", "ours-pg": "ours, PostgreSQL", "ours-cached": "ours, response cache",
         "ceiling": "ceiling"}
USES_PG = {"postgraphile", "postgraphile-2w", "ours-pg"}
ORDER = list(NAMES)

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
cells = defaultdict(list)
for r in rows:
    cells[(r["query"], r["server"])].append(r)
queries = sorted({r["query"] for r in rows})
servers = [s for s in ORDER if any(r["server"] == s for r in rows)]


def med(q, s, key):
    rs = cells.get((q, s))
    return st.median(float(r[key]) for r in rs) if rs else None


def rps(q, s):
    return med(q, s, "rps")


def cpu_ms(q, s, key):
    """CPU milliseconds per request: percent of one core x 10 / req/s, median over rounds."""
    rs = [r for r in cells.get((q, s), []) if float(r["rps"]) > 0]   # a cell with no answer has no cost per answer
    return st.median(float(r[key]) * 10 / float(r["rps"]) for r in rs) if rs else None


def ratio(a, b):
    return f"{a / b:.2f}×" if a is not None and b else "—"


rounds = max((int(r["rep"]) for r in rows), default=0)
print(f"req/s, median of {rounds} round(s); in brackets the ratio to PostGraphile with 1 worker:")
print()
print("| query | " + " | ".join(NAMES[s] for s in servers) + " |")
print("|---|" + "---:|" * len(servers))
for q in queries:
    base = rps(q, "postgraphile")
    out = []
    for s in servers:
        v = rps(q, s)
        out.append("—" if v is None else f"{v:,.0f}" + ("" if s == "postgraphile" or base is None else f" ({ratio(v, base)})"))
    print(f"| {q} | " + " | ".join(out) + " |")
print()
print("CPU per request, ms (server + PostgreSQL for the servers that use it; from /proc):")
print()
print("| query | " + " | ".join(NAMES[s] for s in servers) + " |")
print("|---|" + "---:|" * len(servers))
for q in queries:
    out = []
    for s in servers:
        srv = cpu_ms(q, s, "srv_cpu")
        if srv is None:
            out.append("—" if rps(q, s) is None else "no answers")
        elif s in USES_PG:
            out.append(f"{srv:.2f} + {cpu_ms(q, s, 'db_cpu'):.2f}")
        else:
            out.append(f"{srv:.2f}")
    print(f"| {q} | " + " | ".join(out) + " |")
print()
for q in queries:
    best = max((v for v in (rps(q, "postgraphile"), rps(q, "postgraphile-2w")) if v is not None), default=None)
    pgl_cpu = (cpu_ms(q, "postgraphile", "srv_cpu") or 0) + (cpu_ms(q, "postgraphile", "db_cpu") or 0)
    parts = []
    for s in ("ours-sqlite", "ours-pg"):
        if rps(q, s) is None:
            continue
        text = f"{NAMES[s]} {ratio(rps(q, s), best)} of PostGraphile's best req/s"
        if cpu_ms(q, s, "srv_cpu") is not None:
            mine = cpu_ms(q, s, "srv_cpu") + (cpu_ms(q, s, "db_cpu") if s in USES_PG else 0)
            text += f" and {ratio(mine, pgl_cpu)} its CPU per request (1 worker)"
        parts.append(text)
    if rps(q, "ours-cached") is not None and rps(q, "ceiling"):
        parts.append(f"response-cache hits at {100 * rps(q, 'ours-cached') / rps(q, 'ceiling'):.0f}% of the ceiling")
    if parts:
        print(f"- {q}: " + "; ".join(parts))
errors = sum(int(r["errors"]) for r in rows)
bad = sorted({f'{r["query"]} {r["server"]}' for r in rows if int(r["errors"])})
loads = [float(r["load1"]) for r in rows]
other = [float(r["other_cpu"]) for r in rows]
print(f"- wrk errors (non-2xx answers, socket errors, timeouts): {errors}" + (f" in {', '.join(bad)}" if bad else ""))
silent = sorted({f'{r["query"]} {r["server"]}' for r in rows if float(r["rps"]) == 0})
if silent:
    print(f"- no answer at all within the measured seconds (every request slower than that): {', '.join(silent)}")
if loads:
    print(f"- load average at the start of the cells: {min(loads):.1f}–{max(loads):.1f}; CPU of other processes during "
          f"the cells: median {st.median(other):.0f}%, max {max(other):.0f}% of one core")
