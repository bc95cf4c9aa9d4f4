"""How well kg finds events of DuEE 1.0 (../shared/eval/duee-dev.jsonl).

For the DuEE types that kg's event scheme maps to (``duee`` in
kg/rules/events/scheme.jsonl), counts per type:

* triggers: a kg event of a mapped type matches a gold event of that type when
  one of its EVENT mentions overlaps the gold trigger; precision over kg
  events of the mapped kg types, recall over gold events of the mapped types;
* arguments 时间 and 地点 of matched events: found when kg's date mention
  (``Event.when``) / place overlaps the gold argument (DuEE arguments include
  modifiers and titles, so overlap, not equality); recall over all gold
  arguments of those types (events missed count as misses), precision over the
  arguments kg gave on matched events.

Sentences run through the whole mention pipeline and the facts stage with no
publication date and no home place.

    python scripts/eval_duee.py [../shared/eval/duee-dev.jsonl] [--errors N]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from kg.extract import extract_mentions
from kg.extract.context import Context
from kg.extract.events import scheme
from kg.extract.facts import extract_facts
from kg.nlp.normalize import View

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "duee-dev.jsonl"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT))
    ap.add_argument("--errors", type=int, default=0, help="print up to N missed or spurious triggers")
    args = ap.parse_args(argv)
    to_duee = {c.id: c.duee for c in scheme().values() if c.duee}
    kinds = sorted({d for ds in to_duee.values() for d in ds})
    c: Counter = Counter()
    errors: list[str] = []
    ctx = Context()
    with open(args.gold, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = rec["text"]
            view = View.of(text)
            _, events, _ = extract_facts(view, extract_mentions(view, ctx), ctx)
            preds = [(d, e) for e in events for d in to_duee.get(e.type, ())]
            gold = [g for g in rec["events"] if g["type"] in kinds]
            for d, _ in preds:
                c["pred", d] += 1
            used: set[int] = set()
            for g in gold:
                t = g["type"]
                c["gold", t] += 1
                gspan = (g["trigger"]["start"], g["trigger"]["end"])
                args_by_role = {a["role"]: (a["start"], a["end"]) for a in g["arguments"]}
                for role in ("时间", "地点"):
                    if role in args_by_role:
                        c["gold-arg", role] += 1
                hit = next((i for i, (d, e) in enumerate(preds) if i not in used and d == t and any(
                    overlaps((m.start, m.end), gspan) for m in (e.trigger, *e.mentions))), None)
                if hit is None:
                    if len(errors) < args.errors:
                        errors.append(f"missed {t} {g['trigger']['text']!r}: {text[:80]}")
                    continue
                used.add(hit)
                c["tp", t] += 1
                e = preds[hit][1]
                for role, m in (("时间", e.when), ("地点", e.place)):
                    if m is not None:
                        c["pred-arg", role] += 1
                        if role in args_by_role and overlaps((m.start, m.end), args_by_role[role]):
                            c["tp-arg", role] += 1
            for i, (d, e) in enumerate(preds):
                if i not in used and len(errors) < args.errors:
                    errors.append(f"spurious {d} {e.trigger.text!r}: {text[:80]}")
    print(f"{'DuEE type (kg type)':<28}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}")
    back = {d: k for k, ds in to_duee.items() for d in ds}
    tot = Counter()
    for t in kinds:
        p, r, f1 = prf(c["tp", t], c["pred", t], c["gold", t])
        tot["tp"] += c["tp", t]
        tot["pred"] += c["pred", t]
        tot["gold"] += c["gold", t]
        label = f"{t} ({back[t]})"
        print(f"{label:<{28 - sum(1 for ch in label if ord(ch) > 0x2E80)}}{c['gold', t]:>6}{c['pred', t]:>6}"
              f"{p:>7.3f}{r:>7.3f}{f1:>7.3f}")
    p, r, f1 = prf(tot["tp"], tot["pred"], tot["gold"])
    print(f"{'triggers, all mapped types':<28}{tot['gold']:>6}{tot['pred']:>6}{p:>7.3f}{r:>7.3f}{f1:>7.3f}")
    for role in ("时间", "地点"):
        p, r, f1 = prf(c["tp-arg", role], c["pred-arg", role], c["gold-arg", role])
        label = f"argument {role}"
        counts = f"{c['gold-arg', role]:>6}{c['pred-arg', role]:>6}"
        print(f"{label:<{28 - 2}}{counts}{p:>7.3f}{r:>7.3f}{f1:>7.3f}")
    for e in errors:
        print(e, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
