"""The place gazetteer: China's divisions and the world, built from the ``places/`` tables of a rule set.

:func:`gazetteer` joins three tables of ``kg/rules/places/`` (and the rows user
files add to them): China's administrative divisions with their adcodes
(``cn-divisions``, from cpca), the countries of ISO 3166-1 with Chinese names
(``countries``, from pycountry) and a hand-written list of common country names,
foreign cities and world regions (``world``). Every division also answers to
its short forms (鄂尔多斯 for 鄂尔多斯市, 内蒙古 for 内蒙古自治区, 准格尔 for 准格尔旗; an autonomous
prefecture or county by its name and unit too, 伊犁州 for 伊犁哈萨克自治州).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.rules import RuleSet, load_rules, per_rules

__all__ = ["AFFIX_KINDS", "CITY_LEVELS", "LEVELS", "Place", "Gazetteer", "affixes", "gazetteer", "nations",
           "short_forms"]

#: Rank of levels when a name is ambiguous: the larger unit wins (吉林 the province).
LEVELS = ("country", "province", "prefecture", "county", "township", "foreign-state",
          "foreign-city", "region", "historical", "place")
_RANK = {lv: i for i, lv in enumerate(LEVELS)}
#: the levels a city (市) has: a municipality ranks as a province, then prefecture-level and county-level
#: cities (a city's own bodies, 市委 and 市政府; its numbered schools, 昆明八中)
CITY_LEVELS = frozenset({"province", "prefecture", "county"})
#: levels whose places news names by their own names, whatever chain the home place is written as (遂溪县,
#: 滕州市)
_OWN_NAME_UNITS = frozenset("县旗市")
#: units an autonomous division's short form keeps (伊犁哈萨克自治州 -> 伊犁州, 长阳土家族自治县 -> 长阳县;
#: not 广西区)
_UNIT_KEPT = frozenset("州县")
#: Kinds of the ``places/affixes`` table.
AFFIX_KINDS = ("admin", "street", "home", "final", "quarter", "drop", "landmark", "short-cue", "town-glue",
               "town", "community", "village-mark", "village-cue", "school-name", "listed", "home-body",
               "region-home", "china", "home-level", "township-level")


@dataclass(frozen=True, order=True)
class Place:
    """One place of the gazetteer.

    ``code`` is the 12-digit adcode for China's divisions, the ISO 3166-1 code for
    countries, None elsewhere. ``short`` holds the other names it answers to.
    """

    name: str
    level: str
    code: str | None = None
    short: tuple[str, ...] = ()
    parent_code: str | None = None
    parent_name: str | None = None


def _by_length(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@per_rules
def affixes(rules: RuleSet) -> dict[str, tuple[str, ...]]:
    """Affix words of the ``places/affixes`` table by kind, longest first."""
    words = rules.table("places/affixes").words_by_kind(AFFIX_KINDS, kind_first=True)
    return {k: _by_length(v) for k, v in words.items()}


def nations(rules: RuleSet) -> tuple[str, ...]:
    """Names of China's nationalities with and without 族, longest first (to strip 壮族自治区)."""
    names = set()
    for word in rules.lexicon("places/nations").entries:
        names.add(word)
        if word.endswith("族") and len(word) > 2:
            names.add(word[:-1])
    return _by_length(names)


def short_forms(name: str, drops: Iterable[str], nations: Iterable[str]) -> tuple[str, ...]:
    """Short forms of a division name: 内蒙古自治区 -> 内蒙古, 恩施土家族苗族自治州 -> 恩施, 恩施州."""
    for drop in drops:
        if name.endswith(drop) and len(name) - len(drop) >= 2:
            base = name[: -len(drop)]
            break
    else:
        return ()
    out = [base]
    if drop.startswith("自治"):
        stripped = True
        while stripped:
            stripped = False
            for nation in nations:
                if base.endswith(nation) and len(base) - len(nation) >= 2:
                    base = base[: -len(nation)]
                    stripped = True
                    break
        if base != out[0]:
            out = [base]  # 广西壮族 is no name people use
        if drop[-1] in _UNIT_KEPT:
            out.append(base + drop[-1])  # 伊犁州, 长阳县: the name and its unit, the nationalities left out
    return tuple(out)


class Gazetteer:
    """Places by code and by every name they answer to; ``home_words`` name the publisher's home place."""

    def __init__(self, places: Iterable[Place], home_words: Iterable[str] = ()):
        self.places = tuple(sorted(places, key=lambda p: (_RANK.get(p.level, 99), p.code or "", p.name)))
        self.home_words = frozenset(home_words)
        self.by_code = {p.code: p for p in self.places if p.code}
        self.by_name: dict[str, list[Place]] = {}
        for p in self.places:
            for name in (p.name, *p.short):
                self.by_name.setdefault(name, []).append(p)
        # an exact canonical name beats a short form (吉林市 is the city even if 吉林 is the province)
        for name, cands in self.by_name.items():
            cands.sort(key=lambda p: (p.name != name, _RANK.get(p.level, 99), p.code or "", p.name))
        self.max_len = max(len(n) for n in self.by_name)

    def __contains__(self, name: str) -> bool:
        return name in self.by_name

    def lookup(self, name: str) -> Place | None:
        """The place a name most likely means, or None."""
        cands = self.by_name.get(name)
        return cands[0] if cands else None

    def place(self, name: str) -> Place:
        """The place a name of the gazetteer most likely means (KeyError for a name it does not hold)."""
        return self.by_name[name][0]

    def candidates(self, name: str) -> tuple[Place, ...]:
        return tuple(self.by_name.get(name, ()))

    def parent(self, place: Place) -> Place | None:
        """The place that contains ``place`` (鄂尔多斯市 -> 内蒙古自治区; 巴黎 -> 法国)."""
        if place.parent_code and place.parent_code in self.by_code:
            return self.by_code[place.parent_code]
        if place.parent_name:
            return self.lookup(place.parent_name)
        return None

    def ancestors(self, place: Place) -> Iterator[Place]:
        """``place`` and every place containing it, innermost first."""
        seen = set()
        cur: Place | None = place
        while cur is not None and cur.name not in seen:
            seen.add(cur.name)
            yield cur
            cur = self.parent(cur)

    def chained(self, name: str) -> Place | None:
        """The innermost place of a name written as a chain of places, each inside the one before it
        (大连市西岗区 -> 西岗区 of 大连市), or None (重庆市长寿区洪湖镇: a town the gazetteer lacks)."""
        for i in range(2, len(name) - 1):
            outer = self.by_name.get(name[:i])
            if not outer:
                continue
            rest = name[i:]
            found = next((p for p in self.by_name.get(rest, ()) if self._inside(p, outer[0])), None) \
                or self.chained(rest)
            if found is not None and self._inside(found, outer[0]):
                return found
        return None

    def _inside(self, place: Place, outer: Place) -> bool:
        return any(a.code == outer.code for a in self.ancestors(place))

    def home(self, word: str, home_place: str | None) -> Place | None:
        """The home place a deictic word names (我市 -> the home city) when the home place is known."""
        if not home_place:
            return None
        home = self.lookup(home_place)
        unit = word[-1]
        if home is None:
            # a chain of places (大连市西岗区): its own level as written, the levels around it known; a
            # county or a county-level city by its own name (湛江市遂溪县 -> 遂溪县, 枣庄市滕州市 -> 滕州市),
            # as news names them: a district's name is a city's to tell (鼓楼区 of many cities)
            own = not home_place.endswith(unit) or unit in _OWN_NAME_UNITS
            home = self.chained(home_place) if own else None
            if home is None or home_place.endswith(unit) and not home.name.endswith(unit):
                return Place(home_place, "place")
        for p in self.ancestors(home):
            if p.name.endswith(unit):
                return p
        # a level the home place is not in: 我省 of a city in an autonomous region, 全市 of a province's paper
        # (a city of it, which one untold) name no place
        return None if unit in ("省", "市", "县", "旗", "州", "盟") else home

    def resolve(self, name: str, home_place: str | None = None) -> Place | None:
        """The place ``name`` means in an article of a paper at ``home_place`` (home words, ambiguity)."""
        if name in self.home_words:
            return self.home(name, home_place)
        cands = self.by_name.get(name)
        if not cands:
            return None
        if home_place and len(cands) > 1:
            home = self.lookup(home_place) or self.chained(home_place)
            if home is not None and home.code:
                code = home.code

                # the candidate sharing the longest code prefix with the home place
                def near(p: Place) -> int:
                    if not p.code or len(p.code) != 12:
                        return 0
                    return next((i for i in (6, 4, 2) if p.code[:i] == code[:i]), 0)

                best = max(cands, key=near)
                if near(best):
                    return best
        return cands[0]


def _read_divisions(rules: RuleSet, nations: tuple[str, ...], drops: tuple[str, ...]) -> Iterator[Place]:
    rows = list(rules.table("places/cn-divisions").checked(3, 4))
    names = {}
    for row in rows:
        code, _name, level = row.fields[:3]
        if len(code) != 12 or not code.isdigit():
            raise row.error(f"adcode must be 12 digits, got {code!r}")
        if level not in _RANK:
            raise row.error(f"unknown level {level!r}")
        names[code] = row.fields[1]
    for row in rows:
        code, name, level = row.fields[:3]
        parent_code = row.fields[3] if len(row.fields) > 3 and row.fields[3] else None
        if parent_code and parent_code not in names:
            raise row.error(f"parent adcode {parent_code} is not in the file")
        parent_name = names[parent_code] if parent_code else "中国"
        yield Place(name, level, code, short_forms(name, drops, nations), parent_code or "CN", parent_name)


def _read_world(rules: RuleSet) -> Iterator[Place]:
    aliases: dict[str, list[str]] = {}
    countries: dict[str, tuple[str, str]] = {}
    for row in rules.table("places/countries").checked(2, 3):
        f = row.fields
        if len(f[0]) != 2 or not f[0].isupper():
            raise row.error(f"expected an ISO 3166-1 alpha-2 code, got {f[0]!r}")
        countries[f[0]] = (f[1], f[2] if len(f) > 2 else "")
    others = []
    for row in rules.table("places/world").checked(2, 4):
        f = row.fields
        name, level = f[0], f[1]
        parent_ref = f[2] if len(f) > 2 and f[2] else None
        alias = tuple(a for a in (f[3].split(",") if len(f) > 3 else ()) if a)
        if level not in _RANK:
            raise row.error(f"unknown level {level!r}")
        if level == "country":
            if parent_ref not in countries:
                raise row.error(f"country {name} names unknown ISO code {parent_ref!r}")
            aliases.setdefault(parent_ref, []).extend((name, *alias))
        else:
            others.append((row, name, level, parent_ref, alias))
    canonical = {}
    for code, (name, official) in sorted(countries.items()):
        if code in ("TW", "HK", "MO"):  # divisions of China in cn-divisions.tsv
            continue
        extra = aliases.get(code, [])
        # the common name is canonical: 伊朗, not 伊朗伊斯兰共和国; and the hand-written name, not one of
        # the same length the ISO data spells otherwise (柬埔寨, not 柬埔塞; 危地马拉, 马耳他)
        main = extra[0] if extra and len(extra[0]) <= len(name) else name
        short = tuple(dict.fromkeys(s for s in (name, official, *extra) if s and s != main))
        canonical[code] = main
        yield Place(main, "country", code, short)
    for row, name, level, parent_ref, alias in others:
        if parent_ref and parent_ref not in canonical:
            raise row.error(f"unknown parent {parent_ref!r}")
        yield Place(name, level, None, alias, parent_ref, canonical.get(parent_ref) if parent_ref else None)


@per_rules
def _gazetteer(rules: RuleSet) -> Gazetteer:
    aff = affixes(rules)
    places = list(_read_divisions(rules, nations(rules), aff["drop"]))
    places.extend(_read_world(rules))
    return Gazetteer(places, aff["home"])


def gazetteer(rules: RuleSet | None = None) -> Gazetteer:
    """The gazetteer of a rule set (the built-in rules when None), built once per rule set."""
    return _gazetteer(rules if rules is not None else load_rules())
