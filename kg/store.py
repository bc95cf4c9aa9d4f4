"""The graph in an Oxigraph store: one named graph per article, written incrementally.

A build writes each article's triples (:func:`article_quads`) into a named
graph whose name is the article's IRI; what belongs to no article goes in two
graphs of its own: the vocabulary (:data:`VOCABULARY_GRAPH`, our terms and the
gazetteer as a source) and the combined confidence of each fact over all its
readings (:data:`CONFIDENCE_GRAPH`). Queries see the union of all graphs.

Building again compares each article's new triples with its graph in the store
and rewrites only the graphs that changed; articles no longer in the input lose
their graph. An entity, post or event that another article also reports lives
on in that article's graph, and the confidence graph is recomputed from every
reading left, so the store equals a fresh build of the same input, quad for
quad. The default graph holds the union of the named graphs (each triple
once), so queries see every article without asking for it. A build writes
one article at a time; one that fails leaves the store as it was (``kg build``
backs it up first, :func:`kg.api.build_outputs`).

Oxigraph keeps literals in canonical form: ``"0.950"^^xsd:decimal`` reads back
as ``"0.95"``, and the NIF offsets (``xsd:nonNegativeInteger``) as
``xsd:integer``. Everything read out of a store through this module (files,
rdflib views) gives the offsets their datatype back; SPARQL run on the store
itself sees ``xsd:integer``.
"""
from __future__ import annotations

import contextlib
import ctypes
import functools
import heapq
import io
import itertools
import mmap
import os
import pickle
import re
import shutil
import sys
import tempfile
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, cast

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.db import StoreError, cannot_write, check_new_store, is_store, open_store, syntax_error
from kg.errors import not_a_file
from kg.graph.build import GraphBuilder, vocabulary
from kg.graph.terms import literal_value, nt_iri
from kg.graph.vocab import KG, NIF, PREFIXES, PROV, XSD
from kg.graph.vocab import SCHEMA as _SCHEMA
from kg.incremental import BUILD_GRAPH
from kg.io import signals_held
from kg.link import article_iri, iri
from kg.model import ArticleResult
from kg.rules import RuleSet

if TYPE_CHECKING:
    from kg.export.html import ArticleView, PageViews

__all__ = [
    "ARTICLE_GRAPHS", "CONFIDENCE_GRAPH", "VOCABULARY_GRAPH", "StoreError", "BuildChanges",
    "is_store", "check_new_store", "fresh_store", "steady_malloc", "discard", "refresh_confidence",
    "article_graph", "article_graphs", "article_quads", "vocabulary_quads", "open_store", "write_results",
    "load_nquads", "content_graphs", "triple_count", "ArticlesPart", "article_part", "load_articles",
    "union_triples", "write_turtle", "as_graph", "to_ox", "from_ox", "Rekeyed", "rekey_graphs",
    "typed", "stats",
]

#: Our terms and the gazetteer as a source: the same in every build.
VOCABULARY_GRAPH = ox.NamedNode(iri("graph", "vocabulary"))
#: ``kg:confidence`` of every fact, combined over all its readings in all articles.
CONFIDENCE_GRAPH = ox.NamedNode(iri("graph", "confidence"))
#: Names of article graphs start with this (they are the articles' IRIs).
ARTICLE_GRAPHS = article_iri("x")[:-1]

_OFFSETS = (ox.NamedNode(str(NIF.beginIndex)), ox.NamedNode(str(NIF.endIndex)))
_INTEGER = ox.NamedNode(str(XSD.integer))
_STRING = ox.NamedNode(str(XSD.string))
_DERIVATION = ox.NamedNode(str(PROV.qualifiedDerivation))
_CONFIDENCE = ox.NamedNode(str(KG.confidence))


# -- terms ------------------------------------------------------------------------------

# Vocabulary terms, entities and names recur across articles; most terms (mentions, readings) are one
# article's own and recur only within it. A bounded cache keeps the first (PD dev: 102k misses in 1.75M
# calls with 32k entries, 98k with 262k), and its size does not grow with the input (a 262k-entry cache,
# full on a 3x copy, was most of what a build's memory grew by: about 450 bytes an entry).
@functools.lru_cache(maxsize=1 << 15)
def to_ox(term: Node) -> Any:
    """The pyoxigraph term (``NamedNode``, ``Literal`` or ``BlankNode``) of an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and term.datatype != XSD.string:
            return _canonical(ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


_SCRATCH = ox.Store()
_X = ox.NamedNode("urn:x")


def _canonical(literal: ox.Literal) -> ox.Literal:
    """``literal`` as Oxigraph stores it (``"0.950"^^xsd:decimal`` is ``"0.95"``), to compare with a store."""
    _SCRATCH.add(ox.Quad(_X, _X, literal))
    (quad,) = _SCRATCH
    _SCRATCH.clear()
    return quad.object


@functools.lru_cache(maxsize=1 << 18)
def _from_ox(term) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype == _STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


@functools.lru_cache(maxsize=1 << 16)
def _offset(value: str) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


_NON_NEGATIVE = ox.NamedNode(str(XSD.nonNegativeInteger))


def typed(p: ox.NamedNode, o):
    """Object ``o`` of predicate ``p``, a NIF offset typed ``xsd:nonNegativeInteger`` again."""
    if p in _OFFSETS and isinstance(o, ox.Literal) and o.datatype == _INTEGER:
        return ox.Literal(o.value, datatype=_NON_NEGATIVE)
    return o


def from_ox(s, p, o) -> tuple[Node, Node, Node]:
    """The rdflib triple of a pyoxigraph one, NIF offsets typed ``xsd:nonNegativeInteger`` again."""
    if p in _OFFSETS and isinstance(o, ox.Literal) and o.datatype == _INTEGER:
        return _from_ox(s), _from_ox(p), _offset(o.value)
    return _from_ox(s), _from_ox(p), _from_ox(o)


# -- what goes into the store -------------------------------------------------------------

def article_graph(article_id: str) -> ox.NamedNode:
    """The name of an article's graph: the article's IRI."""
    return ox.NamedNode(article_iri(article_id))


def article_quads(result: ArticleResult, builder: GraphBuilder | None = None) -> list[ox.Quad]:
    """The quads of one article's named graph, from its extraction result alone.

    A pure function of ``result``: workers can write articles in any order and
    on any machine, and the union of their quads is the build's graph (see
    :func:`load_nquads`). Pass a ``builder`` to reuse one across many calls.

    >>> from kg.model import Article, Document, Mention
    >>> doc = Document("d", "李理主持会议。")
    >>> r = ArticleResult(doc, Article("d", 0, 0, 7), [Mention(0, 2, "PER", "李理")])
    >>> quads = article_quads(r)
    >>> {q.graph_name for q in quads} == {article_graph(r.article.id)}
    True
    """
    g = article_graph(result.article.id)
    triples = _stored_triples((builder or _builder()).article_triples(result))
    return sorted((ox.Quad(s, p, o, g) for s, p, o in triples), key=str)


def _stored_triples(triples: Iterable[tuple[str, str, str]]) -> set[tuple]:
    """N-Triples ``triples`` as a store holds them: pyoxigraph terms, literals canonical."""
    scratch = ox.Store()
    scratch.bulk_load("".join(f"{s} {p} {o} .\n" for s, p, o in triples).encode(), ox.RdfFormat.N_TRIPLES)
    return {(q.subject, q.predicate, q.object) for q in scratch}


@functools.cache
def _builder() -> GraphBuilder:
    return GraphBuilder()


def vocabulary_quads(rules: RuleSet | None = None) -> list[ox.Quad]:
    """The quads of :data:`VOCABULARY_GRAPH`: kg's terms and the event roles of ``rules``."""
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), VOCABULARY_GRAPH) for s, p, o in vocabulary(rules)]


# -- opening ----------------------------------------------------------------------------------

# -- writing -------------------------------------------------------------------------------

@dataclass
class BuildChanges:
    """What a build changed in the store, by article graph."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    #: Ids of the documents extracted, and how many were not (unchanged since the last build).
    extracted: list[str] = field(default_factory=list)
    skipped: int = 0

    def __str__(self) -> str:
        skipped = f"; {self.skipped} unchanged documents not extracted again" if self.skipped else ""
        return (f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.removed)} removed, "
                f"{self.unchanged} unchanged article graphs{skipped}")


def content_graphs(store: ox.Store) -> list[ox.NamedNode]:
    """The named graphs of the knowledge graph (articles, vocabulary, confidence), sorted: all but the
    build's records."""
    return sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g != BUILD_GRAPH),
                  key=lambda g: g.value)


def article_graphs(store: ox.Store) -> set[ox.NamedNode]:
    """The names of the article graphs in ``store``."""
    return {g for g in store.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE_GRAPHS)}


def _graph_triples(store: ox.Store, g: ox.NamedNode) -> set[tuple]:
    return {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, g)}


class Confidences:
    """Each fact's readings, combined at the end into its ``kg:confidence``: 1 − Π(1 − c) over its
    readings, c the confidence of a reading's best rule (:data:`CONFIDENCE_GRAPH`).

    Fed whole articles at a time (or parts and shards of whole articles): a reading (an article's
    sentence) lies in one article, so its best rule is found in what comes at once, and one number is kept
    per reading, not its IRIs. Past :data:`CONFIDENCES_HELD` readings, those held go to a temporary
    file, sorted by fact, and the files are merged at the end: what a build holds for the confidence
    graph does not grow with the input.
    """

    def __init__(self) -> None:
        self._values: dict[str, array] = {}
        self._held = 0
        self._runs: list[BinaryIO] = []  # the readings let go of, each file sorted by fact
        self._removed: dict[str, list[float]] = {}  # readings taken back (:meth:`remove`), by fact

    def add(self, readings: dict[tuple[str, str], float]) -> None:
        """Readings ``(fact IRI, derivation IRI) -> confidence`` (:func:`_readings_of`) of whole articles."""
        best = _best_readings(readings)
        for fact, values in best.items():
            self._values.setdefault(fact, array("d")).extend(values)
        self._held += sum(map(len, best.values()))
        if self._held >= CONFIDENCES_HELD:
            run = cast(BinaryIO, tempfile.TemporaryFile(prefix="kg-confidences-"))
            for fact in sorted(self._values):
                pickle.dump((fact, self._values[fact]), run, protocol=pickle.HIGHEST_PROTOCOL)
            run.seek(0)
            self._runs.append(run)
            self._values, self._held = {}, 0

    def remove(self, readings: dict[tuple[str, str], float]) -> None:
        """Take back readings added before (:meth:`add`, the same whole articles'): an article graph
        rewritten (:func:`rekey_graphs`)."""
        for fact, values in _best_readings(readings).items():
            self._removed.setdefault(fact, []).extend(values)

    def _facts(self) -> Iterator[tuple[str, array]]:
        """Each fact and all its readings, in the order of the facts' IRIs (once: the files are read)."""

        def read(run: BinaryIO) -> Iterator[tuple[str, array]]:
            with run:
                while True:
                    try:
                        yield pickle.load(run)
                    except EOFError:
                        return

        runs = [read(run) for run in self._runs]
        self._runs = []
        held = sorted(self._values.items())
        self._values, self._held = {}, 0
        merged = heapq.merge(*runs, iter(held), key=lambda item: item[0])
        removed, self._removed = self._removed, {}
        for fact, group in itertools.groupby(merged, key=lambda item: item[0]):
            values = array("d")
            for _fact, more in group:
                values.extend(more)
            for c in removed.get(fact, ()):
                values.remove(c)
            if values:
                yield fact, values

    def quads(self) -> Iterator[ox.Quad]:
        """The quads of :data:`CONFIDENCE_GRAPH`, in the order of the facts (each fact's readings
        multiplied in order of value); once."""
        decimal = ox.NamedNode(str(XSD.decimal))
        for fact, values in self._facts():
            miss = 1.0
            for c in sorted(values):
                miss *= 1.0 - min(max(c, 0.0), 1.0)
            yield ox.Quad(ox.NamedNode(fact), _CONFIDENCE, ox.Literal(f"{1.0 - miss:.3f}", datatype=decimal),
                          CONFIDENCE_GRAPH)


def _best_readings(readings: dict[tuple[str, str], float]) -> dict[str, list[float]]:
    """Each fact's readings among ``readings`` (of whole articles), a reading (an article's sentence) at its
    best rule's confidence."""
    best: dict[tuple[str, str], float] = {}
    for (fact, derivation), c in readings.items():
        key = (fact, derivation.rsplit("/", 1)[0])  # .../from/ARTICLE/START-END/RULE without the rule
        best[key] = max(c, best.get(key, 0.0))
    by_fact: dict[str, list[float]] = {}
    for (fact, _reading), c in best.items():
        by_fact.setdefault(fact, []).append(c)
    return by_fact


#: Readings :class:`Confidences` holds in memory before it moves them to a temporary file.
CONFIDENCES_HELD = 500_000


def _readings_of(triples: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str], float]:
    """``(fact IRI, derivation IRI) -> confidence`` of the readings among ``triples`` (their terms' values:
    IRIs and lexical forms)."""
    derivations: list[tuple[str, str]] = []
    confidence: dict[str, float] = {}
    derivation, confidence_of = _DERIVATION.value, _CONFIDENCE.value
    for s, p, o in triples:
        if p == derivation:
            derivations.append((s, o))
        elif p == confidence_of:  # a reading made twice (same sentence, same rule) counts at its best
            confidence[s] = max(float(o), confidence.get(s, 0.0))
    return {(f, d): confidence[d] for f, d in derivations if d in confidence}


def _nt_value(term: str) -> str:
    """The value of an N-Triples term: an IRI or a literal's lexical form."""
    return term[1:-1] if term.startswith("<") else literal_value(term)


def _solutions(store: ox.Store, query: str, **options) -> ox.QuerySolutions:
    result = store.query(query, **options)
    assert isinstance(result, ox.QuerySolutions), query
    return result


def write_results(
    store: ox.Store, results: Iterable[ArticleResult], *, complete: bool = True, rules: RuleSet | None = None,
    kept: Iterable[str] = (), records: Iterable[ox.Quad] = (), views: PageViews | None = None,
) -> BuildChanges:
    """Bring ``store`` up to date with ``results``, one article at a time.

    Article graphs whose triples changed are replaced, new ones added; with
    ``complete`` (the results are the whole input) graphs of articles not among
    them are removed, except the ``kept`` ones (ids of articles of documents
    not extracted again). The default graph (the union) follows each change.
    The vocabulary and confidence graphs are rewritten, and the build's
    ``records`` (:mod:`kg.incremental`) replace the last ones. Places and
    organisations are expanded with ``rules`` (the built-in rules when None).
    One article's triples are held at a time (and each fact's readings, as
    numbers), so memory does not grow with the input. The changes are not one
    transaction: ``kg build`` backs the store up first and puts it back on
    failure (:func:`kg.api.build_outputs`). ``views`` gathers what the page
    shows of each article written (:func:`load_articles`).
    """
    builder = GraphBuilder(rules=rules)
    if _is_empty(store):
        return _write_new(store, results, builder, rules, records, views)
    if views is not None:
        from kg.export.html import article_view  # the page's module, only when the page is made
    existing = article_graphs(store)
    kept_graphs = {article_graph(a) for a in kept} & existing
    changes = BuildChanges(unchanged=len(kept_graphs))
    confidences = Confidences()
    written: set[ox.NamedNode] = set()
    for r in results:
        g = article_graph(r.article.id)
        made = builder.article_triples(r)
        triples = _stored_triples(made)
        if views is not None:
            view = article_view(g.value, made)
            if view is not None:
                views.add(view)
        old = _graph_triples(store, g) if g in existing or g in written else set()
        if g in written:  # a second result of the same article: both in its graph
            triples |= old
        elif g not in existing:
            changes.added.append(g.value)
        elif old == triples:
            changes.unchanged += 1
        else:
            changes.replaced.append(g.value)
        written.add(g)
        confidences.add(_readings_of(_values(triples)))
        _replace_graph(store, g, old, triples)
    changes.added.sort()
    changes.replaced.sort()
    removed = sorted((existing - written - kept_graphs) if complete else (), key=lambda g: g.value)
    changes.removed = [g.value for g in removed]
    for g in removed:
        _replace_graph(store, g, _graph_triples(store, g), set())
    for g in sorted(existing - written - set(removed), key=lambda g: g.value):
        confidences.add(_graph_readings(store, g))
    _rewrite_ours(store, rules, confidences, records)
    return changes


def _replace_graph(store: ox.Store, g: ox.NamedNode, old: set[tuple], new: set[tuple]) -> set[tuple]:
    """Graph ``g`` of ``store`` from its ``old`` triples to ``new`` ones (none: the graph goes), the
    default graph (the union) following: a triple leaves it when no graph holds it any more (those
    returned)."""
    come = new - old
    store.extend([*(ox.Quad(s, p, o, g) for s, p, o in come), *(ox.Quad(s, p, o) for s, p, o in come)])
    gone = old - new
    if not new:
        store.remove_graph(g)
    else:
        for s, p, o in gone:
            store.remove(ox.Quad(s, p, o, g))
    left = set()
    for s, p, o in gone:
        if not any(not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != BUILD_GRAPH
                   for q in store.quads_for_pattern(s, p, o)):
            store.remove(ox.Quad(s, p, o))
            left.add((s, p, o))
    return left


def _graph_readings(store: ox.Store, g: ox.NamedNode) -> dict[tuple[str, str], float]:
    """The readings of the facts of article graph ``g`` (:func:`_readings_of`)."""
    quads = itertools.chain.from_iterable(store.quads_for_pattern(None, p, None, g)
                                          for p in (_DERIVATION, _CONFIDENCE))
    return _readings_of(_values((q.subject, q.predicate, q.object) for q in quads))


def _values(triples: Iterable[tuple]) -> Iterator[tuple[str, str, str]]:
    """The values of pyoxigraph triples' terms: IRIs and lexical forms."""
    for s, p, o in triples:
        yield s.value, p.value, o.value

def _rewrite_ours(
    store: ox.Store, rules: RuleSet | None, confidences: Confidences, records: Iterable[ox.Quad] = (),
) -> None:
    """The vocabulary (with the event roles of ``rules``) and confidence graphs rewritten, the union
    following; the build's ``records`` in place of the last ones."""
    for g, quads in ((VOCABULARY_GRAPH, vocabulary_quads(rules)), (CONFIDENCE_GRAPH, confidences.quads())):
        # as the store keeps them ("0.950"^^xsd:decimal is "0.95"), to compare with what it holds
        triples = {(q.subject, q.predicate, _canonical(q.object) if isinstance(q.object, ox.Literal)
                    else q.object) for q in quads}
        _replace_graph(store, g, _graph_triples(store, g), triples)
    store.update(f"DROP SILENT GRAPH {BUILD_GRAPH}")
    _bulk_extend(store, iter(records))
    store.flush()


def _is_empty(store: ox.Store) -> bool:
    return next(iter(store), None) is None


def _write_new(
    store: ox.Store, results: Iterable[ArticleResult], builder: GraphBuilder, rules: RuleSet | None,
    records: Iterable[ox.Quad] = (), views: PageViews | None = None,
) -> BuildChanges:
    """Write ``results`` into the empty ``store`` as they come (:func:`load_articles`)."""
    parts = (article_part([r], builder, views=views is not None) for r in results)
    return load_articles(store, parts, rules=rules, records=records, views=views)


@dataclass
class ArticlesPart:
    """The article graphs of some articles as N-Quads, made anywhere (a worker process), loaded by
    :func:`load_articles`."""

    #: each quad of the articles' graphs, and its triple in the default graph (the union)
    nquads: bytes
    quads: int
    #: ``(fact IRI, derivation IRI) -> confidence`` of the facts read in them
    readings: dict[tuple[str, str], float]
    #: the names of their graphs
    graphs: list[str]
    #: what the page shows of each (:func:`kg.export.html.article_view`), when asked for
    views: list[ArticleView] = field(default_factory=list)
    #: the triples of their graphs the page's queries read (:func:`kg.export.html.page_facts`), with the
    #: views; None without
    facts: list[tuple[str, str, str]] | None = None


def article_part(results: Iterable[ArticleResult], builder: GraphBuilder, *, views: bool = False
                 ) -> ArticlesPart:
    """The :class:`ArticlesPart` of ``results``: a pure function of them, like :func:`article_quads`.

    The graph builder makes its terms in N-Triples (:mod:`kg.graph.terms`):
    each line is three of them and the graph's name, no object per term or
    quad. With ``views``, what the page shows of each article is read from
    its triples too, and the triples the page's queries read (``facts``), so
    that the page need not read them back from the store.
    """
    named: list[bytes] = []
    union: list[bytes] = []
    quads = 0
    readings: dict[tuple[str, str], float] = {}
    graphs: list[str] = []
    seen: list[ArticleView] = []
    facts: list[tuple[str, str, str]] | None = None
    if views:
        from kg.export.html import article_view, page_facts  # the page's module, only when the page is made

        facts = []
    for r in results:
        g = article_graph(r.article.id)
        graphs.append(g.value)
        in_g = f" {g} .\n".encode()
        triples = builder.article_triples(r)
        # each "s p o" joined and encoded in C, a line at a time: joined as text first, an article's lines
        # were widened to two bytes a character by its Chinese ones, then encoded back (PD dev: 0.6-0.76 ->
        # 0.32-0.45 CPU s)
        lines = list(map(str.encode, map(" ".join, triples)))
        if lines:
            named += (in_g.join(lines), in_g)
            union += (_LINE_END.join(lines), _LINE_END)
            quads += 2 * len(lines)
        readings.update(_readings_of((s[1:-1], p[1:-1], _nt_value(o)) for s, p, o in triples
                                     if p in _READINGS))
        view = article_view(g.value, triples) if views else None
        if view is not None:
            seen.append(view)
        if facts is not None:
            facts += page_facts(triples)
    return ArticlesPart(b"".join(named + union), quads, readings, graphs, seen, facts)


#: The end of an N-Triples line.
_LINE_END = b" .\n"


#: The predicates of a fact's readings (:func:`_readings_of`), as the graph builder writes them.
_READINGS = frozenset(nt_iri(p.value) for p in (_DERIVATION, _CONFIDENCE))


def load_articles(
    store: ox.Store, parts: Iterable[ArticlesPart], *, rules: RuleSet | None = None,
    records: Iterable[ox.Quad] = (), views: PageViews | None = None,
    rekeyed: Callable[[], Iterable[Rekeyed]] | None = None, spill_dir: str | Path | None = None,
) -> BuildChanges:
    """Bulk-load ``parts`` into the empty ``store`` as they come, then the vocabulary and confidences.

    Each quad goes in twice, in its article's graph and in the default graph
    (the union: a triple several articles hold is stored there once); the
    parts are N-Quads, loaded by Oxigraph without a Python object per quad,
    in a thread while the next load's parts are made (a worker pool's, or
    the caller's own); past :data:`LOADED_WHILE_MADE` quads the loads wait
    in a temporary file in ``spill_dir`` (the system's temporary folder when
    None) for the last part, then run back to back, one at a time. Loaded
    ``lenient``: Oxigraph does not check again what kg's graph builder
    wrote (:mod:`kg.graph.terms`: IRIs of the pattern ``nt_iri`` checks,
    kg's own percent-encoded, literals escaped);
    checking every IRI and language tag was an eighth of the loads' CPU (PD
    dev's parts loaded alone: 9.7 -> 8.5 s). Files of ``kg load`` are checked.
    Only the readings of facts are kept until the end, for the confidence
    graph. The bulk loader writes no transaction: the caller made the store
    and removes it on failure. ``records`` (:mod:`kg.incremental`) go in as
    they are, outside the union (an iterable: the caller may still be making
    them while the parts stream). ``views`` gathers what the page shows of
    each article from the parts that carry it (:func:`article_part`), and
    the triples of the union the page's queries read when every part does
    (:attr:`~kg.export.html.PageViews.whole`: the page need not read the store). ``rekeyed``, called
    once all parts are loaded: the results whose graphs are to be written again (:func:`rekey_graphs`:
    a name told apart once its articles were loaded).
    """
    confidences = Confidences()
    added: list[str] = []
    batch: list[bytes] = []
    size = 0
    whole = views is not None  # every part carried the page's facts
    loads = _Loads(store, spill_dir)
    try:
        for part in parts:
            confidences.add(part.readings)
            if views is not None:
                whole = _viewed(views, part) and whole
            added += part.graphs
            batch.append(part.nquads)
            size += part.quads
            if size >= loads.batch_quads():
                loads.add(b"".join(batch), size)
                batch, size = [], 0
        if batch:
            loads.hold(b"".join(batch))
        del batch
        loads.finish()
    except BaseException:  # the caller discards the store: not while a load still writes into it
        loads.wait_quietly()
        raise
    finally:
        loads.close()
    if rekeyed is not None:
        rekey_graphs(store, rekeyed(), GraphBuilder(rules=rules), confidences, views)
    vocabulary_of = vocabulary_quads(rules)
    if views is not None and whole:  # the confidences' graph holds none of the page's facts
        from kg.export.html import page_facts

        views.add_facts(page_facts((str(q.subject), str(q.predicate), str(q.object)) for q in vocabulary_of))
        views.whole = True
    ours = itertools.chain(vocabulary_of, confidences.quads())
    _bulk_extend(store, itertools.chain(_with_union(ours), records))
    store.flush()
    _give_back_freed()
    return BuildChanges(added=sorted(set(added)))


#: A document's results as loaded and as they are now, each a pair (:func:`rekey_graphs`).
Rekeyed = list[tuple[ArticleResult, ArticleResult]]


def rekey_graphs(store: ox.Store, documents: Iterable[Rekeyed],
                 builder: GraphBuilder, confidences: Confidences, views: PageViews | None) -> None:
    """The graphs of articles loaded into ``store`` (:func:`load_articles`) written again re-keyed: each
    document's results as loaded and as they are now (a name told apart once they were loaded,
    :class:`kg.link.Namesakes`), the union, the readings of ``confidences`` and the page's ``views``
    following. A store so mended holds what a load of the re-keyed results would, quad for quad.

    ``views``: an article whose graph is written again is taken out and put back as it is now, and so
    must every article that mentions an entity whose mentions changed, as it was (an entity keeps its
    first sentences only: those of the articles put back come back); the facts that left the union
    leave the page's facts.
    """
    if views is not None:
        from kg.export.html import article_view, page_facts  # the page's module, only when the page is made
    for pairs in documents:
        graphs: dict[str, tuple[set, set]] = {}  # an article's triples as loaded and as they are now
        for was, now in pairs:
            before, after = graphs.setdefault(article_graph(was.article.id).value, (set(), set()))
            before |= builder.article_triples(was)
            after |= builder.article_triples(now)
        for g, (before, after) in graphs.items():
            if views is not None:
                views.drop(article_view(g, before))
            if before != after:
                _rekey_graph(store, ox.NamedNode(g), before, after, confidences, views)
                if views is not None:
                    views.add_facts(page_facts(after))
            if views is not None:
                views.add(article_view(g, after))


def _rekey_graph(store: ox.Store, g: ox.NamedNode, before: set[tuple[str, str, str]],
                 after: set[tuple[str, str, str]], confidences: Confidences, views: PageViews | None) -> None:
    """Article graph ``g`` from its triples ``before`` (N-Triples, as loaded) to ``after``
    (:func:`rekey_graphs`)."""
    new = _stored_triples(after)
    confidences.remove(_graph_readings(store, g))
    confidences.add(_readings_of(_values(new)))
    left = _replace_graph(store, g, _graph_triples(store, g), new)
    if views is not None and left:
        from kg.export.html import page_facts

        facts = page_facts(before)
        stored = _each_stored(facts)
        views.forget_facts({t for t, held in zip(facts, stored, strict=True) if held in left})


def _each_stored(triples: list[tuple[str, str, str]]) -> list[tuple]:
    """Each of the N-Triples ``triples`` as a store holds it (:func:`_stored_triples`), in order."""
    scratch = ox.Store()
    lines = (f"{s} {p} {o} <{_NUMBERED}{i}> .\n" for i, (s, p, o) in enumerate(triples))
    scratch.bulk_load("".join(lines).encode(), ox.RdfFormat.N_QUADS)
    stored: list[tuple] = [()] * len(triples)
    for q in scratch:
        stored[int(q.graph_name.value[len(_NUMBERED):])] = (q.subject, q.predicate, q.object)
    return stored


#: The graphs :func:`_each_stored` numbers its triples with.
_NUMBERED = "urn:kg:triple:"


def _put(file: BinaryIO, data: bytes) -> None:
    """``data`` at the end of ``file``, after its length (8 bytes): read back by :func:`_taken`."""
    file.write(len(data).to_bytes(8, "little"))
    file.write(data)


def _taken(file: BinaryIO) -> Iterator[bytes]:
    """Each piece of data :func:`_put` in ``file``, in order (once)."""
    file.seek(0)
    while size := file.read(8):
        yield file.read(int.from_bytes(size, "little"))


#: Quads of one bulk load: Oxigraph's loader holds a batch (a million quads by default) in memory, which
#: for our long IRIs is over a gigabyte; smaller loads keep the build's memory flat.
BULK_QUADS = 100_000
#: Quads handed to the loader past which its loads are :data:`LARGE_STORE_BULK_QUADS` each. What RocksDB
#: holds as it writes and compacts a store grows with the store (its lows between loads climb by some 40-60
#: MB over a 10x copy of PD dev), and two loads' buffers ride on it: smaller loads once the store is large
#: keep a large build's peak near that of a small one (10x: 366.6 / 368.8 -> 341.3 / 340.7 MB, the
#: kernel's high-water mark, the Turtle's climb now as high), while a small build keeps the faster larger
#: loads (loads of 50,000 quads throughout: PD dev 231-234 MB instead of ~305 but 17% more wall time).
#: PD dev itself is 1.08 million quads: its build is as before.
LARGE_STORE_QUADS = 1_000_000
#: Quads loaded while the parts are made (the input extracted), past which the loads wait in a temporary file
#: until all are made, then run back to back. Loads spread over a long extraction cost more than the same
#: loads back to back (a 10x copy of PD dev, loaded while extracted: 554 CPU s, 91 of them the kernel's,
#: against 429 and 46 when the loads came after the extraction; likely RocksDB compacting each few loads
#: into all of the level below, the keys being hashes), while a small build's loads beside its extraction
#: come free on a second core. PD dev's build hands the loader 1.2 million quads.
LOADED_WHILE_MADE = 1_000_000
#: Quads of one bulk load once the store is large (:data:`LARGE_STORE_QUADS`).
LARGE_STORE_BULK_QUADS = 50_000
#: Bulk loads running at once (:func:`load_articles`). One load parses its text, then sorts and writes it
#: in a thread of its own: with two, one parses while the other writes. Two of 100,000 quads hold what one
#: of 200,000 did (PD dev's parts, loaded on their own: 8% less CPU, a third less wall time).
LOADS = 2


def _viewed(views: PageViews, part: ArticlesPart) -> bool:
    """What the page shows of the articles of ``part`` gathered in ``views``; whether the part carried the
    page's facts of its articles (or had none to carry)."""
    for view in part.views:
        views.add(view)
    if part.facts is None:
        return not part.graphs
    views.add_facts(part.facts)
    return True


class _Loads:
    """The bulk loads of :func:`load_articles`: in threads (Oxigraph loads without Python's lock),
    :data:`LOADS` at a time, while the next is made; past :data:`LOADED_WHILE_MADE` quads they wait in a
    temporary file (in ``spill_dir``) until all are made (:meth:`finish`), then run back to back, one at a
    time."""

    def __init__(self, store: ox.Store, spill_dir: str | Path | None) -> None:
        self.store = store
        self.loader = ThreadPoolExecutor(LOADS, thread_name_prefix="kg-load")
        self.running: deque[Future] = deque()
        self.held = cast(BinaryIO, tempfile.TemporaryFile(prefix="kg-loads-", dir=spill_dir))
        self.quads = 0  # handed to the loader, or held for it

    def batch_quads(self) -> int:
        """The quads of the next load: fewer once the store is large (:data:`LARGE_STORE_QUADS`)."""
        return BULK_QUADS if self.quads < LARGE_STORE_QUADS else LARGE_STORE_BULK_QUADS

    def add(self, data: bytes, quads: int) -> None:
        """N-Quads ``data`` of ``quads`` quads loaded now, or held until :meth:`finish`."""
        if self.quads < LOADED_WHILE_MADE:
            self._load(data)
        else:
            self.hold(data)
        self.quads += quads

    def hold(self, data: bytes) -> None:
        _put(self.held, data)

    def finish(self) -> None:
        """The loads held run, then every load has ended."""
        # one at a time: back to back on a large store two at once made a large build's peak (a 10x copy of
        # PD dev: the loads' highs 355-413 MB, two loads' buffers and RocksDB's compactions on a base of
        # 250-310; one at a time: 309-345, the Turtle's ~350 the peak again: 428.6 -> 354.8 MB), no CPU
        # measured lost (a 3x copy: 114-121 CPU s against 118-119)
        for data in _taken(self.held):
            self._load(data, together=1)
        while self.running:
            self.running.popleft().result()
            _give_back_freed()

    def wait_quietly(self) -> None:
        """The loads running waited for (Ctrl-C held back), their failures not raised: the store is about to
        be discarded, not while a load still writes into it."""
        with signals_held():
            for running in self.running:
                with contextlib.suppress(Exception):
                    running.result()

    def close(self) -> None:
        self.loader.shutdown(wait=False)
        self.held.close()

    def _load(self, data: bytes, together: int = LOADS) -> None:
        while len(self.running) >= together:
            self.running.popleft().result()
            _give_back_freed()
        load = self.loader.submit(self.store.bulk_load, data, ox.RdfFormat.N_QUADS, lenient=True)
        self.running.append(load)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, None under another C library."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim  # the C library the process runs on
    except (OSError, AttributeError):
        return None


#: glibc's ``mallopt`` parameter (``malloc.h``) that :func:`steady_malloc` sets, and its environment variable.
_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_VARIABLE = -3, "MALLOC_MMAP_THRESHOLD_"
#: Blocks from this size on are mapped on their own (:func:`steady_malloc`).
MMAP_THRESHOLD = 1 << 20


@functools.cache
def steady_malloc() -> None:
    """glibc's allocator set, once, for a process that bulk-loads stores (``kg build``, ``kg load``: called at
    their start): every block of a megabyte or more mapped on its own, so given back to the system when
    freed (what the environment sets, ``MALLOC_MMAP_THRESHOLD_``, is left as it is).

    By default the size from which a block is mapped rises with the largest one freed, so the loaders'
    buffers of tens of megabytes come to lie in heap arenas, among blocks still in use, and stay resident
    between loads: the build's peak grew with its number of loads (a 10x copy of PD dev: 427 MB, 384 MB
    with this). The number of arenas is left to glibc: two for the whole process (as session 12 set) made
    the loader's threads and the extraction wait on each other's locks (PD dev: 2 s more wall time).
    """
    if not sys.platform.startswith("linux") or _MMAP_THRESHOLD_VARIABLE in os.environ:
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the C library the process runs on
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def _give_back_freed() -> None:
    """Return the heap memory a finished bulk load freed to the system.

    Oxigraph's loader parses, sorts and writes a load in threads of its own, and
    glibc keeps what they free in per-thread arenas: without this, a build's
    resident memory grows with every load though little of it is in use (PD dev:
    398 MB after the write pass, 254 MB once trimmed).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _bulk_extend(store: ox.Store, quads: Iterator[ox.Quad]) -> None:
    """Bulk-load ``quads`` into ``store`` in loads of at most :data:`BULK_QUADS`."""
    more = [True]

    def part() -> Iterator[ox.Quad]:
        for i, q in enumerate(quads):
            yield q
            if i + 1 == BULK_QUADS:
                return
        more[0] = False

    while more[0]:
        store.bulk_extend(part())


def _with_union(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad, and its triple in the default graph."""
    for q in quads:
        yield q
        yield ox.Quad(q.subject, q.predicate, q.object)


#: The default graph holds the union of the named graphs, each triple once: queries on it need no
#: ``use_default_graph_as_union`` (which in Oxigraph repeats a triple once per graph that holds it,
#: multiplying the rows of every join). Kept up to date with each graph written (:func:`_replace_graph`).
#: The build's records (:data:`~kg.incremental.BUILD_GRAPH`) are not part of the union.


def refresh_confidence(
    store: ox.Store, rules: RuleSet | None = None, records: Iterable[ox.Quad] = ()
) -> None:
    """Recompute :data:`CONFIDENCE_GRAPH` and the vocabulary (with the event roles of ``rules``) from what
    the store holds (after a load), reading one article graph at a time.

    The last build's records are replaced by ``records``: without them (they no longer describe the
    store) the next build extracts everything.
    """
    confidences = Confidences()
    for g in sorted(article_graphs(store), key=lambda g: g.value):
        confidences.add(_graph_readings(store, g))
    _rewrite_ours(store, rules, confidences, records)


#: The graphs a store makes itself after a load (from the article graphs and the rules).
_OURS = (VOCABULARY_GRAPH, CONFIDENCE_GRAPH, BUILD_GRAPH)


def load_nquads(
    store: ox.Store, paths: Iterable[str | Path], rules: RuleSet | None = None,
    records: Iterable[ox.Quad] = (), *, with_union: bool = False,
) -> None:
    """Bulk-load N-Quads files (article graphs written elsewhere), then recombine confidences.

    Into an empty store each file goes through Oxigraph's bulk loader as it
    is (no Python object per quad). The shards kg writes (:func:`article_part`,
    :func:`kg.cluster.dask_write_shards`) hold each article graph and its
    triples in the default graph (the union), as a kg store does (say so with
    ``with_union`` and the union is not checked); when the default graph has
    fewer triples than the named graphs together (files of named graphs only,
    written elsewhere) the union is made once all is loaded. Then the
    vocabulary (``rules``: the build's, whose event roles it declares) and the
    confidences are made again from what the store holds, and the build's
    ``records`` (:mod:`kg.incremental`; else the next build extracts
    everything) go in: a store loaded from the shards of a distributed build
    is the store of a local one, quad for quad. Into a store that holds graphs
    already, the files' quads are added to it, each with its triple in the
    union, and the confidences recomputed.
    """
    files = [Path(p) for p in paths]
    for path in files:
        _check_shard(path)
    if _is_empty(store):
        for path in files:
            _bulk_load_file(store, path)
        if not with_union and triple_count(store) < _named_triple_count(store):
            _make_union(store)
        refresh_confidence(store, rules, records)
        store.flush()
        return
    for path in files:  # each quad, and its triple in the union; ours made again below
        _bulk_extend(store, _with_union(q for q in _parse_nquads(path) if q.graph_name not in _OURS))
    refresh_confidence(store, rules)


def _check_shard(path: Path) -> None:
    """A :class:`StoreError` unless ``path`` is a regular file (a device or a pipe would be read for ever),
    not gzipped, with a line that is neither blank nor a comment: an empty shard is a mistake (a cut copy,
    the wrong file), as an empty news file is, and a load is all or nothing."""
    if not path.is_file():
        raise StoreError(not_a_file(path), str(path))
    try:
        with open(path, "rb") as fh:
            if fh.read(2) == b"\x1f\x8b":  # a shard gzipped to be sent: its bytes are no N-Quads
                raise StoreError("a gzip file: kg loads N-Quads as text: gunzip it (nothing was loaded)",
                                 str(path))
            fh.seek(0)
            if not any(line.strip() and not line.lstrip().startswith(b"#") for line in fh):
                raise StoreError("empty file: no quads to load (nothing was loaded)", str(path))
    except OSError as e:
        raise StoreError(f"cannot read: {e.strerror or e}", str(path)) from None


def _bulk_load_file(store: ox.Store, path: Path) -> None:
    """The quads of N-Quads file ``path`` bulk-loaded into ``store``, in pieces of whole lines (about
    :data:`BULK_QUADS` quads each): Oxigraph's loader does not see Ctrl-C, which so stops a load between
    two pieces. A file with blank nodes, whose labels hold within one load only, goes in whole."""
    try:
        pieces = [(0, None)] if _has_blank_nodes(path) else _pieces(path)
        for lines_before, piece in pieces:
            try:
                if piece is None:
                    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
                else:
                    store.bulk_load(piece, format=ox.RdfFormat.N_QUADS)
            except SyntaxError as e:
                raise syntax_error(e, path, "N-Quads", lines_before) from None
    except OSError as e:
        if str(e).startswith(_STORE_IO):
            raise  # writing the store (a full disk), not reading the file: the caller names the store
        raise StoreError(f"cannot read: {e.strerror or e}", str(path)) from None


def _has_blank_nodes(path: Path) -> bool:
    """Whether the N-Quads file ``path`` may hold blank nodes (``_:`` anywhere in it)."""
    with open(path, "rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return False
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return data.find(b"_:") >= 0


def _pieces(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """The N-Quads file ``path`` in pieces of whole lines, each with the number of lines before it."""
    lines, rest = 0, b""
    with open(path, "rb") as fh:
        while block := fh.read(200 * BULK_QUADS):
            block = rest + block
            end = max(block.rfind(b"\n"), block.rfind(b"\r")) + 1
            piece, rest = block[:end], block[end:]
            if not piece:  # a line longer than a piece: read on to its end
                continue
            yield lines, piece
            lines += piece.count(b"\n")
    if rest:
        yield lines, rest


#: how RocksDB's errors open (IO error: No space left on device: While appending to file: ...)
_STORE_IO = "IO error:"


def _named_triple_count(store: ox.Store) -> int:
    """The number of distinct triples of the named graphs but the build's records."""
    query = (f"SELECT (COUNT(*) AS ?n) {{ SELECT DISTINCT ?s ?p ?o "
             f"{{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {BUILD_GRAPH}) }} }}")
    return int(next(iter(_solutions(store, query)))["n"].value)


def _make_union(store: ox.Store) -> None:
    """The default graph made the union of the named graphs but the build's records, inside Oxigraph:
    each graph dumped as N-Triples and bulk-loaded into the default graph, in loads of about
    :data:`BULK_QUADS` triples (the loader stores a triple once, whichever graphs hold it)."""
    buffer = io.BytesIO()
    for g in store.named_graphs():
        if g != BUILD_GRAPH:
            store.dump(buffer, ox.RdfFormat.N_TRIPLES, from_graph=g)
        if buffer.tell() >= 200 * BULK_QUADS:
            store.bulk_load(buffer.getvalue(), ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
            buffer = io.BytesIO()
    if buffer.tell():
        store.bulk_load(buffer.getvalue(), ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())


def _parse_nquads(path: Path) -> Iterator[ox.Quad]:
    try:
        yield from ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
    except SyntaxError as e:
        raise StoreError(f"not valid N-Quads: {' '.join(str(e).split())[:200]}", str(path)) from None
    except OSError as e:
        raise StoreError(f"cannot read: {e.strerror or e}", str(path)) from None


def fresh_store(path: Path) -> tuple[ox.Store, Path]:
    """An empty store in a temporary folder next to ``path``, to be renamed into place when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    try:
        return ox.Store(str(tmp)), tmp
    except OSError as e:  # a full disk: nothing left behind
        discard(tmp)
        raise cannot_write(e, path) from None


def reopen_new(tmp: Path) -> ox.Store:
    """The new store at ``tmp`` (:func:`fresh_store`) opened again, after its caller closed it.

    What the loads left in the process goes back to the system in between: RocksDB's state of a
    store being written and the heap its loader threads freed. A build does this before it reads the
    store for its exports (the 10x copy of PD dev: the exports' peak 561 -> 435 MB, the build's
    473 MB, that of the loads).
    """
    _give_back_freed()
    return ox.Store(str(tmp))


def discard(tmp: Path) -> None:
    """Remove a temporary store folder made by :func:`fresh_store`."""
    shutil.rmtree(tmp, ignore_errors=True)


# -- reading ------------------------------------------------------------------------------------

def triple_count(store: ox.Store) -> int:
    """The number of distinct triples of the store's graphs (in its default graph, the union)."""
    return int(next(iter(_solutions(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")))["n"].value)


def union_triples(store: ox.Store) -> Iterator[tuple[Node, Node, Node]]:
    """Every distinct triple of every graph (the default graph), as rdflib terms (offsets typed again)."""
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        yield from_ox(q.subject, q.predicate, q.object)


def write_turtle(store: ox.Store, output: BinaryIO) -> None:
    """The union of ``store``'s graphs (its default graph) as Turtle into ``output``, streaming.

    Oxigraph's serializer, in the store's own order (subject by subject, the
    same bytes for the same store), with the contract's prefixes and the NIF
    offsets typed ``xsd:nonNegativeInteger`` again. The store writes it
    (``Store.dump``: no Python object per triple) and each line it writes
    passes through :class:`_OffsetsTyped` on its way to ``output``.
    """
    typed_output = _OffsetsTyped(output)
    store.dump(cast(BinaryIO, typed_output), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(),
               prefixes=PREFIXES)  # the store needs only write() and flush()
    typed_output.close()


def dump_turtle(store: ox.Store, raw: Path) -> None:
    """The union of ``store``'s graphs as Oxigraph writes its Turtle, into the file ``raw``, offsets untyped:
    written by the store alone, without Python's lock (beside other work of this process), then read by
    :func:`typed_turtle`. :func:`write_turtle` gives the same bytes in one go.

    The store is compacted first (Oxigraph's ``optimize``: RocksDB's files of each index merged into one
    sorted run): the dump reads every term back by its hash, and a store just bulk-loaded holds its
    terms in overlapping files, each searched for each term (PD dev's store, CPU s: the dump 4.4-4.6
    as loaded, 2.8-2.9 once compacted, the compaction 0.7; the same bytes; and the store is left
    compacted for what reads it next)."""
    store.optimize()
    store.dump(str(raw), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)


def typed_turtle(raw: Path, output: BinaryIO, piece: int = 1 << 20) -> None:
    """The Turtle :func:`dump_turtle` wrote into ``raw`` into ``output``, the NIF offsets typed again (a
    piece of ``piece`` bytes at a time: whole lines are typed however the text comes)."""
    typed_output = _OffsetsTyped(output)
    with open(raw, "rb") as fh:
        while data := fh.read(piece):
            typed_output.write(data)
    typed_output.close()


#: A line of Oxigraph's Turtle giving NIF offsets: a subject and its first predicate, or a tab and the next
#: predicate, then the objects. The serializer escapes line breaks and tabs in literals, so a line starts
#: with a term, never inside a string.
_OFFSET_LINE = re.compile(rb'^(\t|[^\s"]+ )(nif:(?:begin|end)Index )(.*)( [;.])$', re.M)
#: An object of such a line: a literal, a bare integer (``xsd:integer``, as the store keeps an offset), or
#: any other term.
_OBJECT = re.compile(rb'"(?:[^"\\]|\\.)*"[^\s,]*|(?:^|(?<= ))(-?[0-9]+)(?= ,|$)|[^\s"]+')
#: The common offset line's end, one integer: only a predicate and its object can end a line so (a literal
#: ends with a quote, a term has no space). Found from its literal start, rewritten by a template.
_ONE_OFFSET = re.compile(rb'nif:(begin|end)Index ([0-9]+)( [;.])$', re.M)
#: What the pieces of :data:`_ONE_OFFSET` split out become, the integer between them: the predicate with the
#: literal's opening quote, and the literal's end with the line's (a table, read in C: no call per offset)
_TYPED_OPENING = {b"begin": b'nif:beginIndex "', b"end": b'nif:endIndex "'}
_TYPED_END = {end: b'"^^xsd:nonNegativeInteger' + end for end in (b" ;", b" .")}


def _typed_offset_line(m: re.Match) -> bytes:
    objects = _OBJECT.sub(lambda o: b'"%s"^^xsd:nonNegativeInteger' % o[1] if o[1] else o[0], m[3])
    return m[1] + m[2] + objects + m[4]


def _typed_offsets(lines: bytes) -> bytes:
    """Whole Turtle ``lines`` with their NIF offsets typed: each line of one integer by a table, and the
    lines only when some offset is not one integer (a list, a literal, the words in a text) by
    :data:`_OFFSET_LINE` (typed offsets are left as they are)."""
    pieces = _ONE_OFFSET.split(lines)  # text, then each offset's (begin|end, integer, end of line, text)
    pieces[1::4] = map(_TYPED_OPENING.__getitem__, pieces[1::4])
    pieces[3::4] = map(_TYPED_END.__getitem__, pieces[3::4])
    lines, typed = b"".join(pieces), len(pieces) // 4
    if lines.count(b"nif:beginIndex ") + lines.count(b"nif:endIndex ") > typed:
        lines = _OFFSET_LINE.sub(_typed_offset_line, lines)
    return lines


class _OffsetsTyped:
    """A binary file for Oxigraph's Turtle serializer: whole lines go on to ``output`` with the NIF offsets
    typed ``xsd:nonNegativeInteger`` again (what :func:`typed` does to a triple)."""

    def __init__(self, output: BinaryIO) -> None:
        self.output = output
        self.rest = b""

    def write(self, data: bytes) -> int:
        lines = self.rest + bytes(data)
        cut = lines.rfind(b"\n") + 1
        self.rest = lines[cut:]
        self.output.write(_typed_offsets(lines[:cut]))
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        """Write the last line, if it has no line break."""
        self.output.write(_typed_offsets(self.rest))
        self.rest = b""


def as_graph(store: ox.Store) -> Graph:
    """An rdflib ``Graph`` of the union of ``store``'s graphs, held in the store itself (oxrdflib).

    SPARQL through ``graph.query`` runs in Oxigraph on the default graph (the
    union); triple patterns (``graph.objects`` ...) give offsets their type back.
    """
    g = Graph(store=_union_store_class()(store), bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


@functools.cache
def _union_store_class():
    from oxrdflib import OxigraphStore  # imported on first use: plain builds never need it
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    class UnionStore(OxigraphStore):
        """oxrdflib's store, reading the union of the named graphs as the graph."""

        def __init__(self, store: ox.Store):
            super().__init__(store=store)
            self.kg_store = store

        def triples(self, triple_pattern, context=None):
            pattern = [None if t is None else to_ox(t) for t in triple_pattern]
            for q in self.kg_store.quads_for_pattern(*pattern, ox.DefaultGraph()):
                yield from_ox(q.subject, q.predicate, q.object), iter((None,))

        def __len__(self, context=None) -> int:
            return triple_count(self.kg_store)

        def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # noqa: N803
            return super().query(query, initNs, initBindings, DATASET_DEFAULT_GRAPH_ID, **kwargs)

    return UnionStore



# -- statistics ------------------------------------------------------------------------------

_STATS_TYPES = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?type (COUNT(?x) AS ?n) WHERE {
  VALUES ?type { schema:Person schema:Organization schema:Place schema:Event schema:NewsArticle
                 org:Membership }
  ?x a ?type } GROUP BY ?type"""
_STATS_DATES = """PREFIX schema: <https://schema.org/>
SELECT (MIN(STR(?d)) AS ?first) (MAX(STR(?d)) AS ?last)
WHERE { ?a a schema:NewsArticle ; schema:datePublished ?d }"""
_STATS_EDGES = """PREFIX schema: <https://schema.org/> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kg: <https://kg.example.org/ns#>
SELECT DISTINCT ?s ?o WHERE {
  { ?m org:member ?s ; org:organization ?o }
  UNION { VALUES ?p { kg:chair schema:attendee schema:organizer schema:location schema:containedInPlace
                      schema:parentOrganization schema:subOrganization } ?s ?p ?o }
  FILTER(isIRI(?o) && ?s != ?o)
  ?s schema:name ?n1 . ?o schema:name ?n2 .
}"""


def stats(store: ox.Store, top: int = 10) -> dict:
    """Counts by type, articles, dates covered, and the most connected and most central entities.

    The network is entity to entity (a post links its holder to the organisation; events link to
    their chairs, attendees, organisers and places; places and organisations to those containing
    them); "connected" is degree, "central" eigenvector centrality.
    """
    import networkx as nx

    counts = {row["type"].value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]: int(row["n"].value)
              for row in _solutions(store, _STATS_TYPES)}
    dates = next(iter(_solutions(store, _STATS_DATES)))
    net = nx.Graph()
    net.add_edges_from(sorted((r["s"].value, r["o"].value) for r in _solutions(store, _STATS_EDGES)))

    def names(nodes: list[str]) -> list[str]:
        out = []
        for n in nodes:
            name = next(iter(store.quads_for_pattern(ox.NamedNode(n), ox.NamedNode(str(_SCHEMA.name)), None,
                                                     ox.DefaultGraph())), None)
            out.append(name.object.value if name is not None and isinstance(name.object, ox.Literal) else n)
        return out

    degree = sorted(net.degree, key=lambda kv: (-kv[1], kv[0]))[:top]
    try:
        centrality = nx.eigenvector_centrality(net, max_iter=1000, tol=1e-8) if net else {}
    except nx.PowerIterationFailedConvergence:
        centrality = nx.degree_centrality(net)
    central = sorted(centrality.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return {
        "counts": counts,
        "first": dates["first"].value if dates["first"] is not None else None,
        "last": dates["last"].value if dates["last"] is not None else None,
        "connected": list(zip(names([n for n, _ in degree]), [d for _, d in degree], strict=True)),
        "central": list(zip(names([n for n, _ in central]), [round(c, 4) for _, c in central], strict=True)),
        "network": (net.number_of_nodes(), net.number_of_edges()),
    }
