"""The parts of the body written right before a post, read from the right (:func:`org_parts`): organisation
mentions, short names of ``posts/orgs``, places and levels, the words of a body the NER missed
(:func:`org_tail`), the state of an envoy; each a :class:`Part`."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.engine import is_han
from kg.extract.orgs import canonical_org, org_rules, suffix_re
from kg.extract.placenames import place_names, short_places
from kg.extract.posts.words import (
    MAX_ROLE,
    alternation,
    grammar_of,
    is_country,
    levels,
    org_names,
    post_words,
    roles,
)
from kg.extract.titles import word_lead
from kg.model import Mention
from kg.nlp.numerals import DIGITS, TERM
from kg.nlp.tokenize import is_oov
from kg.rules import RuleSet, per_rules
from kg.rules.places import gazetteer

__all__ = ["Part", "org_parts", "VILLAGE", "GRASSROOTS", "NOT_GRASSROOTS", "state_form", "LEVEL_WORD",
           "envoy_words", "envoy_of_china", "ABROAD", "stationed_abroad", "foreign_place_before",
           "city_after_state", "division_abroad_before", "last_verb", "ORG_TAIL_STOP", "LEVEL_AFTER",
           "NOT_A_POST_INSIDE", "org_tail",
           "UNNAMED", "FORMER_MARKS", "STATE_FORMER", "MISSIONS", "TOWN_AFTER", "DEICTIC_TOWN", "STREET",
           "OF"]


@dataclass(frozen=True)
class Part:
    """One part of the body written before a post: where it is, its kind and its value."""

    start: int
    end: int
    kind: str  # mention | short | place | text (an organisation the NER missed) | session | division …
    # | field (an occupation's field, no body: 戏剧 + 评论家)
    value: str  # mention key / short name / place name
    written: str = ""  # a mention's words, as written
    body: str = ""  # a session's body written after its name (主席团): the post is of it


@per_rules
def _name_lengths(rules: RuleSet) -> tuple[int, ...]:
    """The lengths of the short names of ``posts/orgs``, longest first."""
    return tuple(sorted({len(name) for name in org_names(rules)}, reverse=True))


def org_parts(
    text: str, end: int, lo: int, by_end: dict[int, list[Mention]], rules: RuleSet, state: bool = False
) -> list[Part]:
    """Organisation parts written right before view offset ``end``, left to right; with ``state`` (a state's
    post ends there: 总统, 副总理), a state's official name the gazetteer does not know right before it is
    the state its short name is (马耳他共和国 + 副总理: 马尔他)."""
    parts: list[Part] = []
    shorts = org_names(rules)
    title_start = end
    while end > lo:
        if end - 1 > lo and text[end - 1] == STATE_FORMER and any(
                m.type == "LOC" and m.start >= lo and is_country(m.key or m.text, rules, foreign=True)
                for m in by_end.get(end - 1, ())):
            end -= 1  # 美国 + 前 + 国防部长: the state of a former post's body, the mark between them
        found = _short_before(text, end, lo, by_end, rules)
        found = _mention_before(text, end, lo, by_end, found, parts, state and end == title_start, rules)
        if found is None and (not parts or "{上级}" in shorts.get(parts[-1].value, ("", ""))[0]):
            found = _grassroots(text, end, lo, rules)  # 金色新城社区 + 党委书记, 红旗村 + 村委会主任
            if found is None and parts:
                found = org_tail(text, end, lo, by_end, rules)  # 省教育厅 + 办公室: the NER missed the body
        elif found is None and parts[-1].value in org_rules(rules).forms \
                and (street := _grassroots(text, end, lo, rules)) is not None \
                and len(name := re.split(f"[{TOWN_AFTER}]", street.value)[-1]) > len(STREET) + 1:
            # 李家坪街道 + 党工委: a body written with a place the NER missed, named in full by its form (not
            # 会议由 + 街道党工委: the street the article named)
            whole = name + parts[-1].value
            parts[-1] = Part(end - len(name), parts[-1].end, "mention", canonical_org(whole), whole)
            break
        if found is None:
            break
        if found.kind == "short" and found.value in place_names(rules).township_levels and found.start > lo \
                and is_han(text[found.start - 1]):
            found = _town_named(text, found, lo, rules)
            if found is None:
                break
        if found.kind in ("place", "mention") and found.start - 1 >= lo and text[found.start - 1] == "驻":
            # 中国驻美国大使, 中国常驻联合国代表, 巴西新任驻华大使: where the post is held, not whose it is
            end = found.start - 1
            before = envoy_words(rules).search(text, lo, end)
            end = before.start() if before is not None else end
            continue
        parts.append(found)
        end = found.start
        stem = _glued_place(text, found, lo, by_end, rules) if found.kind == "short" else None
        if stem is not None:  # 龙泉 + 市委常委: the place whose short name is written before the level word
            parts.append(stem)
            end = stem.start
            continue
        level = _LEVEL_BEFORE.search(text, lo, end)
        if found.kind == "mention" and level is not None and not LEVEL_WORD.match(found.value) \
                and (level.start() == lo or text[level.start() - 1] in ORG_TAIL_STOP + LEVEL_AFTER):
            # 省 + 人大常委会财政经济工作委员会: the body of the home place of that level
            parts.append(Part(level.start(), end, "level", level.group()))
            break
    parts.reverse()
    return parts


def _short_before(
    text: str, end: int, lo: int, by_end: dict[int, list[Mention]], rules: RuleSet
) -> Part | None:
    """The short name of ``posts/orgs`` written right before view offset ``end`` (省十二届人大常委会: a term
    inside it), the longest; as the organisation whose name its first words end (越南共产党 + 中央: 党中央
    is that party's body); None when none."""
    shorts = org_names(rules)
    lengths = _name_lengths(rules)
    widest = min(lengths[0] + _MAX_TERM, end - lo)
    # a term inside a name is looked for only when the words before ``end`` hold one
    term = _TERM.search(text, end - widest, end) is not None
    found = None
    # with no term, only the lengths of short names can match
    for n in range(widest, 0, -1) if term else (n for n in lengths if 0 < n <= widest):
        name = text[end - n:end]
        if term and name not in shorts:
            name = _TERM.sub("", name, count=1)  # 省十二届人大常委会: a term inside the name
        if name in shorts:
            found = Part(end - n, end, "short", name)
            break
    inside = next((m for m in by_end.get(found.start + 1, ()) if m.type == "ORG"
                   and lo <= m.start < found.start), None) if found is not None else None
    if found is None or inside is None:
        return found
    whole = text[inside.start:end]
    return Part(inside.start, end, "text", canonical_org(whole) or whole, whole)


def _mention_before(
    text: str, end: int, lo: int, by_end: dict[int, list[Mention]], found: Part | None, parts: list[Part],
    state: bool, rules: RuleSet
) -> Part | None:
    """The part the longest organisation or place mention ending at view offset ``end`` makes, unless the
    short name ``found`` there covers it (a short name the chain can resolve, 自治区人大常委会 after 广西壮族
    自治区党委, wins over a mention of the same words, which only knows the publisher's place); ``found``
    when no mention makes one. With ``state`` (a state's post right after), a place is the state's short
    name (:func:`state_form`)."""
    shorts = org_names(rules)
    for m in by_end.get(end, ()):
        same = found is not None and m.start == found.start and m.type == "ORG"
        if not (m.type in ("ORG", "LOC") and m.start >= lo and (
                found is None or m.start < found.start or (m.start == found.start and not same))):
            continue
        if m.text[:1] in FORMER_MARKS and len(m.text) > 3 \
                and (m.start == lo or text[m.start - 1] in ORG_TAIL_STOP):
            # ，原县人大常委会主任: the name the NER read with 原 is the body of a former post
            return found or Part(m.start + 1, end, "text", m.text[1:], m.text[1:])
        verb = last_verb(text, m.start, end, rules)
        if verb is not None and end - verb.end() >= 2:
            # an organisation mention across a verb (北京会见化工部): keep what follows the verb
            return Part(verb.end(), end, "text", text[verb.end():end])
        if m.type == "ORG" and m.key == m.text and m.start - 2 >= lo \
                and text.startswith(_NATIONWIDE, m.start - 2) and not m.text.startswith(_NATIONWIDE):
            # 国务委员、全国双拥工作领导小组组长: the NER left 全国 out of the body's name
            return Part(m.start - 2, end, "mention", _NATIONWIDE + m.text, _NATIONWIDE + m.text)
        kind = "mention" if m.type == "ORG" else "place"
        key = m.key or m.text
        if state and kind == "place":
            key = state_form(key, rules)
        elif kind == "place" and key.endswith(GRASSROOTS[:2]) and (
                not parts or "{上级}" in shorts.get(parts[-1].value, ("", ""))[0]):
            # 九摆村 + 第一书记, 九摆村 + 村委会主任: the village's post or body, as of a village the NER
            # missed (_grassroots)
            kind = "text"
        return Part(m.start, end, kind, key, m.text)
    return found


def _town_named(text: str, found: Part, lo: int, rules: RuleSet) -> Part | None:
    """A township level's short name ``found`` (镇党委) with the town written before it: 麦市镇党委书记,
    由麦市镇镇长, a town the gazetteer does not know, its name after a delimiter or a preposition (a
    place's part); 该镇, the town the article named last (a short name's); 会议由 + 乡党委书记, 最后 +
    镇党委副书记, no town's name (``found``); None when no such name is there: the 镇 ends a word and names
    no town (…市镇)."""
    k = next((k for k in range(max(lo, found.start - 3), found.start)
              if all(is_han(c) for c in text[k:found.start])
              and (k == lo or text[k - 1] in ORG_TAIL_STOP + TOWN_AFTER)), None)
    if k is not None and (text[found.start - 1] in TOWN_AFTER
                          or text[k:found.start] in post_words(rules)["not-town"]):
        return found
    if k is None:
        return None
    if text[k:found.start] in DEICTIC_TOWN:
        return Part(k, found.end, "short", found.value)
    return Part(k, found.end, "place", text[k:found.end], text[k:found.end])


# how a community's or village's name ends (金色新城社区, 红旗村), and words so ending that name none
VILLAGE = "村"
GRASSROOTS = ("社区", VILLAGE, "街道")
NOT_GRASSROOTS = frozenset({"农村", "乡村", "新农村", "城乡社区"})
# a verb before 村 (驻村第一书记, 进村入户): where someone goes or is stationed, no village's name
_TO_VILLAGE = ("驻村", "进村", "入村", "到村", "下村")


# a number and a measure word opening the words before 村 (一位山村, 两个村): villages counted, not named
# (九摆村 is a name)
_COUNTED = re.compile(f"[{DIGITS}两几][个位座处名]")
#: the particle of a verb's completed action (看望了): a name starts after it, never holds it
_DONE = "了"


def _grassroots(text: str, end: int, lo: int, rules: RuleSet) -> Part | None:
    """A community or village named right before view offset ``end`` (where its body or post is written:
    金色新城社区党委书记, 红旗村村委会主任), from a delimiter, a preposition or a verb on (看望了 +
    振兴社区党总支书记: ``posts/words`` verb, and 了): the name's part, or None. Not a place pointed at
    (该村, 全村) nor a word (农村)."""
    verbs = (*post_words(rules)["verb"], _DONE)
    for k in range(max(lo, end - 10), end - 2):
        name = text[k:end]
        if (k == lo or text[k - 1] in ORG_TAIL_STOP + TOWN_AFTER or text.endswith(verbs, lo, k)) \
                and all(map(is_han, name)) and name.endswith(GRASSROOTS) \
                and not any(v in name for v in verbs):
            if name[0] in DEICTIC_TOWN or _COUNTED.match(name) or OF in name or name in NOT_GRASSROOTS \
                    or name.endswith(_TO_VILLAGE):
                return None  # (一位山村党支部书记: a village counted, not named; 山耳东村的村支书: a phrase)
            # 坪上村 + 村支书: the village's level word opening its post (村支书, 村党支部书记) is no part of
            # its name
            village = name.removesuffix(VILLAGE) if name.endswith(2 * VILLAGE) else name
            return Part(k, end, "text", village, name)
    return None


# how a state's official name ends after its short name (马耳他共和国, 摩洛哥王国, 萨摩亚独立国)
_STATE_FORMS = ("民主主义人民共和国", "民主人民共和国", "人民共和国", "共和国", "王国", "联邦", "独立国")


def state_form(name: str, rules: RuleSet) -> str:
    """A state written by an official name (马耳他共和国, 斐济共和国, which the gazetteer may know too) as the
    gazetteer's state its short name is; any other place as it is."""
    places = gazetteer(rules)
    stem = next((name[:-len(f)] for f in _STATE_FORMS if name.endswith(f) and len(name) > len(f) + 1), None)
    state = places.lookup(stem) if stem else None
    return state.name if state is not None and state.level == "country" else name


def _glued_place(text: str, short: Part, lo: int, by_end, rules: RuleSet) -> Part | None:
    """The place written right before a body's short name that opens with its level word, when the tagger
    glued the level word to the title (龙泉/nz + 市委常委: 龙泉市) and no mention ends there: the place
    whose name is the words before and the level word (a place of the gazetteer), else None."""
    if any(m.start >= lo for m in by_end.get(short.start, ())):
        return None
    townships = place_names(rules).township_levels
    if short.value.startswith(townships):
        # 双沟镇 + 镇人民政府副镇长: a town the NER read, the gazetteer's or not, its level word opening
        # the short name
        town = next((m for m in by_end.get(short.start + 1, ()) if m.type == "LOC" and lo <= m.start
                     and m.start < short.start and (m.key or m.text).endswith(townships)), None)
        return None if town is None else Part(town.start, short.start, "place", town.key or town.text,
                                               text[town.start:short.start])
    level = levels(rules).home.match(short.value)
    if level is None:
        return None
    places = gazetteer(rules)
    for n in range(min(4, short.start - lo), 1, -1):
        stem = text[short.start - n:short.start]
        name = stem + level.group(1)
        found = places.lookup(name) if name in places.by_name and all(map(is_han, stem)) else None
        if found is not None and found.code and found.name == name:
            return Part(short.start - n, short.start, "place", found.name, stem)
    return None


# how the name of a nationwide body opens (全国双拥工作领导小组)
_NATIONWIDE = "全国"
# a body's term written inside its short name (省十二届人大常委会, 市第十五届人大常委会, 镇第二届人大)
_TERM = re.compile(f"(?<=[省市县区镇乡旗州]){TERM}")
_MAX_TERM = 5
# a level word (省, 市), and one written right before a body's name the NER found without it (为省 +
# 人大常委会…委员会)
LEVEL_WORD = re.compile(r"(?:自治区|省|市|县|区)")
_LEVEL_BEFORE = re.compile(f"{LEVEL_WORD.pattern}$")


@per_rules
def envoy_words(rules: RuleSet) -> re.Pattern[str]:
    """Words between an envoy's state and 驻 (``posts/words`` ``envoy``: 常驻, 新任驻华)."""
    return re.compile(f"(?:{alternation(post_words(rules)['envoy'])})$")


def envoy_of_china(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """An envoy written with where they are stationed and no state (驻大阪总领事, 驻美国大使): China's, when
    the place is abroad."""
    place = next((m for m in by_end.get(role_start, ()) if m.type == "LOC" and m.start - 1 >= lo), None)
    if place is None and not by_end.get(role_start):
        return _state_before_stationed(text, role_start, lo, rules)
    if place is None:
        return []
    if text[place.start - 1] != "驻":
        return []
    found = gazetteer(rules).lookup(place.key or place.text)
    if found is None or found.level not in ABROAD or found.name == "中国":
        return []
    return [Part(place.start - 1, role_start, "place", "中国", text[place.start - 1:role_start])]


ABROAD = frozenset({"country", "foreign-state", "foreign-city"})


def _state_before_stationed(text: str, role_start: int, lo: int, rules: RuleSet) -> list[Part]:
    """An envoy written after a state, 驻 and a place no rule read (中国驻杜塞尔多夫 + 总领事): the
    state's."""
    at = text.rfind("驻", max(lo, role_start - _MAX_STATIONED), role_start)
    if at < 0 or not is_han(text[at + 1:role_start]) or any(w in text[at:role_start] for w in MISSIONS):
        return []  # (巴西驻华使馆 + 公使: the mission's staff)
    places = gazetteer(rules)
    for n in range(min(places.max_len, at - lo), 1, -1):
        found = places.lookup(text[at - n:at]) if text[at - n:at] in places.by_name else None
        if found is not None and found.level == "country":
            return [Part(at - n, role_start, "place", found.name, text[at - n:role_start])]
    return []


#: the longest place name read between 驻 and an envoy's post (驻杜塞尔多夫总领事)
_MAX_STATIONED = 10


def stationed_abroad(text: str, role_start: int, lo: int, rules: RuleSet) -> bool:
    """Whether 驻 and a foreign state's one-character name (``events/short_places``: 法, 美, 日;
    ``posts/words`` stationed-abroad: 菲, 马) are written right before view offset ``role_start`` (中国驻法 +
    大使, 驻马 + 大使)."""
    if role_start - 2 < lo or text[role_start - 2] != "驻":
        return False
    if text[role_start - 1] in post_words(rules)["stationed-abroad"]:
        return True
    found = gazetteer(rules).lookup(short_places(rules).get(text[role_start - 1], ""))
    return found is not None and found.level in ABROAD and found.name != "中国"


def foreign_place_before(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """A foreign state or city of the gazetteer written right before a post in a word the place extractor
    did not read (法国巴黎 + 市长): the post is of that place, not of the publisher's city's body. The
    longest place written there is the one read: 内蒙古 + 自治区主席 is no post of 蒙古, a state. Else a
    foreign state's name of one character (``events/short_places``: 俄 + 外长, 韩 + 总统), not one of a
    pair (中俄 + 外长: both states' ministers) nor a name's surname (韩 + 副总理: a person's, by the NER)."""
    places = gazetteer(rules)
    for n in range(min(places.max_len, role_start - lo), 1, -1):
        name = text[role_start - n:role_start]
        found = places.lookup(name) if name in places.by_name else None
        if found is not None:
            abroad = found.level in ABROAD and found.name != "中国"
            return [Part(role_start - n, role_start, "place", found.name, name)] if abroad else []
    shorts = short_places(rules)
    before = text[role_start - 2:role_start - 1] if role_start - 2 >= lo else ""
    # (中俄 + 外长: a pair of states; 驻日 + 大使: where China's envoy is stationed; 立法 + 议员: a word the
    # short name ends)
    pair = before in shorts or before in _NOT_STATE_BEFORE \
        or bool(before) and not is_oov(before + text[role_start - 1])
    if role_start - 1 < lo or pair or any(m.type == "PER" for m in by_end.get(role_start, ())):
        return []
    found = places.lookup(shorts.get(text[role_start - 1], ""))
    if found is None or found.level != "country" or found.name == "中国":
        return []
    return [Part(role_start - 1, role_start, "place", found.name, text[role_start - 1])]


_NOT_STATE_BEFORE = frozenset("中驻")  # 中俄外长: China's and Russia's; 驻日大使: China's, in Japan


def city_after_state(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """A foreign state and the words of a place the gazetteer does not know between it and a post of a
    city's or province's government (巴西累西腓 + 副市长, 秘鲁阿雷基帕 + 市长): the post is that foreign
    place's (the state and the place as written), not the publisher's city's; none when the words hold
    anything but a name (驻华, a verb)."""
    for n in range(_MAX_FOREIGN_PLACE, 1, -1):
        at = role_start - n
        words = text[at:role_start]
        if at <= lo or not is_han(words) or "驻" in words or last_verb(text, at, role_start, rules):
            continue
        state = next((m for m in by_end.get(at, ()) if m.type == "LOC" and m.start >= lo), None)
        if state is not None and gazetteer(rules).lookup(words) is None \
                and (place := gazetteer(rules).lookup(state.key or state.text)) is not None \
                and place.level == "country" and place.name != "中国":
            return [Part(state.start, at, "place", place.name, state.text),
                    Part(at, role_start, "place", words, words)]
    return []


_MAX_FOREIGN_PLACE = 8


def division_abroad_before(text: str, role_start: int, lo: int, level: str, rules: RuleSet) -> list[Part]:
    """A province or state the gazetteer does not know, opening its clause right before a post of its
    level's government (巴厘省 + 省长, 西开普省 + 副省长: ``foreign-division`` endings; the gazetteer knows
    every Chinese province and prefecture): the post is that place's, not a government of the publisher's
    province; none when a place the gazetteer knows ends the words (原 + 河北省: a place the NER missed)."""
    if level not in post_words(rules)["foreign-division"]:
        return []
    places = gazetteer(rules)
    for at in range(max(lo, role_start - _MAX_FOREIGN_PLACE), role_start - len(level) - 1):
        words = text[at:role_start]
        if (at == lo or text[at - 1] in ORG_TAIL_STOP) and is_han(words) and words.endswith(level) \
                and not any(places.lookup(words[k:]) for k in range(len(words) - len(level))) \
                and last_verb(text, at, role_start, rules) is None:
            return [Part(at, role_start, "place", words, words)]
    return []


def last_verb(text: str, start: int, end: int, rules: RuleSet) -> re.Match | None:
    """The last verb ending a clause's subject (``posts/words`` ``verb``) in ``text[start:end]``."""
    found = list(grammar_of(rules).verb.finditer(text, start, end))
    return found[-1] if found else None


ORG_TAIL_STOP = "、,，。;；:：()（）《》“”\" \n兼—"
#: function characters a level word may follow in a post's title (产生了 + 镇党委委员, 当选为 + 县纪委书记,
#: 受 + 自治区党委书记X委托)
LEVEL_AFTER = "了的为任由在与和及受"
#: the pronouns no organisation's name starts with (我 does: 我市公安局)
_PRONOUNS = frozenset("他她它你")


#: 由 introducing who acts (会议由…主持), not inside a word (自由, 理由, 缘由, 经由, 来由, 由于)
_BY = re.compile("(?<![自理缘经来])由(?!于)")
NOT_A_POST_INSIDE = re.compile(r"委员会|常委会|代表(?=[大团选])|董事会|董事局|监事会")


def org_tail(text: str, end: int, lo: int, by_end, rules: RuleSet) -> Part | None:
    """An organisation the NER missed, written right before a post (中国人民争取和平与裁军委员会会长): the
    words after a delimiter ending in a suffix of ``orgs/suffixes`` marked ``post``."""
    start = end
    while start > lo and end - start < 20 and text[start - 1] not in ORG_TAIL_STOP \
            and not any(m.type in ("PER", "DATE") for m in by_end.get(start, ())):
        start -= 1
    start = _after_appointed(text, start, end, by_end, rules)
    pointed = text.rfind(_THAT, start, end)
    if 0 <= pointed and 1 <= end - pointed - 1 <= 2:  # 该局 + 副局长: the body named last ending in 局
        return _body_pointed_at(text, pointed, end, by_end)
    verb = last_verb(text, start, end, rules)
    head = suffix_re("post", rules).search(text, start, end)
    if end - start < 3 or head is None:
        return None
    if verb is not None:  # 在科伦坡会见中国化工部, 会议听取了市安委办: the name starts after the verb
        start = verb.end() + text.startswith("了", verb.end())
    elif start > lo and text[start - 1] not in ORG_TAIL_STOP \
            and not any(m.type in ("PER", "DATE") for m in by_end.get(start, ())):
        return None  # the words run on before: no name starts here (任命张三为 + the body's name is fine)
    by = list(_BY.finditer(text, start, end))
    start = by[-1].end() if by else start  # 座谈会由 + 商会执行会长: the clause's subject before 由
    start = max(start, text.rfind("的", start, end) + 1)  # 现已离休的 + …医院副院长: a phrase before the name
    start = max(start, text.rfind(_DONE, start, end) + 1)  # 受到了 + 商会副会长: a verb's, no name holds 了
    lead = word_lead(grammar_of(rules).function, text, start, end, post_words(rules)["join"])
    if lead is not None:
        # 关于公司董事, 由公司董事长, 的还有 + 县侨联主席: no name before the body's head word
        start = lead.end()
    if UNNAMED in text[start:end] or text[start:end] in post_words(rules)["board"] \
            or text[start] in _PRONOUNS \
            or text[start:end] in org_rules(rules).not_orgs:
        # 某医院副院长: a body the text does not name; 董事会秘书: a company's officer; 他当即找来公司 +
        # 主管副总: a clause, no name, starts with a pronoun; 二级学院 + 院长助理: a class of bodies
        # (``orgs/not-orgs``)
        return None
    if end - start < 3:
        return None
    table = roles(rules)
    # 委员 of 委员会, 常委 of 常委会, 代表 of 代表大会/代表团/人事代表选举委员会, 董事 of 董事会 are no posts
    seg = NOT_A_POST_INSIDE.sub(lambda m: "#" * len(m.group()), text[start:end])
    if any(seg[i:i + n] in table and start + i + n != head.start()
           for i in range(len(seg)) for n in range(2, min(MAX_ROLE, len(seg) - i) + 1)):
        return None  # a post inside: 小学教师张燕红北京市科协 names no body (交警 + 支队 names its unit)
    return _named_whole(text[start:end], start, end, by_end) or Part(start, end, "text", text[start:end])


def _after_appointed(text: str, start: int, end: int, by_end, rules: RuleSet) -> int:
    """Where a body's name may start in words from ``start`` to ``end`` that follow a person's name: after
    a form of address and a verb of appointing (张三 + 同志任 + 厅党委副书记: ``posts/words`` address,
    ``orgs/name-parts`` appointed-as); ``start`` when none is written."""
    if not any(m.type == "PER" for m in by_end.get(start, ())):
        return start
    address = next((w for w in post_words(rules)["address"] if text.startswith(w, start, end)), "")
    at = start + len(address)
    return at + 1 if text[at:at + 1] in org_rules(rules).appointed_as and end - at > 1 else start


def _named_whole(body: str, at: int, end: int, by_end) -> Part | None:
    """A body the NER missed written as the end of an organisation the article named before (同乡总会 after
    菲律宾晋江同乡总会): that organisation, the one named last, as 该 + a head word points at it; None when
    two organisations named before end so (the body as written)."""
    def fits(m: Mention) -> bool:
        return len(m.text) > len(body) and m.text.endswith(body)

    named = _org_named_last(at, by_end, fits)
    if named is not None and len({m.key or m.text for e, ms in by_end.items() if e <= at
                                  for m in ms if m.type == "ORG" and fits(m)}) > 1:
        # 世界X同乡总会 … 菲律宾X同乡总会 … 同乡总会 + 名誉理事长: two bodies so named: none, as written
        return None
    return None if named is None else Part(at, end, "mention", named.key or named.text, body)


def _org_named_last(at: int, by_end, fits: Callable[[Mention], bool]) -> Mention | None:
    """The organisation mention ending last by view offset ``at`` that ``fits``, or None."""
    return max((m for e, ms in by_end.items() if e <= at for m in ms if m.type == "ORG" and fits(m)),
               key=lambda m: m.end, default=None)


_THAT = "该"
UNNAMED = "某"  # 某部, 某医院: a body the text does not name


def _body_pointed_at(text: str, at: int, end: int, by_end) -> Part | None:
    """The organisation a text points at with 该 and a head word (该局, 该院) written from view offset ``at``
    to ``end``: the one named last before it whose name, as written, ends in that head word (市公路局; not
    市委 for 该会, though its full name 中共X市委员会 ends so), or None."""
    head = text[at + 1:end]
    body = _org_named_last(at, by_end, lambda m: text.endswith(head, m.start, m.end))
    return None if body is None else Part(at, end, "mention", body.key or body.text, _THAT + head)


FORMER_MARKS = "前原"


# 前 between a foreign state and its body's post (美国前国防部长): the post is a former one, of the state's
# body (not 原, which opens names: 美国原子能委员会)
STATE_FORMER = "前"


# how the name of an embassy or a consulate ends
MISSIONS = ("使馆", "领事馆", "总领馆")

TOWN_AFTER = "由在对向与和及经为从将被"  # prepositions a town's name may follow (会议由X镇镇长主持)
DEICTIC_TOWN = frozenset("该本此全我各")  # 该镇, 本镇: a town pointed at, not named

STREET = "街道"

OF = "的"
