"""Run the place and organisation extractors alone over a gold JSONL file (development aid).

    python scripts/dev_locorg.py ../shared/eval/pd1998-dev.jsonl > /tmp/n2-pd.jsonl
    python ../shared/eval/score.py ../shared/eval/pd1998-dev.jsonl /tmp/n2-pd.jsonl \
        --types LOC,ORG --errors 80

An ORG span swallows the places inside it (北京 in 北京大学), as the combiner does.
"""
from __future__ import annotations

import json
import sys
import time

from kg.extract.context import Context
from kg.extract.places import extract_places
from kg.nlp.normalize import View

try:
    from kg.extract.orgs import extract_orgs
except ImportError:  # before orgs.py exists
    extract_orgs = None


def main(path: str) -> None:
    chars, t0 = 0, time.perf_counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            view = View.of(rec["text"])
            ctx = Context(place=rec.get("place"))
            chars += len(rec["text"])
            orgs = sorted(extract_orgs(view, ctx)) if extract_orgs else []
            locs = [m for m in extract_places(view, ctx)
                    if not any(o.start <= m.start and m.end <= o.end for o in orgs)]
            # an ORG that lies inside a LOC loses (rare); otherwise both are kept
            ms = sorted(orgs + locs)
            print(json.dumps({"id": rec["id"], "mentions": [
                {"start": m.start, "end": m.end, "type": m.type, "text": m.text, "key": m.key, "rule": m.rule}
                for m in ms]}, ensure_ascii=False))
    dt = time.perf_counter() - t0
    print(f"{chars} chars in {dt:.1f}s = {chars / dt:,.0f} chars/s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
