"""Read made-up texts as kg reads a document, through the whole pipeline: the helpers the tests of posts
and events share; and the first records of People's Daily's dev file, for the tests that sample it."""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from kg.model import ArticleResult, Document, Event, Mention
from kg.pipeline import process_document

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import checkouts  # noqa: E402


def _shared_eval() -> Path:
    """``eval/`` of the shared data folder ``shared`` beside this checkout, or beside its main checkout when
    this is a worktree placed elsewhere (as the benchmarks find their input); the first that exists."""
    tried = [folder.parent / "shared" / "eval" for folder in checkouts(ROOT)]
    return next((path for path in tried if path.is_dir()), tried[0])


#: The gold dev files beside the project (PD, CLUENER, the scorer): tests that read them skip without them.
SHARED_EVAL = _shared_eval()
#: People's Daily's dev file (January 1998).
PD_DEV = SHARED_EVAL / "pd1998-dev.jsonl"


def article_of(text: str, *, date: str | None = None, place: str | None = None,
               publisher: str | None = None) -> ArticleResult:
    """What kg finds in ``text`` read as a document of one article, with its date, home place, publisher."""
    (r,) = process_document(Document(id="t", text=text, date=date, place=place, publisher=publisher))
    return r


def posts_of(text: str, *, date: str | None = None, place: str | None = None,
             publisher: str | None = None) -> list[tuple[str, str, str | None]]:
    """(person, role, organisation) of each post kg finds in ``text`` (:func:`article_of`), in order."""
    r = article_of(text, date=date, place=place, publisher=publisher)
    return [(m.person.text, m.role, m.organization) for m in r.memberships]


def events_of(text: str, *, date: str | None = None, place: str | None = None) -> list[Event]:
    """The events kg finds in ``text`` read as a document with its date and home place, in order."""
    doc = Document(id="t", text=text, date=date, place=place)
    return [e for r in process_document(doc, date=date, place=place) for e in r.events]


def pd_dev_records(n: int) -> list[dict]:
    """The first ``n`` records of :data:`PD_DEV` (the test is skipped without the file)."""
    if not PD_DEV.exists():
        pytest.skip("needs ../shared/eval/pd1998-dev.jsonl")
    with PD_DEV.open(encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(n), f, strict=False)]


def pd_dev_precision(found: Callable[[str], Iterable[Mention]], label: str, *, n: int = 100,
                     spared: Callable[[Mention], bool] = lambda m: False) -> float:
    """The share of the mentions ``found`` in the first ``n`` texts of PD dev that are gold ``label`` spans;
    spans the gold marks nested or an untyped abbreviation, and mentions ``spared``, count neither way."""
    right = wrong = 0
    for rec in pd_dev_records(n):
        gold = {(e["start"], e["end"]) for e in rec["entities"] if e["type"] == label}
        neutral = {(e["start"], e["end"]) for e in rec.get("nested", []) + rec.get("untyped_abbrev", [])}
        for m in found(rec["text"]):
            if (m.start, m.end) in gold:
                right += 1
            elif (m.start, m.end) not in neutral and not spared(m):
                wrong += 1
    return right / (right + wrong)
