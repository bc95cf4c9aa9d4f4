"""Compare kg's facts on articles and on the same articles written in traditional script.

    python scripts/eval_traditional.py eval/modern/articles.jsonl [more.jsonl ...]

Each article is converted to traditional script with OpenCC (``s2t``, one character for one) and read by kg
as it is and converted; the mentions (offsets and types), posts (person, role, organisation; names compared
in simplified characters) and events (type, date, place, trigger) of the two readings are counted and the
differences printed as totals. A conversion OpenCC cannot undo one for one (乾 of a name read back as 干)
shows as a difference too.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _eval_facts():
    spec = importlib.util.spec_from_file_location("eval_facts", ROOT / "scripts" / "eval_facts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_facts"] = module
    spec.loader.exec_module(module)
    return module


def facts(rec: dict, simple) -> dict[str, set]:
    """What is compared of one article's reading, names in simplified characters."""
    def s(text: str | None) -> str | None:
        return simple(text) if text else text

    return {
        "mentions": {(m["start"], m["end"], m["type"]) for m in rec["mentions"]},
        "posts": {(s(p["person"]), p["role"], s(p["org"])) for p in rec["posts"]},
        "events": {(e["type"], e["date"], s(e.get("place_key") or e["place"]), s(e["trigger"]["text"]),
                    e["trigger"]["start"]) for e in rec["events"]},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", type=Path, help="kg input JSONL files (records with text)")
    args = ap.parse_args(argv)
    from opencc import OpenCC

    to_trad, to_simple = OpenCC("s2t").convert, OpenCC("t2s").convert
    ef = _eval_facts()
    articles = [rec for path in args.inputs for rec in ef.read_jsonl(str(path))]
    traditional = [dict(a, text=to_trad(a["text"])) for a in articles]
    as_written = {a["id"]: a["text"] for a in traditional}
    plain = {r["id"]: facts(r, to_simple) for r in ef.run_kg(articles)}
    tally: Counter[str] = Counter()
    for rec in ef.run_kg(traditional):
        other = facts(rec, to_simple)
        tally["mention texts not as written"] += sum(
            as_written[rec["id"]][m["start"]:m["end"]] != m["text"] for m in rec["mentions"])
        for kind, got in other.items():
            tally[kind] += len(plain[rec["id"]][kind])
            tally[f"{kind} differing"] += len(got ^ plain[rec["id"]][kind])
    print(f"{len(articles)} articles in traditional script against the same in simplified:")
    for kind in ("mentions", "posts", "events"):
        print(f"  {kind:8} {tally[kind]:6}  differing {tally[kind + ' differing']:4}")
    print(f"  mention texts not as written: {tally['mention texts not as written']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
