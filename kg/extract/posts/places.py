"""A post's body from the places an article names: the party body of its town, street or zone, the place
of its sentence or list, the province of its section, the city it is about, and a foreign state's head,
leader, legislature or city."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator
from functools import lru_cache
from heapq import merge
from itertools import accumulate
from operator import itemgetter

from kg.extract.context import Context
from kg.extract.engine import is_han, rules_of
from kg.extract.orgs import body_kind, canonical_org, org_rules
from kg.extract.placenames import place_names
from kg.extract.posts.article import Held, Person, Reading, states_by_first
from kg.extract.posts.chain import Post
from kg.extract.posts.parts import OF, ORG_TAIL_STOP, STREET, last_verb
from kg.extract.posts.resolve import BODY_LEAD, home_place, place_party
from kg.extract.posts.title import (
    GOVERNMENT_SHORT,
    MAX_MINISTRY,
    ministry_of,
    role_at,
    role_reach,
    session_names,
)
from kg.extract.posts.words import (
    CHINA,
    CPC,
    HOME_UNITS,
    PARTY_BODIES,
    bare_role,
    is_country,
    leaders,
    levels,
    org_names,
    places_at_head,
    post_words,
    roles,
    zone_of,
)
from kg.model import Mention, replace
from kg.nlp.normalize import View
from kg.rules import RuleSet, per_rules
from kg.rules.places import CITY_LEVELS, gazetteer

__all__ = ["town_body", "of_street", "of_zone", "of_town", "of_town_party", "TOWN_PARTY", "PARTY_HEAD",
           "places_named", "places_named_before", "sentence_placed", "session_placed", "of_sentence_place",
           "of_place_before", "of_list_place", "titled_province", "section_start", "of_subject_city",
           "of_paragraph_province", "of_parliament", "of_house", "of_short_state", "chinese_shaped",
           "foreign_head", "of_party_named", "minister_abroad", "of_leader", "foreign_city",
           "foreign_division", "of_led_group", "org_at"]


def town_body(post: Post, ctx: Context) -> Post:
    """A town's body written with the town's name before its level-only short name (青山镇党委, 青山乡人大)
    by the full name of posts/orgs's template for it (中共青山镇委员会, 青山乡人民代表大会), the one a
    town's own 镇党委 gets."""
    org = post.organization or ""
    for short, template, unit in _town_bodies(rules_of(ctx)):
        if org.endswith(short) and len(org) > len(short) and is_han(org[:-len(short)]) \
                and not org.startswith("中共"):
            return replace(post, organization=template.replace("{" + unit + "}", org[:-len(short) + 1]))
    return post


@per_rules
def _town_bodies(rules: RuleSet) -> tuple[tuple[str, str, str], ...]:
    """(short name, full-name template, unit) of the posts/orgs bodies of a town written by its level
    alone (镇党委, 乡人大), in the table's order."""
    return tuple((short, template, short[:1]) for short, (template, _) in org_names(rules).items()
                 if short[:1] in place_names(rules).township_levels and len(short) > 1
                 and "{" + short[:1] + "}" in template)


def of_street(post: Post, text: str, streets: list[Mention], ctx: Context) -> Post:
    """A street's body written alone (党工委, 街道党工委, 人大工委, 办事处: ``street-body``) is of the
    street the article named last before the post (``streets``: its LOC mentions ending in 街道), keyed
    as :func:`kg.extract.orgs.canonical_org` keys the street's name and the body (中共青龙街道工作委员会);
    so is a party committee written after 街道 alone, or a party post written so with no body (街道党委书记,
    街道书记: ``posts/place-posts``, 中共X街道委员会, 中共X街道工作委员会)."""
    if not streets or not post.core:
        return post
    street = max(streets, key=lambda m: m.end)
    name = street.key or street.text
    start = post.org_span[0] if post.org_span is not None else post.title[0]
    if post.organization is None and text.endswith(STREET, 0, start):
        written = text[start:post.org_span[1]] if post.org_span is not None else ""
        party = place_party(name, post.role, rules_of(ctx), written)
        return post if party is None else replace(post, organization=party, how="inherited")
    body = (post.organization or "").removeprefix(STREET)
    if post.organization not in post_words(rules_of(ctx))["street-body"]:
        return post
    return replace(post, organization=canonical_org(name + body, ctx), how="inherited")


def of_zone(post: Post, zones: list[str], ctx: Context) -> Post:
    """A zone's body written alone (党工委, 管委会: orgs/name-parts ``zone-body``) is of the development
    zone the article named last before the post (``zones``), else of the publisher when it is a zone (a
    zone's own site: 区党工委副书记、管委会主任), keyed by its full name (中共X工作委员会, X管理委员会);
    with none, as written."""
    words = org_rules(rules_of(ctx))
    if post.organization not in words.zone_bodies or not post.core:
        return post
    zone = zones[-1] if zones else zone_of(ctx.publisher or "", words.zones)
    if zone is None:
        return post
    return replace(post, organization=canonical_org(zone + post.organization, ctx), how="inherited")


def of_town(post: Post, towns: list[Mention], ctx: Context) -> Post:
    """A town's body written by its level alone (镇党委, 镇政府 of 镇长) in an article whose home place is no
    town: the town the article named last before the post (``towns``: its LOC mentions of towns)."""
    template = org_names(rules_of(ctx)).get(post.organization or "", ("", ""))[0]
    unit = next((u for u in place_names(rules_of(ctx)).township_levels if "{" + u + "}" in template), None)
    if unit is None:
        return post
    town = next((m.key or m.text for m in sorted(towns, key=lambda m: m.end, reverse=True)
                 if (m.key or m.text).endswith(unit)), None)
    if town is None or not post.core:  # 乡干部: 乡 alone names no body
        alone = post.organization in place_names(rules_of(ctx)).township_levels
        return replace(post, organization=None, how="unknown") if alone else post
    return replace(post, organization=template.replace("{" + unit + "}", town), how="inherited")


def of_town_party(post: Post, text: str, towns: list[Mention], ctx: Context) -> Post:
    """A party committee's post written with no place (党委书记, 党委副书记) in a sentence that names a town
    before it (``towns``: 兴旺寨乡召开人代会，党委书记X主持) is of that town's party committee, as 乡党委书记
    would be."""
    if post.organization is not None or not post.core or not towns:
        return post
    body = text[post.title[0]:post.title[1]].removesuffix(post.role)
    if body != TOWN_PARTY:
        return post
    town = max(towns, key=lambda m: m.end)
    name = town.key or town.text
    unit = next((u for u in place_names(rules_of(ctx)).township_levels if name.endswith(u)), None)
    if unit is None:
        return post
    template = org_names(rules_of(ctx))[unit + TOWN_PARTY][0]
    return replace(post, organization=template.replace("{" + unit + "}", name), how="inherited")


TOWN_PARTY = "党委"
PARTY_HEAD = "书记"  # the post of a party committee's secretary and deputies (副书记)


@lru_cache(maxsize=2)
def _sessions(text: str) -> tuple[tuple[int, int, str], ...]:
    """The sessions a text names (:data:`~kg.extract.posts.title.SESSION_NAME`), as (start, end, name): read
    once per text, for :func:`places_named` is asked for every post."""
    return tuple((m.start(), m.end(), m.group()) for m in session_names(text))


#: kinds of orgs/suffixes whose names open with a place the article's level-only bodies are not of (南京师范
#: 大学 signing with 连云港市人民政府: 市长X is not of 南京)
_VISITING_KINDS = frozenset({"school", "research"})


def places_named(text: str, lo: int, hi: int, by_end, held: list[Held], ctx: Context) -> list[str]:
    """The places of the gazetteer a sentence names between ``lo`` and ``hi``, in order: its place
    mentions and the places at the head of the bodies of the posts found there (湖南省委书记X: 湖南省), of
    its organisations' names and of a session's name (中共四川省第七届委员会, 福建省第九届人民代表大会第一次
    会议…选举X为省长: 福建省)."""
    named = _named(text, by_end, rules_of(ctx))
    found = []
    for _, end, name, is_place in named.spans[bisect_left(named.starts, lo):bisect_right(named.starts, hi)]:
        if end <= hi and (head := name if is_place else named.head(name)) is not None:
            found.append((end, head))
    found += named.held_between(held, lo, hi)
    return [name for _, name in sorted(found)]


def places_named_before(text: str, hi: int, by_end, held: list[Held], ctx: Context) -> Iterator[str]:
    """The places of :func:`places_named` from the article's start to ``hi``, last first and read as asked:
    a post takes the last of its level (:func:`of_place_before`), not a list of every place before it."""
    named = _named(text, by_end, rules_of(ctx))
    ended, held_ended = named.ended(), named.held_between(held, 0, hi)
    back = (ended[i] for i in range(bisect_right(ended, hi, key=_END) - 1, -1, -1))
    return (name for _, name in merge(back, reversed(held_ended), reverse=True))


_END = itemgetter(0)


class _Named:
    """What :func:`places_named` reads of an article, once (it is asked for every post): the place mentions
    and the bodies and sessions that may open with a place, as (start, end, name, whether a place) in the
    order of their starts, and the place at the head of each body asked about."""

    def __init__(self, text: str, by_end, rules: RuleSet) -> None:
        self.places = gazetteer(rules)
        spans = [(m.start, m.end, m.key or m.text, True)
                 for ms in by_end.values() for m in ms if m.type == "LOC"]
        spans += [(m.start, m.end, m.key or m.text, False) for ms in by_end.values() for m in ms
                  if m.type == "ORG" and body_kind(m.key or m.text, rules) not in _VISITING_KINDS]
        spans += [(start, end, name, False) for start, end, name in _sessions(text)]
        self.spans = sorted(spans, key=lambda s: s[0])
        self.starts = [s[0] for s in self.spans]
        self._heads: dict[str, str | None] = {}
        self._ended: list[tuple[int, str]] | None = None
        # the held posts read so far (a list that grows by appending), as (end, place at the head) in order
        self._held: tuple[list[Held], int, list[tuple[int, str]]] = ([], 0, [])

    def ended(self) -> list[tuple[int, str]]:
        """(end, place) of the places and of the heads of the bodies and sessions, in order."""
        if self._ended is None:
            self._ended = sorted((end, head) for _, end, name, is_place in self.spans
                                 if (head := name if is_place else self.head(name)) is not None)
        return self._ended

    def held_between(self, held: list[Held], lo: int, hi: int) -> list[tuple[int, str]]:
        """(end, place at the head of the body) of the posts of ``held`` ending between ``lo`` and ``hi``, in
        order: ``held`` is the list of the posts found so far, read once (only its new posts are added)."""
        if not held:
            return []
        listed, seen, index = self._held
        if listed is not held:
            listed, seen, index = held, 0, []
        for h in held[seen:]:
            if (head := self.head(h.org)) is not None:
                insort(index, (h.end, head))
        self._held = (held, len(held), index)
        return index[bisect_left(index, lo, key=_END):bisect_right(index, hi, key=_END)]

    def head(self, org: str) -> str | None:
        """The place of the gazetteer ``org``'s name opens with (after a party's lead: 中共), or None."""
        if org not in self._heads:
            name, places = BODY_LEAD.sub("", org), self.places
            head = next((places.lookup(name[:n]) for n in range(min(len(name), places.max_len), 1, -1)
                         if name[:n] in places.by_name), None)
            self._heads[org] = head.name if head is not None else None
        return self._heads[org]


class _LastNamed:
    """The :class:`_Named` of the article whose mentions by end are ``by_end``, kept for the article asked
    last, as :class:`~kg.extract.posts.chain._Chains` keeps its chains (one read and one write of the memo:
    safe across threads)."""

    def __init__(self) -> None:
        self._last: tuple[object, str, object, _Named] | None = None

    def __call__(self, text: str, by_end, rules: RuleSet) -> _Named:
        last = self._last
        if last is None or last[0] is not by_end or last[1] is not text or last[2] is not rules:
            last = self._last = (by_end, text, rules, _Named(text, by_end, rules))
        return last[3]


_named = _LastNamed()


def sentence_placed(post: Post, text: str, lo: int, by_end, ctx: Context) -> Post:
    """``post`` with a body written by its level alone that the home place does not fill placed where the
    text from view offset ``lo`` names a place of that level last before it (:func:`of_sentence_place`):
    the posts an appointment's clause reads (中共四川省第七届委员会…选举X为省委书记)."""
    return of_sentence_place(post, places_named(text, lo, post.title[0], by_end, [], ctx), ctx)


def session_placed(post: Post, text: str, lo: int, by_end, ctx: Context) -> Post:
    """A body written by its level alone in an appointment's sentence (from view offset ``lo``) that names a
    place of that level before it is that place's even where the home place fills it: the body electing is
    the place's (中国共产党锦州市第十一届委员会第一次全体会议选举X为市委书记 in a roundup whose home is
    鞍山市)."""
    if post.org_span is None or post.how != "written":
        return post
    written = text[post.org_span[0]:post.org_span[1]]
    if written not in org_names(rules_of(ctx)):
        return post
    placed = of_sentence_place(replace(post, organization=written),
                                places_named(text, lo, post.title[0], by_end, [], ctx), ctx)
    return post if placed.organization == written else placed


def of_sentence_place(post: Post, places: list[str], ctx: Context) -> Post:
    """A body written by its level alone that the publisher's home place does not fill (省委, 省政府 in a
    paper of no province) is of the place of that level its sentence named last before it:
    湖南省委书记X、省长Y (湖南省人民政府), 河北省召开会议，省委书记Z (中共河北省委员会); its party group
    or committee too (县人大常委会党组: 甘谷县人民代表大会常务委员会党组)."""
    return of_place_before(post, reversed(places), ctx)


def of_place_before(post: Post, places: Iterable[str], ctx: Context) -> Post:
    """:func:`of_sentence_place` of the places named before the post given last first (read no further
    than the last of the post's level)."""
    org, names = post.organization or "", org_names(rules_of(ctx))
    party = next((b for b in PARTY_BODIES if org.endswith(b) and org[:-len(b)] in names), "")
    template = names.get(org.removesuffix(party) if party else org, ("", ""))[0] \
        or _level_department(org, names)
    unit = next((u for u in HOME_UNITS if "{" + u + "}" in template), None)
    if unit is None or unit in place_names(rules_of(ctx)).township_levels:
        return post
    place = next((p for p in places
                  if p.endswith(unit) and not (unit == "区" and p.endswith("自治区"))), None)
    if place is None:
        return post
    return replace(post, organization=template.replace("{" + unit + "}", place) + party, how="inherited")


# the head words of a department (教育厅, 公安局, 体育运动委员会, 宣传部) written after a level word or
# a level's body (省委宣传部)
_DEPARTMENT_HEADS = ("厅", "局", "委员会", "部")
# the level words a government's department is written after in a paper of no home place (省教育厅, 县公安局)
_DEPARTMENT_LEVELS = ("自治区", "省", "市", "县")


def _level_department(org: str, names: dict[str, tuple[str, str]]) -> str:
    """The template of a department written after its level word alone or its level's body (省教育厅 ->
    {省}教育厅, 县公安局 -> {县}公安局, 省委宣传部 -> 中共{省}委员会宣传部), whose place no home place filled;
    '' for any other body."""
    if not is_han(org) or not org.endswith(_DEPARTMENT_HEADS):
        return ""
    body = next((b for b in sorted(names, key=len, reverse=True)
                 if org.startswith(b) and "{" in names[b][0] and len(org) - len(b) >= 3), "")
    if body:
        return names[body][0] + org[len(body):]
    level = next((u for u in _DEPARTMENT_LEVELS if org.startswith(u)), "")
    rest = org[len(level):]
    return "{" + level + "}" + rest if level and len(rest) >= 3 and not rest.endswith("部") else ""


def of_list_place(post: Post, text: str, before: list[tuple[str, str]], ctx: Context,
                   chain_start: int) -> Post:
    """A post written by its level alone (市委副书记, 市长) and keyed to the publisher's home place, listed
    right after a person whose posts name another place of that level (黄山市委书记A，市委副书记、市长B in a
    绍兴 paper: a guest delegation's list), is of that place's body. ``before`` are the (role, organisation)
    of the posts of the person listed before; none of them may be this post already (黄山市委书记A，市委书记B:
    B is another city's). A district of another city moves whole (广州市天河区委书记A和区委常委B in a paper of
    龙岩市永定区: 中共广州市天河区委员会); a chain that names the home place itself from ``chain_start`` on
    stays (安康市委常委、常务副市长C after a guest city's list, in a 安康 paper)."""
    org = post.organization or ""
    written = text[chain_start:post.title[1]]
    head = places_at_head(written, rules_of(ctx))
    for unit in ("自治区", "省", "市", "区", "县"):
        home = home_place(unit, ctx)
        if home is None or home not in org or home[:2] in written \
                or head and (ctx.place or "").endswith(head):  # (西城区委书记 in a paper of 北京市西城区)
            continue
        for _, other in before:
            head = places_at_head(other.removeprefix("中共"), rules_of(ctx))
            if head.endswith(unit) and not home.endswith(head) and not head.endswith(home) \
                    and not (unit == "区" and head.endswith("自治区")):
                moved = org.replace(home, head, 1)
                if (post.role, moved) in before:
                    return post
                return replace(post, organization=moved, how="inherited")
    return post


def titled_province(province: str, text: str, lo: int, hi: int, rules: RuleSet) -> bool:
    """Whether ``province`` is written between view offsets ``lo`` and ``hi`` only right before a post's
    title (福建省副省长X: a guest's post, not the province the section reports on)."""
    starts, ends, untitled = _written(text, province, rules)
    i, j = bisect_left(starts, lo), bisect_right(ends, hi)
    # a title read from further than role_reach before hi is read as at the text's end
    k = max(i, bisect_right(ends, hi - role_reach(rules), 0, j))
    return i < j and untitled[k] == untitled[i] and all(role_at(text, e, hi, rules) is not None
                                                        for e in ends[k:j])


@lru_cache(maxsize=64)
def _written(text: str, province: str, rules: RuleSet) -> tuple[list[int], list[int], list[int]]:
    """Where ``text`` writes ``province`` (a name no end of which starts it again: its writings do not
    overlap), as the starts, the ends and the running count of the writings no post's title follows (up
    to the text's end): read once per text and province, for :func:`titled_province` is asked for every
    post."""
    found = [m.span() for m in re.finditer(re.escape(province), text)]
    untitled = [0, *accumulate(role_at(text, e, len(text), rules) is None for _, e in found)]
    return [a for a, _ in found], [e for _, e in found], untitled


def section_start(text: str, at: int) -> int:
    """Where the section of view offset ``at`` starts: after the last heading line before it (a line of a
    few characters with no punctuation: 四川, 安徽 in a report of several provinces), else where its
    paragraph starts."""
    headings = _heading_ends(text)
    k = bisect_right(headings, at)  # the heading lines that end before ``at``
    return headings[k - 1] if k else text.rfind("\n", 0, at) + 1


@lru_cache(maxsize=2)
def _heading_ends(text: str) -> list[int]:
    """Where the heading lines of a text end, in order: read once per text, for :func:`section_start` is
    asked for every post."""
    return [m.end() for m in _HEADING.finditer(text)]


# a heading line: up to eight Chinese characters alone on a line
_HEADING = re.compile(r"(?m)^[\u4e00-\u9fff]{1,8}\n")
# provinces with no body of the mainland's (a Taiwan affairs office is 中共X省委's, not 台湾省's)
_NO_BODIES = frozenset({"台湾省"})


#: what a clause opens after (a sentence's start, a comma, a colon)
_CLAUSE_OPENERS = "，,：:；;。\n"
_CITY = "市"


def _city_of_body(name: str, rules: RuleSet) -> str:
    """The place a place's own body is named with (金昌市 of 金昌市委, 天水市 of 天水市人民政府: the
    place and one of ``posts/orgs``' short names, its level's character shared), '' for any other
    body (上海交通大学)."""
    head = places_at_head(name, rules)
    rest, names = name[len(head):], org_names(rules)
    return head if head and (rest in names or head[-1] + rest in names) else ""


def _hosted(rest: str, rules: RuleSet) -> bool:
    """Whether the rest of a sentence has its posts receive a guest (…，市委书记A、市长B陪同: ``posts/words``
    host): they are the home place's, not the guest body's that opened the sentence."""
    return any(w in rest for w in post_words(rules)["host"])


def of_subject_city(post: Post, art: Reading, at: Person) -> Post:
    """A city's body the home place filled (市政府副秘书长 in a page whose home is 张家口市) is of the city
    that opens a clause of the post's sentence before it as its subject (天津组建了以市政府副秘书长X为团长的
    慰问团: 天津市人民政府), or whose own body does (天水市委书记A致辞，市长B主持: 天水市人民政府;
    not 上海交通大学), when that is another city, the sentence does not name the home city and the title no
    place of its own (武侯区委书记 in a page of 成都市武侯区: the home's district); a body's, not when the
    rest of the sentence has the post receive a guest (黄山市委书记A带队，市长B陪同: the home city's)."""
    ctx, text = art.ctx, art.text
    home = home_place(_CITY, ctx)
    org = post.organization or ""
    start = post.title[0]
    if home is None or home not in org or home[:2] in text[at.sent[0]:post.title[1]] \
            or places_at_head(text[start:post.title[1]], art.rules):
        return post
    places = gazetteer(art.rules)
    subject = None
    for end, ms in art.by_end.items():
        for m in ms:
            first = art.view.to_view(m.start)
            if m.type not in ("LOC", "ORG") or not at.sent[0] <= first < end <= start \
                    or first > at.sent[0] and text[first - 1] not in _CLAUSE_OPENERS:
                continue
            name = m.key or m.text if m.type == "LOC" else _city_of_body(m.text, art.rules)
            place = places.lookup(name) if name else None
            if place is not None and place.name.endswith(_CITY) and place.level in CITY_LEVELS \
                    and (subject is None or first > subject[0]):
                subject = (first, place.name, m.type == "ORG")
    if subject is None or subject[1] == home or subject[2] and _hosted(text[start:at.sent[1]], art.rules):
        return post
    return replace(post, organization=org.replace(home, subject[1], 1), how="inherited")


def of_paragraph_province(post: Post, text: str, provinces: list[str], ctx: Context, chain: int) -> Post:
    """A province's body the home place filled (省委书记 in a page whose home is 哈尔滨市: 中共黑龙江省委员会)
    is of the province its section named last before the post when that is another one (a report of
    several provinces, each in its own section: 四川 / 四川省党政领导…省委书记X), unless the title, or the
    chain of titles it ends from view offset ``chain`` on, writes the home province's name (贵州省委书记、
    省人大常委会主任X after 四川省委书记Y: 贵州's), or the section names the home province too
    (四川省政府与浙江吉利控股集团签约。省委书记X; 领区包括四川省、贵州省和云南省。副省长Y: the home's, the
    others named by the way)."""
    home = home_place("省", ctx)
    org = post.organization or ""
    if home is None or home not in org or home in provinces:
        return post
    place = gazetteer(rules_of(ctx)).lookup(home)
    written = text[min(chain, post.title[0]):post.title[1]]
    if place is None or any(n in written for n in (place.name, *place.short)):
        return post
    other = next((p for p in reversed(provinces) if p.endswith("省") and p not in _NO_BODIES), home)
    return replace(post, organization=org.replace(home, other)) if other != home else post


_PARLIAMENT = "议会"


def of_parliament(post: Post, parliaments: list[str], ctx: Context) -> Post:
    """A speaker written after a foreign state (伊拉克议长) holds the post in the state's parliament: the one
    the article names (伊拉克国民议会: ``parliaments``, the organisations ending in a legislature's head word
    of orgs/suffixes), else the state's 议会 (爱沙尼亚议长 -> 爱沙尼亚议会: a speaker is no state's). A
    speaker written after a city, a county or a province (棉兰市议长, 台北市副议长: China's divisions have
    none, their congresses have chairmen) is of its council (棉兰市议会)."""
    state = post.organization
    if post.role not in post_words(rules_of(ctx))["speaker"] or state is None:
        return post
    if not is_country(state, rules_of(ctx), foreign=True):
        local = state.endswith(post_words(rules_of(ctx))["council-level"]) and is_han(state) \
            and not body_kind(state, rules_of(ctx))
        return replace(post, organization=state + _PARLIAMENT, how="inherited") if local else post
    name = gazetteer(rules_of(ctx)).lookup(state).name  # type: ignore[union-attr]
    found = next((p for p in parliaments if p.startswith((state, name)) and p not in (state, name)), None)
    return replace(post, organization=found if found is not None else state + _PARLIAMENT, how="inherited")


def of_house(post: Post, state: str | None, ctx: Context) -> Post:
    """A member of a parliament's house (``posts/words`` house-member: 众议员, 参议员; the house,
    众议院, as ``posts/roles`` gives it) is of that house: of the state or the legislature written
    before the title (美国参议员: 美国参议院; 美国国会众议员: 美国国会众议院), else of ``state`` (the state
    its article is about or names last: 立宪民主党众议员 on 日本, 日本众议院), else of the house alone."""
    rules = rules_of(ctx)
    if post.role not in post_words(rules)["house-member"]:
        return post
    house = roles(rules)[post.role].org
    body = post.organization or ""
    if body.endswith(house) and body != house:
        return post
    if is_country(body, rules, foreign=True) or body.endswith(_LEGISLATURES):
        return replace(post, organization=body + house, how="inherited")
    return replace(post, organization=(state or "") + house, how="inherited")


#: how a state's legislature of several houses is named (美国国会, 日本国会)
_LEGISLATURES = ("国会", "议会")


def of_short_state(post: Post, text: str, rules: RuleSet) -> Post:
    """A post of a legislature written after its state's one-character name (巴参议院议员X, 澳众院议长Y) is of
    the legislature of the one state the article names in full that starts with it (巴基斯坦参议院,
    澳大利亚众议院)."""
    body = post.organization or ""
    chamber = body[1:]
    if body[:1] not in states_by_first(rules) \
            or chamber not in org_rules(rules).suffixes and chamber not in org_rules(rules).forms:
        return post  # (the chamber's word alone after the state's one character: not 爱沙尼亚议会)
    named = {state for name, state in states_by_first(rules)[body[0]] if name in text}
    full = org_rules(rules).canonical(named.pop() + chamber, None) if len(named) == 1 else ""
    # (澳众院: orgs/forms writes the chamber's full name, 澳大利亚众议院)
    return replace(post, organization=full) if body_kind(full, rules) == _LEGISLATURE_KIND else post


_LEGISLATURE_KIND = "legislature"


@per_rules
def _surnames(rules: RuleSet) -> frozenset[str]:
    return frozenset(rules.lexicon("people/surnames").entries)


def chinese_shaped(name: str, rules: RuleSet) -> bool:
    """Whether ``name`` has the shape of a Chinese name: a surname (people/surnames) and one or two
    characters, a compound surname and one or two (a transliterated name mostly has not: 切尔诺梅尔金), or a
    surname alone (周总理)."""
    surnames = _surnames(rules)
    return is_han(name) and ((1 <= len(name) <= 3 and name[0] in surnames)
                             or (3 <= len(name) <= 4 and name[:2] in surnames))


#: how a state's or province's name ends (车臣共和国, 巴厘省): right before a post, it names the post's body
_STATE_ENDS = ("国", "省", "州", "邦")


def foreign_head(post: Post, text: str, places: list[str], subject: str | None, ctx: Context) -> Post:
    """A post implied in a body of China (总理, 副总理: 国务院) held by a name of no Chinese shape
    (切尔诺梅尔金总理, 副总理巴萨耶夫) is of the foreign state its sentence named last before it
    (``places``), else of the one foreign state the article names (``subject``), else a job title of no
    body known; so is a head of state's with no state written (``posts/words`` head: 总统奇卢巴); one
    implied in China's party (总书记: 中共中央) is a foreign party's, no body known."""
    if post.how == "implied" and (post.organization or "").startswith(CPC):
        # 由总书记华金·阿尔穆尼亚率领的西班牙工人社会党代表团: a foreign party's post, not China's party's
        return replace(post, organization=None, how="unknown", core=False)
    state = next((p for p in reversed(places) if is_country(p, rules_of(ctx), foreign=True)), subject)
    if post.organization is None and bare_role(post.role) in post_words(rules_of(ctx))["head"] and state \
            and not text.endswith(_STATE_ENDS, 0, post.title[0]):
        # 赞比亚政府宣布，总统奇卢巴…: a head of state's post with no state written, of the state named (not
        # after a state's name the gazetteer does not know: 俄联邦车臣共和国 + 总统)
        return replace(post, organization=state, how="inherited")
    if post.how != "implied" or not (post.organization or "").startswith(CHINA):
        return post
    if state is None:
        return replace(post, organization=None, how="unknown", core=False)
    return replace(post, organization=state, how="inherited")


def of_party_named(post: Post, sent: tuple[int, int], by_end, rules: RuleSet) -> Post:
    """A party leader's post (``central-head``: 总书记) left with no body (a foreign name's: China's party
    is no foreign name's, :func:`foreign_head`) is of the foreign party its sentence names, the one nearest
    the title (老挝人民革命党中央委员会举行会议，总书记X主持; 西班牙工人社会党代表团由总书记X率领); as it was
    when the sentence names none."""
    if post.organization is not None or bare_role(post.role) not in post_words(rules)["central-head"]:
        return post
    at = post.title[0]
    parties = [(abs(end - at), name) for end, found in by_end.items() if sent[0] < end <= sent[1]
               for m in found if m.type == "ORG" and _FOREIGN_PARTY.search(name := m.key or m.text)
               and not name.startswith(CPC)]
    return replace(post, organization=min(parties)[1], how="inherited") if parties else post


#: how the name of a party or of its central committee ends (西班牙工人社会党, 老挝人民革命党中央委员会)
_FOREIGN_PARTY = re.compile("党(?:中央委员会)?$")


def minister_abroad(post: Post, text: str, state: str | None, by_end, rules: RuleSet) -> Post:
    """A minister titled by the ministry's field with no state written (``minister``: 英国政府宣布，北爱尔兰
    事务大臣X; 外交大臣Y after 英国首相Z; China has no 大臣) is of that field's ministry of ``state``, the
    foreign state of a post its sentence gave before, or the one it or the article names (英国北爱尔兰事务部);
    the field is the words from a delimiter, a name, 及, a preposition (从, 由), 的 (and 有: 陪同的有) or a
    verb to the title (none when they run on further: no field's start known; 首相X及法务大臣Y: 法务)."""
    words = post_words(rules)
    if post.organization is not None or state is None or bare_role(post.role) not in words["minister"]:
        return post
    end = post.title[1] - len(post.role) if text.endswith(post.role, 0, post.title[1]) else post.title[0]
    start = min(end, post.title[0])
    while end - start <= MAX_MINISTRY + 2 and start > 0 and is_han(text[start - 1]) \
            and text[start - 1] not in ORG_TAIL_STOP + _AND_ALSO + _BEFORE_FIELD \
            and not any(m.type == "PER" for m in by_end.get(start, ())):
        start -= 1
    if end - start > MAX_MINISTRY + 2:
        return post
    verb = last_verb(text, start, end, rules)
    if verb is not None:  # 会见了 + 外交大臣: the field starts after the verb
        start = verb.end() + text.startswith("了", verb.end())
    start += next((len(w) for w in words["relative"] if text.startswith(w, start, end)), 0)  # 新任 + 新闻大臣
    if text[start - 1:start] == OF:
        start += next((len(w) for w in _LISTED if text.startswith(w, start, end)), 0)
    field = text[start:end]
    if field[:1] == state[:1] and len(field) > 2:
        field = field[1:]  # 泰 + 外交大臣 after 泰国: the state written by its first character
    if len(field) < 2:
        return post
    return replace(post, organization=ministry_of(state, state, field, rules), how="inherited")


_AND_ALSO = "及"  # joins two posts' holders (首相X及法务大臣Y), not a field's words (外交与合作大臣)
#: prepositions a field's words do not run across (上层从 + 外交大臣X起)
_BEFORE_FIELD = "从在对向由被的"
#: the words of a list after 的 (随同访问的有 + 新闻大臣X): no part of a field
_LISTED = ("有", "还有")


def of_leader(post: Post, name: str, rules: RuleSet) -> Post:
    """A head's post (总统, 主席, 总理: ``head``, ``state-head``, ``state-post``) whose body the text does
    not write, held by a head of another state (``posts/leaders``: 克林顿总统, 李显龙总理, 胡志明主席),
    is the leader's state's, not the body its title alone gives (国务院, 中华人民共和国) nor one named
    near it; a ministry the title alone gives is the state's (普里马科夫外长: 俄罗斯外交部), and another
    body of China's none (黎可漂总书记: no post of China's party)."""
    state = leaders(rules).get(name)
    words = post_words(rules)
    if state is None or post.how == "written":
        return post
    if bare_role(post.role) in words["head"] + words["state-head"] + words["state-post"]:
        return replace(post, organization=state, how="inherited")
    body = (post.organization or "").removeprefix(CHINA)
    if post.how != "implied" or not body:
        return post
    if body.endswith("部") and len(body) <= MAX_MINISTRY:  # 普里马科夫外长: the state's 外交部
        return replace(post, organization=state + body, how="inherited")
    if post.organization.startswith((CHINA, CPC)):  # type: ignore[union-attr]
        return replace(post, organization=None, how="unknown", core=False)  # 黎可漂总书记: not China's party
    return post


def foreign_city(post: Post, places: list[str], foreign: str | None, ctx: Context) -> Post:
    """A city's or province's government (长崎市人民政府 of 长崎市市长, 保和省人民政府) that the gazetteer,
    which knows every Chinese city and province, does not know, held by a foreign name or in an article
    about a foreign state (``foreign``: either), or in a sentence naming a foreign state before the post
    (``places``), is a foreign city's or province's: the post is the place's (it has no 人民政府)."""
    org = post.organization or ""
    city = org.removesuffix(_PEOPLES_GOVERNMENT)
    if city == org or not city.endswith(("市", "省")) or gazetteer(rules_of(ctx)).lookup(city) is not None \
            or not (foreign or any(is_country(p, rules_of(ctx), foreign=True) for p in places)):
        return post
    return replace(post, organization=city)


_PEOPLES_GOVERNMENT = "人民政府"


def foreign_division(post: Post, text: str, view: View, by_end, rules: RuleSet, sent: tuple[int, int]
                     ) -> Post:
    """A state's or province's head whose government no place filled (州长 with no home place: 州政府) is of
    the one state or province of that level its sentence names, before or after the title, that is no
    Chinese one (墨西哥恰帕斯州议会…辞去州长职务: 恰帕斯州; 以州长X率领的美国明尼苏达州代表团: 明尼苏达州):
    read from the sentence's place and organisation mentions, up to their first level word, a country
    written before it left out."""
    org = post.organization or ""
    level = org.removesuffix(GOVERNMENT_SHORT)
    if level not in _DIVISION_LEVELS or org == level:
        return post
    places = gazetteer(rules)
    named = set()
    for ms in by_end.values():
        for m in ms:
            a, b = view.to_view(m.start), view.to_view(m.end)
            cut = text.find(level, a, b)
            if m.type not in ("LOC", "ORG") or not sent[0] <= a < b <= sent[1] or cut - a < _LEVEL_AT:
                continue
            name = text[a:cut + 1]
            state = next((name[:n] for n in range(len(name) - _LEVEL_AT, 1, -1)
                          if is_country(name[:n], rules, foreign=True)), "")
            place = places.lookup(name[len(state):])
            if place is None or place.level == _FOREIGN_STATE:
                named.add(place.name if place is not None else name[len(state):])
    return replace(post, organization=named.pop(), how="inherited") if len(named) == 1 else post


#: the levels of a state's or province's head whose body may be a foreign place's (州长, 省长)
_DIVISION_LEVELS = frozenset({"州", "省"})
#: where a place's level word stands at the earliest: a name of two and the level (奔萨州)
_LEVEL_AT = 2
_FOREIGN_STATE = "foreign-state"

_MAX_LED_BODY = 20


# a group written as its clause's subject, then 在 and the title of its head (巡查组 + 在 + 组长X带领下)
_GROUP_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:\n]))([\u4e00-\u9fff]{2,20}?[组团队])在$")
# ... and the words after the head's name (X带领下, X的带领下, X率领下)
_LED_BY = re.compile(r"(?:同志)?的?(?:带领|率领)下")
# the shortest name of such a group that tells it apart (县委巡察组; not 调研组, 督导组)
_NAMED_GROUP = 5


def of_led_group(post: Post, text: str, name_end: int, ctx: Context) -> Post:
    """The post of the head of a group (组长, 副团长, 队长) with no body, written in ``…组在组长X带领下``: of
    the group written as the clause's subject (省安委会第三巡查组在组长X带领下: 河北省安委会第三巡查组, the
    level word before it the home place's)."""
    if post.organization is not None or not post.role.removeprefix("副").endswith("长"):
        return post
    group = _GROUP_BEFORE.search(text, max(0, post.title[0] - _MAX_LED_BODY - 1), post.title[0])
    if group is None or _LED_BY.match(text, name_end) is None or len(group.group(1)) < _NAMED_GROUP \
            or group.group(1)[-1] != post.role.removeprefix("副")[0]:
        return post  # (调研组, 考察团: a group no name tells apart)
    name = group.group(1)
    level = levels(rules_of(ctx)).home.match(name)
    home = home_place(level.group(), ctx) if level is not None else None
    if level is not None and home is not None and canonical_org(name, ctx) == name:
        name = home + name[level.end():]  # 省安委会… in a 河北省 paper: 河北省安委会…
    return replace(post, organization=canonical_org(name, ctx) or name, how="written")


def org_at(start: int, by_end, view: View) -> str | None:
    """The key of the longest organisation mention starting at view offset ``start`` (None when none)."""
    for end in range(min(len(view.text), start + _MAX_LED_BODY), start, -1):
        m = next((m for m in by_end.get(end, ()) if m.type == "ORG" and m.start == start), None)
        if m is not None:
            return m.key or m.text
    return None
