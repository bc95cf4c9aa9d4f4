"""Records that flow through the pipeline.

Every record is a small frozen dataclass: hashable, ordered, so a set of them
dedupes and ``sorted`` gives the same order on every run. Offsets are always
characters of the *document* text as given by the user (end exclusive); the
normalised views used inside the extractors map back to them (``kg.nlp.normalize``).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, TypeVar

__all__ = [
    "Document",
    "Article",
    "Mention",
    "Membership",
    "Event",
    "Relation",
    "ArticleResult",
    "replace",
]

@dataclass(frozen=True, order=True)
class Document:
    """One input unit: a ``.txt`` file or one line of a ``.jsonl`` file."""

    id: str
    text: str
    source: str = ""  # path of the file it came from
    line: int = 0  # 1-based line for JSONL records, 0 for whole files
    date: str | None = None  # publication date, YYYY-MM-DD
    publisher: str | None = None
    place: str | None = None  # the publisher's home place, e.g. 鄂尔多斯市
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, order=True)
class Mention:
    """A span of the document text with a type (one of ``kg/rules/types/mentions.jsonl``: PER, ORG ...).

    ``key`` is the normalised value: the canonical name for entities and titles
    (``市委`` -> ``中共鄂尔多斯市委员会``), the ISO date for ``DATE``.
    ``rule`` is the id of the rule that produced it.
    """

    start: int
    end: int
    type: str
    text: str
    rule: str = ""
    key: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, order=True)
class Article:
    """One article of a document: a span of ``doc.text`` and what frames it."""

    doc_id: str
    index: int  # position of the article in its document, from 0
    start: int
    end: int
    headline: tuple[int, int] | None = None  # span of the headline
    subheadlines: tuple[tuple[int, int], ...] = ()
    body: tuple[int, int] | None = None  # span of the body text
    reporters: tuple[Mention, ...] = ()  # PER mentions from the byline
    photographers: tuple[Mention, ...] = ()  # PER mentions from photo credits
    credits: tuple[Mention, ...] = ()  # PER mentions of trailing credits
    byline: tuple[int, int] | None = None
    dateline: Mention | None = None  # LOC mention of 康巴什讯 and the like
    media: Mention | None = None  # ORG of the byline (本报, 市融媒体中心)
    date: str | None = None  # publication date, YYYY-MM-DD, when known
    skipped: tuple[tuple[int, int], ...] = ()  # page-break line breaks inside sentences, read past
    repeats: tuple[tuple[int, int], ...] = ()  # sentences repeating an earlier one word for word
    title: str | None = None  # headline given as metadata (JSONL "title"), when not in the text

    @property
    def id(self) -> str:
        return f"{self.doc_id}#{self.index + 1}"


@dataclass(frozen=True, order=True)
class Membership:
    """A post: ``person`` holds ``title`` (role ``role``) in ``organization``.

    ``start_date``/``end_date`` bound the post where the text dates an appointment or a
    removal; ``former`` marks a post that has ended (原市长, 免去…职务), dated or not;
    ``change`` is the trigger of the appointment or removal event that started or ended it.
    With no ``organization`` (律师张三, a wire reporter's 记者) it is no post, only the person's
    job title (W3C ORG: a post is held in an organisation).
    """

    person: Mention
    title: Mention
    role: str  # the bare post, e.g. 书记
    organization: str | None = None  # canonical organisation name
    sentence: tuple[int, int] = (0, 0)
    rule: str = ""
    confidence: float = 1.0
    start_date: str | None = None
    end_date: str | None = None
    former: bool = False
    change: Mention | None = None


@dataclass(frozen=True, order=True)
class Event:
    """Something that happened: a meeting, a signing, a visit ..."""

    type: str  # concept id in the event scheme, e.g. Meeting
    name: str
    trigger: Mention
    date: str | None = None  # YYYY-MM-DD, or YYYY-MM / YYYY when imprecise
    end_date: str | None = None
    place: Mention | None = None
    organizer: Mention | None = None
    chair: Mention | None = None
    attendees: tuple[Mention, ...] = ()
    sentence: tuple[int, int] = (0, 0)
    rule: str = ""
    confidence: float = 1.0
    when: Mention | None = None  # the DATE mention the date comes from
    delegated_by: Mention | None = None  # 受X委托: the person on whose behalf the chair acts
    mentions: tuple[Mention, ...] = ()  # every EVENT mention of it in the article (会议 referring back)
    # (role id of kg/rules/events/roles.jsonl, what fills it): 罚款 -> ("Fine.罚款金额", 50万元 as AMOUNT)
    arguments: tuple[tuple[str, Mention], ...] = ()


@dataclass(frozen=True, order=True)
class Relation:
    """A binary fact between two mentions: ``locatedIn``, ``partOf`` ..."""

    subject: Mention
    predicate: str
    object: Mention
    sentence: tuple[int, int] = (0, 0)
    rule: str = ""
    confidence: float = 1.0


@dataclass
class ArticleResult:
    """Everything extracted from one article."""

    doc: Document
    article: Article
    mentions: list[Mention] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


_R = TypeVar("_R")


def replace(record: _R, /, **changes: Any) -> _R:
    """``record`` with ``changes``, equal to what :func:`dataclasses.replace` gives, made without running
    ``__init__``: a copy of the record's fields (no record of this module has a ``__post_init__`` or a field
    it does not take, so the two agree). About a seventh of its time: the facts of an article and their
    linking replace tens of thousands of records over a corpus. Any other dataclass, or a name that is no
    field of the record, goes to :func:`dataclasses.replace` (and its error)."""
    fields = _FIELDS.get(type(record))
    if fields is None or not fields.issuperset(changes):
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__, **changes)
    return new


#: The fields of each record of this module, by its class (:func:`replace`).
_FIELDS: dict[type, frozenset[str]] = {
    cls: frozenset(f.name for f in dataclasses.fields(cls))
    for cls in (Document, Mention, Article, Membership, Event, Relation, ArticleResult)}
