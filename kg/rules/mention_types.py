"""Mention types (PER, ORG, LOC, TITLE, DATE, EVENT ...), declared once in ``types/mentions``.

Each record of ``kg/rules/types/mentions.jsonl`` says what a type means to every stage:

* ``rank``: among candidates of equal length, the higher rank wins (a date beats anything, a named
  organisation or place beats a person reading of the same characters: 伊拉克, 张家口);
* ``class``: the RDF class of its mentions (``itsrdf:taClassRef``) and, when ``entity`` is true, of
  the graph node each distinct name becomes (``schema:Person``);
* ``segment``: the IRI path segment of its nodes (``person`` in ``…/id/person/李理``; default the
  id in lower case);
* ``zh``, ``en``: labels; ``colour`` and ``shape``: how the page draws its nodes (types without a
  colour are not drawn), in file order (the legend's).

A user file with ``# table: types/mentions`` adds a type; patterns may then use it as their label.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from kg.rules import Record, RuleSet, load_rules, per_rules

__all__ = ["MentionType", "mention_types", "CLASS_NAMESPACES", "CURIE_LOCAL"]

#: Where the CURIEs of ``class`` point.
CLASS_NAMESPACES = MappingProxyType({"schema": "https://schema.org/", "org": "http://www.w3.org/ns/org#",
                                     "kg": "https://kg.example.org/ns#"})
#: the local name of a rule file's CURIE (a class, a property) after its prefix: a name, nothing an IRI
#: would have to escape (no %, #, space: Oxigraph refuses a bad %-escape or a second #)
CURIE_LOCAL = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
#: vis-network node shapes the page can draw.
_SHAPES = ("dot", "square", "triangle", "star", "diamond", "hexagon", "triangleDown", "ellipse", "box")
_COLOUR = re.compile(r"#[0-9a-f]{6}")
_ID = re.compile(r"[A-Z][A-Z_]*")


@dataclass(frozen=True)
class MentionType:
    """One mention type and what it means to each stage."""

    id: str
    rank: int
    cls: str  # the class, as a full IRI
    zh: str
    en: str
    entity: bool = False
    segment: str = ""
    colour: str = ""
    shape: str = ""


def mention_types(rules: RuleSet | None = None) -> Mapping[str, MentionType]:
    """The mention types of ``rules`` (the built-in rules when None), by id, in file order."""
    return _types(rules if rules is not None else load_rules())


def _type(r: Record) -> MentionType:
    if not _ID.fullmatch(r.text("id")):
        raise r.error(f"field 'id': {r.text('id')!r} is not upper-case letters (PER, PRODUCT)")
    prefix, _, local = r.text("class").partition(":")
    if prefix not in CLASS_NAMESPACES or not CURIE_LOCAL.fullmatch(local):
        raise r.error(f"field 'class': must be a {', '.join(p + ':' for p in CLASS_NAMESPACES)} CURIE")
    if r.text("colour") and not _COLOUR.fullmatch(r.text("colour")):
        raise r.error("field 'colour': must be #rrggbb (lower-case hex)")
    if bool(r.text("colour")) != bool(r.text("shape")):
        raise r.error("field 'shape': a type drawn on the page needs both 'colour' and 'shape'")
    if r.text("shape") and r.text("shape") not in _SHAPES:
        raise r.error(f"field 'shape': must be one of {', '.join(_SHAPES)}")
    rank = r.get("rank")
    return MentionType(r.text("id"), rank if isinstance(rank, int) else 0, CLASS_NAMESPACES[prefix] + local,
                       r.text("zh"), r.text("en"), bool(r.get("entity")),
                       r.text("segment") or r.text("id").lower(), r.text("colour"), r.text("shape"))


@per_rules
def _types(rules: RuleSet) -> Mapping[str, MentionType]:
    return MappingProxyType({t.id: t for t in map(_type, rules.records("types/mentions").rows)})
