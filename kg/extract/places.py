"""Places (LOC): the gazetteer of a rule set (``kg.rules.places``), read over jieba tokens.

:func:`extract_places` reads the jieba tokens of a view. A place is a run of
tokens whose text is a gazetteer name (longest first, on token boundaries), or a
token jieba's dictionary tags ``ns`` that is no common word (``not-places.txt``);
a unit word after it joins it (双泾 + 村). A place followed by a street word is a
street (广东路), not the province. One jieba word of a place and a place inside
it is two places (法国巴黎), of a place and 人 or 籍 the place (温州人). 我市, 全区 ...
name the publisher's home place (``ctx.place``) and are kept only when it is known. People's Daily counts each
place token apart (北京 东直门 = two places), which is what tokens give.
"""
from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, compress
from operator import itemgetter

from kg.extract.context import Context
from kg.extract.engine import is_han, rules_of, user_spans
from kg.extract.orgs import facility_spans
from kg.extract.placenames import SHORT_PLACE_RULE, STEM_LEVELS, PlaceNames, place_names
from kg.extract.titles import titles_of
from kg.model import Mention
from kg.nlp.normalize import View
from kg.nlp.tokenize import Columns, Token, columns, dict_tag, is_oov, tokenize
from kg.nlp.wordset import WordSet
from kg.rules import RuleSet, per_rules
from kg.rules.places import Gazetteer, Place, gazetteer

__all__ = ["RULE_PRIORITIES", "lookup", "parent", "resolve", "extract_places", "place_spans"]

#: Priorities the combiner adds to the rank of this module's candidates (kg.extract.resolve): a place known
#: only by the tagger's ns tag, in no gazetteer, ranks below a person (LOC 30 - 25 < PER 10), so that a name
#: read from its context over the same characters wins (记者 + 安江, 副局长 + 葛治洲, 作家 + 许地山)
RULE_PRIORITIES = {"places.jieba-ns": -25}


def lookup(name: str, rules: RuleSet | None = None) -> Place | None:
    """The place a name most likely means (鄂尔多斯 -> 鄂尔多斯市), or None."""
    return gazetteer(rules).lookup(name)


def parent(place: Place, rules: RuleSet | None = None) -> Place | None:
    """The place containing ``place``, or None."""
    return gazetteer(rules).parent(place)


def resolve(name: str, ctx: Context | None = None) -> Place | None:
    """The place ``name`` means in an article with context ``ctx`` (我市 -> ctx.place)."""
    return gazetteer(rules_of(ctx)).resolve(name, ctx.place if ctx is not None else None)


def place_spans(text: str, ctx: Context | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, key, rule) of the places of ``text`` (view offsets), in order, not overlapping."""
    rules = rules_of(ctx)
    pn = place_names(rules)
    gaz, admin, street, home = pn.gaz, pn.admin, pn.street, pn.home
    toks, cols = tokenize(text), columns(text)

    user = user_spans(text, ctx, "places/places", "places.user")
    user += [f for f in facility_spans(text, ctx) if all(f[1] <= a or f[0] >= b for a, b, _, _ in user)]
    user += [f for f in _town_spans(text, toks, cols, rules)
             if all(f[1] <= a or f[0] >= b for a, b, _, _ in user)]
    user += [f for f in _divisions_abroad(text, toks, rules)
             if all(f[1] <= a or f[0] >= b for a, b, _, _ in user)]
    taken = {t for a, b, _, _ in user for t in range(a, b)}
    out: list[tuple[int, int, str, str]] = list(user)
    # the longest gazetteer name at each token start that ends on a token boundary, found in one pass
    names_at, name_starts = pn.names_at(text, set(cols.starts), set(cols.ends))
    i, n = 0, len(toks)
    for c in _candidates(cols, names_at, name_starts, _words(rules)):
        if c < i:
            continue  # inside the place found before
        i = c
        tok = toks[i]
        if tok.start in taken or tok.end - 1 in taken:
            i += 1
            continue
        # home words: 我市 is one token or two (我 + 市)
        w = tok.word if tok.word in home else ""
        if not w and tok.word in _HOME_FIRST and i + 1 < n and tok.word + toks[i + 1].word in home:
            w = tok.word + toks[i + 1].word
        if w:
            place = gaz.home(w, ctx.place if ctx is not None else None)
            if place is not None:
                out.append((tok.start, tok.start + len(w), place.name, "places.home"))
            i += 1 if w == tok.word else 2
            continue
        if i + 1 < n and _unit_cut(tok, toks[i + 1], names_at, pn):
            # 岩坦 + 镇山 + 早村: jieba gave the town's unit to the word after it, which is no place
            out.append((tok.start, tok.end + 1, tok.word + toks[i + 1].word[0], "places.unit-cut"))
            i += 2
            continue
        j, key, rule = _match_at(i, toks, names_at, text, pn)
        if rule == "places.unit-word" and i > 0 and _person(tok.word, tok.tag, pn) \
                and titles_of(rules).parse(toks[i - 1].word) is not None:
            j = None  # 副市长 + 李建镇/nr: a name after a post's title, a surname and no village's mark
        glued = _glued(tok.word, pn) if j is None or rule == "places.jieba-ns" else []
        if glued:  # 法国巴黎, 中国香港 (an ns word ending like a place): two places
            out.extend((tok.start + a, tok.start + b, key, rule) for a, b, key, rule in glued)
            i += 1
            continue
        if j is None:
            lead = _leading_place(tok.word, tok.tag, pn.names)
            if lead:
                # 台湾同胞, 香港回归, 东亚国家: jieba's word starts with a place
                out.append((tok.start, tok.start + len(lead), gaz.place(lead).name, "places.prefix"))
            i += 1
            continue
        known = gaz.lookup(key)
        if j < n and toks[j].word in ("盘", "盘口") and known is not None and known.level == "region":
            i = j  # 亚洲盘, 欧洲盘: the Asian or European handicap of a betting column, no place
            continue
        if j == i + 1 and len(tok.word) == 2 and i > 0 and _surname_before(toks[i - 1], pn):
            i += 1  # 李 + 永春, 蔡 + 朝阳: a given name that reads as a place
            continue
        if j == i + 1 and len(tok.word) == 2 and i > 0 and _verb_after_name(tok.word, toks[i - 1], rules):
            i += 1  # 李强 + 任县/r + 教育局: the verb 任 and a body's 县, not 任县 of 邢台
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
        elif j < n and toks[j].word == "地区" and known is not None and _divided(known):
            end, j, rule = toks[j].end, j + 1, rule + "+unit"  # 张家口 + 地区: one place, the prefecture
        if j < n and toks[j].word == _CAPITAL_TAIL and text[end - 1] == _PROVINCE and end - tok.start > 2:
            end -= 1  # 贵州省 + 会/v: 省会 (the capital) was cut by the tagger; the province is 贵州
        out.append((tok.start, end, key, rule))
        i = j
        k = _foreign_city(toks, j, end, names_at, pn) if known is not None and known.level == "country" \
            and known.code != "CN" else None
        if k is not None:  # 菲律宾 + 碧瑶市: a city the gazetteer lacks, written as a name and 市
            out.append((end, toks[k - 1].end, text[end:toks[k - 1].end], FOREIGN_CITY_RULE))
            i = k
    # the readers after the main pass, in order: each span that overlaps none read before it (by the main pass
    # or an earlier reader); a reader may look at what the ones before it read (``out`` grows as they go)
    for s in chain(_short_names(toks, pn, _own_shorts(out, ctx, pn)), _towns(toks, pn),
                   _cities_again(text, toks, out),
                   _listed(text, toks, pn), _stems_of_article(toks, out, ctx, pn),
                   _villages_after_cues(text, pn), _villages_after_towns(text, out, pn)):
        if all(s[1] <= a or s[0] >= b for a, b, _, _ in out):
            out.append(s)
    return sorted(out)


# 省 + 会: the word for a province's capital (省会), which the tagger cuts after a province's name
_PROVINCE, _CAPITAL_TAIL = "省", "会"
# what joins the names of a list of places (A、B和C)
_LIST_MARKS = frozenset(("、", "和", "及"))
# tags of words that name no place in a list (等, 和, 其他, 三个)
_ETC = "等"
_NOT_LISTED_TAGS = frozenset({"p", "c", "u", "d", "r", "m", "q", "f", "x"})
# first letters of the tags of a noun the kind word may modify (等县领导), then no list of places
_MODIFIED_TAGS = frozenset("njz")


def _listed(text: str, toks: tuple[Token, ...], pn: PlaceNames) -> Iterator[tuple[int, int, str, str]]:
    """The names of a list of two or more closed by 等 and a kind of place (``pn.listed``: 舞泉、辛安、侯集等
    乡镇, 东山、西岭和北坡等村): each word of two or three characters is a place."""
    at: dict[int, int] = {}
    for i in compress(range(len(toks)), map(_ETC.__eq__, map(_WORD, toks))):
        tok = toks[i]
        at = at or {t.start: k for k, t in enumerate(toks)} | {len(text): len(toks)}
        kind = next((k for k in pn.listed if text.startswith(k, tok.end)), "")
        after = at.get(tok.end + len(kind)) if kind else None
        if after is None or after < len(toks) and toks[after].tag[:1] in _MODIFIED_TAGS:
            continue  # 等村民, 等县领导: the kind word is part of a noun or modifies one, naming no places
        items: list[Token] = []
        j = i - 1
        while j >= 0 and 2 <= len(toks[j].word) <= 3 and toks[j].tag not in _NOT_LISTED_TAGS \
                and toks[j].word not in pn.not_places:
            items.append(toks[j])
            if j < 1 or toks[j - 1].word not in _LIST_MARKS:
                break
            j -= 2
        if len(items) > 1:
            yield from ((t.start, t.end, t.word, "places.listed") for t in reversed(items))


def _cities_again(text: str, toks: tuple[Token, ...], found: list[tuple[int, int, str, str]]
                  ) -> Iterator[tuple[int, int, str, str]]:
    """The other occurrences of the foreign cities read after their country (菲律宾碧瑶市 … 碧瑶市市长说): the
    same name written again, from a word's start (one sense per article)."""
    cities = {name for _, _, name, rule in found if rule == FOREIGN_CITY_RULE}
    if not cities:
        return
    starts = {t.start for t in toks}
    for name in sorted(cities):
        for m in re.finditer(re.escape(name), text):
            if m.start() in starts:
                yield m.start(), m.end(), name, FOREIGN_CITY_RULE


def _stems_of_article(toks: tuple[Token, ...], found: list[tuple[int, int, str, str]], ctx: Context | None,
                      pn: PlaceNames) -> Iterator[tuple[int, int, str, str]]:
    """A county's or prefecture's short name that is a common word too (开化/v of 开化县, 门头沟/n, 句容/n:
    ``pn.article_stems``, not read alone in running text) is the place in an article about it: one the
    article names in full as a place (开化县 …, 开化) or the publisher's home (one sense per article). The
    short name must be a token of its own, not after a lone surname (李 + 开化) nor before a unit (辛集 +
    镇 is a town)."""
    about = {key for _, _, key, _ in found} | ({ctx.place} if ctx is not None and ctx.place else set())
    stems = pn.article_stems
    for i in compress(range(len(toks)), map(stems.__contains__, map(_WORD, toks))):
        tok = toks[i]
        name = stems[tok.word]
        if name in about and not (i and _surname_before(toks[i - 1], pn)) \
                and not (i + 1 < len(toks) and toks[i + 1].word[0] in pn.levels):
            yield tok.start, tok.end, name, _STEM_RULE


_STEM_RULE = "places.article-stem"


# a village's name of two or three characters and 村, or a community's of two to four and 社区, written
# right after its town or street (东峤镇 + 铁炉村, 颍西街道 + 振兴社区) or after a village or community in a
# list (南峰村、望山村); not 村 opening a word (村委, 村民, 村里: the village's body or people) nor 社区
# opening a body's name or a title (社区居委会, 社区党委, 社区卫生服务中心, 社区书记)
_VILLAGE = re.compile(r"([\u4e00-\u9fff]{2,3})村(?![委民级务干里庄落口头镇社])"
                      r"|([\u4e00-\u9fff]{2,4})社区(?![居党卫服书主工网])")
# ... nor a count, a particle or a common word before 村 (各村, 这个村, 新农村, 美丽乡村, 到村, 走访了X村)
_NOT_IN_VILLAGE = frozenset("各每全本该这那其两几个的和与及到在了过")
_NOT_BEFORE_VILLAGE = frozenset("农乡")
_TOWN_ENDS = ("镇", "乡", "街道")
_VILLAGE_ENDS = ("村", "社区")


def _villages_after_cues(text: str, pn: PlaceNames) -> Iterator[tuple[int, int, str, str]]:
    """Villages and communities named right after a word of going, visiting or being (到新化村, 走进复兴社区:
    ``places/affixes`` village-cue), whatever the tagger made of their names; no kind of village (贫困村,
    示范村: not-places.txt)."""
    for cue in pn.village_cues.finditer(text):
        m = _village_at(text, cue.end(), pn.not_places)
        if m is not None:
            yield m.start(), m.end(), m.group(), "places.village"


def _villages_after_towns(text: str, found: list[tuple[int, int, str, str]], pn: PlaceNames
                          ) -> Iterator[tuple[int, int, str, str]]:
    """Villages and communities the gazetteer does not hold, written right after their town or street
    (金罗镇白草村, 三觉镇冯楼村, 九宫庙街道锦霞社区: the tagger cuts them anywhere, 乡阳 + 洼村) or after a
    village or community in a list (四堡子村、周家村; 庆丰社区、复兴社区): a list goes on from any place
    ending so."""
    said: set[int] = set()  # from an earlier name
    for _, end, key, _ in sorted(found):
        at = end if key.endswith(_TOWN_ENDS) else \
            end + 1 if key.endswith(_VILLAGE_ENDS) and text[end:end + 1] in _LIST_MARKS else -1
        m = _village_at(text, at, pn.not_places) if at >= 0 else None
        while m is not None and m.start() not in said:
            said.add(m.start())
            yield m.start(), m.end(), m.group(), "places.village"  # (place_spans keeps one read before)
            m = _village_at(text, m.end() + 1, pn.not_places) if text[m.end():m.end() + 1] in _LIST_MARKS \
                else None


def _village_at(text: str, at: int, kinds: frozenset[str]) -> re.Match[str] | None:
    """A village's or community's name at ``at`` (``_VILLAGE``), not a kind of village (``kinds``: 贫困村)."""
    m = _VILLAGE.match(text, at)
    if m is None or m.group() in kinds:
        return None
    name = m.group(1) or m.group(2)
    return m if name[-1] not in _NOT_BEFORE_VILLAGE and not any(c in _NOT_IN_VILLAGE for c in name) else None


#: Tags of the names a town's unit makes a town of (洋洲/ns + 镇, 权孜许/nz + 乡), and of one word holding
#: both (城关镇/ns, 红花村/nr; not nz: 第一村/nz is a title of praise)
_TOWN_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "j"})
_TOWN_WORD_TAGS = frozenset({"ns", "nr", "nrt", "nrfg"})


def _towns(toks: tuple[Token, ...], pn: PlaceNames) -> Iterator[tuple[int, int, str, str]]:
    """Towns and villages the gazetteer does not hold: a proper name of two or three characters before a
    town's unit (洋洲/ns + 镇, 中庄/ns + 乡) or a community's (锦霞/ns + 社区, 仙林/ns + 校区), or one word of
    three or four characters ending in a town's unit that the tagger reads as a name (城关镇/ns, 红花村/nr);
    not a common word (乡镇, 城镇, 水乡: not-places.txt; 城乡社区: no name tag), not a person's name
    (朱良镇/nr, 谢艺为/nr + 乡: a surname and no village-naming character, as 刘家村 has), not a
    nationality's (勿角 + 藏族 + 乡: the name starts before it), not a nickname in quotation marks."""
    towns = pn.towns
    units = map(operator.or_, map(towns.__contains__, map(_LAST, map(_WORD, toks))),
                map(pn.communities.__contains__, map(_WORD, toks)))
    for j in compress(range(len(toks)), units):
        tok = toks[j]
        w = tok.word
        if len(w) in (3, 4) and tok.tag in _TOWN_WORD_TAGS and w not in pn.communities \
                and w[-2:] not in pn.not_places and w not in pn.not_places \
                and not (len(w) == 3 and _person(w, tok.tag, pn)) and not _quoted(toks, j, j):
            yield tok.start, tok.end, w, "places.town"
        elif (len(w) == 1 or w in pn.communities and not _heads_body(toks, j)) and j > 0:
            name = toks[j - 1]
            if len(name.word) in (2, 3) and name.tag in _TOWN_NAME_TAGS and name.word.isalnum() \
                    and name.word not in pn.not_places and name.word + w not in pn.not_places \
                    and name.word not in pn.nations and not _person(name.word, name.tag, pn) \
                    and not _quoted(toks, j - 1, j):
                yield name.start, tok.end, name.word + w, "places.town"


def _heads_body(toks: tuple[Token, ...], j: int) -> bool:
    """Whether the community's unit at token ``j`` opens a body's name or a title (锦霞社区 + 党委, 居委会,
    书记: a noun or an abbreviation after it), which the posts read with the community in it."""
    return j + 1 < len(toks) and toks[j + 1].tag[:1] in ("n", "j")


def _quoted(toks: tuple[Token, ...], first: int, last: int) -> bool:
    """Whether tokens ``first`` to ``last`` are all a quotation holds (“养猪村”, a nickname, no place)."""
    return first > 0 and last + 1 < len(toks) and toks[first - 1].word in _OPEN_QUOTES \
        and toks[last + 1].word in _CLOSE_QUOTES


_OPEN_QUOTES, _CLOSE_QUOTES = frozenset("“\"「『"), frozenset("”\"」』")


def _person(word: str, tag: str, pn: PlaceNames) -> bool:
    """Whether a name word, or one ending in a town's unit, is a person's (朱良镇/nr, 谢艺为/nr + 乡), not a
    village's (刘家村/nr, 刘家/nr + 村): a surname, then no village-naming character."""
    return tag in ("nr", "nrfg") and word[0] in pn.surnames | pn.weak_surnames \
        and word[1] not in pn.village_marks


#: Tags of a word whose last character is a cue of ``_short_names`` but no verb of it (现在, 正在, 以来).
_NOT_CUE_TAGS = frozenset({"t", "d", "f"})


def _own_shorts(found: list[tuple[int, int, str, str]], ctx: Context | None, pn: PlaceNames
                ) -> dict[str, str]:
    """The one-character short names an article gives the cities and counties it is about: the first
    character of the publisher's home (来眉 in a 眉山市 paper) and of the places it reads, the home first;
    none that names another place already (``pn.short``: 京, 沪)."""
    home = pn.gaz.lookup(ctx.place) if ctx is not None and ctx.place else None
    out: dict[str, str] = {}
    for place in (home, *(pn.gaz.lookup(key) for _, _, key, _ in found)):
        if place is not None and place.level in STEM_LEVELS and place.name[0] not in pn.short:
            out.setdefault(place.name[0], place.name)
    return out


def _short_names(toks: tuple[Token, ...], pn: PlaceNames, own: dict[str, str]
                 ) -> Iterator[tuple[int, int, str, str]]:
    """A province's or city's one-character short name after a character of coming, going or being (在京,
    来沪, 赴蓉, 返港, 驻沪: ``places/affixes`` short-cue): a word of its own after a word ending in the cue
    (他来/v + 沪), or the second character of one word with it (来川/j); not the first character of a word
    (在 + 深入), not after a time word or adverb ending like a cue (现在, 正在). The short names of the places
    the article is about count too (``own``: 来眉 in a 眉山市 paper), but not in a word of the dictionary
    (住房 in a 房山区 paper)."""
    short, cues = pn.short | own if own else pn.short, pn.short_cues
    for j in compress(range(len(toks)), map(short.__contains__, map(_LAST, map(_WORD, toks)))):
        tok = toks[j]
        if len(tok.word) == 1 and j > 0 and toks[j - 1].word[-1] in cues \
                and toks[j - 1].tag not in _NOT_CUE_TAGS:
            yield tok.start, tok.end, short[tok.word], SHORT_PLACE_RULE
        elif len(tok.word) == 2 and tok.word[0] in cues \
                and (tok.word[1] in pn.short or is_oov(tok.word)):
            yield tok.start + 1, tok.end, short[tok.word[1]], SHORT_PLACE_RULE


_LAST = itemgetter(-1)  # read in C
_WORD = operator.attrgetter("word")
#: Words that make a home word with the token after them (我 + 市, 全 + 区, 本 + 县).
_HOME_FIRST = frozenset(("我", "全", "本"))


def _candidates(
    cols: Columns, names_at: dict[int, int], name_starts: set[int], words: _Words
) -> list[int]:
    """Indices of the tokens a place may start at, in order; no rule of :func:`place_spans` fires at others.

    A place starts at a gazetteer name, a token jieba tags ns, a home word, a word of three or
    more characters ending in a unit or sight character (双泾村, 古琼寺), a word of four or more
    starting with a place name (台湾同胞), or a noun before a sight character (水晶 + 岛). Tested in C:
    no Python call per token.
    """
    text_words = cols.words
    index = range(len(text_words))
    sizes = list(map(len, text_words))
    found = set(compress(index, map("ns".__eq__, cols.tags)))
    found.update(compress(index, map(words.home.__contains__, text_words)))
    found.update(compress(index, map(operator.and_, map((2).__lt__, sizes),
                                     map(words.finals.__contains__, map(_LAST, text_words)))))
    found.update(compress(index, map(operator.and_, map((3).__lt__, sizes),
                                     map(name_starts.__contains__, cols.starts))))
    found.update(compress(index, map(operator.and_, map(_PEOPLE_WORDS.__contains__, map(_LAST, text_words)),
                                     map(name_starts.__contains__, cols.starts))))
    found.update(k - 1 for k in compress(index, map(_SIGHT_CHARS.__contains__, text_words)) if k)
    if names_at:
        at = dict(zip(cols.starts, index, strict=True))
        found.update(at[start] for start in names_at)
    return sorted(found)


@dataclass(frozen=True)
class _Words:
    #: home words (我市, 全区) and the words that begin one written as two tokens (我 + 市)
    home: frozenset[str]
    #: last characters of the units and sights one token may be (双泾村, 古琼寺)
    finals: frozenset[str]


TOWN_LIST_RULE = "places.town-list"
#: tags of a one-character word no town's name starts with (于 + 城镇, 新 + 城镇: a preposition, an adjective)
_NOT_TOWN_START_TAGS = frozenset({"p", "c", "u", "d", "a", "r", "m", "q", "f", "v"})
#: the mark after which a list's next item, a name, opens, and the tags of a count's words, which open no
#: item of a list
_LIST_OPENERS, _COUNT_TAGS = "、", frozenset({"q", "m"})


@per_rules
def _town_list(rules: RuleSet) -> WordSet:
    """The names of ``places/towns`` (China's towns, townships and sub-districts), as one automaton."""
    return WordSet(rules.lexicon("places/towns").entries)


def _town_spans(
    text: str, toks: tuple[Token, ...], cols: Columns, rules: RuleSet
) -> list[tuple[int, int, str, str]]:
    """(start, end, name, rule) of the names of ``places/towns`` written whole where jieba's words start
    and end (戴庙镇, 扬名街道; not 小城镇, a common word of the tagger's, nor 新 + 城镇, a word of one
    character that starts no name before a word of the tagger's), or starting right after a word of one
    character the tagger glued to the name's first (``town-glue``: 为青 + 山镇), longest first and not
    overlapping."""
    names = _town_list(rules).spans(text)
    if not names:
        return []  # (most texts: the token indexes are not made)
    ends = set(cols.ends)
    first = {t.start: t for t in toks}
    glue = place_names(rules).town_glue
    glued = {t.start + 1 for t in toks if len(t.word) > 1 and t.word[0] in glue}
    found: list[tuple[int, int, str, str]] = []
    for a, b in sorted(names, key=lambda s: (s[0], -s[1])):
        tok = first.get(a)
        if b not in ends or any(a < y and x < b for x, y, _, _ in found):
            continue
        if tok is None:
            if a in glued:  # 为青/a + 山镇/ns: the name the tagger cut after a word of going or being
                found.append((a, b, text[a:b], TOWN_LIST_RULE))
            continue
        if tok.end == b and not is_oov(tok.word) and tok.tag != "ns":
            continue  # 小城镇: a word of the tagger's dictionary that is no place
        nxt = first.get(tok.end)
        if len(tok.word) == 1 and tok.tag in _NOT_TOWN_START_TAGS and nxt is not None and nxt.end == b \
                and not (tok.tag in _COUNT_TAGS and text[a - 1:a] in _LIST_OPENERS):
            # 于 + 城镇, 新 + 城镇: a word of one character before a word of the tagger's (not 、 + 天/q +
            # 宁镇: a list's item opens with a name, no count; nor 三/m + 和/c + 镇: a name the tagger cut up)
            continue
        found.append((a, b, text[a:b], TOWN_LIST_RULE))
    return found


@per_rules
def _words(rules: RuleSet) -> _Words:
    pn = place_names(rules)
    return _Words(home=pn.home | _HOME_FIRST, finals=_UNIT_FINALS | frozenset(pn.landmark))


def _verb_after_name(word: str, before: Token, rules: RuleSet) -> bool:
    """Whether the place name ``word`` of two characters opens with a one-character verb that starts a post
    (``posts/appointments`` start: 任) right after a name the tagger tags (李强 + 任县 + 教育局副局长)."""
    return before.tag in _NAME_TAGS and len(before.word) >= 2 and word[0] in _one_character_starts(rules)


@per_rules
def _one_character_starts(rules: RuleSet) -> frozenset[str]:
    """The verbs of one character that start a post right after a name (posts/appointments start: 任)."""
    rows = rules.table("posts/appointments").checked(2, 2)
    return frozenset(w for w, kind in (row.fields for row in rows) if kind == "start" and len(w) == 1)


#: the tagger's tags of a person's name
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})


def _surname_before(tok: Token, pn: PlaceNames) -> bool:
    """Whether ``tok`` is a lone surname jieba tags as a name (李 of 李永春 split as 李 + 永春)."""
    return len(tok.word) == 1 and tok.tag == "nr" and tok.word in pn.surnames


def _leading_place(word: str, tag: str, names: frozenset[str]) -> str:
    """The place a dictionary word starts with when the rest is a common word (台湾 of 台湾同胞), else ''."""
    if len(word) < 4 or tag in ("nr", "nrt", "nrfg"):
        return ""
    for e in range(len(word) - 2, 1, -1):
        lead, rest = word[:e], word[e:]
        # the set lookup first: is_oov and dict_tag ask jieba
        if lead in names and rest[0] not in "路街道" and not is_oov(rest) and (
                dict_tag(rest) not in ("ns", "nr")):
            return lead
    return ""


#: Tags of the words a foreign city's name is read as (碧瑶/nr, 博尔德/nr, 罗列/ns).
_FOREIGN_CITY_TAGS = frozenset(("nr", "nrt", "nrfg", "ns", "nz"))


#: The rule of a foreign city the gazetteer lacks, read after its country (菲律宾 + 碧瑶市) and again.
FOREIGN_CITY_RULE = "places.foreign-city"


def _foreign_city(toks: tuple[Token, ...], j: int, at: int, names_at: dict[int, int],
                  pn: PlaceNames) -> int | None:
    """The index after a city written right after a foreign country (at ``at``) as one to three words of
    a name (two to eight characters) and 市, none a known place (菲律宾碧瑶市, 美国博尔德市, 日本大分市),
    else None. The name's last character may be glued to 市 as a Chinese city's short name (蒙古国 + 纳来/v +
    哈市/ns: 纳来哈市, not Harbin), the words before it then of any tag."""
    size = 0
    for k in range(j, min(j + 3, len(toks))):
        t = toks[k]
        if t.start != (at if k == j else toks[k - 1].end) or t.start in names_at or t.word in pn.not_places \
                or k == j and t.tag == "ns" and pn.ns_place(t.word):  # 纽约市: a place word jieba knows
            return None
        if t.word == "市" and k > j or len(t.word) > 2 and t.word.endswith("市") \
                or k > j and _city_short(t):  # not 股市, 超市
            return k + 1 if 2 <= size + len(t.word) - 1 <= 8 else None
        glued = k + 1 < len(toks) and is_han(t.word) and _city_short(toks[k + 1])  # 纳来/v + 哈市
        if t.tag not in _FOREIGN_CITY_TAGS and not glued:
            return None
        size += len(t.word)
    return None


#: The rule of a foreign province or state the gazetteer lacks, a transliterated name and its level word.
DIVISION_ABROAD_RULE = "places.division-abroad"
_HEAD = "长"  # 州 + 长, 省 + 长: a head's title after the level word
#: the fewest characters of such a name (奔萨州 is left to the tagger: 安西, 福宁 are Chinese words too)
_MIN_DIVISION = 3


@per_rules
def _transliterated(rules: RuleSet) -> frozenset[str]:
    return frozenset("".join(rules.lexicon("people/translit_chars").entries))


@per_rules
def _division_runs(rules: RuleSet) -> re.Pattern[str]:
    """A run of transliteration characters (``people/translit_chars``, :data:`_MIN_DIVISION` or more) before
    a foreign division's level word of one character (``posts/words`` ``foreign-division``: 州, 省)."""
    from kg.extract.posts.words import post_words

    levels = "".join(w for w in post_words(rules)["foreign-division"] if len(w) == 1)
    chars = re.escape("".join(sorted(_transliterated(rules))))
    return re.compile(f"[{chars}]{{{_MIN_DIVISION},}}(?=[{levels}])")


def _divisions_abroad(text: str, toks: tuple[Token, ...], rules: RuleSet
                      ) -> Iterator[tuple[int, int, str, str]]:
    """A foreign province or state the gazetteer does not know: a name of transliterated
    characters (``people/translit_chars``, three or more, the whole run) opening a word, and
    its level word (``posts/words`` ``foreign-division``: 州, 省): 沃洛格达州, 奥罗米亚州. No
    name the gazetteer knows opens the run (加利福尼亚州, 巴音郭楞州 are read as the gazetteer
    says), and a Chinese city's name the tagger reads at its end leaves three characters
    before it (沃洛格 + 达州, not 扎根 + 扬州). Before its head's title and a foreign name
    the level word is the title's (奥罗米亚 + 州长 + 施梅雷斯, 曼托瓦 + 省长 + 博塔尼): the
    place is the name alone (not 索德尔 + 州长 + 对: a name and the title)."""
    chars = _transliterated(rules)
    gaz = gazetteer(rules)
    starts: set[int] | None = None  # made at the first run found (most texts have none)
    for m in _division_runs(rules).finditer(text):
        a, b = m.span()
        if starts is None:
            starts = {t.start for t in toks}
        if a not in starts or any(gaz.lookup(text[a:k]) for k in range(a + 2, b + 2)) \
                or any(gaz.lookup(text[k:b + 1]) for k in range(a + 1, a + _MIN_DIVISION)):
            continue
        if not text.startswith(_HEAD, b + 1):
            yield a, b + 1, text[a:b + 1], DIVISION_ABROAD_RULE
        elif b + 2 < len(text) and (text[b + 2] in chars or text[b + 2].isascii() and text[b + 2].isalpha()):
            yield a, b, text[a:b], DIVISION_ABROAD_RULE


def _city_short(tok: Token) -> bool:
    """Whether ``tok`` is a Chinese city's two-character short name in 市 (哈市, 沙市, 津市) the tagger
    reads as a place."""
    return len(tok.word) == 2 and tok.word.endswith("市") and tok.tag == "ns"


def _unit_cut(tok: Token, nxt: Token, names_at: dict[int, int], pn: PlaceNames) -> bool:
    """Whether jieba cut a town's unit word off a name it does not know and glued it to the next word,
    which then reads as a place of its own (岩坦 + 镇山 + 早村: the town is 岩坦镇, there is no 镇山)."""
    return (
        tok.tag == "ns" and nxt.tag == "ns" and nxt.start == tok.end and len(nxt.word) >= 2
        and nxt.word[0] in _UNIT_FINALS and tok.start not in names_at and not pn.ns_place(tok.word)
        and tok.word not in pn.not_places and nxt.start not in names_at and pn.ns_place(nxt.word)
    )


def _glued(word: str, pn: PlaceNames) -> list[tuple[int, int, str, str]]:
    """The places of one jieba word made of a place and more, as People's Daily counts them (offsets
    in ``word``), else []: a place and a place inside it are two (法国巴黎, 广西南宁, as 日本 东京
    written as two words); a place and 人 or 籍 is the place (温州人, 日本籍); a division of China and
    地区 is one place (吕梁地区, the prefecture's unit of the time)."""
    for e in range(2, len(word) - 1):
        outer, inner = word[:e], word[e:]
        if outer not in pn.names:
            continue
        place = pn.gaz.place(outer)
        if inner in pn.names and _inside(inner, outer, pn.gaz):
            inside = pn.gaz.place(inner).name
            return [(0, e, place.name, "places.glued"), (e, len(word), inside, "places.glued")]
        if inner == "地区" and _divided(place):
            return [(0, len(word), place.name, "places.glued")]
    if len(word) > 2 and word[-1] in _PEOPLE_WORDS and word[:-1] in pn.names:
        return [(0, len(word) - 1, pn.gaz.place(word[:-1]).name, "places.glued")]
    return []


#: Words after a place that make its people (温州人, 日本籍): the place is a place of its own.
_PEOPLE_WORDS = frozenset("人籍")


def _divided(place: Place) -> bool:
    """Whether ``place`` is one of China's administrative divisions (its 12-digit code)."""
    return place.code is not None and len(place.code) == 12


def _inside(inner: str, outer: str, gaz: Gazetteer) -> bool:
    """Whether a place named ``inner`` lies in a place named ``outer`` (巴黎 in 法国, 南宁 in 广西)."""
    outers = {p.name for p in gaz.candidates(outer)}
    return any(a.name in outers for p in gaz.candidates(inner) for a in list(gaz.ancestors(p))[1:])


def _street_len(word: str, street: frozenset[str]) -> int:
    """Length of the street word that ``word`` is or starts (路, 路上, 路上车 -> 1), else 0."""
    if word in street:
        return len(word)
    # 路上, 路口 after a place; not 街头 (拉萨街头 are the streets of Lhasa)
    if len(word) > 1 and word[0] in street:
        return 1 if (word[0] == "路" and word[1] in "上口段边旁") or is_oov(word) else 0
    return 0


#: Last characters of a village, town or county written as one token.
_UNIT_FINALS = frozenset("村镇乡县")


def _unit_word(word: str, tag: str, pn: PlaceNames) -> bool:
    """A village, town or county written as one token that jieba does not call ns (双泾村, 高都镇)."""
    return (
        len(word) >= 3
        and word[-1] in _UNIT_FINALS
        and word[-2:] not in ("家乡", "农村", "之乡", "城乡", "山村", "渔村", "乡村", "新村")
        and tag in ("n", "nz", "nr", "nrt")
        and word not in pn.not_places
        and (is_oov(word[:-1]) or dict_tag(word[:-1]) in ("ns", "nr", "nrt", "nz"))
    )


def _match_at(
    i: int, toks: tuple[Token, ...], names_at: dict[int, int], text: str, pn: PlaceNames
) -> tuple[int | None, str, str]:
    """Longest gazetteer name at token ``i`` ending on a token boundary, else a jieba ns token."""
    tok = toks[i]
    size = names_at.get(tok.start)
    if size:
        j = i + 1
        while toks[j - 1].end < tok.start + size:
            j += 1
        return j, pn.gaz.place(text[tok.start:tok.start + size]).name, "places.gazetteer"
    if tok.tag == "ns" and pn.ns_place(tok.word) and not _counted_units(tok.word, pn):
        return i + 1, tok.word, "places.jieba-ns"
    if _unit_word(tok.word, tok.tag, pn):
        return i + 1, tok.word, "places.unit-word"
    if _landmark(tok.word, tok.tag, pn):
        return i + 1, tok.word, "places.landmark"
    if i + 1 < len(toks) and _landmark_pair(tok, toks[i + 1], pn):
        return i + 2, tok.word + toks[i + 1].word, "places.landmark"
    return None, "", ""


#: Words that count or point at units rather than name one (四县, 各乡镇, 外省, 贵省).
_UNIT_COUNTS = frozenset("一二三四五六七八九十两几各外贵该每")


def _counted_units(word: str, pn: PlaceNames) -> bool:
    """Whether a word jieba tags ns is a count of units, no place (四县, 二县, 各乡镇, 各省市, 贵省)."""
    return word[0] in _UNIT_COUNTS and all(ch in pn.levels for ch in word[1:])


#: One-character sight words that make a sight of the noun before them (水晶 + 岛, 灵应 + 寺, 情人 + 滩).
_SIGHT_CHARS = frozenset("岛寺庙洞滩湾礁阁祠")


def _landmark_pair(tok: Token, nxt: Token, pn: PlaceNames) -> bool:
    """A sight written as a two-character noun and a one-character sight word: 鳄鱼岛, 佛爷洞, 情人滩."""
    return (
        nxt.word in _SIGHT_CHARS
        and nxt.start == tok.end
        and len(tok.word) == 2
        and tok.tag in ("n", "nz", "nr", "nrt")
        and tok.word not in pn.not_places
    )


#: Last characters of landmarks that are also common in given names (王金山, 李春湖, 彭嘉陵).
_NAME_FINALS = frozenset("山峰岭湖桥湾岛谷陵")


#: Last characters of landmarks that end foreign names too, which the tagger tags nrt (奥尔塔, 玛丽塔).
_FOREIGN_NAME_FINALS = frozenset("塔")


def _landmark(word: str, tag: str, pn: PlaceNames) -> bool:
    """A sight jieba reads as one name word: 古琼寺, 泰姬陵, 陶波湖 (``landmark`` affixes)."""
    if len(word) < 3 or tag not in ("nr", "nrt", "nz") or word[-1] not in pn.landmark:
        return False
    if word in pn.not_places or tag == "nrt" and word[-1] in _FOREIGN_NAME_FINALS:
        return False  # (奥尔塔/nrt: a foreign name, not a tower)
    # 王金山/nr is a name; so is 高振山/nr, a weak surname's three-character name the tagger calls one
    return not (word[-1] in _NAME_FINALS and tag != "nz" and (
        word[0] in pn.surnames or tag == "nr" and len(word) == 3 and word[0] in pn.weak_surnames))


def extract_places(view: View, ctx: Context) -> Iterator[Mention]:
    """LOC mentions of ``view`` (source offsets), key = the canonical place name."""
    for start, end, key, rule in place_spans(view.text, ctx):
        a, b = view.to_source(start, end)
        yield Mention(a, b, "LOC", view.source[a:b], rule=rule, key=key)
