#!/usr/bin/env python3
"""Compile the hand annotations of the modern-news dev set into its two JSONL files.

Each article is one file in ``eval/modern/src/`` (see ``eval/modern/README.md``; the held-out set
``eval/modern-heldout/`` and the test set ``eval/modern-test/`` have the same layout and are
compiled with ``--set``): a header of ``key: value`` lines, the article text verbatim after
``=== text``, and the annotations after ``=== gold``. Names are written once and found in the text
by this script, so offsets are never typed by hand; every span is checked against the text.

    python scripts/modern_gold.py            # writes eval/modern/articles.jsonl and gold.jsonl
    python scripts/modern_gold.py --check    # only checks, exit status 1 on a problem
    python scripts/modern_gold.py --show ID  # prints the entities of one article in the text
    python scripts/modern_gold.py --set eval/modern-heldout   # another set of the same layout

Exit status 1 with ``file:line: message`` on the first problem in a source file.
"""
from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "eval" / "modern"
SETS = (OUT, ROOT / "eval" / "modern-heldout", ROOT / "eval" / "modern-test")  # dev, held-out, test

HEADER_KEYS = ("id", "url", "publisher", "date", "place", "title", "note", "shape")
REQUIRED = ("id", "url", "publisher", "date")
ENTITY_TYPES = ("PER", "ORG", "LOC")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SENTENCE_END = "。！？!?\n"


class GoldError(Exception):
    """A problem in one source file, with its line."""


@dataclass
class Source:
    path: Path
    header: dict[str, str]
    text: str
    gold: list[tuple[int, str]]  # (line number, line)


def read_source(path: Path) -> Source:
    header: dict[str, str] = {}
    text_lines: list[str] = []
    gold: list[tuple[int, str]] = []
    part = "header"
    for n, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if raw == "=== text":
            part = "text"
            continue
        if raw == "=== gold":
            part = "gold"
            continue
        if part == "header":
            if not raw.strip():
                continue
            key, sep, value = raw.partition(":")
            if not sep or key.strip() not in HEADER_KEYS:
                raise GoldError(f"{path}:{n}: expected one of {', '.join(HEADER_KEYS)} as 'key: value'")
            header[key.strip()] = value.strip()
        elif part == "text":
            text_lines.append(raw)
        elif raw.strip() and not raw.lstrip().startswith("#"):
            gold.append((n, raw.strip()))
    for key in REQUIRED:
        if key not in header:
            raise GoldError(f"{path}:1: header lacks {key}")
    if not DATE.match(header["date"]):
        raise GoldError(f"{path}:1: date {header['date']!r} is not YYYY-MM-DD")
    text = "\n".join(text_lines).strip("\n")
    if not text:
        raise GoldError(f"{path}:1: no text after '=== text'")
    return Source(path, header, text, gold)


def occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def parse_name(item: str, text: str, where: str) -> list[tuple[int, int]]:
    """Spans of ``name`` or ``name@k,m`` (only the k-th, m-th occurrence, from 1)."""
    name, _, which = item.partition("@")
    found = occurrences(text, name)
    if not found:
        raise GoldError(f"{where}: {name!r} is not in the text")
    if which:
        try:
            picks = [int(k) for k in which.split(",")]
        except ValueError as exc:
            raise GoldError(f"{where}: bad occurrence list in {item!r}") from exc
        if any(k < 1 or k > len(found) for k in picks):
            raise GoldError(f"{where}: {name!r} occurs {len(found)} times, not {which}")
        found = [found[k - 1] for k in picks]
    return [(s, s + len(name)) for s in found]


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    s = start
    while s > 0 and text[s - 1] not in SENTENCE_END:
        s -= 1
    e = end
    while e < len(text) and text[e] not in SENTENCE_END:
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
    return s, e


def compile_source(src: Source, scheme: set[str]) -> tuple[dict, dict]:
    text, path = src.text, src.path
    wanted: list[tuple[int, int, str, str]] = []  # (start, end, type, where)
    neutral: list[tuple[int, int]] = []
    posts, events = [], []
    for n, line in src.gold:
        where = f"{path}:{n}"
        kind, _, rest = line.partition(" ")
        if kind in ENTITY_TYPES:
            for item in shlex.split(rest):  # "Matthew Miller" in quotes keeps its space
                wanted += [(s, e, kind, where) for s, e in parse_name(item, text, where)]
        elif kind == "NEUTRAL":
            for item in shlex.split(rest):
                neutral += parse_name(item, text, where)
        elif kind == "POST":
            posts.append(parse_post(rest, text, where))
        elif kind == "EVENT":
            events.append(parse_event(rest, text, where, scheme))
        else:
            raise GoldError(f"{where}: unknown line kind {kind!r} (PER ORG LOC NEUTRAL POST EVENT)")
    # Longest spans first; a span inside an accepted one is nested (neutral), a crossing one an error.
    entities: list[tuple[int, int, str]] = []
    nested: list[tuple[int, int, str]] = []
    for s, e, t, where in sorted(set(wanted), key=lambda x: (x[0] - x[1], x[0], x[2])):
        outer = [x for x in entities if x[0] <= s and e <= x[1]]
        if outer:
            nested.append((s, e, t))
        elif any(x[0] < e and s < x[1] for x in entities):
            raise GoldError(f"{where}: {text[s:e]!r} at {s} crosses another entity")
        else:
            entities.append((s, e, t))
    entities.sort()
    for s, e, t in entities + nested:
        assert text[s:e], (path, s, e, t)
    people = {text[s:e] for s, e, t in entities + nested if t == "PER"}
    # A person written two ways (威廉·鲁托, 鲁托) is given as 威廉·鲁托/鲁托: each form must be a PER.
    for post in posts:
        if not set(post["person"].split("/")) <= people:
            raise GoldError(f"{path}: post of {post['person']!r}, who is not a PER")
    for ev in events:
        for name in [ev["chair"], *ev["attendees"]]:
            if name and not set(name.split("/")) <= people:
                raise GoldError(f"{path}: event attendee {name!r} is not a PER")
    h = src.header
    article = {"id": h["id"], "text": text}
    article |= {k: h[k] for k in ("date", "publisher", "place", "title", "url") if h.get(k)}
    gold = {
        "id": h["id"],
        "source": h["publisher"],
        "text": text,
        "entities": [{"start": s, "end": e, "type": t, "text": text[s:e]} for s, e, t in entities],
        "nested": [{"start": s, "end": e, "type": t, "text": text[s:e]} for s, e, t in sorted(nested)],
        "untyped_abbrev": [{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(set(neutral))],
        "posts": posts,
        "events": events,
    }
    return article, gold


def fields(rest: str, n: int, where: str) -> list[str]:
    parts = [p.strip() for p in rest.split("|")]
    if len(parts) != n:
        raise GoldError(f"{where}: expected {n} fields separated by '|', got {len(parts)}")
    return parts


def parse_post(rest: str, text: str, where: str) -> dict:
    """POST person | title as written | role | organisation | current/former | start | end"""
    person, title, role, org, status, start, end = fields(rest, 7, where)
    if status not in ("current", "former"):
        raise GoldError(f"{where}: status must be current or former, not {status!r}")
    for d in (start, end):
        if d and not DATE.match(d):
            raise GoldError(f"{where}: date {d!r} is not YYYY-MM-DD")
    if title and title not in text:
        raise GoldError(f"{where}: title {title!r} is not written in the text")
    if not role:
        raise GoldError(f"{where}: a post needs a role")
    return {"person": person, "title": title, "role": role, "org": org or None, "status": status,
            "start": start or None, "end": end or None}


def parse_event(rest: str, text: str, where: str, scheme: set[str]) -> dict:
    """EVENT type | date | place | chair | attendee,attendee | trigger[@k]"""
    etype, date, place, chair, attendees, trigger = fields(rest, 6, where)
    if etype not in scheme:
        raise GoldError(f"{where}: event type {etype!r} is not in kg's scheme")
    if date and not DATE.match(date):
        raise GoldError(f"{where}: date {date!r} is not YYYY-MM-DD")
    if place and place not in text:
        raise GoldError(f"{where}: place {place!r} is not in the text")
    spans = parse_name(trigger, text, where)
    if len(spans) != 1:
        raise GoldError(f"{where}: trigger {trigger!r} occurs {len(spans)} times; say which with @k")
    s, e = spans[0]
    return {
        "type": etype, "date": date or None, "place": place or None, "chair": chair or None,
        "attendees": [a for a in (x.strip() for x in attendees.split(",")) if a],
        "trigger": {"start": s, "end": e, "text": text[s:e]},
        "sentence": list(sentence_of(text, s, e)),
    }


def read_scheme() -> set[str]:
    path = ROOT / "kg" / "rules" / "events" / "scheme.jsonl"
    ids = {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")}
    return ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="check only, write nothing")
    ap.add_argument("--show", metavar="ID", help="print one article with its entities marked")
    ap.add_argument("--set", metavar="DIR", type=Path, default=OUT,
                    help="the set's folder, with src/ inside (default eval/modern)")
    a = ap.parse_args(argv)
    out = a.set
    scheme = read_scheme()
    articles, golds, seen = [], [], set()
    try:
        for path in sorted((out / "src").glob("*.txt")):
            src = read_source(path)
            if src.header["id"] in seen:
                raise GoldError(f"{path}:1: id {src.header['id']} used twice")
            seen.add(src.header["id"])
            article, gold = compile_source(src, scheme)
            articles.append(article)
            golds.append(gold)
    except GoldError as exc:
        print(f"modern_gold: {exc}", file=sys.stderr)
        return 1
    if a.show:
        for g in golds:
            if g["id"] == a.show:
                text = g["text"]
                for ent in reversed(g["entities"]):
                    s, e = ent["start"], ent["end"]
                    text = f"{text[:s]}[{text[s:e]}]{ent['type']}{text[e:]}"
                print(text)
                for p in g["posts"]:
                    print("POST", p)
                for ev in g["events"]:
                    print("EVENT", ev["type"], ev["date"], ev["place"], ev["chair"], ev["attendees"],
                          ev["trigger"]["text"], repr(g["text"][slice(*ev["sentence"])][:40]))
        return 0
    if not a.check:
        for name, rows in (("articles.jsonl", articles), ("gold.jsonl", golds)):
            with open(out / name, "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    pubs = {g["source"] for g in golds}
    print(f"{len(golds)} articles, {len(pubs)} publishers, "
          f"{sum(len(g['entities']) for g in golds)} entities, {sum(len(g['posts']) for g in golds)} posts, "
          f"{sum(len(g['events']) for g in golds)} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
