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
  is keyed ``name（place）`` by the place of the posts in its own article (its
  first post that has one: an article's later posts elsewhere are one career,
  as a biography tells it, and add no place), or,
  for an article without posts, by the publisher's home place when that is one
  of them. So two 李理 who are officials of two cities get two IRIs, while a
  name seen with posts in one place only (or none) stays one person.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.model import ArticleResult, Mention, replace
from kg.rules.places import gazetteer

__all__ = ["Namesakes", "person_place", "disambiguate_people", "qualified"]

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


def _placed_posts(result: ArticleResult) -> Iterator[tuple[str, str]]:
    """Each name of ``result``'s posts and the place of its first post that has one, in order: an article
    keys a name by one place (:meth:`Namesakes.rekey`); later posts of the name in other places are one
    career told in one text (a biography: 天津市委副书记, then 张家口市委书记), not namesakes."""
    placed: set[str] = set()
    for m in result.memberships:
        name = m.person.key or m.person.text
        if name in placed or not m.organization:
            continue
        place = _place_of_org(m.organization)
        if place:
            placed.add(name)
            yield name, place


def person_place(result: ArticleResult, name: str) -> str | None:
    """The place of ``name``'s posts in one article (the first post that has one)."""
    return next((p for n, p in _placed_posts(result) if n == name), None)


class Namesakes:
    """The places each person's posts are in, collected over a build one article at a time.

    Only names with posts that place them are kept (a small table, whatever the
    number of articles); :meth:`rekey` then tells apart, in any article, the
    names seen in places side by side.
    """

    def __init__(self, home: str | None = None):
        self.home = home
        self.places: dict[str, set[str]] = {}
        self._ambiguous: set[str] | None = None

    def add(self, result: ArticleResult) -> bool:
        """Note the place of each name's posts read in ``result`` (the first that has one: the place the
        article is keyed by); whether a name of it is now told apart (its posts in places side by side),
        checked for the names given a new place only."""
        told_apart = False
        for name, p in _placed_posts(result):
            ps = self.places.setdefault(name, set())
            if p not in ps:
                ps.add(p)
                self._ambiguous = None
                told_apart = told_apart or (len(ps) > 1 and not _one_line(ps))
        return told_apart

    def update(self, places: dict[str, set[str]]) -> None:
        """Add a table collected elsewhere (``other.places``: a worker's share of the articles)."""
        for name, ps in places.items():
            self.places.setdefault(name, set()).update(ps)
        self._ambiguous = None

    @property
    def ambiguous(self) -> set[str]:
        """Names with posts in places side by side (two cities, not a city and its region)."""
        if self._ambiguous is None:
            self._ambiguous = {n for n, ps in self.places.items() if len(ps) > 1 and not _one_line(ps)}
        return self._ambiguous

    def mentioned_in(self, r: ArticleResult) -> bool:
        """Whether ``r`` mentions a person whose name is told apart (:attr:`ambiguous`)."""
        names = self.ambiguous
        return any(m.type == "PER" and (m.key or m.text) in names for m in r.mentions)

    def rekey(self, r: ArticleResult) -> ArticleResult:
        """``r`` with each ambiguous name keyed by its place in this article (``r`` itself when none)."""
        where = {}
        for name in self.ambiguous:
            p = person_place(r, name) or (r.doc.place or self.home)
            if p in self.places[name]:
                where[name] = qualified(name, p)
        if not where:
            return r

        def rk(m: Mention) -> Mention:
            if m.type != "PER" or (m.key or m.text) not in where:
                return m
            return replace(m, key=where[m.key or m.text])

        return replace(
            r,
            mentions=[rk(m) for m in r.mentions],
            memberships=[replace(m, person=rk(m.person)) for m in r.memberships],
            events=[replace(e, chair=e.chair and rk(e.chair),
                            delegated_by=e.delegated_by and rk(e.delegated_by),
                            attendees=tuple(rk(p) for p in e.attendees)) for e in r.events],
        )


def disambiguate_people(results: Iterable[ArticleResult], home: str | None = None) -> list[ArticleResult]:
    """Results with the keys of same-named people of different places told apart (see module doc).

    Holds every result; a build streams instead: :class:`Namesakes` over all
    results first, then :meth:`Namesakes.rekey` on each.
    """
    results = list(results)
    namesakes = Namesakes(home)
    for r in results:
        namesakes.add(r)
    return [namesakes.rekey(r) for r in results]
