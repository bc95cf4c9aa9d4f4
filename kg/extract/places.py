"""Places (LOC): a gazetteer of China's divisions and the world, read over jieba tokens.

The gazetteer (:func:`gazetteer`) joins three data files of ``kg/rules/places/``:
China's administrative divisions with their adcodes (``cn-divisions.tsv``, from
cpca), the countries of ISO 3166-1 with Chinese names (``countries.tsv``, from
pycountry) and a hand-written list of common country names, foreign cities and
world regions (``world.tsv``). Every division also answers to its short forms
(鄂尔多斯 for 鄂尔多斯市, 内蒙古 for 内蒙古自治区, 准格尔 for 准格尔旗).

:func:`extract_places` reads the jieba tokens of a view. A place is a run of
tokens whose text is a gazetteer name (longest first, on token boundaries), or a
token jieba's dictionary tags ``ns`` that is no common word (``not-places.txt``);
a unit word after it joins it (双泾 + 村). A place followed by a street word is a
street (广东路), not the province. 我市, 全区 ... name the publisher's home place
(``ctx.place``) and are kept only when it is known. People's Daily counts each
place token apart (北京 东直门 = two places), which is what tokens give.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import RuleError
from kg.extract.context import Context
from kg.model import Mention
from kg.nlp.normalize import View
from kg.nlp.tokenize import Token, tokenize

__all__ = [
    "Place",
    "Gazetteer",
    "gazetteer",
    "lookup",
    "parent",
    "resolve",
    "extract_places",
    "tagged",
    "Token",
    "user_spans",
]

RULES = Path(__file__).resolve().parent.parent / "rules" / "places"

#: Rank of levels when a name is ambiguous: the larger unit wins (吉林 the province).
LEVELS = ("country", "province", "prefecture", "county", "township", "foreign-state",
          "foreign-city", "region", "historical", "place")
_RANK = {lv: i for i, lv in enumerate(LEVELS)}


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


def read_table(path: Path, min_cols: int, max_cols: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a ``#``-commented TSV file, checking the field count."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise RuleError(f"cannot read rule file ({exc.strerror})", str(path)) from None
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        while len(fields) > min_cols and fields[-1] == "":
            fields.pop()
        if not min_cols <= len(fields) <= max_cols or not fields[0].strip():
            raise RuleError(
                f"expected {min_cols} to {max_cols} tab-separated fields, got {len(fields)}", str(path), n
            )
        yield n, [f.strip() for f in fields]


def read_words(path: Path) -> list[str]:
    """Words of a one-word-a-line lexicon (``#`` comments)."""
    out = []
    for n, fields in read_table(path, 1, 1):
        if " " in fields[0]:
            raise RuleError("a word may not contain spaces", str(path), n)
        out.append(fields[0])
    return out


@functools.cache
def affixes() -> dict[str, tuple[str, ...]]:
    """Affix words of ``affixes.tsv`` by kind (admin, street, home, final, quarter, drop, landmark)."""
    path = RULES / "affixes.tsv"
    kinds: dict[str, list[str]] = {
        k: [] for k in ("admin", "street", "home", "final", "quarter", "drop", "landmark")}
    for n, (kind, word) in read_table(path, 2, 2):
        if kind not in kinds:
            raise RuleError(f"unknown affix kind {kind!r} (expected {', '.join(kinds)})", str(path), n)
        kinds[kind].append(word)
    return {k: tuple(sorted(v, key=lambda w: (-len(w), w))) for k, v in kinds.items()}


def _nations() -> tuple[str, ...]:
    """Names of China's nationalities with and without 族, longest first (to strip 壮族自治区)."""
    path = RULES / "nations.txt"
    names = set()
    for word in read_words(path):
        names.add(word)
        if word.endswith("族") and len(word) > 2:
            names.add(word[:-1])
    return tuple(sorted(names, key=lambda w: (-len(w), w)))


def short_forms(name: str, drops: Iterable[str], nations: Iterable[str]) -> tuple[str, ...]:
    """Short forms of a division name: 内蒙古自治区 -> 内蒙古, 恩施土家族苗族自治州 -> 恩施."""
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
    return tuple(out)


class Gazetteer:
    """Places by code and by every name they answer to."""

    def __init__(self, places: Iterable[Place]):
        self.places = tuple(sorted(places, key=lambda p: (_RANK.get(p.level, 99), p.code or "", p.name)))
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

    def home(self, word: str, ctx: Context | None) -> Place | None:
        """The home place a deictic word names (我市 -> the home city), from ``ctx.place``."""
        if ctx is None or not ctx.place:
            return None
        home = self.lookup(ctx.place)
        if home is None:
            return Place(ctx.place, "place")
        unit = word[-1]
        for p in self.ancestors(home):
            if p.name.endswith(unit):
                return p
        # a level the home place is not in: 我省 of a city in an autonomous region names no place
        return None if unit in ("省", "县", "旗", "州", "盟") else home

    def resolve(self, name: str, ctx: Context | None = None) -> Place | None:
        """The place ``name`` means in an article: home words and ambiguity resolved with ``ctx.place``."""
        if name in affixes()["home"]:
            return self.home(name, ctx)
        cands = self.by_name.get(name)
        if not cands:
            return None
        if ctx is not None and ctx.place and len(cands) > 1:
            home = self.lookup(ctx.place)
            if home is not None and home.code:
                # the candidate sharing the longest code prefix with the home place
                def near(p: Place) -> int:
                    if not p.code or len(p.code) != 12:
                        return 0
                    return next((i for i in (6, 4, 2) if p.code[:i] == home.code[:i]), 0)

                best = max(cands, key=near)
                if near(best):
                    return best
        return cands[0]


def _read_divisions(nations: tuple[str, ...], drops: tuple[str, ...]) -> Iterator[Place]:
    path = RULES / "cn-divisions.tsv"
    rows = list(read_table(path, 3, 4))
    names = {}
    for n, f in rows:
        if len(f[0]) != 12 or not f[0].isdigit():
            raise RuleError(f"adcode must be 12 digits, got {f[0]!r}", str(path), n)
        if f[2] not in _RANK:
            raise RuleError(f"unknown level {f[2]!r}", str(path), n)
        names[f[0]] = f[1]
    for n, f in rows:
        code, name, level = f[0], f[1], f[2]
        parent_code = f[3] if len(f) > 3 and f[3] else None
        if parent_code and parent_code not in names:
            raise RuleError(f"parent adcode {parent_code} is not in the file", str(path), n)
        parent_name = names[parent_code] if parent_code else "中国"
        yield Place(name, level, code, short_forms(name, drops, nations), parent_code or "CN", parent_name)


def _read_world() -> Iterator[Place]:
    path = RULES / "countries.tsv"
    aliases: dict[str, list[str]] = {}
    countries: dict[str, tuple[str, str]] = {}
    for n, f in read_table(path, 2, 3):
        if len(f[0]) != 2 or not f[0].isupper():
            raise RuleError(f"expected an ISO 3166-1 alpha-2 code, got {f[0]!r}", str(path), n)
        countries[f[0]] = (f[1], f[2] if len(f) > 2 else "")
    path = RULES / "world.tsv"
    others = []
    for n, f in read_table(path, 2, 4):
        name, level = f[0], f[1]
        parent_ref = f[2] if len(f) > 2 and f[2] else None
        alias = tuple(a for a in (f[3].split(",") if len(f) > 3 else ()) if a)
        if level not in _RANK:
            raise RuleError(f"unknown level {level!r}", str(path), n)
        if level == "country":
            if parent_ref not in countries:
                raise RuleError(f"country {name} names unknown ISO code {parent_ref!r}", str(path), n)
            aliases.setdefault(parent_ref, []).extend((name, *alias))
        else:
            others.append((n, name, level, parent_ref, alias))
    canonical = {}
    for code, (name, official) in sorted(countries.items()):
        if code in ("TW", "HK", "MO"):  # divisions of China in cn-divisions.tsv
            continue
        extra = aliases.get(code, [])
        # the common name is canonical: 伊朗, not 伊朗伊斯兰共和国
        main = extra[0] if extra and len(extra[0]) < len(name) else name
        short = tuple(dict.fromkeys(s for s in (name, official, *extra) if s and s != main))
        canonical[code] = main
        yield Place(main, "country", code, short)
    for n, name, level, parent_ref, alias in others:
        if parent_ref and parent_ref not in canonical:
            raise RuleError(f"unknown parent {parent_ref!r}", str(path), n)
        yield Place(name, level, None, alias, parent_ref, canonical.get(parent_ref) if parent_ref else None)


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer of ``kg/rules/places/``, loaded once."""
    drops = affixes()["drop"]
    places = list(_read_divisions(_nations(), drops))
    places.extend(_read_world())
    return Gazetteer(places)


def lookup(name: str) -> Place | None:
    """The place a name most likely means (鄂尔多斯 -> 鄂尔多斯市), or None."""
    return gazetteer().lookup(name)


def parent(place: Place) -> Place | None:
    """The place containing ``place``, or None."""
    return gazetteer().parent(place)


def resolve(name: str, ctx: Context | None = None) -> Place | None:
    """The place ``name`` means in an article with context ``ctx`` (我市 -> ctx.place)."""
    return gazetteer().resolve(name, ctx)


# --- tokens -------------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=16)
def tagged(text: str) -> tuple[Token, ...]:
    """jieba tokens of ``text`` with tags and offsets, cached: places and orgs read the same text."""
    return tuple(tokenize(text))


@functools.cache
def _not_places() -> frozenset[str]:
    return frozenset(read_words(RULES / "not-places.txt"))


@functools.lru_cache(maxsize=65536)
def _dict_tag(word: str) -> str | None:
    """jieba's dictionary tag of ``word`` when it is one dictionary word, else None."""
    import rjieba

    toks = rjieba.tag(word)
    return toks[0][1] if len(toks) == 1 else None


@functools.cache
def _extractable() -> frozenset[str]:
    """Gazetteer names safe to read as places in running text.

    Short forms of counties are often common words (和平 of 和平区, 合作 of 合作市,
    前进 of 前进区): they count only where jieba's dictionary tags them ns or lacks them.
    """
    gaz = gazetteer()
    stop = _not_places()
    out = set()
    for name, cands in gaz.by_name.items():
        if len(name) < 2 or name in stop:
            continue
        best = cands[0]
        if best.name == name or best.level not in ("county", "township"):
            out.add(name)
        elif _dict_tag(name) in (None, "ns", "nrt"):
            out.add(name)
    return frozenset(out)


def _ns_place(word: str) -> bool:
    """Whether a token jieba tags ns looks like a place name (长江, 青藏高原, 陕北), not a common word."""
    aff = affixes()
    if len(word) < 2 or word in _not_places() or word.endswith("地区"):
        return False  # 欧洲地区 is 欧洲 and a noun (People's Daily); 周边地区 no place
    if any(word.endswith(f) and len(word) > len(f) for f in aff["final"]):
        return True
    directions = ("东", "南", "西", "北", "中", "东南", "西北", "西南", "东北")
    return len(word) in (2, 3) and word[0] in aff["quarter"] and word[1:] in directions


@functools.cache
def _affix_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    aff = affixes()
    return frozenset(aff["admin"]), frozenset(aff["street"]), frozenset(aff["home"])


def place_spans(text: str, ctx: Context | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, key, rule) of the places of ``text`` (view offsets), in order, not overlapping."""
    gaz = gazetteer()
    admin, street, home = _affix_sets()
    names = _extractable()
    first_chars = _longest_from()
    toks = tagged(text)
    from kg.extract.orgs import facility_spans  # orgs reads places: imported late

    user = user_spans(text, ctx, "places/places", "places.user")
    user += [f for f in facility_spans(text, ctx) if all(f[1] <= a or f[0] >= b for a, b, _, _ in user)]
    taken = {t for a, b, _, _ in user for t in range(a, b)}
    out: list[tuple[int, int, str, str]] = list(user)
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        if tok.start in taken or tok.end - 1 in taken:
            i += 1
            continue
        # home words: 我市 is one token or two (我 + 市)
        w = tok.word if tok.word in home else ""
        if not w and tok.word in ("我", "全", "本") and i + 1 < n and tok.word + toks[i + 1].word in home:
            w = tok.word + toks[i + 1].word
        if w:
            place = gaz.home(w, ctx)
            if place is not None:
                out.append((tok.start, tok.start + len(w), place.name, "places.home"))
            i += 1 if w == tok.word else 2
            continue
        sight_next = i + 1 < n and toks[i + 1].word in _SIGHT_CHARS
        if tok.word[0] not in first_chars and tok.tag != "ns" and len(tok.word) < 3 and not sight_next:
            i += 1  # fast path: most tokens start no place name
            continue
        j, key, rule = _match_at(text, i, toks, gaz, names)
        if j is None:
            lead = _leading_place(tok.word, tok.tag, names)
            if lead:
                # 台湾同胞, 香港回归, 东亚国家: jieba's word starts with a place
                out.append((tok.start, tok.start + len(lead), gaz.lookup(lead).name, "places.prefix"))
            i += 1
            continue
        if j < n and toks[j].word in ("盘", "盘口") and gaz.lookup(key) and gaz.lookup(key).level == "region":
            i = j  # 亚洲盘, 欧洲盘: the Asian or European handicap of a betting column, no place
            continue
        if j == i + 1 and len(tok.word) == 2 and i > 0 and _surname_before(toks[i - 1]):
            i += 1  # 李 + 永春, 蔡 + 朝阳: a given name that reads as a place
            continue
        end = toks[j - 1].end
        cut = _street_len(toks[j].word, street) if j < n else 0
        if cut:
            # 广东路 is a street: the street is the place, never the province
            out.append((tok.start, toks[j].start + cut, text[tok.start:toks[j].start + cut], "places.street"))
            i = j + 1
            continue
        if j < n and toks[j].word in admin and len(key) >= 2:
            full = text[tok.start:toks[j].end]
            place = gaz.lookup(full)
            key = place.name if place else full
            end, j, rule = toks[j].end, j + 1, rule + "+unit"
        out.append((tok.start, end, key, rule))
        i = j
    return sorted(out)


@functools.cache
def _surnames() -> frozenset[str]:
    """Single-character surnames of ``people/surnames.txt`` that are no common word on their own."""
    path = RULES.parent / "people" / "surnames.txt"
    return frozenset(f[0] for _, f in read_table(path, 1, 2) if len(f[0]) == 1 and f[1:] != ["weak"])


def _surname_before(tok: Token) -> bool:
    """Whether ``tok`` is a lone surname jieba tags as a name (李 of 李永春 split as 李 + 永春)."""
    return len(tok.word) == 1 and tok.tag == "nr" and tok.word in _surnames()


def user_spans(text: str, ctx: Context | None, lexicon: str, rule: str) -> list[tuple[int, int, str, str]]:
    """Occurrences of the words of a user lexicon (``--rules`` file with ``# lexicon: places/places``).

    Longest first and not overlapping; the key is the word itself.
    """
    rules = getattr(ctx, "rules", None)
    if rules is None or not hasattr(rules, "lexicon"):
        return []
    words = sorted(rules.lexicon(lexicon).entries, key=lambda w: (-len(w), w))
    found: list[tuple[int, int, str, str]] = []
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            end = pos + len(word)
            if all(end <= a or pos >= b for a, b, _, _ in found):
                found.append((pos, end, word, rule))
            pos = text.find(word, pos + 1)
    return sorted(found)


def _leading_place(word: str, tag: str, names: frozenset[str]) -> str:
    """The place a dictionary word starts with when the rest is a common word (台湾 of 台湾同胞), else ''."""
    if len(word) < 4 or tag in ("nr", "nrt", "nrfg"):
        return ""
    for e in range(len(word) - 2, 1, -1):
        lead, rest = word[:e], word[e:]
        common = not _oov(rest) and _dict_tag(rest) not in ("ns", "nr")
        if lead in names and common and rest[0] not in "路街道":
            return lead
    return ""


def _street_len(word: str, street: frozenset[str]) -> int:
    """Length of the street word that ``word`` is or starts (路, 路上, 路上车 -> 1), else 0."""
    if word in street:
        return len(word)
    # 路上, 路口 after a place; not 街头 (拉萨街头 are the streets of Lhasa)
    if len(word) > 1 and word[0] in street and ((word[0] == "路" and word[1] in "上口段边旁") or _oov(word)):
        return 1
    return 0


@functools.lru_cache(maxsize=65536)
def _oov(word: str) -> bool:
    """A word jieba joined by its HMM, outside its dictionary (路上车, 华景, 伊泰)."""
    import rjieba

    return len(word) >= 2 and len(rjieba.cut(word, False)) > 1


def _unit_word(word: str, tag: str) -> bool:
    """A village, town or county written as one token that jieba does not call ns (双泾村, 高都镇)."""
    return (
        len(word) >= 3
        and word[-1] in "村镇乡县"
        and word[-2:] not in ("家乡", "农村", "之乡", "城乡", "山村", "渔村", "乡村", "新村")
        and tag in ("n", "nz", "nr", "nrt")
        and word not in _not_places()
        and (_oov(word[:-1]) or _dict_tag(word[:-1]) in ("ns", "nr", "nrt", "nz"))
    )


@functools.cache
def _longest_from() -> dict[str, int]:
    """Length of the longest readable place name by first character: most tokens start none."""
    out: dict[str, int] = {}
    for name in _extractable():
        out[name[0]] = max(out.get(name[0], 0), len(name))
    return out


def _match_at(text, i, toks, gaz, names):
    """Longest gazetteer name at token ``i`` ending on a token boundary, else a jieba ns token."""
    tok = toks[i]
    longest = _longest_from().get(text[tok.start], 0)
    j = i
    while j + 1 < len(toks) and toks[j + 1].end - tok.start <= longest:
        j += 1
    for k in range(j, i - 1, -1):  # longest first, ending on a token boundary
        name = text[tok.start:toks[k].end]
        if name in names:
            return k + 1, gaz.lookup(name).name, "places.gazetteer"
    if tok.tag == "ns" and _ns_place(tok.word):
        return i + 1, tok.word, "places.jieba-ns"
    if _unit_word(tok.word, tok.tag):
        return i + 1, tok.word, "places.unit-word"
    if _landmark(tok.word, tok.tag):
        return i + 1, tok.word, "places.landmark"
    if i + 1 < len(toks) and _landmark_pair(tok, toks[i + 1]):
        return i + 2, tok.word + toks[i + 1].word, "places.landmark"
    return None, "", ""


#: One-character sight words that make a sight of the noun before them (水晶 + 岛, 灵应 + 寺, 情人 + 滩).
_SIGHT_CHARS = frozenset("岛寺庙洞滩湾礁阁祠")


def _landmark_pair(tok: Token, nxt: Token) -> bool:
    """A sight written as a two-character noun and a one-character sight word: 鳄鱼岛, 佛爷洞, 情人滩."""
    return (
        nxt.word in _SIGHT_CHARS
        and nxt.start == tok.end
        and len(tok.word) == 2
        and tok.tag in ("n", "nz", "nr", "nrt")
        and tok.word not in _not_places()
    )


#: Last characters of landmarks that are also common in given names (王金山, 李春湖, 彭嘉陵).
_NAME_FINALS = frozenset("山峰岭湖桥湾岛谷陵")


def _landmark(word: str, tag: str) -> bool:
    """A sight jieba reads as one name word: 古琼寺, 泰姬陵, 陶波湖 (``landmark`` affixes)."""
    if len(word) < 3 or tag not in ("nr", "nrt", "nz") or word[-1] not in affixes()["landmark"]:
        return False
    if word in _not_places():
        return False
    return not (word[-1] in _NAME_FINALS and tag != "nz" and word[0] in _surnames())


def extract_places(view: View, ctx: Context) -> Iterator[Mention]:
    """LOC mentions of ``view`` (source offsets), key = the canonical place name."""
    for start, end, key, rule in place_spans(view.text, ctx):
        a, b = view.to_source(start, end)
        yield Mention(a, b, "LOC", view.source[a:b], rule=rule, key=key)
