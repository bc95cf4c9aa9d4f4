#!/usr/bin/env python3
"""Resident memory of a one-job ``kg build``, phase by phase, in one process.

Where a build's peak is: the build runs as ``kg build FILE -j 1`` does (the same
store and files), and a thread samples the process every second (``--every``): resident memory,
what glibc's allocator has handed out and holds in its arenas (``mallinfo2``), and
Python's allocated blocks. The phases are the extraction with the loads running
beside it, what a new store gets once every document is loaded (``ours``: the vocabulary, the
confidences, the build's records), the page, and the Turtle (:func:`kg.api._exports`); each phase's peak and
the build's are printed at the end, with ``--timeline`` every sample too.

    python benchmarks/memory.py ../shared/eval/pd1998-dev.jsonl
    python benchmarks/memory.py ../shared/eval/pd1998-dev.jsonl --scale 10   # a 10x copy, as bench.py's

A single run says where the memory goes, not a figure to compare across machines;
the peak of bench.py (the process tree, sampled every 20 ms) is the benchmark's.
"""
from __future__ import annotations

import argparse
import ctypes
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import input_file, repeat_copy  # noqa: E402


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
        "keepcost")]


def _mallinfo():
    """glibc's ``mallinfo2`` (None under another C library)."""
    try:
        fn = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):
        return None
    fn.restype = _Mallinfo2
    return fn


def _rss_mb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


class Sampler:
    """Samples this process every ``every`` seconds, the peak kept per phase."""

    def __init__(self, every: float, timeline: bool) -> None:
        self.every, self.timeline = every, timeline
        self.phase, self.peaks, self.t0 = "extract+load", {}, time.perf_counter()
        self.mallinfo = _mallinfo()

    def sample(self) -> None:
        rss = _rss_mb()
        self.peaks[self.phase] = max(self.peaks.get(self.phase, 0), rss)
        if self.timeline:
            line = f"{time.perf_counter() - self.t0:7.1f} s  {self.phase:13s} {rss:5d} MB"
            if self.mallinfo is not None:
                m = self.mallinfo()
                line += f"  malloc in use {(m.uordblks + m.hblkhd) >> 20:4d} MB, arenas {m.arena >> 20:4d} MB"
            print(f"{line}  Python blocks {sys.getallocatedblocks():,}", file=sys.stderr, flush=True)

    def run(self) -> None:
        while True:
            self.sample()
            time.sleep(self.every)

    def enter(self, phase: str) -> None:
        self.sample()
        self.phase = phase


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?", type=Path, help="a JSONL file (default: PD dev)")
    ap.add_argument("--scale", type=int, default=1, help="copies of the input (1)")
    ap.add_argument("--timeline", action="store_true", help="print every sample")
    ap.add_argument("--every", type=float, default=1.0,
                    help="seconds between samples (1; bench.py samples every 0.02, catching short spikes)")
    args = ap.parse_args(argv)
    args.input = input_file(args.input)

    import kg.api
    import kg.export.html
    import kg.store

    kg.store.steady_malloc()  # as kg build does

    sampler = Sampler(args.every, args.timeline)
    load, page_writer, turtle = kg.api._WrittenStore.load, kg.export.html.page_writer, kg.store.write_turtle
    quads = kg.store.Confidences.quads

    def ours(self):
        sampler.enter("ours")  # every document extracted and loaded: the vocabulary, confidences, records
        yield from quads(self)

    def loaded(self, *a, **k):
        try:
            return load(self, *a, **k)
        finally:
            sampler.enter("after loads")

    def page(*a, **k):
        sampler.enter("page")
        return page_writer(*a, **k)

    def dump(*a, **k):
        sampler.enter("Turtle")
        return turtle(*a, **k)

    kg.api._WrittenStore.load = loaded  # type: ignore[method-assign]
    kg.export.html.page_writer = page
    kg.store.write_turtle = dump
    kg.store.Confidences.quads = ours  # type: ignore[method-assign]
    threading.Thread(target=sampler.run, daemon=True).start()
    with tempfile.TemporaryDirectory(prefix="kg-memory-") as tmp:
        path = args.input
        if args.scale != 1:
            path = Path(tmp) / f"{args.input.stem}-x{args.scale}.jsonl"
            repeat_copy(args.input, path, args.scale)
        t0 = time.perf_counter()
        kg.api.build_outputs([str(path)], out=Path(tmp) / "out", store=Path(tmp) / "store", jobs=1)
        sampler.enter("done")
    peak = max(sampler.peaks.values())
    print(f"{args.input.name} x{args.scale}: {time.perf_counter() - t0:.1f} s, peak {peak} MB "
          f"({', '.join(f'{phase} {mb}' for phase, mb in sampler.peaks.items() if phase != 'done')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
