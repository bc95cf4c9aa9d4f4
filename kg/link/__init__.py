"""Identity: which real-world thing a mention denotes, and its IRI.

IRIs are a pure function of the entity type and its canonical key, so the
same thing gets the same IRI in every article, build and machine, without a
corpus-wide index in memory.
"""
from __future__ import annotations

import string
from functools import lru_cache

from kg.namespaces import BASE
from kg.rules import RuleSet
from kg.rules.mention_types import mention_types

__all__ = ["BASE", "entity_iri", "article_iri", "article_key", "iri", "link_article", "disambiguate_people",
           "Namesakes"]


#: The characters an IRI path segment keeps as they are (RFC 3986's unreserved ones).
_UNRESERVED = frozenset(string.ascii_letters + string.digits + "_.-~")


def iri(*parts: str) -> str:
    """An IRI under :data:`BASE` from path segments, percent-encoded.

    >>> iri("person", "李理")
    'https://kg.example.org/id/person/%E6%9D%8E%E7%90%86'
    """
    return BASE + "/".join(map(segment, parts))


#: Each byte of a segment's UTF-8 as :func:`urllib.parse.quote` writes it with ``safe=""``.
_QUOTED = tuple(chr(b) if chr(b) in _UNRESERVED else f"%{b:02X}" for b in range(256))


def segment(part: str) -> str:
    """One IRI path segment, percent-encoded as ``urllib.parse.quote(part, safe="")`` does (every byte
    but letters, digits and ``_.-~``), byte by byte in C: quote runs a Python step per byte, and a build
    quotes every name, role and rule of every fact's IRI.

    >>> segment("a/b#c d"), segment("李"), segment("pd1998-01")
    ('a%2Fb%23c%20d', '%E6%9D%8E', 'pd1998-01')
    """
    if part.isascii() and _UNRESERVED.issuperset(part):
        return part
    return "".join(map(_QUOTED.__getitem__, part.encode()))


@lru_cache(maxsize=1 << 16)  # a name recurs across mentions and articles; quoting it is the costly part
def entity_iri(type_: str, key: str, rules: RuleSet | None = None) -> str:
    """IRI of the entity of ``type_`` (PER, ORG, LOC ...) with canonical ``key``: under the type's
    ``segment`` in ``types/mentions`` of ``rules`` (the built-in rules when None; a type not declared
    there: its id in lower case)."""
    known = mention_types(rules).get(type_)
    return iri(known.segment if known is not None else type_.lower(), key)


def article_key(article_id: str) -> str:
    """The IRI segment of an article: ``doc-id#n`` as ``doc-id-n``.

    The document id is kept as it is (percent-encoded later), so distinct ids
    give distinct IRIs: ``a#b`` and ``a-b`` are ``a%23b-0`` and ``a-b-0``.

    >>> article_key("a#b#0"), article_key("a-b#0")
    ('a#b-0', 'a-b-0')
    """
    doc_id, hash_, index = article_id.rpartition("#")
    return f"{doc_id}-{index}" if hash_ else article_id


def article_iri(article_id: str) -> str:
    """IRI of an article, from its ``Article.id`` (``doc-id#n``)."""
    return iri("article", article_key(article_id))


# imported last: the coreference modules use nothing of this one but its names stay importable from here
from kg.link.coref import link_article  # noqa: E402
from kg.link.identity import Namesakes, disambiguate_people  # noqa: E402
