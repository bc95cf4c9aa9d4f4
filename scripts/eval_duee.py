"""How well kg finds the events of DuEE 1.0 (../shared/eval/duee-dev.jsonl), by type and by role.

Every DuEE type in the gold file is scored, whether kg's event scheme maps it
(``duee`` in kg/rules/events/scheme.jsonl) or not:

* triggers: a kg event matches a gold event of a DuEE type it maps to when one
  of its EVENT mentions overlaps the gold trigger (each kg event matches once);
  precision over the kg events of mapped types, recall over all gold events;
* arguments: a kg argument of a role (时间 from the event's date mention, 地点
  from its place, the others from ``Event.arguments``, named by
  kg/rules/events/roles.jsonl) is right when its event matched and it overlaps
  a gold argument of the same role in that event (DuEE arguments include
  modifiers and titles, so overlap, not equality); precision over the arguments
  of every kg event, matched or not, recall over all gold arguments.

Sentences run through the whole mention pipeline and the facts stage with no
publication date and no home place. ``--half 1`` / ``--half 2`` score the first
or second half of the file's lines only (develop on one, check on the other).
``--role ROLE`` adds the role's figures by event type (where its loss is: which
types, precision or recall); with ``--errors N`` it prints the role's errors.

    python scripts/eval_duee.py [../shared/eval/duee-dev.jsonl] [--half 1|2] [--errors N] [--role ROLE]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from kg.extract import extract_mentions
from kg.extract.arguments import duee_arguments
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


def row(label: str, gold: int, pred: int, tp: int) -> str:
    p, r, f1 = prf(tp, pred, gold)
    pad = 30 - sum(1 for ch in label if ord(ch) > 0x2E80)  # CJK characters are two columns wide
    return f"{label:<{pad}}{gold:>6}{pred:>6}{p:>7.3f}{r:>7.3f}{f1:>7.3f}"


def records(path: str, half: int) -> list[dict]:
    """The gold records of ``path`` (all, or the first or second half); a one-line error for a file that
    cannot be read or a line that is no gold record."""
    lines = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    if not (isinstance(rec, dict) and "text" in rec and isinstance(rec.get("events"), list)):
                        raise ValueError("no text and events")
                except ValueError as exc:
                    raise SystemExit(f"eval_duee: {path}:{n}: not a DuEE record ({exc})") from None
                lines.append(rec)
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"eval_duee: {path}: {exc}") from None
    mid = (len(lines) + 1) // 2
    return lines[:mid] if half == 1 else lines[mid:] if half == 2 else lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT))
    ap.add_argument("--half", type=int, choices=(1, 2),
                    help="score only the first or second half of the lines")
    ap.add_argument("--errors", type=int, default=0, help="print up to N missed or spurious triggers")
    ap.add_argument("--role", help="print this DuEE role's figures by event type; with --errors, its errors "
                    "instead of the triggers' (missed, wrong, and those of kg events matching no DuEE event)")
    args = ap.parse_args(argv)
    to_duee = {c.id: c.duee for c in scheme().values() if c.duee}
    c: Counter = Counter()
    errors: list[str] = []
    ctx = Context()
    for rec in records(args.gold, args.half or 0):
        text = rec["text"]
        view = View.of(text)
        _, events, _ = extract_facts(view, extract_mentions(view, ctx), ctx)
        preds = [(d, e) for e in events for d in to_duee.get(e.type, ())]
        for d, e in preds:
            c["pred", d] += 1
            for role, _ in duee_arguments(e):
                c["pred-arg", role] += 1
                c["pred-type-arg", d, role] += 1
        used: set[int] = set()
        for g in rec["events"]:
            t = g["type"]
            c["gold", t] += 1
            gspan = (g["trigger"]["start"], g["trigger"]["end"])
            for a in g["arguments"]:
                c["gold-arg", a["role"]] += 1
                c["gold-type-arg", t, a["role"]] += 1
            hit = next((i for i, (d, e) in enumerate(preds) if i not in used and d == t and any(
                overlaps((m.start, m.end), gspan) for m in (e.trigger, *e.mentions))), None)
            if hit is None:
                if len(errors) < args.errors and not args.role:
                    errors.append(f"missed {t} {g['trigger']['text']!r}: {text[:100]}")
                continue
            used.add(hit)
            c["tp", t] += 1
            free = list(g["arguments"])
            for role, m in duee_arguments(preds[hit][1]):
                a = next((a for a in free
                          if a["role"] == role and overlaps((m.start, m.end), (a["start"], a["end"]))), None)
                if a is not None:
                    free.remove(a)
                    c["tp-arg", role] += 1
                    c["tp-type-arg", t, role] += 1
                elif args.role == role and len(errors) < args.errors:
                    errors.append(f"wrong {role} {m.text!r} ({m.rule}): {text[:100]}")
            for a in free:
                if args.role == a["role"] and len(errors) < args.errors:
                    errors.append(f"missed {a['role']} {a['text']!r}: {text[:100]}")
        for i, (d, e) in enumerate(preds):
            if i in used:
                continue
            if not args.role and len(errors) < args.errors:
                errors.append(f"spurious {d} {e.trigger.text!r}: {text[:100]}")
            for role, m in duee_arguments(e):  # an argument of an event DuEE does not have
                if role == args.role and len(errors) < args.errors:
                    errors.append(f"wrong {role} {m.text!r} ({m.rule}) of spurious {d} {e.trigger.text!r}: "
                                  f"{text[:100]}")
    back = {d: k for k, ds in to_duee.items() for d in ds}
    kinds = sorted({k[1] for k in c if k[0] in ("gold", "pred")})
    print(f"{'DuEE type (kg type)':<30}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}")
    for t in kinds:
        print(row(f"{t} ({back.get(t, '-')})", c["gold", t], c["pred", t], c["tp", t]))
    print(row(f"triggers, {len(kinds)} types",
              *(sum(c[k, t] for t in kinds) for k in ("gold", "pred", "tp"))))
    print()
    print(f"{'DuEE role':<30}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}")
    roles = sorted({k[1] for k in c if k[0] in ("gold-arg", "pred-arg")},
                   key=lambda r: (-c["gold-arg", r], r))
    for r in roles:
        print(row(r, c["gold-arg", r], c["pred-arg", r], c["tp-arg", r]))
    print(row("arguments, all roles",
              *(sum(c[k, r] for r in roles) for k in ("gold-arg", "pred-arg", "tp-arg"))))
    if args.role:  # where the role's errors are: its precision and recall by event type
        print()
        print(f"{args.role + ' by DuEE type':<30}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}")
        types = {k[1] for k in c if k[0] in ("gold-type-arg", "pred-type-arg") and k[2] == args.role}
        for t in sorted(types):
            print(row(t, *(c[k, t, args.role] for k in ("gold-type-arg", "pred-type-arg", "tp-type-arg"))))
    for e in errors:
        print(e, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
