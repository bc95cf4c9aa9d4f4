#!/usr/bin/env python3
"""Speed and peak memory of ``kg extract`` and ``kg build`` next to ``jieba.posseg``, in one run.

Every command runs as a whole process (start-up, dictionary loading, reading
and writing included) over the same texts: People's Daily dev and a copy of it
repeated ``--scale`` times (ids made unique). Peak memory is the largest sum of
resident memory over the process and its children (worker processes count),
sampled every 20 ms. Each command runs ``--runs`` times on the input; on the
larger copies only ``kg build -j1`` runs, ``--big-runs`` times (default once):
its target there is peak memory, which varies little from run to run, and the
speed targets are measured on the input (``--big LABEL ...`` names the commands
run on the larger copies, ``--big all`` every one). The table shows the medians
and the ratio of each median time to jieba.posseg's on the same input.
The runs of different commands are interleaved, so a machine whose load changes
during the benchmark slows them alike and the ratios stay comparable. Every
build writes a new store. The last lines say which targets of issue 10 the
run met (extract <= 0.10 and build <= 0.15 of jieba.posseg's time with one job;
two jobs >= 1.7x one; the build's peak memory on the largest copy under 1.5 GB
and within 20% of the smallest).

    python benchmarks/bench.py            # PD dev (every command, 3 runs), a 10x copy (kg build -j1, 1 run)
    python benchmarks/bench.py --big "kg build -j1" "kg build -j2"   # both builds on the 10x copy
    python benchmarks/bench.py FILE.jsonl --scale 1 --runs 5

The last line says how long the run took and the load average (see the README
for how long the default run takes on an idle 2-core machine).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
#: The default input, in the shared data folder ``shared`` beside the repository (:func:`shared_file`).
DEFAULT_INPUT = Path("eval", "pd1998-dev.jsonl")

#: jieba.posseg alone, the peer: tags every text, reading the file line by line.
JIEBA = """
import json, sys
import jieba, jieba.posseg as pseg
jieba.setLogLevel(60)
n = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        n += sum(1 for _ in pseg.cut(json.loads(line)["text"]))
print(n)
"""


def checkouts(root: Path) -> list[Path]:
    """``root`` and, when it is a worktree added by ``git worktree`` (its ``.git`` a file naming the
    worktree's git folder), the main checkout that git folder belongs to."""
    roots = [root]
    dot_git = root / ".git"
    if dot_git.is_file():
        text = dot_git.read_text(encoding="utf-8", errors="replace").strip()
        if text.startswith("gitdir:"):
            gitdir = (root / text[len("gitdir:"):].strip()).resolve()
            common = gitdir / "commondir"  # the main checkout's .git, relative to the worktree's git folder
            if common.is_file():
                main_git = (gitdir / common.read_text(encoding="utf-8").strip()).resolve()
                roots.append(main_git.parent)
    return roots


def input_file(given: Path | None, root: Path = HERE.parent) -> Path:
    """The input a benchmark reads: ``given``, or :data:`DEFAULT_INPUT` of the shared data folder
    ``shared`` beside the repository at ``root`` (beside its main checkout when ``root`` is a worktree
    placed elsewhere). SystemExit with one line when the file is missing (where the default was looked for).
    """
    me = Path(sys.argv[0]).name
    if given is not None:
        if given.is_file():
            return given
        sys.exit(f"{me}: {given}: no such file")
    tried = [folder.parent / "shared" / DEFAULT_INPUT for folder in checkouts(root)]
    for path in tried:
        if path.is_file():
            return path
    sys.exit(f"{me}: no input given, and no {DEFAULT_INPUT} in a shared folder beside the repository "
             f"({', '.join(map(str, tried))}): give the JSONL file")


def commands(kg: str, path: Path, out: Path) -> dict[str, list[str]]:
    """The commands measured on ``path``, by label (each build into an emptied ``out``: a new store)."""
    return {
        "jieba.posseg": [sys.executable, "-c", JIEBA, str(path)],
        "kg extract -j1": [kg, "extract", str(path), "-j", "1"],
        "kg extract -j2": [kg, "extract", str(path), "-j", "2"],
        "kg build -j1": [kg, "build", str(path), "-j", "1", "--out", str(out)],
        "kg build -j2": [kg, "build", str(path), "-j", "2", "--out", str(out)],
    }


def measure(cmd: list[str], out: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system of the process and every child it waited for: worker
    processes, Oxigraph's threads) and peak resident MB (process tree) of one run of ``cmd``, into an empty
    ``out``. CPU time is the steadier figure on a machine others use too."""
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        rss = 0
        try:
            for p in [proc, *proc.children(recursive=True)]:
                rss += p.memory_info().rss
        except psutil.Error:  # a process ended between listing and reading it
            pass
        peak = max(peak, rss)
        time.sleep(0.02)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd[:3])} failed ({proc.returncode}): {err.strip()[-300:]}")
    return seconds, cpu, peak / 2**20


def repeat_copy(src: Path, dst: Path, times: int) -> None:
    """``src`` repeated ``times`` times, each copy's ids suffixed so every id stays unique."""
    lines = src.read_text(encoding="utf-8").splitlines()
    with dst.open("w", encoding="utf-8") as f:
        for k in range(times):
            for line in lines:
                rec = json.loads(line)
                rec["id"] = f"{rec['id']}~{k}" if k else rec["id"]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def size_of(path: Path) -> tuple[int, int]:
    """(characters of text, articles) of a JSONL file."""
    chars = docs = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            chars += len(json.loads(line)["text"])
            docs += 1
    return chars, docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?", type=Path, help="a JSONL file (default: PD dev)")
    ap.add_argument("--scale", type=int, nargs="*", default=[1, 10], help="copies of the input (1 10)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each command (median reported)")
    ap.add_argument("--big-runs", type=int, default=1, help="runs of each command on the larger copies (1)")
    ap.add_argument("--big", nargs="*", default=["kg build -j1"],
                    help="labels of the commands run on the larger copies, or all (default: kg build -j1)")
    ap.add_argument("--only", nargs="*", help="labels to run (default: all)")
    args = ap.parse_args(argv)
    args.input = input_file(args.input)
    kg = shutil.which("kg", path=str(Path(sys.executable).parent)) or shutil.which("kg")
    if kg is None:
        sys.exit("bench: no kg command (pip install -e . first)")
    load = os.getloadavg()[0]
    started = time.perf_counter()
    print(f"# {args.input.name}, {args.runs} run(s) each ({args.big_runs} on larger copies), "
          f"{os.cpu_count()} cores, load average {load:.1f} at start")
    print("| input | command | seconds | CPU s | characters/s | articles/s | peak MB "
          "| ratio to jieba.posseg |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    medians: dict[tuple[int, str], tuple[float | None, float, float]] = {}  # (ratio, peak MB, seconds)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for scale in args.scale:
            path = args.input
            if scale != 1:
                path = Path(tmp) / f"{args.input.stem}-x{scale}.jsonl"
                repeat_copy(args.input, path, scale)
            chars, docs = size_of(path)
            cmds = commands(kg, path, Path(tmp) / "out")
            if args.only:
                cmds = {k: v for k, v in cmds.items() if k in args.only or k == "jieba.posseg"}
            big = scale != min(args.scale)
            if big and "all" not in args.big:
                cmds = {k: v for k, v in cmds.items() if k in args.big}
            times: dict[str, list[float]] = {k: [] for k in cmds}
            peaks: dict[str, list[float]] = {k: [] for k in cmds}
            cpus: dict[str, list[float]] = {k: [] for k in cmds}
            runs = args.big_runs if big else args.runs
            for _ in range(runs):  # interleaved: load changes hit every command alike
                for label, cmd in cmds.items():
                    s, cpu, mb = measure(cmd, Path(tmp) / "out")
                    times[label].append(s)
                    cpus[label].append(cpu)
                    peaks[label].append(mb)
            base = statistics.median(times["jieba.posseg"]) if "jieba.posseg" in cmds else None
            for label in cmds:
                t, mb = statistics.median(times[label]), statistics.median(peaks[label])
                ratio = t / base if base else None
                medians[scale, label] = (ratio, mb, t)
                shown = "-" if ratio is None else f"{ratio:.2f}"
                cpu = statistics.median(cpus[label])
                print(f"| {scale}x ({chars:,} chars) | {label} | {t:.1f} | {cpu:.1f} | {chars / t:,.0f} | "
                      f"{docs / t:,.0f} | {mb:,.0f} | {shown} |", flush=True)
    print(f"# load average {os.getloadavg()[0]:.1f} at the end; "
          f"the benchmark took {(time.perf_counter() - started) / 60:.0f} minutes")
    for line in targets(medians):
        print(line)
    return 0


def targets(medians: dict[tuple[int, str], tuple[float | None, float, float]]) -> list[str]:
    """The targets of issue 10 that this run measured, each met or not, with its figure."""
    out = []

    def check(name: str, ok: bool, figure: str) -> None:
        out.append(f"# target {name}: {'met' if ok else 'NOT met'} ({figure})")

    scales = sorted({scale for scale, _label in medians})
    for scale in scales:
        for label, most in (("kg extract -j1", 0.10), ("kg build -j1", 0.15)):
            ratio = medians.get((scale, label), (None,))[0]
            if ratio is not None:
                check(f"{label} <= {most} of jieba.posseg ({scale}x)", ratio <= most, f"{ratio:.2f}")
        for command in ("kg extract", "kg build"):
            one, two = medians.get((scale, f"{command} -j1")), medians.get((scale, f"{command} -j2"))
            if one and two:
                speedup = one[2] / two[2]
                check(f"{command} -j2 >= 1.7x -j1 ({scale}x)", speedup >= 1.7, f"{speedup:.2f}x")
    if len(scales) > 1:
        for label in ("kg build -j1", "kg build -j2"):
            small, big = medians.get((scales[0], label)), medians.get((scales[-1], label))
            if small and big:
                check(f"{label} peak memory at {scales[-1]}x < 1,500 MB and within 20% of {scales[0]}x",
                      big[1] < 1500 and big[1] <= 1.2 * small[1], f"{big[1]:,.0f} MB vs {small[1]:,.0f} MB")
    return out


if __name__ == "__main__":
    sys.exit(main())
