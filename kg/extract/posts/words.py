"""The word classes of the post reader: the ``posts/words`` table and the patterns it makes, the titles
(``titles/*``, ``posts/roles``) and the short names of bodies (``posts/orgs``), and what they tell of a
title or a name (the post a deputy serves, a company officer's, a school's head's, a country's)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from kg.extract.orgs import SCHOOL_KINDS, body_kind, org_rules
from kg.extract.placenames import place_names
from kg.nlp.numerals import TERM
from kg.rules import Row, RuleSet, per_rules
from kg.rules.places import gazetteer

__all__ = ["TEMPLATE", "HOME_UNITS", "MAX_ROLE", "post_words", "alternation", "Grammar", "grammar_of", "Role",
           "roles", "generic_roles", "org_names", "bare_role", "Levels", "levels", "occupation", "is_country",
           "PARTY_BODIES", "honours", "staff_titles", "school_of", "heads_school", "faculty", "head_kinds",
           "is_organ", "eras", "is_officer", "is_commander", "deputy_re", "served_post", "zone_of",
           "places_at_head", "named_in_its_time", "CHINA", "CPC", "name_honours", "head_word", "leaders"]

TEMPLATE = re.compile(r"\{([^{}]+)\}")
HOME_UNITS = ("市", "省", "自治区", "特别行政区", "县", "区", "旗", "州", "盟", "镇", "乡")
MAX_ROLE = 8
# the word classes of ``posts/words``
_WORD_KINDS = ("shared", "many", "officer", "command", "company", "company-body", "stationed",
               "stationed-abroad", "house-member", "time-word", "qualifier",
               "not-qualifier", "post-qualifier", "publisher", "verb", "function", "government", "join",
               "address", "duty", "dateline", "head", "shared-head",
               "foreign-division", "body-head", "company-ref", "company-anaphor", "partner", "board",
               "council", "envoy",
               "congress-head", "minister", "sho-state", "state-post", "press-kind",
               "speaker", "legislator", "shared-body", "press",
               "chain-kind", "session", "envoy-post", "era", "not-town", "school-officer",
               "association-chair", "association-elected", "association-officer", "delegation-head", "term",
               "delegation", "school-ref",
               "school-body", "state-head", "envoy-head", "street-body", "minister-short", "relative",
               "relative-former", "department-post", "member-post", "session-body", "portfolio",
               "party-organ", "division", "self-ref", "company-self", "town-subject", "zone-office",
               "zone-party", "visit-us", "go-to", "serving", "elect", "cabinet", "unit", "special-envoy",
               "envoy-field", "count", "epithet", "school-anaphor", "task-body", "not-school-ref",
               "company-visit", "lead", "host", "follow", "received", "field", "teacher", "subject",
               "head-office", "central-head", "paper-end", "sole", "membership", "people-count", "coach",
               "founding", "renaming", "party-elected", "cppcc-elected", "congress-elected", "council-level",
               "our-state", "national-session", "lower-form", "moved-on", "made-full", "own-act",
               "held-with")


@per_rules
def post_words(rules: RuleSet) -> dict[str, tuple[str, ...]]:
    """The ``posts/words`` table of ``rules``: kind -> its words."""
    return rules.table("posts/words").words_by_kind(_WORD_KINDS)


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, the longest first; one that never matches when none."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"


@dataclass(frozen=True)
class Grammar:
    """The patterns the word classes of ``posts/words`` make."""

    verb: re.Pattern[str]  # a verb ending a clause's subject
    function: re.Pattern[str]  # function words opening the words before a title
    company: re.Pattern[str]  # a company's name
    company_word: re.Pattern[str]  # a company word (公司, 集团) right where it is matched
    company_body: re.Pattern[str]  # a company's party body: (?P<company>…)党委
    stationed: re.Pattern[str]  # 驻 + where an envoy is stationed
    company_ref: re.Pattern[str]  # a notice's own company before an officer: 公司(第七届董事会)
    school_ref: re.Pattern[str]  # a school's own words for itself before its party body: 校(党委书记)
    council: re.Pattern[str]  # an association's council or its term before a post: (商会)第二届理事会(会长)
    count: re.Pattern[str]  # a count of bodies in a name written before a post: (青山大学)三家(附属医院院长)
    task_body: re.Pattern[str]  # a task's body after a post and 的: (组长)的(县安全生产领导小组)
    made_full: re.Pattern[str]  # an acting holder told made the full holder, quoted or not: “去代转正


@per_rules
def grammar_of(rules: RuleSet) -> Grammar:
    """The patterns the word classes of ``posts/words`` make (:class:`Grammar`), for ``rules``."""
    words = post_words(rules)
    company = alternation(words["company"])
    return Grammar(
        # (not the verb naming a group, 访问团 + 团长, 慰问团: but 会见 + 团长)
        verb=re.compile(f"(?:{alternation(words['verb'])})(?!团(?!长))"),
        function=re.compile(f"(?:{alternation(words['function'])})+"),
        company=re.compile(f"(?:{company})$"),
        company_word=re.compile(company),
        company_body=re.compile(f"^(?P<company>.+(?:{company}))(?:{alternation(words['company-body'])})$"),
        stationed=re.compile(f"驻(?:{alternation(words['stationed'])})"),
        # after a delimiter or a verb's last character (辞去公司董事, 担任公司董事、总裁), not inside a name
        # (投资公司董事长, 有限责任公司董事长 name a company)
        company_ref=re.compile(f"(?:(?<![\u4e00-\u9fff])|(?<=[的为去到与及和兼由经更对在])|(?<=[^责]任))"
                               f"(?:{alternation(words['company-ref'])})"
                               f"(?:{TERM})?(?:{alternation(words['board'])})?$"),
        school_ref=re.compile(f"(?<![\u4e00-\u9fff])(?:{alternation(words['school-ref'])})$"),
        council=re.compile(f"(?:{TERM}(?:{alternation(words['council'])}|委员会)?"
                           f"|{alternation(words['council'])})$"),
        count=re.compile(f"{_COUNT_NUMBER}(?:{alternation(words['count'])})"),
        task_body=re.compile(f"的([\u4e00-\u9fff]{{2,30}}?(?:{alternation(words['task-body'])}))"),
        made_full=re.compile(f"[“\"]?(?:{alternation(words['made-full'])})"),
    )


# the number of a count of bodies (三家, 两所, 10家, 多家)
_COUNT_NUMBER = "(?:[0-9一二两三四五六七八九十几]+|多)"


def _check_templates(row: Row) -> None:
    for c in row.fields:
        for name in TEMPLATE.findall(c):
            if name not in HOME_UNITS and name not in ("上级", "本报", "同级"):
                raise row.error(f"unknown template field {{{name}}}")


@dataclass(frozen=True)
class Role:
    """A title's bare post, the body it implies and whether it is a post or an occupation."""

    role: str  # bare post
    org: str = ""  # implied organisation (short name or template)
    core: bool = True  # a post (书记); False for an occupation (记者, 教授) that needs an organisation


@per_rules
def roles(rules: RuleSet) -> dict[str, Role]:
    """Title -> bare role and implied organisation: the title lexicon plus the ``posts/roles`` table."""
    table: dict[str, Role] = {}
    for word, flag in sorted(rules.lexicon("titles/titles").entries.items()):
        if flag in ("core", "occ") and len(word) <= MAX_ROLE:
            table[word] = Role(word, "", flag == "core")
    for row in rules.table("posts/roles").checked(2, 3):
        _check_templates(row)
        cols = row.fields
        org = cols[2] if len(cols) > 2 else ""
        known = table.get(cols[1])
        # a post when it implies its body or its bare role is a post (融媒记者 is an occupation like 记者)
        table[cols[0]] = Role(cols[1], org, bool(org) or (known.core if known else True))
    return table


@per_rules
def generic_roles(rules: RuleSet) -> frozenset[str]:
    """Roles that name no post (领导, 负责人): ``titles/generic``."""
    return frozenset(rules.lexicon("titles/generic").entries)


@per_rules
def org_names(rules: RuleSet) -> dict[str, tuple[str, str]]:
    """Short name -> (full-name template, scope template) from the ``posts/orgs`` table."""
    table = {}
    for row in rules.table("posts/orgs").checked(2, 3):
        _check_templates(row)
        cols = row.fields
        table[cols[0]] = (cols[1], cols[2] if len(cols) > 2 and cols[2] else cols[1])
    return table


def bare_role(role: str) -> str:
    """A role without the acting qualifier (代理市长 -> 市长, 署理会长 -> 会长): what the word classes of
    posts/words list."""
    return next((role[len(a):] for a in _ACTING if role.startswith(a)), role) if role.startswith(_ACTING) \
        else role


#: the acting qualifiers, mainland's and Hong Kong's, Macao's and South-East Asia's (代理市长, 署理会长)
_ACTING = ("代理", "署理")


class Levels(NamedTuple):
    """The level words of ``places/affixes`` as the title reader reads them."""

    #: a level word opening a body's name, for the home place of that level (home-level: 市 + 委常委)
    home: re.Pattern[str]
    #: ... and the township levels, whose bodies a chain's town names too (township-level: 常乐镇党委副书记、
    #: 镇长)
    chain: re.Pattern[str]
    #: the places of those levels, whose party committee is 中共X委员会
    chain_words: tuple[str, ...]
    #: a place's party committee by its full name (中共X镇委员会)
    committee: re.Pattern[str]


@per_rules
def levels(rules: RuleSet) -> Levels:
    """The level words of ``places/affixes`` as the title reader reads them (:class:`Levels`)."""
    pn = place_names(rules)
    chain = pn.home_levels + pn.township_levels
    return Levels(home=re.compile(f"^({alternation(pn.home_levels)})"),
                  chain=re.compile(f"^({alternation(chain)})"), chain_words=chain,
                  committee=re.compile(f"中共(?P<place>.+(?:{alternation(chain)}))委员会"))


def occupation(role: str, rules: RuleSet) -> bool:
    """Whether ``role`` is an occupation (titles/titles ``occ``: 诗人, 作家, 记者), no post of its own."""
    found = roles(rules).get(role)
    return found is not None and not found.core


def is_country(name: str, rules: RuleSet, foreign: bool = False) -> bool:
    """Whether ``name`` is a country's (with ``foreign``, a country other than China)."""
    place = gazetteer(rules).lookup(name)
    return place is not None and place.level == "country" and not (foreign and place.name == "中国")


PARTY_BODIES = ("党组", "党委")


@per_rules
def honours(rules: RuleSet) -> frozenset[str]:
    """Titles for life that name their academy but are no post in it (院士): ``titles/honours``."""
    return frozenset(rules.lexicon("titles/honours").entries)


@per_rules
def staff_titles(rules: RuleSet) -> frozenset[str]:
    """Posts of a body's own staff, of the body a chain is about when written alone: ``titles/staff``."""
    return frozenset(rules.lexicon("titles/staff").entries)


def school_of(org: str, rules: RuleSet) -> str | None:
    """The school, hospital or institute ``org`` is (滁州学院) or whose party body it is (滁州学院党委), or
    None."""
    words = post_words(rules)
    body = next((b for b in (*words["company-body"], *words["school-body"])
                 if org.endswith(b) and len(org) > len(b)), "")
    school = org[:len(org) - len(body)]
    return school if body_kind(school, rules) in SCHOOL_KINDS else None


# the first character of a head's title and the endings of the names of the bodies it heads (院长 of 学院,
# 医院; 会长, 理事长 of 商会, 会馆)
_ASSOCIATION_ENDS = ("会", "会馆")
_HEAD_OF = {"院": ("院",), "所": ("所",),
            "会": _ASSOCIATION_ENDS, "理": _ASSOCIATION_ENDS, "监": _ASSOCIATION_ENDS}


def heads_school(role: str, school: str, rules: RuleSet) -> bool:
    """Whether ``role`` (a post served, 院长) is the head's or a deputy's of ``school``: a school officer
    whose title's first character fits the name (院长 of 医院 or 学院, 所长 of 研究所, 校长 of a school:
    大学, 学院, 党校)."""
    if role not in post_words(rules)["school-officer"]:
        return False
    end = _HEAD_OF.get(role[0])
    if end:
        return school.endswith(end)
    return body_kind(school, rules) == "school" and not faculty(school, rules)


def faculty(school: str, rules: RuleSet) -> bool:
    """Whether ``school`` is a college named by its disciplines alone (经济管理学院, 外国语学院), a
    school's faculty, which a dean (院长) heads, not a 校长: no place of the gazetteer at the head of its
    name (滁州学院, 湖北汽车工业学院 are colleges) nor a region named by a direction (华北水利水电学院)."""
    regions = place_names(rules).region
    return school.endswith(_FACULTY) and not places_at_head(school, rules) \
        and not any(regions(school[:n]) for n in (2, 3))


_FACULTY = "学院"


@per_rules
def head_kinds(rules: RuleSet) -> dict[str, str]:
    """Head's title -> how the name of the body it heads ends (``posts/heads``)."""
    return {row.fields[0]: row.fields[1] for row in rules.table("posts/heads").checked(2, 2)}


def is_organ(word: str, rules: RuleSet) -> bool:
    """Whether ``word`` is a body's head word or a company's board (工会, 监事会: ``orgs/suffixes``,
    ``board``), not a company's word for itself (集团: ``company-ref``)."""
    words = post_words(rules)
    return (word in org_rules(rules).suffixes or word in words["board"]) and word not in words["company-ref"]


def is_officer(role: str, rules: RuleSet) -> bool:
    """Whether ``role`` is a company's officer's (董事长, 总经理: ``posts/words`` officer)."""
    return role.endswith(post_words(rules)["officer"])


def is_commander(role: str, rules: RuleSet) -> bool:
    """Whether ``role`` is an army unit's commander's (司令员, 政委, 参谋长: ``posts/words`` command)."""
    return role.endswith(post_words(rules)["command"])


@per_rules
def deputy_re(rules: RuleSet) -> re.Pattern[str]:
    """A deputy's qualifiers (常务副, 第一副): the post without them is the one its deputies serve."""
    others = [w for w in post_words(rules)["post-qualifier"] if w != "副"]
    return re.compile(f"^(?:{alternation(others)})?副")


@lru_cache(maxsize=1 << 14)  # asked of every post of every reading: the posts of a corpus are few
def served_post(role: str, rules: RuleSet) -> str:
    """The post a deputy, an acting, an honorary or an executive holder serves (常务副市长, 代理市长,
    名誉会长, 执行会长, 常务理事, 永远名誉理事长 -> 市长, 会长, 理事, 理事长: ``posts/words`` serving, one
    after another), not a post of its own kind of body (常务委员 of a 委员会: ``posts/heads``)."""
    bare = bare_role(role)
    while bare not in head_kinds(rules) and (serving := next(
            (w for w in post_words(rules)["serving"] if bare.startswith(w) and len(bare) > len(w) + 1), "")):
        bare = bare.removeprefix(serving)
    return deputy_re(rules).sub("", bare)


def zone_of(name: str, zones: tuple[str, ...]) -> str | None:
    """The development zone a name is or opens with (中共临沂临港经济开发区工作委员会 -> 临沂临港经济开发区,
    天府新区眉山管委会 -> 天府新区眉山), or None: the name up to its last zone word and a name after it."""
    name = name.removeprefix("中共")
    at = max((name.rfind(w) + len(w) for w in zones if w in name), default=0)
    if at == 0 or name.startswith(zones):
        return None  # (示范区: a zone with no name)
    rest = name[at:]
    for body in ("工作委员会", "管理委员会", "党工委", "管委会", "工委"):
        if body in rest:
            return name[:at] + rest[:rest.index(body)]
    return name[:at] + rest if len(rest) <= 4 else None


def places_at_head(name: str, rules: RuleSet) -> str:
    """The places of the gazetteer written one after another at the head of an organisation's name
    (广州市天河区 of 广州市天河区委员会, 黄山市 of 黄山市人民政府), as written; '' when none."""
    places = gazetteer(rules)
    at = 0
    while True:
        n = next((n for n in range(min(len(name) - at, places.max_len), 1, -1)
                  if name[at:at + n] in places.by_name), 0)
        if not n:
            return name[:at]
        at += n


def named_in_its_time(org: str | None, date: str | None, rules: RuleSet) -> str | None:
    """``org`` by its name of ``date`` (``orgs/eras``: 中共太岳地区委员会 in 1938 -> 中共太岳地方委员会), as
    kg keys it today when no date or a later one."""
    if org is None or not date:
        return org
    return next((org[:-len(now)] + then for now, then, until in eras(rules)
                 if org.endswith(now) and date < until), org)


@per_rules
def eras(rules: RuleSet) -> tuple[tuple[str, str, str], ...]:
    """The rows of ``orgs/eras``: (ending today, ending before the date, date)."""
    return tuple((r.fields[0], r.fields[1], r.fields[2]) for r in rules.table("orgs/eras").checked(3, 3))


CHINA = "中华人民共和国"
CPC = "中国共产党"
CPC_SHORT = "中共"


@per_rules
def name_honours(rules: RuleSet) -> tuple[str, ...]:
    """The honours written between a title and a name (people/cues ``honour``: 拿督斯里), longest first."""
    return tuple(sorted(rules.lexicon("people/cues").with_flag("honour"), key=lambda w: (-len(w), w)))


def head_word(role: str) -> str:
    """The head word of the bodies a head's title of two characters names (局长: 局, 处长: 处), or ""."""
    return role[0] if len(role) == 2 and role[1] == _HEAD_END else ""


_HEAD_END = "长"  # the last character of a head's title named by the body's head word (局长, 处长)


@per_rules
def leaders(rules: RuleSet) -> dict[str, str]:
    """``posts/leaders``: the name of a head of another state -> the state (a country of the gazetteer)."""
    places = gazetteer(rules)
    out: dict[str, str] = {}
    for row in rules.table("posts/leaders").checked(2, 2):
        name, state = row.fields
        place = places.lookup(state)
        if place is None or place.level != "country" or place.name == "中国":
            raise row.error(f"{state!r} is no other state of the gazetteer (places/countries)")
        out[name] = state
    return out
