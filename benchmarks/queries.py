#!/usr/bin/env python3
"""Every bundled query on a store and on its Turtle file in rdflib, in one run: the README's table.

The store side runs each query as a whole ``kg query NAME --store DIR --format
csv`` process (start-up, opening the store and writing every row included;
wall and CPU time of the process and its query worker, best of ``--runs``,
half of them before the rdflib side and half after, so a change of load
touches both) and inside this process (pyoxigraph's query and CSV writer, the
store already open; best wall and CPU time of ``--runs``). The
rdflib side is what a notebook does: one process parses ``graph.ttl`` once,
then runs each query, stopped after ``--limit`` seconds (then the table says
"> LIMIT s").

    python benchmarks/queries.py --store /tmp/pd-store --graph /tmp/pd-out/graph.ttl
    python benchmarks/queries.py --store /tmp/pd-store --graph /tmp/pd-out/graph.ttl --limit 60 \
        --only co-mentions

Made with: ``kg build ../shared/eval/pd1998-dev.jsonl --store /tmp/pd-store --out /tmp/pd-out``.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import measure  # noqa: E402  (the whole-process timer of the build benchmark)

#: Run in a child process: parse the Turtle file once, then each query with a time limit; one JSON line each.
RDFLIB_SIDE = """
import json, resource, sys, time
from kg.errors import QueryError
from kg.query import load_graph, run_query
graph_path, limit, names = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
t = time.perf_counter()
graph = load_graph(graph_path)
mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
parsed = {"name": "(parse)", "seconds": time.perf_counter() - t, "rows": len(graph), "mb": mb}
print(json.dumps(parsed), flush=True)
for name in names:
    t = time.perf_counter()
    try:
        rows = len(run_query(name, graph, timeout=limit).bindings)
    except QueryError as e:
        rows = None if "stopped after" in str(e) else str(e)
    mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"name": name, "seconds": time.perf_counter() - t, "rows": rows, "mb": mb}), flush=True)
"""


def in_process(store_dir: str, names: list[str], runs: int) -> dict[str, tuple[float, float, int]]:
    """Best seconds (wall, CPU) of ``runs`` answers to each query inside one process (store open, CSV
    written), and its rows. On a loaded machine the CPU time is the steadier figure."""
    import pyoxigraph as ox

    from kg.namespaces import PREFIXES
    from kg.query import resolve_query

    store = ox.Store.read_only(store_dir)
    out = {}
    for name in names:
        text, _ = resolve_query(name)
        best = (float("inf"), float("inf"))
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            data = store.query(text, prefixes=PREFIXES).serialize(format=ox.QueryResultsFormat.CSV)
            best = min(best, (time.perf_counter() - t, time.process_time() - c))
        out[name] = (*best, len(list(csv.reader(io.StringIO(data.decode())))) - 1)
    return out


def main(argv: list[str] | None = None) -> int:
    from kg.query import QUERY_DIRS

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", required=True, help="store made by kg build --store")
    ap.add_argument("--graph", required=True, help="the graph.ttl of the same build")
    ap.add_argument("--limit", type=float, default=300.0, help="seconds rdflib may take per query")
    ap.add_argument("--runs", type=int, default=4, help="whole kg query processes per query on the store")
    ap.add_argument("--only", nargs="*", help="query names (default: all bundled queries)")
    args = ap.parse_args(argv)
    names = args.only or sorted({p.stem for d in QUERY_DIRS if d.is_dir() for p in d.glob("*.rq")})
    kg = str(Path(sys.executable).with_name("kg"))
    load = [os.getloadavg()[0]]
    started = time.perf_counter()

    whole: dict[str, list[tuple[float, float, float]]] = {n: [] for n in names}

    def store_pass(runs: int) -> None:
        for _ in range(runs):
            for n in names:
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                seconds, mb = measure([kg, "query", n, "--store", args.store, "--format", "csv"])
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
                whole[n].append((seconds, cpu, mb))
        load.append(os.getloadavg()[0])

    store_pass((args.runs + 1) // 2)
    inside = in_process(args.store, names, args.runs)
    print(f"store: first {(args.runs + 1) // 2} passes done; rdflib over {args.graph} ...", file=sys.stderr)
    rdflib: dict[str, dict] = {}
    proc = subprocess.Popen([sys.executable, "-c", RDFLIB_SIDE, args.graph, str(args.limit), *names],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        rec = json.loads(line)
        rdflib[rec["name"]] = rec
        print(f"  rdflib {rec['name']}: {rec['seconds']:.1f} s, rows {rec['rows']}", file=sys.stderr)
        load.append(os.getloadavg()[0])
    proc.wait()
    store_pass(args.runs // 2)

    p = rdflib.get("(parse)", {})
    print(f"Load average (1 min) during the run: {min(load):.1f} to {max(load):.1f} on {os.cpu_count()} "
          f"cores; {time.perf_counter() - started:.0f} s in all. rdflib parsed the Turtle file once in "
          f"{p.get('seconds', 0):.1f} s ({p.get('rows', 0):,} triples, {p.get('mb', 0):.0f} MB).\n")
    print(f"| query | rows | store, in process: wall / CPU (best of {args.runs}) | store, whole `kg query` "
          f"process: wall / CPU, memory (best of {args.runs}) | rdflib, query on the parsed graph "
          f"(limit {args.limit:g} s) |")
    print("| --- | --- | --- | --- | --- |")
    for n in names:
        seconds, cpu_whole, mb = min(whole[n])
        cpu_whole = min(c for _, c, _ in whole[n])
        rec = rdflib.get(n, {})
        if rec.get("rows") is None:
            theirs = f"> {args.limit:g} s" if rec else "not run"
        elif isinstance(rec["rows"], str):
            theirs = f"failed: {rec['rows'][:60]}"
        else:
            same = rec["rows"] == inside[n][2]
            theirs = f"{rec['seconds']:.1f} s" + ("" if same else f" ({rec['rows']} rows)")
        wall, cpu, rows = inside[n]
        print(f"| {n} | {rows:,} | {wall:.2f} s / {cpu:.2f} s | {seconds:.2f} s / {cpu_whole:.2f} s, "
              f"{mb:.0f} MB | {theirs} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
