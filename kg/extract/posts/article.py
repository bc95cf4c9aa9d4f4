"""What an article names, read once for its posts (:class:`Reading`, made by :func:`read_article`): its
schools, companies, towns, streets and provinces, the posts written with their bodies, the foreign state
it is about, the short names it gives in brackets; and the records of the people read (:class:`Person`,
:class:`Held`, :class:`Running`)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from operator import itemgetter
from typing import TypeVar

from kg.extract.context import Context
from kg.extract.engine import is_han, rules_of
from kg.extract.orgs import body_kind, org_rules, own_body
from kg.extract.placenames import place_names
from kg.extract.places import FOREIGN_CITY_RULE, place_spans
from kg.extract.posts.chain import Post, parse_chain
from kg.extract.posts.parts import ABROAD, DEICTIC_TOWN, OF, STREET, TOWN_AFTER, VILLAGE
from kg.extract.posts.resolve import home_place
from kg.extract.posts.title import ALIAS, MAX_LINK, portfolio_re
from kg.extract.posts.words import (
    HOME_UNITS,
    alternation,
    faculty,
    grammar_of,
    is_country,
    post_words,
    school_of,
    served_post,
    zone_of,
)
from kg.model import Mention
from kg.nlp.normalize import View
from kg.nlp.sentences import sentence_at
from kg.rules import RuleSet, per_rules
from kg.rules.places import gazetteer

__all__ = ["schools_named", "visit_us", "by_end_of", "ending_within", "view_mention", "provinces_named",
           "provinces_index", "subject_state", "companies_named", "OWN_SITE", "named_posts",
           "states_by_first", "Reading", "read_article", "towns_named", "Held", "Running", "Person",
           "person_of", "VILLAGE", "VILLAGE_COMMITTEE", "VILLAGERS_COMMITTEE", "BRANCH"]


def schools_named(view: View, mentions: list[Mention], ctx: Context,
                  named: list[tuple[int, str, str, str]]) -> list[tuple[int, str]]:
    """(view end, name) of the schools an article names, in order: its school mentions and the schools of
    the posts written with them (滁州学院党委书记X), first the publisher's school (西南大学 of a page of
    西南大学国内合作处: a school's own news)."""
    rules = rules_of(ctx)
    found = {(view.to_view(m.end), school) for m in mentions if m.type == "ORG"
             and (school := school_of(m.key or m.text, rules)) is not None}
    found |= {(end, school) for end, _, org, _ in named if (school := school_of(org, rules)) is not None}
    out = sorted(found)
    written = ctx.publisher or ""
    publisher = next((written[:end] for end in range(2, len(written) + 1)
                      if school_of(written[:end], rules)), None)
    if publisher and written != publisher and body_kind(written, rules) == "committee":
        publisher = written  # 中国老教授协会医药专业委员会: the association's committee is the publisher
    return [(0, publisher)] + out if publisher else out


_Span = tuple[int, int]


def _away(text: str, schools: list[tuple[int, str]], rules: RuleSet) -> dict[tuple[int, str], _Span]:
    """The schools of ``schools`` (view end, name) a visit names as another's, each with the view span
    in which a post with no school of its own is not theirs: a guest school named in the sentence before a
    word of coming to the publisher, and on a page that names the publisher so (来我校, 对我校: a
    ``self-ref`` word) named again after such a word in its sentence (贵州大学校长X一行来我校访问。
    校党委书记Y; 会见了访问团, 并与贵州大学校长X交谈: ``visit-us``; from the word on), a
    destination named right after a verb of going, or after another destination and 、, to the end of its
    sentence (前往曲阜师范大学、济宁学院调研，副校长Z参加: ``go-to``; a later sentence's 校长 is the
    host's), not a faculty (到经济管理学院调研，院长W), and only up to words of being received there
    (来到X商会，受到了商会副会长Y的接待: ``received``; Y is the destination's)."""
    words = post_words(rules)
    out: dict[tuple[int, str], _Span] = {}
    visits = list(visit_us(rules).finditer(text))
    # (a page whose guests come to the publisher itself: 对我校, 来我院; not a delegation of its own's 考察团)
    hosted = any(w in m.group() for m in visits for w in words["self-ref"])
    for m in visits:
        lo, hi = sentence_at(text, m.start())
        guests = {k for (_, k) in out} | {k for e, k in schools if lo <= e <= m.start() and e > 0}
        out.update(((e, k), (m.end(), len(text))) for e, k in schools if lo <= e <= hi and e > 0 and (
            e <= m.start() or hosted and any(g.endswith(k) or k.endswith(g) for g in guests)))
    ends = {e for (e, _) in out}
    for e, k in schools:
        start = e - len(k)
        if text[start:e] != k or faculty(k, rules):
            continue
        if text.endswith(words["go-to"], 0, start) or text[start - 1:start] == "、" and start - 1 in ends:
            hi = sentence_at(text, start)[1]
            received = min((at for w in words["received"] if (at := text.find(w, e, hi)) >= 0), default=hi)
            out[(e, k)] = (e, received)
            ends.add(e)
    return out


@per_rules
def _legislatures(rules: RuleSet) -> tuple[str, ...]:
    """The head words of legislatures (``orgs/suffixes`` kind legislature: 人大常委会, 议会)."""
    return tuple(w for w, kind in org_rules(rules).suffixes.items() if kind == "legislature")


@per_rules
def visit_us(rules: RuleSet) -> re.Pattern[str]:
    """The words of guests coming to the publisher (``visit-us``: 来我校, 莅临我院), as one pattern."""
    return re.compile(alternation(post_words(rules)["visit-us"]))


def _within(span: _Span | None, at: int) -> bool:
    """Whether view offset ``at`` is in ``span`` (start included, end excluded; no span: no)."""
    return span is not None and span[0] <= at < span[1]


def by_end_of(view: View, mentions: Iterable[Mention]) -> dict[int, list[Mention]]:
    """Mentions by the view offset of their end, longest first, in view coordinates."""
    out: dict[int, list[Mention]] = {}
    mentions = list(mentions)
    starts = view.to_views(m.start for m in mentions)
    ends = view.to_views(m.end for m in mentions)
    for m, a, b in zip(mentions, starts, ends, strict=True):
        vm = Mention(a, b, m.type, m.text, m.rule, m.key, m.confidence)
        out.setdefault(b, []).append(vm)
    for v in out.values():
        v.sort(key=lambda m: (m.start, m.type))
    return out


def view_mention(view: View, span: tuple[int, int], type_: str, rule: str, key: str = "") -> Mention:
    """A mention of ``view``'s source written at the view span ``span``."""
    a, b = view.to_source(*span)
    return Mention(a, b, type_, view.source[a:b], rule=rule, key=key)


# a town written right after a word of going to it or being in it (赴港门镇督导, 来到麦市镇), which the NER
# may not know: two or three characters and the unit, no unit word after it (在该镇镇长…)
_GOING_TO = "(?:赴|到|在|走进|深入|前往|抵达)"
_TOWN_GONE_TO = re.compile(_GOING_TO + r"([\u4e00-\u9fff]{2,3}?[镇乡])(?![镇乡党政人])")
# ... and a street (到人和路街道视察)
_STREET_GONE_TO = re.compile(_GOING_TO + r"([\u4e00-\u9fff]{2,4}?街道)(?![党办人])")


@per_rules
def _town_subject(rules: RuleSet) -> re.Pattern[str]:
    """A town the NER may not know opening a clause as its subject (西王镇召开, 港口镇党政班子成员:
    ``town-subject`` words after it), two or three characters and the unit."""
    return _subject_pattern(rules, "{2,3}?[镇乡]")


@per_rules
def _street_subject(rules: RuleSet) -> re.Pattern[str]:
    """A street opening a clause as its subject (广中路街道召开), as :func:`_town_subject` reads a town."""
    return _subject_pattern(rules, "{2,4}?" + STREET)


def _subject_pattern(rules: RuleSet, unit: str) -> re.Pattern[str]:
    after = alternation(post_words(rules)["town-subject"])
    name = rf"[^\W\d_a-zA-Z{TOWN_AFTER}]"  # a Chinese character, no preposition (会议由 + 镇党委)
    return re.compile(rf"(?:^|(?<=[,，。;；:：\s]))({name}{unit})(?={after})")


def _towns_gone_to(view: View, towns: list[Mention], rules: RuleSet,
                   gone_to: re.Pattern[str] = _TOWN_GONE_TO) -> list[Mention]:
    """Towns (or with ``gone_to`` streets) the NER did not find, written after a word of going (赴港门镇督导:
    LOC mentions of the source, keyed by the name); not one pointed at (该镇, 各乡) nor a word of
    ``not-town``."""
    found = {(m.start, m.end) for m in towns}
    out = []
    for m in gone_to.finditer(view.text):
        start, end = view.to_source(*m.span(1))
        name = m.group(1)
        if (start, end) in found or name[0] in DEICTIC_TOWN or name[:-1] in post_words(rules)["not-town"]:
            continue
        out.append(Mention(start, end, "LOC", view.source[start:end], rule="post:town-gone-to", key=name))
    return out


def _headline_towns(ctx: Context) -> list[Mention]:
    """The towns and streets a headline given apart from the text names (长征镇领导开展春节前走访慰问), as
    places named before the text's first character: its 镇党委书记 is of 长征镇 when the text names no town
    before it."""
    spans = place_spans(ctx.headline, ctx) if ctx.headline else []
    return [Mention(0, 0, "LOC", key, rule="post:headline-town", key=key)
            for _, _, key, _ in spans if key.endswith(place_names(rules_of(ctx)).township_levels)]


def _abroad(mentions: list[Mention], ctx: Context) -> frozenset[str]:
    """The places of ``mentions`` abroad: the gazetteer's foreign states and cities and the foreign cities
    it lacks, read after their country (日本大分市). None has the bodies a level's short name implies (市长
    of a Chinese name after 日本大分市 is no mayor of 大分市人民政府)."""
    places = gazetteer(rules_of(ctx))
    names = {m.key or m.text for m in mentions if m.type == "LOC"}
    known = {n for n in names if (found := places.lookup(n)) is not None and found.level in ABROAD}
    return frozenset(known | {m.key or m.text for m in mentions if m.rule == FOREIGN_CITY_RULE})


def _provinces(view: View, mentions: list[Mention], ctx: Context) -> list[tuple[int, int, int, str]]:
    """(view start, view end, start, province) of each mention of a province of the gazetteer, read once an
    article for :func:`provinces_named`: place mentions, and the place an organisation's name starts with
    as written (安徽省政府; not 省委)."""
    places = gazetteer(rules_of(ctx))
    found = []
    for m in mentions:
        if m.type in ("LOC", "ORG"):
            name = m.text  # as written: 省委 keyed by the home province names none
            if m.type == "ORG":
                name = next((name[:n] for n in range(min(len(name), places.max_len), 1, -1)
                             if name[:n] in places.by_name), "")
            place = places.lookup(name) if name in places.by_name else None
            if place is not None and place.level == "province":
                found.append((view.to_view(m.start), view.to_view(m.end), m.start, place.name))
    return found


ProvincesIndex = dict[str, list[tuple[int, int, int]]]


def provinces_index(provinces: Iterable[tuple[int, int, int, str]]) -> ProvincesIndex:
    """(view start, view end, start) of the mentions of each province of ``provinces`` (of
    :func:`_provinces`), by name, in order: what :func:`provinces_named` reads."""
    out: ProvincesIndex = {}
    for a, b, start, name in provinces:
        out.setdefault(name, []).append((a, b, start))
    return out


def provinces_named(index: ProvincesIndex, lo: int, hi: int) -> list[str]:
    """The provinces of ``index`` (:func:`provinces_index`, an article's: :attr:`Reading.provinces_by_name`)
    written between view offsets ``lo`` and ``hi``, each once, in the order of its last mention there: a post
    reads the province named last before it, and this reads each province's mentions back from ``hi`` (not
    every mention of the article before it)."""
    last = []
    for name, spans in index.items():
        k = bisect_right(spans, hi, key=_VIEW_START)
        while k and spans[k - 1][0] >= lo and spans[k - 1][1] > hi:
            k -= 1  # (a mention running past hi)
        if k and spans[k - 1][0] >= lo:
            last.append((spans[k - 1][2], name))
    return [name for _, name in sorted(last)]


_VIEW_START = itemgetter(0)


def _bracket_aliases(text: str, view: View, mentions: list[Mention]) -> dict[str, str]:
    """Short names an article defines in brackets right after an organisation's full name
    (香港特别行政区政府驻上海经济贸易办事处（香港驻沪办）): short name -> the full name's key."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.type == "ORG" and (short := ALIAS.match(text, view.to_view(m.end))) is not None:
            out.setdefault(short.group(1), m.key or m.text)
    return out


def subject_state(mentions: list[Mention], ctx: Context) -> str | None:
    """The foreign state an article is about: the only one it names, as a place or at the start of an
    organisation's name (塔吉克斯坦民族和解委员会); None when it names several or none."""
    places = gazetteer(rules_of(ctx))
    states: dict[str, str] = {}  # the gazetteer's name -> the name as written first
    for m in sorted(mentions, key=lambda m: m.start):
        name = m.key or m.text
        if m.type == "ORG":
            name = next((name[:n] for n in range(min(len(name) - 1, places.max_len), 1, -1)
                         if is_country(name[:n], rules_of(ctx), foreign=True)), "")
        if m.type in ("LOC", "ORG") and name and is_country(name, rules_of(ctx), foreign=True):
            states.setdefault(places.lookup(name).name, name)  # type: ignore[union-attr]
    return next(iter(states.values())) if len(states) == 1 else None


def companies_named(view: View, mentions: list[Mention], ctx: Context,
                    named: list[tuple[int, str, str, str]] | None = None) -> list[tuple[int, str]]:
    """(view end, name) of the companies an article names, in order: its company mentions (and listed
    companies' short names), the companies of the posts written with them (``named``: 方大集团董事X),
    and first the publisher when it is a company (a company's own notice: 公司董事 are its officers)."""
    company = grammar_of(rules_of(ctx)).company
    out = {(view.to_view(m.end), m.key or m.text) for m in mentions
           if m.type == "ORG" and (company.search(m.key or m.text) or m.rule == "orgs.listed")}
    # 福寿园国际集团董事局: a company's board names the company
    out |= {(view.to_view(m.end), name) for m in mentions
            if m.type == "ORG" and (name := _board_of(m.key or m.text, rules_of(ctx))) is not None}
    word_after = grammar_of(rules_of(ctx)).company_word
    for m in mentions:  # 国家电网 + 公司: a known body's name the NER read without the company word after it
        word = word_after.match(view.text, view.to_view(m.end)) if m.type == "ORG" else None
        if word is not None and not company.search(m.key or m.text):
            out.add((word.end(), (m.key or m.text) + word.group()))
    out |= {(end, org) for end, _, org, _ in named or () if company.search(org)}
    found = sorted(out)
    publisher = _SITE.sub("", ctx.publisher or "")  # 徽商集团网: the company's own site
    if publisher and company.search(publisher):
        # by its full name when the article writes it (徽商集团 of 安徽省徽商集团有限公司; 中共 opens its
        # party body's name, 中共安徽省徽商集团有限公司委员会, not the company's)
        fuller = {name.removeprefix("中共") for _, name in found if publisher in name and name != publisher}
        found.insert(0, (0, fuller.pop() if len(fuller) == 1 else publisher))
    return found


def _board_of(name: str, rules: RuleSet) -> str | None:
    """The company whose board ``name`` is (福寿园国际集团 of 福寿园国际集团董事局: ``board``), or None."""
    board = next((b for b in post_words(rules)["board"] if name.endswith(b)), "")
    company = name.removesuffix(board)
    return company if board and grammar_of(rules).company.search(company) else None


# a publisher written as its web address (ycinvest.cn, www.haijing-tj.com)
_ADDRESS = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
#: the domain of China's government sites: a bureau's, a street's or a county's page is no one body its bare
#: party body (局党委, 工委) is of, as a company's or an association's is
_GOVERNMENT_SITES = ".gov.cn"
# how a publisher's name may end when it is an organisation's own website (徽商集团网, X公司官网)
_SITE = re.compile(r"(?:官网|网站|网)$")
# ... the words that name nothing but a body's own website (X处网站; not a portal's 网: 中国法院网)
OWN_SITE = re.compile(r"(?:官网|网站)$")


def named_posts(text: str, view: View, mentions: list[Mention], by_end,
                ctx: Context) -> list[tuple[int, str, str, str]]:
    """(view end, post without 副, organisation, the name after the chain or "") of every title written
    with its organisation."""
    out = []
    names = {m.start: m.text for m in mentions if m.type == "PER"}
    for m in mentions:
        if m.type != "TITLE":
            continue
        end = view.to_view(m.end)
        lo = sentence_at(text, max(0, end - 1))[0]
        if text.rfind("《", lo, end) > text.rfind("》", lo, end):
            continue  # a title inside a document's name (《关于…驻村第一书记…的通知》) names no one's post
        for post in parse_chain(text, end, lo, by_end, ctx):
            if post.organization is not None and (post.how == "written" or _level_in_title(post, text)):
                out.append((post.title[1], served_post(post.role, rules_of(ctx)), post.organization,
                            names.get(m.end, "")))
    return sorted(set(out))


def _level_in_title(post: Post, text: str) -> bool:
    """Whether a post's body implied by its title is named by the level the title is written with
    (自治区主席: the region's government, as 自治区人民政府主席 writes it; not 省长 alone)."""
    return post.how == "implied" and text[post.title[0]:post.title[1]].removesuffix(post.role) in HOME_UNITS


# what may stand right before a state's one-character short name written before a title (。菲卫生部长X)
_BEFORE_STATE_SHORT = frozenset("，,、。；;：:“\"（(\n 但而和与及")
# the most characters of a ministry's words between such a short name and the title (菲 + 卫生部 + 长), and
# how they end
_MAX_BODY_AFTER_STATE = 4
# ... and of a mission's name (驻华使馆, 驻沪总领事馆)
_MAX_MISSION_AFTER_STATE = 7
_MINISTRY_END = "部"
# the rule of such a short name, read as a place by the posts only (the article's mentions do not change)
_STATE_SHORT_RULE = "posts.state-short"


def _short_states(source: str, mentions: list[Mention], rules: RuleSet) -> list[Mention]:
    """The one-character short names of states written before a title after a clause mark, perhaps with
    the words of a ministry between (菲律宾…。菲卫生部长雷奥迪卡; 驻圭亚那使馆…。圭总统阿里): the one state
    the article names in full that starts with it, as a place keyed by its name, so that the title is that
    state's (菲律宾卫生部, 圭亚那)."""
    firsts = states_by_first(rules)
    out = []
    for t in mentions:
        if t.type != "TITLE":
            continue
        portfolio = portfolio_re(rules).search(source, max(0, t.start - MAX_LINK), t.start)
        if portfolio is not None:
            # 俄负责独联体事务的副总理: a portfolio between the state and its post
            i = portfolio.start() - 1
            at = i if i >= 0 and source[i] in firsts and (i == 0 or source[i - 1] in _BEFORE_STATE_SHORT) \
                else None
        else:
            at = next((i for i in range(t.start - 1, max(t.start - 1 - _MAX_MISSION_AFTER_STATE, 0) - 1, -1)
                       if source[i] in firsts and (i == 0 or source[i - 1] in _BEFORE_STATE_SHORT)), None)
        if at is None:
            continue
        between = source[at + 1:t.start] if portfolio is None else ""
        mission = _MISSION.fullmatch(between) is not None  # 澳 + 驻华使馆 + 临时代办: its mission's envoy
        if between and not mission and not (is_han(between) and len(between) <= _MAX_BODY_AFTER_STATE
                                            and (between + source[t.start]).endswith(_MINISTRY_END)) \
                or any(m.start <= at < m.end if mission else m.start < t.start and at < m.end
                       for m in mentions):
            continue  # not 美术馆馆长: a ministry's words only (菲卫生部长), and no mention's (but the
            # mission's own: 澳 + 驻华使馆)
        named = {state for name, state in firsts[source[at]] if name in source}
        if len(named) == 1:
            out.append(Mention(at, at + 1, "LOC", source[at], rule=_STATE_SHORT_RULE, key=named.pop()))
    return out



# a state's mission written after its one-character short name (澳 + 驻华使馆, 菲 + 驻华大使馆)
_MISSION = re.compile(r"驻[\u4e00-\u9fff]{1,3}(?:大使馆|使馆|总领事馆|领事馆)")


@per_rules
def states_by_first(rules: RuleSet) -> dict[str, tuple[tuple[str, str], ...]]:
    """The names of the gazetteer's states of two characters or more by their first character, each with its
    state's name."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, places in gazetteer(rules).by_name.items():
        if len(name) > 1 and places[0].level == "country":
            out.setdefault(name[0], []).append((name, places[0].name))
    return {k: tuple(v) for k, v in out.items()}


#: the most characters between two companies of which the second is the first's partner (在1995年与日本)
_MAX_PARTNER_GAP = 12
_COMPANY_KIND = "company"  # the orgs/suffixes kind of a company's head words (公司, 厂, 矿)
_END = itemgetter(0)  # the view end of a (view end, ...) record of a name: schools, companies, posts named
_Record = TypeVar("_Record", bound=tuple)


def ending_within(records: list[_Record], lo: int, hi: int) -> list[_Record]:
    """The records of ``records`` (view end, ...), in order of end, that end at view offsets ``lo`` to
    ``hi`` (both included): what ``[r for r in records if lo <= r[0] <= hi]`` gives, by bisection."""
    return records[bisect_left(records, lo, key=_END):bisect_right(records, hi, key=_END)]


@dataclass(frozen=True)
class Reading:
    """What the post and appointment readers of one article read, worked out once (:func:`read_article`)
    and read only."""

    view: View
    #: the article's mentions in order, with the states written short before a title (_short_states)
    mentions: list[Mention]
    ctx: Context
    rules: RuleSet
    by_end: dict[int, list[Mention]]
    named: list[tuple[int, str, str, str]]  # the posts written with their bodies (named_posts)
    companies: list[tuple[int, str]]  # (view end, name) of the companies named (companies_named)
    schools: list[tuple[int, str]]  # ... and of the schools (schools_named)
    away: dict[tuple[int, str], _Span]  # guest and destination schools, and from where (_away)
    # the publisher when it is a school or a company: its own page's posts with no body written are its
    own_school: str | None
    own_company: str | None
    # a publisher known only by its web address: the body its page calls 我会, 公司 or 集团 is the site's own
    # (集团党委书记X on ycinvest.cn)
    site: str | None
    subject: str | None  # the one foreign state the article is about (subject_state)
    abroad: frozenset[str]  # the places abroad that lack a level's bodies (_abroad)
    aliases: dict[str, str]  # the short names given in brackets, with their full ones (_bracket_aliases)
    # the bodies the article names in full, of which a post may write one short (山西省驻广州办事处)
    full_names: set[str]
    streets: list[Mention]  # the streets named (南湖街道)
    villages: list[Mention]  # the villages named (八家户村)
    parliaments: list[str]  # the legislatures named
    # the provinces named, read where a post's body may be of one (no home place, or a province's own)
    provinces: list[tuple[int, int, int, str]]
    # (end, zone) of the bodies and places that are or open with a development zone, in order (of_zone)
    zoned: list[tuple[int, str]]
    bodies: list[tuple[int, str]]  # (view end, name) of the bodies the article names, in order
    # (view end, name) of the named buildings and sites the article names (北京长城饭店: a place, whose
    # manager's post is of it)
    facilities: list[tuple[int, str]]
    # (view end, body) of the publisher's words for itself (我院, 本校: _selves), each naming its own school
    selves: list[tuple[int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.view.text

    @property
    def own_school_or_company(self) -> str | None:
        return self.own_school or self.own_company

    @cached_property
    def held_by(self) -> dict[tuple[int, str], str]:
        """The name written after each post of :attr:`named` (by its end and post) that has one."""
        return {(n[0], n[1]): n[3] for n in self.named if n[3]}

    @cached_property
    def named_by_title(self) -> dict[str, list[tuple[int, str, str, str]]]:
        """The posts of :attr:`named` by their title (post without 副), in order."""
        out: dict[str, list[tuple[int, str, str, str]]] = {}
        for n in self.named:
            out.setdefault(n[1], []).append(n)
        return out

    @cached_property
    def company_names(self) -> list[str]:
        """The names of :attr:`companies`, in order."""
        return [k for _, k in self.companies]

    @cached_property
    def bodies_and_facilities(self) -> list[tuple[int, str]]:
        """:attr:`bodies`, then :attr:`facilities`."""
        return self.bodies + self.facilities

    @cached_property
    def school_names(self) -> list[str]:
        """The names of :attr:`schools`, in order."""
        return [k for _, k in self.schools]

    def companies_before(self, at: int) -> list[str]:
        """The names of :attr:`companies` named by view offset ``at``, in order."""
        return self.company_names[:bisect_right(self.companies, at, key=_END)]

    @cached_property
    def partners(self) -> dict[int, str]:
        """The view ends of the companies named as another's partner, each with that other, its sentence's
        subject: a company after a ``partner`` word (与, 同) that follows a company or a body of a company's
        kind (orgs/suffixes: 厂, 矿) named before it in the sentence (A公司在1995年与日本B公司合资: B of A;
        广州造船厂与日本C公司建立了合作关系: C of 广州造船厂)."""
        text, words = self.view.text, post_words(self.rules)["partner"]
        firsts = sorted({*self.companies,
                         *((end, b) for end, b in self.bodies if body_kind(b, self.rules) == _COMPANY_KIND)})
        out = {}
        for nxt, name in self.companies:
            start = nxt - len(name)
            before = firsts[:bisect_right(firsts, start, key=_END)]
            if not before or not text.endswith(name, 0, nxt):
                continue
            end, first = before[-1]
            between = text[end:start]
            if len(between) <= _MAX_PARTNER_GAP and sentence_at(text, end - 1)[1] >= start \
                    and any(w in between for w in words):
                out[nxt] = first
        return out

    def companies_led_before(self, at: int) -> list[str]:
        """:meth:`companies_before`, the partners (:attr:`partners`) named last given back to their subject:
        the companies a bare officer's post after them may head (A公司与B公司合资。总经理X: A's; 广州造船厂与
        C公司合作…总工程师Y: 广州造船厂's). A company named after a partner (the partner again, by its short
        name: 黄河集团 of 黄河集团公司) ends that reading: then all are."""
        named = self.companies[:bisect_right(self.companies, at, key=_END)]
        subject = None
        while named and named[-1][0] in self.partners:
            subject = self.partners[named.pop()[0]]
        names = [name for _, name in named]
        return names + [subject] if subject is not None and names[-1:] != [subject] else names

    def named_before(self, title: str, at: int) -> Iterator[tuple[int, str, str, str]]:
        """The posts of :attr:`named` of ``title`` that end by view offset ``at``, nearest first (read back
        one by one from a bisection: a reader stops at the first it takes)."""
        named = self.named_by_title.get(title, [])
        return (named[i] for i in range(bisect_right(named, at, key=_END) - 1, -1, -1))

    @cached_property
    def provinces_by_name(self) -> ProvincesIndex:
        """The mentions of each province of :attr:`provinces` (:func:`provinces_index`)."""
        return provinces_index(self.provinces)

    @cached_property
    def schools_of_named(self) -> dict[str, str | None]:
        """The school each body of :attr:`named` is or whose party body it is (:func:`school_of`), or None."""
        return {org: school_of(org, self.rules) for _, _, org, _ in self.named}

    @cached_property
    def by_start(self) -> dict[tuple[int, str], Mention]:
        """The first mention (in :attr:`by_end`'s order) of each type that starts at each view offset."""
        out: dict[tuple[int, str], Mention] = {}
        for found in self.by_end.values():
            for m in found:
                out.setdefault((m.start, m.type), m)
        return out

    @cached_property
    def list_ends(self) -> dict[int, int | None]:
        """For the view end of each name, the view end of the list of names it goes on (names joined by a
        ``posts/words`` join: 张三、李四、王五): that end itself when no join follows, None when one does
        with no name after it. Worked out from the last name back, a step a name (not a walk a name)."""
        out: dict[int, int | None] = {}
        ends = {m.end for ms in self.by_end.values() for m in ms if m.type == "PER"}
        for end in sorted(ends, reverse=True):
            join = self.join_at(end)
            nxt = self.by_start.get((end + len(join), "PER")) if join is not None else None
            out[end] = end if join is None else None if nxt is None else out[nxt.end]
        return out

    def join_at(self, at: int) -> str | None:
        """The ``posts/words`` join written at view offset ``at`` (张三 + 、 + 李四), or None."""
        return next((w for w in post_words(self.rules)["join"] if self.text.startswith(w, at)), None)

    def present(self, at: int, chain: int | None = None) -> list[tuple[int, str]]:
        """The schools named before view offset ``at`` that are not away there (a guest's, a destination),
        and the publisher's own where its word for itself names it before ``chain`` (the start of the
        chain of titles the school is sought for; else ``at``): 我院党委书记A，院长B: B's 院长 is of the
        page's hospital, not of a guest hospital named before; in A's chain the word is read with the
        titles written after it (学校党委常委、我院党委书记A: 学校 is still the university)."""
        until = at if chain is None else chain
        schools = self.schools[:bisect_right(self.schools, at, key=_END)]
        away = {key for key, span in self._away_spans if _within(span, at)}
        if away:
            schools = [s for s in schools if s not in away]
        return sorted(schools + self.selves[:bisect_right(self.selves, until, key=_END)])

    def away_at(self, at: int) -> frozenset[str]:
        """The schools away at view offset ``at`` (:func:`_away`): named as guests or destinations before
        it, within their span, and not named again since."""
        gone = {k: span[0] for (_, k), span in self._away_spans if _within(span, at)}
        return frozenset(k for k, frm in gone.items() if not self._named_again(k, frm, at))

    @cached_property
    def _away_spans(self) -> list[tuple[tuple[int, str], _Span]]:
        """The schools away (:attr:`away`) in the order of their spans."""
        return sorted(self.away.items(), key=lambda item: item[1])

    @cached_property
    def _not_away(self) -> dict[str, list[int]]:
        """The view ends of each school's names in :attr:`schools` that are not away, in order."""
        out: dict[str, list[int]] = {}
        for e, k in self.schools:
            if (e, k) not in self.away:
                out.setdefault(k, []).append(e)
        return out

    def _named_again(self, school: str, frm: int, at: int) -> bool:
        """Whether ``school`` is named, not away, after view offset ``frm`` and by ``at``."""
        ends = self._not_away.get(school, [])
        i = bisect_right(ends, frm)
        return i < len(ends) and ends[i] <= at


def read_article(view: View, mentions: list[Mention], ctx: Context) -> Reading:
    """The :class:`Reading` of ``mentions``, for :func:`~kg.extract.posts.reader.extract_posts` and the
    appointments' reader."""
    ctx = _page_owner(view, mentions, ctx)
    rules = rules_of(ctx)
    # (a state's one-character short name read as a place for the posts alone: 菲卫生部长)
    mentions = sorted([*mentions, *_short_states(view.source, mentions, rules)],
                      key=lambda m: (m.start, m.end))
    by_end = by_end_of(view, mentions)
    named = named_posts(view.text, view, mentions, by_end, ctx)
    companies = companies_named(view, mentions, ctx, named)
    site = ctx.publisher if _ADDRESS.fullmatch(ctx.publisher or "") \
        and not (ctx.publisher or "").endswith(_GOVERNMENT_SITES) else None
    if site is not None or companies and companies[0][0] == 0:  # a company's own page, or a site's
        companies = _hosts(view.text, companies, rules)
    schools = schools_named(view, mentions, ctx, named)
    streets = [m for m in mentions if m.type == "LOC" and (m.key or m.text).endswith(STREET)]
    # ... and the streets named at the head of a body's name (南湖街道党工委书记X，办事处主任Y: 南湖街道)
    streets += [Mention(m.start, m.start + at + len(STREET), "LOC", m.text[:at + len(STREET)])
                for m in mentions if m.type == "ORG" and (at := m.text.find(STREET)) > 0]
    streets += _towns_gone_to(view, streets, rules, _STREET_GONE_TO)
    streets += _towns_gone_to(view, streets, rules, _street_subject(rules))
    legislatures = _legislatures(rules)
    zone_words = org_rules(rules).zones
    return Reading(
        view, mentions, ctx, rules, by_end, named, companies, schools,
        away=_away(view.text, schools, rules),
        own_school=schools[0][1] if schools and schools[0][0] == 0 else None,
        own_company=companies[0][1] if companies and companies[0][0] == 0 else None,
        site=site,
        subject=subject_state(mentions, ctx),
        abroad=_abroad(mentions, ctx),
        aliases=_bracket_aliases(view.text, view, mentions),
        full_names={m.key or m.text for m in mentions if m.type == "ORG"} | {org for _, _, org, _ in named},
        streets=streets,
        villages=[m for m in mentions if m.type == "LOC" and (m.key or m.text).endswith(VILLAGE)],
        parliaments=[m.key or m.text for m in mentions
                     if m.type == "ORG" and (m.key or m.text).endswith(legislatures)],
        provinces=_provinces(view, mentions, ctx)
        if not ctx.place or home_place("省", ctx) is not None else [],
        zoned=[(m.end, z) for m in mentions
               if m.type in ("ORG", "LOC") and (z := zone_of(m.key or m.text, zone_words)) is not None],
        bodies=sorted((view.to_view(m.end), m.key or m.text) for m in mentions if m.type == "ORG"),
        facilities=[(view.to_view(m.end), m.key or m.text) for m in mentions if m.rule == _FACILITY_RULE],
        selves=_selves(view.text, schools[0][1] if schools and schools[0][0] == 0 else None, ctx),
    )


_FACILITY_RULE = "places.facility"


def _page_owner(view: View, mentions: list[Mention], ctx: Context) -> Context:
    """``ctx`` with, for its publisher, the body a page known only by its web address (wzscc.com) names as
    its own, so that its posts with no body written are that body's as on a page its publisher's name
    gives: the one school, association or company whose name alone is one of the page's last lines (the
    page signed: 青山市白水商会 above the date), or that opens its headline with a word of its own doing
    (``own-act``: 青山华侨协会召开理事会, 青山同乡会第三届理事会就职; not 青山市总工会检查组到…, a guest's);
    ``ctx`` as it is when the page names no one such body."""
    publisher = ctx.publisher or ""
    if not _ADDRESS.fullmatch(publisher) or publisher.endswith(_GOVERNMENT_SITES):
        return ctx
    rules = rules_of(ctx)
    company, acts = grammar_of(rules).company, post_words(rules)["own-act"]
    owners = {name for m in mentions if m.type == "ORG" and (
        school_of(name := m.key or m.text, rules) == name or company.search(name))}
    signed = {line.strip() for line in view.text.strip().splitlines()[-_SIGNED_LINES:]}
    headline = ctx.headline or view.text.lstrip().partition("\n")[0]
    opening = {name for name in owners if headline.startswith(name) and headline.startswith(acts, len(name))}
    found = owners & signed | opening
    return replace(ctx, publisher=found.pop()) if len(found) == 1 else ctx


_SIGNED_LINES = 3  # how many of a page's last lines may sign it


def _selves(text: str, own: str | None, ctx: Context) -> list[tuple[int, str]]:
    """(view end, body) of each word by which the page of the school, hospital or association ``own`` names
    itself (``posts/words`` self-ref: 我院, 本校), the body of its kind (:func:`own_of_word`); not one a guest
    comes to (来我院, 莅临我校: ``visit-us``), which names the guests' visit."""
    if own is None:
        return []
    rules = rules_of(ctx)
    visits = [m.span() for m in visit_us(rules).finditer(text)]
    found = re.finditer(alternation(post_words(rules)["self-ref"]), text)
    return [(m.end(), own_of_word(own, m.group(), ctx)) for m in found
            if not any(a <= m.start() and m.end() <= b for a, b in visits)]


def own_of_word(own: str, word: str, ctx: Context) -> str:
    """The publisher's body a word for itself (``self-ref``) names on the page of ``own``: ``own``, or, a
    word of another kind than ``own`` (我院 on 河北大学附属医院's page, whose own school is 河北大学), the
    publisher's body of the word's kind (:func:`kg.extract.orgs.own_body`)."""
    publisher = ctx.publisher
    if not publisher or own.endswith(word[-1]) or not publisher.startswith(own):
        return own
    body = own_body(publisher, word, rules_of(ctx)) or own
    return body if len(body) > len(own) else own


def _hosts(text: str, companies: list[tuple[int, str]], rules: RuleSet) -> list[tuple[int, str]]:
    """The companies of ``companies`` (view end, name) a company's own page (the publisher's, or a site's
    known by its address, that names its company by a ``company-self`` word: 集团公司, 本公司) names that are
    not its guests' (:func:`_guest`), nor named as a guest's short name (重工集团 after 山东重工集团一行到
    集团公司): a post with no company written there is the page's own company's, not a visitor's (on a
    paper's page, as before, the company named)."""
    words = post_words(rules)
    if not any(w in text for w in words["company-self"]):
        return companies
    guests = {k for e, k in companies if e > 0 and _guest(text, e, k, companies, rules)}
    return [(e, k) for e, k in companies if e == 0 or not any(k.endswith(g) or g.endswith(k) for g in guests)]


@per_rules
def _company_visit(rules: RuleSet) -> re.Pattern[str]:
    """The words of a guest company's visit (``company-visit``: 来访, 到集团), as one pattern."""
    return re.compile(alternation(post_words(rules)["company-visit"]))


def _guest(text: str, end: int, name: str, companies: list[tuple[int, str]], rules: RuleSet) -> bool:
    """Whether the company ``name`` written up to view offset ``end`` is a guest: a word of visiting
    (``company-visit``) follows it in its sentence with no other company named between (X集团董事长A一行来集团
    座谈), or it is written right after such a word and 的 (会见了到访的X集团董事长B)."""
    start = end - len(name)
    if text[start:end] == name and any(text.endswith(w + OF, 0, start)
                                        for w in post_words(rules)["company-visit"]):
        return True
    visit = _company_visit(rules).search(text, end, sentence_at(text, end - 1)[1])
    return visit is not None and not any(end < e <= visit.start() for e, _ in companies)


def towns_named(view: View, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """The towns an article names (青山镇), the headline's first, and those it tells of going to."""
    rules = rules_of(ctx)
    townships = place_names(rules).township_levels
    towns = [m for m in mentions if m.type == "LOC" and (m.key or m.text).endswith(townships)]
    towns = _headline_towns(ctx) + towns
    towns += _towns_gone_to(view, towns, rules)
    towns += _towns_gone_to(view, towns, rules, _town_subject(rules))
    return towns


@dataclass(frozen=True)
class Held:
    """A post found with a body: the view end of its holder's name, its role and its organisation."""

    end: int
    role: str
    org: str


@dataclass
class Running:
    """What the people read so far leave to the next one's posts
    (:func:`~kg.extract.posts.reader.extract_posts`)."""

    towns: list[Mention]  # the towns named, and those the bodies of the posts found name (_towns_of)
    # (view end of the last person, their chain's posts): the title a list of names shares
    shared: tuple[int, list[Post]] = field(default_factory=lambda: (-1, []))
    last_body: tuple[int, str | None] = (-1, None)  # the view end of the last person with a post, its body
    # (person, post) -> organisation, of the posts told so far (the first told of each)
    held: dict[tuple[str, str], str] = field(default_factory=dict)
    # (organisation, post) -> the people told so far to hold a post one person holds at a time, now and in no
    # term written with it (posts/words sole, term)
    heads: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    found: list[Held] = field(default_factory=list)  # the posts found so far that have a body, in order
    last_posts: list[Post] = field(default_factory=list)  # the posts of the last person who holds one
    # the furthest end of found[:i + 1], for each i: what :meth:`found_since` bisects (kept up as found grows)
    _reach: list[int] = field(default_factory=list)

    def found_since(self, lo: int) -> list[Held]:
        """The posts of :attr:`found` whose holder's name ends at or after view offset ``lo``, in order:
        those after the last one whose furthest end so far is before ``lo`` (a bisection, not a walk of all
        found)."""
        for h in self.found[len(self._reach):]:
            self._reach.append(max(h.end, self._reach[-1]) if self._reach else h.end)
        return [h for h in self.found[bisect_left(self._reach, lo):] if h.end >= lo]


@dataclass(frozen=True)
class Person:
    """A person whose posts are read: the name's view span and its sentence's."""

    person: Mention
    start: int
    end: int
    name: str  # as the view reads it (楊潔篪 in traditional script: 杨洁篪)
    sent: tuple[int, int]  # the view span of the sentence
    src_sent: tuple[int, int]  # ... and its source span

    @property
    def key(self) -> str:
        return self.person.key or self.person.text


def person_of(view: View, person: Mention) -> Person:
    """The :class:`Person` of a PER mention of ``view``'s source."""
    ps, pe = view.to_view(person.start), view.to_view(person.end)
    sent = sentence_at(view.text, ps)
    return Person(person, ps, pe, view.text[ps:pe], sent, view.to_source(*sent))


VILLAGE_COMMITTEE, VILLAGERS_COMMITTEE, BRANCH = "村委会", "村民委员会", "党支部"
