"""Drop from a JSONL file of texts every one that shares a run of characters with an honest article.

    python scripts/honest_guard.py FRESH.jsonl [--from t255] [--run 16]

The eval sets of eval/modern-test were gathered from the same public pages a rule writer may search for fresh
news to read kg on. A text that shares a run of ``--run`` characters (whitespace left out) with an article
from ``--from`` on (the honest part, which no rule writer reads) is dropped from FRESH.jsonl; the ids dropped
are printed, nothing of the honest articles. Run it on every fresh file before reading kg's output on it.
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent.parent / "eval" / "modern-test" / "articles.jsonl"


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("fresh", type=Path)
    ap.add_argument("--from", dest="first", default="t255", help="the first honest article's id")
    ap.add_argument("--run", type=int, default=16, help="characters of a shared run")
    args = ap.parse_args()
    first = int(args.first.lstrip("t"))
    honest = [_squeezed(a["text"]) for a in map(json.loads, ARTICLES.read_text(encoding="utf-8").splitlines())
              if int(a["id"].lstrip("t")) >= first]
    lines = args.fresh.read_text(encoding="utf-8").splitlines(keepends=True)
    keep, dropped = [], []
    for line in lines:
        text = _squeezed(json.loads(line)["text"])
        runs = {text[i:i + args.run] for i in range(0, max(0, len(text) - args.run), 4)}
        if any(run in h for h in honest for run in runs):
            dropped.append(json.loads(line).get("id"))
        else:
            keep.append(line)
    if dropped:
        args.fresh.write_text("".join(keep), encoding="utf-8")
    print("dropped:", dropped)


if __name__ == "__main__":
    main()
