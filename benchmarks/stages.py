#!/usr/bin/env python3
"""CPU seconds of each stage of a one-job ``kg build``, in one process.

Where a build's time goes, stage by stage, through the functions ``kg build -j 1``
runs (the same graph.ttl and graph.html): reading and extracting every document,
rendering the article graphs as N-Quads (:func:`kg.store.article_part`), Oxigraph's
bulk loads (parsing, sorting and writing in its own threads), the RocksDB compaction
that goes on once they are done, the Turtle dump and the page. CPU is counted over
every thread of the process (``getrusage``), so Oxigraph's threads count with the
stage that runs them; the compaction threads' own share is shown apart. CPU time
is steadier than wall time on a shared machine; both are printed.

    python benchmarks/stages.py ../shared/eval/pd1998-dev.jsonl
    python benchmarks/stages.py news.jsonl --out /tmp/stages   # keep the store and files

The stages run one after the other (a real build overlaps extraction and loading),
and every article's part is held until the loads (the whole input in memory): use
it on inputs of the size of PD dev, not on archives.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import input_file  # noqa: E402


def cpu() -> float:
    """CPU seconds (user + system) of every thread of this process so far."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def rocksdb_cpu() -> float:
    """CPU seconds of RocksDB's background threads (compaction and flushes), alive ones (Linux)."""
    ticks = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            if not (task / "comm").read_text().startswith("rocksdb"):
                continue
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def settled(since: float, poll: float = 2.0) -> None:
    """Wait until RocksDB's background threads stop working (compaction after the last load)."""
    while True:
        time.sleep(poll)
        now = rocksdb_cpu()
        if now - since < 0.05:
            return
        since = now


class Stages:
    """Prints each stage's CPU and wall seconds as it ends."""

    def __init__(self) -> None:
        self.cpu, self.wall = cpu(), time.perf_counter()
        self.rows: list[tuple[str, float, float]] = []

    def end(self, name: str) -> None:
        c, w = cpu(), time.perf_counter()
        self.rows.append((name, c - self.cpu, w - self.wall))
        print(f"| {name} | {c - self.cpu:.2f} | {w - self.wall:.2f} |", flush=True)
        self.cpu, self.wall = c, w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?", type=Path, help="JSONL or text input (default: PD dev)")
    ap.add_argument("--out", type=Path, help="folder for the store and files (default: a temporary one)")
    args = ap.parse_args(argv)
    args.input = input_file(args.input)
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-stages-"))
    print(f"input {args.input}, load average {os.getloadavg()[0]:.1f}")
    print("| stage | CPU s | wall s |\n| --- | --- | --- |")
    stages = Stages()
    from kg import api
    from kg.export.html import PageViews, page_writer
    from kg.link import Namesakes
    from kg.store import article_part, fresh_store, load_articles, steady_malloc, write_turtle
    steady_malloc()  # as kg build does
    stages.end("imports")

    rules = api._load_rules(None)
    results = [r for _doc, rs in api.process_all(api._documents([args.input]), jobs=1) for r in rs]
    namesakes = Namesakes()  # same-named people of places side by side told apart, as a build does
    for r in results:
        namesakes.add(r)
    results = [namesakes.rekey(r) for r in results]
    stages.end(f"extract ({len(results):,} articles)")
    builder = api._graph_builder(rules)
    parts = [article_part([r], builder, views=True) for r in results]
    del results
    stages.end(f"render article parts ({sum(p.quads for p in parts):,} quads)")

    (out / "store").mkdir(parents=True, exist_ok=True)
    store, _path = fresh_store(out / "store")
    views = PageViews()
    before = rocksdb_cpu()
    load_articles(store, iter(parts), rules=rules, views=views)
    del parts
    stages.end("bulk loads")
    loading = rocksdb_cpu()
    settled(loading)
    stages.end("compaction after the loads")
    with open(out / "graph.ttl", "wb") as fh:
        write_turtle(store, fh)
    stages.end("Turtle")
    write_page = page_writer(store, rules=rules, views=views)
    with open(out / "graph.html", "wb") as fh:
        write_page(fh)
    stages.end("page")
    total_cpu = sum(c for _n, c, _w in stages.rows)
    print(f"\ntotal {total_cpu:.2f} s CPU, {sum(w for _n, _c, w in stages.rows):.2f} s wall; RocksDB's "
          f"background threads {rocksdb_cpu() - before:.2f} s CPU of it ({loading - before:.2f} s during the "
          f"loads); peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB (every part held); "
          f"load average {os.getloadavg()[0]:.1f}")
    del store
    if args.out is None:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
