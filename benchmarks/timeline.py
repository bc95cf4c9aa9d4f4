#!/usr/bin/env python3
"""When each stage of a real ``kg build -j N`` ends, and which threads and processes spent its CPU.

``kg build`` runs in this process as the command does (same store, same files);
each stage's end is stamped with the wall time and the CPU seconds since the
last stamp, apart for the main thread (extraction with one job; reading the
workers' results and handing them on with several), for the process's other
threads (Oxigraph's loads and RocksDB's compaction, which run beside the main
thread) and, at the end, for the worker processes. ``benchmarks/stages.py``
runs the stages one after the other; this shows how a build overlaps them, and
so what bounds the time of a build with two jobs on two cores:

    python benchmarks/timeline.py ../shared/eval/pd1998-dev.jsonl -j 2
    python benchmarks/timeline.py news.jsonl -j 1 --out /tmp/timeline   # keep the store and files

The last line gives the bound: while the documents are extracted, every core is
busy once the CPU of that phase (workers, loads, main thread) exceeds cores x
its wall time; the stages after it (the page, the Turtle) run one after the other.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import input_file  # noqa: E402


def process_cpu() -> float:
    """CPU seconds of every thread of this process so far."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def children_cpu() -> float:
    """CPU seconds of the child processes that ended and were waited for (the build's workers)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


class Timeline:
    """Stamps stage ends: wall seconds since the start, CPU of the main thread and of the other threads
    since the previous stamp, printed as a Markdown table row."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.main, self.process = time.thread_time(), process_cpu()
        self.rows: list[tuple[str, float, float, float]] = []
        print("| stage ends | at s | main thread CPU s | other threads CPU s |\n| --- | --- | --- | --- |")

    def stamp(self, name: str) -> None:
        at, main, process = time.perf_counter() - self.t0, time.thread_time(), process_cpu()
        row = (name, at, main - self.main, (process - self.process) - (main - self.main))
        self.rows.append(row)
        print(f"| {name} | {at:.2f} | {row[2]:.2f} | {row[3]:.2f} |", flush=True)
        self.main, self.process = main, process


def stamped(timeline: Timeline, fn: Callable, before: str | None, after: str) -> Callable:
    """``fn`` stamped before (when ``before`` is given) and after each call."""

    @functools.wraps(fn)
    def run(*args, **kwargs):
        if before is not None:
            timeline.stamp(before)
        try:
            return fn(*args, **kwargs)
        finally:
            timeline.stamp(after)

    return run


@contextlib.contextmanager
def instrumented(timeline: Timeline) -> Iterator[None]:
    """Stamps on the stages of :func:`kg.api.build_outputs` into a new store, taken off again at the end.

    kg imports these functions inside the functions that call them, so each is replaced in its module.
    """
    import kg.export.html
    import kg.store

    def confidences(self):
        timeline.stamp("every document extracted and its part loaded or queued")
        yield from quads(self)

    def page(*args, **kwargs):
        write = page_writer(*args, **kwargs)
        timeline.stamp("page data read")
        return stamped(timeline, write, None, "graph.html")

    quads, page_writer = kg.store.Confidences.quads, kg.export.html.page_writer
    replaced = [
        (kg.store, "load_articles", stamped(timeline, kg.store.load_articles, START, LOADS_DONE)),
        (kg.store.Confidences, "quads", confidences),
        (kg.store, "reopen_new", stamped(timeline, kg.store.reopen_new, None, "store closed, opened again")),
        (kg.store, "triple_count", stamped(timeline, kg.store.triple_count, None, "triples counted")),
        (kg.store, "write_turtle", stamped(timeline, kg.store.write_turtle, None, "graph.ttl")),
        # (a small store's Turtle, dumped while the page is made, is typed once the page is written)
        (kg.store, "typed_turtle", stamped(timeline, kg.store.typed_turtle, None, "graph.ttl")),
        (kg.export.html, "page_writer", page),
    ]
    originals = [(owner, name, getattr(owner, name)) for owner, name, _fn in replaced]
    for owner, name, fn in replaced:
        setattr(owner, name, fn)
    try:
        yield
    finally:
        for owner, name, fn in originals:
            setattr(owner, name, fn)


#: The stamps that start and end the extraction phase (the documents read, extracted and loaded).
START, LOADS_DONE = "start (rules loaded, input opened)", "loads done (vocabulary, confidences, records)"


def summary(rows: list[tuple[str, float, float, float]], workers: float, cores: int) -> str:
    """What bounds the build of the :class:`Timeline` ``rows``: the extraction phase lasts at least its
    main thread's CPU (one job: the extraction itself) and its whole CPU (``workers`` too) over ``cores``;
    the stages after it run one after the other."""
    at = {name: at for name, at, _main, _other in rows}
    phase = [r for r in rows if at[START] < r[1] <= at[LOADS_DONE]]
    main, other = sum(r[2] for r in phase), sum(r[3] for r in phase)
    wall, busy = at[LOADS_DONE] - at[START], main + other + workers
    bound, after = max(main, busy / cores), rows[-1][1] - at[LOADS_DONE]
    return (f"{rows[-1][1]:.2f} s wall; extraction phase {wall:.2f} s: main thread {main:.2f} s CPU, other "
            f"threads (loads, compaction) {other:.2f}, workers {workers:.2f}, {busy:.2f} in all "
            f"({busy / wall:.2f} of {cores} cores), so at least {bound:.2f} s; then {after:.2f} s of stages "
            "one after the other")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?", type=Path, help="JSONL or text input (default: PD dev)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="worker processes, as kg build -j (2)")
    ap.add_argument("--out", type=Path, help="folder for the store and files (default: a temporary one)")
    args = ap.parse_args(argv)
    args.input = input_file(args.input)
    out = args.out or Path(tempfile.mkdtemp(prefix="kg-timeline-"))
    cores = os.cpu_count() or 1
    print(f"kg build -j {args.jobs} {args.input}, {cores} cores, load average {os.getloadavg()[0]:.1f}")
    timeline = Timeline()
    from kg.cli import cli

    gc.set_threshold(10_000, 10, 10)  # as kg's main() sets it
    timeline.stamp("imports")
    try:
        with instrumented(timeline):
            cli.main(["build", str(args.input), "-j", str(args.jobs), "--out", str(out)],
                     standalone_mode=False)
    finally:
        if args.out is None:
            shutil.rmtree(out, ignore_errors=True)
    timeline.stamp("end")
    print(f"\n{summary(timeline.rows, children_cpu(), cores)}; load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
