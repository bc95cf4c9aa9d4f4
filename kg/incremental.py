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
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.link import Namesakes, iri
from kg.model import ArticleResult, Document, replace

__all__ = ["BUILD_GRAPH", "DocumentRecord", "Plan", "RecordSpill", "StoredRecords", "fingerprint", "digest"]

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


def _record(quad: ox.Quad) -> tuple[str, DocumentRecord]:
    assert isinstance(quad.object, ox.Literal), quad
    doc_id, rec = json.loads(quad.object.value)
    return doc_id, DocumentRecord(**rec)


class StoredRecords(Mapping[str, DocumentRecord]):
    """The records of the last build in ``store``, by document id, read from the store when asked
    (none in a store without them): a build does not hold them all."""

    def __init__(self, store: ox.Store):
        self.store = store

    def __getitem__(self, doc_id: str) -> DocumentRecord:
        for q in self.store.quads_for_pattern(_subject(doc_id), _RECORD, None, BUILD_GRAPH):
            return _record(q)[1]
        raise KeyError(doc_id)

    def _all(self) -> Iterator[tuple[str, DocumentRecord]]:
        return (_record(q) for q in self.store.quads_for_pattern(None, _RECORD, None, BUILD_GRAPH))

    def __iter__(self) -> Iterator[str]:
        return (doc_id for doc_id, _rec in self._all())

    def __len__(self) -> int:
        return sum(1 for _ in self._all())

    def values(self) -> Iterator[DocumentRecord]:  # type: ignore[override]
        return (rec for _doc_id, rec in self._all())


def _record_quad(doc_id: str, rec: DocumentRecord) -> ox.Quad:
    return ox.Quad(_subject(doc_id), _RECORD,
                   ox.Literal(json.dumps([doc_id, rec.__dict__], ensure_ascii=False, sort_keys=True)),
                   BUILD_GRAPH)


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

    def update(self, records: Mapping[str, DocumentRecord] | Iterable[tuple[str, DocumentRecord]]) -> None:
        """Add ``records`` (a mapping, or ``(id, record)`` pairs, as ``dict.update`` takes)."""
        for doc_id, rec in records.items() if isinstance(records, Mapping) else records:
            self.add(doc_id, rec)

    def quads(self) -> Iterator[ox.Quad]:
        """The records' quads, read from the file as they are taken (once)."""
        self.file.flush()
        self.file.seek(0)
        yield from ox.parse(self.file, format=ox.RdfFormat.N_QUADS)

    def close(self) -> None:
        self.file.close()


class Plan:
    """Which documents a build extracts, given the records of the last one (``old``).

    Feed the input through :meth:`changed` (it yields the documents to extract
    and puts the others aside), extract those, then ask :meth:`stale` for the
    kept documents that must be extracted all the same because the namesake
    step reads them differently now. The documents put aside are pickled to a
    temporary file in ``folder`` (only read again when stale) and their records
    read from ``old`` when needed: a plan holds the ids of the kept documents,
    not their texts or records.
    """

    def __init__(self, build: str, old: Mapping[str, DocumentRecord], folder: str | Path | None = None):
        self.build = build  # the fingerprint of this build
        self.old = old
        #: the documents not extracted again, in input order: id -> where it is in the file put aside
        self.kept: dict[str, int] = {}
        #: the digests of the documents to extract
        self.digests: dict[str, str] = {}
        self.aside = tempfile.TemporaryFile(prefix="kg-kept-", dir=folder)

    def changed(self, docs: Iterable[Document]) -> Iterator[Document]:
        """The documents of ``docs`` that are new or changed since the last build."""
        for doc in docs:
            d = digest(doc, self.build)
            rec = self.old.get(doc.id)
            if rec is not None and rec.digest == d:
                self.kept[doc.id] = self.aside.tell()
                pickle.dump(doc, self.aside, protocol=pickle.HIGHEST_PROTOCOL)
            else:
                self.digests[doc.id] = d
                yield doc

    def kept_records(self) -> Iterator[tuple[str, DocumentRecord]]:
        """Each kept document's id and record, in input order."""
        for doc_id in self.kept:
            yield doc_id, self.old[doc_id]

    def namesakes(self, home: str | None) -> Namesakes:
        """The namesake table of the kept documents (from their records)."""
        ns = Namesakes(home)
        for _doc_id, rec in self.kept_records():
            ns.update({name: set(places) for name, places in rec.posts.items()})
        return ns

    def stale(self, now: Namesakes) -> Iterator[Document]:
        """Kept documents whose people the namesake step ``now`` reads differently than the last build
        did; they are no longer kept (at once), and are read back from the file as they are taken."""
        before = Namesakes()
        for rec in self.old.values():
            before.update({name: set(places) for name, places in rec.posts.items()})
        names = before.ambiguous | now.ambiguous
        moved = {n for n in names if before.places.get(n) != now.places.get(n)}
        out = [(doc_id, rec.digest) for doc_id, rec in self.kept_records() if moved.intersection(rec.people)]
        where = [self.kept.pop(doc_id) for doc_id, _digest in out]
        self.digests.update(out)
        return self._read(where)

    def _read(self, where: list[int]) -> Iterator[Document]:
        for offset in where:
            self.aside.seek(offset)
            yield pickle.load(self.aside)

    def kept_articles(self) -> set[str]:
        """Ids of the articles whose graphs stay as they are."""
        return {a for _doc_id, rec in self.kept_records() for a in rec.articles}

    def close(self) -> None:
        """Done: the file put aside goes, and the plan lets go of the last build's records (of its store)."""
        self.aside.close()
        self.old = {}
