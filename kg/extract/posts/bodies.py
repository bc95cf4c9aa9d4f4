"""A post's body the chain left unwritten, from the bodies the article names: the school or company named
last, the page's own body, the body a clause founds, the unit or team named before, the party body of a
named body, the same post named earlier (:func:`carried`), the session that elects, a body written short
after it was named in full."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from heapq import merge
from operator import itemgetter

from kg.extract.context import Context
from kg.extract.engine import is_han, rules_of
from kg.extract.orgs import body_kind, canonical_org, org_rules
from kg.extract.placenames import place_names
from kg.extract.posts.article import Held, Person, Reading, own_of_word, visit_us
from kg.extract.posts.chain import Post, chain_body, party_holders
from kg.extract.posts.parts import ORG_TAIL_STOP
from kg.extract.posts.places import PARTY_HEAD, TOWN_PARTY
from kg.extract.posts.resolve import UPPER, resolve_org, same_kind, session_name, session_place
from kg.extract.posts.title import BODY_WORD, NUMBER, legislatures, session_names
from kg.extract.posts.words import (
    CHINA,
    CPC,
    CPC_SHORT,
    PARTY_BODIES,
    Role,
    alternation,
    bare_role,
    faculty,
    head_kinds,
    head_word,
    heads_school,
    honours,
    is_commander,
    is_country,
    is_officer,
    is_organ,
    occupation,
    org_names,
    places_at_head,
    post_words,
    roles,
    school_of,
    served_post,
    staff_titles,
)
from kg.model import replace
from kg.nlp.sentences import sentence_at
from kg.rules import RuleSet, per_rules
from kg.rules.places import gazetteer

__all__ = ["of_own_company", "of_kind_named", "of_unit_named", "unit_word", "coach_of_team",
           "of_body_founded", "of_kind_word_before", "of_body_its_head_word_names", "of_site",
           "of_joined", "of_joined_bodies", "of_association_elected", "school_post", "own_post", "party_post",
           "named_last_before", "party_chain", "body_before", "envoy_of_mission", "heads_another",
           "of_sender", "head_of_neighbours", "written_by_self", "long_heads", "of_same_post", "carried",
           "minister_of_list", "of_dateline", "twins", "told_as_twin", "inner_body", "own_group",
           "neighbours_school", "group_of_listed",
           "of_electing_body", "of_department_named", "chain_of_ref", "deputy_of_listed",
           "of_party_committee", "of_central_committee", "listed_officer", "district_of_city", "full_form",
           "in_full_named", "company_officer"]


def of_own_company(post: Post, text: str, own: str | None, rules: RuleSet) -> Post:
    """A post written after a company's own word for itself (集团公司党委书记, 本公司董事:
    ``company-self``) on the page of a company (``own``: the publisher) is the publisher's, not that of the
    company the article named last (重庆X集团董事长Y一行到集团公司座谈。集团公司党委书记Z: Z is the
    publisher's)."""
    if own is None or post.organization is not None or not post.company_ref or post.org_span is None \
            or not text.startswith(tuple(post_words(rules)["company-self"]), post.org_span[0]):
        return post
    return replace(post, organization=own + post.company_body, how="inherited")


def of_kind_named(post: Post, bodies: list[str], earlier: list[str], rules: RuleSet) -> Post:
    """A head's or a deputy's post no rule gave a body (局长, 副检察长: ``posts/heads``) is of the last body
    of the kind it heads its paragraph named before it (``bodies``; 平江县人民检察院召开会议。…副检察长X), not
    a party body: the body it is of (X分局党委高度重视…局长Y: X分局); when the paragraph named none, of the
    one body of that kind the article named before it (``earlier``: 东山煤矿是先进单位。(a paragraph or two)
    矿长X), its short name too; none when the article named two such bodies."""
    if post.organization is not None or not post.core:
        return post
    ending = head_kinds(rules).get(served_post(post.role, rules))
    if ending is None:
        return post
    body = next((b for b in map(_without_party_body, reversed(bodies)) if b.endswith(ending)), None)
    if body is None:
        named = {b for b in map(_without_party_body, earlier) if b.endswith(ending) and len(b) > len(ending)}
        full = max(named, key=len, default="")  # (青山省交通运输厅 … 交通运输厅: one body)
        body = full if full and all(full.endswith(b) for b in named) else None
    return post if body is None else replace(post, organization=body, how="inherited")



def of_unit_named(post: Post, text: str, bodies: list[tuple[int, str]], rules: RuleSet) -> Post:
    """A post no rule gave a body whose own body is a party body (党委书记: ``posts/roles`` {上级}党委),
    written right after a unit's head word alone and perhaps 这个/该 and 的 (支队 + 党委书记, 这个矿的 +
    党委书记: ``posts/heads`` endings), is of the party body of the one body of that kind the article named
    before it (``bodies``: (view end, name); 长沙市公安局交警支队 … 支队党委书记X: 长沙市公安局交警支队党委;
    its short name too, 交通运输厅 of 青山省交通运输厅); none when the article named two such bodies or
    none. (A head's title alone, 支队长, is of its paragraph's body: :func:`of_kind_named`.)"""
    if post.organization is not None or not post.core:
        return post
    start = post.title[0]
    role = roles(rules).get(text[start:post.title[1]])
    if role is None or not role.org.startswith(UPPER):
        return post
    before = _unit_alone(rules).search(text, max(0, start - _MAX_UNIT_BEFORE), start)
    if before is None or not unit_word(before.group("unit"), rules):
        return post
    ending = before.group("unit")
    named = {b for b in (_without_party_body(b) for e, b in bodies if e <= start)
             if b.endswith(ending) and len(b) > len(ending)}
    # (青山省交通运输厅 … 交通运输厅: one body, named in full and short)
    full = max(named, key=len, default="")
    return replace(post, organization=full + role.org.removeprefix(UPPER), how="inherited") \
        if full and all(full.endswith(b) for b in named) else post


def unit_word(word: str, rules: RuleSet) -> bool:
    """Whether ``word`` is a unit's head word written alone (局, 厅, 支队: the endings of ``posts/heads``)."""
    return word in set(head_kinds(rules).values())


def coach_of_team(post: Post, text: str, bodies: list[tuple[int, str]], rules: RuleSet) -> Post:
    """A coach's post no rule gave a body (``posts/words`` coach) is of the team that opens its sentence
    (``bodies``: (view end, name); 四川蓝剑队本轮以89∶92败给八一队，但主教练X: 四川蓝剑队, not the team it
    lost to), or when its sentence names no team before it, the one that opens the sentence before it in its
    paragraph, named as the article named it in full (浙江队…。主教练Y称: 浙江中欣队, the one longer team's
    name of that start)."""
    if post.organization is not None or bare_role(post.role) not in post_words(rules)["coach"]:
        return post
    at = post.title[0]
    lo, _ = sentence_at(text, at)
    team = _team_opening(text, lo, at, bodies, rules)
    para = text.rfind("\n", 0, at) + 1
    named = any(lo < e <= at and b.endswith(_TEAM) for e, b in bodies)  # (a team not opening it: none)
    if team is None and not named and lo - 1 > para:
        before, _ = sentence_at(text, lo - 1)
        team = _team_opening(text, max(before, para), lo, bodies, rules)
    if team is None:
        return post
    head = team.removesuffix(_TEAM)
    fuller = {b for _, b in bodies if b.startswith(head) and b.endswith(_TEAM) and len(b) > len(team)}
    return replace(post, organization=fuller.pop() if len(fuller) == 1 else team, how="inherited")


def _team_opening(text: str, lo: int, hi: int, bodies: list[tuple[int, str]], rules: RuleSet) -> str | None:
    """The team whose name opens the text from ``lo`` (past spaces), or the first of its clauses that one
    opens (在昨天的比赛中，上海队以2∶1战胜北京队: 上海队, the subject after a clause of time), and ends before
    ``hi``, or None."""
    starts = [lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())]
    starts += [i + 1 for i in range(lo, hi) if text[i] in _CLAUSE_COMMAS]
    return next((b for start in starts for e, b in bodies if e <= hi and e - len(b) == start
                 and b.endswith(_TEAM) and body_kind(b, rules) == _TEAM_KIND), None)


_CLAUSE_COMMAS = "，,；;"


def of_body_founded(post: Post, text: str, by_end, ctx: Context, lo: int, start: int) -> Post:
    """A post no rule gave a body, of a person (named at view offset ``start``, its sentence from ``lo``)
    whose clause follows one that founds or renames a body (成立了中共太岳特委，安子文同志任书记; X改称为Y，
    Z任书记: ``posts/words`` founding, renaming), is of that body; a founded committee the NER did not read,
    written after its founder (中共中央成立专门委员会，周恩来为主任), is the founder's (中共中央专门委员会,
    keyed as written names are)."""
    if post.organization is not None:
        return post
    gap = text[lo:start]
    comma = max(gap.rfind(","), gap.rfind("，"))
    if comma < 0 or not _CLAUSE_GAP.fullmatch(gap[comma + 1:]):
        return post
    clause_end = lo + comma
    verb = next(reversed(list(_founding(rules_of(ctx)).finditer(text, lo, clause_end))), None)
    if verb is None:
        return post
    body = next((m for m in by_end.get(clause_end, ()) if m.type == "ORG" and m.start == verb.end()), None)
    if body is not None:
        return replace(post, organization=body.key or body.text, how="inherited")
    name = text[verb.end():clause_end]
    founder = next((m for m in by_end.get(verb.start(), ()) if m.type == "ORG" and m.start >= lo), None)
    if founder is None or verb.group("renamed") or not is_han(name) or not name.endswith(_COMMITTEE_WORD):
        return post
    written = text[founder.start:founder.end] + name
    return replace(post, organization=canonical_org(written, ctx), how="inherited")


@per_rules
def _founding(rules: RuleSet) -> re.Pattern[str]:
    """A verb of founding (成立了) or renaming (改称为: group ``renamed``) a body."""
    words = post_words(rules)
    founding, renaming = alternation(words["founding"]), alternation(words["renaming"])
    return re.compile(f"(?:{founding})了?|(?P<renamed>{renaming})")


# what stands between a clause and the name of the person of the next (，安子文同志任书记: none), and the head
# word of a committee's name
_CLAUSE_GAP = re.compile("由?")
_COMMITTEE_WORD = "委员会"

_TEAM, _TEAM_KIND = "队", "team"


@per_rules
def _unit_alone(rules: RuleSet) -> re.Pattern[str]:
    """A unit's head word written alone before a post (支队 + 党委书记, 。矿 + 党委书记, 这个矿的 + 党委书记):
    after a mark, 这个 or 该, or a verb or a preposition jieba glues to it (orgs/name-parts appointed-as:
    由 + 局党委书记, 任 + 厅党委副书记), perhaps with 的."""
    glued = "".join(sorted(org_rules(rules).appointed_as))
    return re.compile(
        rf"(?:(?<=[^\u4e00-\u9fff])|(?<=[{glued}])|这个|该)(?P<unit>[\u4e00-\u9fff]{{1,2}}?)的?$")


_MAX_UNIT_BEFORE = 5
# words that point back at a body named before (该委员会, 本会, 此委员会)
_REFERRING = frozenset("该本此")


def of_kind_word_before(post: Post, text: str, bodies: list[tuple[int, str]], rules: RuleSet) -> Post:
    """A head's or an officer's post no rule gave a body, written right after the head word of a body's kind
    alone (``orgs/suffixes``: 饭店, 书店; after a delimiter, 这个 or 该, perhaps with 的: 。饭店总经理X,
    书店副经理Y), is of the last body of that kind the article named before it (北京长城饭店 …
    饭店总经理X), as a head's title alone is of its paragraph's (:func:`of_kind_named`); none when it named
    none."""
    if post.organization is not None or not (post.core or is_officer(post.role, rules)):
        return post
    start = post.title[0]
    word = _KIND_BEFORE.search(text, max(0, start - _MAX_KIND_BEFORE), start)
    kind = word.group("kind") if word is not None else ""
    if word is None or kind not in org_rules(rules).suffixes:
        return post
    named = [b for e, b in sorted(bodies) if e <= word.start() and b.endswith(kind) and len(b) > len(kind)]
    return replace(post, organization=named[-1], how="inherited") if named else post


# a body's kind word alone right before a post (。饭店 + 总经理, 这个书店的 + 副经理)
_KIND_BEFORE = re.compile(r"(?:(?<=[^\u4e00-\u9fff])|这个|该)(?P<kind>[\u4e00-\u9fff]{2,3})的?$")
_MAX_KIND_BEFORE = 6


def _without_party_body(body: str) -> str:
    """The body a party body (党委, 党组) written with its name is of (青山区公安分局党委高度重视 … 局长X: the
    分局), or ``body``."""
    party = next((p for p in PARTY_BODIES if body.endswith(p) and len(body) > len(p)), "")
    return body.removesuffix(party)


def of_body_its_head_word_names(post: Post, text: str, bodies: list[tuple[int, str]], subject: str | None,
                                 rules: RuleSet) -> Post:
    """A post whose body is written as a head word alone (``orgs/suffixes``: 委员会主任, 研究会会长) is of the
    body whose name the text last wrote ending in that word before it (全国法律职业教育指导委员会。该委员会…。
    委员会主任X), when the NER read that name (``bodies``: (view end, name)); a reference to it (该委员会) is
    passed over. A legislature's head word alone (国会主席X, 原议会副议长Y) is of the one foreign state the
    article is about (``subject``: 越南国会), whatever names the NER read. Else as written."""
    head = post.organization
    if head is None or head not in org_rules(rules).suffixes:
        return post
    if subject is not None and head in legislatures(rules):
        return replace(post, organization=subject + head, how="inherited")
    at = text.rfind(head, 0, post.title[0])
    while at > 0 and (text[at - 1] in _REFERRING or not is_han(text[at - 1])):
        at = text.rfind(head, 0, at)  # (该委员会, 。委员会…: the body named before, again)
    end = at + len(head)
    body = next((b for e, b in bodies if e == end and b.endswith(head) and len(b) > len(head)), None)
    return post if at <= 0 or body is None else replace(post, organization=body, how="inherited")


def of_site(
    post: Post, text: str, site: str | None, named: bool, schools: list[str], companies: list[str],
    rules: RuleSet
) -> Post:
    """A post no rule gave a body (or only a bare party body: 党委委员), on a page of a ``site`` known by its
    address alone, is of the site's own body when the title calls it so (我会秘书长, 我院党委书记:
    ``self-ref``), or when the page calls itself so anywhere and the post is a party body's or a school's
    head's (党委书记, 副院长: a ``company-body``, a ``school-officer``), or, with no company nor school named
    before it (``named``), when it is a company's, a school head's or a party body's post (公司总经理,
    集团党委书记, 党委副书记, 董事长, 校长: ``company-ref``, a ``company-body``, an ``officer``). With no
    word for itself, the page's one body of the post's kind named after the post too is the site's own by
    its name: a school head's of the one school or association of its kind (``schools``: 会长X带队 …
    汉中商会是…), another's of the one school or company (``companies``) the article names."""
    words = post_words(rules)
    bare = post.organization in words["company-body"]
    if site is None or post.organization is not None and not bare \
            or not (post.core or is_officer(post.role, rules)):
        return post
    body = text[post.title[0]:post.title[1]].removesuffix(post.role)
    party = next((b for b in words["company-body"] if body.endswith(b)), "")
    party = post.organization or "" if bare else party
    head = served_post(post.role, rules) in words["school-officer"]
    organ = body if is_organ(body, rules) else _organ_before(text, post.title[0], rules)
    own = text.endswith(words["self-ref"], 0, post.title[0]) or body.startswith(words["self-ref"]) \
        or (party or head) and any(w in text for w in words["self-ref"])
    kind = post.company_ref or post.school_ref or party or head or organ or is_officer(post.role, rules)
    if not (own or not named and kind):
        return post
    suffix = organ or post.company_body or party
    # the one body of the post's kind the page names, after the post too: the site's own by its name
    bodies = {k for k in schools if heads_school(served_post(post.role, rules), k, rules)} if head \
        else {*schools, *companies}
    holder = bodies.pop() if len(bodies) == 1 and not own else None
    org = (holder if head else holder + suffix) if holder is not None else site + suffix
    return replace(post, organization=org, how="inherited")


def _organ_before(text: str, start: int, rules: RuleSet) -> str:
    """A body's head word or a company's board (:func:`~kg.extract.posts.words.is_organ`) written alone right
    before the post at view offset ``start`` (、工会 + 主席), after a delimiter or a company's word for
    itself; '' when none."""
    refs = post_words(rules)["company-ref"]
    return next((word for n in BODY_WORD if is_organ(word := text[start - n:start], rules) and (
        start == n or text[start - n - 1] in ORG_TAIL_STOP or text.endswith(refs, 0, start - n))), "")


def of_joined(posts: list[Post], text: str) -> list[Post]:
    """A post with no body written right after 兼 and a post of the same chain is of that post's body
    (副会长兼常务副秘书长: the association's)."""
    out: list[Post] = []
    for post in posts:
        prev = out[-1] if out else None
        if post.organization is None and post.core and prev is not None and prev.organization is not None \
                and text[prev.title[1]:post.title[0]] == "兼":
            post = replace(post, organization=prev.organization, how="inherited")
        out.append(post)
    return out


_BOTH_BODIES = "暨"


def of_joined_bodies(posts: list[Post], art: Reading, at: Person) -> list[Post]:
    """A post of a body its sentence writes after another body and 暨 (one association under two names:
    青山华侨华人联合会暨青山和平统一促进会新任会长X、前任会长Y) is held in each: the one before 暨 too."""
    out: list[Post] = []
    for post in posts:
        out += [replace(post, organization=first, org_span=None, parent=None, parent_span=None)
                for first in _joined_body(post, art, at)]
        out.append(post)
    return out


def _joined_body(post: Post, art: Reading, at: Person) -> list[str]:
    """The body written before 暨 and the body of ``post``, named last before its title in its sentence, or
    none."""
    text, lo = art.text, at.sent[0]
    if text.find(_BOTH_BODIES, lo, post.title[0]) < 0:
        return []  # (no 暨 in the sentence before the title: no body's mention need be read back)
    body = next((m for end in range(post.title[0], lo, -1) for m in art.by_end.get(end, ())
                 if m.type == "ORG" and (m.key or m.text) == post.organization and m.start > lo), None)
    if body is None or text[body.start - 1:body.start] != _BOTH_BODIES:
        return []
    first = body_before(body.start - 1, lo, art.by_end)
    return [first] if first is not None and first != post.organization else []


def of_association_elected(post: Post, bodies: list[str], rules: RuleSet) -> Post:
    """A post an association's congress elects (``posts/words`` association-elected: 主席, 副主席, 秘书长)
    given by an election with no body written is of the association the article named last before it
    (``bodies``: 青山市作家协会会员代表大会召开。张三当选主席，李四、王五当选副主席)."""
    if post.organization is not None or served_post(post.role, rules) not in \
            post_words(rules)["association-elected"]:
        return post
    body = next((b for b in reversed(bodies) if body_kind(b, rules) == "association"), None)
    return post if body is None else replace(post, organization=body, how="inherited")


def school_post(post: Post, schools: list[str], rules: RuleSet, own: str | None = None) -> Post:
    """A school's post with no body written (校长, 副校长, 校长助理: ``school-officer``; 校党委书记) is of the
    school the article named last before it (``schools_named``); one written after 校 or 学校 on a school's
    own page (``own``: the publisher) is the publisher's, whatever school a phrase named before it."""
    if post.organization is not None or not schools:
        return post
    if post.school_ref:
        school = own or next((s for s in reversed(schools) if not faculty(s, rules)), None)
        return post if school is None else \
            replace(post, organization=school + post.company_body, how="inherited")
    school = next((s for s in reversed(schools)
                   if heads_school(served_post(post.role, rules), s, rules)), None)
    return post if school is None else replace(post, organization=school, how="inherited")


def own_post(post: Post, text: str, own: str | None, ctx: Context, chain: bool = False) -> Post:
    """A post written right after a body's own word for itself (我院副院长X, 我校党委书记Y:
    ``self-ref``), or in a chain so opened (``chain``: 我院党组书记、院长Z), is of the publisher's school,
    hospital, court or association ``own`` (its own page), not of the school the article named last; with
    no such publisher, as before; a body's head word after the word for itself names that body of it
    (我校工会主席, 我校侨联副主席: the school's union, its returned overseas Chinese federation). A word for
    itself of another kind than ``own`` names the ``publisher``'s body of its kind (我院 on
    河北大学附属医院's page: the hospital, not 河北大学)."""
    rules = rules_of(ctx)
    if own is None:
        return post
    words = post_words(rules)
    written = text[post.title[0]:post.title[1]]
    before = text[:post.title[0]]
    word = next((w for w in words["self-ref"] if written.startswith(w) or before.endswith(w)), None)
    own = own_of_word(own, word, ctx) if word else own
    body = written.removeprefix(word or "")
    organ = body[:len(body) - len(post.role)] if word else ""
    if is_organ(organ, rules) and organ not in words["company-body"] \
            and post.organization in (None, organ, (word or "") + organ):
        return replace(post, organization=canonical_org(own + organ, ctx) or own + organ, how="inherited")
    if post.organization is not None and not post.school_ref or not (chain or word):
        return post
    return replace(post, organization=own + post.company_body, how="inherited")


def party_post(post: Post, text: str, here: list[str], own: str | None, rules: RuleSet,
                earlier: str | None = None) -> Post:
    """A post of a party body written with no body before it (党委副书记X, 纪委书记Y: ``company-body``
    and the role) is of that body of the school or company its sentence named last before it (``here``:
    在X大学，党委副书记Y), else of the publisher's when the publisher is a school or company (``own``:
    its own page), else of the school or company the article named last before it (``earlier``: X集团外部
    董事A到子公司调研。党委副书记B陪同)."""
    written = text[post.title[0]:post.title[1]]
    body = written.removesuffix(post.role)
    if post.organization not in (None, body) or not post.core or body == written \
            or not _party_body(body, rules) \
            or text[post.title[0] - 1:post.title[0]] in place_names(rules).levels:
        return post  # (村 + 党支部书记: a level's committee, the village the text did not name)
    holder = here[-1] if here else own or earlier
    return post if holder is None else replace(post, organization=holder + body, how="inherited")


def _party_body(body: str, rules: RuleSet) -> bool:
    """Whether ``body`` is a party body with no holder written (党委, 纪委: ``company-body``) or a department
    of one (党委宣传部, 党委组织部: a body's head word after it)."""
    parties = post_words(rules)["company-body"]
    return body in parties or any(body.startswith(p) and is_organ(body[len(p):], rules) for p in parties)


_END = itemgetter(0)  # the view end of a (view end, ...) record: a school, a company, a post named


def named_last_before(text: str, at: int, schools: list[tuple[int, str]], companies: list[tuple[int, str]],
                  rules: RuleSet) -> str | None:
    """The school or company (of ``schools`` and ``companies``, (view end, name) in order) the article named
    last before view offset ``at``, when no guests' words come between them (X公司总经理一行来我院。党委书记Y:
    the publisher's own) and it is no association or court (全国总工会主席 … 厂长、党委书记Z)."""
    # (the kind of each read back from the last: the one named last is mostly of a kind that counts; both
    # lists are in order, so the two read back from a bisection are merged, not the whole sorted again)
    back = merge(*(reversed(named[:bisect_right(named, at, key=_END)]) for named in (schools, companies)),
                 reverse=True)
    last = next((n for n in back if body_kind(n[1], rules) not in _NOT_EARLIER), None)
    if last is None or visit_us(rules).search(text, last[0], at) is not None:
        return None
    return last[1]


#: the kinds of bodies whose party committee a bare 党委 written after them is not taken to be
_NOT_EARLIER = ("association", "court")


def party_chain(posts: list[Post], fill: Callable[[Post], Post], text: str, rules: RuleSet) -> list[Post]:
    """``fill`` (:func:`party_post`, :func:`of_own_company`) over a chain's posts; a post after one it
    filled, with no body of its own, is of the body the chain's rule gives it (党委副书记、总经理Y in a
    sentence naming X公司: X公司's 总经理), and one of a department of the bare party body it filled is of
    that body's (党委常委、组织部部长 on a school's page: X大学党委组织部, not 党委组织部). A post written
    with a body's head word alone (工会主席, 团委书记) after one of a named body's party committee is of that
    body's (校党委副书记、工会主席Y: X大学工会)."""
    out: list[Post] = []
    party: str | None = None  # the body of the last post filled so
    bare = ""  # ... and the party body as the chain wrote it (党委)
    holder = ""  # the body whose party committee a post before named (X大学 of X大学党委)
    for post in posts:
        filled = fill(post)
        org = post.organization
        organ = text[post.title[0]:post.title[1]].removesuffix(post.role)
        if filled is not post and filled.organization is not None:
            party = filled.organization
            bare = next((b for b in post_words(rules)["company-body"] if party.endswith(b)), "")
        elif party is not None and org is None and post.core:
            org, how = chain_body(post.role, party, post.how, rules)
            filled = post if org is None else replace(post, organization=org, how=how)
        elif party is not None and bare and org is not None and org.startswith(bare) and org != bare:
            filled = replace(post, organization=party.removesuffix(bare) + org, how="inherited")
        if filled.organization is None and post.core and holder and organ and is_organ(organ, rules):
            filled = replace(post, organization=holder + organ, how="inherited")
        holder = next(iter(party_holders([filled], rules)), holder)
        out.append(filled)
    return out


def body_before(at: int, lo: int, by_end) -> str | None:
    """The organisation mention ending at view offset ``at`` and starting after ``lo``, by its key."""
    m = next((m for m in by_end.get(at, ()) if m.type == "ORG" and m.start >= lo), None)
    return (m.key or m.text) if m is not None else None


# an envoy's mission written short before the envoy's title, with its state (美国驻沪总领馆 + 总领事), its
# place or none (中国大使馆 + 总领事), and one of its sections or none (中国驻匈牙利大使馆领侨处 + 领事)
_MISSION_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:(?:常)?驻[\u4e00-\u9fff]{1,8}?)?"
                             r"(?:总领事馆|总领馆|领事馆|大使馆|使馆)(?:[\u4e00-\u9fff]{1,3}[处部])?$")


# ... and one written with no state, 驻 and where it is stationed (驻菲使馆 + 临时代办)
_STATIONED_MISSION = re.compile(r"驻(.)(?:总领事馆|总领馆|领事馆|大使馆|使馆)(?:[\u4e00-\u9fff]{1,3}[处部])?")


def envoy_of_mission(post: Post, text: str, rules: RuleSet) -> Post:
    """The head of a mission (``envoy-head``: 大使, 总领事) written after the mission
    (美国驻上海总领事馆总领事, 美国驻沪总领馆总领事) holds the post of the state the mission is of (美国), as
    envoys written after their state do, China's when no state is written and the mission is abroad
    (驻菲使馆临时代办: ``posts/words`` stationed-abroad); a mission of no state known keeps its body."""
    if bare_role(post.role) not in post_words(rules)["envoy-head"]:
        return post
    lo = max(0, post.title[0] - 20)
    org = post.organization or ""
    abroad = _STATIONED_MISSION.fullmatch(org)
    if abroad is not None and abroad.group(1) in post_words(rules)["stationed-abroad"]:
        return replace(post, organization=CHINA, how="inherited")
    m = _MISSION_BEFORE.search(org) or _MISSION_BEFORE.search(text[lo:post.title[0]])
    if m is None:
        return post
    state = gazetteer(rules).lookup(m.group(1))
    if state is None or state.level != "country":
        return post
    return replace(post, organization=CHINA if state.name == "中国" else m.group(1), how="inherited")


def heads_another(role: str, body: str, rules: RuleSet) -> bool:
    """Whether a head's title (局长, 处长: two characters ending in 长) names a body of another kind than
    ``body`` (局长 of 中组部 heads one of its bureaus)."""
    served = served_post(role, rules)
    return bool(head_word(served)) and not body.endswith(served[0])


_SENDER_MARKS = "由，,"


def of_sender(post: Post, text: str, lo: int, by_end, rules: RuleSet) -> Post:
    """A head's or deputy's post with no body written after 由 (应急管理部派出由副部长X带队的工作组) or
    opening a clause (民政部对救灾高度重视，部长X部署) is of the body named last before it in the sentence,
    when the post heads a body of its kind (部长 of a 部) and no person is named between them; any other post
    so written is of a body named right before the comma (新增了国家禁毒委员会办公室，副主任X出任发言人),
    not of a body whose post of that title the article named before."""
    served = served_post(post.role, rules)
    at = post.title[0]
    if post.organization is not None or not post.core or at - 1 < lo or text[at - 1] not in _SENDER_MARKS \
            or bare_role(post.role) in post_words(rules)["coach"]:
        return post  # (八一队…战胜辽宁队，主教练X: a coach's team is the sentence's subject, coach_of_team)
    bodies = [m for end in range(lo, at) for m in by_end.get(end, ()) if m.type == "ORG" and m.start >= lo]
    body = max(bodies, key=lambda m: m.end, default=None)
    if body is None or any(m.type == "PER" for end in range(body.end, at) for m in by_end.get(end, ())):
        return post
    head = bool(head_word(served))
    if head and not (body.key or body.text).endswith(served[0]) or not head and body.end != at - 1:
        return post
    return replace(post, organization=body.key or body.text, how="inherited")


def head_of_neighbours(post: Post, neighbours: list[Post], rules: RuleSet) -> Post:
    """A head's post with no body written (局长, 副院长) after a person of the same sentence whose posts
    name a body ending in the head's word (泉州市体育局党组书记郑宏谋、局长汪水永: the 局长 of
    泉州市体育局) is of that body; so is a deputy's or an acting head's after the head's (主任X,副主任Y)."""
    role = served_post(post.role, rules)
    if post.organization is not None or not post.core or role in post_words(rules)["many"] \
            or post.title[1] - post.title[0] > len(post.role):
        return post  # (基础设施部长 names its own body; an article names many 部长)
    # 办事处党组书记、主任王世超,副主任孙建伟: a deputy after the head is of the head's body
    body = next((p.organization for p in reversed(neighbours)
                 if p.organization and served_post(p.role, rules) == role), None)
    if body is None and head_word(role):
        bodies = [b for p in reversed(neighbours) for b in (p.organization, p.parent) if b]
        body = next((b for b in bodies if b.endswith(role[0])), None)
    return post if body is None else replace(post, organization=body, how="inherited")


def written_by_self(posts: list[Post], text: str, rules: RuleSet) -> bool:
    """Whether a chain's first title is written with or after the publisher's word for itself (我院党组书记、
    院长)."""
    selves = post_words(rules)["self-ref"]
    return bool(posts) and (text.startswith(selves, posts[0].title[0])
                            or text[:posts[0].title[0]].endswith(selves))


def _after_unnamed_body(post: Post, text: str, rules: RuleSet) -> bool:
    """Whether the title is written right after a head word of ``orgs/suffixes`` of two characters or more
    that no name of a body was read with (泰国金商公会 + 主席, 支队 + 党委书记): the post is of that body."""
    return text.endswith(long_heads(rules), 0, post.title[0])


@per_rules
def long_heads(rules: RuleSet) -> tuple[str, ...]:
    """The head words of ``orgs/suffixes`` of two characters or more, but a company's written alone (公司,
    集团: ``posts/words`` company-ref, the company the article names)."""
    refs = post_words(rules)["company-ref"]
    return tuple(w for w in org_rules(rules).suffixes if len(w) >= 2 and w not in refs)


def of_same_post(
    post: Post, named: Iterable[tuple[int, str, str, str]], companies: list[str], text: str, rules: RuleSet
) -> Post:
    """A post with no organisation takes that of the same post named earlier in the article.

    ``受漳州市人大常委会主任委托, 副主任张三主持会议``: the 副主任 is of the body whose 主任 was named.
    ``named`` holds (view end, post without 副, organisation, holder) of the titles of that post (without
    副) written with their organisation before the post, nearest first. A company officer (董事长, 总裁)
    with no company written is an officer of the company the article named last before it (``companies``),
    first of all when the title says 公司 (a notice's own company). A post of which an article names many
    (``many``: 部长, 大使) inherits nothing.
    """
    officer = is_officer(post.role, rules)  # (财务总监: an occupation, a company's)
    if post.organization is not None or not (post.core or officer):
        return post
    if post.company_ref and companies:
        return replace(post, organization=_company_referred(post, text, companies, rules) + post.company_body,
                       how="inherited")
    if post.company_ref or post.school_ref or _after_unnamed_body(post, text, rules):
        return post  # 公司党委副书记 with no company named: of none of the bodies named before
    base = served_post(post.role, rules)
    words = post_words(rules)
    if base in words["many"]:
        return post  # an article names many ministries and states: 部长 alone is none of them
    # (纪委书记 after a 党委书记 named: not the 党委's; a party body the title writes is the body's)
    party = text[post.title[0]:post.title[1]].removesuffix(post.role)
    party = party if _party_body(party, rules) else ""
    for _, role, org, _ in named:
        if role == base and org.endswith(party):
            return replace(post, organization=org, how="inherited")
    if companies and is_officer(post.role, rules):
        return replace(post, organization=companies[-1], how="inherited")
    return post



_GROUP = "集团"


def _company_referred(post: Post, text: str, companies: list[str], rules: RuleSet) -> str:
    """The company a post's 公司 or 集团 refers to: the first the article named whose name ends so, its
    own (公司总经理 after 吉林市电力器材有限公司 … 一汽集团的一家工厂: the 有限公司; 交投集团与环保集团 …
    集团董事长: 交投集团), the last so named after 该 (``company-anaphor``: 该集团), else the last named."""
    at = post.org_span[0] if post.org_span is not None else -1
    ref = next((w for w in post_words(rules)["company-ref"] if text.startswith(w, at)), "")
    kind = _GROUP if _GROUP in ref else ref[-2:]  # (集团公司 is a group's word for itself)
    order = companies[::-1] if not ref or ref in post_words(rules)["company-anaphor"] else companies
    return next((c for c in order if kind and kind in c[-6:]), companies[-1])


def carried(post: Post, named: list[tuple[int, str, str, str]], lo: int, rules: RuleSet,
            staff: bool = False) -> Post:
    """A post written with no body of its own takes the body of its clause's neighbour in the sentence.

    ``X当选为市人大常委会主任，李强、张伟当选为副主任，刘洋当选为秘书长``: the 副主任 are of the body whose
    主任 was named before them in the sentence, with ``staff`` (clauses of an appointment) the 秘书长 (a
    body's staff) of the body named last; ``青山市人民政府市长X，副市长Y``: the 副市长 is of 青山市's
    government, not of the one the post implies (the publisher's city). ``named`` holds (view end, post
    without 副, organisation, holder) of the titles written with their organisation, in order of end; ``lo``
    is where the sentence starts. A post of which an article names many (部长) takes none.
    """
    if not post.core or post.org_span is not None \
            or (post.organization is not None and post.how != "implied"):
        return post
    base = served_post(post.role, rules)
    if base in post_words(rules)["many"]:
        return post
    before = named[bisect_left(named, lo, key=_END):bisect_right(named, post.title[0], key=_END)]
    for _, role, org, _ in reversed(before):
        if role == base and org != post.organization and (
                post.organization is None or same_kind(org, post.organization, rules)):
            return replace(post, organization=org, how="inherited")
    if staff and before and post.organization is None and bare_role(post.role) in staff_titles(rules):
        return replace(post, organization=before[-1][2], how="inherited")
    return post


_DATELINE_STOP = re.compile(r"[,，。;；:：()（）\[\]【】《》“”\"、\s]")
_MAX_DATELINE = 24


def minister_of_list(text: str, post: Post, shared: tuple[int, list[Post]], ctx: Context) -> Post:
    """A minister in a list whose first item names a foreign state's ministry, or the state (赞比亚总统A、
    外交部长B), holds a ministry of that state: 马耳他财政部长A、旅游部长B及工业部长C (B: 马耳他旅游部; the
    department's name shares its 部 with 部长), and so does one whose title names a ministry with no state
    (马耳他财政部长A、住建部长B: 马耳他住建部, not China's 住房和城乡建设部, whose short name it is too).
    ``shared`` is where the name before ends and its posts."""
    prev_end, prev = shared
    org = prev[-1].organization
    if post.role != "部长" or not org:
        return post
    rules = rules_of(ctx)
    state = next((org[:n] for n in range(len(org), 1, -1) if is_country(org[:n], rules, foreign=True)), None)
    if state is None or state != org and not org.endswith("部"):
        return post
    joins = alternation(post_words(rules)["join"])
    if post.organization is not None:
        return _ministry_of_listed(text, post, state, text[prev_end:post.title[0]], rules)
    m = re.fullmatch(f"(?:{joins})([\u4e00-\u9fff]{{1,6}})", text[prev_end:post.title[0]])
    if m is None:
        return post
    dept = prev_end + m.start(1)
    return replace(post, title=(dept, post.title[1]), organization=state + m.group(1) + "部",
                   org_span=(dept, post.title[0] + 1), how="written")


def _ministry_of_listed(text: str, post: Post, state: str, gap: str, rules: RuleSet) -> Post:
    """``post`` of a minister listed (``gap``: a join word) after a post of the foreign ``state``, whose title
    writes its ministry with no place (交通部长, 住建部长): that ministry of ``state``."""
    if post.org_span is None or post.org_span[0] != post.title[0] \
            or re.fullmatch(alternation(post_words(rules)["join"]), gap) is None:
        return post
    written = text[post.org_span[0]:post.org_span[1]]
    if not written.endswith("部") or any(gazetteer(rules).lookup(written[:n]) is not None
                                         for n in range(2, len(written))):
        return post  # (马耳他财政部长A、意大利外交部长B: a ministry of its own state)
    return replace(post, organization=state + written, how="written")


def of_dateline(post: Post, text: str, lo: int, by_end, ctx: Context) -> Post:
    """An occupation with no organisation written right after the dateline that opens its sentence is
    of the dateline's paper or agency: ``本报北京1月1日讯记者张三报道`` (本报: the publisher),
    ``新华社北京1月1日电记者李四`` (the organisation the dateline starts with). A byline in brackets
    (``电（记者李四）``) names none, nor an honour (``电中国科学院院士，…``: ``titles/honours``), nor a post
    whose body was left unknown (``新华社莫斯科1月9日电副总理X``: a foreign state's, not the agency's)."""
    if post.organization is not None or post.core or post.role in honours(rules_of(ctx)) \
            or not occupation(post.role, rules_of(ctx)):
        return post
    words = post_words(rules_of(ctx))
    head = text[lo:post.title[0]]
    if not 2 < len(head) <= _MAX_DATELINE or not head.endswith(words["dateline"]) \
            or _DATELINE_STOP.search(head):
        return post
    publisher = next((w for w in words["publisher"] if head.startswith(w)), None)
    if publisher is not None:
        org = resolve_org(publisher, ctx)[0]
        if org in words["publisher"]:
            return post  # 本报 of an unknown paper
    else:
        opening = [m for ms in by_end.values() for m in ms if m.type == "ORG" and m.start == lo]
        if not opening:
            return post
        org = opening[0].key or opening[0].text
    return replace(post, organization=org, how="written")


def twins(role: str, rules: RuleSet) -> tuple[str, ...]:
    """The other titles of one minister's post (``minister-short``: 外长 and 部长 of a 外交部)."""
    short = post_words(rules)["minister-short"]
    return short if role == "部长" else ("部长",) if role in short else ()


def told_as_twin(post: Post, held: Callable[[str], str | None], rules: RuleSet) -> bool:
    """Whether a minister's post is one the same person was told holding under its other title (``held``:
    the body of each of the person's titles told, or None): of the same ministry (南非外交部部长恩佐 …
    南非外长恩佐), or, for a short title (外长, 财长) of its ministry alone or after a state (外交部,
    南非外交部), a 部长's post of a ministry of that state by its own name (南非国际关系与合作部,
    法国欧洲和外交部, 瑞士外交部: a state names its ministries its own way), not the ministry of another
    short title (财政部 for 外长)."""
    if post.organization is None:
        return False
    if any(held(twin) == post.organization for twin in twins(post.role, rules)):
        return True
    short, told = post_words(rules)["minister-short"], held("部长")
    if post.role not in short or told is None:
        return False
    ministries = {word: roles(rules)[word].org for word in short}
    state = post.organization.removesuffix(ministries[post.role])
    return state != post.organization and told.startswith(state) and told.endswith("部") \
        and not any(told.endswith(ministry) for word, ministry in ministries.items() if word != post.role)


def inner_body(text: str, post: Post, rules: RuleSet) -> str:
    """The body a title names inside the body the chain is about (党组成员, 党组书记: 党组), else ''."""
    org = roles(rules).get(text[post.title[0]:post.title[1]], Role("", "", False)).org
    return org.removeprefix("{上级}") if org.startswith("{上级}") and "{" not in org[4:] else ""


def group_of_listed(post: Post, before: list[Held], text: str, rules: RuleSet) -> Post:
    """A post of a body's own party group written alone with no body (党组成员, 党组副书记: ``inner_body``),
    in the sentence of a post of such a group (``before``: the posts found there, in order: 市人大常委会党组
    书记、主任A主持会议，党组成员B、C出席), is of that group, the last named."""
    own = inner_body(text, post, rules) if post.organization is None else ""
    org = next((h.org for h in reversed(before) if h.org.endswith(own)), None) if own else None
    return post if org is None else replace(post, organization=org, how="inherited")


def own_group(posts: list[Post], text: str, rules: RuleSet) -> list[Post]:
    """A post of a body's own party group written alone (党组成员, 党组副书记: ``inner_body``; not
    村党支部书记) right before a post of the same chain that has a body is of that body's party group
    (党组成员、副检察长X after the 检察院's head: X检察院党组)."""
    out = list(posts)
    for k in range(len(out) - 1):
        post, nxt = out[k], out[k + 1]
        own = inner_body(text, post, rules)
        if own and post.organization is None and nxt.organization is not None \
                and not is_han(text[post.title[0] - 1:post.title[0]] or "，") \
                and not nxt.organization.endswith(PARTY_BODIES) and text[post.title[1]:nxt.title[0]] == "、":
            out[k] = replace(post, organization=nxt.organization + own, how="inherited")
    return out


def neighbours_school(found: list[Held], lo: int, companies: list[str], rules: RuleSet) -> str | None:
    """The school or company whose post, itself (not its party body's), was the last found in the sentence
    from view offset ``lo`` (``found``: the posts found so far), else None."""
    org = next((h.org for h in reversed(found) if h.end >= lo), None)
    if org is None or not (school_of(org, rules) == org or org in companies):
        return None
    return org


def of_electing_body(post: Post, text: str, lo: int, at: int, ctx: Context) -> Post:
    """A post with no body given by an election in a sentence (from view offset ``lo`` to the first name at
    ``at``) that names the session electing it is of the body that session is of (``posts/words``
    party-elected, cppcc-elected, congress-elected posts, by the session's kind): a CPPCC committee's session
    elects its chair, vice-chairs and secretary-general (政协河北省第八届委员会第一次会议选举X为主席:
    中国人民政治协商会议河北省委员会), a party committee's plenary its secretaries and standing members
    (中共河北省第六届委员会第一次全体会议选举Y为书记, 中共石家庄市委九届一次全会), a people's congress's
    session its standing committee's head and deputies (河北省第九届人民代表大会第一次会议选举Z为主任).
    None when the session's place is not known."""
    if post.organization is not None or not post.core:
        return post
    words, served = post_words(rules_of(ctx)), served_post(post.role, rules_of(ctx))
    plenary = next(_PLENARY.finditer(text, lo, at), None)
    if plenary is not None and served in words["party-elected"]:
        place = session_place(plenary.group("place"), ctx)
        return replace(post, organization=f"{CPC}{place}委员会", how="inherited") if place else post
    session = next(session_names(text, lo, at), None)
    if session is None:
        return post
    name = session_name(session.group(), ctx) or ""
    body = name[:name.find("第")] if "第" in name else ""
    if body.startswith(_CPPCC_NAME) and served in words["cppcc-elected"]:
        return replace(post, organization=body + "委员会", how="inherited")
    if body and not body.startswith(_CPPCC_NAME) and served in words["congress-elected"]:
        return replace(post, organization=body + "人民代表大会常务委员会", how="inherited")
    return post


#: a party committee's plenary (中国共产党河北省第六届委员会第一次全体会议, 中共石家庄市委九届一次全会)
_PLENARY = re.compile(
    f"(?:中国共产党|中共)(?P<place>[\u4e00-\u9fff]{{1,10}}?)(?:第?{NUMBER}届委员会|委第?{NUMBER}届)"
    f"第?{NUMBER}次(?:全体会议|全会)")
_CPPCC_NAME = "中国人民政治协商会议"


def of_department_named(post: Post, found: list[Held], listed_after: list[Post], rules: RuleSet) -> Post:
    """A department of a party committee written alone, which no committee before it in its chain fills
    (组织部副部长Y: ``{上级}组织部``), is the one the article named last with its committee (区委常委、
    组织部部长X，组织部副部长Y: 中共X区委员会组织部; not another body's: 中央港澳工作办公室 is no
    committee's 办公室), of the posts found so far (``found``); none so named, of the committee of the
    person it is listed right after (``listed_after``: 民建X市委秘书长A、组织部长B)."""
    template = org_names(rules).get(post.organization or "", ("", ""))[0]
    department = template.removeprefix("{上级}")
    if template == department or "{" in department:
        return post
    named = next((h.org for h in reversed(found)
                  if h.org.endswith(department) and h.org[:-len(department)].endswith(_COMMITTEE_END)), None)
    committee = next((org + department for p in reversed(listed_after)
                      if (org := p.organization or "").endswith(_COMMITTEE_END)), None)
    return post if (named or committee) is None else replace(post, organization=named or committee,
                                                              how="inherited")


_COMMITTEE_END = "委员会"


def chain_of_ref(posts: list[Post], text: str, rules: RuleSet) -> list[Post]:
    """The posts of a chain opened by a company's word for itself (集团党委书记、董事长X; 集团董事、党委副书记
    Y): each later one with no body written, an officer's (董事长) or a party body's (党委副书记), is of the
    company the first was given (``company-ref``), not of the company named last."""
    head = next((p for p in posts if p.company_ref and p.organization is not None), None)
    if head is None or head.organization is None:
        return posts
    company = head.organization.removesuffix(head.company_body)
    parties = post_words(rules)["company-body"]
    out: list[Post] = []
    for post in posts:
        body = text[post.title[0]:post.title[1]].removesuffix(post.role)
        unwritten = post.organization is None or post.org_span is None and post.how != "written"
        if post.title[0] > head.title[0] and unwritten and not post.company_ref \
                and (body in parties or not body and is_officer(post.role, rules)):
            post = replace(post, organization=company + body, how="inherited")
        out.append(post)
    return out


def deputy_of_listed(post: Post, before: list[Held], rules: RuleSet) -> Post:
    """A deputy's post with no body (副书记), in the sentence of another person's post it is the deputy of
    (``before``: the posts found there, in order: 我院党委书记A、副院长B、副书记C), is of that post's body."""
    if post.organization is not None or not post.core or not post.role.startswith(_DEPUTY):
        return post
    base = served_post(post.role, rules)
    org = next((h.org for h in reversed(before) if h.role == base), None)
    return post if org is None else replace(post, organization=org, how="inherited")


_DEPUTY = "副"


def of_party_committee(post: Post, rules: RuleSet) -> Post:
    """A party secretary's post (书记, 副书记) given a school, a hospital, a company or an institute itself
    (青山大学王琪书记, 青山医院书记X) is of its party committee (青山大学党委): such a body's secretary heads
    its committee, not the body."""
    if post.organization is None or served_post(post.role, rules) != PARTY_HEAD \
            or body_kind(post.organization, rules) not in _PARTY_RUN:
        return post
    return replace(post, organization=post.organization + TOWN_PARTY)


def of_central_committee(post: Post, ctx: Context) -> Post:
    """A party's 总书记 (``central-head``) given the party itself (越南共产党总书记) is of its central
    committee when ``orgs/national`` names one for it (越南共产党中央: 越南共产党中央委员会)."""
    org = post.organization
    if org is None or post.role not in post_words(rules_of(ctx))["central-head"] \
            or not org.endswith(_PARTY):
        return post
    central = canonical_org(org + _CENTRAL, ctx)
    return replace(post, organization=central) if central and central != org + _CENTRAL else post


_PARTY, _CENTRAL = "党", "中央"


# the kinds of bodies (orgs/suffixes) whose secretary is their party committee's: schools, hospitals ...
_PARTY_RUN = frozenset({"school", "hospital", "company", "research"})


def listed_officer(post: Post, listed_after: list[Post], text: str, rules: RuleSet) -> Post:
    """A company officer's post with no company written (总经理B), listed right after a person whose officer's
    post names one (``listed_after``: 集团董事长A、总经理B) or whose post is of the company's party body
    (集团党委书记A，纪委书记B，董事C: 集团纪委), is of that company, not of the last named; not one written
    after a company's own page's word for its company (集团公司副总经理C after a guest: ``company-self``).
    An army commander's post (``command``: 政委B after 北京军区司令员A) likewise is of the unit of the
    commander listed before."""
    officer = is_officer(post.role, rules)
    of_kind = is_officer if officer else is_commander
    if post.organization is not None or not (officer or is_commander(post.role, rules)) \
            or post.org_span is not None \
            and text.startswith(tuple(post_words(rules)["company-self"]), post.org_span[0]):
        return post
    body = next((p.organization for p in reversed(listed_after)
                 if p.organization is not None and of_kind(p.role, rules)), None) \
        or (next(iter(party_holders(listed_after[-1:], rules)), None) if officer else None)
    return post if body is None else replace(post, organization=body, how="inherited")


def district_of_city(org: str, text: str, ctx: Context) -> str:
    """The name of a body a city's district names, with the city before the district, as districts' bodies
    are officially named (中共海淀区委员会 -> 中共北京市海淀区委员会, 长宁区人民政府 -> 上海市长宁区人民政府).
    Many cities have a district of one name (江北区, 鼓楼区): the one whose city ``text`` names, else the
    home place's, else the only one; none, the name as it is."""
    party = "中共" if org.startswith("中共") else ""
    rest = org[len(party):]
    gaz = gazetteer(rules_of(ctx))
    for n in range(min(len(rest) - 1, _DISTRICT_NAME), 1, -1):
        if rest[n - 1] != "区":
            continue
        if not rest.startswith(_district_bodies(rules_of(ctx)), n):
            return org  # 市中区大队: a police unit named after the district, of the city's bureau
        districts = [p for p in gaz.candidates(rest[:n]) if p.level == "county" and p.name == rest[:n]]
        pairs = [(d, c) for d in districts if (c := gaz.parent(d)) is not None and c.level != "country"]
        if not pairs:
            continue
        home = (gaz.lookup(ctx.place) or gaz.chained(ctx.place)) if ctx.place else None
        around = {a.code for a in gaz.ancestors(home) if a.level != "country"} if home is not None else set()
        named = [c for _, c in pairs if any(w in text for w in (c.name, *c.short) if len(w) >= 2)]
        local = [c for d, c in pairs if around & {a.code for a in gaz.ancestors(d)}]
        city = next((found[0] for found in (named, local, [c for _, c in pairs]) if len(found) == 1), None)
        return party + city.name + rest if city is not None else org
    return org


@per_rules
def _district_bodies(rules: RuleSet) -> tuple[str, ...]:
    """How a place's own party or state body goes on after the place's name (委员会, 人民政府: the templates
    of ``orgs/abbrev``) and its departments (卫生健康委员会, 卫健委: ``orgs/departments``)."""
    orgs = org_rules(rules)
    bodies = {template.split("{}")[1] for _, template in orgs.abbrevs.values()}
    return tuple(sorted(filter(None, bodies | set(orgs.departments) | set(orgs.departments.values()))))


# the longest name of a district (县级区) looked for at the start of a body's name
_DISTRICT_NAME = 6


def full_form(org: str, full_names: Iterable[str], rules: RuleSet) -> str:
    """The body an article names in full that ``org`` writes short, or ``org``: the one full name that
    ends in ``org``'s kind, has the character ``org`` writes before it as one of the two before its own
    (挥 of 指挥部, 区 of 区政府; 发 of 航空港发展 + 集团, 控 of 交通控股 + 集团: the first of a last word
    of two) and holds all of ``org``'s characters in order, the ones left out holding no place's level
    (not 中央委员会 of 中央顾问委员会, nor 摩洛哥议会 of 摩洛哥一院制议会): 市应对疫情应急指挥部
    of 乐山市应对新型冠状病毒肺炎疫情应急指挥部, 山西省驻广州办事处 of 山西省人民政府驻广州办事处
    (not 市人大常委会 of 市梁园区人大常委会, nor 中共X区委员会 of 中共X区纪律检查委员会); a party body
    of it (X党组) too. A name that holds ``org`` whole (青山市教育局 of 市教育局, 中共X市委员会常务
    委员会) is another matter."""
    body = next((b for b in PARTY_BODIES if org.endswith(b) and len(org) - len(b) >= _MIN_SHORT), "")
    base = org[:len(org) - len(body)] if body else org
    suffixes = org_rules(rules).suffixes  # the longest head word ``base`` ends in, looked up by its tails
    kind = next((k for k in range(len(base), 0, -1) if base[-k:] in suffixes), 2)
    tail = kind + 1
    if len(base) < _MIN_SHORT or len(base) <= tail or not is_han(base):
        return org
    # (a company's form may be the short name itself: 广东核电合营公司 of 广东核电合营有限公司)
    # (a body's name that opens with no place is no full name of another: 国际合作与交流处 is not that of a
    # school's 国际交流处, a unit of its own name)
    fulls = {f for f, form in _forms_by_tail(full_names).get(base[-1], ())
             if (len(form) > len(base) or form == base != f) and form.endswith(base[-kind:])
             and base[-tail] in form[-kind - _LAST_WORD:-kind]
             and _shortens(base, form, form != f, rules) and (form != f or places_at_head(f, rules))
             and _same_party(base, f)}
    return next(iter(fulls)) + body if len(fulls) == 1 else org


#: the length of a full name's last word before its kind, whose first character a short name may keep
#: (发 of 航空港发展集团, 联 of 华人联合会)
_LAST_WORD = 2


class _FormsByTail:
    """The forms of the names an article names in full (:func:`_company_forms`) by their last
    character, as (name, form), for the names asked for last: :func:`full_form` is asked for every post,
    and a short name ends as its full name's form does (in its kind). The names
    are held, so that they are not freed while their forms are kept; one read and one write of the memo:
    safe across threads."""

    def __init__(self) -> None:
        self._last: tuple[object, dict[str, list[tuple[str, str]]]] = (None, {})

    def __call__(self, full_names: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
        last = self._last
        if last[0] is not full_names:
            index: dict[str, list[tuple[str, str]]] = {}
            for f in full_names:
                for form in _company_forms(f):
                    index.setdefault(form[-1:], []).append((f, form))
            last = self._last = (full_names, index)
        return last[1]


_forms_by_tail = _FormsByTail()


def in_full_named(org: str, full_names: Iterable[str], rules: RuleSet) -> str:
    """The one body the article names in full that a department or people's organisation written alone by
    its short name (``orgs/departments``: 作协, 侨联; no level, no place) is: the one whose name ends in that
    short name's full form (作协 -> 徐州市作家协会); else ``org``."""
    full = org_rules(rules).departments.get(org)
    if full is None:
        return org
    named = {n for n in full_names if n.endswith(full) and n != full}
    return next(iter(named)) if len(named) == 1 else org


def _same_party(base: str, full: str) -> bool:
    """Whether a party's committee written short (中共 + 青田县委员会) may be a name of ``full``: only of the
    party's own (中共…, 中国共产党…), not of the Youth League's (中国共产主义青年团青田县委员会 holds
    中共青田县委员会's characters in order)."""
    return not base.startswith(CPC_SHORT) or full.startswith((CPC_SHORT, CPC))




def _shortens(base: str, full: str, company: bool, rules: RuleSet) -> bool:
    """Whether ``base`` holds ``full``'s characters in order, the ones left out holding no place's level and
    ``base`` not written whole in ``full``; in a company's form (``company``) its place may open the name
    (徽商集团 of 安徽省徽商集团)."""
    if company and full.endswith(base):
        return True
    left = _left_out(base, full)
    if left is None or base in full and not company:
        return False
    if company and not full.startswith(base[0]):
        left = left[1:]
    return not any(place_names(rules).levels.intersection(run) for run in left)


# a company's legal form, and the words of it a short name leaves out before 公司
_LEGAL_FORM = re.compile(r"(?:股份有限|有限责任|有限|(?<=集团))公司$")  # (珠江钢琴集团公司: 珠江钢琴集团)
_LEGAL_WORDS = re.compile(r"(?:股份有限|有限责任|有限)(?=公司$)")


def _company_forms(full: str) -> tuple[str, ...]:
    """``full``, and for a registered company the forms its short names are cut from: without the words of
    its legal form before 公司 (中建七局投资公司 of 中建七局投资有限公司: 投资公司) and without its legal
    form (安徽省徽商集团 of 安徽省徽商集团有限公司: 徽商集团)."""
    if not _LEGAL_FORM.search(full):
        return (full,)
    return full, _LEGAL_WORDS.sub("", full), _LEGAL_FORM.sub("", full)


_MIN_SHORT = 4  # 市政府, 外交部: too short to tell which body they shorten


def _left_out(short: str, full: str) -> list[str] | None:
    """The runs of ``full`` that ``short`` leaves out when its characters are read in ``full`` in order (the
    first place each fits), or None when they are not all there."""
    runs, at = [], 0
    for c in short:
        k = full.find(c, at)
        if k < 0:
            return None
        if k > at:
            runs.append(full[at:k])
        at = k + 1
    return runs + ([full[at:]] if at < len(full) else [])


def company_officer(post: Post, companies: list[tuple[int, str]], at: int, rules: RuleSet) -> Post:
    """A company officer's post with no company written (公司总经理, 董事), in a list of posts read at view
    offset ``at``: of the company the article named last before it (``companies_named``)."""
    before = [name for end, name in companies if end <= at]
    if post.organization is not None or not before \
            or not (is_officer(post.role, rules) or post.company_body):
        return post
    return replace(post, organization=before[-1] + post.company_body, how="inherited")
