"""Place names as they can be read in running text: the gazetteer of a rule set seen through jieba.

Both the place and the organisation grammars ask the same questions (is this token a
place name, a common word jieba tags ``ns``, a sight?); :func:`place_names` answers
them for one rule set, built once per rule set.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter

from kg.nlp.tokenize import dict_tag
from kg.nlp.wordset import WordSet
from kg.rules import RuleSet, per_rules
from kg.rules.places import Gazetteer, affixes, gazetteer, nations

__all__ = ["PlaceNames", "place_names", "short_places", "SHORT_PLACE_RULE", "STEM_LEVELS"]

#: The rule id of a one-character short name read as a place (在京, 来沪: kg/extract/places.py).
SHORT_PLACE_RULE = "places.short"

_FIRST = itemgetter(0)
_DIRECTIONS = ("东", "南", "西", "北", "中", "东南", "西北", "西南", "东北")


@dataclass(frozen=True)
class PlaceNames:
    """The gazetteer and the words around place names, for one rule set."""

    gaz: Gazetteer
    #: gazetteer names safe to read as places in running text (see :func:`_readable`)
    names: frozenset[str]
    #: common words jieba's dictionary tags ns (``places/not-places``)
    not_places: frozenset[str]
    #: ``names`` as a :class:`WordSet`, for :meth:`names_at`
    name_set: WordSet
    admin: frozenset[str]
    #: the one-character ``admin`` words, the last characters of the names of places by their level (青山省,
    #: 青山市, 青山区 … 青山村): the one list of level characters the extractors read
    levels: frozenset[str]
    #: the levels a body's name or a post's title opens with for the home place of that level (``home-level``:
    #: 市 + 大数据局, 自治区 + 党委), and the township levels a chain's town names bodies by too
    #: (``township-level``: 镇 + 党委), longest first
    home_levels: tuple[str, ...]
    township_levels: tuple[str, ...]
    street: frozenset[str]
    home: frozenset[str]
    final: tuple[str, ...]
    quarter: tuple[str, ...]
    landmark: tuple[str, ...]
    #: single-character surnames that are no common word on their own (李 of 李永春)
    surnames: frozenset[str]
    #: single-character surnames that are common words too (高, 方, 白: weak in people/surnames)
    weak_surnames: frozenset[str] = frozenset()
    #: one-character short names of China's provinces and cities (京, 沪, 蓉: ``events/short_places``) -> the
    #: places' full names, and the characters after which they name the place (``short-cue``: 在京, 来沪)
    short: dict[str, str] = field(default_factory=dict)
    short_cues: frozenset[str] = frozenset()
    #: words of one character the tagger glues to the first character of a town after them (``town-glue``:
    #: 为青 + 山镇)
    town_glue: frozenset[str] = frozenset()
    #: units of towns and villages (镇, 乡, 村), and second characters of their names after a surname (家, 庄)
    towns: frozenset[str] = frozenset()
    village_marks: frozenset[str] = frozenset()
    #: words of going, visiting or being after which a name and 村 or 社区 is a village (``village-cue``: 到),
    #: as one pattern, longest first
    village_cues: re.Pattern[str] = re.compile("(?!)")
    #: units of a part of a town or a school (社区, 居民区, 校区), read after a name as a town's unit is
    communities: frozenset[str] = frozenset()
    #: China's nationalities with and without 族 (``places/nations``): 藏族 + 乡 ends a township's name
    nations: frozenset[str] = frozenset()
    #: the kinds of places a list of names closes with after 等 (``listed``: 舞泉、辛安等乡镇)
    listed: tuple[str, ...] = ()
    #: short names of counties and prefectures that are no ``names`` (开化/v of 开化县, 门头沟/n), read
    #: only in an article about the place -> the place's full name (see :func:`_article_stems`)
    article_stems: dict[str, str] = field(default_factory=dict)

    def names_at(self, text: str, starts: set[int], ends: set[int]) -> tuple[dict[int, int], set[int]]:
        """Length of the longest name of ``names`` at each offset of ``starts`` that ends at one of
        ``ends``, and the offsets where any name starts.

        One pass over ``text`` finds every occurrence of every name.
        """
        longest: dict[int, int] = {}
        found = self.name_set.spans(text)
        for start, end in found:
            if start in starts and end in ends and end - start > longest.get(start, 0):
                longest[start] = end - start
        return longest, set(map(_FIRST, found))

    def ns_place(self, word: str) -> bool:
        """Whether a token jieba tags ns looks like a place name (长江, 青藏高原, 陕北), not a common word."""
        if len(word) < 2 or word in self.not_places or word.endswith("地区"):
            return False  # 欧洲地区 is 欧洲 and a noun (People's Daily); 周边地区 no place
        if any(word.endswith(f) and len(word) > len(f) for f in self.final):
            return True
        return self.quarter_name(word)

    def quarter_name(self, word: str) -> bool:
        """Whether ``word`` names a quarter of the country by a province's character and a direction (华北,
        陕北, 苏南, 冀中)."""
        return len(word) in (2, 3) and word[0] in self.quarter and word[1:] in _DIRECTIONS

    def region(self, word: str) -> bool:
        """Whether ``word`` names a region by a direction: a quarter (华北) or two directions (西南, 东北)."""
        return self.quarter_name(word) or len(word) == 2 and word in _DIRECTIONS


def _readable(gaz: Gazetteer, stop: frozenset[str], surnames: frozenset[str]) -> frozenset[str]:
    """Gazetteer names safe to read as places in running text.

    Short forms of counties are often common words (和平 of 和平区, 合作 of 合作市,
    前进 of 前进区): they count only where jieba's dictionary tags them ns or lacks them,
    or tags them a name (nr: 昌平, 尚义) that does not start with a surname (王益, 马龙 are people).
    """
    out = set()
    for name, cands in gaz.by_name.items():
        if len(name) < 2 or name in stop:
            continue
        best = cands[0]
        tag = "" if best.name == name or best.level not in ("county", "township") else dict_tag(name)
        if tag in ("", None, "ns", "nrt") or tag == "nr" and name[0] not in surnames:
            out.add(name)
    return frozenset(out)


@per_rules
def place_names(rules: RuleSet) -> PlaceNames:
    """The place names of ``rules``, built once per rule set."""
    gaz = gazetteer(rules)
    stop = frozenset(rules.lexicon("places/not-places").entries)
    surnames = rules.lexicon("people/surnames")
    names = _readable(gaz, stop, frozenset(w for w in surnames.entries if len(w) == 1))
    aff = affixes(rules)
    return PlaceNames(
        gaz=gaz,
        names=names,
        not_places=stop,
        name_set=WordSet(names),
        admin=frozenset(aff["admin"]),
        levels=frozenset(w for w in aff["admin"] if len(w) == 1),
        home_levels=aff["home-level"],
        township_levels=aff["township-level"],
        street=frozenset(aff["street"]),
        home=frozenset(aff["home"]),
        final=aff["final"],
        quarter=aff["quarter"],
        landmark=aff["landmark"],
        surnames=frozenset(w for w, flag in surnames.entries.items() if len(w) == 1 and not flag),
        # (surnames of context, 和 and 代, are common words too)
        weak_surnames=frozenset(w for w, flag in surnames.entries.items()
                                if len(w) == 1 and flag in ("weak", "context")),
        short={k: v for k, v in short_places(rules).items()
               if (place := gaz.lookup(v)) is not None and place.level not in ("country", "region")},
        short_cues=frozenset(aff["short-cue"]),
        town_glue=frozenset(aff["town-glue"]),
        towns=frozenset(aff["town"]),
        village_marks=frozenset(aff["village-mark"]),
        village_cues=re.compile("|".join(sorted(map(re.escape, aff["village-cue"]), key=len, reverse=True))
                                or "(?!)"),
        communities=frozenset(aff["community"]),
        nations=frozenset(nations(rules)),
        listed=aff["listed"],
        article_stems=_article_stems(gaz, names, stop),
    )


#: the levels of places whose short name an article about them writes alone (开化 of 开化县, 句容 of 句容市)
STEM_LEVELS = frozenset({"county", "prefecture"})


def _article_stems(gaz: Gazetteer, names: frozenset[str], stop: frozenset[str]) -> dict[str, str]:
    """The short names of two or more characters of counties and prefectures that :func:`_readable` leaves
    out, each the one place it most likely means."""
    out = {}
    for name, cands in gaz.by_name.items():
        best = cands[0]
        if len(name) > 1 and name != best.name and best.level in STEM_LEVELS and name not in names \
                and name not in stop:
            out[name] = best.name
    return out


@per_rules
def short_places(rules: RuleSet) -> dict[str, str]:
    """One-character names of places (京, 汉, 华: ``events/short_places``) and the full names they name."""
    return {row.fields[0]: row.fields[1] for row in rules.table("events/short_places").checked(2, 2)}
