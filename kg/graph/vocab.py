"""Vocabularies of the graph: the standard ones of docs/contract.md §5 and our own few terms.

Standard vocabularies first (schema.org, W3C ORG, PROV-O, NIF, ITS, SKOS); the
project's namespace ``kg:`` holds only what they lack. Each of our terms is an
attribute of :class:`KG` (a ``DefinedNamespace`` with ``_fail = True``, so a
misspelt term fails at import) and has a label and a comment in :data:`TERMS`,
which :func:`vocabulary_triples` writes into every graph.
"""
# ruff: noqa: N815  (RDF terms keep their own mixedCase names)
from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD, DefinedNamespace

from kg.namespaces import PREFIXES

__all__ = [
    "KG",
    "NIF",
    "ITSRDF",
    "SCHEMA",
    "ORG",
    "PROV",
    "SKOS",
    "TIME",
    "RDF",
    "RDFS",
    "XSD",
    "OWL",
    "PREFIXES",
    "TERMS",
    "TERMS_ZH",
    "vocabulary_triples",
]

#: schema.org, with the ``https://`` IRI the contract fixes.
SCHEMA = SDO


class NIF(DefinedNamespace):
    """NIF 2.0 Core: strings, offsets and their contexts (the terms kg uses)."""

    _fail = True
    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

    Context: URIRef  # the whole text that mentions point into
    String: URIRef
    Phrase: URIRef  # a mention
    Sentence: URIRef
    OffsetBasedString: URIRef
    RFC5147String: URIRef
    isString: URIRef
    referenceContext: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    sentence: URIRef  # the sentence a string lies in
    predLang: URIRef


class ITSRDF(DefinedNamespace):
    """ITS 2.0 in RDF: what a mention denotes."""

    _fail = True
    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")

    taIdentRef: URIRef  # the entity a mention refers to
    taClassRef: URIRef  # the class of that entity
    taConfidence: URIRef


class KG(DefinedNamespace):
    """The project's own terms: only what the standard vocabularies lack."""

    _fail = True
    _NS = Namespace("https://kg.example.org/ns#")

    chair: URIRef
    photographer: URIRef
    sentence: URIRef
    rule: URIRef
    confidence: URIRef
    trigger: URIRef
    delegatedBy: URIRef
    text: URIRef
    eventType: URIRef
    EventTypeScheme: URIRef
    RoleScheme: URIRef


#: Our terms: (kind, English label, comment, extra (predicate, object) pairs).
TERMS: dict[URIRef, tuple[URIRef, str, str, tuple[tuple[URIRef, URIRef], ...]]] = {
    KG.chair: (
        OWL.ObjectProperty,
        "chair",
        "The person who chairs (主持) an event. Every chair is also a schema:attendee of it.",
        ((RDFS.subPropertyOf, SCHEMA.attendee), (RDFS.domain, SCHEMA.Event), (RDFS.range, SCHEMA.Person)),
    ),
    KG.photographer: (
        OWL.ObjectProperty,
        "photographer",
        "A person credited for the photographs of an article (王琪 胡杨 摄).",
        ((RDFS.subPropertyOf, SCHEMA.contributor), (RDFS.domain, SCHEMA.NewsArticle),
         (RDFS.range, SCHEMA.Person)),
    ),
    KG.sentence: (
        OWL.ObjectProperty,
        "sentence",
        "The sentence a fact was read from: a nif:Sentence whose nif:anchorOf is its text "
        "and whose offsets index its article's nif:Context.",
        ((RDFS.range, NIF.Sentence),),
    ),
    KG.rule: (
        OWL.DatatypeProperty,
        "rule",
        "The id of the rule that produced a mention or fact (a record of a file in kg/rules/).",
        ((RDFS.range, XSD.string),),
    ),
    KG.confidence: (
        OWL.DatatypeProperty,
        "confidence",
        "How sure the extractor is, from 0 to 1. On a prov:Derivation: the confidence of that one reading. "
        "On a fact: 1 - Π(1 - c) over its derivations, i.e. the chance that at least one reading is right "
        "if they err independently.",
        ((RDFS.range, XSD.decimal),),
    ),
    KG.trigger: (
        OWL.ObjectProperty,
        "trigger",
        "The mention (a nif:Phrase) of the word that signals an event: 召开, 主持, 签约 ...",
        ((RDFS.domain, SCHEMA.Event), (RDFS.range, NIF.Phrase)),
    ),
    KG.delegatedBy: (
        OWL.ObjectProperty,
        "delegated by",
        "The person on whose behalf the chair of an event acts (受…委托).",
        ((RDFS.domain, SCHEMA.Event), (RDFS.range, SCHEMA.Person)),
    ),
    KG.text: (
        OWL.ObjectProperty,
        "text",
        "The nif:Context holding the text of an article, into which its mentions' offsets point.",
        ((RDFS.domain, SCHEMA.NewsArticle), (RDFS.range, NIF.Context)),
    ),
    KG.eventType: (
        OWL.ObjectProperty,
        "event type",
        "The kind of an event, a skos:Concept of the event scheme shipped in kg/rules/events/.",
        ((RDFS.subPropertyOf, SCHEMA.additionalType), (RDFS.domain, SCHEMA.Event),
         (RDFS.range, SKOS.Concept)),
    ),
    KG.EventTypeScheme: (
        SKOS.ConceptScheme,
        "event types",
        "The kinds of events kg extracts (meeting, signing, inspection ...).",
        (),
    ),
    KG.RoleScheme: (
        SKOS.ConceptScheme,
        "roles",
        "Posts as bare roles (书记, 市长, 部长): the org:role of a membership.",
        (),
    ),
}


#: Our terms in Chinese: (label, comment).
TERMS_ZH: dict[URIRef, tuple[str, str]] = {
    KG.chair: ("主持人", "主持活动的人；主持人也是活动的参加者（schema:attendee）。"),
    KG.photographer: ("摄影", "文章署名的摄影者（王琪 胡杨 摄）。"),
    KG.sentence: ("出处句子", "读出事实的句子：一个 nif:Sentence，偏移量指向其文章的 nif:Context。"),
    KG.rule: ("规则", "产生该提及或事实的规则编号（kg/rules/ 中一个文件的一条记录）。"),
    KG.confidence: ("置信度", "0 到 1 之间。在 prov:Derivation 上是这一次读取的置信度；在事实上是"
                              "1 - Π(1 - c)，即各次读取中至少一次正确的概率。"),
    KG.trigger: ("触发词", "标志事件的词的提及（nif:Phrase）：召开、主持、签约……"),
    KG.delegatedBy: ("受委托于", "活动主持人代表的人（受…委托）。"),
    KG.text: ("正文", "保存文章正文的 nif:Context，提及的偏移量指向它。"),
    KG.eventType: ("事件类型", "事件的类别：kg/rules/events/ 中事件体系的一个 skos:Concept。"),
    KG.EventTypeScheme: ("事件类型体系", "kg 抽取的事件类别（会议、签约、调研……）。"),
    KG.RoleScheme: ("职务体系", "不带机构的职务（书记、市长、部长）：任职（org:Membership）的 org:role。"),
}


def vocabulary_triples() -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The declarations of our terms (labels, comments in English and Chinese), written into every graph."""
    for term, (kind, label, comment, extra) in TERMS.items():
        yield term, RDF.type, kind
        yield term, RDFS.label, Literal(label, lang="en")
        yield term, RDFS.comment, Literal(comment, lang="en")
        if term in TERMS_ZH:
            zh_label, zh_comment = TERMS_ZH[term]
            yield term, RDFS.label, Literal(zh_label, lang="zh")
            yield term, RDFS.comment, Literal(zh_comment, lang="zh")
        yield term, RDFS.isDefinedBy, URIRef(str(KG._NS))
        for p, o in extra:
            yield term, p, o
