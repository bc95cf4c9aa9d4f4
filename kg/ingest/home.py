"""Guess a page's home place: the city whose paper says 我市 and 市委.

A local paper writes 我市, 全市, 市委, 市政府 for its own city and names that city
more often than any other. When the input gives no ``place`` (JSONL key or
``--place``), the prefecture-level city the page names most often is taken as
home, provided the page uses such home words at all. A county-level city (台山市, written in full) counts
too: its paper writes 市委 for its own committee, and a page naming it more often than its prefecture is
its page. A page with no such words that names Hong Kong's or Macao's government or itself as their own press
does (特区政府, 本港, 全澳) is that region's page.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from kg.extract.placenames import short_places
from kg.nlp.normalize import to_simplified, written_as
from kg.rules import load_rules
from kg.rules.places import affixes, gazetteer

__all__ = ["infer_place"]

def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))))


@cache
def _press_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str],
                            frozenset[str]]:
    """The words of a city's own paper (我市, 市委: ``places/affixes`` kinds 'home' of a city and
    'home-body'), those of a region's own press (本港, 特区政府: 'region-home'), and what names each region
    there: its names (香港) and its press's words for it (本港, whose last character is its short name:
    ``events/short_places``), and each of these to the region's full name; and the characters a text
    needs for a region's press word to open there once simplified (本, 特 and their traditional forms)."""
    rules = load_rules()
    words = affixes(rules)
    city = [w for w in words["home"] if w.endswith("市")] + list(words["home-body"])
    short = short_places(rules)
    regions: dict[str, str] = {}
    for word in words["region-home"]:
        place = gazetteer().lookup(short.get(word[-1], ""))
        if place is not None:
            regions.update(dict.fromkeys((word, place.name, *place.short), place.name))
    return _alternation(city), _alternation(words["region-home"]), _alternation(regions), regions, \
        written_as(w[0] for w in words["region-home"])


@cache
def _city_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for p in gazetteer().places:
        county_city = p.level == "county" and p.name.endswith("市")
        if p.level != "prefecture" and not county_city:
            continue
        for n in (p.name,) if county_city else (p.name, *p.short):
            if len(n) >= 2:
                names.setdefault(n, p.name)
    return _alternation(names), names


def infer_place(text: str, min_mentions: int = 2) -> str | None:
    """The home city of a page, or None when it does not speak of one.

    >>> infer_place("鄂尔多斯市中心医院。我市推进。鄂尔多斯接轨。呼和浩特市召开。")
    '鄂尔多斯市'
    >>> infer_place("北京市和上海市。") is None
    True
    >>> infer_place("江门台山市侨代会闭幕。据江门市消息，台山市委书记出席，台山市侨联主席讲话。")
    '台山市'
    >>> infer_place("连云港市与南京师范大学签约。我市连云港港区，南京师范大学、南京大学专家出席。")
    '连云港市'

    """
    if not _press_words()[0].search(text):
        return _sar_home(text)
    pattern, names = _city_pattern()
    school = affixes(load_rules())["school-name"]  # 南京 + 师范大学: a visitor's city, not the page's
    counts = Counter(names[m.group()] for m in pattern.finditer(text) if not text.startswith(school, m.end()))
    if not counts:
        return None
    name, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    return name if n >= min_mentions else None


def _sar_home(text: str) -> str | None:
    """The special administrative region a page is the home press of: it names its government or itself so
    (特区政府, 本港: :func:`_press_words`) and names that region more often than the other; None otherwise.
    Traditional characters count as their simplified ones (特區政府, 澳門).

    >>> _sar_home("行政長官今日出席典禮。特區政府將推出措施，香港經濟穩定。")
    '香港特别行政区'
    >>> _sar_home("香港和澳门的代表出席。") is None
    True
    """
    _, words, names, regions, openings = _press_words()
    if openings.isdisjoint(text):
        return None  # no press word can open anywhere (most texts: not simplified for nothing)
    text = to_simplified(text, force=True)
    if not words.search(text):
        return None
    counts = Counter(regions[m.group()] for m in names.finditer(text))
    if not counts:
        return None
    (name, n), *rest = counts.most_common()
    return name if not rest or rest[0][1] < n else None
