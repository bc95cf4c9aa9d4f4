"""Render extraction records (:class:`~kg.model.ArticleResult`) as RDF.

The graph follows docs/contract.md §5. Every node has a deterministic IRI, so the same
input gives the same triples on every run, and the same thing read in two
articles is one node:

- entities: ``kg.link.entity_iri(type, key)``;
- articles: ``kg.link.article_iri(article.id)``; the article text is a
  ``nif:Context`` at ``<article>/text#char=0,N`` and every mention or sentence
  a string of it at ``<article>/text#char=B,E`` (RFC 5147 offsets, as NIF
  does), B and E counted in the context string, i.e. from the article start;
- posts: ``iri("post", person, organisation, role)``: one post however many
  articles report it;
- events: ``iri("event", date, name, organiser)`` when dated (two reports of
  one meeting merge), ``iri("event", article, name)`` when not;
- relations: ``iri("relation", predicate, subject, object)``, an
  ``rdf:Statement`` that holds the provenance of the direct triple.

Each reading of a fact is a ``prov:Derivation`` (article, sentence, rule,
confidence) hung on the fact with ``prov:qualifiedDerivation``; the fact's own
``kg:confidence`` combines them when the build ends (see ``KG.confidence``).

The builder makes its terms as N-Triples text (:mod:`kg.graph.terms`): an
article's triples (:meth:`GraphBuilder.article_triples`) are what a build
writes into the store, line by line. Into an rdflib graph it only calls
``graph.add`` with the terms read back as rdflib's, so any rdflib store works
as back end (the in-memory default, a ``Dataset``, or e.g.
``new_graph("Oxigraph")`` with the oxrdflib plugin), and results stream
through it one article at a time. Beware that Oxigraph canonicalises
literals: the NIF offsets come back as ``xsd:integer``, not the
``xsd:nonNegativeInteger`` docs/contract.md §5 asks for.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef

from kg.extract.arguments import Role, money, roles
from kg.extract.events import scheme
from kg.extract.orgs import org_location, parent_org
from kg.graph import vocab
from kg.graph.terms import Terms, literal_value, nt_iri, nt_literal, rdflib_term
from kg.graph.vocab import PREFIXES, vocabulary_triples
from kg.link import article_iri, article_key, entity_iri, iri, segment
from kg.model import ArticleResult, Event, Membership, Mention, Relation
from kg.rules import RuleSet
from kg.rules.mention_types import mention_types
from kg.rules.places import gazetteer

# The vocabulary's terms in N-Triples, each looked up once (rdflib's ``DefinedNamespace`` checks the name at
# every attribute access).
ITSRDF, KG, NIF, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, TIME = (
    Terms(ns) for ns in (vocab.ITSRDF, vocab.KG, vocab.NIF, vocab.ORG, vocab.PROV, vocab.RDF, vocab.RDFS,
                         vocab.SCHEMA, vocab.SKOS, vocab.TIME))
XSD = vocab.XSD  # datatypes are IRIs given to nt_literal

__all__ = ["GraphBuilder", "build_graph", "new_graph", "date_literal", "role_triples", "vocabulary"]

_DATE_RE = {
    XSD.date: re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    XSD.gYearMonth: re.compile(r"[0-9]{4}-[0-9]{2}"),
    XSD.gYear: re.compile(r"[0-9]{4}"),
}
#: The OWL-Time property that positions an instant at a date of each precision.
_TIME_POSITION = {XSD.date: TIME.inXSDDate, XSD.gYearMonth: TIME.inXSDgYearMonth, XSD.gYear: TIME.inXSDgYear}
_SPACE_RE = re.compile(r"\s+")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")

#: Where the place hierarchy comes from when it is not read in an article.
GAZETTEER = URIRef(iri("source", "gazetteer"))
_GAZETTEER = nt_iri(GAZETTEER)


def new_graph(store: str = "default") -> Graph:
    """An empty graph with the prefixes of docs/contract.md §5 bound (and only those)."""
    g = Graph(store=store, bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def date_literal(value: str | None) -> Literal | None:
    """``YYYY-MM-DD`` as ``xsd:date``, ``YYYY-MM`` as ``xsd:gYearMonth``, ``YYYY`` as ``xsd:gYear``.

    >>> date_literal("2025-06")
    rdflib.term.Literal('2025-06', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYearMonth'))
    >>> date_literal("6月") is None
    True
    """
    datatype = _date_type(value)
    return Literal(value, datatype=datatype) if datatype is not None else None


def _date_type(value: str | None) -> URIRef | None:
    """The datatype of date ``value`` (:func:`date_literal`), None when it is no date of the calendar."""
    if not value:
        return None
    for datatype, pattern in _DATE_RE.items():
        if pattern.fullmatch(value):
            return datatype if _real_date(value) else None
    return None


def _date(value: str | None) -> tuple[str, URIRef] | None:
    """:func:`date_literal` in N-Triples, with its datatype."""
    datatype = _date_type(value)
    return (nt_literal(value, datatype=datatype), datatype) if value and datatype is not None else None


def _real_date(value: str) -> bool:
    """Whether ``YYYY[-MM[-DD]]`` names a day, month or year of the calendar (not 2023-02-30, 2025-13).

    >>> _real_date("2024-02-29"), _real_date("2023-02-29"), _real_date("2025-13"), _real_date("0000")
    (True, False, False, False)
    """
    try:
        date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


# Literals that recur are cached.
@functools.lru_cache(maxsize=1 << 16)
def _zh(text: str) -> str:
    return nt_literal(text, lang="zh")


@functools.lru_cache(maxsize=1 << 15)  # bounded: most anchors are one article's own
def _plain(text: str) -> str:
    return nt_literal(text)


@functools.lru_cache(maxsize=1 << 16)
def _index(n: int) -> str:
    return nt_literal(str(n), datatype=XSD.nonNegativeInteger)


@functools.lru_cache(maxsize=1024)
def _decimal(lexical: str) -> str:
    return nt_literal(lexical, datatype=XSD.decimal)


def _conf(value: float) -> str:
    return _decimal(f"{min(max(value, 0.0), 1.0):.3f}")


def _key(m: Mention) -> str:
    return m.key or m.text


SEM_HAS_ACTOR = URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
#: kinds of argument values whose number is the value, and its datatype
_NUMERIC = {"COUNT": XSD.integer, "AGE": XSD.integer, "MAGNITUDE": XSD.decimal, "DEPTH": XSD.decimal,
            "PERCENT": XSD.decimal}


def _value(m: Mention) -> str:
    """An argument that names nothing: 3人 -> 3 (xsd:integer), 6.2级 -> 6.2, else the words as written.

    The number in its canonical form, in ASCII digits (８９岁 -> 89, 06.20 -> 6.20):

    >>> _value(Mention(0, 3, "AGE", "８９岁")), _value(Mention(0, 6, "MAGNITUDE", "06.20级"))
    ('"89"^^<http://www.w3.org/2001/XMLSchema#integer>', '"6.20"^^<http://www.w3.org/2001/XMLSchema#decimal>')
    """
    numbers = _NUMBER.findall(m.text)
    if m.type in _NUMERIC and len(numbers) == 1 and not re.search(r"[十百千万亿多余近约]", m.text):
        datatype = _NUMERIC[m.type]
        number = str(int(numbers[0])) if datatype == XSD.integer else f"{Decimal(numbers[0]):f}"
        return nt_literal(number, datatype=datatype)
    return _zh(m.text)


def role_triples(roles: Iterable[Role]) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """kg's own properties for event roles (kg:deceased, kg:winner ...), labelled and explained."""
    rdf, rdfs, ns = vocab.RDF, vocab.RDFS, str(vocab.KG._NS)
    for role in roles:
        if not role.iri.startswith(ns):
            continue
        p = URIRef(role.iri)
        yield p, rdf.type, rdf.Property
        yield p, rdfs.label, Literal(role.en, lang="en")
        yield p, rdfs.label, Literal(role.duee, lang="zh")
        yield p, rdfs.comment, Literal(f"The {role.en} of an event (DuEE role {role.duee}); "
                                       f"read by kg/rules/events/roles.jsonl.", lang="en")
        yield p, rdfs.domain, vocab.SCHEMA.Event
        yield p, rdfs.isDefinedBy, URIRef(ns)
        if role.actor:
            yield p, rdfs.subPropertyOf, SEM_HAS_ACTOR


def vocabulary(rules: RuleSet | None = None) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """What every graph declares: kg's terms, the event roles of ``rules`` and the gazetteer as a source."""
    yield from vocabulary_triples()
    yield from role_triples(roles(rules).values())
    yield GAZETTEER, vocab.RDF.type, vocab.PROV.Entity
    yield GAZETTEER, vocab.RDFS.label, Literal("kg gazetteer of places (kg/rules/places/)", lang="en")


class GraphBuilder:
    """Adds articles to a graph, one :class:`ArticleResult` at a time.

    >>> from kg.model import Article, ArticleResult, Document, Mention
    >>> doc = Document(id="d", text="李理主持会议。")
    >>> b = GraphBuilder()
    >>> b.add(ArticleResult(doc, Article("d", 0, 0, 7), [Mention(0, 2, "PER", "李理")]))
    >>> g = b.finish()
    >>> sorted(str(o) for o in g.objects(None, vocab.SCHEMA.name))
    ['李理']
    """

    def __init__(self, graph: Graph | None = None, rules: RuleSet | None = None):
        self.graph = new_graph() if graph is None else graph
        graph_add = self.graph.default_graph.add if isinstance(self.graph, Dataset) else self.graph.add
        seen: set[tuple[str, str, str]] = set()

        def add(triple: tuple[str, str, str]) -> None:
            # an entity is re-asserted at each of its mentions: skip rdflib's (slow) add for repeats
            if triple not in seen:
                seen.add(triple)
                s, p, o = triple
                graph_add((rdflib_term(s), rdflib_term(p), rdflib_term(o)))

        self._add: Callable[[tuple[str, str, str]], None] = add
        self._events: dict[tuple[int, int], str] = {}  # the article's events by trigger span
        # the article's events given a start date: a date argument adds one only to an event without
        # (decided from the extraction records alone, so a graph and a store of them agree)
        self._started: set[str] = set()
        self._rules = rules
        self._gazetteer = gazetteer(rules)
        self._scheme = scheme(rules)
        self._roles = roles(rules)
        types = mention_types(rules).values()
        # the class a mention of each type points to, and the classes of those that are entities
        self._mention_class = {t.id: nt_iri(t.cls) for t in types}
        self._entity_class = {t.id: nt_iri(t.cls) for t in types if t.entity}
        self._expanded: set[tuple[str, str | None]] = set()  # (entity, source) already expanded
        # the entities of the article being added, by (type, key, surface, source): an entity named again
        # (at each of its mentions) adds nothing new
        self._asserted: dict[tuple[str, str, str | None, str], str] = {}
        # fact -> (article, sentence) -> best confidence of that reading
        self._readings: dict[str, dict[tuple[str, tuple[int, int]], float]] = {}
        for t in vocabulary(rules):
            graph_add(t)

    # -- articles -------------------------------------------------------------------

    def add(self, result: ArticleResult) -> None:
        """Add one article: the article, its mentions, entities and facts."""
        doc, art = result.doc, result.article
        self._asserted.clear()
        self._started.clear()
        a = nt_iri(article_iri(art.id))
        text = doc.text[art.start:art.end]
        ctx = _below(a, f"/text#char=0,{len(text)}")
        add = self._add
        add((a, RDF.type, SCHEMA.NewsArticle))
        add((a, SCHEMA.identifier, nt_literal(art.id)))
        add((a, SCHEMA.inLanguage, _plain("zh")))
        headline = self._headline(result)
        if headline:
            add((a, SCHEMA.headline, _zh(headline)))
        for s, e in art.subheadlines:  # 李理主持 under 市委常委会召开会议
            sub = _SPACE_RE.sub(" ", doc.text[s:e]).strip()
            if sub:
                add((a, SCHEMA.alternativeHeadline, _zh(sub)))
        if art.photographers and not art.reporters and art.headline is None:
            # a photo with its caption, on a page of its own: 近日, … 王琪 胡杨 摄
            caption = doc.text[art.start:min(m.start for m in art.photographers)].strip()
            add((a, RDF.type, SCHEMA.Photograph))
            if caption:
                add((a, SCHEMA.caption, _zh(caption)))
        published = _date(art.date or doc.date)
        if published is not None:
            add((a, SCHEMA.datePublished, published[0]))
        if doc.url:
            add((a, SCHEMA.url, nt_literal(doc.url, datatype=XSD.anyURI)))
        if doc.publisher:
            add((a, SCHEMA.publisher, self._entity("ORG", doc.publisher, None, a)))
        add((a, KG.text, ctx))
        add((ctx, RDF.type, NIF.Context))
        add((ctx, RDF.type, NIF.RFC5147String))
        add((ctx, NIF.isString, nt_literal(text)))
        add((ctx, NIF.beginIndex, _index(0)))
        add((ctx, NIF.endIndex, _index(len(text))))

        self.article, self.article_node, self.context, self.text = art, a, ctx, text
        credits = [(m, SCHEMA.author) for m in art.reporters]
        credits += [(m, p) for m in art.photographers for p in (KG.photographer, SCHEMA.contributor)]
        credits += [(m, SCHEMA.author) for m in art.credits]  # （祁淑婧 方瑞敏） at the end: who wrote it
        for m, p in credits:
            person = self._mention(m)
            if person is not None and m.type == "PER":
                add((a, p, person))
        if art.dateline is not None:
            add((a, SCHEMA.dateline, _zh(art.dateline.text)))
            place = self._mention(art.dateline)
            if place is not None and art.dateline.type == "LOC":
                add((a, SCHEMA.locationCreated, place))
        if art.media is not None:
            media = self._mention(art.media)
            if media is not None and art.media.type == "ORG":
                add((a, SCHEMA.sourceOrganization, media))
        for m in result.mentions:
            self._mention(m)
        self._events = {(ev.trigger.start, ev.trigger.end): self._event_iri(ev) for ev in result.events}
        for ms in result.memberships:
            self._membership(ms)
        for ev in result.events:
            self._event(ev)
        for rel in result.relations:
            self._relation(rel)

    @staticmethod
    def _headline(result: ArticleResult) -> str | None:
        if result.article.headline is not None:
            s, e = result.article.headline
            return _SPACE_RE.sub(" ", result.doc.text[s:e]).strip() or None
        return result.doc.title

    def article_triples(self, result: ArticleResult) -> set[tuple[str, str, str]]:
        """The triples of one article alone, in N-Triples (:mod:`kg.graph.terms`): what its named graph in a
        store holds.

        They depend on this article only (entities it mentions, their gazetteer
        parents, its facts and their readings), so an article's graph can be
        written, replaced or deleted without touching the others. The combined
        confidence of facts, which needs every reading, is left to the store
        (``kg.store``). The graph this builder was made with is not touched.

        >>> from kg.model import Article, ArticleResult, Document, Mention
        >>> doc = Document(id="d", text="李理主持会议。")
        >>> triples = GraphBuilder().article_triples(ArticleResult(doc, Article("d", 0, 0, 7)))
        >>> any(p == RDF.type and o == SCHEMA.NewsArticle for _s, p, o in triples)
        True
        """
        out: set[tuple[str, str, str]] = set()
        add, expanded = self._add, self._expanded
        self._add, self._expanded = out.add, set()
        try:
            self.add(result)
        finally:
            self._add, self._expanded = add, expanded
            self._readings.clear()
        return out

    def finish(self) -> Graph:
        """Write what needs every article (the combined confidence of facts); return the graph."""
        for fact in sorted(self._readings):
            miss = 1.0
            for c in self._readings[fact].values():
                miss *= 1.0 - min(max(c, 0.0), 1.0)
            self._add((fact, KG.confidence, _conf(1.0 - miss)))
        self._readings.clear()
        return self.graph

    # -- strings of the text -------------------------------------------------------------

    def _string(self, start: int, end: int) -> str | None:
        """The NIF string of source span [start, end) of the current article, or None when outside it."""
        s, e = start - self.article.start, end - self.article.start
        if not 0 <= s <= e <= len(self.text):
            return None
        node = _below(self.article_node, f"/text#char={s},{e}")
        add = self._add
        add((node, RDF.type, NIF.RFC5147String))
        add((node, NIF.referenceContext, self.context))
        add((node, NIF.beginIndex, _index(s)))
        add((node, NIF.endIndex, _index(e)))
        add((node, NIF.anchorOf, _plain(self.text[s:e])))
        return node

    def _mention(self, m: Mention) -> str | None:
        """Add mention ``m`` as a ``nif:Phrase`` of its type's class; return its entity (None for titles,
        dates ...). A span of no mention type (an event's argument read as a value: 3家, the words before
        发布) is a string of the text with its rule, not a phrase: a ``nif:Phrase`` has a class
        (``itsrdf:taClassRef``, kg/graph/shapes.ttl)."""
        node = self._string(m.start, m.end)
        entity = None
        if m.type in self._entity_class:
            entity = self._entity(m.type, _key(m), m.text, self.article_node)
            self._add((self.article_node, SCHEMA.mentions, entity))
        if node is None:
            return entity
        add = self._add
        if m.type in self._mention_class:
            add((node, RDF.type, NIF.Phrase))
            add((node, ITSRDF.taClassRef, self._mention_class[m.type]))
        if entity is not None:
            add((node, ITSRDF.taIdentRef, entity))
        if m.rule:
            add((node, KG.rule, _plain(m.rule)))
        add((node, ITSRDF.taConfidence, _conf(m.confidence)))
        return entity

    def _sentence(self, span: tuple[int, int]) -> str | None:
        if span[1] <= span[0]:
            return None
        node = self._string(*span)
        if node is not None:
            self._add((node, RDF.type, NIF.Sentence))
        return node

    # -- entities ---------------------------------------------------------------------

    def _entity(self, type_: str, key: str, surface: str | None, source: str) -> str:
        """The entity of ``type_`` with canonical name ``key``, read as ``surface`` in ``source``."""
        known = self._asserted.get((type_, key, surface, source))
        if known is not None:
            return known
        e = nt_iri(entity_iri(type_, key, self._rules))
        add = self._add
        add((e, RDF.type, self._entity_class[type_]))
        add((e, SCHEMA.name, _zh(key)))
        if surface and surface != key:
            add((e, SCHEMA.alternateName, _zh(surface)))
        add((e, PROV.wasDerivedFrom, source))
        if type_ == "ORG" and (e, source) not in self._expanded:
            self._expanded.add((e, source))
            self._expand_org(e, key, source)
        elif type_ == "LOC" and (e, None) not in self._expanded:
            self._expanded.add((e, None))
            self._expand_place(e, key)
        self._asserted[type_, key, surface, source] = e
        return e

    def _expand_place(self, e: str, name: str) -> None:
        """Code and containing places of a place, from the gazetteer (static knowledge: derived from it)."""
        place = self._gazetteer.lookup(name)
        if place is None:
            return
        if place.code:
            self._add((e, SCHEMA.identifier, nt_literal(place.code)))
        parent = self._gazetteer.parent(place)
        if parent is not None and parent.name != name:
            p = self._entity("LOC", parent.name, None, _GAZETTEER)
            self._add((e, SCHEMA.containedInPlace, p))

    def _expand_org(self, e: str, name: str, source: str) -> None:
        """Parent organisation and place read from the organisation's name (中国人民大学教育学院)."""
        parent = parent_org(name, self._rules)
        if parent and parent != name:
            self._add((e, SCHEMA.parentOrganization, self._entity("ORG", parent, None, source)))
        place = org_location(name, self._rules)
        if place:
            self._add((e, SCHEMA.location, self._entity("LOC", place, None, source)))

    # -- facts --------------------------------------------------------------------------

    def _provenance(self, fact: str, sentence: tuple[int, int], rule: str, confidence: float) -> None:
        """Article, sentence, rule and confidence of one reading of ``fact``."""
        add, a = self._add, self.article_node
        add((fact, PROV.wasDerivedFrom, a))
        s = self._sentence(sentence)
        d = _below(fact, f"/from/{segment(article_key(self.article.id))}"
                         f"/{sentence[0]}-{sentence[1]}/{segment(rule or 'unknown')}")
        add((fact, PROV.qualifiedDerivation, d))
        add((d, RDF.type, PROV.Derivation))
        add((d, PROV.entity, a))
        if s is not None:
            add((fact, KG.sentence, s))
            add((d, KG.sentence, s))
        if rule:
            add((d, KG.rule, _plain(rule)))
        written = _conf(confidence)
        add((d, KG.confidence, written))
        readings = self._readings.setdefault(fact, {})
        reading = (self.article.id, sentence)
        # combined from the confidences as written (3 decimals), as a store recombines them
        readings[reading] = max(float(literal_value(written)), readings.get(reading, 0.0))

    def _concept(self, scheme: str, kind: str, name: str, label: str) -> str:
        c = nt_iri(iri(kind, name))
        add = self._add
        add((c, RDF.type, SKOS.Concept))
        add((c, SKOS.prefLabel, label))
        add((c, SKOS.inScheme, scheme))
        return c

    def _membership(self, ms: Membership) -> None:
        """A post (``org:Membership``) and the person's ``schema:jobTitle``.

        A title with no organisation named or implied (律师张三, a wire reporter's 记者) is no post:
        it gives the person a job title only."""
        person = self._mention(ms.person)
        if person is None:
            return
        self._mention(ms.title)
        add = self._add
        add((person, SCHEMA.jobTitle, _zh(ms.title.text)))
        if not ms.organization:
            return
        role_name = ms.role or _key(ms.title)
        org_name = ms.organization
        m = nt_iri(iri("post", _key(ms.person), org_name, role_name))
        role = self._concept(KG.RoleScheme, "role", role_name, _zh(role_name))
        add((role, RDF.type, ORG.Role))
        add((m, RDF.type, ORG.Membership))
        add((m, ORG.member, person))
        add((m, ORG.role, role))
        add((m, RDFS.label, _zh(ms.title.text)))
        add((m, ORG.organization, self._entity("ORG", org_name, None, self.article_node)))
        title = self._string(ms.title.start, ms.title.end)
        if title is not None:
            add((title, ITSRDF.taIdentRef, role))
        self._tenure(m, ms)
        self._provenance(m, ms.sentence, ms.rule, ms.confidence)

    def _tenure(self, m: str, ms: Membership) -> None:
        """When a post began and ended (``org:memberDuring`` a ``time:Interval``), and the appointment
        or removal that began or ended it (``prov:wasGeneratedBy`` / ``prov:wasInvalidatedBy``).

        A former post (原市长, 免去…职务) has an end, dated or not."""
        if ms.start_date is None and ms.end_date is None and not ms.former:
            return
        add = self._add
        during = _below(m, "/during")
        add((m, ORG.memberDuring, during))
        add((during, RDF.type, TIME.Interval))
        bounds = ((ms.start_date, TIME.hasBeginning, "start"), (ms.end_date, TIME.hasEnd, "end"))
        for value, link, tag in bounds:
            if value is None and not (tag == "end" and ms.former):
                continue
            instant = _below(m, f"/{tag}")
            add((during, link, instant))
            add((instant, RDF.type, TIME.Instant))
            date = _date(value)
            if date is not None:
                add((instant, _TIME_POSITION[date[1]], date[0]))
        event = self._events.get((ms.change.start, ms.change.end)) if ms.change is not None else None
        if event is not None:
            add((m, PROV.wasInvalidatedBy if ms.former else PROV.wasGeneratedBy, event))

    def _event_iri(self, ev: Event) -> str:
        date = (ev.date or "").partition("/")[0]
        organizer = _key(ev.organizer) if ev.organizer is not None else ""
        if _date_type(date) is not None:
            return nt_iri(iri("event", date, ev.name, organizer or "-"))
        return nt_iri(iri("event", article_key(self.article.id), ev.name))

    def _event(self, ev: Event) -> None:
        date = ev.date or ""
        end_date = ev.end_date
        if "/" in date:  # a range keyed start/end
            date, _, rest = date.partition("/")
            end_date = end_date or rest
        start = _date(date)
        e = self._event_iri(ev)
        add = self._add
        add((e, RDF.type, SCHEMA.Event))
        add((e, SCHEMA.name, _zh(ev.name)))
        add((self.article_node, SCHEMA.mentions, e))
        if ev.type:
            add((e, KG.eventType, self._event_type(ev.type)))
        if start is not None:
            add((e, SCHEMA.startDate, start[0]))
            self._started.add(e)
        end = _date(end_date)
        if end is not None:
            add((e, SCHEMA.endDate, end[0]))
        if ev.place is not None:
            place = self._mention(ev.place)
            # schema:location wants a Place: an organisation as venue (在中组部召开) stays a mention only
            if place is not None and ev.place.type == "LOC":
                add((e, SCHEMA.location, place))
        if ev.organizer is not None:
            org = self._mention(ev.organizer)
            if org is not None:
                add((e, SCHEMA.organizer, org))
        if ev.chair is not None:
            chair = self._mention(ev.chair)
            if chair is not None:
                add((e, KG.chair, chair))
                add((e, SCHEMA.attendee, chair))
        for m in ev.attendees:
            person = self._mention(m)
            if person is not None:
                add((e, SCHEMA.attendee, person))
        if ev.delegated_by is not None:
            person = self._mention(ev.delegated_by)
            if person is not None:
                add((e, KG.delegatedBy, person))
        if ev.when is not None:
            self._mention(ev.when)
        for role_id, m in ev.arguments:
            self._argument(e, role_id, m)
        trigger = self._event_mention(ev.trigger, e)
        if trigger is not None:
            add((e, KG.trigger, trigger))
        for m in ev.mentions:
            self._event_mention(m, e)
        self._provenance(e, ev.sentence, ev.rule, ev.confidence)

    def _argument(self, event: str, role_id: str, m: Mention) -> None:
        """One argument of an event: its entity when it names one, else its value as a literal."""
        role = self._roles.get(role_id)
        if role is None:
            return
        entity = self._mention(m)
        p = nt_iri(role.iri)
        if p == SCHEMA.startDate:
            value = _date(m.key) if m.type == "DATE" else None
            if value is not None and event not in self._started:
                self._started.add(event)
                self._add((event, p, value[0]))
        elif p == SCHEMA.location:
            if entity is not None and m.type == "LOC":
                self._add((event, p, entity))
        elif entity is not None:
            self._add((event, p, entity))
        elif m.type == "AMOUNT":
            self._amount(event, p, m)
        else:
            self._add((event, p, _value(m)))

    def _amount(self, event: str, p: str, m: Mention) -> None:
        """An amount of money as a ``schema:MonetaryAmount`` below its event: the words as written, its
        ``schema:value`` (``xsd:decimal``) when exact, its ``schema:currency`` (ISO 4217) when known
        (罚款50万元 -> 500000, CNY)."""
        value, code = money(m.text, self._rules)
        node = _below(event, "/amount/" + quote(m.text, safe=""))
        add = self._add
        add((event, p, node))
        add((node, RDF.type, SCHEMA.MonetaryAmount))
        add((node, SCHEMA.name, _zh(m.text)))
        if value is not None:
            add((node, SCHEMA.value, nt_literal(f"{value.normalize():f}", datatype=XSD.decimal)))
        if code is not None:
            add((node, SCHEMA.currency, _plain(code)))

    def _event_mention(self, m: Mention, event: str) -> str | None:
        """A word of the text that denotes ``event`` (its trigger, or 会议 referring back to it)."""
        node = self._string(m.start, m.end)
        if node is not None:
            add = self._add
            add((node, RDF.type, NIF.Phrase))
            add((node, ITSRDF.taClassRef, SCHEMA.Event))
            add((node, ITSRDF.taIdentRef, event))
            if m.rule:
                add((node, KG.rule, _plain(m.rule)))
        return node

    def _event_type(self, name: str) -> str:
        """The concept of event type ``name``, with its broader concepts up to the top of the scheme."""
        first = child = None
        seen: set[str] = set()
        current: str | None = name
        while current and current not in seen:
            seen.add(current)
            concept = self._scheme.get(current)
            label = concept.pref_label if concept is not None and concept.pref_label else current
            c = self._concept(KG.EventTypeScheme, "event-type", current,
                              nt_literal(label, lang="zh" if _CJK_RE.search(label) else "en"))
            if concept is not None and concept.en and _CJK_RE.search(label):
                self._add((c, SKOS.prefLabel, nt_literal(concept.en, lang="en")))
            if concept is not None and concept.definition:
                self._add((c, SKOS.definition, nt_literal(concept.definition, lang="en")))
            if child is None:
                first = c
            else:
                self._add((child, SKOS.broader, c))
            child, current = c, concept.broader if concept is not None else None
        if first is None:
            raise ValueError(f"no event type: {name!r}")
        return first

    def _relation(self, rel: Relation) -> None:
        subject, obj = self._mention(rel.subject), self._mention(rel.object)
        if subject is None or obj is None:
            return
        predicate = _relation_predicate(rel.predicate, rel.subject.type, rel.object.type)
        if predicate is None:
            return
        add = self._add
        add((subject, predicate, obj))
        st = nt_iri(iri("relation", rel.predicate, rel.subject.type, _key(rel.subject),
                        rel.object.type, _key(rel.object)))
        add((st, RDF.type, RDF.Statement))
        add((st, RDF.subject, subject))
        add((st, RDF.predicate, predicate))
        add((st, RDF.object, obj))
        self._provenance(st, rel.sentence, rel.rule, rel.confidence)


def _relation_predicate(name: str, subject_type: str, object_type: str) -> str | None:
    """The schema.org property of a relation between mentions of these types, or None.

    >>> _relation_predicate("locatedIn", "ORG", "LOC") == SCHEMA.location
    True
    >>> _relation_predicate("partOf", "LOC", "LOC") == SCHEMA.containedInPlace
    True
    """
    if object_type == "LOC" and name in ("locatedIn", "partOf"):
        return SCHEMA.containedInPlace if subject_type == "LOC" else SCHEMA.location
    if name == "partOf" and subject_type == "ORG" and object_type == "ORG":
        return SCHEMA.parentOrganization
    if name == "subOrganization" and subject_type == "ORG" and object_type == "ORG":
        return SCHEMA.subOrganization
    return None


def _below(node: str, path: str) -> str:
    """``node``'s IRI followed by ``path``, in N-Triples: ``<…/article>`` -> ``<…/article/text…>``."""
    return nt_iri(node[1:-1] + path)


def build_graph(
    results: Iterable[ArticleResult], *, graph: Graph | None = None, rules: RuleSet | None = None
) -> Graph:
    """The graph of a stream of article results (into ``graph`` when given), with the places and
    organisations of ``rules`` (the built-in rules when None).

    >>> len(build_graph([])) > 0  # the vocabulary is always declared
    True
    """
    builder = GraphBuilder(graph, rules)
    for result in results:
        builder.add(result)
    return builder.finish()
