"""The explorer page: one self-contained HTML file to find anyone in a month of news.

The page opens on an overview (the entities named in most articles, laid out by
networkx, with their strongest links), searches every entity by name or alias as
one types (``#kg-search``), draws the neighbourhood of the one chosen (one hop,
two on demand, laid out on a label grid), and shows in a side panel (``#kg-panel``) what
the graph says about it: type, names, posts, events, relations, the articles
that mention it and the sentences it is mentioned in, the mention highlighted.

The data is gathered from a pyoxigraph Store with a few SPARQL queries (an rdflib
Graph is loaded into an in-memory Store first; what each article mentions, and
where, a build hands over as it writes the articles, :class:`PageViews`, or is
read back one article at a time) and embedded once, as compact JSON
arrays in a ``<script type="application/json">`` element, escaped so that no text
of the input can close the element or run; the page's own script builds every
element from that data with ``textContent``, never as HTML. vis-network (the
renderer pyvis wraps, taken from the pyvis package with its licence header) draws
only the view at hand, a few hundred nodes at most, at positions given to it:
there is no physics simulation, so the page is as fast on a month of news as on
one page. No file is fetched from anywhere: scripts and styles are inline.
"""
from __future__ import annotations

import bisect
import functools
import importlib.util
import io
import itertools
import json
import marshal
import re
import tempfile
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import BinaryIO, NamedTuple, cast

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph

from kg.db import read_turtle
from kg.errors import InputError, quoted
from kg.graph.terms import literal_value, nt_iri
from kg.io import atomic_write
from kg.rules import RuleSet
from kg.rules.mention_types import mention_types

__all__ = ["OVERVIEW_SIZE", "SENTENCES_PER_ENTITY", "ArticleView", "PageViews", "article_view", "as_store",
           "html_page", "page_data", "page_facts", "page_types", "page_writer", "read_store",
           "write_html"]

#: How many entities the overview draws: the ones in most articles.
OVERVIEW_SIZE = 60
#: Source sentences kept per entity (the panel says how many mentions there are in all).
SENTENCES_PER_ENTITY = 30
#: Numbers in a row :class:`PageViews` keeps (article, place in its list, sentence, begin, end).
_ROW = 5
#: Characters of context kept on each side of a mention in a long sentence.
_WINDOW = 90

_PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kg: <https://kg.example.org/ns#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def page_types(rules: RuleSet | None = None) -> tuple[tuple[str, str, str, str, str], ...]:
    """The types drawn on the page, declared in ``types/mentions`` of ``rules`` (the built-in rules when
    None) with a colour: (class, key, Chinese label, colour, vis-network shape), in legend order (that of
    the declaration, the entity types first, then events)."""
    return tuple((t.cls, t.cls.rsplit("/", 1)[-1].rsplit("#", 1)[-1], t.zh, t.colour, t.shape)
                 for t in sorted(mention_types(rules).values(), key=lambda t: not t.entity) if t.colour)


#: Relations drawn between entities: (property, label, colour, drawn from object to subject).
#: Posts (org:Membership) are drawn as 担任 from the person to the organisation.
RELATIONS = (
    ("http://www.w3.org/ns/org#Membership", "担任", "#b07aa1", False),
    ("https://kg.example.org/ns#chair", "主持", "#d62728", True),
    ("https://schema.org/attendee", "出席", "#f28e2b", True),
    ("https://schema.org/organizer", "主办", "#ff9d4d", True),
    ("https://schema.org/location", "位于", "#59a14f", False),
    ("https://schema.org/containedInPlace", "属于", "#8cd17d", False),
    ("https://schema.org/parentOrganization", "隶属", "#4e79a7", False),
    ("https://kg.example.org/ns#delegatedBy", "受委托", "#9c755f", False),
)

_Q_ENTITIES = _PREFIXES + """
SELECT DISTINCT ?e ?type ?name WHERE {
  VALUES ?type { TYPES }
  ?e a ?type .
  OPTIONAL { ?e schema:name ?name }
}"""
_Q_ALIASES = _PREFIXES + "SELECT DISTINCT ?e ?alias WHERE { ?e schema:alternateName ?alias }"
_Q_RELATIONS = _PREFIXES + """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { kg:chair schema:attendee schema:organizer schema:location schema:containedInPlace
              schema:parentOrganization kg:delegatedBy }
  ?s ?p ?o .
}"""
_Q_POSTS = _PREFIXES + """
SELECT DISTINCT ?person ?title ?org WHERE {
  ?m a org:Membership ; org:member ?person .
  OPTIONAL { ?m rdfs:label ?title }
  OPTIONAL { ?m org:organization ?org }
}"""
_Q_EVENTS = _PREFIXES + """
SELECT DISTINCT ?e ?kind ?start ?end WHERE {
  ?e a schema:Event .
  OPTIONAL { ?e kg:eventType/skos:prefLabel ?kind FILTER(lang(?kind) = "zh") }
  OPTIONAL { ?e schema:startDate ?start }
  OPTIONAL { ?e schema:endDate ?end }
}"""
_Q_ARTICLES = _PREFIXES + """
SELECT DISTINCT ?a ?id ?headline ?date ?publisher WHERE {
  ?a a schema:NewsArticle .
  OPTIONAL { ?a schema:identifier ?id }
  OPTIONAL { ?a schema:headline ?headline }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:publisher|schema:sourceOrganization ?pub . ?pub schema:name ?publisher }
}"""
# Asked once per article (``?a`` given, so also in the projection): the page reads one article at a time.
_Q_TEXT = _PREFIXES + "SELECT DISTINCT ?a ?text WHERE { ?a kg:text/nif:isString ?text }"
_Q_MENTIONED = _PREFIXES + "SELECT DISTINCT ?a ?e WHERE { ?a schema:mentions ?e }"
_Q_MENTIONS = _PREFIXES + """
SELECT DISTINCT ?a ?e ?begin ?end WHERE {
  ?a kg:text ?c .
  ?m nif:referenceContext ?c ; itsrdf:taIdentRef ?e ; nif:beginIndex ?begin ; nif:endIndex ?end .
}"""
_A = ox.Variable("a")

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_ASTRAL = re.compile(r"[\U00010000-\U0010FFFF]")


def as_store(source: ox.Store | Graph) -> ox.Store:
    """``source`` as a pyoxigraph Store: a Store as is, an rdflib Graph loaded into a new one."""
    if isinstance(source, ox.Store):
        return source
    from kg.export.turtle import turtle_bytes  # kg's own writer: a second for what rdflib takes a minute

    store = ox.Store()
    store.bulk_load(turtle_bytes(source), ox.RdfFormat.TURTLE)
    return store


def read_store(path: str | Path) -> ox.Store:
    """The graph in the Turtle file ``path`` (as ``kg build`` writes it), in an in-memory Store."""
    return read_turtle(path)


def _only_named(store: ox.Store) -> bool:
    """Whether ``store`` has triples in named graphs only: then their union is read.

    A kg store keeps the union of its article graphs in the default graph (each
    triple once); Oxigraph's union view would repeat a triple once per graph.
    """
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None


def _rows(store: ox.Store, query: str, given: dict | None = None, union: bool | None = None) -> list[tuple]:
    """The solutions of ``query`` as tuples of plain values (None where unbound), sorted.

    ``given``: values of variables (``?a``: an article); ``union``: whether to read the union of the
    named graphs (:func:`_only_named`, asked of the store when None).
    """
    union = _only_named(store) if union is None else union
    result = store.query(query, use_default_graph_as_union=union, substitutions=given)
    assert isinstance(result, ox.QuerySolutions)
    rows = [tuple(None if t is None else t.value for t in s) for s in result]  # in the order of the SELECT
    return sorted(rows, key=lambda r: tuple("" if v is None else v for v in r))


# -- each article's mentions ---------------------------------------------------------------------

class ArticleView(NamedTuple):
    """What the page shows of one article: the entities it mentions, and for each entity that has mentions
    their number and the sentences of its first ones (``(sentence, begin, end)``, each sentence once,
    offsets in UTF-16 within the sentence), in the order the page keeps them."""

    article: str
    mentioned: tuple[str, ...]
    found: dict[str, tuple[int, list[tuple[str, int, int]]]]


def _view(article: str, mentioned: Iterable[str], text: str, rows: Iterable[tuple[str, int, int]],
          sentences: int) -> ArticleView:
    """The :class:`ArticleView` of ``article`` of text ``text``, from its mentions ``rows`` (entity, begin,
    end; distinct): at most ``sentences`` sentences an entity."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    spans: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
    for e, begin, end in rows:
        if 0 <= begin < end <= len(text):
            spans[e].append((*_sentence(text, ends, begin, end), begin, end))
    found: dict[str, tuple[int, list[tuple[str, int, int]]]] = {}
    for e, here in spans.items():
        shown: list[tuple[str, int, int]] = []
        starts: set[int] = set()
        for start, stop, begin, end in sorted(here):
            if start in starts or len(shown) >= sentences:
                continue
            starts.add(start)
            snippet = text[start:stop]
            to16 = _utf16(snippet)
            shown.append((snippet, to16(begin - start), to16(end - start)))
        found[e] = (len(here), shown)
    return ArticleView(article, tuple(sorted(set(mentioned))), found)


def _stored_view(store: ox.Store, article: str, union: bool, sentences: int) -> ArticleView:
    """The :class:`ArticleView` of ``article`` read from ``store`` (three small queries)."""
    where = {_A: ox.NamedNode(article)}
    text = min((t for _a, t in _rows(store, _Q_TEXT, where, union)), default="")
    rows = ((e, int(begin), int(end)) for _a, e, begin, end in _rows(store, _Q_MENTIONS, where, union))
    return _view(article, (e for _a, e in _rows(store, _Q_MENTIONED, where, union)), text, rows, sentences)


_SCHEMA, _NIF = "https://schema.org/", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#: The predicates of an article's graph the page reads (N-Triples), by a short name.
_VIEWED = {nt_iri(iri): name for name, iri in (
    ("type", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ("mentions", _SCHEMA + "mentions"),
    ("text", "https://kg.example.org/ns#text"), ("string", _NIF + "isString"),
    ("context", _NIF + "referenceContext"), ("entity", "http://www.w3.org/2005/11/its/rdf#taIdentRef"),
    ("begin", _NIF + "beginIndex"), ("end", _NIF + "endIndex"))}
_NEWS_ARTICLE = nt_iri(_SCHEMA + "NewsArticle")


def article_view(article: str, triples: Iterable[tuple], sentences: int = SENTENCES_PER_ENTITY
                 ) -> ArticleView | None:
    """The :class:`ArticleView` of ``article`` from the triples of its graph (N-Triples terms, as the graph
    builder makes them), as the page reads it from a store holding them (:func:`_stored_view`: the
    article's text, its mentions and the entities it mentions); None when they do not say it is a news
    article."""
    by: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for s, p, o in triples:
        name = _VIEWED.get(p)
        if name is not None:
            by[name].append((s, o))
    node = nt_iri(article)
    if (node, _NEWS_ARTICLE) not in by["type"]:
        return None
    contexts = {o for s, o in by["text"] if s == node}
    text = min((literal_value(o) for s, o in by["string"] if s in contexts), default="")
    strings = {s for s, o in by["context"] if o in contexts}
    refs: dict[str, list[str]] = defaultdict(list)
    begins: dict[str, list[str]] = defaultdict(list)
    ends: dict[str, list[str]] = defaultdict(list)
    for values, name in ((refs, "entity"), (begins, "begin"), (ends, "end")):
        for s, o in by[name]:
            if s in strings:
                values[s].append(o)
    rows = {(e[1:-1], int(literal_value(b)), int(literal_value(f)))
            for m, es in refs.items() for e in es for b in begins[m] for f in ends[m]}
    return _view(article, (o[1:-1] for s, o in by["mentions"] if s == node), text, rows, sentences)



_ORG, _KG = "http://www.w3.org/ns/org#", "https://kg.example.org/ns#"
_RDF_TYPE = nt_iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
#: The predicates of the union the page's queries read (``_Q_ENTITIES`` ... ``_Q_ARTICLES``, N-Triples), by
#: a short name: the relations drawn are one name.
_FACTS = {nt_iri(iri): name for name, iri in (
    ("type", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ("name", _SCHEMA + "name"),
    ("alias", _SCHEMA + "alternateName"), ("member", _ORG + "member"),
    ("label", "http://www.w3.org/2000/01/rdf-schema#label"), ("org", _ORG + "organization"),
    ("eventType", _KG + "eventType"), ("prefLabel", "http://www.w3.org/2004/02/skos/core#prefLabel"),
    ("start", _SCHEMA + "startDate"), ("end", _SCHEMA + "endDate"), ("id", _SCHEMA + "identifier"),
    ("headline", _SCHEMA + "headline"), ("date", _SCHEMA + "datePublished"),
    ("publisher", _SCHEMA + "publisher"), ("publisher", _SCHEMA + "sourceOrganization"),
    *(("relation", p) for p, *_rest in RELATIONS if p != _ORG + "Membership"))}
#: Classes of the text's structure and of the readings (most of a graph's ``rdf:type`` triples): no
#: query of the page asks for them.
_NOT_FACTS = frozenset(nt_iri(iri) for iri in (
    _NIF + "Context", _NIF + "RFC5147String", _NIF + "Phrase", _NIF + "Sentence",
    "http://www.w3.org/ns/prov#Derivation", "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"))


def page_facts(triples: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The triples among ``triples`` (N-Triples terms, as the graph builder makes them) that the page's
    queries of the store read: gathered from every graph a build writes (:meth:`PageViews.add_facts`),
    they give the page what it would ask the store (:func:`_fact_rows`)."""
    return [t for t in triples if t[1] in _FACTS and (t[1] != _RDF_TYPE or t[2] not in _NOT_FACTS)]


def _fact_rows(facts: Iterable[tuple[str, str, str]], classes: Iterable[str]) -> dict[str, list[tuple]]:
    """The solutions of the page's queries of a store holding (in the union of its graphs) the triples of
    which ``facts`` are those :func:`page_facts` keeps (in any order, any of them repeated), as
    :func:`_rows` gives them, by query: ``entities`` (of the types ``classes``: IRIs), ``aliases``,
    ``relations``, ``posts``, ``events``, ``articles``."""
    by: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # name -> subject -> objects
    relations: set[tuple[str, str, str]] = set()
    one: dict[str, str] = {}  # one string per term, however many triples hold it
    for s, p, o in facts:
        name = _FACTS[p]
        s, o = one.setdefault(s, s), one.setdefault(o, o)
        if name == "relation":
            relations.add((s, p, o))
        else:
            by[name][s].add(o)
    del one
    types, names, unbound = by["type"], by["name"], (None,)
    wanted = {nt_iri(c) for c in classes}
    rows: dict[str, set[tuple]] = {
        "entities": {(e, t, n) for e, ts in types.items() for t in ts & wanted
                     for n in names.get(e) or unbound},
        "aliases": {(e, a) for e, aliases in by["alias"].items() for a in aliases},
        "relations": relations,
        "posts": set(), "events": set(), "articles": set()}
    labels, orgs = by["label"], by["org"]
    membership, event, article = (nt_iri(c) for c in (_ORG + "Membership", _SCHEMA + "Event",
                                                      _SCHEMA + "NewsArticle"))
    for m, people in by["member"].items():
        if membership in types.get(m, ()):
            rows["posts"].update((person, title, org) for person in people
                                 for title in labels.get(m) or unbound for org in orgs.get(m) or unbound)
    pref, starts, ends = by["prefLabel"], by["start"], by["end"]
    zh = {k: {label for label in ls if _language(label) == "zh"} for k, ls in pref.items()}
    for e, ts in types.items():
        if event in ts:
            kinds = {label for k in by["eventType"].get(e, ()) for label in zh.get(k, ())}
            rows["events"].update((e, kind, start, end) for kind in kinds or unbound
                                  for start in starts.get(e) or unbound for end in ends.get(e) or unbound)
    ids, headlines, dates = by["id"], by["headline"], by["date"]
    for a, ts in types.items():
        if article in ts:
            publishers = {n for pub in by["publisher"].get(a, ()) for n in names.get(pub, ())}
            rows["articles"].update(
                (a, i, h, d, pub) for i in ids.get(a) or unbound for h in headlines.get(a) or unbound
                for d in dates.get(a) or unbound for pub in publishers or unbound)
    del by, types, names
    return {query: sorted((tuple(None if t is None else _term_value(t) for t in r) for r in found),
                          key=lambda r: tuple("" if v is None else v for v in r))
            for query, found in rows.items()}


def _term_value(term: str) -> str:
    """The value of an N-Triples term, as pyoxigraph gives it: an IRI, or a literal's lexical form."""
    return term[1:-1] if term.startswith("<") else literal_value(term)


def _language(term: str) -> str | None:
    """The language tag of an N-Triples literal, lower case (None when it has none)."""
    if not term.startswith('"'):
        return None
    rest = term[term.rindex('"') + 1:]
    return rest[1:].lower() if rest.startswith("@") else None


class PageViews:
    """The page's reading of articles (:class:`ArticleView`), gathered as a build writes them, in any
    order: the entities each article mentions, each entity's number of mentions, and its first
    ``sentences`` sentences in article order (the article IRIs' order), the others let go as they come.

    The sentences themselves wait in a temporary file (each sentence of an article written once, however
    many entities it shows), the rows kept hold where: what the build holds for the page is a few numbers
    per sentence kept, not its text (:meth:`sentence` reads one back), packed in an array per entity
    (:meth:`rows` reads them: a 10x copy of PD dev keeps some 170,000).
    """

    def __init__(self, sentences: int = SENTENCES_PER_ENTITY) -> None:
        self.sentences = sentences
        self.mentioned: dict[str, tuple[str, ...]] = {}
        self.total: Counter[str] = Counter()
        #: entity -> its rows (:meth:`rows`), each :data:`_ROW` numbers, the article as its number in
        #: :attr:`_articles`; in article order
        self.kept: dict[str, array] = {}
        #: an article came twice (two results of one article, one graph): its views cannot be added up
        self.repeated = False
        self._articles: list[str] = []  # the articles in the order they came, numbered so in the rows
        self._iris: dict[str, str] = {}  # one string per entity IRI, however many articles name it
        self._file: BinaryIO | None = None  # the sentences kept, each after its length in bytes (4 bytes)
        #: the facts added (:meth:`add_facts`) are those of every graph of the store the page is made of
        #: (:func:`kg.store.load_articles` says so): the page need not ask the store
        self.whole = False
        self._facts: BinaryIO | None = None  # the facts added, a marshalled list at a time
        self._gone: set[tuple[str, str, str]] = set()  # facts added, then forgotten (:meth:`forget_facts`)

    def __contains__(self, article: str) -> bool:
        return article in self.mentioned

    def add(self, view: ArticleView | None) -> None:
        """An article's view (None: no news article, nothing to add)."""
        if view is None:
            return
        a = view.article
        if a in self.mentioned:
            self.repeated = True
            return
        iris, articles, full = self._iris, self._articles, self.sentences * _ROW
        self.mentioned[a] = tuple(iris.setdefault(e, e) for e in view.mentioned)
        number = len(articles)
        articles.append(a)
        written: dict[str, int] = {}  # this article's sentences in the file
        for e, (count, spans) in view.found.items():
            e = iris.setdefault(e, e)
            self.total[e] += count
            shown = self.kept.get(e)
            if shown is None:
                shown = self.kept[e] = array("q")
            last = articles[shown[-_ROW]] if shown else ""
            if len(shown) >= full and last < a:
                continue
            for i, (sentence, begin, end) in enumerate(spans):
                shown.extend((number, i, self._put(sentence, written), begin, end))
            if last > a or len(shown) > full:
                rows = sorted(self._unpacked(shown), key=lambda row: (articles[row[0]], *row[1:]))
                self.kept[e] = array("q", itertools.chain.from_iterable(rows[:self.sentences]))

    def drop(self, view: ArticleView | None) -> None:
        """Let go of an article added as ``view`` (None: no news article): its entities, their mentions and
        its rows kept. Rows of other articles an entity let go of when it had enough come back only with
        those articles, added again (:func:`kg.store.rekey_graphs`)."""
        if view is None or self.mentioned.pop(view.article, None) is None:
            return
        articles = self._articles
        for e, (count, _spans) in view.found.items():
            e = self._iris.get(e, e)
            self.total[e] -= count
            if not self.total[e]:
                del self.total[e]
            rows = [row for row in self._unpacked(self.kept.get(e, array("q")))
                    if articles[row[0]] != view.article]
            if rows:
                self.kept[e] = array("q", itertools.chain.from_iterable(rows))
            else:
                self.kept.pop(e, None)

    @staticmethod
    def _unpacked(shown: array) -> Iterator[tuple[int, ...]]:
        return zip(*[iter(shown)] * _ROW, strict=True)

    def rows(self, entity: str) -> Iterator[tuple[str, int, int, int, int]]:
        """The rows kept of ``entity``, in article order: (article, place in the article's list, sentence's
        place in the file, begin, end)."""
        articles = self._articles
        for number, i, at, begin, end in self._unpacked(self.kept[entity]):
            yield articles[number], i, at, begin, end

    def _put(self, sentence: str, written: dict[str, int]) -> int:
        """Where ``sentence`` is in the file: written at its end unless ``written`` knows it already."""
        at = written.get(sentence)
        if at is None:
            if self._file is None:
                self._file = cast(BinaryIO, tempfile.TemporaryFile(prefix="kg-sentences-"))
            data = sentence.encode("utf-8")
            at = written[sentence] = self._file.seek(0, io.SEEK_END)
            self._file.write(len(data).to_bytes(4, "little") + data)
        return at

    def sentence(self, at: int) -> str:
        """The sentence kept at ``at`` (the third item of a row, :meth:`rows`)."""
        assert self._file is not None, "no sentence kept"
        self._file.seek(at)
        return self._file.read(int.from_bytes(self._file.read(4), "little")).decode("utf-8")

    def add_facts(self, facts: list[tuple[str, str, str]]) -> None:
        """Triples the page's queries read (:func:`page_facts`) of the graphs written, any of them again:
        they wait in a temporary file until the page is made (:meth:`facts`)."""
        if self._gone:
            self._gone.difference_update(facts)
        if facts:
            if self._facts is None:
                self._facts = cast(BinaryIO, tempfile.TemporaryFile(prefix="kg-page-facts-"))
            self._facts.seek(0, io.SEEK_END)
            marshal.dump(facts, self._facts)

    def forget_facts(self, facts: set[tuple[str, str, str]]) -> None:
        """Facts added that no graph holds any more (:func:`kg.store.rekey_graphs`), until added again."""
        self._gone |= facts

    def facts(self) -> Iterator[tuple[str, str, str]]:
        """The facts added (:meth:`add_facts`), in the order they came, but those forgotten since."""
        if self._facts is None:
            return
        self._facts.seek(0)
        gone = self._gone
        while True:
            try:
                facts = marshal.load(self._facts)
            except EOFError:
                return
            yield from (t for t in facts if t not in gone) if gone else facts

    def close(self) -> None:
        """Let go of all that was gathered, and of the files of sentences and facts (used up)."""
        self.mentioned, self.kept, self.total, self._iris, self._articles = {}, {}, Counter(), {}, []
        self.whole = False
        for file in (self._file, self._facts):
            if file is not None:
                file.close()
        self._file = self._facts = None


def _utf16(text: str) -> Callable[[int], int]:
    """A function mapping code-point offsets of ``text`` to the UTF-16 offsets JavaScript uses."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect.bisect_left(astral, i)


def _sentence(text: str, ends: list[int], begin: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``[begin, end)``, at most ``_WINDOW`` characters on each side."""
    i = bisect.bisect_right(ends, begin)
    start = ends[i - 1] if i else 0
    j = bisect.bisect_left(ends, end)
    stop = ends[j] if j < len(ends) else len(text)
    start = max(start, begin - _WINDOW)
    stop = min(stop, end + _WINDOW)
    while start < begin and text[start].isspace():
        start += 1
    return start, stop


def _layout(ids: list[int], weights: dict[tuple[int, int], int], labels: dict[int, str],
            width: int = 1100, height: int = 700) -> dict[int, tuple[int, int]]:
    """Overview positions: a seeded spring layout, then each node, most important first, put in the free
    grid cell nearest its spring position, its label's width of cells wide, so that no two labels
    overlap and all are readable at zoom 1."""
    if not ids:
        return {}
    net = nx.Graph()
    net.add_nodes_from(ids)
    net.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
    pos = nx.spring_layout(net, seed=20250613, iterations=300)
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    cell_w, cell_h = 70, 62
    cols, rows = width // cell_w, height // cell_h
    taken: set[tuple[int, int]] = set()
    out: dict[int, tuple[int, int]] = {}
    for n in ids:
        wide = min(cols, -(-(16 * min(len(labels[n]), 14) + 12) // cell_w))
        want_x = (float(pos[n][0]) - min(xs)) / span_x * (cols - wide)
        want_y = (float(pos[n][1]) - min(ys)) / span_y * (rows - 1)
        while True:
            free = [(((c - want_x) * cell_w) ** 2 + ((r - want_y) * cell_h) ** 2, r, c)
                    for r in range(rows) for c in range(cols - wide + 1)
                    if not any((r, c + k) in taken for k in range(wide))]
            if free:
                break
            rows += 1  # full: one more row
        _, r, c = min(free)
        taken.update((r, c + k) for k in range(wide))
        out[n] = (round((c + wide / 2) * cell_w - width / 2), round(r * cell_h - height / 2))
    return out


#: The types drawn on the page (:func:`page_types`), and where the page's rows come from: a query's name ->
#: its solutions.
_Types = tuple[tuple[str, str, str, str, str], ...]
_Rows = Callable[[str], list[tuple]]


def page_data(source: ox.Store | Graph, *, overview: int = OVERVIEW_SIZE,
              sentences: int = SENTENCES_PER_ENTITY, rules: RuleSet | None = None,
              views: PageViews | None = None) -> dict:
    """Everything the page shows, as compact JSON-ready arrays (entities referred to by index; the
    mentions, five numbers each, an ``array`` of integers: :func:`_json_pieces` writes it as a list).

    ``rules``: the rule set whose mention types are drawn (the built-in rules when None); ``views``:
    the articles' mentions gathered as the store was written (:class:`PageViews`), which spares
    reading them back; articles not among them are read from the store. When they hold the facts of
    every graph of the store (:attr:`PageViews.whole`: a new store a build loaded), the page asks the
    store nothing: what its queries would read fills caches of Oxigraph's that grow with the store
    (about 110 MB for a 10x copy of PD dev).
    """
    store = as_store(source)
    types = page_types(rules)
    views, rows = _page_rows(store, types, views, sentences)
    ents = _found_entities(rows, types)
    edges, posts, events = _links(rows, ents.index)
    articles, article_iris, publishers = _articles(rows)
    shown = _shown_mentions(store, views, article_iris, ents.index, sentences)
    del views  # used up
    n_articles = Counter(e for ids in shown.mentioned for e in ids)
    degree: Counter[int] = Counter()
    for a, _rel, b in edges:
        degree[a] += 1
        degree[b] += 1
    for p, _title, org in posts:
        if org >= 0:
            degree[p] += 1
            degree[org] += 1
    entities = [[name, kind, ents.aliases.get(i, []), n_articles[i], shown.total[i]]
                for i, iri in enumerate(ents.iris) for kind, name in (ents.found[iri],)]
    top, strongest, pos = _overview(ents, shown.mentioned, n_articles, degree, overview, rules)
    return {
        "types": [[key, zh, colour, shape] for _cls, key, zh, colour, shape in types],
        "relations": [[label, colour] for _p, label, colour, _rev in RELATIONS],
        "entities": entities,
        "edges": [x for e in sorted(edges) for x in e],
        "posts": [list(p) for p in posts],
        "events": events,
        "articles": articles,
        "publishers": publishers,
        "snippets": list(shown.snippets),
        "mentioned": shown.mentioned,
        "mentions": shown.mentions,
        "overview": [[n, *pos[n]] for n in top],
        "overviewEdges": [[a, b, w] for (a, b), w in sorted(strongest.items())],
    }


def _page_rows(store: ox.Store, types: _Types, views: PageViews | None,
               sentences: int) -> tuple[PageViews, _Rows]:
    """The articles' mentions gathered so far (``views``, when they keep ``sentences`` a mention and no
    article twice; else none yet) and where the page's rows come from, a query's name -> its solutions:
    the facts the build gathered when they are the whole store's, else the store's answers."""
    if views is not None and (views.repeated or views.sentences != sentences):
        views.close()
        views = None
    views = PageViews(sentences) if views is None else views
    rows: _Rows
    if views.whole:  # the solutions of the queries from the facts the build gathered
        rows = _fact_rows(views.facts(), [cls for cls, *_ in types]).pop
    else:
        queries = {"entities": _Q_ENTITIES.replace("TYPES", " ".join(f"<{cls}>" for cls, *_ in types)),
                   "aliases": _Q_ALIASES, "relations": _Q_RELATIONS, "posts": _Q_POSTS, "events": _Q_EVENTS,
                   "articles": _Q_ARTICLES}
        rows = lambda name: _rows(store, queries[name])  # noqa: E731
    return views, rows


@dataclass(frozen=True)
class _Found:
    """The entities the page shows: each IRI's kind (its type's index) and name, the IRIs in the page's
    order (by kind, then name), each one's index in it, and the other names of each index."""

    found: dict[str, tuple[int, str]]
    iris: list[str]
    index: dict[str, int]
    aliases: dict[int, list[str]]


def _found_entities(rows: _Rows, types: _Types) -> _Found:
    """The entities of the rows ``entities`` and ``aliases``: an entity of several types is of the first."""
    kind_of = {cls: i for i, (cls, *_rest) in enumerate(types)}
    found: dict[str, tuple[int, str]] = {}
    for iri, cls, name in rows("entities"):
        kind = kind_of[cls]
        if iri not in found or kind < found[iri][0]:
            found[iri] = (kind, name or iri.rsplit("/", 1)[-1])
    iris = sorted(found, key=lambda i: (found[i][0], found[i][1], i))
    index = {iri: i for i, iri in enumerate(iris)}
    aliases: dict[int, list[str]] = defaultdict(list)
    for iri, alias in rows("aliases"):
        if iri in index and alias != found[iri][1] and alias not in aliases[index[iri]]:
            aliases[index[iri]].append(alias)
    return _Found(found, iris, index, aliases)


def _links(rows: _Rows, index: dict[str, int]) -> tuple[
        set[tuple[int, int, int]], list[tuple[int, str, int]], list[list]]:
    """The relations between the entities shown (from, relation, to; who attended what they also chaired
    left out), the posts (person, title, organisation or -1) and the events (entity, kind, start, end)."""
    relation_of = {prop: i for i, (prop, *_rest) in enumerate(RELATIONS)}
    edges: set[tuple[int, int, int]] = set()
    for s, p, o in rows("relations"):
        if s in index and o in index and s != o:
            rel = relation_of[p]
            a, b = (index[o], index[s]) if RELATIONS[rel][3] else (index[s], index[o])
            edges.add((a, rel, b))
    chaired = {(a, b) for a, rel, b in edges if RELATIONS[rel][1] == "主持"}
    edges = {e for e in edges if not (RELATIONS[e[1]][1] == "出席" and (e[0], e[2]) in chaired)}
    posts = sorted({(index[p], title or "", index.get(org, -1) if org else -1)
                    for p, title, org in rows("posts") if p in index})
    events = [[index[e], kind or "", start or "", end or ""]
              for e, kind, start, end in rows("events") if e in index]
    return edges, posts, events


def _articles(rows: _Rows) -> tuple[list[list], list[str], list[str]]:
    """The articles (headline, date, id, publisher's index), their IRIs, and the publishers in order."""
    articles: list[list] = []
    article_iris: list[str] = []
    publishers: list[str] = []
    for a, ident, headline, date, publisher in rows("articles"):
        if article_iris and article_iris[-1] == a:  # the rows are sorted: an article's first row counts
            continue
        if publisher and publisher not in publishers:
            publishers.append(publisher)
        article_iris.append(a)
        articles.append([headline or "", date or "", ident or a.rsplit("/", 1)[-1], publisher or ""])
    publishers.sort()
    for row in articles:
        row[3] = publishers.index(row[3]) if row[3] else -1
    return articles, article_iris, publishers


@dataclass(frozen=True)
class _Shown:
    """The mentions the page shows: the entities each article mentions, the mentions of each entity in all,
    the mentions shown (five numbers each: entity, article, sentence, start, end), and the sentences."""

    mentioned: list[list[int]]
    total: Counter[int]
    mentions: array
    snippets: dict[str, int]


def _shown_mentions(store: ox.Store, views: PageViews, article_iris: list[str], index: dict[str, int],
                    sentences: int) -> _Shown:
    """Each article's mentions (:class:`PageViews`): gathered while the build wrote the articles, else read
    from the store one article at a time, so that memory holds the sentences kept, not the texts;
    ``views`` is used up (closed)."""
    union: bool | None = None
    for article in article_iris:
        if article not in views:
            union = _only_named(store) if union is None else union
            views.add(_stored_view(store, article, union, sentences))
    position = {a: art for art, a in enumerate(article_iris)}
    mentioned = [sorted({index[e] for e in views.mentioned[a] if e in index}) for a in article_iris]
    total = Counter({index[e]: n for e, n in views.total.items() if e in index})
    # The sentences shown, each stored once however many mentions and articles share it.
    mentions = array("q")  # five numbers a mention shown, packed (a 10x copy of PD dev shows some 170,000)
    snippets: dict[str, int] = {}
    for ent, e in sorted((index[e], e) for e in views.kept if e in index):
        for article, _seq, at, begin, end in views.rows(e):
            snippet = views.sentence(at)
            mentions.extend((ent, position[article], snippets.setdefault(snippet, len(snippets)), begin, end))
    views.close()  # used up
    return _Shown(mentioned, total, mentions, snippets)


def _overview(ents: _Found, mentioned: list[list[int]], n_articles: Counter[int], degree: Counter[int],
              overview: int, rules: RuleSet | None) -> tuple[list[int], dict[tuple[int, int], int],
                                                              dict[int, tuple[int, int]]]:
    """The overview: people, organisations and places in most articles (as many of each kind, ``overview``
    in all), linked where they share articles (each by its two strongest links), and where each is drawn."""
    top = []
    entity_kinds = sum(t.entity for t in mention_types(rules).values() if t.colour)
    for kind in range(entity_kinds):  # as many people as organisations and places
        ranked = sorted((i for i, iri in enumerate(ents.iris) if ents.found[iri][0] == kind),
                        key=lambda i: (-(n_articles[i] + degree[i]), i))
        top += ranked[:overview // entity_kinds]
    chosen = set(top)
    shared: Counter = Counter()
    for ids in mentioned:
        inside = [e for e in ids if e in chosen]
        for x in range(len(inside)):
            for y in range(x + 1, len(inside)):
                shared[inside[x], inside[y]] += 1
    strongest: dict[tuple[int, int], int] = {}
    for node in top:
        mine = sorted(((w, pair) for pair, w in shared.items() if node in pair), key=lambda t: (-t[0], t[1]))
        for w, pair in mine[:2]:
            strongest[pair] = w
    pos = _layout(top, strongest, {i: ents.found[ents.iris[i]][1] for i in top})
    return top, strongest, pos


def _json_for_script(data: dict) -> Iterator[str]:
    """The JSON of ``data`` in pieces that can sit inside a ``<script>`` element: no ``<``, ``>`` or ``&``
    left to end it early. Joined, the pieces are ``json.dumps(data)`` (compact, characters as they are)
    escaped; each holds at most :data:`_JSON_ITEMS` items of a list, so the whole text is never in memory."""
    for piece in _json_pieces(data):
        yield (piece.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
               .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


#: Items of a list of the page's data written at a time.
_JSON_ITEMS = 20_000


def _json_pieces(data: dict, step: int = _JSON_ITEMS) -> Iterator[str]:
    """``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` in pieces, an ``array`` written as
    the list of its numbers: the lists of ``data`` (a dict) ``step`` items at a time."""
    dumps = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    yield "{"
    for k, (key, value) in enumerate(data.items()):
        yield ("," if k else "") + dumps(key) + ":"
        if isinstance(value, list | array) and value:
            yield "["
            for i in range(0, len(value), step):
                yield ("," if i else "") + dumps(_plain(value[i:i + step]))[1:-1]
            yield "]"
        else:
            yield dumps(_plain(value))
    yield "}"


def _plain(value):
    """``value`` as JSON takes it: an ``array`` as the list of its numbers."""
    return value.tolist() if isinstance(value, array) else value


def _asset(name: str) -> str:
    return resources.files("kg.export").joinpath("page", name).read_text(encoding="utf-8")


def _vis_network() -> str:
    """vis-network's script, read from the pyvis package's folder without importing pyvis (which imports
    IPython, jinja2 and jsonpickle: about 0.1 s of a build's CPU for one file)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is not installed (kg's page takes vis-network from it)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder / "templates/lib/vis-9.1.2/vis-network.min.js").read_text(encoding="utf-8")


_REMOTE = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=""", re.I)


def page_writer(source: ox.Store | Graph, *, focus: str | None = None, title: str = "kg 知识图谱",
                overview: int = OVERVIEW_SIZE, rules: RuleSet | None = None, views: PageViews | None = None,
                ) -> Callable[[BinaryIO], None]:
    """The page of ``source`` (a pyoxigraph Store or an rdflib Graph) as a function writing it into a binary
    file, piece by piece (:func:`kg.io.prepare` takes it as a payload). Its data is gathered now.

    ``focus``: the name (or alias) of an entity the page opens on instead of the overview; ``rules``:
    the rule set whose mention types are drawn (the built-in rules when None); ``views``: the articles'
    mentions gathered as the store was written (:func:`page_data`).
    """
    from html import escape

    data = page_data(source, overview=overview, rules=rules, views=views)
    if focus is not None:
        names = {n for e in data["entities"] for n in (e[0], *e[2])}
        if focus not in names:
            raise InputError(f"no entity named {quoted(focus)} in the graph")
        data["focus"] = focus
    script = _vis_network().replace("</script", "<\\/script")
    parts = {"title": escape(title), "style": _asset("page.css"), "vis": script, "script": _asset("page.js")}
    # one pass over each side of the data: a placeholder written in a part is only text
    head, tail = (re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], side)
                  for side in _asset("page.html").split("{{data}}"))
    # nothing may be fetched: every script and style is inline (the data has no "<" left to start a tag)
    if _REMOTE.search(head) or _REMOTE.search(tail):
        raise RuntimeError("the page would load a file")

    def write(fh: BinaryIO) -> None:
        fh.write(head.encode("utf-8"))
        for piece in _json_for_script(data):
            fh.write(piece.encode("utf-8"))
        fh.write(tail.encode("utf-8"))

    return write


def html_page(source: ox.Store | Graph, *, focus: str | None = None, title: str = "kg 知识图谱",
              overview: int = OVERVIEW_SIZE, rules: RuleSet | None = None) -> str:
    """The page of ``source`` (a pyoxigraph Store or an rdflib Graph) as a string: same graph, same page.

    ``focus``: the name (or alias) of an entity the page opens on instead of the overview; ``rules``:
    the rule set whose mention types are drawn (the built-in rules when None).
    """
    buffer = io.BytesIO()
    page_writer(source, focus=focus, title=title, overview=overview, rules=rules)(buffer)
    return buffer.getvalue().decode("utf-8")


def write_html(source: ox.Store | Graph, path: str | Path, *, focus: str | None = None,
               title: str = "kg 知识图谱", rules: RuleSet | None = None) -> None:
    """Write the page of ``source`` to ``path``, atomically, in pieces (``rules``: as :func:`html_page`)."""
    atomic_write(path, page_writer(source, focus=focus, title=title, rules=rules))
