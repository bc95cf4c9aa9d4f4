"""Title chains: the titles written before a name, joined by 、 (:func:`parse_chain`), each a :class:`Post`
whose body is read in the scope of the titles before it, or taken from them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.context import Context
from kg.extract.engine import is_han, rules_of
from kg.extract.orgs import body_kind, canonical_org, org_rules
from kg.extract.placenames import place_names
from kg.extract.posts.parts import FORMER_MARKS, STATE_FORMER, Part
from kg.extract.posts.resolve import resolve_title
from kg.extract.posts.title import CONGRESS, MAX_LINK, TERM_ALONE, body_word_before, parse_title
from kg.extract.posts.words import (
    CPC,
    PARTY_BODIES,
    Role,
    alternation,
    bare_role,
    generic_roles,
    grammar_of,
    head_word,
    heads_school,
    honours,
    is_country,
    is_officer,
    org_names,
    post_words,
    school_of,
    served_post,
    staff_titles,
    zone_of,
)
from kg.rules import RuleSet, per_rules

__all__ = ["Post", "head_words", "given_to_another", "parse_chain", "chain_body", "party_holders",
           "marked_former", "moved_on", "POST_NOTE"]


@dataclass(frozen=True)
class Post:
    """One title of a chain, parsed: where it is and what it means."""

    title: tuple[int, int]  # view span of the title as written (org + post)
    role: str
    organization: str | None
    org_span: tuple[int, int] | None  # view span of the written organisation
    how: str  # written | implied | inherited | unknown
    parent: str | None = None  # the body a relative organisation belongs to (宣传部 -> 自治区党委)
    core: bool = True  # False for an occupation (记者, 教授)
    parent_span: tuple[int, int] | None = None  # view span where the parent body is written
    former: bool = False  # 前/原 written between the organisation and the post (南非前总统)
    company_ref: bool = False  # written after 公司 (a notice's own company): 公司总经理
    company_body: str = ""  # ... and the company's (or school's) party body written with it: 集团党委书记
    school_ref: bool = False  # written after 校, 学校 (the school the article names): 校党委书记
    counted: bool = False  # of several bodies, counted in its title (三家附属医院院长): shared by a list


@per_rules
def _verbs_of_posts(rules: RuleSet) -> re.Pattern[str]:
    """The verbs that give a post written after them (``posts/appointments`` start, hold: 任, 担任, 当选)."""
    words = [row.fields[0] for row in rules.table("posts/appointments").checked(2, 2)
             if row.fields[1] in ("start", "hold")]
    return re.compile(f"(?:{alternation(words)})$")


def _after_verb(text: str, start: int, lo: int, rules: RuleSet) -> bool:
    """Whether a title starting at view offset ``start`` is written right after a verb giving a post."""
    return _verbs_of_posts(rules).search(text, max(lo, start - 4), start) is not None


@per_rules
def head_words(rules: RuleSet) -> frozenset[str]:
    """The titles of a state's head and its government's (posts/words head, state-post: 总统, 总理)."""
    words = post_words(rules)
    return frozenset(words["head"] + words["state-post"])


def given_to_another(text: str, start: int, lo: int, by_end, rules: RuleSet) -> bool:
    """Whether a title starting at view offset ``start`` is written right after a verb giving a post and
    the name of the person it gives it to (王五 + 当选 + 省人大主任)."""
    verb = _verbs_of_posts(rules).search(text, max(lo, start - 4), start)
    return verb is not None and any(m.type == "PER" for m in by_end.get(verb.start(), ()))


_DEPARTMENT = "部"
#: a party secretary's post (书记, 副书记, 党组书记), written before another with nothing between them
_SECRETARY = "书记"
#: the party posts another post may follow with nothing between them (县委副书记县长, 县委常委宣传部长)
_PARTY_LEADS = (_SECRETARY, "常委")


class _Chains:
    """Posts of the title chains read in the last article (its text, mentions by end, context), by where a
    chain ends and the reading stops: the post and the appointment readers of an article ask for the same
    chains again (one call in seven over People's Daily); and the titles read there, by where each ends and
    the reading stops (the chains ending at each title of a list of titles read the titles before it again).
    The article's objects are held, so none of them is freed while its chains are kept; one read and one
    write of the memo: safe across threads."""

    def __init__(self) -> None:
        self._last: tuple[object, str, object, dict[tuple[int, int], list[Post]], _Titles] = \
            (None, "", None, {}, {})

    def __call__(self, text: str, end: int, lo: int, by_end, ctx: Context) -> list[Post]:
        last = self._last
        if last[0] is not by_end or last[1] is not text or last[2] is not ctx:
            last = self._last = (by_end, text, ctx, {}, {})
        chains = last[3]
        if (end, lo) not in chains:
            chains[end, lo] = _chain_posts(_chain_titles(text, end, lo, by_end, ctx, last[4]), ctx)
        return list(chains[end, lo])


_Titles = dict[tuple[int, int], "tuple[int, Role | None, int, list[Part]] | None"]


def _title(text: str, end: int, lo: int, by_end, ctx: Context,
           titles: _Titles) -> tuple[int, Role | None, int, list[Part]] | None:
    """:func:`~kg.extract.posts.title.parse_title` at ``end``, read once an article (``titles``)."""
    if (end, lo) not in titles:
        titles[end, lo] = parse_title(text, end, lo, by_end, rules_of(ctx))
    return titles[end, lo]


_chains = _Chains()
#: the most titles read as one chain, leftwards from a name (news writes a few, a biography some ten): a text
#: that strings thousands together (市长、书记…) is read no further, so that reading the chain of each of its
#: titles costs the same, not the length of the string
MAX_CHAIN = 24


def parse_chain(text: str, end: int, lo: int, by_end, ctx: Context) -> list[Post]:
    """Posts of the title chain ending at view offset ``end`` (the start of a name), in a new list."""
    return _chains(text, end, lo, by_end, ctx)


def _chain_titles(text: str, end: int, lo: int, by_end, ctx: Context,
                  titles: _Titles) -> list[tuple[int, int, Role | None, list[Part], bool]]:
    """The titles of the chain ending at view offset ``end``, read leftwards from it and given in order:
    (start, end, role, parts, whether marked as a former post)."""
    raw: list[tuple[int, int, Role | None, list[Part], bool]] = []
    pos = end
    while len(raw) < MAX_CHAIN:
        parsed = _title(text, pos, lo, by_end, ctx, titles)
        if parsed is None:
            break
        start, role, role_start, parts = parsed
        if any(m.type == "PER" and m.end - m.start > pos - role_start for m in by_end.get(pos, ())):
            break  # 总经理王前锋、…副总经理王进: a title inside a name (前锋) is no title
        if pos != end and start > lo and any(m.type == "PER" for m in by_end.get(start, ())):
            # 李明主任、副市长王刚: a title right after a name is that name's, no link of the chain (but
            # 免去张三 + 副市长、局长职务: the chain an appointment reads starts after its name, at lo)
            break
        # 前/原 in the gap between the organisation and the post (南非前总统; not 太原 + 市长)
        marked = bool(parts) and parts[-1].end == role_start - 1 and text[role_start - 1] in FORMER_MARKS
        lead = start  # where the title's words start, a mark of a former post inside a chain included
        if start - 2 >= lo and text[start - 1] in FORMER_MARKS and text[start - 2] in "、,，":
            # 老年大学校长，原县人大常委会主任X: a former post inside a chain, the titles before it current
            marked, lead = True, start - 1
        elif not parts and (n := body_word_before(text, start, lo, ctx)):
            lead = start - n  # 党委副书记、工会 + 主席, 党委委员、监事会 + 主席: a body's head word alone
        raw.append((start, pos, role, parts, marked))
        lead -= _epithet_before(text, lead, lo, rules_of(ctx))
        lead -= _membership_before(text, lead, lo, rules_of(ctx))
        lead -= _term_before(text, lead, lo)
        if lead - 1 >= lo and text[lead - 1] in "、,兼和":
            # 、 joins titles; a comma, 兼 or 和 only when another title ends right before it
            # (副总理兼外交部长, 国务委员会主席和部长会议主席), not the post a verb gave someone before
            # (张三任组长，副市长李四)
            if text[lead - 1] != "、":
                prev = _title(text, lead - 1, lo, by_end, ctx, titles)
                link = text.rfind("、", max(lo, lead - 1 - MAX_LINK), lead - 1) \
                    if prev is None and text[lead - 1] == "兼" else -1
                if link >= 0 and is_han(text[link + 1:lead - 1]):
                    pos = link  # 、谈判代表兼 + 副部长: a title the table does not know; the chain goes on
                    continue
                if prev is None or _after_verb(text, prev[0], lo, rules_of(ctx)):
                    break
            pos = lead - 1
            # 秘书一处处长（正科）、副主任: a note on the rank or the kind of a post in the list, read past
            note = POST_NOTE.search(text, lo, pos) if text[pos - 1:pos] in ")）" else None
            pos = note.start() if note is not None else pos
            continue
        if role is not None and role.core and lead - 1 > lo and is_han(text[lead - 1]) \
                and bare_role(role.role) not in staff_titles(rules_of(ctx)):
            # 党委书记 + 院长, 县委副书记 + 县长, 市委常委 + 常务副市长: a party secretary's or standing
            # member's post and another written with nothing between them (not 总统 + 特使, 司令 + 长官,
            # 主席团 + 主席: one post named by another; nor 秘书长 + 发言人: a staff's post names the body of
            # the post before it, below)
            prev = _title(text, lead, lo, by_end, ctx, titles)
            if prev is not None and prev[1] is not None and prev[1].core and prev[2] < lead \
                    and prev[1].role.endswith(_PARTY_LEADS):
                pos = lead
                continue
        joined = None if role is None or parts else _body_after_and(text, lead, lo, by_end, role, ctx, titles)
        if joined is not None:
            # 副会长兼 + 青年会 + 主任: a body the NER missed between 兼 and a title is the title's, and the
            # chain goes on before 兼
            raw[-1] = (start, raw[-1][1], role, [joined], marked)
            pos = joined.start - 1
            continue
        if role is not None and not parts and bare_role(role.role) in staff_titles(rules_of(ctx)):
            # 联合国秘书长发言人X: the staff of the post written right before, of its body (the post
            # itself is not X's: its title only names the body)
            prev = _title(text, start, lo, by_end, ctx, titles)
            if prev is not None and prev[1] is not None and prev[1].core and prev[3]:
                raw.append((prev[0], start, None, prev[3], False))
        break
    raw.reverse()
    return raw


#: the longest name of a body the NER missed read between 兼 and a title (兼 + 青年会 + 主任)
_MAX_JOINED_BODY = 6


def _body_after_and(text: str, lead: int, lo: int, by_end, role: Role, ctx: Context,
                    titles: _Titles) -> Part | None:
    """The words between 兼 and a title starting at view offset ``lead`` that no rule read, when a title
    ends right before 兼 (副会长兼 + 青年会 + 主任): the name of a body the NER missed, the title's; None
    when anything else stands there (兼任: a verb; a title ending at ``lead``), or when the title's head
    word ends the body's name and the words do not end with it (兼 + 经济政策统筹 + 部长: 统筹部)."""
    k = text.rfind("兼", max(lo, lead - _MAX_JOINED_BODY - 1), lead)
    words = text[k + 1:lead] if k > lo else ""
    head = head_word(bare_role(role.role))
    if not words or not is_han(words) or words.startswith("任") or head and not words.endswith(head) \
            or _title(text, lead, lo, by_end, ctx, titles) is not None \
            or _title(text, k, lo, by_end, ctx, titles) is None:
        return None
    return Part(k + 1, lead, "text", words)


def _epithet_before(text: str, start: int, lo: int, rules: RuleSet) -> int:
    """The length of a word of praise (``epithet``: 著名) written between a chain's 、 or comma and the
    title at view offset ``start`` (校长，著名数学家X): no part of the title, the chain goes on before it;
    0 when none."""
    return next((len(w) for w in post_words(rules)["epithet"] if text.endswith(w, lo, start)
                 and start - len(w) - 1 >= lo and text[start - len(w) - 1] in "、,"), 0)


def _term_before(text: str, start: int, lo: int) -> int:
    """The length of a term written between a chain's delimiter and the title at view offset ``start``
    (X集团董事长、十三届 + 全国政协委员Y): part of the title, no body; the chain goes on before it; 0 when
    none."""
    term = next((m for m in TERM_ALONE.finditer(text, max(lo, start - _LONGEST_TERM), start)
                 if m.end() == start and m.start() - 1 >= lo and text[m.start() - 1] in "、,"), None)
    return 0 if term is None else start - term.start()


_LONGEST_TERM = 5  # 第二十一届


def _membership_before(text: str, start: int, lo: int, rules: RuleSet) -> int:
    """The length of a party membership (``membership``: 中国共产党党员) and the delimiter after it, written
    between two of a chain's delimiters right before the title at view offset ``start`` (X大学校长，中国共产党
    党员、全国人大代表Y): no post, the chain goes on before it; 0 when none."""
    if start - 1 < lo or text[start - 1] not in "、,":
        return 0
    return next((len(w) + 1 for w in post_words(rules)["membership"] if text.endswith(w, lo, start - 1)
                 and start - len(w) - 2 >= lo and text[start - len(w) - 2] in "、,"), 0)


def _chain_posts(raw: list[tuple[int, int, Role | None, list[Part], bool]], ctx: Context) -> list[Post]:
    """The posts of a chain's titles (:func:`_chain_titles`), in order: each title's body read from its
    parts in the scope of the titles before it (:func:`~kg.extract.posts.resolve.resolve_title`), else taken
    from them."""
    posts: list[Post] = []
    scope: str | None = None
    scope_span: tuple[int, int] | None = None  # where the body the chain is about is written
    for start, stop, role, parts, marked in raw:
        org, how, scope, parent = resolve_title(parts, role, scope, ctx)
        if org is None and role is not None and not parts:
            org, how = _body_in_chain(role, scope, how, posts, ctx)
        if org is not None and role is not None \
                and bare_role(role.role).endswith(post_words(rules_of(ctx))["congress-head"]):
            # 县人大主任: the head of a local congress heads its standing committee
            congress = CONGRESS.search(org)
            if congress is not None:
                org += "常务委员会" if congress.group().endswith("大会") else "常委会"
        org_span = (parts[0].start, parts[-1].end) if parts else None
        parent_span = scope_span
        if len(parts) > 1 and "{上级}" not in org_names(rules_of(ctx)).get(parts[0].value, ("", ""))[0]:
            parent_span = (parts[0].start, parts[0].end)  # 自治区党委宣传部: the parent is in the title
        if org_span is not None:
            scope_span = org_span
        if role is None or role.role in generic_roles(rules_of(ctx)):
            continue
        if role.role in honours(rules_of(ctx)):  # 中国科学院院士: an honour, held in no organisation
            org, how, parent = None, "unknown", None
        if "{上级}" in role.org:  # 市政府党组书记: the 党组 is written inside the post
            parent_span = org_span or parent_span
            org_span = (start, stop - len(role.role))
        role_name = role.role
        if role_name == _MEMBER and org is not None and org.startswith(CPC) \
                and org.endswith(_STANDING_BODY) and len(org) > len(CPC) + len(_STANDING_BODY):
            # 中共中央顾问委员会常务委员会委员: a member of a party body's standing committee is the
            # body's 常委, as 中顾委常委 and 政治局常委 are read
            role_name, org = _STANDING_MEMBER, org.removesuffix(_STANDING_BODY)
        # 青山大学三家附属医院院长A、B、C: a count of bodies in the title
        # (:func:`~kg.extract.posts.reader._counted`)
        counted = org is not None and any(p.kind == "text" and grammar_of(rules_of(ctx)).count.search(p.value)
                                          for p in parts)
        posts.append(Post((start, stop), role_name, org, org_span, how, parent, role.core, parent_span,
                          marked, bool(parts) and parts[-1].kind == "company",
                          parts[-1].value if parts and parts[-1].kind in ("company", "school") else "",
                          bool(parts) and parts[-1].kind == "school", counted))
    return posts


def _body_in_chain(role: Role, scope: str | None, how: str, posts: list[Post],
                   ctx: Context) -> tuple[str | None, str]:
    """(organisation, how) of a title written with no body in a chain, from the chain's scope or the posts
    before it (``posts``); None and ``how`` when they give none."""
    words = post_words(rules_of(ctx))
    org = None
    if scope is not None:
        org, how = chain_body(role.role, scope, how, rules_of(ctx))
    if org is None and posts and (body := _body_of_party(posts[-1], rules_of(ctx))) is not None:
        # 市教育局党组书记、局长, 省国资委党委书记、主任, 中建四局党委常委、副总经理: the body's post
        org, how = body, "inherited"
    if org is None and posts and role.role in words["zone-office"] \
            and (zone := _zone_party_of(posts[-1], rules_of(ctx))) is not None:
        # 经济开发区党工委书记、主任: the zone's administrative committee's head
        org, how = canonical_org(zone + "管委会", ctx) or zone + "管委会", "inherited"
    department = (posts[-1].organization or "") if posts else ""
    if org is None and role.role in words["department-post"] and department.endswith(_DEPARTMENT):
        org, how = posts[-1].organization, "inherited"  # 市委组织部副部长、部务委员
    if org is None and posts and posts[-1].organization and not role.org \
            and bare_role(role.role) in words["member-post"] \
            and bare_role(posts[-1].role) in words["member-post"]:
        org, how = posts[-1].organization, "inherited"  # 省委常委、副书记: the committee's
    if org is None:
        # 市公安局副局长、代理局长: a deputy's acting post is of the body of the post it stands for
        base = served_post(role.role, rules_of(ctx))
        org = next((p.organization for p in reversed(posts) if p.organization
                    and served_post(p.role, rules_of(ctx)) == base), None)
        how = "inherited" if org is not None else how
    if org is None and role.core and posts and posts[-1].organization \
            and bare_role(role.role) not in words["many"] \
            and (body_kind(posts[-1].organization, rules_of(ctx)) in words["chain-kind"]
                 or is_officer(posts[-1].role, rules_of(ctx))):
        # 香港大公报董事长、社长, X大学教授、博士生导师: a paper's, company's or school's posts in a chain
        # are of its body
        org, how = posts[-1].organization, "inherited"
    return org, how


def _body_of_party(post: Post, rules: RuleSet) -> str | None:
    """The body whose party group or committee holds ``post`` (市教育局党组, 中建四局党委: its parent, or the
    name before 党委 when the chain gives none and it names no place), else None."""
    org = post.organization or ""
    if not org.endswith(PARTY_BODIES):
        return None
    body = org[:-2]
    return post.parent or (body if len(body) > 2 and body[-1] not in place_names(rules).levels else None)


def chain_body(role: str, scope: str, how: str, rules: RuleSet) -> tuple[str | None, str]:
    """The organisation of a title written with none in a chain about ``scope``: a company officer's is the
    company whose party committee the chain names (青山集团党委), a body's staff's the body."""
    grammar = grammar_of(rules)
    company = grammar.company_body.match(scope)
    school = school_of(scope, rules)
    if school is not None and heads_school(served_post(role, rules), school, rules):
        return school, "inherited"  # X学院党委书记，党委副书记、校长Y: the school's 校长
    officer = is_officer(role, rules)
    if officer and (company is not None or grammar.company.search(scope)):
        return (company.group("company") if company else scope), "inherited"
    if company is None and role in staff_titles(rules):
        return scope, "inherited"
    return None, how


def party_holders(posts: list[Post], rules: RuleSet) -> list[str]:
    """The bodies whose party committee or group ``posts`` name (中国钢研 of 中国钢研党委), in order."""
    parties = post_words(rules)["company-body"]
    return [org.removesuffix(p) for post in posts if (org := post.organization)
            for p in parties if org.endswith(p) and org != p]


_MAX_STATE = 8  # the longest state name read before 前 (美利坚合众国, 波斯尼亚和黑塞哥维那 is longer: none)


# 原, 前 before a title chain make its posts former ones (原市委书记张三, 前市长李四), unless they end a word
# (目前, 以前, 提前 ...: a time, not a title's qualifier: ``time-word``); 原任, 前任 the same; and 时任,
# the post held at the time told (时任市长李四)
_FORMER = re.compile(r"(?:(?:原|前)任?|时任)$")
_AT_THE_TIME, _OF = "时任", "的"


def marked_former(text: str, start: int, lo: int, rules: RuleSet, name: int | None = None) -> bool:
    """Whether the title chain starting at ``start`` is marked as former (原市长, 美国前国防部长); 时任 not
    before a relative clause ending at 的 before the ``name`` (时任市长的省委常委张三: the 市长 only, read
    as a relative clause's)."""
    m = _FORMER.search(text, lo, start)
    if m is not None and m.group().endswith(_AT_THE_TIME) and name is not None and _OF in text[start:name]:
        return False
    if m is None:
        return any(text[start + e:start + e + 1] == STATE_FORMER
                   and is_country(text[start:start + e], rules, foreign=True)
                   for e in range(2, _MAX_STATE + 1))
    return m.start() == lo or text[m.start() - 1] not in post_words(rules)["time-word"]


@per_rules
def _moved_on_re(rules: RuleSet) -> re.Pattern[str]:
    """A verb of a move away (``posts/words`` moved-on: 调任, 升任) right after a name, past 同志, 已 and
    a date (已于3月, 近日)."""
    digits = "0-9０-９一二三四五六七八九十"
    date = f"[{digits}〇零]{{1,4}}[年月日](?:[{digits}]{{1,2}}[月日])*[初底]?"
    verbs = alternation(post_words(rules)["moved-on"])
    return re.compile(f"(?:同志)?(?:已经?)?(?:近日|日前|[于在]?{date})?(?:{verbs})")


def moved_on(text: str, end: int, rules: RuleSet) -> bool:
    """Whether the name ending at ``end`` is followed by a verb saying its holder left the posts of the chain
    before it (南昌市委书记吴某调任青海省委副书记: the 南昌 post is former)."""
    return _moved_on_re(rules).match(text, end) is not None


# a note on a post in brackets between the title and the name (副市长（挂职）李强, 副县长（正处级）周密),
# or on the order of the names after it (执行主席（按姓氏笔画为序）：A、B)
POST_NOTE = re.compile(r"[(（](?:[^()（）,，。、\d０-９]{1,6}|[按以][^()（）,，。、]{2,10})[)）][:：]?$")


def _zone_party_of(post: Post, rules: RuleSet) -> str | None:
    """The development zone whose party working committee holds ``post`` (中共X经济开发区工作委员会,
    X开发区党工委), else None."""
    org = post.organization or ""
    if not org.endswith(("工作委员会", "党工委")):
        return None
    return zone_of(org, org_rules(rules).zones)


_MEMBER, _STANDING_BODY, _STANDING_MEMBER = "委员", "常务委员会", "常委"
