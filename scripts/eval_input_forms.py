"""Compare kg's facts on articles and on the same articles written in another form.

    python scripts/eval_input_forms.py eval/modern/articles.jsonl [more.jsonl ...] [--form FORM ...]

Forms (default: all): ``traditional`` (converted with OpenCC ``s2t``, one character for one), ``crlf``
(Windows line ends), ``indent`` (each paragraph opened by two ideographic spaces, as pages print it),
``zero-width`` (a zero-width space after each comma and full stop, as scraped pages hide them),
``corner-quotes`` (「」『』 for “”‘’, as Hong Kong and Taiwan print them); as converted and typeset pages
space Chinese: ``punct-space`` (a space after each ，,。、；：？！), ``nbsp`` (a no-break space after each
comma and full stop), ``number-space`` (figures spaced from Chinese: 2023 年 3 月), ``latin-space`` (Latin
letters so: G20 峰会), ``cjk-space`` (a space between every two Chinese characters); ``halfwidth-punct``
(,;:()?! for ，；：（）？！), ``fullwidth`` (２０２３年), ``html-entities`` (HTML's character references,
named and numeric, as scraped pages keep them: &ldquo;, &#12298;, &#x3001;, &amp;), ``html-tags`` (each
line in <p></p>, each quotation's words in <strong>) and ``hard-wrap`` (each
paragraph broken every 30 characters, as text files are filled), ``blank-lines`` (paragraphs apart by a blank
line). Each
article is read by kg as it is and in the form; the mentions (text and type), posts (person, role,
organisation) and events (type, date, place, trigger), names compared as read (simplified characters,
references as their characters, full-width as half-width, spaces and tags left out), of the two readings are
counted and the differences printed as totals, with the mentions whose text is not the input's characters
at their offsets. A conversion OpenCC cannot undo one for one (乾 of a name read back as
干) shows as a difference too.
"""
from __future__ import annotations

import argparse
import html
import importlib
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _eval_facts():
    """scripts/eval_facts.py, the scorer (the scripts are no package: imported from their folder)."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    return importlib.import_module("eval_facts")


def facts(rec: dict, simple) -> dict[str, set]:
    """What is compared of one article's reading, names in simplified characters."""
    def s(text: str | None) -> str | None:
        if not text:
            return text
        return _HIDDEN.sub("", simple(unicodedata.normalize("NFKC", html.unescape(text)))).translate(_QUOTES)

    return {
        "mentions": {(s(m["text"]), m["type"]) for m in rec["mentions"]},
        "posts": {(s(p["person"]), p["role"], s(p["org"])) for p in rec["posts"]},
        "events": {(e["type"], e["date"], s(e.get("place_key") or e["place"]), s(e["trigger"]["text"]))
                   for e in rec["events"]},
    }


_QUOTES = str.maketrans("「」『』", "“”‘’")
_HIDDEN = re.compile("[\u200b\\s]|<[^<>]*>")  # what a name hides or a form adds inside it
_ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "—": "&mdash;", "…": "&hellip;",
             "·": "&middot;", "&": "&amp;", "<": "&lt;", ">": "&gt;", "《": "&#12298;", "》": "&#12299;",
             "、": "&#x3001;"}


def _wrap(text: str, width: int = 30) -> str:
    """Each line (paragraph) of ``text`` broken every ``width`` characters."""
    return "\n".join("\n".join(line[i:i + width] for i in range(0, len(line), width))
                     for line in text.split("\n"))


def _tagged(text: str) -> str:
    """``text`` as a page's HTML: each line in <p></p>, the words of each quotation in <strong></strong>."""
    lines = (re.sub("“([^”]*)”", r"“<strong>\1</strong>”", line) for line in text.split("\n"))
    return "\n".join(f"<p>{line}</p>" for line in lines)


_CJK = "\u4e00-\u9fff"


def _spaced(chars: str):
    """The form that puts a space between Chinese characters and ``chars`` (a character class)."""
    return lambda text: re.sub(f"(?<=[{_CJK}])(?=[{chars}])|(?<=[{chars}])(?=[{_CJK}])", " ", text)
FORMS = {
    "traditional": None,  # OpenCC's s2t, made in main
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "indent": lambda text: "\u3000\u3000" + text.replace("\n", "\n\u3000\u3000"),
    "zero-width": lambda text: re.sub("([，,。])", "\\1\u200b", text),
    "corner-quotes": lambda text: text.translate(str.maketrans("“”‘’", "「」『』")),
    "punct-space": lambda text: re.sub("([，,。、；：？！])", "\\1 ", text),
    "nbsp": lambda text: re.sub("([，。])", "\\1\u00a0", text),
    "cjk-space": _spaced(_CJK),
    "number-space": _spaced("0-9０-９"),
    "latin-space": _spaced("A-Za-zＡ-Ｚａ-ｚ"),
    "halfwidth-punct": lambda text: text.translate(str.maketrans("，；：（）？！", ",;:()?!")),
    "fullwidth": lambda text: re.sub("[0-9A-Za-z]", lambda m: chr(ord(m.group()) + 0xFEE0), text),
    "html-entities": lambda text: re.sub("[“”‘’—…·&<>《》、]", lambda m: _ENTITIES[m.group()], text),
    "hard-wrap": _wrap,
    "blank-lines": lambda text: text.replace("\n", "\n\n"),
    "html-tags": _tagged,
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
