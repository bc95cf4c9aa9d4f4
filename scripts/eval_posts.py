"""How well kg finds "title + name" posts, scored on CLUENER (../shared/eval/cluener-dev.jsonl).

CLUENER marks positions and names as adjacent spans (全国人大/副委员长/蒋正华). A gold post
is a POSITION span directly followed by a PER span; kg finds it when one of its memberships
has that person span and a title ending where the gold position ends (kg's title may be
longer: it includes the organisation when written, 中国人民大学教育学院副教授). Only kg's
"title before the name" rules count (post:chain-before, post:shared-title).

    python scripts/eval_posts.py [../shared/eval/cluener-dev.jsonl] [--limit N] [--errors N]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.extract import extract_mentions
from kg.extract.context import Context
from kg.extract.facts import extract_facts
from kg.nlp.normalize import View

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "cluener-dev.jsonl"
RULES = ("post:chain-before", "post:shared-title")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses and spurious posts")
    args = ap.parse_args(argv)
    ctx = Context()
    tp = fp = fn = 0
    errors: list[str] = []
    with open(args.gold, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if args.limit and i >= args.limit:
                break
            rec = json.loads(line)
            text = rec["text"]
            ents = sorted(rec["entities"], key=lambda e: e["start"])
            gold = {(b["start"], b["end"], a["end"]) for a, b in zip(ents, ents[1:], strict=False)
                    if a["type"] == "POSITION" and b["type"] == "PER" and a["end"] == b["start"]}
            view = View.of(text)
            posts, _, _ = extract_facts(view, extract_mentions(view, ctx), ctx)
            pred = {(m.person.start, m.person.end, m.title.end) for m in posts
                    if m.rule in RULES and m.title.end == m.person.start}
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
            for kind, spans in (("spurious", pred - gold), ("missed", gold - pred)):
                for s, e, _ in sorted(spans):
                    if len(errors) < args.errors:
                        errors.append(f"{kind}: {text[max(0, s - 15):e]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"posts (title before name): gold {tp + fn}, kg {tp + fp}, P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    for e in errors:
        print(e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
