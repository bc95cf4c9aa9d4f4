"""Identity across articles: when two mentions in different articles are one thing.

Keys decide identity (``kg.link.entity_iri`` is a function of type and key):

* **places** are keyed by their canonical gazetteer name (``kg.rules.places``), so
  鄂尔多斯 and 鄂尔多斯市 are one place; home words (我市) take the home place.
* **organisations** are keyed by their canonical full name: an abbreviation is
  expanded with the publisher's home place (市政府 in an Ordos paper is
  鄂尔多斯市人民政府, in a Baotou paper 包头市人民政府), so abbreviation and full
  name merge and another city's 市政府 stays apart.
* **people** are keyed by their name. A name is not unique, so
  :func:`disambiguate_people` runs over all the articles of a build: when one
  name holds posts in organisations of two or more different places
  (prefecture level, or province for provincial bodies), each of its mentions
  is keyed ``name（place）`` by the place of the posts in its own article, or,
  for an article without posts, by the publisher's home place when that is one
  of them. So two 李理 who are officials of two cities get two IRIs, while a
  name seen with posts in one place only (or none) stays one person.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.model import ArticleResult, Mention
from kg.rules.places import gazetteer

__all__ = ["person_place", "disambiguate_people", "qualified"]

_LEVELS = ("prefecture", "province")


def qualified(name: str, place: str) -> str:
    """The key of a person told apart by place: ``李理（鄂尔多斯市）``."""
    return f"{name}（{place}）"


def _place_of_org(org: str) -> str | None:
    """The prefecture (else province) an organisation's name places it in."""
    from kg.extract.orgs import org_location  # imported here: kg.link stays light for the query stage

    name = org[2:] if org.startswith("中共") else org
    loc = org_location(name)
    if loc is None:
        return None
    gaz = gazetteer()
    place = gaz.lookup(loc)
    if place is None:
        return loc
    for level in _LEVELS:
        for p in gaz.ancestors(place):
            if p.level == level:
                return p.name
    return None


def _one_line(places: set[str]) -> bool:
    """Whether the places nest in one another (鄂尔多斯市 in 内蒙古自治区): posts of one career.

    A city official who also sits on the provincial committee is one person,
    not two; only places side by side (two cities) tell namesakes apart.
    """
    gaz = gazetteer()
    chains = []
    for name in sorted(places):
        place = gaz.lookup(name)
        chains.append({p.name for p in gaz.ancestors(place)} if place else {name})
    deepest = max(chains, key=len)
    return all(c <= deepest for c in chains)


def person_place(result: ArticleResult, name: str) -> str | None:
    """The place of ``name``'s posts in one article (the first post that has one)."""
    for m in result.memberships:
        if (m.person.key or m.person.text) == name and m.organization:
            place = _place_of_org(m.organization)
            if place:
                return place
    return None


def disambiguate_people(results: Iterable[ArticleResult], home: str | None = None) -> list[ArticleResult]:
    """Results with the keys of same-named people of different places told apart (see module doc)."""
    results = list(results)
    places: dict[str, set[str]] = {}
    for r in results:
        for m in r.memberships:
            name = m.person.key or m.person.text
            if m.organization:
                p = _place_of_org(m.organization)
                if p:
                    places.setdefault(name, set()).add(p)
    ambiguous = {n for n, ps in places.items() if len(ps) > 1 and not _one_line(ps)}
    if not ambiguous:
        return results
    out = []
    for r in results:
        where = {}
        for name in ambiguous:
            p = person_place(r, name) or (r.doc.place or home)
            if p in places[name]:
                where[name] = qualified(name, p)

        def rk(m: Mention | None, where: dict[str, str] = where) -> Mention | None:
            if m is None or m.type != "PER" or (m.key or m.text) not in where:
                return m
            return replace(m, key=where[m.key or m.text])

        if not where:
            out.append(r)
            continue
        out.append(replace(
            r,
            mentions=[rk(m) for m in r.mentions],
            memberships=[replace(m, person=rk(m.person)) for m in r.memberships],
            events=[replace(e, chair=rk(e.chair), delegated_by=rk(e.delegated_by),
                            attendees=tuple(rk(p) for p in e.attendees)) for e in r.events],
        ))
    return out
