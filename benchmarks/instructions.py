#!/usr/bin/env python3
"""Instructions the extraction of the first articles of an input costs (``kg extract -j1``'s work), counted by
valgrind's callgrind: imports, rules and the first document left out (counters zeroed after them).

A machine shared with other work moves CPU times by more than a small change saves; the count it does not
move (this machine's ``perf`` cannot count instructions). Compare two trees on the same input and number of
articles, and ``PYTHONHASHSEED`` fixed (set here): about 100 s for 200 articles of PD dev.

    python benchmarks/instructions.py ../shared/eval/pd1998-dev.jsonl --articles 200
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import input_file  # noqa: E402


def inner(path: Path, n: int) -> None:
    """Extract the first ``n`` documents after the first (which builds the rules' tables), counted alone."""
    from kg import api
    from kg.rules import load_rules
    load_rules()
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)[:n + 1]
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / "part.jsonl"
        part.write_text("".join(lines), encoding="utf-8")
        results = api.process_all(api._documents([part]), jobs=1)
        next(results)
        subprocess.run(["callgrind_control", "--zero", str(os.getpid())], check=True, capture_output=True)
        for _ in results:
            pass


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", nargs="?", type=Path, help="JSONL input (default: PD dev)")
    ap.add_argument("--articles", type=int, default=200, help="documents counted (default 200)")
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.inner:
        inner(args.input, args.articles)
        return 0
    path = input_file(args.input)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                        __file__, str(path), "--articles", str(args.articles), "--inner"],
                       check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        found = re.search(r"^summary: (\d+)", out.read_text(encoding="utf-8", errors="replace"), re.M)
    if found is None:
        sys.exit("instructions.py: callgrind wrote no summary")
    print(f"{path}: {args.articles} documents after the first: {int(found.group(1)):,} instructions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
