"""How often ``kg.ingest.read.decode`` gets the encoding right on real news re-encoded.

Samples texts of the dev corpora (../shared/eval/), writes each in GB18030, UTF-16 without a
byte-order mark (both byte orders) and Big5 (after OpenCC s2tw), and counts exact round trips.

    python scripts/bench_encodings.py [--n 1000]
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from opencc import OpenCC

from kg.errors import InputError
from kg.ingest.read import decode

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="texts sampled per corpus")
    args = ap.parse_args()
    rng = random.Random(0)
    s2tw = OpenCC("s2tw")
    for name in ("pd1998-dev.jsonl", "cluener-dev.jsonl"):
        path = EVAL / name
        if not path.exists():
            print(f"{name}: absent, skipped")
            continue
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
        texts = rng.sample(texts, min(args.n, len(texts)))
        for encoding in ("gb18030", "utf-16-le", "utf-16-be", "big5"):
            exact = wrong = refused = unencodable = 0
            t0 = time.perf_counter()
            for text in texts:
                if encoding == "big5":
                    text = s2tw.convert(text)
                try:
                    data = text.encode(encoding)
                except UnicodeEncodeError:
                    unencodable += 1
                    continue
                try:
                    got, _ = decode(data, name)
                except InputError:
                    refused += 1
                    continue
                exact += got == text
                wrong += got != text
            total = exact + wrong + refused
            print(f"{name} {encoding}: {exact}/{total} exact, {wrong} wrong, {refused} refused "
                  f"({unencodable} not encodable), {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
