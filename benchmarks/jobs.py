#!/usr/bin/env python3
"""Where the time of ``kg extract -jN`` goes: CPU of the parent's start-up (imports, rules, reading the first
documents, until the workers are forked), of the parent while the workers run (reading, sending chunks, taking
their records back, writing JSON), of each worker (its first chunk apart: what a worker builds on its first
article), and the wall time against the least these allow on N cores.

Two jobs reach 1.7x of one only if the start-up, which no second core shares, is small beside the rest:
``(start-up + work) / (start-up + (work + parent + workers' extra) / 2) >= 1.7``.

    python benchmarks/jobs.py ../shared/eval/pd1998-dev.jsonl -j 2

The extraction runs in this process as ``kg extract --format jsonl`` does (the records written to a
temporary file); compare CPU between runs, wall times only on an idle machine.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import input_file  # noqa: E402


def cpu_of_children() -> float:
    import resource
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


_COUNTED: dict = {}


def _counted(*args):
    """Runs on a worker: ``kg.api._record_chunk``, its CPU appended to the worker's own file."""
    t = time.process_time()
    records = _COUNTED["work"](*args)
    with open(os.path.join(_COUNTED["folder"], str(os.getpid())), "a", encoding="utf-8") as file:
        file.write(f"{time.process_time() - t}\n")
    return records


def one_run(path: Path, jobs: int, folder: str) -> dict:
    """CPU and wall seconds of one ``kg extract -j jobs`` of ``path``, each worker's CPU in ``folder``."""
    wall0, cpu0 = time.perf_counter(), time.process_time()
    from kg import api
    from kg.ingest import read_documents

    forked: list[tuple[float, float]] = []  # (wall, parent CPU) at the first fork

    def first_fork() -> None:
        if not forked:
            forked.append((time.perf_counter(), time.process_time()))

    os.register_at_fork(before=first_fork)
    work = api._record_chunk
    _COUNTED.update(work=work, folder=folder)
    api._record_chunk = _counted  # the workers are forked from this process: they find it by name
    try:
        with tempfile.TemporaryFile("w", encoding="utf-8") as out:
            for record in api.extract_documents(read_documents([path]), jobs=jobs):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
    finally:
        api._record_chunk = work
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    workers = []
    for name in sorted(os.listdir(folder)):
        chunks = [float(x) for x in Path(folder, name).read_text(encoding="utf-8").split()]
        workers.append((sum(chunks), chunks[0]))
    start_wall, start_cpu = (forked[0][0] - wall0, forked[0][1] - cpu0) if forked else (wall, cpu)
    return {"wall": wall, "start_wall": start_wall, "start_cpu": start_cpu, "parent_cpu": cpu - start_cpu,
            "workers": workers, "children_cpu": cpu_of_children()}


def table(run: dict, jobs: int) -> str:
    rows = [("start-up: the parent until the workers are forked", run["start_cpu"], run["start_wall"]),
            ("the parent while the workers run", run["parent_cpu"], None)]
    rows += [(f"worker {i} (its first chunk {first:.2f} s)", total, None)
             for i, (total, first) in enumerate(run["workers"], 1)]
    rows.append(("workers' processes, whole (forks, exits)", run["children_cpu"], None))
    least = run["start_wall"] + (run["parent_cpu"] + run["children_cpu"]) / max(jobs, 1)
    lines = ["| part | CPU s | wall s |", "| --- | --- | --- |"]
    lines += [f"| {what} | {cpu:.2f} | {'' if wall is None else f'{wall:.2f}'} |" for what, cpu, wall in rows]
    whole = run["start_cpu"] + run["parent_cpu"] + run["children_cpu"]
    lines.append(f"| whole run | {whole:.2f} | {run['wall']:.2f} |")
    lines.append(f"\nthe least wall time these allow on {jobs} cores: {least:.2f} s (start-up + the rest's "
                 f"CPU / {jobs}); the run took {run['wall']:.2f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?", type=Path, help="JSONL or text input (default: PD dev)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="worker processes (default 2)")
    args = ap.parse_args(argv)
    path = input_file(args.input)
    with tempfile.TemporaryDirectory(prefix="kg-jobs-") as folder:
        run = one_run(path, args.jobs, folder)
    print(f"kg extract {path} -j {args.jobs}, load average {os.getloadavg()[0]:.1f} at the end\n")
    print(table(run, args.jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
