"""Compare kg's facts on articles and on the same articles written in another form.

    python scripts/eval_input_forms.py eval/modern/articles.jsonl [more.jsonl ...] [--form FORM ...]

Forms (default: all): ``traditional`` (converted with OpenCC ``s2t``, one character for one), ``crlf``
(Windows line ends), ``indent`` (each paragraph opened by two ideographic spaces, as pages print it) and
``zero-width`` (a zero-width space after each comma and full stop, as scraped pages hide them) and
``corner-quotes`` (「」『』 for “”‘’, as Hong Kong and Taiwan print them). Each
article is read by kg as it is and in the form; the mentions (text and type), posts (person, role,
organisation) and events (type, date, place, trigger), names compared in simplified characters, of the two
readings are counted and the differences printed as totals, with the mentions whose text is not the
input's characters at their offsets. A conversion OpenCC cannot undo one for one (乾 of a name read back as
干) shows as a difference too.
"""
from __future__ import annotations

import argparse
import importlib.util
import re
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
        return simple(text).replace("\u200b", "").translate(_QUOTES) if text else text  # (what a name hides)

    return {
        "mentions": {(s(m["text"]), m["type"]) for m in rec["mentions"]},
        "posts": {(s(p["person"]), p["role"], s(p["org"])) for p in rec["posts"]},
        "events": {(e["type"], e["date"], s(e.get("place_key") or e["place"]), s(e["trigger"]["text"]))
                   for e in rec["events"]},
    }


_QUOTES = str.maketrans("「」『』", "“”‘’")
FORMS = {
    "traditional": None,  # OpenCC's s2t, made in main
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "indent": lambda text: "\u3000\u3000" + text.replace("\n", "\n\u3000\u3000"),
    "zero-width": lambda text: re.sub("([，,。])", "\\1\u200b", text),
    "corner-quotes": lambda text: text.translate(str.maketrans("“”‘’", "「」『』")),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", type=Path, help="kg input JSONL files (records with text)")
    ap.add_argument("--form", action="append", choices=sorted(FORMS), help="a form to compare (repeatable)")
    args = ap.parse_args(argv)
    from opencc import OpenCC

    to_simple = OpenCC("t2s").convert
    forms = {**FORMS, "traditional": OpenCC("s2t").convert}
    ef = _eval_facts()
    articles = [rec for path in args.inputs for rec in ef.read_jsonl(str(path))]
    plain = {r["id"]: facts(r, to_simple) for r in ef.run_kg(articles)}
    print(f"{len(articles)} articles, each in another form against as given:")
    for form in args.form or list(FORMS):
        changed = [dict(a, text=forms[form](a["text"])) for a in articles]
        as_written = {a["id"]: a["text"] for a in changed}
        tally: Counter[str] = Counter()
        for rec in ef.run_kg(changed):
            tally["not as written"] += sum(
                as_written[rec["id"]][m["start"]:m["end"]] != m["text"] for m in rec["mentions"])
            for kind, got in facts(rec, to_simple).items():
                tally[kind] += len(plain[rec["id"]][kind])
                tally[f"{kind} differing"] += len(got ^ plain[rec["id"]][kind])
        print(f"  {form:11} " + "  ".join(f"{kind} {tally[kind + ' differing']} of {tally[kind]} differing"
                                          for kind in ("mentions", "posts", "events"))
              + f"; mention texts not as written: {tally['not as written']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
