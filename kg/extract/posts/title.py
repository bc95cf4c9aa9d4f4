"""Reading one title (:func:`parse_title`): the post written before a name, with its qualifiers, and the body
written before the post: the parts :mod:`kg.extract.posts.parts` reads, or a body of a shape they miss (a
zone, a department or division sharing the title, a paper, a unit, a session, a second name in brackets)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.engine import is_han, rules_of
from kg.extract.orgs import body_kind, org_rules, suffix_re
from kg.extract.placenames import place_names
from kg.extract.posts.parts import (
    FORMER_MARKS,
    LEVEL_AFTER,
    LEVEL_WORD,
    NOT_A_POST_INSIDE,
    OF,
    ORG_TAIL_STOP,
    STATE_FORMER,
    UNNAMED,
    Part,
    city_after_state,
    division_abroad_before,
    envoy_of_china,
    envoy_words,
    foreign_place_before,
    last_verb,
    org_parts,
    org_tail,
    state_form,
    stationed_abroad,
)
from kg.extract.posts.words import (
    HOME_UNITS,
    MAX_ROLE,
    Role,
    alternation,
    bare_role,
    generic_roles,
    grammar_of,
    head_word,
    is_country,
    is_officer,
    is_organ,
    org_names,
    post_words,
    roles,
    served_post,
)
from kg.extract.titles import after_number, word_lead
from kg.model import Mention, replace
from kg.nlp.numerals import DIGITS, SMALL
from kg.nlp.tokenize import dict_tag
from kg.rules import RuleSet, per_rules
from kg.rules.places import gazetteer

__all__ = ["MAX_LINK", "body_word_before", "BODY_WORD", "MAX_MINISTRY", "ALIAS", "parse_title",
           "legislatures", "NUMBER", "SESSION_NAME", "session_names", "CONGRESS", "STANDING",
           "GOVERNMENT_SHORT", "portfolio_re", "role_at", "role_reach", "ministry_of"]


@per_rules
def _modifiers(rules: RuleSet) -> tuple[frozenset[str], tuple[int, ...]]:
    """The qualifiers a post may carry (常务, 副), and their lengths, longest first."""
    kinds = post_words(rules)
    words = set(kinds["qualifier"])
    # 前, 原 (former) and 总, 老 (parts of other words) do not make a post of their own
    lex = rules.lexicon("titles/modifiers")
    words |= {w for w in lex.entries if w not in kinds["not-qualifier"]}
    return frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True))


def _longest_role(text: str, end: int, lo: int, rules: RuleSet) -> tuple[int, Role] | None:
    table = roles(rules)
    for n in range(min(MAX_ROLE, end - lo), 0, -1):
        r = table.get(text[end - n:end])
        if r is not None:
            return None if after_number(text, end - n) else (end - n, r)  # １１ + 天后: a time
    return None


#: qualifiers written short, by their form in a role (代县长 is the acting head: role 代理县长)
_ROLE_FORMS = {"代": "代理"}


@per_rules
def _post_qualifiers(rules: RuleSet) -> tuple[str, ...]:
    """The qualifiers that make another post (``posts/words`` post-qualifier: 代理, 名誉), longest first."""
    return tuple(sorted(post_words(rules)["post-qualifier"], key=len, reverse=True))


@per_rules
def _role_words(rules: RuleSet) -> tuple[str, ...]:
    """The qualifiers that make another post and the fields of work that name one (``posts/words``
    post-qualifier, field: 公关 + 经理, 行政 + 副主任), longest first."""
    return tuple(sorted({*_post_qualifiers(rules), *post_words(rules)["field"]}, key=len, reverse=True))


def _qualified(role: Role, qualifiers: str, before: str, rules: RuleSet) -> Role:
    """The role with the qualifiers written before it that make another post (``post-qualifier``: 副 +
    总参谋长, 常务 + 副部长, 代 + 检察长) and the fields of work naming it (``field``: 公关 + 经理,
    技术 + 顾问, 行政 + 副主任; not a minister's: 新闻 + 大臣), unless the role starts with them (副部长).
    ``before`` is the character before the qualifiers: one of ``era`` makes a 代 opening them an era
    (清代学者)."""
    words = post_words(rules)
    # (a minister's field names the ministry, no post: 新闻 + 大臣)
    known = _post_qualifiers(rules) if bare_role(role.role) in words["minister"] else _role_words(rules)
    prefix = ""
    while qualifiers:  # the run of them right before the role (第一 of 第一代干部 is none)
        word = next((w for w in known if qualifiers.endswith(w)), None)
        if word is None or (word == "代" and (qualifiers[:-1] or before)[-1:] in words["era"]):
            break
        prefix = _ROLE_FORMS.get(word, word) + prefix
        qualifiers = qualifiers[:-len(word)]
    if not prefix or role.role.startswith(prefix):
        return role
    return replace(role, role=prefix + role.role)


def _with_modifiers(text: str, start: int, lo: int, rules: RuleSet) -> int:
    """Where the qualifiers written right before ``start`` begin (常务 + 副 + 市长), the longest
    qualifier first at each step, not before ``lo``."""
    words, lengths = _modifiers(rules)
    changed = True
    while changed:
        changed = False
        for n in lengths:
            if start - n >= lo and text[start - n:start] in words:
                start -= n
                changed = True
                break
    return start


def _with_subject(text: str, start: int, lo: int, role: Role, rules: RuleSet) -> int:
    """Where a teacher's post starts with the school subject written right before it (数学 + 教师: the
    title's, no part of the school's name before it)."""
    words = post_words(rules)
    if bare_role(role.role) not in words["teacher"]:
        return start
    subject = next((w for w in words["subject"]
                    if start - len(w) > lo and text.startswith(w, start - len(w))), "")
    return start - len(subject)


def _place_over_level(text: str, role_start: int, lo: int, by_end) -> list[Part]:
    """The place whose name ends in the level word a title opens with (西藏自治区 + 副主席, read as 西藏 +
    自治区副主席: the region's government, not the publisher's region's): that place, as written."""
    place = next((m for k in range(role_start + 1, role_start + _MAX_LEVEL + 1) for m in by_end.get(k, ())
                  if m.type == "LOC" and lo <= m.start < role_start and text[role_start:k] in HOME_UNITS),
                 None)
    return [Part(place.start, role_start, "place", place.key or place.text, place.text)] if place else []


_MAX_LEVEL = 5  # (特别行政区)


def _zone_before(text: str, end: int, lo: int, role: Role, rules: RuleSet) -> list[Part]:
    """A development zone written right before its head's post, its body left out (弋阳高新区 + 副主任): the
    zone's body the post is of (posts/words ``zone-office``: its 管委会; ``zone-party``: its 党工委), the
    zone's words back to a delimiter or a verb; after a level word, the home place's zone (县高新区); with no
    name, the body alone, of the zone the article named last (高新区主任)."""
    words = post_words(rules)
    office = role.role in words["zone-office"]
    zones = org_rules(rules).zones
    if not (office or role.role in words["zone-party"]) or not text.endswith(zones, lo, end):
        return []
    start = end
    while start > lo and end - start < _MAX_ZONE and is_han(text[start - 1]) \
            and text[start - 1] not in ORG_TAIL_STOP:
        start -= 1
    verb = last_verb(text, start, end, rules)
    start = verb.end() if verb is not None else start  # 深入 + 高新区: the zone's name after the verb
    body = "管委会" if office else "党工委"
    level = LEVEL_WORD.match(text, start, end)
    if level is not None and end - level.end() <= _MAX_LEVEL_ZONE:
        return [Part(start, level.end(), "level", level.group()),
                Part(level.end(), end, "text", text[level.end():end] + body)]
    if text.startswith(zones, start):
        return [Part(start, end, "text", body)]  # (of the zone named last: of_zone)
    return [Part(start, end, "text", text[start:end] + body)]


_MAX_ZONE = 12
# the longest zone written after a level word that is the home place's (县经济开发区, 县城东工业园区)
_MAX_LEVEL_ZONE = 6


# states counted before a post (两国, 三国, 各国): each one's post, no body's name
_STATES_COUNTED = re.compile(f"(?:[{DIGITS}两几各诸数多]|[0-9０-９]+)国$")


def _chain_link(text: str, end: int, lo: int, by_end, rules: RuleSet) -> Part | None:
    """A body the NER missed between a chain's 、 and a post (省委书记、代表团团长, 全国政协委员、香港大公报
    董事长): the words after the 、, when they hold no post, verb, name or date; they name the post's body,
    and the chain goes on before them."""
    start = end
    while start > lo and end - start <= MAX_LINK and is_han(text[start - 1]) \
            and not any(m.type in ("PER", "DATE") for m in by_end.get(start, ())):
        start -= 1
    if start <= lo or text[start - 1] != "、" or end - start < 3 or end - start > MAX_LINK:
        return None  # (轮值 + 总裁, 旅游 + 部长: two characters are a modifier or a department)
    if text[start] == "驻" or "兼" in text[start:end] or text[end - 1] in _HOLDS:
        # 、驻中国大使: where an envoy serves, not whose envoy; 、谈判代表兼 + 副部长: a title; 、高苕华任 +
        # 副主席: a name and the verb that gives the post
        return None
    if _STATES_COUNTED.search(text, start, end) or text[end - 1] == OF:
        return None  # 埃及、叙利亚和约旦三国 + 总统, 美国、英国和法国的 + 总统: a list of states, no body
    words = post_words(rules)
    if text.startswith(words["body-head"], end) or text[start:end] in words["board"]:
        return None  # 审判 + 委员会委员: the post's own words name its body; 董事会秘书: a company's officer
    if TERM_ALONE.fullmatch(text, start, end):
        return None  # 、十三届 + 全国政协委员: a term, no body (the chain reads past it)
    if last_verb(text, start, end, rules) is not None or grammar_of(rules).function.match(text, start, end):
        return None
    # (及 + 经济管理学院: function words end before a word of the tagger they run into, 经 of 经济)
    inner = [w for m in grammar_of(rules).function.finditer(text, start, end)
             if (w := word_lead(grammar_of(rules).function, text, m.start(), end, words["join"])) is not None
             and (w.end() - w.start() > 1 or w.end() < m.end())]
    if inner:  # 、司法机构主要负责人包括 + 立法会 + 主席: the body's name starts after the words that list it
        start = inner[-1].end()
        return Part(start, end, "text", text[start:end]) if end - start >= 2 else None
    table, generic = roles(rules), generic_roles(rules)
    seg = NOT_A_POST_INSIDE.sub(lambda m: "#" * len(m.group()), text[start:end])
    # 领导小组 holds no post; an occupation inside the words names the body (腾冲科学家论坛, 作家协会)
    if any(seg[i:i + n] in table and seg[i:i + n] not in generic
           and (table[seg[i:i + n]].core or i + n == len(seg))
           for i in range(len(seg)) for n in range(2, min(MAX_ROLE, len(seg) - i) + 1)):
        return None
    state = next((m for k in range(start + 2, end - 1) if text[k] == STATE_FORMER
                  for m in by_end.get(k, ()) if m.start == start and m.type == "LOC"
                  and is_country(m.key or m.text, rules)), None)
    if state is not None:  # 、法国 + 前 + 三军参谋长: the state's body of a former post, the mark inside
        return Part(start, end, "text", text[start:state.end] + text[state.end + 1:end])
    return Part(start, end, "text", text[start:end])


MAX_LINK = 16


@per_rules
def _street_bodies(rules: RuleSet) -> tuple[str, ...]:
    """``posts/words`` street-body, longest first (街道办事处 before 办事处)."""
    return tuple(sorted(post_words(rules)["street-body"], key=len, reverse=True))


def _street_body_before(text: str, end: int, lo: int, rules: RuleSet) -> Part | None:
    """A street's body written alone from a delimiter to view offset ``end`` (，办事处 + 主任:
    ``street-body``; of the street the article named last, :func:`~kg.extract.posts.places.of_street`), or
    None."""
    word = next((w for w in _street_bodies(rules) if text.endswith(w, lo, end)), None)
    start = end - len(word) if word is not None else lo
    if word is None or start > lo and text[start - 1] not in ORG_TAIL_STOP:
        return None
    return Part(start, end, "text", word)


#: one-character verbs of holding a post written right before it (X任副主席, Y为秘书长)
_HOLDS = frozenset("任为")


def body_word_before(text: str, start: int, lo: int, ctx: Context) -> int:
    """The length of a body's head word (``orgs/suffixes``: 工会, 团委) written alone between a chain's 、
    and the post at view offset ``start``, naming no body of its own (党委副书记、工会主席); 0 when none."""
    suffixes = org_rules(rules_of(ctx)).suffixes
    return next((n for n in BODY_WORD if start - n - 1 >= lo and text[start - n - 1] == "、"
                 and text[start - n:start] in suffixes), 0)


# the lengths of a body's head word written alone before a post in a chain, longest first
BODY_WORD = (3, 2)




def _state_opening(m: Mention, rules: RuleSet):
    """The gazetteer's place a place mention is, or the place an organisation's name opens with (泰国国务院:
    泰国), else None."""
    gaz = gazetteer(rules)
    if m.type == "LOC":
        return gaz.lookup(m.key or m.text)
    return next((gaz.lookup(m.text[:e]) for e in range(len(m.text) - 2, 1, -1) if m.text[:e] in gaz.by_name),
                None)


def _department_in_title(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """统战部长, 外交部长: a department's name shares its 部 with 部长 (统战部 + 部长).

    The department is a short name of ``posts/orgs.tsv`` (统战部, of the chain's body) or a ministry
    jieba's dictionary knows as an organisation (外交部) or ``orgs/national`` names (水利部)."""
    for n in range(1, _MAX_FIELDS + 1):
        # 马耳他旅游部长, 马耳他财政和商务部长, 希腊内政、公共管理和权力下放部长: a foreign state's ministry,
        # the state written; looked for first, as 商务部 alone is China's (a ministry the dictionary knows
        # after the state is read below: 意大利 + 外交部长; 马耳他副总理兼外交部长 holds a title before it)
        middle = text[role_start - n:role_start]
        if role_start - n <= lo or not is_han(middle.replace("、", "")) or "兼" in middle or "部" in middle \
                or middle[0] in FORMER_MARKS \
                or any(m.type == "PER" for m in by_end.get(role_start - n + 1, ())):
            break  # (美国 + 前 + 国防部长: a former post of the ministry read below; no name inside)
        if middle[0] == "、" or ("、" in middle and not _FIELDS_JOINED.search(middle)):
            continue  # (印尼对华合作牵头人、统筹部长: a title, then the ministry)
        if text[role_start - n - 1] == "兼" and _FIELDS_JOINED.search(middle):
            # 马耳他副总理兼外交和环境部长: the ministry of several fields of the chain's state
            return [Part(role_start - n, role_start + 1, "text", middle + "部")]
        # the state, or a body of it (泰国国务院 + 事务部长: the ministry of the state's council)
        state = next((m for m in by_end.get(role_start - n, ())
                      if m.type in ("LOC", "ORG") and m.start >= lo), None)
        place = _state_opening(state, rules) if state is not None else None
        if state is not None and place is not None and place.level == "country" and place.name != "中国" \
                and middle + "部" not in org_names(rules) and dict_tag(middle + "部") != "nt":
            # (斐济共和国 + 外交外贸部长: the state by its short name, 斐济外交外贸部)
            written = state_form(text[state.start:state.end], rules)
            if middle in post_words(rules)["head-office"]:  # 德国 + 总理府 + 部长: the office itself
                return [Part(state.start, role_start, "text", written + middle)]
            return [Part(state.start, role_start + 1, "text", written + text[state.end:role_start] + "部")]
    for n in (2, 3, 4):  # (对外关系 + 部长 of 蒙古: a ministry the dictionary knows, after its state)
        if role_start - n < lo:
            break
        name = text[role_start - n:role_start] + "部"
        if name in org_names(rules):
            part = Part(role_start - n, role_start + 1, "short", name)
        elif dict_tag(name) == "nt" or name in org_rules(rules).national:  # 水利部长: a national body
            part = Part(role_start - n, role_start + 1, "text", name)
        else:
            continue
        return org_parts(text, part.start, lo, by_end, rules) + [part]
    return []


def _shares_head_word(role: Role, rules: RuleSet) -> bool:
    """Whether a head's post shares its body's head word (部长 of X部, 局长, and a division's: 司长, 处长)."""
    bare = bare_role(role.role)
    return bare in ("部长", _BUREAU + "长") \
        or head_word(served_post(role.role, rules)) in post_words(rules)["division"]


def _fields_end(text: str, role_start: int, bare_start: int, rules: RuleSet) -> int:
    """Where the fields of work (``field``: 技术) written first among a post's qualifiers end: before a head's
    post that shares its body's head word (部长, 局长, 司长) they are the end of the body's name (研究与技术 +
    部长, 外交部新闻 + 司长), not qualifiers of the post."""
    fields = post_words(rules)["field"]
    at = role_start
    while text.startswith(fields, at, bare_start):  # (one of them is there: which, in C first)
        word = next((w for w in fields if text.startswith(w, at, bare_start)), None)
        if word is None:
            return at
        at += len(word)
    return at


def _bureau_in_title(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """公安局长, 县教育局长: a local department's name (``orgs/departments``: 公安局, 教育局) shares its 局
    with 局长; the department, of the level or place written before it."""
    named = next((m for m in by_end.get(role_start + 1, ()) if m.type == "ORG" and m.start >= lo), None)
    if named is not None:  # 南昌市公安局 + 长: the organisation read with the post's 局
        return [Part(named.start, role_start + 1, "mention", named.key or named.text, named.text)]
    for n in (4, 3, 2):
        at = role_start - n
        if at < lo or text[at:role_start] + _BUREAU not in org_rules(rules).departments:
            continue
        before = org_parts(text, at, lo, by_end, rules)
        level = at > lo and text[at - 1] in place_names(rules).levels
        start = before[0].start if before else at - 1 if level else at
        return [Part(start, role_start + 1, "text", text[start:role_start] + _BUREAU)]  # 市 + 公安局
    return []


_BUREAU = "局"


def _han_starts(text: str, end: int, lo: int, shortest: int, longest: int,
                at_lo: bool = False) -> Iterator[int]:
    """Where the runs of Chinese characters that end at view offset ``end`` start, shortest first, from
    ``shortest`` to ``longest`` characters: none before ``lo`` (nor at it unless ``at_lo``) nor over a
    character of another script. The walk back from a post over the name of its body (市卫健委社区处 +
    处长)."""
    for at in range(end - shortest, end - longest - 1, -1):
        if at < lo or at == lo and not at_lo or not is_han(text[at:end]):
            return
        yield at


def _division_before(text: str, role_start: int, lo: int, by_end, role: Role, rules: RuleSet) -> list[Part]:
    """A division of a body, named right after the body and before its head's post (市卫健委社区处 + 处长,
    外交部礼宾司 + 司长): the post heads a ``division`` (处, 科, 司) whose name ends with the post's first
    character, written after an organisation the chain parser reads; the division is of that body. With no
    body before it, a division named alone from a delimiter (、资产经营管理处 + 处长) is the post's body."""
    served = served_post(role.role, rules)
    if head_word(served) not in post_words(rules)["division"]:
        return []
    if text[role_start - 1:role_start] != served[0]:
        return _division_sharing_title(text, role_start, lo, by_end, served, rules)
    for at in _han_starts(text, role_start, lo, 2, _MAX_DIVISION):
        body = org_parts(text, at, lo, by_end, rules)
        if body and body[-1].kind in ("mention", "short"):
            return body + [Part(at, role_start, "division", text[at:role_start])]
    for at in _han_starts(text, role_start, lo, 3, _MAX_LONE_DIVISION, at_lo=True):
        if (at == lo or text[at - 1] in ORG_TAIL_STOP or _after_listed_name(text, at, by_end, rules)) \
                and not grammar_of(rules).function.match(text, at, role_start) \
                and last_verb(text, at, role_start, rules) is None:
            return [Part(at, role_start, "division", text[at:role_start])]  # (由 + 行政法务司: no name)
    return []


def _after_listed_name(text: str, at: int, by_end, rules: RuleSet) -> bool:
    """Whether view offset ``at`` follows a person's name and a word joining a list (校长A以及 +
    国际交流处处长B: ``posts/words`` join)."""
    join = next((w for w in sorted(post_words(rules)["join"], key=len, reverse=True)
                 if text.endswith(w, 0, at)), None)
    return join is not None and any(m.type == "PER" for m in by_end.get(at - len(join), ()))


def _division_sharing_title(text: str, role_start: int, lo: int, by_end, served: str,
                            rules: RuleSet) -> list[Part]:
    """A division whose head word the head's post shares (外交部新闻司 + 长, 政务司 + 长, as 外交部 + 长):
    named right after a body the chain parser reads, of that body; alone, a short name of ``posts/orgs``."""
    if not text.startswith(served, role_start):
        return []  # (新闻司 + 副司长: the division is written whole before the deputy's post)
    named = next((m for m in by_end.get(role_start + 1, ()) if m.type == "ORG" and m.start >= lo), None)
    if named is not None:  # 外交部亚洲司 + 长: the organisation read with the post's 司
        return [Part(named.start, role_start + 1, "mention", named.key or named.text, named.text)]
    for at in _han_starts(text, role_start, lo, 1, _MAX_DIVISION - 1, at_lo=True):
        name = text[at:role_start + 1]
        if name in org_names(rules) and (at == lo or text[at - 1] in ORG_TAIL_STOP):
            return [Part(at, role_start + 1, "short", name)]  # (财政司 + 长 of a special region)
        if grammar_of(rules).function.search(text, at, role_start) or last_verb(text, at, role_start, rules):
            break  # (水利局立即派出由 + 处长: a clause, no division's name)
        body = (org_parts(text, at, lo, by_end, rules) or _national_before(text, at, lo, rules)) \
            if at > lo else []
        if role_start - at >= 2 and body and body[-1].kind in ("mention", "short", "text") \
                and body[-1].end == at:
            return body + [Part(at, role_start + 1, "division", name)]
    return []


def _named_before_of(at: int, lo: int, by_end) -> list[Part]:
    """The organisation named right before a 的 at view offset ``at`` that a post follows
    (中国驻纽约总领事馆的 + 商务领事李明, 青山中学的 + 教师): the post's body."""
    named = next((m for m in by_end.get(at, ()) if m.type == "ORG" and m.start >= lo), None)
    return [] if named is None else [Part(named.start, at, "mention", named.key or named.text, named.text)]


def _paper_before(text: str, end: int, lo: int, rules: RuleSet) -> list[Part]:
    """A paper written right before view offset ``end`` by a name jieba's dictionary knows as one
    (解放军报/nt, 光明日报/nz, 中国青年报/nt): its name ends as a paper's (``paper-end``: 报), the longest
    such word."""
    ends = post_words(rules)["paper-end"]
    for n in range(min(_MAX_PAPER, end - lo), 2, -1):
        name = text[end - n:end]
        if name.endswith(ends) and dict_tag(name) in _PAPER_TAGS:
            return [Part(end - n, end, "text", name)]
    return []


_MAX_PAPER = 8
_PAPER_TAGS = frozenset({"nt", "nz"})


def _national_before(text: str, end: int, lo: int, rules: RuleSet) -> list[Part]:
    """A national body written right before view offset ``end`` that no mention holds (外交部 + 亚洲司长: the
    title's words read as one): a name of ``orgs/national`` or one jieba's dictionary tags nt, the longest."""
    for n in range(min(_MAX_NATIONAL, end - lo), 1, -1):
        name = text[end - n:end]
        if name in org_rules(rules).national or dict_tag(name) == "nt":
            return [Part(end - n, end, "text", name)]
    return []


_MAX_NATIONAL = 8


def _unit_before(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """A unit of an organisation (``unit``: 系, 科, 室, 部 ...) named right after the organisation and
    before a post held in it (北京大学中文系 + 教授, 协和医院儿科 + 主任医师): the post is of the unit, of
    that organisation."""
    units = post_words(rules)["unit"]
    for at in _han_starts(text, role_start, lo, 2, _MAX_UNIT):
        if not text[at:role_start].endswith(units) or last_verb(text, at, role_start, rules) is not None:
            continue
        if _CONCURRENT in text[at:role_start] \
                or any(_longest_role(text, e, at, rules) is not None for e in range(at + 2, role_start + 1)):
            break  # 公安局副局长兼 + 交警支队: another post before the unit, whose body the chain reads
        body = org_parts(text, at, lo, by_end, rules)
        if body and body[-1].kind == "mention" and body[-1].end == at:
            return body + [Part(at, role_start, "division", text[at:role_start])]
    return []


def _state_of_envoy(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """The state of a special envoy (``special-envoy``: 特使, 特别协调员) written before the matter or
    region of the mission (``envoy-field`` words ending it: 中东问题, 中东和谈; or a region's name: 中东),
    itself right before the post: the state."""
    fields = post_words(rules)["envoy-field"]
    for at in range(role_start - 2, max(lo, role_start - _MAX_MISSION) - 1, -1):
        between = text[at:role_start]
        if not is_han(between) or last_verb(text, at, role_start, rules) is not None:
            break
        state = next((m for m in by_end.get(at, ()) if m.type == "LOC" and m.start >= lo
                      and is_country(m.key or m.text, rules)), None)
        region = any(m.type == "LOC" and m.start == at for m in by_end.get(role_start, ()))
        if state is not None and (between.endswith(fields) or region):
            return [Part(state.start, state.end, "place", state.key or state.text, state.text)]
    return []


_MAX_MISSION = 10


def _abbreviation_before(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """An organisation's abbreviation written alone before a post (贸促会 + 会长): its characters, in order,
    of the name of an organisation the article named before, ending as it does (中国国际贸易促进委员会): that
    organisation; not a word a company or school calls itself by (公司, 本校: posts/words)."""
    words = post_words(rules)
    refs = frozenset(words["company-ref"] + words["company-anaphor"] + words["school-ref"]
                     + words["self-ref"])
    for n in range(_MAX_ABBREVIATION, 1, -1):
        at = role_start - n
        word = text[at:role_start]
        if at < lo or not is_han(word) or (at > lo and text[at - 1] not in ORG_TAIL_STOP) \
                or word in refs or dict_tag(word) not in _ABBREVIATION_TAGS:
            # (公司 + 干部: a company's own words, whose posts the company rules read; 国会 + 主席: a common
            # noun, no abbreviation)
            continue
        fits = {m.key or m.text for e, ms in by_end.items() if e <= at for m in ms
                if m.type == "ORG" and _abbreviates(word, m.key or m.text)}
        if len(fits) == 1:  # (not when two organisations shorten alike: 投资公司 of two X投资有限公司)
            return [Part(at, role_start, "mention", fits.pop(), word)]
    return []


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is written with characters of ``name`` in order, its last ``name``'s (贸促会 of
    中国国际贸易促进委员会), shorter by two or more and not its end (使馆, 办事处: a kind of body, which
    other bodies of the article may be too)."""
    if len(name) < len(short) + 2 or short[-1] != name[-1] or name.endswith(short):
        return False
    rest = iter(name)
    return all(c in rest for c in short)


_MAX_ABBREVIATION = 5
#: the dictionary's tags an abbreviation may have: an abbreviation's (j: 贸促会, 北大), or none (unknown)
_ABBREVIATION_TAGS = frozenset({"j", None})
_MAX_DIVISION = 6
_MAX_UNIT = 8  # 文艺中心文艺部
_CONCURRENT = "兼"
_MAX_LONE_DIVISION = 8  # 资产经营管理处
MAX_MINISTRY = 6
# the longest name of a foreign ministry's fields before 部长 (内政、公共管理和权力下放), and how fields join
_MAX_FIELDS = 16
_FIELDS_JOINED = re.compile(r"[和与及][^、]*$")


def _ministry_of_minister(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """A foreign minister titled by the ministry's field (``minister``: 大臣): 英国外交大臣, 英外交大臣 and
    摩洛哥外交和合作大臣 are of the state's ministry of that field (英国外交部); after 兼, of the chain's
    state (摩洛哥首相兼外交和合作大臣)."""
    for at in _han_starts(text, role_start, lo, 1, MAX_MINISTRY + 2):
        middle = text[at:role_start]
        if "兼" in middle or middle[0] in FORMER_MARKS \
                or any(m.type == "PER" for m in by_end.get(at + 1, ())):
            break
        if text[at - 1] == "兼":
            # 摩洛哥首相兼外交和合作大臣: the ministry of the field of the chain's state
            return [Part(at, role_start, "text", middle + "部")]
        state = next((m for m in by_end.get(at, ()) if m.type == "LOC" and m.start >= lo), None)
        place = gazetteer(rules).lookup(state.key or state.text) if state is not None else None
        if state is not None and place is not None and place.level == "country" and place.name != "中国":
            # (约旦代理新闻大臣: 约旦新闻部, the qualifiers of the post no part of the field)
            name = text[state.start:state.end]
            return [Part(state.start, role_start, "text", ministry_of(name, place.name, middle, rules))]
        short = [p for p in foreign_place_before(text, at, lo, by_end, rules) if p.start == at - 1] \
            if len(middle) > 1 else []
        if short:
            # 英外交大臣: a foreign state's name of one character (英国外交部; not 法 + 务大臣: a field of one
            # character is a word's end)
            state_name = short[0].value
            return [Part(at - 1, role_start, "text", ministry_of(state_name, state_name, middle, rules))]
    return []


def ministry_of(state: str, key: str, field: str, rules: RuleSet) -> str:
    """The ministry of a minister titled by its ``field`` (外交, 代理新闻: the post's qualifiers no part of
    it) of ``state`` as written, whose gazetteer name is ``key``: 约旦新闻部; 日本建设省, a ministry of a
    ``sho-state``."""
    qualifiers = _post_qualifiers(rules)
    while (word := next((w for w in qualifiers if field.startswith(w)), None)) is not None:
        field = field[len(word):]
    return state + field + (_SHO if key in post_words(rules)["sho-state"] else "部")


_SHO = "省"


#: A body's second name in brackets (一个机构两块牌子: 省外办（港澳办）, 市委宣传部（市新闻办）).
ALIAS = re.compile(r"[（(]([\u4e00-\u9fff]{2,10})[）)]")
# the longest note on a body in brackets between it and a post (（上院）, （下院）)
_MAX_BODY_NOTE = 2


def _alias_before(text: str, end: int, lo: int, rules: RuleSet) -> int | None:
    """Where a body's second name in brackets starts when it is written right before view offset ``end``
    (省外办（港澳办）副主任): the second name ends in a head word of ``orgs/suffixes`` marked ``post``; or a
    short note on the body (民族委员会（上院）议长: which chamber it is), of ``_MAX_BODY_NOTE`` characters at
    most."""
    opening = text.rfind("（", max(lo, end - 12), end)
    opening = max(opening, text.rfind("(", max(lo, end - 12), end))
    alias = ALIAS.fullmatch(text, opening, end) if opening > lo else None
    return opening if alias is not None and (suffix_re("post", rules).search(alias.group(1))
                                             or len(alias.group(1)) <= _MAX_BODY_NOTE) else None


def parse_title(
    text: str, end: int, lo: int, by_end, rules: RuleSet
) -> tuple[int, Role | None, int, list[Part]] | None:
    """One title ending at ``end``: (start, role, role start, org parts); None when nothing. The longest role
    that ends there, with its modifiers and subject before it; its body read from the words written before
    it (:func:`_parts_written`), else the body its role implies (:func:`_parts_implied`). No role: an
    organisation alone, which sets the scope of the chain (市委常委会、统战部副部长)."""
    hit = _longest_role(text, end, lo, rules)
    if hit is None:
        parts = org_parts(text, end, lo, by_end, rules)
        return (parts[0].start, None, end, parts) if parts else None
    bare_start, role = hit
    role_start = _with_subject(text, _with_modifiers(text, bare_start, lo, rules), lo, role, rules)
    # (研究与技术 + 部长, 外交部新闻 + 司长: a field of work ends the name of the body the head's post
    # shares its head word with, read below, and names no post)
    body_end = _fields_end(text, role_start, bare_start, rules)
    own = body_end if body_end > role_start and _shares_head_word(role, rules) else role_start
    role = _qualified(role, text[own:bare_start], text[own - 1:own], rules)
    parts = _parts_written(text, role, (role_start, bare_start, body_end), lo, by_end, rules)
    if not parts and role.org and role.org.endswith("政府") and role_start - 2 >= lo \
            and text.startswith("政府", role_start - 2) \
            and not org_parts(text, role_start - 2, lo, by_end, rules):
        # 任命X为政府副县长, 县委副书记、政府县长X: 政府 alone is the government the post implies
        role_start -= 2
    parts, role = _parts_implied(text, parts, role, role_start, lo, by_end, rules)
    return (parts[0].start if parts else role_start), role, role_start, parts


def _parts_written(text: str, role: Role, at: tuple[int, int, int], lo: int, by_end,
                   rules: RuleSet) -> list[Part]:
    """The parts of the body a post's words before it write (``at``: where the title with its modifiers and
    subject starts, where its bare role starts, where a field of work before the role ends), the first of
    these readings that finds one: the organisation's name, a state's envoy, a council, a second name in
    brackets, a region over its level, a minister's field, a department or bureau in the title, a foreign
    place, a division or unit, an abbreviation, a paper, a quoted body, a congress's body, a session, the
    envoy's state, the body before 前, a portfolio or 的; [] when none does."""
    role_start, bare_start, body_end = at
    words = post_words(rules)
    # (约旦新闻 + 大臣, 约旦代理新闻 + 大臣: a minister with words before the bare title, whose
    # ministry is read from them, past the post's qualifiers, below)
    minister = bare_role(role.role) in words["minister"] and bare_start > role_start
    parts = [] if body_end > role_start and _shares_head_word(role, rules) or minister else \
        org_parts(text, role_start, lo, by_end, rules,
                   bare_role(role.role) in words["head"] + words["state-head"] + words["state-post"])
    if bare_role(role.role) in words["special-envoy"] and all(p.kind == "place" for p in parts) \
            and not (parts and is_country(parts[-1].value, rules)):
        # 美国中东问题特别协调员, 美国中东特使: the state's, the mission's matter or region between
        parts = _state_of_envoy(text, role_start, lo, by_end, rules) or parts
    if not parts:
        parts = _council_before(text, role_start, lo, by_end, rules)  # 商会第二届理事会 + 会长
    alias = _alias_before(text, role_start, lo, rules) if not parts else None
    if alias is not None:  # 省外办（港澳办）+ 副主任: the body written before its second name
        parts = org_parts(text, alias, lo, by_end, rules)
    if not parts and bare_role(role.role) in post_words(rules)["envoy-post"]:
        parts = envoy_of_china(text, role_start, lo, by_end, rules)
    if not parts:
        parts = _place_over_level(text, role_start, lo, by_end)  # 西藏自治区 + 副主席
    # 俄罗斯新闻 + 部长, 约旦新闻 + 大臣: a field of work (新闻) before a minister's post names the
    # state's ministry of it (俄罗斯新闻部), not the state alone
    if not parts and minister:
        parts = _ministry_of_minister(text, bare_start, lo, by_end, rules)
    if not parts and body_end > role_start and bare_role(role.role) == "部长":
        parts = _department_in_title(text, body_end, lo, by_end, rules)
    if not parts:
        parts = foreign_place_before(text, role_start, lo, by_end, rules)  # 法国巴黎 + 市长, 俄 + 外长
    if not parts and role.org.endswith(GOVERNMENT_SHORT):
        parts = city_after_state(text, role_start, lo, by_end, rules) \
            or division_abroad_before(text, role_start, lo, role.org[:-len(GOVERNMENT_SHORT)], rules)
        # 巴西累西腓 + 副市长; 巴厘省 + 省长
    if not parts and bare_role(role.role) == "部长":
        parts = _department_in_title(text, body_end, lo, by_end, rules)
    if not parts and bare_role(role.role) == _BUREAU + "长":
        parts = _bureau_in_title(text, body_end, lo, by_end, rules)
    if not parts:
        parts = _division_before(text, body_end, lo, by_end, role, rules)  # 市卫健委社区处 + 处长
    if not parts:
        parts = _unit_before(text, role_start, lo, by_end, rules)  # 北京大学 + 中文系 + 教授
    if not parts:
        parts = _abbreviation_before(text, role_start, lo, by_end, rules)  # …贸促会 + 会长
    if not parts and bare_role(role.role) in post_words(rules)["minister"]:
        parts = _ministry_of_minister(text, role_start, lo, by_end, rules)
    if not parts and role_start - 1 > lo and bare_role(role.role) in words["press"]:
        parts = _press_body_before(text, role_start, lo, rules)  # 《华盛顿邮报》专栏作家, 解放军报 + 记者
    if not parts and role_start - 1 > lo and text[role_start - 1] in _CLOSING_QUOTES:
        parts = _quoted_body(text, role_start - 1, lo, by_end)  # “马海德基金会”理事长
    if not parts:
        parts = _congress_body_before(text, role_start, lo, by_end, rules)  # 镇人大主席团 + 主席
    if not parts:
        # 十四届全国人大一次会议发言人, 大会执行主席: a post of the session written (or named) before it
        session = _session_before(text, role_start, lo, role, rules)
        parts = [session] if session is not None else []
    if not parts:
        parts = _envoy_state_before(text, role, role_start, lo, by_end, rules)  # 法国驻华大使, 驻法大使
    if not parts and role_start - 1 > lo and text[role_start - 1] in FORMER_MARKS:
        # 南非前总统, 市委原书记: 前/原 between the organisation and the post
        parts = [p for p in org_parts(text, role_start - 1, lo, by_end, rules) if p.kind != "level"]
    portfolio = portfolio_re(rules).search(text, max(lo, role_start - MAX_LINK), role_start) \
        if not parts and role_start - 1 > lo and text[role_start - 1] == "的" else None
    if portfolio is not None:
        # 约旦负责服务业的副首相: a portfolio between the state (or body) and the post
        parts = [p for p in org_parts(text, portfolio.start(), lo, by_end, rules) if p.kind != "level"]
    if not parts and role_start - 1 > lo and text[role_start - 1] == OF:
        parts = _named_before_of(role_start - 1, lo, by_end)  # 中国驻纽约总领事馆的 + 领事
    return parts


def _parts_implied(text: str, parts: list[Part], role: Role, role_start: int, lo: int, by_end,
                   rules: RuleSet) -> tuple[list[Part], Role]:
    """The parts of a post's body and its role, completed from what its words wrote (``parts``) by the
    body the role implies: of the company or school the article names (公司董事长, 集团党委书记, 校党委
    书记), the level word before the post's own body (市纪委书记), an organ of the company or school, the
    link or organisation of the chain before it, a street's or a zone's body, a legislature alone, a body
    whose name the NER ran into the post's words; a school's unit, and no body the text leaves unnamed."""
    officer = is_officer(bare_role(role.role), rules)
    if not parts and (officer or role.core and not role.org):
        # 公司董事长, and any post of no body of its own written right after 公司 or 集团 (集团总工程师)
        ref = grammar_of(rules).company_ref.search(text, lo, role_start)
        parts = [Part(ref.start(), role_start, "company", "")] if ref is not None else []
    body = role.org.removeprefix("{上级}")
    if not parts and role.org.startswith("{上级}"):
        # 市纪委书记: the level word before the post's own body (纪委书记) names the body (市纪委), when
        # no name comes before it (内蒙古自治区党委书记, 北石店乡党委书记 are read as before)
        level = next((k for k in range(3, 0, -1) if role_start - k >= lo
                      and text[role_start - k:role_start] + body in org_names(rules)
                      and (role_start - k == lo
                           or text[role_start - k - 1] in ORG_TAIL_STOP + LEVEL_AFTER)), 0)
        if level:
            short = text[role_start - level:role_start] + body
            parts, role = [Part(role_start - level, role_start, "short", short)], replace(role, org="")
        else:
            parts, role = _own_organ(text, role_start, lo, by_end, role, rules)
    party = parts[0] if len(parts) == 1 and parts[0].kind == "short" else None
    if party is not None and party.value in post_words(rules)["company-body"]:
        # 集团 + 党委 + 委员: the party committee of the company the article named, as 集团党委书记 below;
        # 健康报社 + 党委 + 委员: of a body the NER missed, as 健康报社 + 党委书记 is
        ref = grammar_of(rules).company_ref.search(text, lo, party.start)
        tail = org_tail(text, party.start, lo, by_end, rules) if ref is None else None
        parts = [Part(ref.start(), party.end, "company", party.value)] if ref is not None \
            else [tail, party] if tail is not None else parts
    elif party is not None and is_organ(party.value, rules):
        # 学校 + 办公室 + 主任, 公司 + 工会 + 主席: the organ of the school or company the article named
        parts = _organ_of_ref(text, lo, party, rules)
    if not parts and role.org.startswith("{上级}") \
            and (body in post_words(rules)["company-body"] or is_organ(body, rules)):
        # 集团党委书记: the party committee of the company the article named (公司 or 集团 alone);
        # 校党委书记: of the school (学校, 我校); 学校工会主席: the school's union
        ref = grammar_of(rules).company_ref.search(text, lo, role_start)
        school = grammar_of(rules).school_ref.search(text, lo, role_start)
        if ref is not None:
            parts, role = [Part(ref.start(), role_start, "company", body)], replace(role, org="")
        elif school is not None:
            parts, role = [Part(school.start(), role_start, "school", body)], replace(role, org="")
    if not parts:
        link = _chain_link(text, role_start, lo, by_end, rules)
        if link is not None and not role.core and not body_kind(link.value, rules) and not any(
                m.start >= link.start for e in range(link.start + 1, link.end + 1)
                for m in by_end.get(e, ())):
            # 、著名戏剧 + 评论家: an occupation's field, no body (、作家协会 + 会员, 、河北农大 + 副教授
            # are: a head word, a place's name); the chain goes on before it
            link = Part(link.start, link.end, "field", link.value)
        tail = org_tail(text, role_start, lo, by_end, rules) or link \
            or _street_body_before(text, role_start, lo, rules)
        parts = [tail] if tail is not None else _zone_before(text, role_start, lo, role, rules)
    if not parts:
        parts = _legislature_alone(text, role_start, lo, rules)  # 。国会 + 主席X
    elif len(parts) == 1 and parts[0].kind == "place":
        parts = _zone_before(text, role_start, lo, role, rules) or parts  # 弋阳高新区/LOC + 副主任
    if not parts and role.org.startswith("{上级}") and body:
        # 中国科协党组 + 成员: the body's name the NER read runs into the post's own words (党组成员)
        whole = next((m for m in by_end.get(role_start + len(body), ()) if m.type == "ORG"
                      and lo <= m.start < role_start and m.text.endswith(body)), None)
        if whole is not None:
            parts = [Part(whole.start, role_start, "mention", whole.key or whole.text, whole.text)]
            role = replace(role, org="")
    if len(parts) == 1 and parts[0].kind in ("text", "division"):
        parts = _school_unit(text, lo, parts[0], rules)  # 校 + 学位委员会 + 副主任: the school's
    if any(UNNAMED in p.value for p in parts if p.kind in ("text", "division")):
        parts = []  # 总参某部 + 干部, 某医院 + 副院长: a body the text does not name
    return parts, role


def _press_body_before(text: str, role_start: int, lo: int, rules: RuleSet) -> list[Part]:
    """The paper or magazine whose staff a press post (``posts/words`` press) written right after it is:
    one named in 《》 (《华盛顿邮报》专栏作家; not 《X》作者), its kind perhaps written after it
    (《剧本》杂志副主编: 剧本杂志), else a paper jieba knows (解放军报 + 记者)."""
    kind = next((k for k in post_words(rules)["press-kind"] if text.endswith("》" + k, lo, role_start)), "")
    close = role_start - len(kind) - 1
    opening = text.rfind("《", lo, close) if text[close] == "》" else -1
    if opening >= 0 and 2 <= close - opening - 1 <= MAX_LINK and is_han(text[opening + 1:close]):
        return [Part(opening, role_start, "text", text[opening + 1:close] + kind)]
    return _paper_before(text, role_start, lo, rules)


def _envoy_state_before(text: str, role: Role, role_start: int, lo: int, by_end,
                        rules: RuleSet) -> list[Part]:
    """The state whose envoy a post written after 驻 and the host's name is (法国驻华大使: 法国; 巴西新任驻华
    大使 too; 中国驻法大使: 中国); an envoy stationed abroad with no state written is China's (驻法大使, as
    驻美国大使); [] for any other post."""
    abroad = stationed_abroad(text, role_start, lo, rules)  # 驻法 + 大使
    parts = []
    stationed = grammar_of(rules).stationed
    if role_start - 2 > lo and (abroad or stationed.match(text, role_start - 2, role_start)):
        before = envoy_words(rules).search(text, lo, role_start - 2)
        parts = org_parts(text, before.start() if before else role_start - 2, lo, by_end, rules)
    if not parts and abroad and bare_role(role.role) in post_words(rules)["envoy-post"]:
        parts = [Part(role_start - 2, role_start, "place", "中国", text[role_start - 2:role_start])]
    return parts




def _school_unit(text: str, lo: int, part: Part, rules: RuleSet) -> list[Part]:
    """A body the NER missed written after a school's own word for itself (校 + 学位委员会, 院 + 办公室,
    学校 + 团委: ``school-ref``) is that body of the school, as 校党委 is the school's party committee (a
    ``school`` part); not a word that only opens with such a character (校友会, 院士工作站:
    ``not-school-ref``)."""
    words = post_words(rules)
    written = text[part.start:part.end]
    ref = next((w for w in sorted(words["school-ref"], key=len, reverse=True) if written.startswith(w)), "")
    if not ref or len(written) - len(ref) < 2 or written.startswith(words["not-school-ref"]) \
            or part.start > lo and text[part.start - 1] not in ORG_TAIL_STOP:
        return [part]
    return [Part(part.start, part.end, "school", written[len(ref):])]


def _legislature_alone(text: str, role_start: int, lo: int, rules: RuleSet) -> list[Part]:
    """A legislature's head word written alone before a post (``orgs/suffixes`` kind legislature: 。国会 +
    主席, 、参议院 + 议长, 原 + 议会 + 副议长), not a body of a place the post words name (人大): the post is
    of that body, whose state :func:`~kg.extract.posts.bodies.of_body_its_head_word_names` gives, not the head
    of state's."""
    word = next((w for w in legislatures(rules) if text.endswith(w, lo, role_start)), None)
    if word is None or not (role_start - len(word) == lo
                            or text[role_start - len(word) - 1] in ORG_TAIL_STOP + FORMER_MARKS):
        return []
    return [Part(role_start - len(word), role_start, "text", word)]


@per_rules
def legislatures(rules: RuleSet) -> tuple[str, ...]:
    """The head words of legislatures (``orgs/suffixes`` kind legislature) no post word names a place's
    body by (人大), longest first."""
    words = [w for w, kind in org_rules(rules).suffixes.items()
             if kind == "legislature" and w not in org_names(rules)]
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _organ_of_ref(text: str, lo: int, organ: Part, rules: RuleSet) -> list[Part]:
    """The parts of a body's organ written after a company's or a school's own word for itself (公司 +
    办公室, 学校 + 工会: ``company-ref``, ``school-ref``): that organ of the company or school, as 集团党委
    is the company's; the organ alone when no such word stands before it."""
    grammar = grammar_of(rules)
    for pattern, kind in ((grammar.company_ref, "company"), (grammar.school_ref, "school")):
        ref = pattern.search(text, lo, organ.start)
        if ref is not None:
            return [Part(ref.start(), organ.end, kind, organ.value)]
    return [organ]


# quotes around a body's name written before its post (“马海德基金会”理事长): closing -> opening
_CLOSING_QUOTES = {"”": "“", "’": "‘", "」": "「", "』": "『", '"': '"'}


def _quoted_body(text: str, close: int, lo: int, by_end) -> list[Part]:
    """The organisation named in quotes that close at ``close``, right before a post (“马海德基金会”理事长:
    the foundation's), as one part; none when the quotes hold no organisation the NER read whole."""
    opening = _CLOSING_QUOTES[text[close]]
    return [Part(m.start, close + 1, "mention", m.key or m.text, m.text) for m in by_end.get(close, ())
            if m.type == "ORG" and m.start - 1 >= lo and text[m.start - 1] == opening][:1]


NUMBER = SMALL
#: A session of a people's congress or of a CPPCC committee, by its full or its short name
#: (泉州市第十六届人民代表大会第三次会议, 十四届全国人大一次会议, 政协泉州市第十四届委员会第三次会议 or
#: 政协第十四届泉州市委员会第三次会议,
#: 全国政协十四届一次会议, 市十六届人大三次会议, 全国人大十四届一次会议): groups of the place, term and n
SESSION_NAME = re.compile(
    "(?:(?P<cppcc>中国人民政治协商会议|政协)(?P<cplace>[\u4e00-\u9fff]{0,10}?)"
    f"第?(?P<cterm>{NUMBER})届(?:(?P<cwhole>全国)|(?P<cplace2>(?:(?!委)[\u4e00-\u9fff]){{0,10}}?))委员会"
    f"|(?P<pplace>[\u4e00-\u9fff]{{1,10}}?)政协第?(?P<pterm>{NUMBER})届"
    f"|(?P<place>[\u4e00-\u9fff]{{0,10}}?)第?(?P<term>{NUMBER})届(?P<whole>全国)?(?:人民代表大会|人大)"
    f"|(?P<nplace>[\u4e00-\u9fff]{{1,10}}?)(?:人民代表大会|人大)第?(?P<nterm>{NUMBER})届)"
    f"第?(?P<n>{NUMBER})次(?:全体)?会议")
#: a term written alone (十三届, 第十二届): no body's name
TERM_ALONE = re.compile(f"第?{NUMBER}届")
#: the word every form of ``SESSION_NAME`` holds: a text without it names no session
_SESSION_WORD = "届"
#: How a text refers to the session it reports (大会执行主席, 担任本次大会的执行主席).
_THIS_SESSION = re.compile(r"(?:本次|这次|此次)?大会的?$")


def session_names(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``SESSION_NAME`` in ``text[pos:endpos]``; none, at once, where no 届 is written there
    (the pattern would try every character: most texts name no session)."""
    end = len(text) if endpos is None else endpos
    return SESSION_NAME.finditer(text, pos, end) if text.find(_SESSION_WORD, pos, end) >= 0 else iter(())


def _congress_body_before(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """The parts of a people's congress and its body (``posts/words`` ``session-body``: 主席团) written right
    before a post (多哇镇第二届人民代表大会主席团 + 主席, 镇人大主席团 + 主席: the town congress's presidium,
    whose chair heads it); none when no congress is written before the body."""
    body = next((b for b in post_words(rules)["session-body"]
                 if role_start - len(b) > lo and text.startswith(b, role_start - len(b))), "")
    if not body:
        return []
    at = role_start - len(body)
    congress = org_parts(text, at, lo, by_end, rules)
    if not congress or CONGRESS.search(text, congress[-1].start, at) is None:
        return []
    first = congress[0]
    town = next((m for m in by_end.get(first.start + 1, ())
                 if m.type == "LOC" and lo <= m.start < first.start), None) \
        if first.kind == "short" and len(congress) == 1 else None
    if town is not None:
        # 多哇镇 + (第二届)人民代表大会: the town's name ends in the level word that opens the short name
        whole = text[town.start:town.end] + first.value[1:]
        congress = [Part(town.start, first.end, "text", whole, whole)]
    return [*congress, Part(at, role_start, "division", body)]


def _session_before(text: str, role_start: int, lo: int, role: Role, rules: RuleSet) -> Part | None:
    """The session a post is of (``posts/words`` ``session`` posts: 执行主席 always; any post written
    right after a session's name: 十四届全国人大一次会议发言人): the session written right before the post,
    or for a session post after 大会 (or alone) the one the article names last before it (else first).
    A session's body written between them (``session-body``: 大会主席团常务主席) is the post's body."""
    body = next((b for b in post_words(rules)["session-body"]
                 if role_start - len(b) >= lo and text.startswith(b, role_start - len(b))), "")
    at = role_start - len(body)
    for m in session_names(text, max(lo, at - 40), at):
        if m.end() == at:
            return Part(m.start(), role_start, "session", m.group(), m.group(), body)
    if not body and bare_role(role.role) not in post_words(rules)["session"]:
        return None
    named = list(session_names(text))
    if not named:
        return None
    found = next((m for m in reversed(named) if m.end() <= role_start), named[0])
    this = _THIS_SESSION.search(text, lo, at)
    start = this.start() if this is not None else at
    return Part(start, role_start, "session", found.group(), found.group(), body)


# a people's congress at the end of an organisation's name (通城县人民代表大会, 县人大)
CONGRESS = re.compile(r"(?:人民代表大会|人大)$")
STANDING = re.compile(r"(?P<committee>中共.+委员会)(?:常务委员会|常委会)$")


def _council_before(text: str, at: int, lo: int, by_end, rules: RuleSet) -> list[Part]:
    """The association whose council or council's term (``council``) is written between its name and a
    post ending at ``at`` (X商会第二届理事会 + 会长, X侨联第十届委员会 + 副主席, X协会理事会 + 秘书长); []
    when the words before are no association's."""
    council = grammar_of(rules).council.search(text, lo, at)
    if council is None or council.start() == at:
        return []
    parts = org_parts(text, council.start(), lo, by_end, rules)
    tail = org_tail(text, council.start(), lo, by_end, rules) if not parts else None
    parts = parts or ([tail] if tail is not None else [])
    return parts if parts and body_kind(parts[-1].value, rules) == "association" else []


# a government's short name (区政府)
GOVERNMENT_SHORT = "政府"


def _own_organ(text: str, role_start: int, lo: int, by_end: dict[int, list[Mention]], role: Role,
               rules: RuleSet) -> tuple[list[Part], Role]:
    """The parts of a body's own organ written between the body's name and a post that implies the organ
    (市卫生健康委 + 机关 + 党委书记: the 机关党委 of 市卫生健康委, ``posts/orgs`` {上级}机关党委), or none."""
    body = role.org.removeprefix("{上级}")
    for k in range(3, 0, -1):
        short = text[role_start - k:role_start] + body
        named = next((m for m in by_end.get(role_start - k, ()) if m.type == "ORG" and m.start >= lo), None)
        if role_start - k > lo and short in org_names(rules) and named is not None:
            return [Part(named.start, named.end, "mention", named.key or named.text, named.text),
                    Part(role_start - k, role_start, "short", short)], replace(role, org="")
    return [], role


@per_rules
def portfolio_re(rules: RuleSet) -> re.Pattern[str]:
    """A portfolio written with 的 right before a post (负责独联体事务的), to the end of the text searched."""
    return re.compile(f"(?:{alternation(post_words(rules)['portfolio'])})[^，,。、；;的]{{1,12}}的$")


@per_rules
def role_reach(rules: RuleSet) -> int:
    """The most characters :func:`role_at` reads from its offset: a qualifier and the longest title."""
    return MAX_ROLE + max(map(len, _post_qualifiers(rules)), default=0)


def role_at(text: str, at: int, hi: int, rules: RuleSet, jobs: bool = False) -> tuple[int, Role] | None:
    """(length, role) of the longest post's title written at ``at`` (not past ``hi``), a qualifier that
    makes another post before it included (名誉 + 会长: 名誉会长), or None; an occupation's too with ``jobs``
    (教授, 大夫)."""
    table = roles(rules)
    qualifiers = _post_qualifiers(rules)
    lead = next((q for q in qualifiers if text.startswith(q, at) and q != "代"), "") \
        if text.startswith(qualifiers, at) else ""  # (代 + 表)
    for skip in dict.fromkeys((len(lead), 0)):
        found = next(((n, r) for n in range(min(MAX_ROLE, hi - at - skip), 0, -1)
                      if (r := table.get(text[at + skip:at + skip + n])) is not None and (r.core or jobs)),
                     None)
        if found is not None:
            return skip + found[0], _qualified(found[1], lead, "", rules) if skip else found[1]
    return None
