"""Incremental builds: a build extracts again only the documents that changed.

The store keeps, in a graph of its own (:data:`BUILD_GRAPH`, left out of the
union, the exports and pushes), one record per document of the last build: a
digest of the document (every field of it) and of what extraction depends on
(the build's ``--date``, ``--place`` and ``--rules`` files, kg's code and rule
data; not where it was read from), the ids of its articles, and what the cross-article step (telling
same-named people apart, :class:`kg.link.Namesakes`) needs of it: the places
of the posts its people hold and the names of the people it mentions.

A document whose digest is the stored one is not extracted again and its
article graphs stay as they are, unless the namesake step now reads one of its
people differently: a name that became ambiguous (a new article puts a
namesake in another city), stopped being so, or whose set of places changed.
Those documents are extracted again with the changed ones, so the store still
equals a fresh build of the same input, quad for quad.
"""
from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import astuple, dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from kg.link import Namesakes, iri
from kg.model import ArticleResult, Document

__all__ = ["BUILD_GRAPH", "DocumentRecord", "Plan", "RecordSpill", "fingerprint", "digest", "record_quads",
           "read_records"]

#: One record per document of the last build (not part of the knowledge graph).
BUILD_GRAPH = ox.NamedNode(iri("graph", "build"))
_RECORD = ox.NamedNode(iri("build", "record"))


@dataclass
class DocumentRecord:
    """What a later build needs to know of one document without extracting it again."""

    digest: str
    articles: list[str]  # article ids
    posts: dict[str, list[str]]  # person name -> places of their posts (what Namesakes.add notes)
    people: list[str]  # names of the people it mentions, before namesakes are told apart

    @classmethod
    def of(cls, digest: str, results: Sequence[ArticleResult]) -> DocumentRecord:
        noted = Namesakes()
        for r in results:
            noted.add(r)
        people = {m.key or m.text for r in results for m in r.mentions if m.type == "PER"}
        people |= {m.person.key or m.person.text for r in results for m in r.memberships}
        return cls(digest, [r.article.id for r in results], {n: sorted(p) for n, p in noted.places.items()},
                   sorted(people))


def fingerprint(*, date: str | None, place: str | None, rules: Sequence[str] | None) -> str:
    """A digest of everything besides the document that its extraction depends on.

    kg's own files (code and rule data) are part of it, so a changed rule or
    extractor makes the next build extract everything again.
    """
    h = hashlib.sha256(json.dumps([date, place], ensure_ascii=False).encode())
    package = Path(__file__).resolve().parent
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    for rule_file in rules or ():
        try:
            h.update(b"rules\0" + Path(rule_file).read_bytes() + b"\0")
        except OSError:  # the rule loader says what is wrong with it, naming the file
            h.update(b"unreadable\0" + str(rule_file).encode("utf-8", "surrogateescape") + b"\0")
    return h.hexdigest()


def digest(doc: Document, build: str) -> str:
    """The digest of ``doc`` within a build of :func:`fingerprint` ``build``: every field but where it
    was read from (file and line, which only error messages use), so a moved file is no change."""
    fields = json.dumps([build, *astuple(replace(doc, source="", line=0))], ensure_ascii=False)
    return hashlib.sha256(fields.encode("utf-8", "surrogatepass")).hexdigest()


def _subject(doc_id: str) -> ox.NamedNode:
    return ox.NamedNode(iri("document", doc_id))


def read_records(store: ox.Store) -> dict[str, DocumentRecord]:
    """The records of the last build in ``store``, by document id (none in a store without them)."""
    out = {}
    for q in store.quads_for_pattern(None, _RECORD, None, BUILD_GRAPH):
        if isinstance(q.object, ox.Literal):
            doc_id, rec = json.loads(q.object.value)
            out[doc_id] = DocumentRecord(**rec)
    return out


def _record_quad(doc_id: str, rec: DocumentRecord) -> ox.Quad:
    return ox.Quad(_subject(doc_id), _RECORD,
                   ox.Literal(json.dumps([doc_id, rec.__dict__], ensure_ascii=False, sort_keys=True)),
                   BUILD_GRAPH)


def record_quads(records: dict[str, DocumentRecord]) -> list[ox.Quad]:
    """The :data:`BUILD_GRAPH` of a build whose documents have ``records``."""
    return [_record_quad(doc_id, rec) for doc_id, rec in sorted(records.items())]


class RecordSpill:
    """A build's records (:data:`BUILD_GRAPH`), written to a temporary file as its documents come, read
    back once as quads into the store: a build holds no record in memory (about a kilobyte a document),
    only the ids of the documents recorded.

    The file is N-Quads, one line a document; it has no name and is gone once closed.
    """

    def __init__(self, folder: str | Path | None = None):
        self.file = tempfile.TemporaryFile(prefix="kg-records-", dir=folder)
        self.ids: list[str] = []

    def add(self, doc_id: str, rec: DocumentRecord) -> None:
        self.file.write(ox.serialize([_record_quad(doc_id, rec)], format=ox.RdfFormat.N_QUADS) or b"")
        self.ids.append(doc_id)

    def update(self, records: Mapping[str, DocumentRecord]) -> None:
        for doc_id, rec in records.items():
            self.add(doc_id, rec)

    def quads(self) -> Iterator[ox.Quad]:
        """The records' quads, read from the file as they are taken (once)."""
        self.file.flush()
        self.file.seek(0)
        yield from ox.parse(self.file, format=ox.RdfFormat.N_QUADS)

    def close(self) -> None:
        self.file.close()


@dataclass
class Plan:
    """Which documents a build extracts, given the records of the last one.

    Feed the input through :meth:`changed` (it yields the documents to extract
    and keeps the others aside), extract those, then ask :meth:`stale` for the
    kept documents that must be extracted all the same because the namesake
    step reads them differently now.
    """

    build: str  # the fingerprint of this build
    old: dict[str, DocumentRecord]
    kept: dict[str, tuple[Document, DocumentRecord]] = field(default_factory=dict)
    digests: dict[str, str] = field(default_factory=dict)  # every input document's digest

    def changed(self, docs: Iterable[Document]) -> Iterator[Document]:
        """The documents of ``docs`` that are new or changed since the last build."""
        for doc in docs:
            d = self.digests[doc.id] = digest(doc, self.build)
            rec = self.old.get(doc.id)
            if rec is not None and rec.digest == d:
                self.kept[doc.id] = (doc, rec)
            else:
                yield doc

    def namesakes(self, home: str | None, results: Iterable[ArticleResult]) -> Namesakes:
        """The namesake table of the whole input: the kept documents' records and the new ``results``."""
        ns = Namesakes(home)
        for _doc, rec in self.kept.values():
            for name, places in rec.posts.items():
                ns.places.setdefault(name, set()).update(places)
        for r in results:
            ns.add(r)
        return ns

    def stale(self, now: Namesakes) -> list[Document]:
        """Kept documents whose people the namesake step ``now`` reads differently than the last build
        did; they are no longer kept."""
        before = Namesakes()
        for rec in self.old.values():
            for name, places in rec.posts.items():
                before.places.setdefault(name, set()).update(places)
        names = before.ambiguous | now.ambiguous
        moved = {n for n in names if before.places.get(n) != now.places.get(n)}
        out = [doc for doc, rec in self.kept.values() if moved.intersection(rec.people)]
        for doc in out:
            del self.kept[doc.id]
        return out

    def kept_articles(self) -> set[str]:
        """Ids of the articles whose graphs stay as they are."""
        return {a for _doc, rec in self.kept.values() for a in rec.articles}

    def records(
        self, extracted: Iterable[tuple[Document, Sequence[ArticleResult]]]
    ) -> dict[str, DocumentRecord]:
        """The records of this build: the kept documents' and those of the ``extracted`` ones."""
        out = {doc_id: rec for doc_id, (_doc, rec) in self.kept.items()}
        for doc, results in extracted:
            out[doc.id] = DocumentRecord.of(self.digests[doc.id], results)
        return out
