"""Read made-up texts as kg reads a document, through the whole pipeline: the helpers the tests of posts
and events share."""
from __future__ import annotations

from kg.model import ArticleResult, Document, Event
from kg.pipeline import process_document


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
