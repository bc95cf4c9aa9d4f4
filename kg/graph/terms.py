"""RDF terms as N-Triples text: how the graph builder writes every term.

A build sends each article's triples to the store's bulk loader as N-Quads
lines, so the builder makes its terms in that form from the start
(``<IRI>``, ``"text"@zh``, ``"12"^^<…#nonNegativeInteger>``): a term is a
plain ``str``, hashed and compared in C, and a line is three of them joined.
:func:`nt_iri` and :func:`nt_literal` are the only places that write a term;
they escape as pyoxigraph does (``str(ox.Literal(...))``), so the text is the
same whichever wrote it. Callers that want rdflib terms (an rdflib ``Graph``,
:func:`kg.graph.build_graph`) read them back with :func:`rdflib_term`.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from rdflib import Literal, URIRef
from rdflib.term import Node

__all__ = ["Terms", "nt_iri", "nt_literal", "literal_value", "rdflib_term"]

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: An absolute IRI with none of the characters N-Triples forbids in ``<...>`` (kg's own IRIs are
#: percent-encoded by :func:`kg.link.iri`; this catches a rule file's malformed class or role IRI).
_IRI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>"{}|^`\\]*')
#: The characters a quoted literal escapes, and how (as pyoxigraph writes them).
_ESCAPED = re.compile(r'[\x00-\x1f"\\\x7f]')
_ESCAPES = {c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F]}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_UNESCAPED = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "'": "'", "\\": "\\"}
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)


def nt_iri(value: str) -> str:
    """``<value>``: an IRI in N-Triples.

    >>> nt_iri("https://kg.example.org/id/person/%E6%9D%8E")
    '<https://kg.example.org/id/person/%E6%9D%8E>'
    >>> nt_iri("not an IRI")
    Traceback (most recent call last):
    ...
    ValueError: not an absolute IRI N-Triples can write: 'not an IRI'
    """
    if _IRI.fullmatch(value) is None:
        raise ValueError(f"not an absolute IRI N-Triples can write: {value!r}")
    return f"<{value}>"


def nt_literal(value: str, *, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal in N-Triples: ``"value"``, ``"value"@lang`` or ``"value"^^<datatype>`` (``xsd:string``
    written plain, as pyoxigraph does).

    >>> print(nt_literal('他说"好"\\n', lang="zh"), nt_literal("12", datatype="http://x.org/int"))
    "他说\\"好\\"\\n"@zh "12"^^<http://x.org/int>
    """
    if _ESCAPED.search(value) is not None:
        value = value.translate(_ESCAPES)
    if lang:
        return f'"{value}"@{lang}'
    if datatype is not None and datatype != XSD_STRING:
        return f'"{value}"^^{nt_iri(datatype)}'
    return f'"{value}"'


def _quoted(term: str) -> tuple[str, str]:
    """The text of an N-Triples literal (unescaped) and what follows its closing quote."""
    end = term.rindex('"')
    value = term[1:end]
    if "\\" in value:
        value = _ESCAPE.sub(_unescape, value)
    return value, term[end + 1:]


def _unescape(m: re.Match) -> str:
    code = m[1] or m[2]
    return chr(int(code, 16)) if code else _UNESCAPED[m[3]]


def literal_value(term: str) -> str:
    """The lexical form of an N-Triples literal.

    >>> literal_value('"a\\\\"b"@zh'), literal_value('"12"^^<http://x.org/int>')
    ('a"b', '12')
    """
    return _quoted(term)[0]


@functools.lru_cache(maxsize=1 << 15)  # bounded: a build's terms are mostly one article's own
def rdflib_term(term: str) -> Node:
    """The rdflib term (``URIRef`` or ``Literal``) of an N-Triples term.

    >>> rdflib_term('"李理"@zh')
    rdflib.term.Literal('李理', lang='zh')
    """
    if term.startswith("<"):
        return URIRef(term[1:-1])
    value, rest = _quoted(term)
    if rest.startswith("@"):
        return Literal(value, lang=rest[1:])
    if rest.startswith("^^"):
        return Literal(value, datatype=URIRef(rest[3:-1]))
    return Literal(value)


class Terms:
    """The terms of an rdflib namespace in N-Triples, each looked up once.

    >>> from rdflib.namespace import RDF
    >>> Terms(RDF).type
    '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        term = nt_iri(str(getattr(self._namespace, name)))
        setattr(self, name, term)
        return term
