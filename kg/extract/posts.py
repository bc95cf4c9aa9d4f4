"""Posts: who holds which title in which organisation (``org:Membership``).

A *title chain* is one or more titles joined by 、 written right before a name
(``市委副书记、市长、市政府党组书记于海宇``), or one title right after it
(``李理书记``). Each title splits, from the right, into a post (the longest word
of the title lexicons, with its qualifiers: 常务副市长) and the organisation
written before it, made of organisation mentions, short names of
``posts/orgs.tsv`` (市委, 宣传部) and places. The organisation is then resolved:

* a short name is expanded with the publisher's home place (``市委`` ->
  ``中共鄂尔多斯市委员会``) or, for a department (``宣传部``), with the body the
  chain is about: ``自治区党委常委、宣传部部长`` -> 部长 of
  ``中共内蒙古自治区委员会宣传部``;
* a post may imply its organisation (``posts/roles.tsv``: 市长 -> 市政府,
  党组书记 -> 书记 of the chain's body's 党组);
* otherwise the organisation is unknown (None).

Confidence: each rule has a base (chain before the name 0.9, title after the
name 0.8) multiplied by how the organisation was found: written out 1.0,
implied by the post or inherited along the chain 0.9, unknown 0.7, and 0.5 for
an occupation with no organisation (律师刘伟渊: a job title more than a post).
So 0.9 means "title and organisation both written next to the name", and
anything below 0.7 has a guessed part; the numbers order facts by evidence,
they are not calibrated probabilities. Scored on CLUENER (scripts/eval_posts.py)
the title-before-name posts are right about 85% of the time.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import NamedTuple

from kg.extract.context import Context
from kg.extract.engine import is_han, rules_of
from kg.extract.orgs import SCHOOL_KINDS, body_kind, canonical_org, org_rules, own_body, suffix_re
from kg.extract.placenames import place_names, short_places
from kg.extract.places import FOREIGN_CITY_RULE, place_spans
from kg.extract.titles import after_number, word_lead
from kg.model import Membership, Mention, Relation
from kg.nlp.normalize import View
from kg.nlp.numerals import DIGITS, SMALL, TERM
from kg.nlp.sentences import sentence_at
from kg.nlp.tokenize import dict_tag
from kg.rules import Row, RuleSet, load_rules, per_rules
from kg.rules.places import CITY_LEVELS, affixes, gazetteer

__all__ = ["Post", "extract_posts", "roles", "org_names", "resolve_org", "parse_chain", "named_posts",
           "carried", "by_end_of", "Reading", "read_article", "view_mention", "generic_roles", "post_words",
           "alternation", "HOW_FACTOR", "sentence_placed", "school_post", "schools_named",
           "name_honours", "of_task_body", "of_kind_named", "in_full_named",
           "of_short_state", "named_in_its_time"]

_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_HOME_UNITS = ("市", "省", "自治区", "特别行政区", "县", "区", "旗", "州", "盟", "镇", "乡")
_MAX_ROLE = 8
# the word classes of ``posts/words``
_WORD_KINDS = ("shared", "many", "officer", "company", "company-body", "stationed", "time-word", "qualifier",
               "not-qualifier", "post-qualifier", "publisher", "verb", "function", "government", "join",
               "address", "duty", "dateline", "head",
               "foreign-division", "body-head", "company-ref", "company-anaphor", "board", "council", "envoy",
               "congress-head", "minister", "sho-state", "state-post", "press-kind",
               "speaker", "legislator", "shared-body", "press",
               "chain-kind", "session", "envoy-post", "era", "not-town", "school-officer",
               "association-chair", "association-elected", "school-ref",
               "school-body", "state-head", "envoy-head", "street-body", "minister-short", "relative",
               "relative-former", "department-post", "member-post", "session-body", "portfolio",
               "party-organ", "division", "self-ref", "company-self", "town-subject", "zone-office",
               "zone-party", "visit-us", "go-to", "serving", "elect", "cabinet", "unit", "special-envoy",
               "envoy-field", "count", "epithet", "school-anaphor", "task-body", "not-school-ref",
               "company-visit", "lead", "host", "follow", "received", "field", "teacher", "subject",
               "head-office", "central-head", "paper-end", "sole", "membership", "people-count", "coach",
               "founding", "renaming", "party-elected", "cppcc-elected", "congress-elected", "council-level",
               "our-state")


def post_words(rules: RuleSet | None = None) -> dict[str, tuple[str, ...]]:
    """The ``posts/words`` table of ``rules`` (the built-in rules when None): kind -> its words."""
    return _post_words(rules if rules is not None else load_rules())


@per_rules
def _post_words(rules: RuleSet) -> dict[str, tuple[str, ...]]:
    return rules.table("posts/words").words_by_kind(_WORD_KINDS)


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, the longest first; one that never matches when none."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"


@dataclass(frozen=True)
class _Grammar:
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


@per_rules
def _grammar(rules: RuleSet) -> _Grammar:
    words = _post_words(rules)
    company = alternation(words["company"])
    return _Grammar(
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
    )


# the number of a count of bodies (三家, 两所, 10家, 多家)
_COUNT_NUMBER = "(?:[0-9一二两三四五六七八九十几]+|多)"


def _check_templates(row: Row) -> None:
    for c in row.fields:
        for name in _TEMPLATE.findall(c):
            if name not in _HOME_UNITS and name not in ("上级", "本报", "同级"):
                raise row.error(f"unknown template field {{{name}}}")


@dataclass(frozen=True)
class Role:
    role: str  # bare post
    org: str = ""  # implied organisation (short name or template)
    core: bool = True  # a post (书记); False for an occupation (记者, 教授) that needs an organisation


@per_rules
def _roles(rules: RuleSet) -> dict[str, Role]:
    table: dict[str, Role] = {}
    for word, flag in sorted(rules.lexicon("titles/titles").entries.items()):
        if flag in ("core", "occ") and len(word) <= _MAX_ROLE:
            table[word] = Role(word, "", flag == "core")
    for row in rules.table("posts/roles").checked(2, 3):
        _check_templates(row)
        cols = row.fields
        org = cols[2] if len(cols) > 2 else ""
        known = table.get(cols[1])
        # a post when it implies its body or its bare role is a post (融媒记者 is an occupation like 记者)
        table[cols[0]] = Role(cols[1], org, bool(org) or (known.core if known else True))
    return table


def roles(rules: RuleSet | None = None) -> dict[str, Role]:
    """Title -> bare role and implied organisation: the title lexicon plus the ``posts/roles`` table."""
    return _roles(rules if rules is not None else load_rules())


@per_rules
def _generic_roles(rules: RuleSet) -> frozenset[str]:
    return frozenset(rules.lexicon("titles/generic").entries)


def generic_roles(rules: RuleSet | None = None) -> frozenset[str]:
    """Roles that name no post (领导, 负责人): ``titles/generic``."""
    return _generic_roles(rules if rules is not None else load_rules())


def shared_by_list(post: Post, rules: RuleSet | None = None) -> bool:
    """Whether a title written before a list of names is held by each of them: occupations, deputies and
    the posts ``posts/words`` marks ``shared`` (市委常委张三、李四; 副市长张三、李四; 记者张三、李四) or
    held in a body of several equals (``shared-body``: 书记处书记张三、李四), not a body's one head (市长,
    书记)."""
    words = post_words(rules)
    # (a deputy after its qualifiers too: 常务副会长张三、李四)
    deputy = _deputy(rules if rules is not None else load_rules()).match(_bare(post.role)) is not None
    return not post.core or deputy or post.role.endswith(words["shared"]) \
        or (post.organization or "").endswith(words["shared-body"]) or post.counted


@per_rules
def _modifiers(rules: RuleSet) -> tuple[frozenset[str], tuple[int, ...]]:
    """The qualifiers a post may carry (常务, 副), and their lengths, longest first."""
    kinds = _post_words(rules)
    words = set(kinds["qualifier"])
    # 前, 原 (former) and 总, 老 (parts of other words) do not make a post of their own
    lex = rules.lexicon("titles/modifiers")
    words |= {w for w in lex.entries if w not in kinds["not-qualifier"]}
    return frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True))


@per_rules
def _org_names(rules: RuleSet) -> dict[str, tuple[str, str]]:
    table = {}
    for row in rules.table("posts/orgs").checked(2, 3):
        _check_templates(row)
        cols = row.fields
        table[cols[0]] = (cols[1], cols[2] if len(cols) > 2 and cols[2] else cols[1])
    return table


def org_names(rules: RuleSet | None = None) -> dict[str, tuple[str, str]]:
    """Short name -> (full-name template, scope template) from the ``posts/orgs`` table."""
    return _org_names(rules if rules is not None else load_rules())


def _home(unit: str, ctx: Context) -> str | None:
    if not ctx.place:
        return None
    place = gazetteer(rules_of(ctx)).home("我" + unit, ctx.place)
    if place is None or not place.name.endswith(unit) or (unit == "区" and place.name.endswith("自治区")):
        return None  # 区委 in a city's paper is no body of the autonomous region around it
    return place.name


def _fill(template: str, scope: str | None, ctx: Context) -> str | None:
    """Fill a template; None when a field is unknown."""
    out = template
    for name in _TEMPLATE.findall(template):
        value = scope if name == "上级" else ctx.publisher if name == "本报" \
            else _place_heading(scope, ctx) if name == "同级" else _home(name, ctx)
        if not value:
            return None
        out = out.replace("{" + name + "}", value)
    return out


def _place_heading(body: str | None, ctx: Context) -> str | None:
    """The last of the places of the gazetteer a body's name opens with, its party's or conference's lead
    left out (中共高邑县委员会, 中共河北省高邑县委员会: 高邑县), or None."""
    places, name, place = gazetteer(rules_of(ctx)), _BODY_LEAD.sub("", body or ""), None
    while (n := next((n for n in range(min(len(name), places.max_len), 1, -1) if name[:n] in places.by_name),
                     0)):
        found = places.lookup(name[:n])
        place, name = (found.name if found is not None else name[:n]), name[n:]
    return place


def _canonical(name: str, ctx: Context) -> str | None:
    """The canonical name of an organisation (:func:`kg.extract.orgs.canonical_org`)."""
    return canonical_org(name, ctx)


def resolve_org(short: str, ctx: Context, scope: str | None = None) -> tuple[str, str]:
    """Full name and scope of the short name ``short`` (kept as is when unresolvable).

    A name that needs no chain scope is resolved by ``kg.extract.orgs.canonical_org``
    when it knows it, so posts and mentions agree on keys.
    """
    if short not in org_names(rules_of(ctx)):
        name = _canonical(short, ctx) or short
        return name, name
    full_t, scope_t = org_names(rules_of(ctx))[short]
    full = _fill(full_t, scope, ctx)
    if full is None:
        return short, short  # 县法院 with no home county: kept short, for a county named later to fill
    if "{上级}" not in full_t:
        canonical = _canonical(short, ctx)
        # the organisations' canonical name wins when it resolved the short name (国务院; not 民盟 before a
        # post of its leaders: its central committee)
        if canonical is not None and canonical != short:
            return canonical, (_fill(scope_t, scope, ctx) or canonical) if scope_t != full_t else canonical
    return full, _fill(scope_t, scope, ctx) or full


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


def _longest_role(text: str, end: int, lo: int, rules: RuleSet) -> tuple[int, Role] | None:
    table = roles(rules)
    for n in range(min(_MAX_ROLE, end - lo), 0, -1):
        r = table.get(text[end - n:end])
        if r is not None:
            return None if after_number(text, end - n) else (end - n, r)  # １１ + 天后: a time
    return None


#: qualifiers written short, by their form in a role (代县长 is the acting head: role 代理县长)
_ROLE_FORMS = {"代": "代理"}


def _bare(role: str) -> str:
    """A role without the acting qualifier (代理市长 -> 市长, 署理会长 -> 会长): what the word classes of
    posts/words list."""
    return next((role[len(a):] for a in _ACTING if role.startswith(a)), role)


#: the acting qualifiers, mainland's and Hong Kong's, Macao's and South-East Asia's (代理市长, 署理会长)
_ACTING = ("代理", "署理")


@per_rules
def _post_qualifiers(rules: RuleSet) -> tuple[str, ...]:
    """The qualifiers that make another post (``posts/words`` post-qualifier: 代理, 名誉), longest first."""
    return tuple(sorted(_post_words(rules)["post-qualifier"], key=len, reverse=True))


def _qualified(role: Role, qualifiers: str, before: str, rules: RuleSet) -> Role:
    """The role with the qualifiers written before it that make another post (``post-qualifier``: 副 +
    总参谋长, 常务 + 副部长, 代 + 检察长), unless the role starts with them (副部长). ``before`` is the
    character before the qualifiers: one of ``era`` makes a 代 opening them an era (清代学者)."""
    words = _post_words(rules)
    prefix = ""
    while qualifiers:  # the run of them right before the role (第一 of 第一代干部 is none)
        word = next((w for w in _post_qualifiers(rules) if qualifiers.endswith(w)), None)
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
    words = _post_words(rules)
    if _bare(role.role) not in words["teacher"]:
        return start
    subject = next((w for w in words["subject"]
                    if start - len(w) > lo and text.startswith(w, start - len(w))), "")
    return start - len(subject)


@dataclass(frozen=True)
class _Part:
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


def _org_parts(
    text: str, end: int, lo: int, by_end: dict[int, list[Mention]], rules: RuleSet, state: bool = False
) -> list[_Part]:
    """Organisation parts written right before view offset ``end``, left to right; with ``state`` (a state's
    post ends there: 总统, 副总理), a state's official name the gazetteer does not know right before it is
    the state its short name is (马耳他共和国 + 副总理: 马尔他)."""
    parts: list[_Part] = []
    shorts = org_names(rules)
    lengths = _name_lengths(rules)
    longest = lengths[0]
    title_start = end
    while end > lo:
        if end - 1 > lo and text[end - 1] == _STATE_FORMER and any(
                m.type == "LOC" and m.start >= lo and _country(m.key or m.text, rules, foreign=True)
                for m in by_end.get(end - 1, ())):
            end -= 1  # 美国 + 前 + 国防部长: the state of a former post's body, the mark between them
        found = None
        widest = min(longest + _MAX_TERM, end - lo)
        # a term inside a name is looked for only when the words before ``end`` hold one
        term = _TERM.search(text, end - widest, end) is not None
        # with no term, only the lengths of short names can match
        for n in range(widest, 0, -1) if term else (n for n in lengths if 0 < n <= widest):
            name = text[end - n:end]
            if term and name not in shorts:
                name = _TERM.sub("", name, count=1)  # 省十二届人大常委会: a term inside the name
            if name in shorts:
                found = _Part(end - n, end, "short", name)
                break
        inside = next((m for m in by_end.get(found.start + 1, ()) if m.type == "ORG"
                       and lo <= m.start < found.start), None) if found is not None else None
        if inside is not None:
            # 越南共产党 + 中央: a short name (党中央) whose first words end another organisation's name is
            # that organisation's body
            whole = text[inside.start:end]
            found = _Part(inside.start, end, "text", canonical_org(whole) or whole, whole)
        for m in by_end.get(end, ()):  # longest mention ending here, unless a relative short name covers it
            # a short name the chain can resolve (自治区人大常委会 after 广西壮族自治区党委) wins over a
            # mention of the same words, which only knows the publisher's place
            same = found is not None and m.start == found.start and m.type == "ORG"
            if m.type in ("ORG", "LOC") and m.start >= lo and (
                    found is None or m.start < found.start or (m.start == found.start and not same)):
                if m.text[:1] in _FORMER_MARKS and len(m.text) > 3 \
                        and (m.start == lo or text[m.start - 1] in _ORG_TAIL_STOP):
                    # ，原县人大常委会主任: the name the NER read with 原 is the body of a former post
                    found = found or _Part(m.start + 1, end, "text", m.text[1:], m.text[1:])
                    break
                verb = _last_verb(text, m.start, end, rules)
                if verb is not None and end - verb.end() >= 2:
                    # an organisation mention across a verb (北京会见化工部): keep what follows the verb
                    found = _Part(verb.end(), end, "text", text[verb.end():end])
                elif m.type == "ORG" and m.key == m.text and m.start - 2 >= lo \
                        and text.startswith(_NATIONWIDE, m.start - 2) and not m.text.startswith(_NATIONWIDE):
                    # 国务委员、全国双拥工作领导小组组长: the NER left 全国 out of the body's name
                    found = _Part(m.start - 2, end, "mention", _NATIONWIDE + m.text, _NATIONWIDE + m.text)
                else:
                    kind = "mention" if m.type == "ORG" else "place"
                    key = m.key or m.text
                    if state and kind == "place" and end == title_start:
                        key = _state_form(key, rules)
                    elif kind == "place" and key.endswith(_GRASSROOTS[:2]) and (
                            not parts or "{上级}" in shorts.get(parts[-1].value, ("", ""))[0]):
                        # 九摆村 + 第一书记, 九摆村 + 村委会主任: the village's post or body, as of a village
                        # the NER missed (_grassroots)
                        kind = "text"
                    found = _Part(m.start, end, kind, key, m.text)
                break
        if found is None and (not parts or "{上级}" in shorts.get(parts[-1].value, ("", ""))[0]):
            found = _grassroots(text, end, lo, rules)  # 金色新城社区 + 党委书记, 红旗村 + 村委会主任
            if found is None and parts:
                found = _org_tail(text, end, lo, by_end, rules)  # 省教育厅 + 办公室: the NER missed the body
        elif found is None and parts[-1].value in org_rules(rules).forms \
                and (street := _grassroots(text, end, lo, rules)) is not None \
                and len(name := re.split(f"[{_TOWN_AFTER}]", street.value)[-1]) > len(_STREET) + 1:
            # 李家坪街道 + 党工委: a body written with a place the NER missed, named in full by its form (not
            # 会议由 + 街道党工委: the street the article named)
            whole = name + parts[-1].value
            parts[-1] = _Part(end - len(name), parts[-1].end, "mention", canonical_org(whole), whole)
            break
        if found is None:
            break
        if found.kind == "short" and found.value in place_names(rules).township_levels and found.start > lo \
                and is_han(text[found.start - 1]):
            # 麦市镇党委书记, 由麦市镇镇长: a town the gazetteer does not know, its name after a delimiter
            # or a preposition; none such, the 镇 ends a word and names no town (…市镇)
            k = next((k for k in range(max(lo, found.start - 3), found.start)
                      if all(is_han(c) for c in text[k:found.start])
                      and (k == lo or text[k - 1] in _ORG_TAIL_STOP + _TOWN_AFTER)), None)
            if k is not None and (text[found.start - 1] in _TOWN_AFTER
                                  or text[k:found.start] in _post_words(rules)["not-town"]):
                pass  # 会议由 + 乡党委书记, 最后 + 镇党委副书记: no town's name, the town named last
            elif k is None:
                break
            elif text[k:found.start] in _DEICTIC_TOWN:
                found = _Part(k, found.end, "short", found.value)  # 该镇: the town the article named last
            else:
                found = _Part(k, found.end, "place", text[k:found.end], text[k:found.end])
        if found.kind in ("place", "mention") and found.start - 1 >= lo and text[found.start - 1] == "驻":
            # 中国驻美国大使, 中国常驻联合国代表, 巴西新任驻华大使: where the post is held, not whose it is
            end = found.start - 1
            before = _envoy_words(rules).search(text, lo, end)
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
        if found.kind == "mention" and level is not None and not _LEVELS.match(found.value) \
                and (level.start() == lo or text[level.start() - 1] in _ORG_TAIL_STOP + _LEVEL_AFTER):
            # 省 + 人大常委会财政经济工作委员会: the body of the home place of that level
            parts.append(_Part(level.start(), end, "level", level.group()))
            break
    parts.reverse()
    return parts


# how a community's or village's name ends (金色新城社区, 红旗村), and words so ending that name none
_GRASSROOTS = ("社区", "村", "街道")
_NOT_GRASSROOTS = frozenset({"农村", "乡村", "新农村", "城乡社区"})
# a verb before 村 (驻村第一书记, 进村入户): where someone goes or is stationed, no village's name
_TO_VILLAGE = ("驻村", "进村", "入村", "到村", "下村")
_GRASSROOTS_BODIES = frozenset({"居委会", "村委会"})
# a number and a measure word opening the words before 村 (一位山村, 两个村): villages counted, not named
# (九摆村 is a name)
_COUNTED = re.compile(f"[{DIGITS}两几][个位座处名]")
#: the particle of a verb's completed action (看望了): a name starts after it, never holds it
_DONE = "了"


def _grassroots_home(body: str, rules: RuleSet) -> str:
    """The village or community whose party body ``body`` is (红旗村党总支, 金色社区党委: ``company-body``
    words after a name ending in 村 or 社区), else ``body``: the place a 村委会 or 居委会 of the chain is
    of."""
    for word in _post_words(rules)["company-body"]:
        place = body.removesuffix(word)
        if place != body and place.endswith(_GRASSROOTS) and place not in _NOT_GRASSROOTS:
            return place
    return body


def _grassroots(text: str, end: int, lo: int, rules: RuleSet) -> _Part | None:
    """A community or village named right before view offset ``end`` (where its body or post is written:
    金色新城社区党委书记, 红旗村村委会主任), from a delimiter, a preposition or a verb on (看望了 +
    振兴社区党总支书记: ``posts/words`` verb, and 了): the name's part, or None. Not a place pointed at
    (该村, 全村) nor a word (农村)."""
    verbs = (*_post_words(rules)["verb"], _DONE)
    for k in range(max(lo, end - 10), end - 2):
        name = text[k:end]
        if (k == lo or text[k - 1] in _ORG_TAIL_STOP + _TOWN_AFTER or text.endswith(verbs, lo, k)) \
                and all(map(is_han, name)) and name.endswith(_GRASSROOTS) \
                and not any(v in name for v in verbs):
            if name[0] in _DEICTIC_TOWN or _COUNTED.match(name) or _OF in name or name in _NOT_GRASSROOTS \
                    or name.endswith(_TO_VILLAGE):
                return None  # (一位山村党支部书记: a village counted, not named; 山耳东村的村支书: a phrase)
            return _Part(k, end, "text", name, name)
    return None


# how a state's official name ends after its short name (马耳他共和国, 摩洛哥王国, 萨摩亚独立国)
_STATE_FORMS = ("民主主义人民共和国", "民主人民共和国", "人民共和国", "共和国", "王国", "联邦", "独立国")


def _state_form(name: str, rules: RuleSet) -> str:
    """A state written by an official name (马耳他共和国, 斐济共和国, which the gazetteer may know too) as the
    gazetteer's state its short name is; any other place as it is."""
    places = gazetteer(rules)
    stem = next((name[:-len(f)] for f in _STATE_FORMS if name.endswith(f) and len(name) > len(f) + 1), None)
    state = places.lookup(stem) if stem else None
    return state.name if state is not None and state.level == "country" else name


def _glued_place(text: str, short: _Part, lo: int, by_end, rules: RuleSet) -> _Part | None:
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
        return None if town is None else _Part(town.start, short.start, "place", town.key or town.text,
                                               text[town.start:short.start])
    level = _levels(rules).home.match(short.value)
    if level is None:
        return None
    places = gazetteer(rules)
    for n in range(min(4, short.start - lo), 1, -1):
        stem = text[short.start - n:short.start]
        name = stem + level.group(1)
        found = places.lookup(name) if name in places.by_name and all(map(is_han, stem)) else None
        if found is not None and found.code and found.name == name:
            return _Part(short.start - n, short.start, "place", found.name, stem)
    return None


# how the name of a nationwide body opens (全国双拥工作领导小组)
_NATIONWIDE = "全国"
# a body's term written inside its short name (省十二届人大常委会, 市第十五届人大常委会, 镇第二届人大)
_TERM = re.compile(f"(?<=[省市县区镇乡旗州]){TERM}")
_MAX_TERM = 5
# a level word written before a body's name the NER found without it (为省 + 人大常委会…委员会)
_LEVEL_BEFORE = re.compile(r"(?:自治区|省|市|县|区)$")
_LEVELS = re.compile(r"(?:自治区|省|市|县|区)")


@per_rules
def _envoy_words(rules: RuleSet) -> re.Pattern[str]:
    """Words between an envoy's state and 驻 (``posts/words`` ``envoy``: 常驻, 新任驻华)."""
    return re.compile(f"(?:{alternation(_post_words(rules)['envoy'])})$")


def _envoy_of_china(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
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
    if found is None or found.level not in _ABROAD or found.name == "中国":
        return []
    return [_Part(place.start - 1, role_start, "place", "中国", text[place.start - 1:role_start])]


_ABROAD = frozenset({"country", "foreign-state", "foreign-city"})


def _state_before_stationed(text: str, role_start: int, lo: int, rules: RuleSet) -> list[_Part]:
    """An envoy written after a state, 驻 and a place no rule read (中国驻杜塞尔多夫 + 总领事): the
    state's."""
    at = text.rfind("驻", max(lo, role_start - _MAX_STATIONED), role_start)
    if at < 0 or not is_han(text[at + 1:role_start]) or any(w in text[at:role_start] for w in _MISSIONS):
        return []  # (巴西驻华使馆 + 公使: the mission's staff)
    places = gazetteer(rules)
    for n in range(min(places.max_len, at - lo), 1, -1):
        found = places.lookup(text[at - n:at]) if text[at - n:at] in places.by_name else None
        if found is not None and found.level == "country":
            return [_Part(at - n, role_start, "place", found.name, text[at - n:role_start])]
    return []


#: the longest place name read between 驻 and an envoy's post (驻杜塞尔多夫总领事)
_MAX_STATIONED = 10


def _stationed_abroad(text: str, role_start: int, lo: int, rules: RuleSet) -> bool:
    """Whether 驻 and a foreign state's one-character name (``events/short_places``: 法, 美, 日) are written
    right before view offset ``role_start`` (中国驻法 + 大使)."""
    if role_start - 2 < lo or text[role_start - 2] != "驻":
        return False
    found = gazetteer(rules).lookup(short_places(rules).get(text[role_start - 1], ""))
    return found is not None and found.level in _ABROAD and found.name != "中国"


def _place_over_level(text: str, role_start: int, lo: int, by_end) -> list[_Part]:
    """The place whose name ends in the level word a title opens with (西藏自治区 + 副主席, read as 西藏 +
    自治区副主席: the region's government, not the publisher's region's): that place, as written."""
    place = next((m for k in range(role_start + 1, role_start + _MAX_LEVEL + 1) for m in by_end.get(k, ())
                  if m.type == "LOC" and lo <= m.start < role_start and text[role_start:k] in _HOME_UNITS),
                 None)
    return [_Part(place.start, role_start, "place", place.key or place.text, place.text)] if place else []


_MAX_LEVEL = 5  # (特别行政区)


def _foreign_place_before(text: str, role_start: int, lo: int, rules: RuleSet) -> list[_Part]:
    """A foreign state or city of the gazetteer written right before a post in a word the place extractor
    did not read (法国巴黎 + 市长): the post is of that place, not of the publisher's city's body. The
    longest place written there is the one read: 内蒙古 + 自治区主席 is no post of 蒙古, a state."""
    places = gazetteer(rules)
    for n in range(min(places.max_len, role_start - lo), 1, -1):
        name = text[role_start - n:role_start]
        found = places.lookup(name) if name in places.by_name else None
        if found is not None:
            abroad = found.level in _ABROAD and found.name != "中国"
            return [_Part(role_start - n, role_start, "place", found.name, name)] if abroad else []
    return []


def _city_after_state(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
    """A foreign state and the words of a place the gazetteer does not know between it and a post of a
    city's or province's government (巴西累西腓 + 副市长, 秘鲁阿雷基帕 + 市长): the post is that foreign
    place's (the state and the place as written), not the publisher's city's; none when the words hold
    anything but a name (驻华, a verb)."""
    for n in range(_MAX_FOREIGN_PLACE, 1, -1):
        at = role_start - n
        words = text[at:role_start]
        if at <= lo or not is_han(words) or "驻" in words or _last_verb(text, at, role_start, rules):
            continue
        state = next((m for m in by_end.get(at, ()) if m.type == "LOC" and m.start >= lo), None)
        if state is not None and gazetteer(rules).lookup(words) is None \
                and (place := gazetteer(rules).lookup(state.key or state.text)) is not None \
                and place.level == "country" and place.name != "中国":
            return [_Part(state.start, at, "place", place.name, state.text),
                    _Part(at, role_start, "place", words, words)]
    return []


_MAX_FOREIGN_PLACE = 6


def _last_verb(text: str, start: int, end: int, rules: RuleSet) -> re.Match | None:
    """The last verb ending a clause's subject (``posts/words`` ``verb``) in ``text[start:end]``."""
    found = list(_grammar(rules).verb.finditer(text, start, end))
    return found[-1] if found else None


_ORG_TAIL_STOP = "、,，。;；:：()（）《》“”\" \n兼—"
#: function characters a level word may follow in a post's title (产生了 + 镇党委委员, 当选为 + 县纪委书记,
#: 受 + 自治区党委书记X委托)
_LEVEL_AFTER = "了的为任由在与和及受"
#: the pronouns no organisation's name starts with (我 does: 我市公安局)
_PRONOUNS = frozenset("他她它你")


#: 由 introducing who acts (会议由…主持), not inside a word (自由, 理由, 缘由, 经由, 来由, 由于)
_BY = re.compile("(?<![自理缘经来])由(?!于)")
_NOT_A_POST_INSIDE = re.compile(r"委员会|常委会|代表(?=[大团选])|董事会|董事局|监事会")


def _org_tail(text: str, end: int, lo: int, by_end, rules: RuleSet) -> _Part | None:
    """An organisation the NER missed, written right before a post (中国人民争取和平与裁军委员会会长): the
    words after a delimiter ending in a suffix of ``orgs/suffixes`` marked ``post``."""
    start = end
    while start > lo and end - start < 20 and text[start - 1] not in _ORG_TAIL_STOP \
            and not any(m.type in ("PER", "DATE") for m in by_end.get(start, ())):
        start -= 1
    start = _after_appointed(text, start, end, by_end, rules)
    pointed = text.rfind(_THAT, start, end)
    if 0 <= pointed and 1 <= end - pointed - 1 <= 2:  # 该局 + 副局长: the body named last ending in 局
        return _body_pointed_at(text, pointed, end, by_end)
    verb = _last_verb(text, start, end, rules)
    head = suffix_re("post", rules).search(text, start, end)
    if end - start < 3 or head is None:
        return None
    if verb is not None:  # 在科伦坡会见中国化工部, 会议听取了市安委办: the name starts after the verb
        start = verb.end() + text.startswith("了", verb.end())
    elif start > lo and text[start - 1] not in _ORG_TAIL_STOP \
            and not any(m.type in ("PER", "DATE") for m in by_end.get(start, ())):
        return None  # the words run on before: no name starts here (任命张三为 + the body's name is fine)
    by = list(_BY.finditer(text, start, end))
    start = by[-1].end() if by else start  # 座谈会由 + 商会执行会长: the clause's subject before 由
    start = max(start, text.rfind("的", start, end) + 1)  # 现已离休的 + …医院副院长: a phrase before the name
    start = max(start, text.rfind(_DONE, start, end) + 1)  # 受到了 + 商会副会长: a verb's, no name holds 了
    lead = word_lead(_grammar(rules).function, text, start, end, _post_words(rules)["join"])
    if lead is not None:
        # 关于公司董事, 由公司董事长, 的还有 + 县侨联主席: no name before the body's head word
        start = lead.end()
    if _UNNAMED in text[start:end] or text[start:end] in _post_words(rules)["board"] \
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
    seg = _NOT_A_POST_INSIDE.sub(lambda m: "#" * len(m.group()), text[start:end])
    if any(seg[i:i + n] in table and start + i + n != head.start()
           for i in range(len(seg)) for n in range(2, min(_MAX_ROLE, len(seg) - i) + 1)):
        return None  # a post inside: 小学教师张燕红北京市科协 names no body (交警 + 支队 names its unit)
    return _named_whole(text[start:end], start, end, by_end) or _Part(start, end, "text", text[start:end])


def _after_appointed(text: str, start: int, end: int, by_end, rules: RuleSet) -> int:
    """Where a body's name may start in words from ``start`` to ``end`` that follow a person's name: after
    a form of address and a verb of appointing (张三 + 同志任 + 厅党委副书记: ``posts/words`` address,
    ``orgs/name-parts`` appointed-as); ``start`` when none is written."""
    if not any(m.type == "PER" for m in by_end.get(start, ())):
        return start
    address = next((w for w in _post_words(rules)["address"] if text.startswith(w, start, end)), "")
    at = start + len(address)
    return at + 1 if text[at:at + 1] in org_rules(rules).appointed_as and end - at > 1 else start


def _named_whole(body: str, at: int, end: int, by_end) -> _Part | None:
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
    return None if named is None else _Part(at, end, "mention", named.key or named.text, body)


def _org_named_last(at: int, by_end, fits: Callable[[Mention], bool]) -> Mention | None:
    """The organisation mention ending last by view offset ``at`` that ``fits``, or None."""
    return max((m for e, ms in by_end.items() if e <= at for m in ms if m.type == "ORG" and fits(m)),
               key=lambda m: m.end, default=None)


_THAT = "该"
_UNNAMED = "某"  # 某部, 某医院: a body the text does not name


def _body_pointed_at(text: str, at: int, end: int, by_end) -> _Part | None:
    """The organisation a text points at with 该 and a head word (该局, 该院) written from view offset ``at``
    to ``end``: the one named last before it whose name, as written, ends in that head word (市公路局; not
    市委 for 该会, though its full name 中共X市委员会 ends so), or None."""
    head = text[at + 1:end]
    body = _org_named_last(at, by_end, lambda m: text.endswith(head, m.start, m.end))
    return None if body is None else _Part(at, end, "mention", body.key or body.text, _THAT + head)


def _zone_before(text: str, end: int, lo: int, role: Role, rules: RuleSet) -> list[_Part]:
    """A development zone written right before its head's post, its body left out (弋阳高新区 + 副主任): the
    zone's body the post is of (posts/words ``zone-office``: its 管委会; ``zone-party``: its 党工委), the
    zone's words back to a delimiter or a verb; after a level word, the home place's zone (县高新区); with no
    name, the body alone, of the zone the article named last (高新区主任)."""
    words = _post_words(rules)
    office = role.role in words["zone-office"]
    zones = org_rules(rules).zones
    if not (office or role.role in words["zone-party"]) or not text.endswith(zones, lo, end):
        return []
    start = end
    while start > lo and end - start < _MAX_ZONE and is_han(text[start - 1]) \
            and text[start - 1] not in _ORG_TAIL_STOP:
        start -= 1
    verb = _last_verb(text, start, end, rules)
    start = verb.end() if verb is not None else start  # 深入 + 高新区: the zone's name after the verb
    body = "管委会" if office else "党工委"
    level = _LEVELS.match(text, start, end)
    if level is not None and end - level.end() <= _MAX_LEVEL_ZONE:
        return [_Part(start, level.end(), "level", level.group()),
                _Part(level.end(), end, "text", text[level.end():end] + body)]
    if text.startswith(zones, start):
        return [_Part(start, end, "text", body)]  # (of the zone named last: _of_zone)
    return [_Part(start, end, "text", text[start:end] + body)]


_MAX_ZONE = 12
# the longest zone written after a level word that is the home place's (县经济开发区, 县城东工业园区)
_MAX_LEVEL_ZONE = 6


# states counted before a post (两国, 三国, 各国): each one's post, no body's name
_STATES_COUNTED = re.compile(f"(?:[{DIGITS}两几各诸数多]|[0-9０-９]+)国$")


def _chain_link(text: str, end: int, lo: int, by_end, rules: RuleSet) -> _Part | None:
    """A body the NER missed between a chain's 、 and a post (省委书记、代表团团长, 全国政协委员、香港大公报
    董事长): the words after the 、, when they hold no post, verb, name or date; they name the post's body,
    and the chain goes on before them."""
    start = end
    while start > lo and end - start <= _MAX_LINK and is_han(text[start - 1]) \
            and not any(m.type in ("PER", "DATE") for m in by_end.get(start, ())):
        start -= 1
    if start <= lo or text[start - 1] != "、" or end - start < 3 or end - start > _MAX_LINK:
        return None  # (轮值 + 总裁, 旅游 + 部长: two characters are a modifier or a department)
    if text[start] == "驻" or "兼" in text[start:end] or text[end - 1] in _HOLDS:
        # 、驻中国大使: where an envoy serves, not whose envoy; 、谈判代表兼 + 副部长: a title; 、高苕华任 +
        # 副主席: a name and the verb that gives the post
        return None
    if _STATES_COUNTED.search(text, start, end) or text[end - 1] == _OF:
        return None  # 埃及、叙利亚和约旦三国 + 总统, 美国、英国和法国的 + 总统: a list of states, no body
    words = _post_words(rules)
    if text.startswith(words["body-head"], end) or text[start:end] in words["board"]:
        return None  # 审判 + 委员会委员: the post's own words name its body; 董事会秘书: a company's officer
    if _last_verb(text, start, end, rules) is not None or _grammar(rules).function.match(text, start, end):
        return None
    # (及 + 经济管理学院: function words end before a word of the tagger they run into, 经 of 经济)
    inner = [w for m in _grammar(rules).function.finditer(text, start, end)
             if (w := word_lead(_grammar(rules).function, text, m.start(), end, words["join"])) is not None
             and (w.end() - w.start() > 1 or w.end() < m.end())]
    if inner:  # 、司法机构主要负责人包括 + 立法会 + 主席: the body's name starts after the words that list it
        start = inner[-1].end()
        return _Part(start, end, "text", text[start:end]) if end - start >= 2 else None
    table, generic = roles(rules), generic_roles(rules)
    seg = _NOT_A_POST_INSIDE.sub(lambda m: "#" * len(m.group()), text[start:end])
    # 领导小组 holds no post; an occupation inside the words names the body (腾冲科学家论坛, 作家协会)
    if any(seg[i:i + n] in table and seg[i:i + n] not in generic
           and (table[seg[i:i + n]].core or i + n == len(seg))
           for i in range(len(seg)) for n in range(2, min(_MAX_ROLE, len(seg) - i) + 1)):
        return None
    state = next((m for k in range(start + 2, end - 1) if text[k] == _STATE_FORMER
                  for m in by_end.get(k, ()) if m.start == start and m.type == "LOC"
                  and _country(m.key or m.text, rules)), None)
    if state is not None:  # 、法国 + 前 + 三军参谋长: the state's body of a former post, the mark inside
        return _Part(start, end, "text", text[start:state.end] + text[state.end + 1:end])
    return _Part(start, end, "text", text[start:end])


_MAX_LINK = 16


@per_rules
def _street_bodies(rules: RuleSet) -> tuple[str, ...]:
    """``posts/words`` street-body, longest first (街道办事处 before 办事处)."""
    return tuple(sorted(_post_words(rules)["street-body"], key=len, reverse=True))


def _street_body_before(text: str, end: int, lo: int, rules: RuleSet) -> _Part | None:
    """A street's body written alone from a delimiter to view offset ``end`` (，办事处 + 主任:
    ``street-body``; of the street the article named last, :func:`_of_street`), or None."""
    word = next((w for w in _street_bodies(rules) if text.endswith(w, lo, end)), None)
    start = end - len(word) if word is not None else lo
    if word is None or start > lo and text[start - 1] not in _ORG_TAIL_STOP:
        return None
    return _Part(start, end, "text", word)
#: one-character verbs of holding a post written right before it (X任副主席, Y为秘书长)
_HOLDS = frozenset("任为")


def _body_word_before(text: str, start: int, lo: int, ctx: Context) -> int:
    """The length of a body's head word (``orgs/suffixes``: 工会, 团委) written alone between a chain's 、
    and the post at view offset ``start``, naming no body of its own (党委副书记、工会主席); 0 when none."""
    suffixes = org_rules(rules_of(ctx)).suffixes
    return next((n for n in _BODY_WORD if start - n - 1 >= lo and text[start - n - 1] == "、"
                 and text[start - n:start] in suffixes), 0)


# the lengths of a body's head word written alone before a post in a chain, longest first
_BODY_WORD = (3, 2)




def _state_opening(m: Mention, rules: RuleSet):
    """The gazetteer's place a place mention is, or the place an organisation's name opens with (泰国国务院:
    泰国), else None."""
    gaz = gazetteer(rules)
    if m.type == "LOC":
        return gaz.lookup(m.key or m.text)
    return next((gaz.lookup(m.text[:e]) for e in range(len(m.text) - 2, 1, -1) if m.text[:e] in gaz.by_name),
                None)


def _department_in_title(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
    """统战部长, 外交部长: a department's name shares its 部 with 部长 (统战部 + 部长).

    The department is a short name of ``posts/orgs.tsv`` (统战部, of the chain's body) or a ministry
    jieba's dictionary knows as an organisation (外交部) or ``orgs/national`` names (水利部)."""
    for n in range(1, _MAX_FIELDS + 1):
        # 马耳他旅游部长, 马耳他财政和商务部长, 希腊内政、公共管理和权力下放部长: a foreign state's ministry,
        # the state written; looked for first, as 商务部 alone is China's (a ministry the dictionary knows
        # after the state is read below: 意大利 + 外交部长; 马耳他副总理兼外交部长 holds a title before it)
        middle = text[role_start - n:role_start]
        if role_start - n <= lo or not is_han(middle.replace("、", "")) or "兼" in middle or "部" in middle \
                or middle[0] in _FORMER_MARKS \
                or any(m.type == "PER" for m in by_end.get(role_start - n + 1, ())):
            break  # (美国 + 前 + 国防部长: a former post of the ministry read below; no name inside)
        if middle[0] == "、" or ("、" in middle and not _FIELDS_JOINED.search(middle)):
            continue  # (印尼对华合作牵头人、统筹部长: a title, then the ministry)
        if text[role_start - n - 1] == "兼" and _FIELDS_JOINED.search(middle):
            # 马耳他副总理兼外交和环境部长: the ministry of several fields of the chain's state
            return [_Part(role_start - n, role_start + 1, "text", middle + "部")]
        # the state, or a body of it (泰国国务院 + 事务部长: the ministry of the state's council)
        state = next((m for m in by_end.get(role_start - n, ())
                      if m.type in ("LOC", "ORG") and m.start >= lo), None)
        place = _state_opening(state, rules) if state is not None else None
        if state is not None and place is not None and place.level == "country" and place.name != "中国" \
                and middle + "部" not in org_names(rules) and dict_tag(middle + "部") != "nt":
            # (斐济共和国 + 外交外贸部长: the state by its short name, 斐济外交外贸部)
            written = _state_form(text[state.start:state.end], rules)
            if middle in _post_words(rules)["head-office"]:  # 德国 + 总理府 + 部长: the office itself
                return [_Part(state.start, role_start, "text", written + middle)]
            return [_Part(state.start, role_start + 1, "text", written + text[state.end:role_start] + "部")]
    for n in (2, 3, 4):  # (对外关系 + 部长 of 蒙古: a ministry the dictionary knows, after its state)
        if role_start - n < lo:
            break
        name = text[role_start - n:role_start] + "部"
        if name in org_names(rules):
            part = _Part(role_start - n, role_start + 1, "short", name)
        elif dict_tag(name) == "nt" or name in org_rules(rules).national:  # 水利部长: a national body
            part = _Part(role_start - n, role_start + 1, "text", name)
        else:
            continue
        return _org_parts(text, part.start, lo, by_end, rules) + [part]
    return []


def _shares_head_word(role: Role, rules: RuleSet) -> bool:
    """Whether a head's post shares its body's head word (部长 of X部, 局长, and a division's: 司长, 处长)."""
    bare = _bare(role.role)
    return bare in ("部长", _BUREAU + "长") \
        or _head_word(_served(role.role, rules)) in _post_words(rules)["division"]


def _fields_end(text: str, role_start: int, bare_start: int, rules: RuleSet) -> int:
    """Where the fields of work (``field``: 技术) written first among a post's qualifiers end: before a head's
    post that shares its body's head word (部长, 局长, 司长) they are the end of the body's name (研究与技术 +
    部长, 外交部新闻 + 司长), not qualifiers of the post."""
    fields = _post_words(rules)["field"]
    at = role_start
    while True:
        word = next((w for w in fields if text.startswith(w, at, bare_start)), None)
        if word is None:
            return at
        at += len(word)


def _bureau_in_title(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
    """公安局长, 县教育局长: a local department's name (``orgs/departments``: 公安局, 教育局) shares its 局
    with 局长; the department, of the level or place written before it."""
    named = next((m for m in by_end.get(role_start + 1, ()) if m.type == "ORG" and m.start >= lo), None)
    if named is not None:  # 南昌市公安局 + 长: the organisation read with the post's 局
        return [_Part(named.start, role_start + 1, "mention", named.key or named.text, named.text)]
    for n in (4, 3, 2):
        at = role_start - n
        if at < lo or text[at:role_start] + _BUREAU not in org_rules(rules).departments:
            continue
        before = _org_parts(text, at, lo, by_end, rules)
        level = at > lo and text[at - 1] in place_names(rules).levels
        start = before[0].start if before else at - 1 if level else at
        return [_Part(start, role_start + 1, "text", text[start:role_start] + _BUREAU)]  # 市 + 公安局
    return []


_BUREAU = "局"


def _division_before(text: str, role_start: int, lo: int, by_end, role: Role, rules: RuleSet) -> list[_Part]:
    """A division of a body, named right after the body and before its head's post (市卫健委社区处 + 处长,
    外交部礼宾司 + 司长): the post heads a ``division`` (处, 科, 司) whose name ends with the post's first
    character, written after an organisation the chain parser reads; the division is of that body. With no
    body before it, a division named alone from a delimiter (、资产经营管理处 + 处长) is the post's body."""
    served = _served(role.role, rules)
    if _head_word(served) not in _post_words(rules)["division"]:
        return []
    if text[role_start - 1:role_start] != served[0]:
        return _division_sharing_title(text, role_start, lo, by_end, served, rules)
    for n in range(2, _MAX_DIVISION + 1):
        at = role_start - n
        if at <= lo or not is_han(text[at:role_start]):
            break
        body = _org_parts(text, at, lo, by_end, rules)
        if body and body[-1].kind in ("mention", "short"):
            return body + [_Part(at, role_start, "division", text[at:role_start])]
    for n in range(3, _MAX_LONE_DIVISION + 1):
        at = role_start - n
        if at < lo or not is_han(text[at:role_start]):
            break
        if (at == lo or text[at - 1] in _ORG_TAIL_STOP or _after_listed_name(text, at, by_end, rules)) \
                and not _grammar(rules).function.match(text, at, role_start) \
                and _last_verb(text, at, role_start, rules) is None:
            return [_Part(at, role_start, "division", text[at:role_start])]  # (由 + 行政法务司: no name)
    return []


def _after_listed_name(text: str, at: int, by_end, rules: RuleSet) -> bool:
    """Whether view offset ``at`` follows a person's name and a word joining a list (校长A以及 +
    国际交流处处长B: ``posts/words`` join)."""
    join = next((w for w in sorted(_post_words(rules)["join"], key=len, reverse=True)
                 if text.endswith(w, 0, at)), None)
    return join is not None and any(m.type == "PER" for m in by_end.get(at - len(join), ()))


def _division_sharing_title(text: str, role_start: int, lo: int, by_end, served: str,
                            rules: RuleSet) -> list[_Part]:
    """A division whose head word the head's post shares (外交部新闻司 + 长, 政务司 + 长, as 外交部 + 长):
    named right after a body the chain parser reads, of that body; alone, a short name of ``posts/orgs``."""
    if not text.startswith(served, role_start):
        return []  # (新闻司 + 副司长: the division is written whole before the deputy's post)
    named = next((m for m in by_end.get(role_start + 1, ()) if m.type == "ORG" and m.start >= lo), None)
    if named is not None:  # 外交部亚洲司 + 长: the organisation read with the post's 司
        return [_Part(named.start, role_start + 1, "mention", named.key or named.text, named.text)]
    for n in range(1, _MAX_DIVISION):
        at = role_start - n
        if at < lo or not is_han(text[at:role_start]):
            break
        name = text[at:role_start + 1]
        if name in org_names(rules) and (at == lo or text[at - 1] in _ORG_TAIL_STOP):
            return [_Part(at, role_start + 1, "short", name)]  # (财政司 + 长 of a special region)
        if _grammar(rules).function.search(text, at, role_start) or _last_verb(text, at, role_start, rules):
            break  # (水利局立即派出由 + 处长: a clause, no division's name)
        body = (_org_parts(text, at, lo, by_end, rules) or _national_before(text, at, lo, rules)) \
            if at > lo else []
        if n >= 2 and body and body[-1].kind in ("mention", "short", "text") and body[-1].end == at:
            return body + [_Part(at, role_start + 1, "division", name)]
    return []


def _named_before_of(at: int, lo: int, by_end) -> list[_Part]:
    """The organisation named right before a 的 at view offset ``at`` that a post follows
    (中国驻纽约总领事馆的 + 商务领事李明, 青山中学的 + 教师): the post's body."""
    named = next((m for m in by_end.get(at, ()) if m.type == "ORG" and m.start >= lo), None)
    return [] if named is None else [_Part(named.start, at, "mention", named.key or named.text, named.text)]


def _paper_before(text: str, end: int, lo: int, rules: RuleSet) -> list[_Part]:
    """A paper written right before view offset ``end`` by a name jieba's dictionary knows as one
    (解放军报/nt, 光明日报/nz, 中国青年报/nt): its name ends as a paper's (``paper-end``: 报), the longest
    such word."""
    ends = _post_words(rules)["paper-end"]
    for n in range(min(_MAX_PAPER, end - lo), 2, -1):
        name = text[end - n:end]
        if name.endswith(ends) and dict_tag(name) in _PAPER_TAGS:
            return [_Part(end - n, end, "text", name)]
    return []


_MAX_PAPER = 8
_PAPER_TAGS = frozenset({"nt", "nz"})


def _national_before(text: str, end: int, lo: int, rules: RuleSet) -> list[_Part]:
    """A national body written right before view offset ``end`` that no mention holds (外交部 + 亚洲司长: the
    title's words read as one): a name of ``orgs/national`` or one jieba's dictionary tags nt, the longest."""
    for n in range(min(_MAX_NATIONAL, end - lo), 1, -1):
        name = text[end - n:end]
        if name in org_rules(rules).national or dict_tag(name) == "nt":
            return [_Part(end - n, end, "text", name)]
    return []


_MAX_NATIONAL = 8


def _unit_before(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
    """A unit of an organisation (``unit``: 系, 科, 室, 部 ...) named right after the organisation and
    before a post held in it (北京大学中文系 + 教授, 协和医院儿科 + 主任医师): the post is of the unit, of
    that organisation."""
    units = _post_words(rules)["unit"]
    for n in range(2, _MAX_UNIT + 1):
        at = role_start - n
        if at <= lo or not is_han(text[at:role_start]):
            break
        if not text[at:role_start].endswith(units) or _last_verb(text, at, role_start, rules) is not None:
            continue
        if _CONCURRENT in text[at:role_start] \
                or any(_longest_role(text, e, at, rules) is not None for e in range(at + 2, role_start + 1)):
            break  # 公安局副局长兼 + 交警支队: another post before the unit, whose body the chain reads
        body = _org_parts(text, at, lo, by_end, rules)
        if body and body[-1].kind == "mention" and body[-1].end == at:
            return body + [_Part(at, role_start, "division", text[at:role_start])]
    return []


def _state_of_envoy(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
    """The state of a special envoy (``special-envoy``: 特使, 特别协调员) written before the matter or
    region of the mission (``envoy-field`` words ending it: 中东问题, 中东和谈; or a region's name: 中东),
    itself right before the post: the state."""
    fields = _post_words(rules)["envoy-field"]
    for at in range(role_start - 2, max(lo, role_start - _MAX_MISSION) - 1, -1):
        between = text[at:role_start]
        if not is_han(between) or _last_verb(text, at, role_start, rules) is not None:
            break
        state = next((m for m in by_end.get(at, ()) if m.type == "LOC" and m.start >= lo
                      and _country(m.key or m.text, rules)), None)
        region = any(m.type == "LOC" and m.start == at for m in by_end.get(role_start, ()))
        if state is not None and (between.endswith(fields) or region):
            return [_Part(state.start, state.end, "place", state.key or state.text, state.text)]
    return []


_MAX_MISSION = 10


def _abbreviation_before(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
    """An organisation's abbreviation written alone before a post (贸促会 + 会长): its characters, in order,
    of the name of an organisation the article named before, ending as it does (中国国际贸易促进委员会): that
    organisation; not a word a company or school calls itself by (公司, 本校: posts/words)."""
    words = _post_words(rules)
    refs = frozenset(words["company-ref"] + words["company-anaphor"] + words["school-ref"]
                     + words["self-ref"])
    for n in range(_MAX_ABBREVIATION, 1, -1):
        at = role_start - n
        word = text[at:role_start]
        if at < lo or not is_han(word) or (at > lo and text[at - 1] not in _ORG_TAIL_STOP) \
                or word in refs or dict_tag(word) not in _ABBREVIATION_TAGS:
            # (公司 + 干部: a company's own words, whose posts the company rules read; 国会 + 主席: a common
            # noun, no abbreviation)
            continue
        fits = {m.key or m.text for e, ms in by_end.items() if e <= at for m in ms
                if m.type == "ORG" and _abbreviates_mention(word, m)}
        if len(fits) == 1:  # (not when two organisations shorten alike: 投资公司 of two X投资有限公司)
            return [_Part(at, role_start, "mention", fits.pop(), word)]
    return []


def _abbreviates_mention(short: str, m: Mention) -> bool:
    return _abbreviates(short, m.key or m.text)


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
_MAX_MINISTRY = 6
# the longest name of a foreign ministry's fields before 部长 (内政、公共管理和权力下放), and how fields join
_MAX_FIELDS = 16
_FIELDS_JOINED = re.compile(r"[和与及][^、]*$")


def _ministry_of_minister(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
    """A foreign minister titled by the ministry's field (``minister``: 大臣): 英国外交大臣 and
    摩洛哥外交和合作大臣 are of the state's ministry of that field (英国外交部); after 兼, of the chain's
    state (摩洛哥首相兼外交和合作大臣)."""
    for n in range(1, _MAX_MINISTRY + 3):
        middle = text[role_start - n:role_start]
        if role_start - n <= lo or not is_han(middle) or "兼" in middle or middle[0] in _FORMER_MARKS \
                or any(m.type == "PER" for m in by_end.get(role_start - n + 1, ())):
            break
        if text[role_start - n - 1] == "兼":
            # 摩洛哥首相兼外交和合作大臣: the ministry of the field of the chain's state
            return [_Part(role_start - n, role_start, "text", middle + "部")]
        state = next((m for m in by_end.get(role_start - n, ()) if m.type == "LOC" and m.start >= lo), None)
        place = gazetteer(rules).lookup(state.key or state.text) if state is not None else None
        if state is not None and place is not None and place.level == "country" and place.name != "中国":
            # (日本建设大臣: 日本建设省, a ministry of a ``sho-state``)
            head = _SHO if place.name in _post_words(rules)["sho-state"] else "部"
            return [_Part(state.start, role_start, "text", text[state.start:role_start] + head)]
    return []


_SHO = "省"


#: A body's second name in brackets (一个机构两块牌子: 省外办（港澳办）, 市委宣传部（市新闻办）).
_ALIAS = re.compile(r"[（(]([\u4e00-\u9fff]{2,10})[）)]")
# the longest note on a body in brackets between it and a post (（上院）, （下院）)
_MAX_BODY_NOTE = 2


def _alias_before(text: str, end: int, lo: int, rules: RuleSet) -> int | None:
    """Where a body's second name in brackets starts when it is written right before view offset ``end``
    (省外办（港澳办）副主任): the second name ends in a head word of ``orgs/suffixes`` marked ``post``; or a
    short note on the body (民族委员会（上院）议长: which chamber it is), of ``_MAX_BODY_NOTE`` characters at
    most."""
    opening = text.rfind("（", max(lo, end - 12), end)
    opening = max(opening, text.rfind("(", max(lo, end - 12), end))
    alias = _ALIAS.fullmatch(text, opening, end) if opening > lo else None
    return opening if alias is not None and (suffix_re("post", rules).search(alias.group(1))
                                             or len(alias.group(1)) <= _MAX_BODY_NOTE) else None


def _parse_title(
    text: str, end: int, lo: int, by_end, rules: RuleSet
) -> tuple[int, Role | None, int, list[_Part]] | None:
    """One title ending at ``end``: (start, role, role start, org parts); None when nothing."""
    hit = _longest_role(text, end, lo, rules)
    if hit is not None:
        bare_start, role = hit
        role_start = _with_subject(text, _with_modifiers(text, bare_start, lo, rules), lo, role, rules)
        role = _qualified(role, text[role_start:bare_start], text[role_start - 1:role_start], rules)
        words = _post_words(rules)
        # (研究与技术 + 部长, 外交部新闻 + 司长: a field of work ends the name of the body the head's post
        # shares its head word with, read below)
        body_end = _fields_end(text, role_start, bare_start, rules)
        parts = [] if body_end > role_start and _shares_head_word(role, rules) else \
            _org_parts(text, role_start, lo, by_end, rules,
                       _bare(role.role) in words["head"] + words["state-head"] + words["state-post"])
        if _bare(role.role) in words["special-envoy"] and all(p.kind == "place" for p in parts) \
                and not (parts and _country(parts[-1].value, rules)):
            # 美国中东问题特别协调员, 美国中东特使: the state's, the mission's matter or region between
            parts = _state_of_envoy(text, role_start, lo, by_end, rules) or parts
        if not parts:
            parts = _council_before(text, role_start, lo, by_end, rules)  # 商会第二届理事会 + 会长
        alias = _alias_before(text, role_start, lo, rules) if not parts else None
        if alias is not None:  # 省外办（港澳办）+ 副主任: the body written before its second name
            parts = _org_parts(text, alias, lo, by_end, rules)
        if not parts and _bare(role.role) in _post_words(rules)["envoy-post"]:
            parts = _envoy_of_china(text, role_start, lo, by_end, rules)
        if not parts:
            parts = _place_over_level(text, role_start, lo, by_end)  # 西藏自治区 + 副主席
        if not parts:
            parts = _foreign_place_before(text, role_start, lo, rules)  # 法国巴黎 + 市长
        if not parts and role.org.endswith(_GOVERNMENT_SHORT):
            parts = _city_after_state(text, role_start, lo, by_end, rules)  # 巴西累西腓 + 副市长
        if not parts and _bare(role.role) == "部长":
            parts = _department_in_title(text, body_end, lo, by_end, rules)
        if not parts and _bare(role.role) == _BUREAU + "长":
            parts = _bureau_in_title(text, body_end, lo, by_end, rules)
        if not parts:
            parts = _division_before(text, body_end, lo, by_end, role, rules)  # 市卫健委社区处 + 处长
        if not parts:
            parts = _unit_before(text, role_start, lo, by_end, rules)  # 北京大学 + 中文系 + 教授
        if not parts:
            parts = _abbreviation_before(text, role_start, lo, by_end, rules)  # …贸促会 + 会长
        if not parts and _bare(role.role) in _post_words(rules)["minister"]:
            parts = _ministry_of_minister(text, role_start, lo, by_end, rules)
        if not parts and role_start - 1 > lo and _bare(role.role) in _post_words(rules)["press"]:
            # 《华盛顿邮报》专栏作家: a paper's or magazine's staff, the paper named in 《》 (not 《X》作者),
            # its kind perhaps written after it (《剧本》杂志副主编: 剧本杂志)
            kind = next((k for k in _post_words(rules)["press-kind"]
                         if text.endswith("》" + k, lo, role_start)), "")
            close = role_start - len(kind) - 1
            opening = text.rfind("《", lo, close) if text[close] == "》" else -1
            if opening >= 0 and 2 <= close - opening - 1 <= _MAX_LINK and is_han(text[opening + 1:close]):
                parts = [_Part(opening, role_start, "text", text[opening + 1:close] + kind)]
            else:
                parts = _paper_before(text, role_start, lo, rules)  # 解放军报 + 记者: a paper jieba knows
        if not parts and role_start - 1 > lo and text[role_start - 1] in _CLOSING_QUOTES:
            parts = _quoted_body(text, role_start - 1, lo, by_end)  # “马海德基金会”理事长
        if not parts:
            parts = _congress_body_before(text, role_start, lo, by_end, rules)  # 镇人大主席团 + 主席
        if not parts:
            # 十四届全国人大一次会议发言人, 大会执行主席: a post of the session written (or named) before it
            session = _session_before(text, role_start, lo, role, rules)
            parts = [session] if session is not None else []
        stationed = _grammar(rules).stationed
        abroad = _stationed_abroad(text, role_start, lo, rules)  # 驻法 + 大使
        if not parts and role_start - 2 > lo \
                and (abroad or stationed.match(text, role_start - 2, role_start)):
            # 法国驻华大使: the envoy of 法国 (巴西新任驻华大使 too); 中国驻法大使: of 中国
            before = _envoy_words(rules).search(text, lo, role_start - 2)
            parts = _org_parts(text, before.start() if before else role_start - 2, lo, by_end, rules)
        if not parts and abroad and _bare(role.role) in words["envoy-post"]:
            # 驻法大使: an envoy stationed abroad with no state written is China's (as 驻美国大使)
            parts = [_Part(role_start - 2, role_start, "place", "中国", text[role_start - 2:role_start])]
        if not parts and role_start - 1 > lo and text[role_start - 1] in _FORMER_MARKS:
            # 南非前总统, 市委原书记: 前/原 between the organisation and the post
            parts = [p for p in _org_parts(text, role_start - 1, lo, by_end, rules) if p.kind != "level"]
        portfolio = _portfolio(rules).search(text, max(lo, role_start - _MAX_LINK), role_start) \
            if not parts and role_start - 1 > lo and text[role_start - 1] == "的" else None
        if portfolio is not None:
            # 约旦负责服务业的副首相: a portfolio between the state (or body) and the post
            parts = [p for p in _org_parts(text, portfolio.start(), lo, by_end, rules) if p.kind != "level"]
        if not parts and role_start - 1 > lo and text[role_start - 1] == _OF:
            parts = _named_before_of(role_start - 1, lo, by_end)  # 中国驻纽约总领事馆的 + 领事
        if not parts and role.org and role.org.endswith("政府") and role_start - 2 >= lo \
                and text.startswith("政府", role_start - 2) \
                and not _org_parts(text, role_start - 2, lo, by_end, rules):
            # 任命X为政府副县长, 县委副书记、政府县长X: 政府 alone is the government the post implies
            role_start -= 2
        officer = _officer(_bare(role.role), rules)
        if not parts and (officer or role.core and not role.org):
            # 公司董事长, and any post of no body of its own written right after 公司 or 集团 (集团总工程师)
            ref = _grammar(rules).company_ref.search(text, lo, role_start)
            parts = [_Part(ref.start(), role_start, "company", "")] if ref is not None else []
        body = role.org.removeprefix("{上级}")
        if not parts and role.org.startswith("{上级}"):
            # 市纪委书记: the level word before the post's own body (纪委书记) names the body (市纪委), when
            # no name comes before it (内蒙古自治区党委书记, 北石店乡党委书记 are read as before)
            level = next((k for k in range(3, 0, -1) if role_start - k >= lo
                          and text[role_start - k:role_start] + body in org_names(rules)
                          and (role_start - k == lo
                               or text[role_start - k - 1] in _ORG_TAIL_STOP + _LEVEL_AFTER)), 0)
            if level:
                short = text[role_start - level:role_start] + body
                parts, role = [_Part(role_start - level, role_start, "short", short)], replace(role, org="")
            else:
                parts, role = _own_organ(text, role_start, lo, by_end, role, rules)
        party = parts[0] if len(parts) == 1 and parts[0].kind == "short" else None
        if party is not None and party.value in _post_words(rules)["company-body"]:
            # 集团 + 党委 + 委员: the party committee of the company the article named, as 集团党委书记 below;
            # 健康报社 + 党委 + 委员: of a body the NER missed, as 健康报社 + 党委书记 is
            ref = _grammar(rules).company_ref.search(text, lo, party.start)
            tail = _org_tail(text, party.start, lo, by_end, rules) if ref is None else None
            parts = [_Part(ref.start(), party.end, "company", party.value)] if ref is not None \
                else [tail, party] if tail is not None else parts
        elif party is not None and _organ(party.value, rules):
            # 学校 + 办公室 + 主任, 公司 + 工会 + 主席: the organ of the school or company the article named
            parts = _organ_of_ref(text, lo, party, rules)
        if not parts and role.org.startswith("{上级}") \
                and (body in _post_words(rules)["company-body"] or _organ(body, rules)):
            # 集团党委书记: the party committee of the company the article named (公司 or 集团 alone);
            # 校党委书记: of the school (学校, 我校); 学校工会主席: the school's union
            ref = _grammar(rules).company_ref.search(text, lo, role_start)
            school = _grammar(rules).school_ref.search(text, lo, role_start)
            if ref is not None:
                parts, role = [_Part(ref.start(), role_start, "company", body)], replace(role, org="")
            elif school is not None:
                parts, role = [_Part(school.start(), role_start, "school", body)], replace(role, org="")
        if not parts:
            link = _chain_link(text, role_start, lo, by_end, rules)
            if link is not None and not role.core and not body_kind(link.value, rules) and not any(
                    m.start >= link.start for e in range(link.start + 1, link.end + 1)
                    for m in by_end.get(e, ())):
                # 、著名戏剧 + 评论家: an occupation's field, no body (、作家协会 + 会员, 、河北农大 + 副教授
                # are: a head word, a place's name); the chain goes on before it
                link = _Part(link.start, link.end, "field", link.value)
            tail = _org_tail(text, role_start, lo, by_end, rules) or link \
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
                parts = [_Part(whole.start, role_start, "mention", whole.key or whole.text, whole.text)]
                role = replace(role, org="")
        if len(parts) == 1 and parts[0].kind in ("text", "division"):
            parts = _school_unit(text, lo, parts[0], rules)  # 校 + 学位委员会 + 副主任: the school's
        if any(_UNNAMED in p.value for p in parts if p.kind in ("text", "division")):
            parts = []  # 总参某部 + 干部, 某医院 + 副院长: a body the text does not name
        return (parts[0].start if parts else role_start), role, role_start, parts
    parts = _org_parts(text, end, lo, by_end, rules)
    if parts:  # an organisation alone: sets the scope of the chain (市委常委会、统战部副部长)
        return parts[0].start, None, end, parts
    return None


def _school_unit(text: str, lo: int, part: _Part, rules: RuleSet) -> list[_Part]:
    """A body the NER missed written after a school's own word for itself (校 + 学位委员会, 院 + 办公室,
    学校 + 团委: ``school-ref``) is that body of the school, as 校党委 is the school's party committee (a
    ``school`` part); not a word that only opens with such a character (校友会, 院士工作站:
    ``not-school-ref``)."""
    words = _post_words(rules)
    written = text[part.start:part.end]
    ref = next((w for w in sorted(words["school-ref"], key=len, reverse=True) if written.startswith(w)), "")
    if not ref or len(written) - len(ref) < 2 or written.startswith(words["not-school-ref"]) \
            or part.start > lo and text[part.start - 1] not in _ORG_TAIL_STOP:
        return [part]
    return [_Part(part.start, part.end, "school", written[len(ref):])]


def _legislature_alone(text: str, role_start: int, lo: int, rules: RuleSet) -> list[_Part]:
    """A legislature's head word written alone before a post (``orgs/suffixes`` kind legislature: 。国会 +
    主席, 、参议院 + 议长, 原 + 议会 + 副议长), not a body of a place the post words name (人大): the post is
    of that body, whose state :func:`_of_body_its_head_word_names` gives, not the head of state's."""
    word = next((w for w in _legislatures(rules) if text.endswith(w, lo, role_start)), None)
    if word is None or not (role_start - len(word) == lo
                            or text[role_start - len(word) - 1] in _ORG_TAIL_STOP + _FORMER_MARKS):
        return []
    return [_Part(role_start - len(word), role_start, "text", word)]


@per_rules
def _legislatures(rules: RuleSet) -> tuple[str, ...]:
    """The head words of legislatures (``orgs/suffixes`` kind legislature) no post word names a place's
    body by (人大), longest first."""
    words = [w for w, kind in org_rules(rules).suffixes.items()
             if kind == "legislature" and w not in org_names(rules)]
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _organ_of_ref(text: str, lo: int, organ: _Part, rules: RuleSet) -> list[_Part]:
    """The parts of a body's organ written after a company's or a school's own word for itself (公司 +
    办公室, 学校 + 工会: ``company-ref``, ``school-ref``): that organ of the company or school, as 集团党委
    is the company's; the organ alone when no such word stands before it."""
    grammar = _grammar(rules)
    for pattern, kind in ((grammar.company_ref, "company"), (grammar.school_ref, "school")):
        ref = pattern.search(text, lo, organ.start)
        if ref is not None:
            return [_Part(ref.start(), organ.end, kind, organ.value)]
    return [organ]


# quotes around a body's name written before its post (“马海德基金会”理事长): closing -> opening
_CLOSING_QUOTES = {"”": "“", "’": "‘", "」": "「", "』": "『", '"': '"'}


def _quoted_body(text: str, close: int, lo: int, by_end) -> list[_Part]:
    """The organisation named in quotes that close at ``close``, right before a post (“马海德基金会”理事长:
    the foundation's), as one part; none when the quotes hold no organisation the NER read whole."""
    opening = _CLOSING_QUOTES[text[close]]
    return [_Part(m.start, close + 1, "mention", m.key or m.text, m.text) for m in by_end.get(close, ())
            if m.type == "ORG" and m.start - 1 >= lo and text[m.start - 1] == opening][:1]


_NUMBER = SMALL
#: A session of a people's congress or of a CPPCC committee, by its full or its short name
#: (泉州市第十六届人民代表大会第三次会议, 十四届全国人大一次会议, 政协泉州市第十四届委员会第三次会议,
#: 全国政协十四届一次会议, 市十六届人大三次会议, 全国人大十四届一次会议): groups of the place, term and n
_SESSION_NAME = re.compile(
    "(?:(?P<cppcc>中国人民政治协商会议|政协)(?P<cplace>[\u4e00-\u9fff]{0,10}?)"
    f"第?(?P<cterm>{_NUMBER})届(?P<cwhole>全国)?委员会"
    f"|(?P<pplace>[\u4e00-\u9fff]{{1,10}}?)政协第?(?P<pterm>{_NUMBER})届"
    f"|(?P<place>[\u4e00-\u9fff]{{0,10}}?)第?(?P<term>{_NUMBER})届(?P<whole>全国)?(?:人民代表大会|人大)"
    f"|(?P<nplace>[\u4e00-\u9fff]{{1,10}}?)(?:人民代表大会|人大)第?(?P<nterm>{_NUMBER})届)"
    f"第?(?P<n>{_NUMBER})次(?:全体)?会议")
#: the word every form of ``_SESSION_NAME`` holds: a text without it names no session
_SESSION_WORD = "届"
#: How a text refers to the session it reports (大会执行主席, 担任本次大会的执行主席).
_THIS_SESSION = re.compile(r"(?:本次|这次|此次)?大会的?$")


def _session_names(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``_SESSION_NAME`` in ``text[pos:endpos]``; none, at once, where no 届 is written there
    (the pattern would try every character: most texts name no session)."""
    end = len(text) if endpos is None else endpos
    return _SESSION_NAME.finditer(text, pos, end) if text.find(_SESSION_WORD, pos, end) >= 0 else iter(())


def _congress_body_before(text: str, role_start: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
    """The parts of a people's congress and its body (``posts/words`` ``session-body``: 主席团) written right
    before a post (多哇镇第二届人民代表大会主席团 + 主席, 镇人大主席团 + 主席: the town congress's presidium,
    whose chair heads it); none when no congress is written before the body."""
    body = next((b for b in _post_words(rules)["session-body"]
                 if role_start - len(b) > lo and text.startswith(b, role_start - len(b))), "")
    if not body:
        return []
    at = role_start - len(body)
    congress = _org_parts(text, at, lo, by_end, rules)
    if not congress or _CONGRESS.search(text, congress[-1].start, at) is None:
        return []
    first = congress[0]
    town = next((m for m in by_end.get(first.start + 1, ())
                 if m.type == "LOC" and lo <= m.start < first.start), None) \
        if first.kind == "short" and len(congress) == 1 else None
    if town is not None:
        # 多哇镇 + (第二届)人民代表大会: the town's name ends in the level word that opens the short name
        whole = text[town.start:town.end] + first.value[1:]
        congress = [_Part(town.start, first.end, "text", whole, whole)]
    return [*congress, _Part(at, role_start, "division", body)]


def _session_before(text: str, role_start: int, lo: int, role: Role, rules: RuleSet) -> _Part | None:
    """The session a post is of (``posts/words`` ``session`` posts: 执行主席 always; any post written
    right after a session's name: 十四届全国人大一次会议发言人): the session written right before the post,
    or for a session post after 大会 (or alone) the one the article names last before it (else first).
    A session's body written between them (``session-body``: 大会主席团常务主席) is the post's body."""
    body = next((b for b in _post_words(rules)["session-body"]
                 if role_start - len(b) >= lo and text.startswith(b, role_start - len(b))), "")
    at = role_start - len(body)
    for m in _session_names(text, max(lo, at - 40), at):
        if m.end() == at:
            return _Part(m.start(), role_start, "session", m.group(), m.group(), body)
    if not body and _bare(role.role) not in _post_words(rules)["session"]:
        return None
    named = list(_session_names(text))
    if not named:
        return None
    found = next((m for m in reversed(named) if m.end() <= role_start), named[0])
    this = _THIS_SESSION.search(text, lo, at)
    start = this.start() if this is not None else at
    return _Part(start, role_start, "session", found.group(), found.group(), body)


def session_name(written: str, ctx: Context, as_written: str = "") -> str | None:
    """The full name of the session of a people's congress or CPPCC committee written as ``written``
    (市十六届人大三次会议 in a 泉州 paper: 泉州市第十六届人民代表大会第三次会议); None when its place is
    not known (the words before the term name no place, or a level word with no home place of it)."""
    m = _SESSION_NAME.fullmatch(written) or _SESSION_NAME.search(written)
    if m is None:
        return None
    if m.group("cppcc") or m.group("pterm"):
        term = m.group("cterm") or m.group("pterm")
        whole = m.group("cwhole") or ""
        place = _session_place(m.group("cplace") if m.group("cppcc") else m.group("pplace"), ctx)
        if whole or place == "全国":
            return f"中国人民政治协商会议第{term}届全国委员会第{m.group('n')}次会议"
        return f"中国人民政治协商会议{place}第{term}届委员会第{m.group('n')}次会议" if place else None
    term = m.group("term") or m.group("nterm")
    place = "全国" if m.group("whole") else _session_place(m.group("place") or m.group("nplace"), ctx)
    if place == "全国":
        return f"第{term}届全国人民代表大会第{m.group('n')}次会议"
    return f"{place}第{term}届人民代表大会第{m.group('n')}次会议" if place else None


def _session_place(words: str, ctx: Context) -> str:
    """The place ending ``words`` (the words before a session's term): a place of the gazetteer as it
    names it, 全国, or a level word alone as the publisher's home place of that level; '' when none."""
    places = gazetteer(rules_of(ctx))
    for i in range(len(words)):
        tail = words[i:]
        if tail == "全国":
            return tail
        if tail in _HOME_UNITS:
            return _home(tail, ctx) or ""
        place = places.lookup(tail) if tail in places.by_name else None
        if place is not None:
            return place.name if place.name.startswith(tail) else tail
    return ""


# a people's congress at the end of an organisation's name (通城县人民代表大会, 县人大)
_CONGRESS = re.compile(r"(?:人民代表大会|人大)$")
_STANDING = re.compile(r"(?P<committee>中共.+委员会)(?:常务委员会|常委会)$")


def _council_before(text: str, at: int, lo: int, by_end, rules: RuleSet) -> list[_Part]:
    """The association whose council or council's term (``council``) is written between its name and a
    post ending at ``at`` (X商会第二届理事会 + 会长, X侨联第十届委员会 + 副主席, X协会理事会 + 秘书长); []
    when the words before are no association's."""
    council = _grammar(rules).council.search(text, lo, at)
    if council is None or council.start() == at:
        return []
    parts = _org_parts(text, council.start(), lo, by_end, rules)
    tail = _org_tail(text, council.start(), lo, by_end, rules) if not parts else None
    parts = parts or ([tail] if tail is not None else [])
    return parts if parts and body_kind(parts[-1].value, rules) == "association" else []


def _department_scope(org: str) -> str:
    """The body whose departments the next titles of a chain name.

    A party committee's departments (统战部, 宣传部) belong to the committee, not
    to its standing committee: ``市委常委会、统战部副部长`` is 副部长 of the
    市委's 统战部.
    """
    m = _STANDING.match(org)
    return m.group("committee") if m else org


class _Resolved(NamedTuple):
    """A title's organisation as the parts of its chain are read: the body, how it was found, the scope
    the next titles of the chain are read in, and the body it is part of (a party committee's organ)."""

    org: str | None
    how: str
    scope: str | None
    parent: str | None


def _resolve(parts: list[_Part], role: Role | None, scope: str | None, ctx: Context):
    """(organisation, how, new scope, parent) of one parsed title."""
    r = _Resolved(None, "unknown", scope, None)
    for k, p in enumerate(parts):
        if p.kind in ("mention", "text"):
            written = _org_written(parts, k, r, scope, ctx)
            r = r._replace(org=written, how="written", scope=_department_scope(written))
        elif p.kind == "short":
            r = _org_short(p, r, role, scope, ctx)
        elif p.kind == "division":
            # 市卫健委 + 社区处: a division of the body written before it
            r = r._replace(org=(r.org or "") + p.value, how="written")
        elif p.kind == "session":
            # a session of a place the text does not name (市六届人大五次会议, no home place): as written
            r = r._replace(org=(session_name(p.value, ctx, p.written) or p.value) + p.body, how="written")
        elif p.kind == "level":
            r = r._replace(scope=_home(p.value, ctx))  # filled into the body's name by the next part
        elif p.kind == "place" and r.org is None:
            r = r._replace(scope=p.value)  # 鄂尔多斯市市长: the place fills the implied body
    org, how, new_scope, parent = _org_implied(parts, role, scope, r, ctx)
    words = _post_words(rules_of(ctx))
    cabinet = next((w for w in words["cabinet"] if org is not None and org.endswith(w)), "")
    if org is not None and cabinet and role is not None and _bare(role.role) in words["state-post"] \
            and _is_country(org[:-len(cabinet)], ctx, foreign=True):
        # 日本政府首相, 朝鲜政务院总理: a foreign head of government holds the state's post
        org = org[:-len(cabinet)]
    if org is None and role is not None and parts and parts[-1].kind == "place" \
            and body_kind(parts[-1].value, rules_of(ctx)) == _FACILITY:
        # 于都县文化馆 + 馆长: a named building's staff are its; 武昌车站 + 党委书记: its own body's
        own = role.org.removeprefix(_UPPER) if role.org.startswith(_UPPER) else ""
        org, how = parts[-1].value + own, "written"
    party = _place_party(parts[-1].value, role.role, rules_of(ctx), role.org.removeprefix(_UPPER)) \
        if role is not None and parts and parts[-1].kind in ("place", "text") else None
    if party is not None and org in (None, parts[-1].value):
        # 龙湖镇书记, 青山村书记: the party body of a town or a village written with its place alone
        org, how = party, "written"
    if org is None and role is not None and parts and parts[-1].kind == "place" \
            and (_is_country(parts[-1].value, ctx) or _is_foreign_division(parts, ctx)):
        # 拉脱维亚大使: an envoy's post is the state's; X省检察总长 of a foreign province: the province's
        org, how = parts[-1].value, "written"
    return org, how, new_scope, parent


@per_rules
def _place_bodies(rules: RuleSet) -> dict[tuple[str, str], str]:
    """(how a place's name ends, post as served) -> its party body's template (``posts/place-posts``)."""
    rows = rules.table("posts/place-posts").checked(3, 3)
    return {(row.fields[0], row.fields[1]): row.fields[2] for row in rows}


def _place_party(place: str, role: str, rules: RuleSet, body: str = "") -> str | None:
    """The party body a post written right after ``place`` alone is of (龙湖镇 + 书记: 中共龙湖镇委员会),
    by how the place's name ends (``posts/place-posts``), the row of the post with the party body its title
    writes first (南湖街道 + 党委书记: 中共南湖街道委员会, not the 党工委 of 南湖街道书记); None for any other
    place or post."""
    served = _served(role, rules)
    bodies = _place_bodies(rules)
    return next((template.replace("{地}", place) for post in (body + served, served)
                 for (end, row), template in bodies.items()
                 if row == post and place.endswith(end) and len(place) > len(end)), None)


#: the kind of ``orgs/suffixes`` of a named building or site (文化馆, 体育馆), read as a place
_FACILITY = "facility"
#: a post's own body's template: of the body the chain is about (党委书记: {上级}党委)
_UPPER = "{上级}"


def _org_written(parts: list[_Part], k: int, r: _Resolved, scope: str | None, ctx: Context) -> str:
    """The body part ``k`` of a title's chain names, written as a name (a mention, or text the NER
    missed), read after the parts before it (``r``; ``scope``: the chain's before the title)."""
    p = parts[k]
    org, new_scope = r.org, r.scope
    level_place = new_scope if parts[0].kind == "level" and p is parts[1] else None
    state = parts[k - 1].value if k and parts[k - 1].kind == "place" else None if k \
        else _state_of(scope, (p.written or p.value), ctx)
    if state is not None and org is None and _is_country(state, ctx, foreign=True) \
            and not (p.written or p.value).startswith(state):
        # 伊拉克石油部长, 马耳他副总理兼外交部长: the ministry of the foreign state written before it
        return state + (p.written or p.value)
    if level_place is None and k == 0 \
            and (chain_place := _fuller(_place_of_level(p.written or p.value, new_scope, ctx), ctx)) \
            is not None and (level := _levels(rules_of(ctx)).home.match(p.written or p.value)) is not None \
            and chain_place != _home(level.group(1), ctx):
        # 重庆市委统战部副部长、市工商联党组书记: the chain's city's body, not the publisher's
        # (天津市教育委员会副主任兼市考试服务中心主任: a body the NER missed too)
        return _canonical(chain_place + (p.written or p.value)[level.end():], ctx) or p.value
    if level_place is None and p.kind == "text":
        return _canonical(p.value, ctx) or p.value  # 外交部 + 部长: keyed as a mention of it would be
    if level_place is not None:
        # 任 + 市 + 发改委主任: the level's home place's body, keyed by its full name
        return _canonical(level_place + p.value, ctx) or level_place + p.value
    return p.value


def _org_short(p: _Part, r: _Resolved, role: Role | None, scope: str | None, ctx: Context) -> _Resolved:
    """The body a short name of ``orgs/names`` written in a title's chain (``p``: 县委, 村委会) names, read
    after the parts before it (``r``; ``scope``: the chain's before the title)."""
    org, new_scope = r.org, r.scope
    template = org_names(rules_of(ctx)).get(p.value, ("", ""))[0]
    relative = "{上级}" in template
    base = org if org is not None and not relative else (org or scope)
    if relative and base is not None and p.value in _GRASSROOTS_BODIES:
        base = _grassroots_home(base, rules_of(ctx))  # 韩村党总支书记、村委会主任: 韩村's committee
    full, sc = resolve_org(p.value, ctx, base if relative or "{同级}" in template else None)
    chain_place = None if relative or org is not None \
        else _fuller(_place_of_level(p.value, new_scope, ctx), ctx)
    if chain_place is not None and chain_place == ctx.place:
        # 县委常委、县委办主任 in a paper of 湘西土家族苗族自治州凤凰县: the home's own body,
        # keyed as the home place fills it (中共凤凰县委员会办公室, as 县委 is), not by the
        # whole chain of places the home is written with
        chain_place = None
    if chain_place is not None:
        # 广西壮族自治区党委书记、自治区人大常委会主任: the chain's own 自治区, not the publisher's
        short_t, scope_t = org_names(rules_of(ctx))[p.value]
        full = _TEMPLATE.sub(chain_place, short_t, count=1)
        sc = _TEMPLATE.sub(chain_place, scope_t, count=1) if scope_t else full
    parent = r.parent
    if relative and base is not None:
        parent = base
        how = "written" if org is not None else "inherited"
    else:
        how = "written"
    org = full
    new_scope = sc
    if full in place_names(rules_of(ctx)).township_levels and role is not None and role.org.startswith(full) \
            and role.org in org_names(rules_of(ctx)):
        org = new_scope = role.org  # 该镇 + 镇长: the town's body the post implies (镇政府)
    if relative and base is None and p.value in _GRASSROOTS_BODIES:
        org, how, new_scope = None, "unknown", scope  # 村委会主任: a village the text does not name
    if "{同级}" in template and (full == p.value or base is not None and base.endswith(_GRASSROOTS)):
        # 政协主席 with no place's body before it; 社区党总支书记、总工会主席: a community has none
        org, how, new_scope = None, "unknown", scope
    if full in _post_words(rules_of(ctx))["publisher"]:
        # 本报 of an unknown paper: the same words name every paper
        org, how, new_scope = None, "unknown", scope
    return _Resolved(org, how, new_scope, parent)


def _org_implied(parts: list[_Part], role: Role | None, scope: str | None, r: _Resolved,
                 ctx: Context) -> _Resolved:
    """The title's organisation ``r`` (read from its chain's parts) with the body its role implies
    (``role.org``: 市长 -> 市政府, 组织委员 -> {上级}党委) where none is written or the role's names one
    relative to it; ``scope``: the chain's before the title."""
    org, how, new_scope, parent = r
    shorts = org_names(rules_of(ctx))
    if not (role is not None and role.org and (org is None or "{上级}" in role.org or role.org in shorts)):
        return r
    implied = role.org
    committee = _levels(rules_of(ctx)).committee.fullmatch(org or "")
    if committee is not None and implied.endswith(_GOVERNMENT_SHORT) \
            and committee.group("place").endswith(implied[:-len(_GOVERNMENT_SHORT)]):
        # 区委副区长: a government's post written after the party committee of its place is the
        # place's government's
        org = _TEMPLATE.sub(committee.group("place"), shorts[implied][0], count=1)
    elif "{上级}" in implied:
        base = org or scope
        if org is None and parts and parts[-1].kind == "place" and implied == "{上级}党委" \
                and parts[-1].value.endswith(_levels(rules_of(ctx)).chain_words):
            base = None  # 广西壮族自治区党委书记: the party committee of the place
            org = new_scope = f"中共{parts[-1].value}委员会"
            how = "written"
        if base is not None and "{上级}" in shorts.get(base, ("", ""))[0]:
            base = None  # 党委委员、监事会主席: a bare 党委 names no body a 监事会 or a 纪委 is of
        if base is not None and implied == "{上级}党组" and base.endswith(_PEOPLES_CONGRESS):
            # 区人大党组: a people's congress's party group is its standing committee's
            base += _STANDING_COMMITTEE
        filled = _fill(implied, base, ctx) if base is not None else None
        filled = _canonical(_party_organ(implied, base, ctx) or filled or "", ctx) or None
        if base is not None and (base.endswith(implied.removeprefix("{上级}"))
                                 or implied == "{上级}党委"
                                 and _levels(rules_of(ctx)).committee.fullmatch(base)):
            filled = base  # 镇党委 + 组织委员, X集团党委委员、组织委员, 镇党委副书记、组织委员: the party
            # committee the post implies is the chain's (not X党委党委, 中共X镇委员会党委)
        if filled is not None:
            parent, org, how = base, filled, ("implied" if how == "unknown" else how)
    elif org is None and parts and parts[-1].kind == "place" \
            and _is_country(parts[-1].value, ctx, foreign=True):
        # 马耳他总理: a foreign state's head of government is the state's; 阿尔及利亚外长: a minister's
        # post is the state's ministry (日本外相: the ministry its title names with the state)
        org, how = parts[-1].value, "written"
        new_scope = _state_form(parts[-1].written or parts[-1].value, rules_of(ctx))  # (萨摩亚独立国: 萨摩亚)
        org = _ministry_of(org, implied)
    elif org is None and not parts and scope is not None and _is_country(scope, ctx, foreign=True):
        # 马耳他副总理兼外长: the foreign state's 外交部, not China's
        org, how = _ministry_of(scope, implied), "inherited"
    elif org is None and parts and parts[-1].kind == "place" and _is_foreign_division(parts, ctx):
        # 美国洛杉矶市市长: a foreign city's mayor is the city's (it has no 人民政府)
        org, how = parts[-1].value, "written"
    elif org is None:
        if parts and parts[-1].kind == "place":
            short_t = org_names(rules_of(ctx)).get(implied, (implied, implied))[0]
            full = _TEMPLATE.sub(parts[-1].value, short_t, count=1)
        elif (chain_place := _fuller(_place_of_level(implied, scope, ctx), ctx)) is not None \
                and implied in shorts:
            # 黑龙江省委副书记、省长: the government of the chain's province, not the publisher's
            full = _TEMPLATE.sub(chain_place, shorts[implied][0], count=1)
        else:
            full, _ = resolve_org(implied, ctx)
        if scope is not None and scope != full and _same_kind(scope, full, rules_of(ctx)):
            full = scope  # 漳州市人民政府副市长、代理市长: the chain's government, not the home city's
        org, how = full, "implied"
        new_scope = new_scope or full
    return _Resolved(org, how, new_scope, parent)


def _party_organ(implied: str, base: str | None, ctx: Context) -> str | None:
    """The organ of a party organisation a post names (``party-organ``: {上级}纪委 of 纪委书记), when the
    chain is about the organisation's committee: of a place's (中共X市委员会 -> 中共X市纪律检查委员会), or
    of a company's or school's (X学院党委 -> X学院纪委); else None."""
    organ = implied.removeprefix("{上级}")
    if base is None or organ == implied or organ not in _post_words(rules_of(ctx))["party-organ"]:
        return None
    committee = _levels(rules_of(ctx)).committee.fullmatch(base)
    if committee is not None:
        full = org_names(rules_of(ctx)).get(organ, ("", ""))[0].removeprefix("{上级}")
        return f"中共{committee.group('place')}{full or organ}"
    body = next((b for b in _PARTY_BODIES if base.endswith(b) and len(base) > len(b)), None)
    return base[:-len(body)] + organ if body is not None else None


_PEOPLES_CONGRESS, _STANDING_COMMITTEE = "人民代表大会", "常务委员会"
# a ministry's short name implied by a minister's title (外长: 外交部)
_MINISTRY = re.compile(r"[\u4e00-\u9fff]{1,6}部")
# a government's short name (区政府)
_GOVERNMENT_SHORT = "政府"


class _Levels(NamedTuple):
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
def _levels(rules: RuleSet) -> _Levels:
    pn = place_names(rules)
    chain = pn.home_levels + pn.township_levels
    return _Levels(home=re.compile(f"^({alternation(pn.home_levels)})"),
                   chain=re.compile(f"^({alternation(chain)})"), chain_words=chain,
                   committee=re.compile(f"中共(?P<place>.+(?:{alternation(chain)}))委员会"))


def _ministry_of(state: str, implied: str) -> str:
    """The body of a foreign ``state`` a title implies: its ministry (阿尔及利亚 + 外交部), the ministry the
    title names with the state (日本外相: 日本外务省), else the state itself (马耳他总理)."""
    if implied.startswith(state) and len(implied) > len(state):
        return implied
    return state + implied if _MINISTRY.fullmatch(implied) else state


def _state_of(scope: str | None, ministry: str, ctx: Context) -> str | None:
    """The chain's scope, or for a ministry (a name ending in 部) the foreign state the scope's name starts
    with (蒙古国议会议员、交通部部长: 蒙古国's 交通部)."""
    if scope is None or not ministry.endswith("部") or _is_country(scope, ctx, foreign=True):
        return scope
    return next((scope[:n] for n in range(len(scope) - 1, 1, -1)
                 if _is_country(scope[:n], ctx, foreign=True)), scope)


def _fuller(place: str | None, ctx: Context) -> str | None:
    """The home place as written when it ends with ``place`` (海港区 in a paper of 秦皇岛市海港区), else
    ``place``."""
    home = ctx.place or ""
    return home if place and home != place and home.endswith(place) else place


def _place_of_level(short: str, scope: str | None, ctx: Context) -> str | None:
    """The place of the chain's body (``scope``) when it is of the level ``short`` starts with
    (自治区人大常委会 after 中共广西壮族自治区委员会: 广西壮族自治区; 市工商联 after
    中国人民政治协商会议上海市委员会: 上海市)."""
    level = _levels(rules_of(ctx)).chain.match(short)
    if scope is None or level is None:
        return None
    m = re.match(r"^(\S+?" + level.group(1) + ")", _BODY_LEAD.sub("", scope))
    return m.group(1) if m and len(m.group(1)) > len(level.group(1)) + 1 else None


def _same_kind(scope: str, full: str, rules: RuleSet) -> bool:
    """Whether two organisations are bodies of one kind (two people's governments: ``government``)."""
    return any(scope.endswith(k) and full.endswith(k) for k in _post_words(rules)["government"])


def _is_foreign_division(parts: list[_Part], ctx: Context) -> bool:
    """Whether the place of ``parts`` is a state, province or city of a country other than China: the
    gazetteer says so, or a foreign state is written before it (美国加利福尼亚州洛杉矶市), or it is a
    province or state the gazetteer does not know (``foreign-division`` endings of posts/words: every
    Chinese province and prefecture is in it, so 西开普省 is another country's)."""
    place = gazetteer(rules_of(ctx)).lookup(parts[-1].value)
    name = parts[-1].value
    unknown = place is None and len(name) > 2 and name.endswith(post_words(rules_of(ctx))["foreign-division"])
    return (place is not None and place.level in ("foreign-state", "foreign-city")) or unknown or any(
        p.kind == "place" and _is_country(p.value, ctx, foreign=True) for p in parts[:-1])


def _occupation(role: str, rules: RuleSet) -> bool:
    """Whether ``role`` is an occupation (titles/titles ``occ``: 诗人, 作家, 记者), no post of its own."""
    found = roles(rules).get(role)
    return found is not None and not found.core


def _is_country(name: str, ctx: Context, foreign: bool = False) -> bool:
    """Whether ``name`` is a country's (with ``foreign``, a country other than China)."""
    return _country(name, rules_of(ctx), foreign)


def _country(name: str, rules: RuleSet, foreign: bool = False) -> bool:
    """:func:`_is_country` for a rule set."""
    place = gazetteer(rules).lookup(name)
    return place is not None and place.level == "country" and not (foreign and place.name == "中国")


HOW_FACTOR = {"written": 1.0, "implied": 0.9, "inherited": 0.9, "unknown": 0.7, "occupation": 0.5}


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
def _head_words(rules: RuleSet) -> frozenset[str]:
    """The titles of a state's head and its government's (posts/words head, state-post: 总统, 总理)."""
    words = _post_words(rules)
    return frozenset(words["head"] + words["state-post"])


def _given_to_another(text: str, start: int, lo: int, by_end, rules: RuleSet) -> bool:
    """Whether a title starting at view offset ``start`` is written right after a verb giving a post and
    the name of the person it gives it to (王五 + 当选 + 省人大主任)."""
    verb = _verbs_of_posts(rules).search(text, max(lo, start - 4), start)
    return verb is not None and any(m.type == "PER" for m in by_end.get(verb.start(), ()))


_DEPARTMENT = "部"
#: a party secretary's post (书记, 副书记, 党组书记), written before another with nothing between them
_SECRETARY = "书记"


class _Chains:
    """Posts of the title chains read in the last article (its text, mentions by end, context), by where a
    chain ends and the reading stops: the post and the appointment readers of an article ask for the same
    chains again (one call in seven over People's Daily). The article's objects are held, so none of them
    is freed while its chains are kept; one read and one write of the memo: safe across threads."""

    def __init__(self) -> None:
        self._last: tuple[object, str, object, dict[tuple[int, int], list[Post]]] = (None, "", None, {})

    def __call__(self, text: str, end: int, lo: int, by_end, ctx: Context) -> list[Post]:
        last = self._last
        if last[0] is not by_end or last[1] is not text or last[2] is not ctx:
            last = self._last = (by_end, text, ctx, {})
        chains = last[3]
        if (end, lo) not in chains:
            chains[end, lo] = _chain_posts(_chain_titles(text, end, lo, by_end, ctx), ctx)
        return list(chains[end, lo])


_chains = _Chains()


def parse_chain(text: str, end: int, lo: int, by_end, ctx: Context) -> list[Post]:
    """Posts of the title chain ending at view offset ``end`` (the start of a name), in a new list."""
    return _chains(text, end, lo, by_end, ctx)


def _chain_titles(text: str, end: int, lo: int, by_end,
                  ctx: Context) -> list[tuple[int, int, Role | None, list[_Part], bool]]:
    """The titles of the chain ending at view offset ``end``, read leftwards from it and given in order:
    (start, end, role, parts, whether marked as a former post)."""
    raw = []
    pos = end
    while True:
        parsed = _parse_title(text, pos, lo, by_end, rules_of(ctx))
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
        marked = bool(parts) and parts[-1].end == role_start - 1 and text[role_start - 1] in _FORMER_MARKS
        lead = start  # where the title's words start, a mark of a former post inside a chain included
        if start - 2 >= lo and text[start - 1] in _FORMER_MARKS and text[start - 2] in "、,，":
            # 老年大学校长，原县人大常委会主任X: a former post inside a chain, the titles before it current
            marked, lead = True, start - 1
        elif not parts and (n := _body_word_before(text, start, lo, ctx)):
            lead = start - n  # 党委副书记、工会 + 主席, 党委委员、监事会 + 主席: a body's head word alone
        raw.append((start, pos, role, parts, marked))
        lead -= _epithet_before(text, lead, lo, rules_of(ctx))
        lead -= _membership_before(text, lead, lo, rules_of(ctx))
        if lead - 1 >= lo and text[lead - 1] in "、,兼和":
            # 、 joins titles; a comma, 兼 or 和 only when another title ends right before it
            # (副总理兼外交部长, 国务委员会主席和部长会议主席), not the post a verb gave someone before
            # (张三任组长，副市长李四)
            if text[lead - 1] != "、":
                prev = _parse_title(text, lead - 1, lo, by_end, rules_of(ctx))
                link = text.rfind("、", max(lo, lead - 1 - _MAX_LINK), lead - 1) \
                    if prev is None and text[lead - 1] == "兼" else -1
                if link >= 0 and is_han(text[link + 1:lead - 1]):
                    pos = link  # 、谈判代表兼 + 副部长: a title the table does not know; the chain goes on
                    continue
                if prev is None or _after_verb(text, prev[0], lo, rules_of(ctx)):
                    break
            pos = lead - 1
            # 秘书一处处长（正科）、副主任: a note on the rank or the kind of a post in the list, read past
            note = _POST_NOTE.search(text, lo, pos) if text[pos - 1:pos] in ")）" else None
            pos = note.start() if note is not None else pos
            continue
        if role is not None and role.core and not parts and lead - 1 > lo and is_han(text[lead - 1]) \
                and _bare(role.role) not in _staff(rules_of(ctx)):
            # 党委书记 + 院长, 县委副书记 + 县长: a party secretary's post and another written with nothing
            # between them (not 总统 + 特使, 司令 + 长官, 主席团 + 主席: one post named by another; nor
            # 秘书长 + 发言人: a staff's post names the body of the post before it, below)
            prev = _parse_title(text, lead, lo, by_end, rules_of(ctx))
            if prev is not None and prev[1] is not None and prev[1].core and prev[2] < lead \
                    and prev[1].role.endswith(_SECRETARY):
                pos = lead
                continue
        if role is not None and not parts and _bare(role.role) in _staff(rules_of(ctx)):
            # 联合国秘书长发言人X: the staff of the post written right before, of its body (the post
            # itself is not X's: its title only names the body)
            prev = _parse_title(text, start, lo, by_end, rules_of(ctx))
            if prev is not None and prev[1] is not None and prev[1].core and prev[3]:
                raw.append((prev[0], start, None, prev[3], False))
        break
    raw.reverse()
    return raw


def _epithet_before(text: str, start: int, lo: int, rules: RuleSet) -> int:
    """The length of a word of praise (``epithet``: 著名) written between a chain's 、 or comma and the
    title at view offset ``start`` (校长，著名数学家X): no part of the title, the chain goes on before it;
    0 when none."""
    return next((len(w) for w in _post_words(rules)["epithet"] if text.endswith(w, lo, start)
                 and start - len(w) - 1 >= lo and text[start - len(w) - 1] in "、,"), 0)


def _membership_before(text: str, start: int, lo: int, rules: RuleSet) -> int:
    """The length of a party membership (``membership``: 中国共产党党员) and the delimiter after it, written
    between two of a chain's delimiters right before the title at view offset ``start`` (X大学校长，中国共产党
    党员、全国人大代表Y): no post, the chain goes on before it; 0 when none."""
    if start - 1 < lo or text[start - 1] not in "、,":
        return 0
    return next((len(w) + 1 for w in _post_words(rules)["membership"] if text.endswith(w, lo, start - 1)
                 and start - len(w) - 2 >= lo and text[start - len(w) - 2] in "、,"), 0)


def _chain_posts(raw: list[tuple[int, int, Role | None, list[_Part], bool]], ctx: Context) -> list[Post]:
    """The posts of a chain's titles (:func:`_chain_titles`), in order: each title's body read from its
    parts in the scope of the titles before it (:func:`_resolve`), else taken from them."""
    posts: list[Post] = []
    scope: str | None = None
    scope_span: tuple[int, int] | None = None  # where the body the chain is about is written
    for start, stop, role, parts, marked in raw:
        org, how, scope, parent = _resolve(parts, role, scope, ctx)
        if org is None and role is not None and not parts:
            org, how = _body_in_chain(role, scope, how, posts, ctx)
        if org is not None and role is not None \
                and _bare(role.role).endswith(_post_words(rules_of(ctx))["congress-head"]):
            # 县人大主任: the head of a local congress heads its standing committee
            congress = _CONGRESS.search(org)
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
        if role.role in _honours(rules_of(ctx)):  # 中国科学院院士: an honour, held in no organisation
            org, how, parent = None, "unknown", None
        if "{上级}" in role.org:  # 市政府党组书记: the 党组 is written inside the post
            parent_span = org_span or parent_span
            org_span = (start, stop - len(role.role))
        role_name = role.role
        if role_name == _MEMBER and org is not None and org.startswith(_CPC) \
                and org.endswith(_STANDING_BODY) and len(org) > len(_CPC) + len(_STANDING_BODY):
            # 中共中央顾问委员会常务委员会委员: a member of a party body's standing committee is the
            # body's 常委, as 中顾委常委 and 政治局常委 are read
            role_name, org = _STANDING_MEMBER, org.removesuffix(_STANDING_BODY)
        # 青山大学三家附属医院院长A、B、C: a count of bodies in the title (:func:`_counted`)
        counted = org is not None and any(p.kind == "text" and _grammar(rules_of(ctx)).count.search(p.value)
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
    words = _post_words(rules_of(ctx))
    org = None
    if scope is not None:
        org, how = _chain_body(role.role, scope, how, rules_of(ctx))
    if org is None and posts and (body := _body_of_party(posts[-1], rules_of(ctx))) is not None:
        # 市教育局党组书记、局长, 省国资委党委书记、主任, 中建四局党委常委、副总经理: the body's post
        org, how = body, "inherited"
    if org is None and posts and role.role in words["zone-office"] \
            and (zone := _zone_party_of(posts[-1], rules_of(ctx))) is not None:
        # 经济开发区党工委书记、主任: the zone's administrative committee's head
        org, how = _canonical(zone + "管委会", ctx) or zone + "管委会", "inherited"
    department = (posts[-1].organization or "") if posts else ""
    if org is None and role.role in words["department-post"] and department.endswith(_DEPARTMENT):
        org, how = posts[-1].organization, "inherited"  # 市委组织部副部长、部务委员
    if org is None and posts and posts[-1].organization and not role.org \
            and _bare(role.role) in words["member-post"] and _bare(posts[-1].role) in words["member-post"]:
        org, how = posts[-1].organization, "inherited"  # 省委常委、副书记: the committee's
    if org is None:
        # 市公安局副局长、代理局长: a deputy's acting post is of the body of the post it stands for
        base = _served(role.role, rules_of(ctx))
        org = next((p.organization for p in reversed(posts) if p.organization
                    and _served(p.role, rules_of(ctx)) == base), None)
        how = "inherited" if org is not None else how
    if org is None and role.core and posts and posts[-1].organization \
            and _bare(role.role) not in words["many"] \
            and (body_kind(posts[-1].organization, rules_of(ctx)) in words["chain-kind"]
                 or _officer(posts[-1].role, rules_of(ctx))):
        # 香港大公报董事长、社长, X大学教授、博士生导师: a paper's, company's or school's posts in a chain
        # are of its body
        org, how = posts[-1].organization, "inherited"
    return org, how


def _own_organ(text: str, role_start: int, lo: int, by_end: dict[int, list[Mention]], role: Role,
               rules: RuleSet) -> tuple[list[_Part], Role]:
    """The parts of a body's own organ written between the body's name and a post that implies the organ
    (市卫生健康委 + 机关 + 党委书记: the 机关党委 of 市卫生健康委, ``posts/orgs`` {上级}机关党委), or none."""
    body = role.org.removeprefix("{上级}")
    for k in range(3, 0, -1):
        short = text[role_start - k:role_start] + body
        named = next((m for m in by_end.get(role_start - k, ()) if m.type == "ORG" and m.start >= lo), None)
        if role_start - k > lo and short in org_names(rules) and named is not None:
            return [_Part(named.start, named.end, "mention", named.key or named.text, named.text),
                    _Part(role_start - k, role_start, "short", short)], replace(role, org="")
    return [], role


def _of_own_company(post: Post, text: str, own: str | None, rules: RuleSet) -> Post:
    """A post written after a company's own word for itself (集团公司党委书记, 本公司董事:
    ``company-self``) on the page of a company (``own``: the publisher) is the publisher's, not that of the
    company the article named last (重庆X集团董事长Y一行到集团公司座谈。集团公司党委书记Z: Z is the
    publisher's)."""
    if own is None or post.organization is not None or not post.company_ref or post.org_span is None \
            or not text.startswith(tuple(_post_words(rules)["company-self"]), post.org_span[0]):
        return post
    return replace(post, organization=own + post.company_body, how="inherited")


_PARTY_BODIES = ("党组", "党委")


def _body_of_party(post: Post, rules: RuleSet) -> str | None:
    """The body whose party group or committee holds ``post`` (市教育局党组, 中建四局党委: its parent, or the
    name before 党委 when the chain gives none and it names no place), else None."""
    org = post.organization or ""
    if not org.endswith(_PARTY_BODIES):
        return None
    body = org[:-2]
    return post.parent or (body if len(body) > 2 and body[-1] not in place_names(rules).levels else None)


@per_rules
def _honours(rules: RuleSet) -> frozenset[str]:
    """Titles for life that name their academy but are no post in it (院士): ``titles/honours``."""
    return frozenset(rules.lexicon("titles/honours").entries)


@per_rules
def _staff(rules: RuleSet) -> frozenset[str]:
    """Posts of a body's own staff, of the body a chain is about when written alone: ``titles/staff``."""
    return frozenset(rules.lexicon("titles/staff").entries)


def _chain_body(role: str, scope: str, how: str, rules: RuleSet) -> tuple[str | None, str]:
    """The organisation of a title written with none in a chain about ``scope``: a company officer's is the
    company whose party committee the chain names (青山集团党委), a body's staff's the body."""
    grammar = _grammar(rules)
    company = grammar.company_body.match(scope)
    school = _school_of(scope, rules)
    if school is not None and _heads(_served(role, rules), school, rules):
        return school, "inherited"  # X学院党委书记，党委副书记、校长Y: the school's 校长
    officer = _officer(role, rules)
    if officer and (company is not None or grammar.company.search(scope)):
        return (company.group("company") if company else scope), "inherited"
    if company is None and role in _staff(rules):
        return scope, "inherited"
    return None, how


def _school_of(org: str, rules: RuleSet) -> str | None:
    """The school, hospital or institute ``org`` is (滁州学院) or whose party body it is (滁州学院党委), or
    None."""
    words = _post_words(rules)
    body = next((b for b in (*words["company-body"], *words["school-body"])
                 if org.endswith(b) and len(org) > len(b)), "")
    school = org[:len(org) - len(body)]
    return school if body_kind(school, rules) in SCHOOL_KINDS else None


# the first character of a head's title and the endings of the names of the bodies it heads (院长 of 学院,
# 医院; 会长, 理事长 of 商会, 会馆)
_ASSOCIATION_ENDS = ("会", "会馆")
_HEAD_OF = {"院": ("院",), "所": ("所",),
            "会": _ASSOCIATION_ENDS, "理": _ASSOCIATION_ENDS, "监": _ASSOCIATION_ENDS}


def _heads(role: str, school: str, rules: RuleSet) -> bool:
    """Whether ``role`` (a post served, 院长) is the head's or a deputy's of ``school``: a school officer
    whose title's first character fits the name (院长 of 医院 or 学院, 所长 of 研究所, 校长 of a school:
    大学, 学院, 党校)."""
    if role not in _post_words(rules)["school-officer"]:
        return False
    end = _HEAD_OF.get(role[0])
    if end:
        return school.endswith(end)
    return body_kind(school, rules) == "school" and not _faculty(school, rules)


def _faculty(school: str, rules: RuleSet) -> bool:
    """Whether ``school`` is a college named by its disciplines alone (经济管理学院, 外国语学院), a
    school's faculty, which a dean (院长) heads, not a 校长: no place of the gazetteer at the head of its
    name (滁州学院, 湖北汽车工业学院 are colleges) nor a region named by a direction (华北水利水电学院)."""
    regions = place_names(rules).region
    return school.endswith(_FACULTY) and not _places_at_head(school, rules) \
        and not any(regions(school[:n]) for n in (2, 3))


_FACULTY = "学院"


def schools_named(view: View, mentions: list[Mention], ctx: Context,
                  named: list[tuple[int, str, str, str]]) -> list[tuple[int, str]]:
    """(view end, name) of the schools an article names, in order: its school mentions and the schools of
    the posts written with them (滁州学院党委书记X), first the publisher's school (西南大学 of a page of
    西南大学国内合作处: a school's own news)."""
    rules = rules_of(ctx)
    found = {(view.to_view(m.end), school) for m in mentions if m.type == "ORG"
             and (school := _school_of(m.key or m.text, rules)) is not None}
    found |= {(end, school) for end, _, org, _ in named if (school := _school_of(org, rules)) is not None}
    out = sorted(found)
    written = ctx.publisher or ""
    publisher = next((written[:end] for end in range(2, len(written) + 1)
                      if _school_of(written[:end], rules)), None)
    if publisher and written != publisher and body_kind(written, rules) == "committee":
        publisher = written  # 中国老教授协会医药专业委员会: the association's committee is the publisher
    return [(0, publisher)] + out if publisher else out


@per_rules
def _head_kinds(rules: RuleSet) -> dict[str, str]:
    """Head's title -> how the name of the body it heads ends (``posts/heads``)."""
    return {row.fields[0]: row.fields[1] for row in rules.table("posts/heads").checked(2, 2)}


def of_kind_named(post: Post, bodies: list[str], rules: RuleSet) -> Post:
    """A head's or a deputy's post no rule gave a body (局长, 副检察长: ``posts/heads``) is of the last body
    of the kind it heads its paragraph named before it (``bodies``; 平江县人民检察院召开会议。…副检察长X), not
    a party body: the body it is of (X分局党委高度重视…局长Y: X分局)."""
    if post.organization is not None or not post.core:
        return post
    ending = _head_kinds(rules).get(_served(post.role, rules))
    if ending is None:
        return post
    body = next((b for b in map(_without_party_body, reversed(bodies)) if b.endswith(ending)), None)
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
    if role is None or not role.org.startswith(_UPPER):
        return post
    before = _unit_alone(rules).search(text, max(0, start - _MAX_UNIT_BEFORE), start)
    if before is None or not unit_word(before.group("unit"), rules):
        return post
    ending = before.group("unit")
    named = {b for b in (_without_party_body(b) for e, b in bodies if e <= start)
             if b.endswith(ending) and len(b) > len(ending)}
    # (青山省交通运输厅 … 交通运输厅: one body, named in full and short)
    full = max(named, key=len, default="")
    return replace(post, organization=full + role.org.removeprefix(_UPPER), how="inherited") \
        if full and all(full.endswith(b) for b in named) else post


def unit_word(word: str, rules: RuleSet) -> bool:
    """Whether ``word`` is a unit's head word written alone (局, 厅, 支队: the endings of ``posts/heads``)."""
    return word in set(_head_kinds(rules).values())


def coach_of_team(post: Post, text: str, bodies: list[tuple[int, str]], rules: RuleSet) -> Post:
    """A coach's post no rule gave a body (``posts/words`` coach) is of the team that opens its sentence
    (``bodies``: (view end, name); 四川蓝剑队本轮以89∶92败给八一队，但主教练X: 四川蓝剑队, not the team it
    lost to), or when its sentence names no team before it, the one that opens the sentence before it in its
    paragraph, named as the article named it in full (浙江队…。主教练Y称: 浙江中欣队, the one longer team's
    name of that start)."""
    if post.organization is not None or _bare(post.role) not in _post_words(rules)["coach"]:
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
    return replace(post, organization=_canonical(written, ctx), how="inherited")


@per_rules
def _founding(rules: RuleSet) -> re.Pattern[str]:
    """A verb of founding (成立了) or renaming (改称为: group ``renamed``) a body."""
    words = _post_words(rules)
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


def _of_kind_word_before(post: Post, text: str, bodies: list[tuple[int, str]], rules: RuleSet) -> Post:
    """A head's or an officer's post no rule gave a body, written right after the head word of a body's kind
    alone (``orgs/suffixes``: 饭店, 书店; after a delimiter, 这个 or 该, perhaps with 的: 。饭店总经理X,
    书店副经理Y), is of the last body of that kind the article named before it (北京长城饭店 …
    饭店总经理X), as a head's title alone is of its paragraph's (:func:`of_kind_named`); none when it named
    none."""
    if post.organization is not None or not (post.core or _officer(post.role, rules)):
        return post
    start = post.title[0]
    word = _KIND_BEFORE.search(text, max(0, start - _MAX_KIND_BEFORE), start)
    kind = word.group("kind") if word is not None else ""
    if word is None or kind not in org_rules(rules).suffixes:
        return post
    named = [b for e, b in sorted(bodies) if e <= word.start() and b.endswith(kind) and len(b) > len(kind)]
    return replace(post, organization=named[-1], how="inherited") if named else post


def _facilities(art: Reading) -> list[tuple[int, str]]:
    """(view end, name) of the named buildings and sites the article names (北京长城饭店: a place, whose
    manager's post is of it)."""
    return [(art.view.to_view(m.end), m.key or m.text) for m in art.mentions if m.rule == _FACILITY_RULE]


_FACILITY_RULE = "places.facility"
# a body's kind word alone right before a post (。饭店 + 总经理, 这个书店的 + 副经理)
_KIND_BEFORE = re.compile(r"(?:(?<=[^\u4e00-\u9fff])|这个|该)(?P<kind>[\u4e00-\u9fff]{2,3})的?$")
_MAX_KIND_BEFORE = 6


def _without_party_body(body: str) -> str:
    """The body a party body (党委, 党组) written with its name is of (青山区公安分局党委高度重视 … 局长X: the
    分局), or ``body``."""
    party = next((p for p in _PARTY_BODIES if body.endswith(p) and len(body) > len(p)), "")
    return body.removesuffix(party)


def _of_body_its_head_word_names(post: Post, text: str, bodies: list[tuple[int, str]], subject: str | None,
                                 rules: RuleSet) -> Post:
    """A post whose body is written as a head word alone (``orgs/suffixes``: 委员会主任, 研究会会长) is of the
    body whose name the text last wrote ending in that word before it (全国法律职业教育指导委员会。该委员会…。
    委员会主任X), when the NER read that name (``bodies``: (view end, name)); a reference to it (该委员会) is
    passed over. A legislature's head word alone (国会主席X, 原议会副议长Y) is of the one foreign state the
    article is about (``subject``: 越南国会), whatever names the NER read. Else as written."""
    head = post.organization
    if head is None or head not in org_rules(rules).suffixes:
        return post
    if subject is not None and head in _legislatures(rules):
        return replace(post, organization=subject + head, how="inherited")
    at = text.rfind(head, 0, post.title[0])
    while at > 0 and (text[at - 1] in _REFERRING or not is_han(text[at - 1])):
        at = text.rfind(head, 0, at)  # (该委员会, 。委员会…: the body named before, again)
    end = at + len(head)
    body = next((b for e, b in bodies if e == end and b.endswith(head) and len(b) > len(head)), None)
    return post if at <= 0 or body is None else replace(post, organization=body, how="inherited")


def _of_site(
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
    words = _post_words(rules)
    bare = post.organization in words["company-body"]
    if site is None or post.organization is not None and not bare \
            or not (post.core or _officer(post.role, rules)):
        return post
    body = text[post.title[0]:post.title[1]].removesuffix(post.role)
    party = next((b for b in words["company-body"] if body.endswith(b)), "")
    party = post.organization or "" if bare else party
    head = _served(post.role, rules) in words["school-officer"]
    organ = body if _organ(body, rules) else _organ_before(text, post.title[0], rules)
    own = text[:post.title[0]].endswith(words["self-ref"]) or body.startswith(words["self-ref"]) \
        or (party or head) and any(w in text for w in words["self-ref"])
    kind = post.company_ref or post.school_ref or party or head or organ or _officer(post.role, rules)
    if not (own or not named and kind):
        return post
    suffix = organ or post.company_body or party
    # the one body of the post's kind the page names, after the post too: the site's own by its name
    bodies = {k for k in schools if _heads(_served(post.role, rules), k, rules)} if head \
        else {*schools, *companies}
    holder = bodies.pop() if len(bodies) == 1 and not own else None
    org = (holder if head else holder + suffix) if holder is not None else site + suffix
    return replace(post, organization=org, how="inherited")


def _organ(word: str, rules: RuleSet) -> bool:
    """Whether ``word`` is a body's head word or a company's board (工会, 监事会: ``orgs/suffixes``,
    ``board``), not a company's word for itself (集团: ``company-ref``)."""
    words = _post_words(rules)
    return (word in org_rules(rules).suffixes or word in words["board"]) and word not in words["company-ref"]


def _organ_before(text: str, start: int, rules: RuleSet) -> str:
    """A body's head word or a company's board (:func:`_organ`) written alone right before the post at view
    offset ``start`` (、工会 + 主席), after a delimiter or a company's word for itself; '' when none."""
    refs = _post_words(rules)["company-ref"]
    return next((word for n in _BODY_WORD if _organ(word := text[start - n:start], rules) and (
        start == n or text[start - n - 1] in _ORG_TAIL_STOP or text.endswith(refs, 0, start - n))), "")


def _officer(role: str, rules: RuleSet) -> bool:
    """Whether ``role`` is a company's officer's (董事长, 总经理: ``posts/words`` officer)."""
    return role.endswith(_post_words(rules)["officer"])


def _joined(posts: list[Post], text: str) -> list[Post]:
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


def _of_joined_bodies(posts: list[Post], art: Reading, at: _Person) -> list[Post]:
    """A post of a body its sentence writes after another body and 暨 (one association under two names:
    青山华侨华人联合会暨青山和平统一促进会新任会长X、前任会长Y) is held in each: the one before 暨 too."""
    out: list[Post] = []
    for post in posts:
        out += [replace(post, organization=first, org_span=None, parent=None, parent_span=None)
                for first in _joined_body(post, art, at)]
        out.append(post)
    return out


def _joined_body(post: Post, art: Reading, at: _Person) -> list[str]:
    """The body written before 暨 and the body of ``post``, named last before its title in its sentence, or
    none."""
    text, lo = art.text, at.sent[0]
    body = next((m for end in range(post.title[0], lo, -1) for m in art.by_end.get(end, ())
                 if m.type == "ORG" and (m.key or m.text) == post.organization and m.start > lo), None)
    if body is None or text[body.start - 1:body.start] != _BOTH_BODIES:
        return []
    first = _body_before(body.start - 1, lo, art.by_end, art.view)
    return [first] if first is not None and first != post.organization else []


def of_association_elected(post: Post, bodies: list[str], rules: RuleSet) -> Post:
    """A post an association's congress elects (``posts/words`` association-elected: 主席, 副主席, 秘书长)
    given by an election with no body written is of the association the article named last before it
    (``bodies``: 青山市作家协会会员代表大会召开。张三当选主席，李四、王五当选副主席)."""
    if post.organization is not None or _served(post.role, rules) not in \
            _post_words(rules)["association-elected"]:
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
        school = own or next((s for s in reversed(schools) if not _faculty(s, rules)), None)
        return post if school is None else \
            replace(post, organization=school + post.company_body, how="inherited")
    school = next((s for s in reversed(schools) if _heads(_served(post.role, rules), s, rules)), None)
    return post if school is None else replace(post, organization=school, how="inherited")


def _own_post(post: Post, text: str, own: str | None, ctx: Context, chain: bool = False) -> Post:
    """A post written right after a body's own word for itself (我院副院长X, 我校党委书记Y:
    ``self-ref``), or in a chain so opened (``chain``: 我院党组书记、院长Z), is of the publisher's school,
    hospital, court or association ``own`` (its own page), not of the school the article named last; with
    no such publisher, as before; a body's head word after the word for itself names that body of it
    (我校工会主席, 我校侨联副主席: the school's union, its returned overseas Chinese federation). A word for
    itself of another kind than ``own`` names the ``publisher``'s body of its kind (我院 on
    河北大学附属医院's page: the hospital, not 河北大学)."""
    rules, publisher = rules_of(ctx), ctx.publisher
    if own is None:
        return post
    words = _post_words(rules)
    written = text[post.title[0]:post.title[1]]
    before = text[:post.title[0]]
    word = next((w for w in words["self-ref"] if written.startswith(w) or before.endswith(w)), None)
    if word and publisher and not own.endswith(word[-1]) and publisher.startswith(own):
        body = own_body(publisher, word, rules) or own
        own = body if len(body) > len(own) else own
    body = written.removeprefix(word or "")
    organ = body[:len(body) - len(post.role)] if word else ""
    if _organ(organ, rules) and organ not in words["company-body"] \
            and post.organization in (None, organ, (word or "") + organ):
        return replace(post, organization=_canonical(own + organ, ctx) or own + organ, how="inherited")
    if post.organization is not None and not post.school_ref or not (chain or word):
        return post
    return replace(post, organization=own + post.company_body, how="inherited")


def _party_post(post: Post, text: str, here: list[str], own: str | None, rules: RuleSet,
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
    parties = _post_words(rules)["company-body"]
    return body in parties or any(body.startswith(p) and _organ(body[len(p):], rules) for p in parties)


def _party_holders(posts: list[Post], rules: RuleSet) -> list[str]:
    """The bodies whose party committee or group ``posts`` name (中国钢研 of 中国钢研党委), in order."""
    parties = _post_words(rules)["company-body"]
    return [org.removesuffix(p) for post in posts if (org := post.organization)
            for p in parties if org.endswith(p) and org != p]


def _named_before(text: str, at: int, schools: list[tuple[int, str]], companies: list[tuple[int, str]],
                  rules: RuleSet) -> str | None:
    """The school or company (of ``schools`` and ``companies``, (view end, name)) the article named last
    before view offset ``at``, when no guests' words come between them (X公司总经理一行来我院。党委书记Y:
    the publisher's own) and it is no association or court (全国总工会主席 … 厂长、党委书记Z)."""
    named = sorted((e, k) for e, k in (*schools, *companies)
                   if e <= at and body_kind(k, rules) not in _NOT_EARLIER)
    if not named or _visit_us(rules).search(text, named[-1][0], at) is not None:
        return None
    return named[-1][1]


#: the kinds of bodies whose party committee a bare 党委 written after them is not taken to be
_NOT_EARLIER = ("association", "court")


def _party_chain(posts: list[Post], fill: Callable[[Post], Post], text: str, rules: RuleSet) -> list[Post]:
    """``fill`` (:func:`_party_post`, :func:`_of_own_company`) over a chain's posts; a post after one it
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
            bare = next((b for b in _post_words(rules)["company-body"] if party.endswith(b)), "")
        elif party is not None and org is None and post.core:
            org, how = _chain_body(post.role, party, post.how, rules)
            filled = post if org is None else replace(post, organization=org, how=how)
        elif party is not None and bare and org is not None and org.startswith(bare) and org != bare:
            filled = replace(post, organization=party.removesuffix(bare) + org, how="inherited")
        if filled.organization is None and post.core and holder and organ and _organ(organ, rules):
            filled = replace(post, organization=holder + organ, how="inherited")
        holder = next(iter(_party_holders([filled], rules)), holder)
        out.append(filled)
    return out


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
    words = _post_words(rules)
    out: dict[tuple[int, str], _Span] = {}
    visits = list(_visit_us(rules).finditer(text))
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
        if text[start:e] != k or _faculty(k, rules):
            continue
        if text.endswith(words["go-to"], 0, start) or text[start - 1:start] == "、" and start - 1 in ends:
            hi = sentence_at(text, start)[1]
            received = min((at for w in words["received"] if (at := text.find(w, e, hi)) >= 0), default=hi)
            out[(e, k)] = (e, received)
            ends.add(e)
    return out


@per_rules
def _visit_us(rules: RuleSet) -> re.Pattern[str]:
    """The words of guests coming to the publisher (``visit-us``: 来我校, 莅临我院), as one pattern."""
    return re.compile(alternation(_post_words(rules)["visit-us"]))


def _within(span: _Span | None, at: int) -> bool:
    """Whether view offset ``at`` is in ``span`` (start included, end excluded; no span: no)."""
    return span is not None and span[0] <= at < span[1]


def _away_at(away: dict[tuple[int, str], _Span], schools: list[tuple[int, str]], at: int) -> frozenset[str]:
    """The schools away at view offset ``at`` (:func:`_away`): named as guests or destinations before
    it, within their span, and not named again since."""
    spans = sorted(away.items(), key=lambda item: item[1])
    gone = {k: span[0] for (_, k), span in spans if _within(span, at)}
    return frozenset(k for k, frm in gone.items()
                     if not any(k == name and frm < e <= at and (e, name) not in away for e, name in schools))


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
    a, b = view.to_source(*span)
    return Mention(a, b, type_, view.source[a:b], rule=rule, key=key)


_FORMER_MARKS = "前原"
_MAX_STATE = 8  # the longest state name read before 前 (美利坚合众国, 波斯尼亚和黑塞哥维那 is longer: none)


@per_rules
def _portfolio(rules: RuleSet) -> re.Pattern[str]:
    """A portfolio written with 的 right before a post (负责独联体事务的), to the end of the text searched."""
    return re.compile(f"(?:{alternation(_post_words(rules)['portfolio'])})[^，,。、；;的]{{1,12}}的$")


# 原, 前 before a title chain make its posts former ones (原市委书记张三, 前市长李四), unless they end a word
# (目前, 以前, 提前 ...: a time, not a title's qualifier: ``time-word``); 原任, 前任 the same.
_FORMER = re.compile(r"(?:原|前)任?$")


# 前 between a foreign state and its body's post (美国前国防部长): the post is a former one, of the state's
# body (not 原, which opens names: 美国原子能委员会)
_STATE_FORMER = "前"


def _former(text: str, start: int, lo: int, rules: RuleSet) -> bool:
    """Whether the title chain starting at ``start`` is marked as former (原市长, 美国前国防部长)."""
    m = _FORMER.search(text, lo, start)
    if m is None:
        return any(text[start + e:start + e + 1] == _STATE_FORMER
                   and _country(text[start:start + e], rules, foreign=True) for e in range(2, _MAX_STATE + 1))
    return m.start() == lo or text[m.start() - 1] not in _post_words(rules)["time-word"]


@per_rules
def _deputy(rules: RuleSet) -> re.Pattern[str]:
    """A deputy's qualifiers (常务副, 第一副): the post without them is the one its deputies serve."""
    others = [w for w in _post_words(rules)["post-qualifier"] if w != "副"]
    return re.compile(f"^(?:{alternation(others)})?副")


def _role_at(text: str, at: int, hi: int, rules: RuleSet) -> tuple[int, Role] | None:
    """(length, role) of the longest post's title written at ``at`` (not past ``hi``), a qualifier that
    makes another post before it included (名誉 + 会长: 名誉会长), or None."""
    table = roles(rules)
    lead = next((q for q in _post_qualifiers(rules) if text.startswith(q, at) and q != "代"), "")  # (代 + 表)
    for skip in dict.fromkeys((len(lead), 0)):
        found = next(((n, r) for n in range(min(_MAX_ROLE, hi - at - skip), 0, -1)
                      if (r := table.get(text[at + skip:at + skip + n])) is not None and r.core), None)
        if found is not None:
            return skip + found[0], _qualified(found[1], lead, "", rules) if skip else found[1]
    return None


def _body_before(at: int, lo: int, by_end, view: View) -> str | None:
    """The organisation mention ending at view offset ``at`` and starting after ``lo``, by its key."""
    m = next((m for m in by_end.get(at, ()) if m.type == "ORG" and m.start >= lo), None)
    return (m.key or m.text) if m is not None else None


# how the name of an embassy or a consulate ends
_MISSIONS = ("使馆", "领事馆", "总领馆")


def _mission_before(at: int, lo: int, by_end, view: View) -> str | None:
    """The embassy or consulate its sentence names last before view offset ``at`` (from ``lo``) by its
    key, with the 驻 written before it (驻日本大使馆: the mention is 日本大使馆); None when none."""
    for end in range(at, lo, -1):
        m = next((m for m in by_end.get(end, ())
                  if m.type == "ORG" and (m.key or m.text).endswith(_MISSIONS)), None)
        if m is not None:
            start, name = m.start, m.key or m.text
            if start < lo:
                return None
            return "驻" + name if view.text[start - 1:start] == "驻" and not name.startswith("驻") else name
    return None


# an envoy's mission written short before the envoy's title, with its state (美国驻沪总领馆 + 总领事), its
# place or none (中国大使馆 + 总领事), and one of its sections or none (中国驻匈牙利大使馆领侨处 + 领事)
_MISSION_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:(?:常)?驻[\u4e00-\u9fff]{1,8}?)?"
                             r"(?:总领事馆|总领馆|领事馆|大使馆|使馆)(?:[\u4e00-\u9fff]{1,3}[处部])?$")


def _envoy_of_mission(post: Post, text: str, rules: RuleSet) -> Post:
    """The head of a mission (``envoy-head``: 大使, 总领事) written after the mission
    (美国驻上海总领事馆总领事, 美国驻沪总领馆总领事) holds the post of the state the mission is of (美国), as
    envoys written after their state do; a mission of no state known keeps its body."""
    if _bare(post.role) not in _post_words(rules)["envoy-head"]:
        return post
    lo = max(0, post.title[0] - 20)
    org = post.organization or ""
    m = _MISSION_BEFORE.search(org) or _MISSION_BEFORE.search(text[lo:post.title[0]])
    if m is None:
        return post
    state = gazetteer(rules).lookup(m.group(1))
    if state is None or state.level != "country":
        return post
    return replace(post, organization=_CHINA if state.name == "中国" else m.group(1), how="inherited")


def _heads_another(role: str, body: str, rules: RuleSet) -> bool:
    """Whether a head's title (局长, 处长: two characters ending in 长) names a body of another kind than
    ``body`` (局长 of 中组部 heads one of its bureaus)."""
    served = _served(role, rules)
    return bool(_head_word(served)) and not body.endswith(served[0])


_SENDER_MARKS = "由，,"


def _of_sender(post: Post, text: str, lo: int, by_end, view: View, rules: RuleSet) -> Post:
    """A head's or deputy's post with no body written after 由 (应急管理部派出由副部长X带队的工作组) or
    opening a clause (民政部对救灾高度重视，部长X部署) is of the body named last before it in the sentence,
    when the post heads a body of its kind (部长 of a 部) and no person is named between them; any other post
    so written is of a body named right before the comma (新增了国家禁毒委员会办公室，副主任X出任发言人),
    not of a body whose post of that title the article named before."""
    served = _served(post.role, rules)
    at = post.title[0]
    if post.organization is not None or not post.core or at - 1 < lo or text[at - 1] not in _SENDER_MARKS \
            or _bare(post.role) in _post_words(rules)["coach"]:
        return post  # (八一队…战胜辽宁队，主教练X: a coach's team is the sentence's subject, coach_of_team)
    bodies = [m for end in range(lo, at) for m in by_end.get(end, ()) if m.type == "ORG" and m.start >= lo]
    body = max(bodies, key=lambda m: m.end, default=None)
    if body is None or any(m.type == "PER" for end in range(body.end, at) for m in by_end.get(end, ())):
        return post
    head = bool(_head_word(served))
    if head and not (body.key or body.text).endswith(served[0]) or not head and body.end != at - 1:
        return post
    return replace(post, organization=body.key or body.text, how="inherited")


def _head_of_neighbours(post: Post, neighbours: list[Post], rules: RuleSet) -> Post:
    """A head's post with no body written (局长, 副院长) after a person of the same sentence whose posts
    name a body ending in the head's word (泉州市体育局党组书记郑宏谋、局长汪水永: the 局长 of
    泉州市体育局) is of that body; so is a deputy's or an acting head's after the head's (主任X,副主任Y)."""
    role = _served(post.role, rules)
    if post.organization is not None or not post.core or role in _post_words(rules)["many"] \
            or post.title[1] - post.title[0] > len(post.role):
        return post  # (基础设施部长 names its own body; an article names many 部长)
    # 办事处党组书记、主任王世超,副主任孙建伟: a deputy after the head is of the head's body
    body = next((p.organization for p in reversed(neighbours)
                 if p.organization and _served(p.role, rules) == role), None)
    if body is None and _head_word(role):
        bodies = [b for p in reversed(neighbours) for b in (p.organization, p.parent) if b]
        body = next((b for b in bodies if b.endswith(role[0])), None)
    return post if body is None else replace(post, organization=body, how="inherited")


def _self_written(posts: list[Post], text: str, rules: RuleSet) -> bool:
    """Whether a chain's first title is written with or after the publisher's word for itself (我院党组书记、
    院长)."""
    selves = _post_words(rules)["self-ref"]
    return bool(posts) and (text.startswith(selves, posts[0].title[0])
                            or text[:posts[0].title[0]].endswith(selves))


def _served(role: str, rules: RuleSet) -> str:
    """The post a deputy, an acting, an honorary or an executive holder serves (常务副市长, 代理市长,
    名誉会长, 执行会长, 常务理事 -> 市长, 会长, 理事: ``posts/words`` serving), not a post of its own kind of
    body (常务委员 of a 委员会: ``posts/heads``)."""
    bare = _bare(role)
    serving = next((w for w in _post_words(rules)["serving"]
                    if bare.startswith(w) and len(bare) > len(w) + 1), "") \
        if bare not in _head_kinds(rules) else ""
    return _deputy(rules).sub("", bare.removeprefix(serving))


def _after_unnamed_body(post: Post, text: str, rules: RuleSet) -> bool:
    """Whether the title is written right after a head word of ``orgs/suffixes`` of two characters or more
    that no name of a body was read with (泰国金商公会 + 主席, 支队 + 党委书记): the post is of that body."""
    return text.endswith(_long_heads(rules), 0, post.title[0])


@per_rules
def _long_heads(rules: RuleSet) -> tuple[str, ...]:
    """The head words of ``orgs/suffixes`` of two characters or more, but a company's written alone (公司,
    集团: ``posts/words`` company-ref, the company the article names)."""
    refs = _post_words(rules)["company-ref"]
    return tuple(w for w in org_rules(rules).suffixes if len(w) >= 2 and w not in refs)


def _inherit(
    post: Post, named: list[tuple[int, str, str, str]], companies: list[str], text: str, rules: RuleSet
) -> Post:
    """A post with no organisation takes that of the same post named earlier in the article.

    ``受漳州市人大常委会主任委托, 副主任张三主持会议``: the 副主任 is of the body whose 主任 was named.
    ``named`` holds (view end, post without 副, organisation, holder) of the titles written with their
    organisation before the post, nearest last. A company officer (董事长, 总裁) with no company
    written is an officer of the company the article named last before it (``companies``), first of
    all when the title says 公司 (a notice's own company). A post of which an article names many
    (``many``: 部长, 大使) inherits nothing.
    """
    officer = _officer(post.role, rules)  # (财务总监: an occupation, a company's)
    if post.organization is not None or not (post.core or officer):
        return post
    if post.company_ref and companies:
        return replace(post, organization=_company_referred(post, text, companies, rules) + post.company_body,
                       how="inherited")
    if post.company_ref or post.school_ref or _after_unnamed_body(post, text, rules):
        return post  # 公司党委副书记 with no company named: of none of the bodies named before
    base = _served(post.role, rules)
    words = _post_words(rules)
    if base in words["many"]:
        return post  # an article names many ministries and states: 部长 alone is none of them
    # (纪委书记 after a 党委书记 named: not the 党委's; a party body the title writes is the body's)
    party = text[post.title[0]:post.title[1]].removesuffix(post.role)
    party = party if _party_body(party, rules) else ""
    for _, role, org, _ in reversed(named):
        if role == base and org.endswith(party):
            return replace(post, organization=org, how="inherited")
    if companies and _officer(post.role, rules):
        return replace(post, organization=companies[-1], how="inherited")
    return post



_GROUP = "集团"


def _company_referred(post: Post, text: str, companies: list[str], rules: RuleSet) -> str:
    """The company a post's 公司 or 集团 refers to: the first the article named whose name ends so, its
    own (公司总经理 after 吉林市电力器材有限公司 … 一汽集团的一家工厂: the 有限公司; 交投集团与环保集团 …
    集团董事长: 交投集团), the last so named after 该 (``company-anaphor``: 该集团), else the last named."""
    at = post.org_span[0] if post.org_span is not None else -1
    ref = next((w for w in _post_words(rules)["company-ref"] if text.startswith(w, at)), "")
    kind = _GROUP if _GROUP in ref else ref[-2:]  # (集团公司 is a group's word for itself)
    order = companies[::-1] if not ref or ref in _post_words(rules)["company-anaphor"] else companies
    return next((c for c in order if kind and kind in c[-6:]), companies[-1])


def carried(post: Post, named: list[tuple[int, str, str, str]], lo: int, rules: RuleSet,
            staff: bool = False) -> Post:
    """A post written with no body of its own takes the body of its clause's neighbour in the sentence.

    ``X当选为市人大常委会主任，李强、张伟当选为副主任，刘洋当选为秘书长``: the 副主任 are of the body whose
    主任 was named before them in the sentence, with ``staff`` (clauses of an appointment) the 秘书长 (a
    body's staff) of the body named last; ``青山市人民政府市长X，副市长Y``: the 副市长 is of 青山市's
    government, not of the one the post implies (the publisher's city). ``named`` as for :func:`_inherit`;
    ``lo`` is where the sentence starts. A post of which an article names many (部长) takes none.
    """
    if not post.core or post.org_span is not None \
            or (post.organization is not None and post.how != "implied"):
        return post
    base = _served(post.role, rules)
    if base in _post_words(rules)["many"]:
        return post
    before = [n for n in named if lo <= n[0] <= post.title[0]]
    for _, role, org, _ in reversed(before):
        if role == base and org != post.organization and (
                post.organization is None or _same_kind(org, post.organization, rules)):
            return replace(post, organization=org, how="inherited")
    if staff and before and post.organization is None and _bare(post.role) in _staff(rules):
        return replace(post, organization=before[-1][2], how="inherited")
    return post


_DATELINE_STOP = re.compile(r"[,，。;；:：()（）\[\]【】《》“”\"、\s]")
_MAX_DATELINE = 24


def _minister_of_list(text: str, post: Post, shared: tuple[int, list[Post]], ctx: Context) -> Post:
    """A minister in a list whose first item names a foreign state's ministry holds a ministry of that
    state: 马耳他财政部长A、旅游部长B及工业部长C (B: 马耳他旅游部; the department's name shares its 部
    with 部长). ``shared`` is where the name before ends and its posts."""
    prev_end, prev = shared
    org = prev[-1].organization
    if post.role != "部长" or not org or not org.endswith("部"):
        return post
    state = next((org[:n] for n in range(len(org) - 1, 1, -1) if _is_country(org[:n], ctx, foreign=True)),
                 None)
    joins = alternation(post_words(rules_of(ctx))["join"])
    m = re.fullmatch(f"(?:{joins})([\u4e00-\u9fff]{{1,6}})", text[prev_end:post.title[0]])
    if state is None or m is None:
        return post
    dept = prev_end + m.start(1)
    return replace(post, title=(dept, post.title[1]), organization=state + m.group(1) + "部",
                   org_span=(dept, post.title[0] + 1), how="written")


def _of_dateline(post: Post, text: str, lo: int, by_end, ctx: Context) -> Post:
    """An occupation with no organisation written right after the dateline that opens its sentence is
    of the dateline's paper or agency: ``本报北京1月1日讯记者张三报道`` (本报: the publisher),
    ``新华社北京1月1日电记者李四`` (the organisation the dateline starts with). A byline in brackets
    (``电（记者李四）``) names none, nor an honour (``电中国科学院院士，…``: ``titles/honours``)."""
    if post.organization is not None or post.core or post.role in _honours(rules_of(ctx)):
        return post
    words = _post_words(rules_of(ctx))
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


def _twins(role: str, rules: RuleSet) -> tuple[str, ...]:
    """The other titles of one minister's post (``minister-short``: 外长 and 部长 of a 外交部)."""
    short = _post_words(rules)["minister-short"]
    return short if role == "部长" else ("部长",) if role in short else ()


def _inner_body(text: str, post: Post, rules: RuleSet) -> str:
    """The body a title names inside the body the chain is about (党组成员, 党组书记: 党组), else ''."""
    org = roles(rules).get(text[post.title[0]:post.title[1]], Role("", "", False)).org
    return org.removeprefix("{上级}") if org.startswith("{上级}") and "{" not in org[4:] else ""


def _own_group(posts: list[Post], text: str, rules: RuleSet) -> list[Post]:
    """A post of a body's own party group written alone (党组成员, 党组副书记: ``_inner_body``; not
    村党支部书记) right before a post of the same chain that has a body is of that body's party group
    (党组成员、副检察长X after the 检察院's head: X检察院党组)."""
    out = list(posts)
    for k in range(len(out) - 1):
        post, nxt = out[k], out[k + 1]
        own = _inner_body(text, post, rules)
        if own and post.organization is None and nxt.organization is not None \
                and not is_han(text[post.title[0] - 1:post.title[0]] or "，") \
                and not nxt.organization.endswith(_PARTY_BODIES) and text[post.title[1]:nxt.title[0]] == "、":
            out[k] = replace(post, organization=nxt.organization + own, how="inherited")
    return out


# what separates the items of a list of people with their posts (副主席A、B及秘书长C)
_LIST_MARKS = frozenset((*",，、;；和及", "以及"))


def _list_mark(gap: str, rules: RuleSet) -> bool:
    """Whether ``gap``, the text between a name and the title of the next, is a mark of their list, perhaps
    after a form of address on the name (``posts/words`` address: 副会长张三先生、李四先生，秘书长王五)."""
    address = next((w for w in post_words(rules)["address"] if gap.startswith(w)), "")
    return gap[len(address):] in _LIST_MARKS
# a note on a post in brackets between the title and the name (副市长（挂职）李强, 副县长（正处级）周密),
# or on the order of the names after it (执行主席（按姓氏笔画为序）：A、B)
_POST_NOTE = re.compile(r"[(（](?:[^()（）,，。、\d０-９]{1,6}|[按以][^()（）,，。、]{2,10})[)）][:：]?$")
# a note in brackets right after a name of a list (张三（女）、李四; 张三(满族)、李四)
_NAME_NOTE = re.compile(r"[(（][^()（）,，。、\d]{1,4}[)）]")
# the words between a post and the list of its holders named after it (执行主席还有：A、B; 执行主席由A、B担任;
# 会长为A，副会长为B、C; 副会长有3位，分别是A、B、C: a count of them before)
_HOLDERS = re.compile(r"(?:的?(?:(?:还有|有)(?:[0-9０-９一二两三四五六七八九十]+[位名人][,，]?)?"
                      r"(?:分别是|分别为)?|是|分别是|分别为)[:：]?|由|为|[:：])$")
# 为 alone links a post to its holder only when the name ends its clause or an item of its list (会长为A，;
# not 市长为A颁奖: for A)
_AS = "为"
_HOLDER_ENDS = frozenset("，,、;；。\n等")
_TOWN_AFTER = "由在对向与和及经为从将被"  # prepositions a town's name may follow (会议由X镇镇长主持)
_DEICTIC_TOWN = frozenset("该本此全我各")  # 该镇, 本镇: a town pointed at, not named


# a town's body by its full name (中共青山镇委员会, 青山镇人民政府, 青山镇人民代表大会): group town
_TOWN_BODY = re.compile(r"^(?:中共)?(?P<town>[\u4e00-\u9fff]{1,6}?[镇乡])"
                        r"(?:委员会|人民政府|人民代表大会|纪律检查委员会)")


def _towns_of(posts: list[Post], person: Mention) -> list[Mention]:
    """The towns the bodies of ``person``'s posts name (青山镇党委书记: 青山镇), as mentions ending where the
    person does: the town a later 镇长 or 副镇长 with no town written is of (one the gazetteer does not
    know is no place mention)."""
    found = (_TOWN_BODY.match(p.organization or "") for p in posts)
    return [Mention(person.end, person.end, "LOC", "", rule="post:town", key=m.group("town"))
            for m in found if m is not None]


def _town_body(post: Post, ctx: Context) -> Post:
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


_STREET = "街道"


def _of_street(post: Post, text: str, streets: list[Mention], ctx: Context) -> Post:
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
    if post.organization is None and text.endswith(_STREET, 0, start):
        written = text[start:post.org_span[1]] if post.org_span is not None else ""
        party = _place_party(name, post.role, rules_of(ctx), written)
        return post if party is None else replace(post, organization=party, how="inherited")
    body = (post.organization or "").removeprefix(_STREET)
    if post.organization not in _post_words(rules_of(ctx))["street-body"]:
        return post
    return replace(post, organization=_canonical(name + body, ctx), how="inherited")


def _zone_of(name: str, zones: tuple[str, ...]) -> str | None:
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


def _zone_party_of(post: Post, rules: RuleSet) -> str | None:
    """The development zone whose party working committee holds ``post`` (中共X经济开发区工作委员会,
    X开发区党工委), else None."""
    org = post.organization or ""
    if not org.endswith(("工作委员会", "党工委")):
        return None
    return _zone_of(org, org_rules(rules).zones)


def _of_zone(post: Post, zones: list[str], ctx: Context) -> Post:
    """A zone's body written alone (党工委, 管委会: orgs/name-parts ``zone-body``) is of the development
    zone the article named last before the post (``zones``), else of the publisher when it is a zone (a
    zone's own site: 区党工委副书记、管委会主任), keyed by its full name (中共X工作委员会, X管理委员会);
    with none, as written."""
    words = org_rules(rules_of(ctx))
    if post.organization not in words.zone_bodies or not post.core:
        return post
    zone = zones[-1] if zones else _zone_of(ctx.publisher or "", words.zones)
    if zone is None:
        return post
    return replace(post, organization=_canonical(zone + post.organization, ctx), how="inherited")


# a town written right after a word of going to it or being in it (赴港门镇督导, 来到麦市镇), which the NER
# may not know: two or three characters and the unit, no unit word after it (在该镇镇长…)
_TOWN_GONE_TO = re.compile(r"(?:赴|到|在|走进|深入|前往|抵达)([\u4e00-\u9fff]{2,3}?[镇乡])(?![镇乡党政人])")
# ... and a street (到人和路街道视察)
_STREET_GONE_TO = re.compile(r"(?:赴|到|在|走进|深入|前往|抵达)([\u4e00-\u9fff]{2,4}?街道)(?![党办人])")


@per_rules
def _town_subject(rules: RuleSet) -> re.Pattern[str]:
    """A town the NER may not know opening a clause as its subject (西王镇召开, 港口镇党政班子成员:
    ``town-subject`` words after it), two or three characters and the unit."""
    return _subject_pattern(rules, "{2,3}?[镇乡]")


@per_rules
def _street_subject(rules: RuleSet) -> re.Pattern[str]:
    """A street opening a clause as its subject (广中路街道召开), as :func:`_town_subject` reads a town."""
    return _subject_pattern(rules, "{2,4}?" + _STREET)


def _subject_pattern(rules: RuleSet, unit: str) -> re.Pattern[str]:
    after = alternation(_post_words(rules)["town-subject"])
    name = rf"[^\W\d_a-zA-Z{_TOWN_AFTER}]"  # a Chinese character, no preposition (会议由 + 镇党委)
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
        if (start, end) in found or name[0] in _DEICTIC_TOWN or name[:-1] in _post_words(rules)["not-town"]:
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


def _of_town(post: Post, towns: list[Mention], ctx: Context) -> Post:
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


def _of_town_party(post: Post, text: str, towns: list[Mention], ctx: Context) -> Post:
    """A party committee's post written with no place (党委书记, 党委副书记) in a sentence that names a town
    before it (``towns``: 兴旺寨乡召开人代会，党委书记X主持) is of that town's party committee, as 乡党委书记
    would be."""
    if post.organization is not None or not post.core or not towns:
        return post
    body = text[post.title[0]:post.title[1]].removesuffix(post.role)
    if body != _TOWN_PARTY:
        return post
    town = max(towns, key=lambda m: m.end)
    name = town.key or town.text
    unit = next((u for u in place_names(rules_of(ctx)).township_levels if name.endswith(u)), None)
    if unit is None:
        return post
    template = org_names(rules_of(ctx))[unit + _TOWN_PARTY][0]
    return replace(post, organization=template.replace("{" + unit + "}", name), how="inherited")


_TOWN_PARTY = "党委"
_PARTY_HEAD = "书记"  # the post of a party committee's secretary and deputies (副书记)


def _neighbours_school(found: list[_Held], lo: int, companies: list[str], rules: RuleSet) -> str | None:
    """The school or company whose post, itself (not its party body's), was the last found in the sentence
    from view offset ``lo`` (``found``: the posts found so far), else None."""
    org = next((h.org for h in reversed(found) if h.end >= lo), None)
    if org is None or not (_school_of(org, rules) == org or org in companies):
        return None
    return org


#: what a body's name may open with before its place (中共湖南省委员会, 政协福建省第八届委员会)
_BODY_LEAD = re.compile("^(?:中国共产党|中共|中国人民政治协商会议|政协)")


@lru_cache(maxsize=2)
def _sessions(text: str) -> tuple[tuple[int, int, str], ...]:
    """The sessions a text names (:data:`_SESSION_NAME`), as (start, end, name): read once per text, for
    :func:`_places_named` is asked for every post."""
    return tuple((m.start(), m.end(), m.group()) for m in _session_names(text))


#: kinds of orgs/suffixes whose names open with a place the article's level-only bodies are not of (南京师范
#: 大学 signing with 连云港市人民政府: 市长X is not of 南京)
_VISITING_KINDS = frozenset({"school", "research"})


def _places_named(text: str, lo: int, hi: int, by_end, held: list[_Held], ctx: Context) -> list[str]:
    """The places of the gazetteer a sentence names between ``lo`` and ``hi``, in order: its place
    mentions and the places at the head of the bodies of the posts found there (湖南省委书记X: 湖南省), of
    its organisations' names and of a session's name (中共四川省第七届委员会, 福建省第九届人民代表大会第一次
    会议…选举X为省长: 福建省)."""
    places = gazetteer(rules_of(ctx))
    found = [(m.end, m.key or m.text) for ms in by_end.values() for m in ms
             if m.type == "LOC" and lo <= m.start and m.end <= hi]
    rules = rules_of(ctx)
    bodies = [(m.end, m.key or m.text) for ms in by_end.values() for m in ms
              if m.type == "ORG" and lo <= m.start and m.end <= hi
              and body_kind(m.key or m.text, rules) not in _VISITING_KINDS]
    bodies += [(end, name) for start, end, name in _sessions(text) if lo <= start and end <= hi]
    for end, org in [*((h.end, h.org) for h in held), *bodies]:
        if lo <= end <= hi:
            name = _BODY_LEAD.sub("", org)
            head = next((places.lookup(name[:n]) for n in range(min(len(name), places.max_len), 1, -1)
                         if name[:n] in places.by_name), None)
            if head is not None:
                found.append((end, head.name))
    return [name for _, name in sorted(found)]


def sentence_placed(post: Post, text: str, lo: int, by_end, ctx: Context) -> Post:
    """``post`` with a body written by its level alone that the home place does not fill placed where the
    text from view offset ``lo`` names a place of that level last before it (:func:`_of_sentence_place`):
    the posts an appointment's clause reads (中共四川省第七届委员会…选举X为省委书记)."""
    return _of_sentence_place(post, _places_named(text, lo, post.title[0], by_end, [], ctx), ctx)


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
    placed = _of_sentence_place(replace(post, organization=written),
                                _places_named(text, lo, post.title[0], by_end, [], ctx), ctx)
    return post if placed.organization == written else placed


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
    words, served = _post_words(rules_of(ctx)), _served(post.role, rules_of(ctx))
    plenary = next(_PLENARY.finditer(text, lo, at), None)
    if plenary is not None and served in words["party-elected"]:
        place = _session_place(plenary.group("place"), ctx)
        return replace(post, organization=f"{_CPC}{place}委员会", how="inherited") if place else post
    session = next(_session_names(text, lo, at), None)
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
    f"(?:中国共产党|中共)(?P<place>[\u4e00-\u9fff]{{1,10}}?)(?:第?{_NUMBER}届委员会|委第?{_NUMBER}届)"
    f"第?{_NUMBER}次(?:全体会议|全会)")
_CPPCC_NAME = "中国人民政治协商会议"


def _of_department_named(post: Post, found: list[_Held], listed_after: list[Post], rules: RuleSet) -> Post:
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


def _chain_of_ref(posts: list[Post], text: str, rules: RuleSet) -> list[Post]:
    """The posts of a chain opened by a company's word for itself (集团党委书记、董事长X; 集团董事、党委副书记
    Y): each later one with no body written, an officer's (董事长) or a party body's (党委副书记), is of the
    company the first was given (``company-ref``), not of the company named last."""
    head = next((p for p in posts if p.company_ref and p.organization is not None), None)
    if head is None or head.organization is None:
        return posts
    company = head.organization.removesuffix(head.company_body)
    parties = _post_words(rules)["company-body"]
    out: list[Post] = []
    for post in posts:
        body = text[post.title[0]:post.title[1]].removesuffix(post.role)
        unwritten = post.organization is None or post.org_span is None and post.how != "written"
        if post.title[0] > head.title[0] and unwritten and not post.company_ref \
                and (body in parties or not body and _officer(post.role, rules)):
            post = replace(post, organization=company + body, how="inherited")
        out.append(post)
    return out


def _deputy_of_listed(post: Post, before: list[_Held], rules: RuleSet) -> Post:
    """A deputy's post with no body (副书记), in the sentence of another person's post it is the deputy of
    (``before``: the posts found there, in order: 我院党委书记A、副院长B、副书记C), is of that post's body."""
    if post.organization is not None or not post.core or not post.role.startswith(_DEPUTY):
        return post
    base = _served(post.role, rules)
    org = next((h.org for h in reversed(before) if h.role == base), None)
    return post if org is None else replace(post, organization=org, how="inherited")


_DEPUTY = "副"


def _of_party_committee(post: Post, rules: RuleSet) -> Post:
    """A party secretary's post (书记, 副书记) given a school, a hospital, a company or an institute itself
    (青山大学王琪书记, 青山医院书记X) is of its party committee (青山大学党委): such a body's secretary heads
    its committee, not the body."""
    if post.organization is None or _served(post.role, rules) != _PARTY_HEAD \
            or body_kind(post.organization, rules) not in _PARTY_RUN:
        return post
    return replace(post, organization=post.organization + _TOWN_PARTY)


def _of_central_committee(post: Post, ctx: Context) -> Post:
    """A party's 总书记 (``central-head``) given the party itself (越南共产党总书记) is of its central
    committee when ``orgs/national`` names one for it (越南共产党中央: 越南共产党中央委员会)."""
    org = post.organization
    if org is None or post.role not in _post_words(rules_of(ctx))["central-head"] \
            or not org.endswith(_PARTY):
        return post
    central = _canonical(org + _CENTRAL, ctx)
    return replace(post, organization=central) if central and central != org + _CENTRAL else post


_PARTY, _CENTRAL = "党", "中央"


# the kinds of bodies (orgs/suffixes) whose secretary is their party committee's: schools, hospitals ...
_PARTY_RUN = frozenset({"school", "hospital", "company", "research"})


def _listed_officer(post: Post, listed_after: list[Post], text: str, rules: RuleSet) -> Post:
    """A company officer's post with no company written (总经理B), listed right after a person whose officer's
    post names one (``listed_after``: 集团董事长A、总经理B) or whose post is of the company's party body
    (集团党委书记A，纪委书记B，董事C: 集团纪委), is of that company, not of the last named; not one written
    after a company's own page's word for its company (集团公司副总经理C after a guest: ``company-self``)."""
    if post.organization is not None or not _officer(post.role, rules) or post.org_span is not None \
            and text.startswith(tuple(_post_words(rules)["company-self"]), post.org_span[0]):
        return post
    company = next((p.organization for p in reversed(listed_after)
                    if p.organization is not None and _officer(p.role, rules)), None) \
        or next(iter(_party_holders(listed_after[-1:], rules)), None)
    return post if company is None else replace(post, organization=company, how="inherited")


def _of_sentence_place(post: Post, places: list[str], ctx: Context) -> Post:
    """A body written by its level alone that the publisher's home place does not fill (省委, 省政府 in a
    paper of no province) is of the place of that level its sentence named last before it:
    湖南省委书记X、省长Y (湖南省人民政府), 河北省召开会议，省委书记Z (中共河北省委员会); its party group
    or committee too (县人大常委会党组: 甘谷县人民代表大会常务委员会党组)."""
    org, names = post.organization or "", org_names(rules_of(ctx))
    party = next((b for b in _PARTY_BODIES if org.endswith(b) and org[:-len(b)] in names), "")
    template = names.get(org.removesuffix(party) if party else org, ("", ""))[0] \
        or _level_department(org, names)
    unit = next((u for u in _HOME_UNITS if "{" + u + "}" in template), None)
    if unit is None or unit in place_names(rules_of(ctx)).township_levels:
        return post
    place = next((p for p in reversed(places)
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


def _abroad(mentions: list[Mention], ctx: Context) -> frozenset[str]:
    """The places of ``mentions`` abroad: the gazetteer's foreign states and cities and the foreign cities
    it lacks, read after their country (日本大分市). None has the bodies a level's short name implies (市长
    of a Chinese name after 日本大分市 is no mayor of 大分市人民政府)."""
    places = gazetteer(rules_of(ctx))
    names = {m.key or m.text for m in mentions if m.type == "LOC"}
    known = {n for n in names if (found := places.lookup(n)) is not None and found.level in _ABROAD}
    return frozenset(known | {m.key or m.text for m in mentions if m.rule == FOREIGN_CITY_RULE})


def _of_list_place(post: Post, text: str, before: list[tuple[str, str]], ctx: Context,
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
    head = _head_places(written, ctx)
    for unit in ("自治区", "省", "市", "区", "县"):
        home = _home(unit, ctx)
        if home is None or home not in org or home[:2] in written \
                or head and (ctx.place or "").endswith(head):  # (西城区委书记 in a paper of 北京市西城区)
            continue
        for _, other in before:
            head = _head_places(other.removeprefix("中共"), ctx)
            if head.endswith(unit) and not home.endswith(head) and not head.endswith(home) \
                    and not (unit == "区" and head.endswith("自治区")):
                moved = org.replace(home, head, 1)
                if (post.role, moved) in before:
                    return post
                return replace(post, organization=moved, how="inherited")
    return post


def _head_places(name: str, ctx: Context) -> str:
    """The places of the gazetteer written one after another at the head of an organisation's name
    (广州市天河区 of 广州市天河区委员会, 黄山市 of 黄山市人民政府), as written; '' when none."""
    return _places_at_head(name, rules_of(ctx))


def _places_at_head(name: str, rules: RuleSet) -> str:
    """:func:`_head_places` with a rule set."""
    places = gazetteer(rules)
    at = 0
    while True:
        n = next((n for n in range(min(len(name) - at, places.max_len), 1, -1)
                  if name[at:at + n] in places.by_name), 0)
        if not n:
            return name[:at]
        at += n


def _provinces(view: View, mentions: list[Mention], ctx: Context) -> list[tuple[int, int, int, str]]:
    """(view start, view end, start, province) of each mention of a province of the gazetteer, read once an
    article for :func:`_provinces_named`: place mentions, and the place an organisation's name starts with
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


def _provinces_named(provinces: list[tuple[int, int, int, str]], lo: int, hi: int) -> list[str]:
    """The provinces of the gazetteer written between view offsets ``lo`` and ``hi``, in order (of
    :func:`_provinces`)."""
    return [name for _, name in sorted((start, name) for a, b, start, name in provinces
                                       if lo <= a and b <= hi)]


def _titled_province(province: str, text: str, lo: int, hi: int, rules: RuleSet) -> bool:
    """Whether ``province`` is written between view offsets ``lo`` and ``hi`` only right before a post's
    title (福建省副省长X: a guest's post, not the province the section reports on)."""
    ats = [m.end() for m in re.finditer(re.escape(province), text[lo:hi])]
    return bool(ats) and all(_role_at(text, lo + e, hi, rules) is not None for e in ats)


def _section_start(text: str, at: int) -> int:
    """Where the section of view offset ``at`` starts: after the last heading line before it (a line of a
    few characters with no punctuation: 四川, 安徽 in a report of several provinces), else where its
    paragraph starts."""
    heading = None
    for m in _HEADING.finditer(text, 0, at):
        heading = m.end()
    return heading if heading is not None else text.rfind("\n", 0, at) + 1


# a heading line: up to eight Chinese characters alone on a line
_HEADING = re.compile(r"(?m)^[\u4e00-\u9fff]{1,8}\n")
# provinces with no body of the mainland's (a Taiwan affairs office is 中共X省委's, not 台湾省's)
_NO_BODIES = frozenset({"台湾省"})


#: what a clause opens after (a sentence's start, a comma, a colon)
_CLAUSE_OPENERS = "，,：:；;。\n"
_CITY = "市"


def _of_subject_city(post: Post, art: Reading, at: _Person) -> Post:
    """A city's body the home place filled (市政府副秘书长 in a page whose home is 张家口市) is of the city
    that opens a clause of the post's sentence before it as its subject (天津组建了以市政府副秘书长X为团长的
    慰问团: 天津市人民政府), when that is another city and the sentence does not name the home city."""
    ctx, text = art.ctx, art.text
    home = _home(_CITY, ctx)
    org = post.organization or ""
    start = post.title[0]
    if home is None or home not in org or home[:2] in text[at.sent[0]:post.title[1]]:
        return post
    places = gazetteer(art.rules)
    subject = None
    for end, ms in art.by_end.items():
        for m in ms:
            first = art.view.to_view(m.start)
            if m.type != "LOC" or not at.sent[0] <= first < end <= start \
                    or first > at.sent[0] and text[first - 1] not in _CLAUSE_OPENERS:
                continue
            place = places.lookup(m.key or m.text)
            if place is not None and place.name.endswith(_CITY) and place.level in CITY_LEVELS \
                    and (subject is None or first > subject[0]):
                subject = (first, place.name)
    if subject is None or subject[1] == home:
        return post
    return replace(post, organization=org.replace(home, subject[1], 1), how="inherited")


def _of_paragraph_province(post: Post, text: str, provinces: list[str], ctx: Context) -> Post:
    """A province's body the home place filled (省委书记 in a page whose home is 哈尔滨市: 中共黑龙江省委员会)
    is of the province its section named last before the post when that is another one (a report of
    several provinces, each in its own section: 四川 / 四川省党政领导…省委书记X), unless the title writes
    the home province's name."""
    home = _home("省", ctx)
    org = post.organization or ""
    if home is None or home not in org:
        return post
    place = gazetteer(rules_of(ctx)).lookup(home)
    written = text[post.title[0]:post.title[1]]
    if place is None or any(n in written for n in (place.name, *place.short)):
        return post
    other = next((p for p in reversed(provinces) if p.endswith("省") and p not in _NO_BODIES), home)
    return replace(post, organization=org.replace(home, other)) if other != home else post


_PARLIAMENT = "议会"


def _of_parliament(post: Post, parliaments: list[str], ctx: Context) -> Post:
    """A speaker written after a foreign state (伊拉克议长) holds the post in the state's parliament: the one
    the article names (伊拉克国民议会: ``parliaments``, the organisations ending in a legislature's head word
    of orgs/suffixes), else the state's 议会 (爱沙尼亚议长 -> 爱沙尼亚议会: a speaker is no state's). A
    speaker written after a city, a county or a province (棉兰市议长, 台北市副议长: China's divisions have
    none, their congresses have chairmen) is of its council (棉兰市议会)."""
    state = post.organization
    if post.role not in _post_words(rules_of(ctx))["speaker"] or state is None:
        return post
    if not _is_country(state, ctx, foreign=True):
        local = state.endswith(_post_words(rules_of(ctx))["council-level"]) and is_han(state) \
            and not body_kind(state, rules_of(ctx))
        return replace(post, organization=state + _PARLIAMENT, how="inherited") if local else post
    name = gazetteer(rules_of(ctx)).lookup(state).name  # type: ignore[union-attr]
    found = next((p for p in parliaments if p.startswith((state, name)) and p not in (state, name)), None)
    return replace(post, organization=found if found is not None else state + _PARLIAMENT, how="inherited")


def of_short_state(post: Post, text: str, rules: RuleSet) -> Post:
    """A post of a legislature written after its state's one-character name (巴参议院议员X, 澳众院议长Y) is of
    the legislature of the one state the article names in full that starts with it (巴基斯坦参议院,
    澳大利亚众议院)."""
    body = post.organization or ""
    chamber = body[1:]
    if body[:1] not in _states_by_first(rules) \
            or chamber not in org_rules(rules).suffixes and chamber not in org_rules(rules).forms:
        return post  # (the chamber's word alone after the state's one character: not 爱沙尼亚议会)
    named = {state for name, state in _states_by_first(rules)[body[0]] if name in text}
    full = org_rules(rules).canonical(named.pop() + chamber, None) if len(named) == 1 else ""
    # (澳众院: orgs/forms writes the chamber's full name, 澳大利亚众议院)
    return replace(post, organization=full) if body_kind(full, rules) == _LEGISLATURE_KIND else post


_LEGISLATURE_KIND = "legislature"


def named_in_its_time(org: str | None, date: str | None, rules: RuleSet) -> str | None:
    """``org`` by its name of ``date`` (``orgs/eras``: 中共太岳地区委员会 in 1938 -> 中共太岳地方委员会), as
    kg keys it today when no date or a later one."""
    if org is None or not date:
        return org
    return next((org[:-len(now)] + then for now, then, until in _eras(rules)
                 if org.endswith(now) and date < until), org)


@per_rules
def _eras(rules: RuleSet) -> tuple[tuple[str, str, str], ...]:
    """The rows of ``orgs/eras``: (ending today, ending before the date, date)."""
    return tuple((r.fields[0], r.fields[1], r.fields[2]) for r in rules.table("orgs/eras").checked(3, 3))
_CHINA = "中华人民共和国"
_CPC = "中国共产党"
_MEMBER, _STANDING_BODY, _STANDING_MEMBER = "委员", "常务委员会", "常委"


@per_rules
def _surnames(rules: RuleSet) -> frozenset[str]:
    return frozenset(rules.lexicon("people/surnames").entries)


def _chinese_shaped(name: str, rules: RuleSet) -> bool:
    """Whether ``name`` has the shape of a Chinese name: a surname (people/surnames) and one or two
    characters, a compound surname and one or two (a transliterated name mostly has not: 切尔诺梅尔金), or a
    surname alone (周总理)."""
    surnames = _surnames(rules)
    return is_han(name) and ((1 <= len(name) <= 3 and name[0] in surnames)
                             or (3 <= len(name) <= 4 and name[:2] in surnames))


#: how a state's or province's name ends (车臣共和国, 巴厘省): right before a post, it names the post's body
_STATE_ENDS = ("国", "省", "州", "邦")


def _foreign_head(post: Post, text: str, places: list[str], subject: str | None, ctx: Context) -> Post:
    """A post implied in a body of China (总理, 副总理: 国务院) held by a name of no Chinese shape
    (切尔诺梅尔金总理, 副总理巴萨耶夫) is of the foreign state its sentence named last before it
    (``places``), else of the one foreign state the article names (``subject``), else a job title of no
    body known; so is a head of state's with no state written (``posts/words`` head: 总统奇卢巴); one
    implied in China's party (总书记: 中共中央) is a foreign party's, no body known."""
    if post.how == "implied" and (post.organization or "").startswith(_CPC):
        # 由总书记华金·阿尔穆尼亚率领的西班牙工人社会党代表团: a foreign party's post, not China's party's
        return replace(post, organization=None, how="unknown", core=False)
    state = next((p for p in reversed(places) if _is_country(p, ctx, foreign=True)), subject)
    if post.organization is None and _bare(post.role) in _post_words(rules_of(ctx))["head"] and state \
            and not text.endswith(_STATE_ENDS, 0, post.title[0]):
        # 赞比亚政府宣布，总统奇卢巴…: a head of state's post with no state written, of the state named (not
        # after a state's name the gazetteer does not know: 俄联邦车臣共和国 + 总统)
        return replace(post, organization=state, how="inherited")
    if post.how != "implied" or not (post.organization or "").startswith(_CHINA):
        return post
    if state is None:
        return replace(post, organization=None, how="unknown", core=False)
    return replace(post, organization=state, how="inherited")


@per_rules
def _leaders(rules: RuleSet) -> dict[str, str]:
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


def _of_leader(post: Post, name: str, rules: RuleSet) -> Post:
    """A head's post (总统, 主席, 总理: ``head``, ``state-head``, ``state-post``) whose body the text does
    not write, held by a head of another state (``posts/leaders``: 克林顿总统, 李显龙总理, 胡志明主席),
    is the leader's state's, not the body its title alone gives (国务院, 中华人民共和国) nor one named
    near it; a ministry the title alone gives is the state's (普里马科夫外长: 俄罗斯外交部), and another
    body of China's none (黎可漂总书记: no post of China's party)."""
    state = _leaders(rules).get(name)
    words = _post_words(rules)
    if state is None or post.how == "written":
        return post
    if _bare(post.role) in words["head"] + words["state-head"] + words["state-post"]:
        return replace(post, organization=state, how="inherited")
    body = (post.organization or "").removeprefix(_CHINA)
    if post.how != "implied" or not body:
        return post
    if body.endswith("部") and len(body) <= _MAX_MINISTRY:  # 普里马科夫外长: the state's 外交部
        return replace(post, organization=state + body, how="inherited")
    if post.organization.startswith((_CHINA, _CPC)):  # type: ignore[union-attr]
        return replace(post, organization=None, how="unknown", core=False)  # 黎可漂总书记: not China's party
    return post


def _foreign_city(post: Post, places: list[str], foreign: str | None, ctx: Context) -> Post:
    """A city's or province's government (长崎市人民政府 of 长崎市市长, 保和省人民政府) that the gazetteer,
    which knows every Chinese city and province, does not know, held by a foreign name or in an article
    about a foreign state (``foreign``: either), or in a sentence naming a foreign state before the post
    (``places``), is a foreign city's or province's: the post is the place's (it has no 人民政府)."""
    org = post.organization or ""
    city = org.removesuffix(_PEOPLES_GOVERNMENT)
    if city == org or not city.endswith(("市", "省")) or gazetteer(rules_of(ctx)).lookup(city) is not None \
            or not (foreign or any(_is_country(p, ctx, foreign=True) for p in places)):
        return post
    return replace(post, organization=city)


_PEOPLES_GOVERNMENT = "人民政府"
# a delegation led by the person named before it (由总书记X率领的Y代表团): Y follows
_LED = re.compile(r"(?:同志|先生|女士)?率领的")
_MAX_LED_BODY = 20


# a group written as its clause's subject, then 在 and the title of its head (巡查组 + 在 + 组长X带领下)
_GROUP_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:\n]))([\u4e00-\u9fff]{2,20}?[组团队])在$")
# ... and the words after the head's name (X带领下, X的带领下, X率领下)
_LED_BY = re.compile(r"(?:同志)?的?(?:带领|率领)下")
# the shortest name of such a group that tells it apart (县委巡察组; not 调研组, 督导组)
_NAMED_GROUP = 5


def _of_led_group(post: Post, text: str, name_end: int, ctx: Context) -> Post:
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
    level = _levels(rules_of(ctx)).home.match(name)
    home = _home(level.group(), ctx) if level is not None else None
    if level is not None and home is not None and _canonical(name, ctx) == name:
        name = home + name[level.end():]  # 省安委会… in a 河北省 paper: 河北省安委会…
    return replace(post, organization=_canonical(name, ctx) or name, how="written")


def _org_at(start: int, by_end, view: View) -> str | None:
    """The key of the longest organisation mention starting at view offset ``start`` (None when none)."""
    for end in range(min(len(view.text), start + _MAX_LED_BODY), start, -1):
        m = next((m for m in by_end.get(end, ()) if m.type == "ORG" and m.start == start), None)
        if m is not None:
            return m.key or m.text
    return None


def _bracket_aliases(text: str, view: View, mentions: list[Mention]) -> dict[str, str]:
    """Short names an article defines in brackets right after an organisation's full name
    (香港特别行政区政府驻上海经济贸易办事处（香港驻沪办）): short name -> the full name's key."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.type == "ORG" and (short := _ALIAS.match(text, view.to_view(m.end))) is not None:
            out.setdefault(short.group(1), m.key or m.text)
    return out


# a short name in brackets: two to ten Chinese characters
_ALIAS = re.compile(r"[(（]([\u4e00-\u9fff]{2,10})[)）]")


def _district_of_city(org: str, text: str, ctx: Context) -> str:
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


def _full_form(org: str, full_names: Iterable[str], rules: RuleSet) -> str:
    """The body an article names in full that ``org`` writes short, or ``org``: the one full name that
    ends as ``org`` does (its kind and the character before it: 挥+指挥部, 区+政府) and holds all of
    ``org``'s characters in order, the ones left out holding no place's level: 市应对疫情应急指挥部
    of 乐山市应对新型冠状病毒肺炎疫情应急指挥部, 山西省驻广州办事处 of 山西省人民政府驻广州办事处
    (not 市人大常委会 of 市梁园区人大常委会, nor 中共X区委员会 of 中共X区纪律检查委员会); a party body
    of it (X党组) too. A name that holds ``org`` whole (青山市教育局 of 市教育局, 中共X市委员会常务
    委员会) is another matter."""
    body = next((b for b in _PARTY_BODIES if org.endswith(b) and len(org) - len(b) >= _MIN_SHORT), "")
    base = org[:len(org) - len(body)] if body else org
    suffixes = org_rules(rules).suffixes  # the longest head word ``base`` ends in, looked up by its tails
    kind = next((k for k in range(len(base), 0, -1) if base[-k:] in suffixes), 2)
    tail = kind + 1
    if len(base) < _MIN_SHORT or len(base) <= tail or not is_han(base):
        return org
    # (a company's form may be the short name itself: 广东核电合营公司 of 广东核电合营有限公司)
    # (a body's name that opens with no place is no full name of another: 国际合作与交流处 is not that of a
    # school's 国际交流处, a unit of its own name)
    fulls = {f for f in full_names for form in _company_forms(f)
             if (len(form) > len(base) or form == base != f) and form[-tail:] == base[-tail:]
             and _shortens(base, form, form != f, rules) and (form != f or _places_at_head(f, rules))
             and _same_party(base, f)}
    return next(iter(fulls)) + body if len(fulls) == 1 else org


def in_full_named(org: str, full_names: Iterable[str], rules: RuleSet) -> str:
    """The one body the article names in full that a department or people's organisation written alone by
    its short name (``orgs/departments``: 作协, 侨联; no level, no place) is: the one whose name ends in that
    short name's full form (作协 -> 徐州市作家协会); else ``org``."""
    full = org_rules(rules).departments.get(org)
    named = {n for n in full_names if full is not None and n.endswith(full) and n != full}
    return next(iter(named)) if len(named) == 1 else org


def _same_party(base: str, full: str) -> bool:
    """Whether a party's committee written short (中共 + 青田县委员会) may be a name of ``full``: only of the
    party's own (中共…, 中国共产党…), not of the Youth League's (中国共产主义青年团青田县委员会 holds
    中共青田县委员会's characters in order)."""
    return not base.startswith(_CPC_SHORT) or full.startswith((_CPC_SHORT, _CPC))


_CPC_SHORT = "中共"


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


def subject_state(mentions: list[Mention], ctx: Context) -> str | None:
    """The foreign state an article is about: the only one it names, as a place or at the start of an
    organisation's name (塔吉克斯坦民族和解委员会); None when it names several or none."""
    places = gazetteer(rules_of(ctx))
    states: dict[str, str] = {}  # the gazetteer's name -> the name as written first
    for m in sorted(mentions, key=lambda m: m.start):
        name = m.key or m.text
        if m.type == "ORG":
            name = next((name[:n] for n in range(min(len(name) - 1, places.max_len), 1, -1)
                         if _is_country(name[:n], ctx, foreign=True)), "")
        if m.type in ("LOC", "ORG") and name and _is_country(name, ctx, foreign=True):
            states.setdefault(places.lookup(name).name, name)  # type: ignore[union-attr]
    return next(iter(states.values())) if len(states) == 1 else None


def companies_named(view: View, mentions: list[Mention], ctx: Context,
                    named: list[tuple[int, str, str, str]] | None = None) -> list[tuple[int, str]]:
    """(view end, name) of the companies an article names, in order: its company mentions (and listed
    companies' short names), the companies of the posts written with them (``named``: 方大集团董事X),
    and first the publisher when it is a company (a company's own notice: 公司董事 are its officers)."""
    company = _grammar(rules_of(ctx)).company
    out = {(view.to_view(m.end), m.key or m.text) for m in mentions
           if m.type == "ORG" and (company.search(m.key or m.text) or m.rule == "orgs.listed")}
    # 福寿园国际集团董事局: a company's board names the company
    out |= {(view.to_view(m.end), name) for m in mentions
            if m.type == "ORG" and (name := _board_of(m.key or m.text, rules_of(ctx))) is not None}
    word_after = _grammar(rules_of(ctx)).company_word
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
    board = next((b for b in _post_words(rules)["board"] if name.endswith(b)), "")
    company = name.removesuffix(board)
    return company if board and _grammar(rules).company.search(company) else None


# a publisher written as its web address (ycinvest.cn, www.haijing-tj.com)
_ADDRESS = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
#: the domain of China's government sites: a bureau's, a street's or a county's page is no one body its bare
#: party body (局党委, 工委) is of, as a company's or an association's is
_GOVERNMENT_SITES = ".gov.cn"
# how a publisher's name may end when it is an organisation's own website (徽商集团网, X公司官网)
_SITE = re.compile(r"(?:官网|网站|网)$")
# ... the words that name nothing but a body's own website (X处网站; not a portal's 网: 中国法院网)
_OWN_SITE = re.compile(r"(?:官网|网站)$")


def company_officer(post: Post, companies: list[tuple[int, str]], at: int, rules: RuleSet) -> Post:
    """A company officer's post with no company written (公司总经理, 董事), in a list of posts read at view
    offset ``at``: of the company the article named last before it (``companies_named``)."""
    before = [name for end, name in companies if end <= at]
    if post.organization is not None or not before \
            or not (_officer(post.role, rules) or post.company_body):
        return post
    return replace(post, organization=before[-1] + post.company_body, how="inherited")


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
                out.append((post.title[1], _served(post.role, rules_of(ctx)), post.organization,
                            names.get(m.end, "")))
    return sorted(set(out))


def _level_in_title(post: Post, text: str) -> bool:
    """Whether a post's body implied by its title is named by the level the title is written with
    (自治区主席: the region's government, as 自治区人民政府主席 writes it; not 省长 alone)."""
    return post.how == "implied" and text[post.title[0]:post.title[1]].removesuffix(post.role) in _HOME_UNITS


_OF = "的"


def _relative_chain(text: str, end: int, lo: int, by_end, ctx: Context) -> list[Post]:
    """The posts of a relative clause ending at view offset ``end`` (a 的 before a name) and opened by a
    ``relative`` verb right before its title chain (担任公司董事会秘书的李明, 现任副总经理的王强); a
    ``relative-former`` verb's are former posts (曾任市委书记的张三, 时任市长的李四). None without such a
    verb."""
    posts = parse_chain(text, end, lo, by_end, ctx)
    if not posts:
        return []
    words = _post_words(rules_of(ctx))
    opening = text[max(lo, posts[0].title[0] - 3):posts[0].title[0]]
    if opening.endswith(words["relative-former"]):
        return [replace(post, former=True) for post in posts]
    return posts if opening.endswith(words["relative"]) else []


# a note in brackets right after a name (张三（市委书记）): what it holds
_AFTER_NOTE = re.compile(r"[(（]([^()（）。]{2,40})[)）]")


def _bracketed_chain(text: str, end: int, hi: int, by_end, ctx: Context) -> list[Post]:
    """The posts of a title chain written in brackets right after a name that ends at view offset
    ``end`` (出席的有张三（市委书记）、李四（市委副书记、市长）): the whole bracket a chain, else none
    (张三（左二）)."""
    note = _AFTER_NOTE.match(text, end, hi)
    if note is None:
        return []
    # 叶华（第六、七届全国政协委员）, 甘英（曾任北京市政协副主席）: the terms, and the verb of a post held
    # (now or before), before the chain
    words = _post_words(rules_of(ctx))
    start = note.start(1)
    verb = next((w for w in words["relative-former"] + words["relative"] if text.startswith(w, start)), "")
    # (李华（原北京市政协副主席）: a former post's mark, as before a chain)
    verb = verb or (text[start] if text[start] in _FORMER_MARKS else "")
    terms = _TERMS.match(text, start + len(verb))
    start = terms.end() if terms is not None else start + len(verb)
    posts = parse_chain(text, note.end(1), start, by_end, ctx)
    if not posts or posts[0].title[0] != start:
        return []
    former = verb in words["relative-former"] or bool(verb) and verb in _FORMER_MARKS
    return [replace(p, former=True) for p in posts] if former else posts


#: the terms of a body written before a post (第六、七届 + 全国政协委员, 第九届 + 全国人大代表)
_TERMS = re.compile(f"第[{DIGITS}]+(?:、[{DIGITS}]+)*届")


# what ends a clause that holds only a title chain after a name and a comma (张三，市委书记；), or spaces (a
# list's line: 张三　县委书记)
_APPOSED_END = re.compile(r"(?:[,，]|是|[ \u3000]+)([^,，。；;：:\n]{2,40})(?=[。；;,，\n]|$)")


def _apposed_chain(text: str, end: int, hi: int, by_end, ctx: Context) -> list[Post]:
    """The posts of a clause after a name and a comma or 是 that is one title chain and nothing else, up to
    a delimiter (出席会议的有：张三，市委书记；李四，市长。王刚，市交通运输局局长，长期从事…;
    王芳是市一中校长。): the name's. After spaces, posts only (a list's line 张三　县委书记; not a byline's
    张三 某某日报记者)."""
    clause = _APPOSED_END.match(text, end, hi + 1)
    if clause is None:
        return []
    posts = parse_chain(text, clause.end(1), clause.start(1), by_end, ctx)
    if text[end:end + 1].isspace() and not all(p.core for p in posts):
        return []
    return posts if posts and posts[0].title[0] == clause.start(1) else []


def _list_gap(gap: str, rules: RuleSet) -> bool:
    """Whether ``gap``, the text between two names, joins them in a list (、 和 及, spaces around it),
    after a form of address or a note in brackets on the first name (张三同志、李四; 张三（女）、李四), before
    an honour on the next (王五、拿督斯里李四)."""
    words = post_words(rules)
    gap = gap.strip(" \u3000")
    note = _NAME_NOTE.match(gap)
    if note is not None:
        gap = gap[note.end():]
    address = next((w for w in words["address"] if gap.startswith(w)), "")
    gap = gap[len(address):].strip(" \u3000")
    # 拿督王五、拿督斯里 + 李四: an honour written before the next name (people/cues honour)
    honour = next((h for h in name_honours(rules) if gap.endswith(h)), "")
    gap = gap[:len(gap) - len(honour)].strip(" \u3000")
    # 、阿 + 刘时布, 、阿刘时布、 + 胡强强: an item of the list the names' rules read in part or not at all,
    # no word of the tagger's dictionary but a name (not 、市民 + 王五)
    return gap in words["join"] or _UNREAD_ITEMS.fullmatch(gap) is not None and all(
        (dict_tag(item) or "nr").startswith("nr") for item in gap.split("、") if len(item) > 1)


#: the list items between two names the names' rules did not read (or read without their first character)
_UNREAD_ITEMS = re.compile("(?:、[\u4e00-\u9fff]{2,4})*、[\u4e00-\u9fff]?")


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
    firsts = _states_by_first(rules)
    out = []
    for t in mentions:
        if t.type != "TITLE":
            continue
        portfolio = _portfolio(rules).search(source, max(0, t.start - _MAX_LINK), t.start)
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
def _states_by_first(rules: RuleSet) -> dict[str, tuple[tuple[str, str], ...]]:
    """The names of the gazetteer's states of two characters or more by their first character, each with its
    state's name."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, places in gazetteer(rules).by_name.items():
        if len(name) > 1 and places[0].level == "country":
            out.setdefault(name[0], []).append((name, places[0].name))
    return {k: tuple(v) for k, v in out.items()}


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
    # (end, zone) of the bodies and places that are or open with a development zone, in order (_of_zone)
    zoned: list[tuple[int, str]]
    bodies: list[tuple[int, str]]  # (view end, name) of the bodies the article names, in order

    @property
    def text(self) -> str:
        return self.view.text

    @property
    def own_school_or_company(self) -> str | None:
        return self.own_school or self.own_company

    def present(self, at: int) -> list[tuple[int, str]]:
        """The schools named before view offset ``at`` that are not away there (a guest's, a destination)."""
        return [(e, k) for e, k in self.schools if e <= at and not _within(self.away.get((e, k)), at)]


def read_article(view: View, mentions: list[Mention], ctx: Context) -> Reading:
    """The :class:`Reading` of ``mentions``, for :func:`extract_posts` and the appointments' reader."""
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
    streets = [m for m in mentions if m.type == "LOC" and (m.key or m.text).endswith(_STREET)]
    # ... and the streets named at the head of a body's name (南湖街道党工委书记X，办事处主任Y: 南湖街道)
    streets += [Mention(m.start, m.start + at + len(_STREET), "LOC", m.text[:at + len(_STREET)])
                for m in mentions if m.type == "ORG" and (at := m.text.find(_STREET)) > 0]
    streets += _towns_gone_to(view, streets, rules, _STREET_GONE_TO)
    streets += _towns_gone_to(view, streets, rules, _street_subject(rules))
    legislatures = tuple(w for w, kind in org_rules(rules).suffixes.items() if kind == "legislature")
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
        villages=[m for m in mentions if m.type == "LOC" and (m.key or m.text).endswith(_VILLAGE)],
        parliaments=[m.key or m.text for m in mentions
                     if m.type == "ORG" and (m.key or m.text).endswith(legislatures)],
        provinces=_provinces(view, mentions, ctx) if not ctx.place or _home("省", ctx) is not None else [],
        zoned=[(m.end, z) for m in mentions
               if m.type in ("ORG", "LOC") and (z := _zone_of(m.key or m.text, zone_words)) is not None],
        bodies=sorted((view.to_view(m.end), m.key or m.text) for m in mentions if m.type == "ORG"),
    )


def _hosts(text: str, companies: list[tuple[int, str]], rules: RuleSet) -> list[tuple[int, str]]:
    """The companies of ``companies`` (view end, name) a company's own page (the publisher's, or a site's
    known by its address, that names its company by a ``company-self`` word: 集团公司, 本公司) names that are
    not its guests' (:func:`_guest`), nor named as a guest's short name (重工集团 after 山东重工集团一行到
    集团公司): a post with no company written there is the page's own company's, not a visitor's (on a
    paper's page, as before, the company named)."""
    words = _post_words(rules)
    if not any(w in text for w in words["company-self"]):
        return companies
    guests = {k for e, k in companies if e > 0 and _guest(text, e, k, companies, rules)}
    return [(e, k) for e, k in companies if e == 0 or not any(k.endswith(g) or g.endswith(k) for g in guests)]


@per_rules
def _company_visit(rules: RuleSet) -> re.Pattern[str]:
    """The words of a guest company's visit (``company-visit``: 来访, 到集团), as one pattern."""
    return re.compile(alternation(_post_words(rules)["company-visit"]))


def _guest(text: str, end: int, name: str, companies: list[tuple[int, str]], rules: RuleSet) -> bool:
    """Whether the company ``name`` written up to view offset ``end`` is a guest: a word of visiting
    (``company-visit``) follows it in its sentence with no other company named between (X集团董事长A一行来集团
    座谈), or it is written right after such a word and 的 (会见了到访的X集团董事长B)."""
    start = end - len(name)
    if text[start:end] == name and any(text.endswith(w + _OF, 0, start)
                                        for w in _post_words(rules)["company-visit"]):
        return True
    visit = _company_visit(rules).search(text, end, sentence_at(text, end - 1)[1])
    return visit is not None and not any(end < e <= visit.start() for e, _ in companies)


def _towns_named(view: View, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """The towns an article names (青山镇), the headline's first, and those it tells of going to."""
    rules = rules_of(ctx)
    townships = place_names(rules).township_levels
    towns = [m for m in mentions if m.type == "LOC" and (m.key or m.text).endswith(townships)]
    towns = _headline_towns(ctx) + towns
    towns += _towns_gone_to(view, towns, rules)
    towns += _towns_gone_to(view, towns, rules, _town_subject(rules))
    return towns


@dataclass(frozen=True)
class _Held:
    """A post found with a body: the view end of its holder's name, its role and its organisation."""

    end: int
    role: str
    org: str


@dataclass
class _Running:
    """What the people read so far leave to the next one's posts (:func:`extract_posts`)."""

    towns: list[Mention]  # the towns named, and those the bodies of the posts found name (_towns_of)
    # (view end of the last person, their chain's posts): the title a list of names shares
    shared: tuple[int, list[Post]] = field(default_factory=lambda: (-1, []))
    last_body: tuple[int, str | None] = (-1, None)  # the view end of the last person with a post, its body
    # (person, post) -> organisation, of the posts told so far (the first told of each)
    held: dict[tuple[str, str], str] = field(default_factory=dict)
    found: list[_Held] = field(default_factory=list)  # the posts found so far that have a body, in order
    last_posts: list[Post] = field(default_factory=list)  # the posts of the last person who holds one


@dataclass(frozen=True)
class _Person:
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


def _person(view: View, person: Mention) -> _Person:
    """The :class:`_Person` of a PER mention of ``view``'s source."""
    ps, pe = view.to_view(person.start), view.to_view(person.end)
    sent = sentence_at(view.text, ps)
    return _Person(person, ps, pe, view.text[ps:pe], sent, view.to_source(*sent))


def extract_posts(art: Reading) -> Iterator[Membership | Relation]:
    """Memberships of the people an article names (:func:`read_article`), and the partOf relations the
    chains reveal: for each person, the chain of titles written with the name (:func:`_chain`), the bodies
    it leaves unwritten filled step by step (:func:`_filled`), then what is found, told."""
    view, mentions, ctx = art.view, art.mentions, art.ctx
    run = _Running(_towns_named(view, mentions, ctx))
    for person in mentions:
        if person.type != "PER" or len(person.text) < 2 and not _bare_head(view, person, mentions, art.rules):
            continue  # a bare surname with a title (李会长): the person, holding no post of its own
        at = _person(view, person)
        posts, rule, base = _chain(art, run, at)
        if not posts:
            continue
        former = _former(art.text, posts[0].title[0], at.sent[0], art.rules)
        posts = _filled(posts, art, run, at, rule)
        if posts[-1].organization is not None:
            run.last_body = (at.end, posts[-1].organization)
        run.towns += _towns_of(posts, person)
        run.found += [_Held(at.end, post.role, post.organization) for post in posts
                      if post.organization is not None]
        run.last_posts = posts
        yield from _told(posts, art, run, at, rule, base, former)


def _bare_head(view: View, person: Mention, mentions: list[Mention], rules: RuleSet) -> bool:
    """Whether a bare surname holds the post of the title written right after it: a head of state's or
    government's only (posts/words kinds head, state-head, state-post: 周总理, 毛主席), whose body the title
    gives (李会长's is the body named with his full name); and not when the article writes such a title with
    a full name of that surname (李显龙总理 … 中国总理李强 … 李总理: the surname may be either's)."""
    words = post_words(rules)
    heads = [w for kind in ("head", "state-head", "state-post") for w in words[kind]]

    def titled(start: int, end: int) -> bool:  # a head's title written right after or right before
        return any(view.text.startswith(w, end) or view.text.endswith(w, 0, start) for w in heads)

    return any(view.text.startswith(w, view.to_view(person.end)) for w in heads) and not any(
        m.type == "PER" and len(m.text) > 1 and m.text[0] == person.text
        and titled(view.to_view(m.start), view.to_view(m.end)) for m in mentions)


# -- the chain of titles written with a name --------------------------------------------------------------

def _chain(art: Reading, run: _Running, at: _Person) -> tuple[list[Post], str, float]:
    """The posts of the titles written with a person, the rule that read them and its base confidence: a
    chain before the name (or in brackets after it: :func:`_chain_before`), else the title the names before
    share (记者张媛 张浩; 市委常委张三、李四), else the title after the name (:func:`_title_after`). Keeps
    the title the next name may share in ``run``."""
    text, rules, shared = art.text, art.rules, run.shared
    posts, bracketed = _chain_before(art, at)
    posts = [_counted(post, art, at.end) for post in posts]
    rule, base = "post:chain-before", 0.9
    if not posts and shared[1] and text[shared[0]:at.start] == " ":
        # a byline's list of names shares its title: 记者张媛 张浩
        posts, rule, base = shared[1], "post:shared-title", 0.8
    elif not posts and shared[1] and _list_gap(text[shared[0]:at.start], rules) \
            and all(shared_by_list(p, rules) for p in shared[1]):
        # a title before a list of names goes to each name: 市委常委张三、李四、王五 (a space after
        # the 、 too: 张岐科、 薛金婷; 张三同志、李四; 张三（女）、李四)
        posts, rule, base = shared[1], "post:list-shared", 0.8
    elif len(posts) == 1 and posts[0].organization is None and shared[1]:
        posts = [_minister_of_list(text, posts[0], shared, art.ctx)]
    if posts and shared[1] and shared[0] >= at.sent[0] and not _self_written(posts, text, rules):
        # (not a chain the publisher writes as its own: 市中院院长A，我院党组书记、院长B)
        posts = [_head_of_neighbours(post, shared[1], rules) for post in posts]
    run.shared = (at.end, posts if not bracketed else [])  # a post in brackets is the name's own
    if not posts:
        posts = _title_after(art, run, at) or _title_after_list(art, run, at)
        rule, base = "post:title-after", 0.8
    elif _body_after_chain(art, at, posts):
        # 安全委员会主席、南非粤港澳总商会 + 吴少康 + 会长: a body written after the chain's last title, right
        # before the name, is of the title written after the name
        posts = posts + [p for p in _title_after(art, run, at) if all(q.role != p.role for q in posts)]
    elif any(text.startswith(w, at.end) for w in post_words(rules)["envoy-head"]):
        # 中国常驻联合国代表秦华孙大使: the envoy's rank written after the name is a post of its own
        posts = posts + [p for p in _title_after(art, run, at) if all(q.role != p.role for q in posts)]
    return posts, rule, base


def _counted(post: Post, art: Reading, end: int) -> Post:
    """Whether a post whose title counts its bodies (三家附属医院院长: ``posts/words`` count) is written
    before a list of names (its first name ending at view offset ``end``, a ``join`` word and a name after
    it): each name of the list then heads one of the bodies (:func:`_without_count`); before a name alone
    or one with a title of its own the count is part of a name (八家户有限责任公司董事长X、副董事长Y), no
    count."""
    if not post.counted:
        return post
    join = next((w for w in _post_words(art.rules)["join"] if art.text.startswith(w, end)), None)
    named = join is not None and any(m.type == "PER" and m.start == end + len(join)
                                     for found in art.by_end.values() for m in found)
    return post if named else replace(post, counted=False)


def _without_count(post: Post, rules: RuleSet) -> Post:
    """A counted post's body named without the count (青山大学三家附属医院 -> 青山大学附属医院)."""
    count = _grammar(rules).count.search(post.organization or "") if post.counted else None
    return post if count is None or post.organization is None else \
        replace(post, organization=post.organization.replace(count.group(), "", 1))


def _body_after_chain(art: Reading, at: _Person, posts: list[Post]) -> bool:
    """Whether an organisation mention ends right before the name, after the 、 that follows the last
    title of its chain (主席、南非粤港澳总商会 + 吴少康会长)."""
    last = max(p.title[1] for p in posts)
    return any(m.type == "ORG" and m.start > last and art.text[last:m.start] == "、"
               for m in art.by_end.get(at.start, ()))


def _chain_before(art: Reading, at: _Person) -> tuple[list[Post], list[Post]]:
    """The chain of titles written before a person's name in its sentence, or in brackets or apposed after it
    (出席会议的有张三（市委书记）、李四（市长）; 张三，市委书记；), with the bracketed or apposed one."""
    text, by_end, ctx = art.text, art.by_end, art.ctx
    ps, pe, (lo, hi) = at.start, at.end, at.sent
    before = parse_chain(text, ps, lo, by_end, ctx)
    gap = len(text[lo:ps]) - len(text[lo:ps].rstrip(" \u3000"))
    if not before and 0 < gap <= 2:
        # a transcript's 市委常委 张三 (a post: not a credit's 记者 张三 摄)
        spaced = parse_chain(text, ps - gap, lo, by_end, ctx)
        before = spaced if all(p.core for p in spaced) else []
    honoured = _before_honours(text, lo, ps, art.rules) if not before else ps
    if honoured < ps:
        before = parse_chain(text, honoured, lo, by_end, ctx)  # 执行会长 + 拿督斯里 + 刘为强
    if not before and text[ps - 1:ps] == _OF:
        before = _relative_chain(text, ps - 1, lo, by_end, ctx)  # 担任公司董事会秘书的李明
    elif before and text[before[0].title[0] - 1:before[0].title[0]] == _OF:
        # 曾任省体委主任的省委常委、常务副省长汪洋: a relative clause's posts before the chain's
        before = [*_relative_chain(text, before[0].title[0] - 1, lo, by_end, ctx), *before]
    if before and text.endswith(_post_words(art.rules)["elect"], lo, before[0].title[0]):
        heads = _head_words(art.rules)
        before = [p for p in before if _bare(p.role) not in heads]  # 当选总统X: elected, not yet in office
    if before and _given_to_another(text, before[0].title[0], lo, by_end, art.rules):
        # 王五当选省人大主任 + 李四当选省长 (two headlines run together): 王五's post; 由A担任领队、B会长 + C:
        # the posts after the list's 、 are C's
        first = before[0].title[0]
        before = [p for p in before if "、" in text[first:p.title[0]]]
    bracketed = _bracketed_chain(text, pe, hi, by_end, ctx) if not before else []
    bracketed = bracketed or (_apposed_chain(text, pe, hi, by_end, ctx) if not before else [])
    before = before or bracketed
    note = _POST_NOTE.search(text, lo, ps)
    if not before and note is not None:
        before = parse_chain(text, note.start(), lo, by_end, ctx)  # 副市长（挂职）李强
    holders = _HOLDERS.search(text, lo, before[0].title[0] if before else ps)
    if holders is not None and (before or holders.group() != _AS or text[pe:pe + 1] in _HOLDER_ENDS):
        # 担任本次大会的执行主席还有：A、B, 执行主席由A、B担任, 当选为委员的有：A、B: the post's holders
        # named after it; also before a holder's own chain (团长是市委书记A, 组长由县长B担任)
        before = parse_chain(text, holders.start(), lo, by_end, ctx) + before
    return before, bracketed


def _before_honours(text: str, lo: int, end: int, rules: RuleSet) -> int:
    """Where the honours written right before view offset ``end`` (people/cues ``honour``: 拿督斯里,
    丹斯里拿督, between a title and a name) begin, not before ``lo``; ``end`` when none."""
    honours = name_honours(rules)
    while (h := next((h for h in honours if text.endswith(h, lo, end)), None)) is not None:
        end -= len(h)
    return end


@per_rules
def name_honours(rules: RuleSet) -> tuple[str, ...]:
    """The honours written between a title and a name (people/cues ``honour``: 拿督斯里), longest first."""
    return tuple(sorted(rules.lexicon("people/cues").with_flag("honour"), key=lambda w: (-len(w), w)))


def _title_after_list(art: Reading, run: _Running, at: _Person) -> list[Post]:
    """The posts of the title written after a list of names that a person's name opens or goes on
    (张三、李四副省长; 张三、李四两位副省长: ``posts/words`` people-count): the title read after the
    list's last name, when each name of a list holds it (a deputy, a shared post: :func:`shared_by_list`)
    or a count of the people is written before it; none else (张三、李四书记)."""
    text, words = art.text, _post_words(art.rules)
    end, named = at.end, False
    while (join := next((w for w in words["join"] if text.startswith(w, end)), None)) is not None:
        nxt = next((m for found in art.by_end.values() for m in found
                    if m.type == "PER" and m.start == end + len(join)), None)
        if nxt is None:
            return []
        end, named = nxt.end, True
    count = next((w for w in words["people-count"] if text.startswith(w, end)), "")
    if not named:
        return []
    posts = _title_after(art, run, replace(at, end=end))
    return posts if count or all(shared_by_list(p, art.rules) for p in posts) else []


def _title_after(art: Reading, run: _Running, at: _Person) -> list[Post]:
    """The post of a title written right after a person's name (张三书记), or after a count of the people of
    the list it ends (张三、李四两位副省长: ``posts/words`` people-count), and of one joined to it by 兼
    (钱其琛副总理兼外长), or none."""
    text, rules, ctx = art.text, art.rules, art.ctx
    pe = at.end
    pe += next((len(w) for w in _post_words(rules)["people-count"] if text.startswith(w, pe)), 0)
    hit = _role_at(text, pe, at.sent[1], rules)
    if hit is None:
        return []
    n, role = hit
    org, how, _, parent = _resolve([], role, None, ctx)
    deputy = next((r for p, r in run.held if p == at.key and r != role.role
                   and (_served(r, rules) == role.role or r.endswith(role.role))), None)
    if deputy is not None:
        # 卫明喜主席 after 工商联副主席卫明喜, 白晓江主席 after 集团董事局主席白晓江: his own post
        role = replace(role, role=deputy)
    own = run.held.get((at.key, role.role)) or next(
        (org for _, title, org, holder in art.named if title == _served(role.role, rules)
         and at.person.text in (holder, holder.rpartition("·")[2])),
        None)
    if own is not None:
        # 史密斯市长 after 洛杉矶市市长史密斯: the post named before, or after (a headline's 江泽民主席 and
        # the story's 中央军委主席江泽民)
        org, how, parent = own, "inherited", None
    elif org is None and (found := _body_after(art, run, at, role.role, n)) is not None:
        org, how = found
        parent = None
    posts = [Post((pe, pe + n), role.role, org, None, how, parent, role.core)]
    joined = _role_at(text, pe + n + 1, at.sent[1], rules) if text.startswith("兼", pe + n) else None
    if joined is not None:
        # 钱其琛副总理兼外长: the title joined by 兼 after the first is the person's too
        k, second = joined
        org2, how2, _, parent2 = _resolve([], second, org, ctx)
        posts.append(Post((pe + n + 1, pe + n + 1 + k), second.role, org2, None, how2, parent2, second.core))
    return posts


def _body_after(art: Reading, run: _Running, at: _Person, role: str, n: int) -> tuple[str, str] | None:
    """The body, and how it was found, of a title of ``n`` characters written right after a person's name
    whose role implies none, or None."""
    text, rules, ctx, view = art.text, art.rules, art.ctx, art.view
    bare = _bare(role)
    if bare in post_words(rules)["head"] and art.subject is not None:
        return art.subject, "inherited"  # X总统 in an article about one state
    if bare in post_words(rules)["state-head"] and _home("自治区", ctx) is None \
            and not (art.companies and art.companies[0][0] == 0) \
            and at.name in rules.lexicon("posts/state-heads").entries:
        # 江泽民主席: the head of the text's state, one of ``posts/state-heads`` (not in an autonomous
        # region's paper, where X主席 is the region's chair, nor in a company's own news, where he chairs
        # its board; nor anyone else: 许铁良主席 chairs a group's board)
        return _CHINA, "inherited"
    if _served(role, rules) == _PARTY_HEAD and (body := _neighbours_school(
            run.found, at.sent[0], [k for _, k in art.companies], rules)) is not None:
        # 施一公校长介绍…，董清源书记介绍…: a party secretary named after the head of a school or company in
        # his sentence is of its party committee
        return body + _TOWN_PARTY, "inherited"
    body = _body_before(at.start, at.sent[0], art.by_end, view)
    if body is None and text[at.start - 1:at.start] == _OF:
        body = _body_before(at.start - 1, at.sent[0], art.by_end, view)  # 游乐园协会的 + 陈守维 + 副秘书长
    tail = _org_tail(text, at.start, at.sent[0], art.by_end, rules) if body is None else None
    if tail is not None and (any(m.type == "LOC" and m.start == tail.start
                                 for ms in art.by_end.values() for m in ms)
                             or _heads(_served(role, rules), tail.value, rules)):
        # 天津市北方花卉研究所 + 彭扬 + 所长: a body the NER missed, read as before a title, opening with its
        # place (not 船舶总公司, a short name), or of the kind the title heads (菲华青禾总会 + 李四 + 会长)
        body = _canonical(tail.value, ctx) or tail.value
    if body is not None and not _heads_another(role, body, rules):
        # 市委张毅恭书记: the body written right before the name holds the title after it (not 中组部李景田
        # 局长: a 局长 heads a bureau of it); a party body the title opens with is the body's (岳阳市中医院 +
        # 司马雄翼 + 党委书记: the hospital's 党委)
        party = text[at.end:at.end + n].removesuffix(role)
        return (body + party if party in post_words(rules)["company-body"] else body), "written"
    last = run.last_posts[-1] if run.last_posts else None
    if last is not None and last.role == role and last.organization is not None \
            and text[last.title[1]:at.start] in _LIST_MARKS:
        # 古文力副处长、张哲副处长: the body of the same title after the name listed before
        return last.organization, "inherited"
    if bare in post_words(rules)["envoy-head"] and _chinese_shaped(at.name, rules):
        return _CHINA, "inherited"  # 张平总领事: an envoy with a Chinese name and no state written is China's
    if bare in post_words(rules)["envoy-post"] \
            and (mission := _mission_before(at.start, at.sent[0], art.by_end, view)) is not None:
        # 驻日本大使馆为…举行壮行会,郭燕公使、汪婉参赞: a mission's staff, its own named before
        return mission, "inherited"
    return None


# -- the bodies a chain leaves unwritten --------------------------------------------------------------------

def _filled(posts: list[Post], art: Reading, run: _Running, at: _Person, rule: str) -> list[Post]:
    """A person's posts with the bodies their chain leaves unwritten filled, step by step: each step fills
    only what the steps before it left, so their order is the rules' (a body written before a place named)."""
    text, rules, ctx = art.text, art.rules, art.ctx
    # the posts of the person this one is listed right after (副主任张三、李四; 市委常委A，党委常委B), if any:
    # a list's title that names share too (副总经理A、B: B's title is written before A)
    gap = text[run.found[-1].end:posts[0].title[0]] if run.found else ""
    listed = run.last_posts if run.found and (rule == "post:list-shared" or _list_mark(gap, rules)) else []
    # a name of no Chinese shape, or listed right after a foreign state's post (法国总统马克龙和总理巴耶鲁: 巴
    # is a surname too)
    foreign = not _chinese_shaped(at.name, rules) \
        or any(_is_country(p.organization or "", ctx, foreign=True) for p in listed)
    posts = _of_abroad(posts, art, at, foreign)
    posts = [premier_of_subject(post, text, art.subject, at.name, ctx) for post in posts]
    posts = _of_led(posts, art, at)
    posts = _of_schools(posts, art, at, listed)
    posts = _of_party(posts, art, at, listed)
    posts = _of_named(posts, art, at, rule, listed)
    posts = _of_local(posts, art, at, run.towns)
    posts = _of_places(posts, art, at, run.found, listed or _members_after_leader(posts, art, run), foreign)
    posts = [of_short_state(_of_parliament(post, art.parliaments, ctx), text, rules_of(ctx))
             for post in posts]
    posts = [_of_subject_city(post, art, at) for post in posts]
    if _home("省", ctx) is not None:
        provinces = _provinces_named(art.provinces, _section_start(text, at.start), posts[0].title[0])
        provinces = [p for p in provinces if not _titled_province(p, text, _section_start(text, at.start),
                                                                  posts[0].title[0], rules)]
        posts = [_of_paragraph_province(post, text, provinces, ctx) for post in posts]
    posts = [_of_leader(_envoy_of_mission(post, text, rules), at.name, rules) for post in posts]
    if rule != "post:title-after" and any(post.organization is None for post in posts):
        # (not 接待了王建武处长一行: the guest's, not the host's)
        para = text.rfind("\n", 0, at.start) + 1
        posts = [of_kind_named(post, [b for e, b in art.bodies if para <= e <= at.start], rules)
                 for post in posts]
    posts = [of_unit_named(_of_body_its_head_word_names(post, text, art.bodies, art.subject, rules), text,
                           art.bodies, rules) for post in posts]
    posts = [_of_kind_word_before(post, text, art.bodies + _facilities(art), rules) for post in posts]
    posts = [coach_of_team(post, text, art.bodies, rules) for post in posts]
    posts = [of_body_founded(post, text, art.by_end, ctx, at.sent[0], at.start) for post in posts]
    posts = _renamed(posts, art)
    posts = _of_sibling_unit(_of_last_body(posts, art, run), art, run)
    posts = _own_group(posts, text, rules)
    posts = [_envoy_of_mission(post, text, rules) for post in _joined(posts, text)]  # 参赞兼总领事
    posts = _of_earlier(posts, art, at)
    posts = [_of_department_named(post, run.found, listed, rules) for post in posts]
    # 市长崔凯 after 嫩江市人民政府市长崔凯: a post written again with no body of its own is the one named
    posts = [replace(post, organization=own, how="inherited")
             if post.how in ("implied", "unknown") and (own := run.held.get((at.key, post.role))) else post
             for post in posts]
    posts = [of_task_body(_of_publisher(post, ctx.publisher, rules), text, rules) for post in posts]
    posts = [_of_central_committee(_of_party_committee(_without_count(post, rules), rules), ctx)
             for post in posts]
    posts = [_deputy_of_listed(post, [h for h in run.found if h.end >= at.sent[0]], rules) for post in posts]
    return _of_joined_bodies(posts, art, at)


def _members_after_leader(posts: list[Post], art: Reading, run: _Running) -> list[Post]:
    """The posts of the person who leads a group, named before this one in its sentence, when this one is
    of the group's members: its list follows right after the words of leading it (日照市委书记A带队，市发改委
    主任B、市商务局局长C参加考察: ``posts/words`` lead) or goes along with the leader (A率领代表团来我市考察，
    市长B随同考察: ``follow``); a guest delegation's members, whose level-only bodies are of the leader's
    place (:func:`_of_list_place`). None when the rest of the sentence has them receive the group (…带队，
    市长D陪同: ``host``)."""
    text, words = art.text, _post_words(art.rules)
    start = posts[0].title[0]
    lo, hi = sentence_at(text, start)
    if not run.found or run.found[-1].end < lo:
        return []
    gap, rest = text[run.found[-1].end:start], text[start:hi]
    follows = next((k for w in words["follow"] if (k := rest.find(w)) >= 0), -1)
    led = gap[:-1] in words["lead"] and gap[-1:] in _LIST_MARKS
    if not (led or follows >= 0) or any(w in rest[:follows if follows >= 0 else None] for w in words["host"]):
        return []
    return run.last_posts


def premier_of_subject(post: Post, text: str, subject: str | None, name: str, ctx: Context) -> Post:
    """A 总理 the title alone gives the State Council (``posts/roles``), held by no premier of China
    (``posts/premiers``) in an article about one foreign state (``subject``: 东帝汶 … 夏纳纳总理), is that
    state's premier; on the page of a publisher abroad (its home place a foreign state or in one: 新加坡,
    吉隆坡), a 总理 or a 副总理 is its home state's (我国副总理X). Not one written after China's name
    (中国总理李海: ``places/affixes`` kind 'china')."""
    if post.role not in (_PREMIER, _VICE_PREMIER) or post.how != "implied" \
            or post.organization != _STATE_COUNCIL:
        return post  # (the home state is looked up only for a premier the title alone gave)
    rules, home = rules_of(ctx), home_state(ctx)
    state = home or (subject if post.role == _PREMIER else None)
    ours = _post_words(rules)["our-state"]
    china = [n for n in affixes(rules)["china"] if not (home and n in ours)]
    if state is None or name in rules.lexicon("posts/premiers").entries \
            or any(n in text[max(0, post.title[0] - len(n)):post.title[1]] for n in china):
        return post
    return replace(post, organization=state, how="inherited")


def home_state(ctx: Context) -> str | None:
    """The foreign state the publisher's home place is or lies in (新加坡; 马来西亚 of 吉隆坡), else None."""
    places = gazetteer(rules_of(ctx))
    home = places.lookup(ctx.place or "")
    states = (p.name for p in places.ancestors(home) if _country(p.name, rules_of(ctx), foreign=True)) \
        if home is not None else iter(())
    return next(states, None)


_PREMIER, _VICE_PREMIER, _STATE_COUNCIL = "总理", "副总理", "中华人民共和国国务院"


def of_task_body(post: Post, text: str, rules: RuleSet) -> Post:
    """A post no rule gave a body whose title is followed by 的 and the name of a body made for a task
    (以县长A为组长的县安全生产领导小组, 以B为总指挥的X指挥部: ``posts/words`` task-body) is that body's."""
    found = _grammar(rules).task_body.match(text, post.title[1]) if post.organization is None else None
    return post if found is None else replace(post, organization=found.group(1), how="written")


def _of_publisher(post: Post, publisher: str | None, rules: RuleSet) -> Post:
    """A head's or deputy's post no rule gave a body, on the page of a body whose name ends in the head word
    the title is of (局长, 副处长 on 青山市公安局's, 白水大学国际交流处's pages: 局, 处; the name before the
    words of its own website: 白水大学国际交流处网站): the publisher's own."""
    bare = _served(post.role, rules)
    body = _OWN_SITE.sub("", publisher or "")
    if post.organization is not None or not body or not _head_word(bare) \
            or not body.endswith(bare[0]) or not post.core:
        return post
    return replace(post, organization=body, how="inherited")


def _head_word(role: str) -> str:
    """The head word of the bodies a head's title of two characters names (局长: 局, 处长: 处), or ""."""
    return role[0] if len(role) == 2 and role[1] == _HEAD_END else ""


_HEAD_END = "长"  # the last character of a head's title named by the body's head word (局长, 处长)


def _of_abroad(posts: list[Post], art: Reading, at: _Person, foreign: bool) -> list[Post]:
    """Posts of a ``foreign`` name of the state or city its sentence names (:func:`_foreign_head`), and a
    city's post of the foreign city named (:func:`_foreign_city`)."""
    places = _places_named(art.text, at.sent[0], posts[0].title[0], art.by_end, [], art.ctx)
    if foreign:
        posts = [_foreign_head(post, art.text, places, art.subject, art.ctx) for post in posts]
    return [_foreign_city(post, places, at.name if foreign else art.subject, art.ctx) for post in posts]


def _of_led(posts: list[Post], art: Reading, at: _Person) -> list[Post]:
    """Posts of the body a person leads or is sent by, or of the group they lead."""
    text, view = art.text, art.view
    # (the title written after the name: 由帕克林校长率领的北帕克大学代表团)
    led = _LED.match(text, max([at.end, *(p.title[1] for p in posts if p.title[0] >= at.end)]))
    body = _org_at(led.end(), art.by_end, view) if led is not None else None
    if body is not None:
        # 由总书记华金·阿尔穆尼亚率领的西班牙工人社会党代表团: the head of the delegation's body
        posts = [replace(post, organization=body, how="written")
                 if post.organization is None else post for post in posts]
    posts = [_of_sender(post, text, at.sent[0], art.by_end, view, art.rules) for post in posts]
    return [_of_led_group(post, text, at.end, art.ctx) for post in posts]


def _of_schools(posts: list[Post], art: Reading, at: _Person, listed: list[Post]) -> list[Post]:
    """Posts of the publisher's own school, of the school of the person listed before, or of the school
    named last before them."""
    text, rules = art.text, art.rules
    self_written = _self_written(posts, text, rules)
    posts = [_own_post(post, text, art.own_school, art.ctx, self_written) for post in posts]
    posts = [_listed_head(post, listed, rules) for post in posts]
    present = art.present(at.start)
    posts = [school_post(post, [k for _, k in present], rules,
                         _own_of_ref(post, text, art.own_school, art.ctx)) for post in posts]
    here = [k for e, k in present if e >= at.sent[0] and body_kind(k, rules) == "association"]
    return [_chair_of_association(post, here, rules) for post in posts]


def _own_of_ref(post: Post, text: str, own: str | None, ctx: Context) -> str | None:
    """The publisher's own body a post written after a school's word for itself is of (院党委书记,
    院办公室主任: ``school-ref``): on the page of a body of another kind inside the school ``own``
    (青山大学经济学院 + 院: the faculty, not 青山大学), the body of the word's kind
    (:func:`kg.extract.orgs.own_body`), else ``own``."""
    rules, publisher = rules_of(ctx), ctx.publisher or ""
    refs = sorted(_post_words(rules)["school-ref"], key=len, reverse=True)
    ref = next((w for w in refs if text.startswith(w, post.title[0])), "") if post.school_ref else ""
    if own is None or not ref or own.endswith(ref[-1]) or not publisher.startswith(own):
        return own
    return own_body(publisher, ref, rules) or own


def _listed_head(post: Post, listed_after: list[Post], rules: RuleSet) -> Post:
    """A school's or hospital's head's or deputy's post with no body written (副院长B), listed right after a
    person whose post of its kind names one (``listed_after``: 我院院长A、副院长B), is of that body, not of
    the school the article named last."""
    if post.organization is not None or not listed_after:
        return post
    head = _served(post.role, rules)
    body = next((p.organization for p in reversed(listed_after) if p.organization is not None
                 and _served(p.role, rules) == head and _heads(head, p.organization, rules)), None)
    return post if body is None else replace(post, organization=body, how="inherited")


def _chair_of_association(post: Post, here: list[str], rules: RuleSet) -> Post:
    """A chair's post with no body written (主席, 副主席: ``association-chair``) is of the association its
    sentence named last before it (青山会馆组团访问，由主席X带队; 全国妇联召开会议，主席Y讲话), not the
    state's."""
    if post.organization is not None or not here or _served(post.role, rules) not in \
            _post_words(rules)["association-chair"]:
        return post
    return replace(post, organization=here[-1], how="inherited")


def _of_party(posts: list[Post], art: Reading, at: _Person, listed: list[Post]) -> list[Post]:
    """Bare party bodies (党委书记) of the school or company of their sentence or list, or the publisher's."""
    text, rules = art.text, art.rules
    here = sorted((e, k) for e, k in (*art.present(at.start), *art.companies) if at.sent[0] <= e <= at.start)
    # 中国钢研党委常委、副总经理A，党委常委B: a list's next bare party body is its neighbour's
    neighbour = _party_holders(listed, rules)[-1:]
    posts = _party_chain(posts, partial(_party_post, text=text, here=[k for _, k in here] + neighbour,
                                        own=art.own_school_or_company, rules=rules), text, rules)
    return _party_chain(posts, partial(_of_own_company, text=text, own=art.own_company, rules=rules), text,
                        rules)


def _of_named(posts: list[Post], art: Reading, at: _Person, rule: str, listed: list[Post]) -> list[Post]:
    """Posts of the company of the person listed before, of the bodies of the posts named before them
    (:func:`_inherit`), of a chain's own company, carried over, or of a dateline's place."""
    text, rules, named, ps = art.text, art.rules, art.named, at.start
    gone = _away_at(art.away, art.schools, ps)
    # (a title after a name takes no body of that title another person holds: 陈文清书记 after
    # 最高人民法院党组书记、院长周强, whose 书记 is named once with its holder and once without)
    held_by = {(n[0], n[1]): n[3] for n in named if n[3]}
    posts = [_listed_officer(post, listed, text, rules) for post in posts]

    def inherit(post: Post) -> Post:
        return _inherit(post, [n for n in named if n[0] <= ps and _school_of(n[2], rules) not in gone
                               and not (rule == "post:title-after" and n[1] == post.role
                                        and (holder := n[3] or held_by.get((n[0], n[1]), ""))
                                        and not holder.startswith(at.person.text))],
                        [k for e, k in art.companies if e <= ps], text, rules)

    # the posts after a company's word for itself first: a bare party body after one in the chain is its
    posts = _of_chain_company([inherit(post) if post.company_ref else post for post in posts], text, rules)
    posts = [inherit(post) for post in posts]
    posts = _chain_of_ref(posts, text, rules)
    posts = [carried(post, named, at.sent[0], rules) for post in posts]
    return [_of_dateline(post, text, at.sent[0], art.by_end, art.ctx) for post in posts]


def _of_local(posts: list[Post], art: Reading, at: _Person, towns: list[Mention]) -> list[Post]:
    """Posts of the street, development zone or town named last before the person."""
    ctx, person = art.ctx, at.person
    streets = [m for m in art.streets if m.end <= person.start]
    posts = [_of_street(post, art.text, streets, ctx) for post in posts]
    zones = [z for end, z in art.zoned if end <= person.start]
    posts = [_of_zone(post, zones, ctx) for post in posts]
    posts = [_town_body(_of_town(post, [m for m in towns if m.end <= person.start], ctx), ctx)
             for post in posts]
    villages = {m.key or m.text for m in art.villages if m.end <= person.start}
    posts = [_of_village(post, art.text, villages, ctx) for post in posts]
    in_sentence = [m for m in towns if at.src_sent[0] <= m.start and m.end <= person.start]
    return [_of_town_party(post, art.text, in_sentence, ctx) for post in posts]


def _of_village(post: Post, text: str, villages: set[str], ctx: Context) -> Post:
    """A village's committee or party branch written alone (村委会主任, 村党支部书记), which no name before it
    fills, in an article that named one village before the post (``villages``): that village's."""
    if post.organization is not None or post.org_span is None or len(villages) != 1:
        return post
    written = text[post.org_span[0]:post.org_span[1]]
    (village,) = villages
    if written == _VILLAGE_COMMITTEE:
        return replace(post, organization=village + _VILLAGERS_COMMITTEE, how="inherited")
    if written == _BRANCH and text[post.org_span[0] - 1:post.org_span[0]] == _VILLAGE:
        return replace(post, organization=canonical_org(village + _BRANCH, ctx), how="inherited")
    return post


_VILLAGE, _VILLAGE_COMMITTEE, _VILLAGERS_COMMITTEE, _BRANCH = "村", "村委会", "村民委员会", "党支部"


def _of_places(posts: list[Post], art: Reading, at: _Person, found: list[_Held], listed: list[Post],
               foreign: bool) -> list[Post]:
    """A level's bodies (省委, 市长) of the place of that level named last before them: in the sentence, in
    the posts of the person listed before, in the article."""
    text, ctx, by_end = art.text, art.ctx, art.by_end
    # a Chinese name's level-only body is of no place abroad (市长万勇 after 日本大分市市长X)
    home_side = frozenset() if foreign else art.abroad
    posts = [_of_sentence_place(post, [p for p in _places_named(
        text, at.sent[0], post.title[0], by_end, found, ctx) if p not in home_side], ctx)
        for post in posts]
    if listed:
        before = [(post.role, org) for post in listed if (org := post.organization) is not None]
        posts = [_of_list_place(post, text, before, ctx, posts[0].title[0]) for post in posts]
    if not ctx.place:
        # 安徽 … 省长回良玉说: with no home place, a province's level-only body is of the province
        # (or municipality: 北京 … 常务副市长) the article named last before it
        posts = [_of_sentence_place(
            post, _provinces_named(art.provinces, 0, post.title[0]), ctx) for post in posts]
    # a level's body no home place fills: of the place of that level the article named last before it
    # (柯桥区召开会议。区委书记张三), the level word opening the title (not 晋城市城区 + 区委书记)
    posts = [_of_sentence_place(post, [p for p in _places_named(
        text, 0, post.title[0], by_end, found, ctx) if p not in home_side], ctx)
             if not is_han(text[post.title[0] - 1:post.title[0]] or "，")
             or text[post.title[0] - 1] in _TOWN_AFTER + _FORMER_MARKS else post for post in posts]
    if not _chinese_shaped(at.name, art.rules):
        # 拜会保和省省长卡托 … 省长卡托: the sentence's foreign province, read above, holds the post
        posts = [_foreign_city(post, [], at.name, ctx) for post in posts]
    return posts


def _renamed(posts: list[Post], art: Reading) -> list[Post]:
    """Posts with their bodies named as the article names them in full (an alias in brackets, a short name,
    a city's district)."""
    text, ctx = art.text, art.ctx
    posts = [replace(post, organization=art.aliases[post.organization])
             if post.organization in art.aliases else post for post in posts]
    posts = [replace(post, organization=_full_form(post.organization, art.full_names, art.rules))
             if post.organization is not None else post for post in posts]
    posts = [replace(post, organization=in_full_named(post.organization, art.full_names, art.rules))
             if post.organization is not None else post for post in posts]
    return [replace(post, organization=_district_of_city(post.organization, text, ctx),
                    parent=_district_of_city(post.parent, text, ctx) if post.parent else post.parent)
            if post.organization is not None else post for post in posts]


def _of_last_body(posts: list[Post], art: Reading, run: _Running) -> list[Post]:
    """A body's staff listed right after a post of the body is the body's (副主任张三、李四,秘书长王五; an
    executive or deputy one too: 会长A，执行秘书长B)."""
    text, rules, (end, last) = art.text, art.rules, run.last_body
    if last is None or not _list_mark(text[end:posts[0].title[0]], rules) \
            or last.endswith(_post_words(rules)["board"]):
        return posts
    # 副主任A,党组成员B: a post of the body's own party group, its party group's (a company's board, 监事会,
    # has neither; after a party body's post, its sibling: X党委书记A,党委副书记、纪委书记B: X党委, X纪委)
    parties = _post_words(rules)["company-body"]
    body = next((last.removesuffix(p) for p in parties if last.endswith(p)), last)
    # (a consul listed after a state's consul is that state's: 副总领事A、侨务领事B)
    envoys = _post_words(rules)["envoy-head"]
    envoy = _is_country(last, art.ctx) and run.last_posts[-1].role in envoys
    return [replace(post, organization=(body if own else last) + own, how="inherited")
            if post.organization is None and (_served(post.role, rules) in _staff(rules) or own
                                              or envoy and post.role in envoys)
            else post for post in posts for own in (_inner_body(text, post, rules),)]


def _of_sibling_unit(posts: list[Post], art: Reading, run: _Running) -> list[Post]:
    """A unit or an organ written alone (办公室主任B: an ``orgs/suffixes`` head word, or a short name ending
    in a ``unit`` or ``division`` word) listed right after a person whose post is in a unit of a named body
    (X法院政工科科长A、办公室主任B) is that body's, not a body of its own."""
    text, rules, (end, last) = art.text, art.rules, run.last_body
    if last is None or not _list_mark(text[end:posts[0].title[0]], rules):
        return posts
    holder = _unit_holder(last, rules)
    return posts if holder is None else \
        [replace(post, organization=holder + post.organization, how="inherited")
         if post.organization is not None and _bare_unit(post, text, rules) else post for post in posts]


def _unit_words(rules: RuleSet) -> tuple[str, ...]:
    words = _post_words(rules)
    return (*words["unit"], *words["division"])


def _unit_holder(org: str, rules: RuleSet) -> str | None:
    """The named body ``org`` is a unit of (南京市江宁区人民法院 of 南京市江宁区人民法院政工科): the name
    before a short unit's (``unit``, ``division``; the longest such unit first) when it ends in a body's
    head word of two characters or more, not a party's (X医院党委办公室: its 医务部 is no 党委's) nor an
    office's; else None."""
    if not org.endswith(_unit_words(rules)) or org.endswith(_post_words(rules)["company"]):
        return None  # (国家电网公司: a company, whose 司 is no unit)
    return next((org[:-n] for n in range(_MAX_SIBLING_UNIT, 1, -1)
                 if len(org) > n + 2 and org[:-n].endswith(_long_heads(rules))
                 and body_kind(org[:-n], rules) not in _NO_SIBLING_HOLDERS), None)


#: the kinds of bodies whose units the sibling rule does not read (a party committee's, an office's)
_NO_SIBLING_HOLDERS = ("party", "office")


def _bare_unit(post: Post, text: str, rules: RuleSet) -> bool:
    """Whether ``post``'s body is a unit or an organ written alone, as its title writes it (办公室,
    政治部)."""
    org = post.organization or ""
    return post.org_span is not None and text[post.org_span[0]:post.org_span[1]] == org \
        and len(org) <= _MAX_SIBLING_UNIT and (_organ(org, rules) or org.endswith(_unit_words(rules)))


#: the longest unit's name the sibling rule reads (政工科, 办公室, 研究室)
_MAX_SIBLING_UNIT = 4


def _of_earlier(posts: list[Post], art: Reading, at: _Person) -> list[Post]:
    """Bare party bodies no rule gave a body of the school or company the article named last before them,
    and posts of the publisher's site (:func:`_of_site`)."""
    text, rules, ps = art.text, art.rules, at.start
    earlier = _named_before(text, ps, art.present(ps), art.companies, rules)
    posts = _party_chain(posts, partial(_party_post, text=text, here=[], own=None, rules=rules,
                                        earlier=earlier), text, rules)
    named_before = any(e <= ps for e, _ in (*art.companies, *art.schools))
    return [_of_site(post, text, art.site, named_before, [k for _, k in art.schools],
                     [k for _, k in art.companies], rules) for post in posts]


def _held_by_another(post: Post, run: _Running, at: _Person, rules: RuleSet) -> bool:
    """Whether ``post`` is a title a body has one holder of (``posts/words`` sole), its body read by no rule
    from its own words, and another person named before holds that title of that body (西方商会会长A …
    新任会长B: B heads no 西方商会)."""
    return post.how != "written" and post.organization is not None \
        and post.role in _post_words(rules)["sole"] \
        and any(org == post.organization and role == post.role and key != at.key
                for (key, role), org in run.held.items())


def _unseated(post: Post, rules: RuleSet) -> bool:
    """Whether ``post`` is a legislator's (``posts/words`` legislator: 议员) whose legislature is not written
    with it (议员X, X议员, 国会众议员X, 工党议员X): a member is told only of the legislature the title names
    (香港立法会议员, 苏北省议员 -> 苏北省议会), never of a body guessed for it, nor of none."""
    return post.role in _post_words(rules)["legislator"] and (
        post.org_span is None or post.organization is None
        or body_kind(post.organization, rules) != _LEGISLATURE)


_LEGISLATURE = "legislature"  # the kind of orgs/suffixes a legislator's body is of


def _no_legislature(post: Post, rules: RuleSet) -> bool:
    """Whether ``post`` is a parliament's post (``posts/words`` speaker: 议员, 议长) of a party, a company or
    an association (工党议员X, 利库德集团议员Y: a party's member of parliament holds no post of the party)."""
    return post.organization is not None and post.role in _post_words(rules)["speaker"] \
        and body_kind(post.organization, rules) in _NO_LEGISLATURES


_NO_LEGISLATURES = frozenset({"party", "company", "association"})  # kinds of orgs/suffixes


def _of_chain_company(posts: list[Post], text: str, rules: RuleSet) -> list[Post]:
    """A bare party body's post (党委副书记) written in a chain after a post of the company its notice names
    by its word for itself (集团董事、党委副书记X: ``company-ref``, filled before) is of that company's party
    body, not of another company the article named last before the person."""
    out: list[Post] = []
    company: str | None = None
    for post in posts:
        if company is not None:
            post = _party_post(post, text, [company], None, rules)
        if post.company_ref and post.organization is not None:
            company = post.organization.removesuffix(post.company_body) if post.company_body \
                else post.organization
        out.append(post)
    return out


def _told(posts: list[Post], art: Reading, run: _Running, at: _Person, rule: str, base: float,
          former: bool) -> Iterator[Membership | Relation]:
    """The memberships of a person's posts, and the partOf relations of their chain's bodies; each post
    told once (keeping its body in ``run.held``)."""
    view, text = art.view, art.text
    for post in posts:
        if _unseated(post, art.rules):
            continue
        # (not 原会长B after 会长A: a former holder of the one head's post is another person by nature)
        if _held_by_another(post, run, at, art.rules) and not (former or post.former) \
                or _no_legislature(post, art.rules):
            post = replace(post, organization=None, how="unknown")
        if post.organization is not None and _occupation(post.role, art.rules) \
                and _is_country(post.organization, art.ctx):
            post = replace(post, organization=None)  # 美国诗人X, 中国作家Y: a state employs no poet
        if post.organization is not None and any(
                run.held.get((at.key, twin)) == post.organization for twin in _twins(post.role, art.rules)):
            continue  # 南非外交部部长恩佐 … 南非外长恩佐: one post, told first as 部长
        if post.organization is not None:
            run.held.setdefault((at.key, post.role), post.organization)
        how = post.how
        if post.organization is None and not post.core:
            how = "occupation"  # 律师刘伟渊: a job title with no organisation to hold it in
        title = view_mention(view, post.title, "TITLE", rule, key=text[post.title[0]:post.title[1]])
        yield Membership(at.person, title, post.role, post.organization, at.src_sent, rule,
                         round(base * HOW_FACTOR[how], 3), former=former or post.former)
        if post.parent and post.organization and post.org_span and post.parent != post.organization:
            sub = view_mention(view, post.org_span, "ORG", "post:chain-scope", key=post.organization)
            if post.parent_span is not None:
                sup = view_mention(view, post.parent_span, "ORG", "post:chain-scope", key=post.parent)
            else:  # implied by the post alone (市长 -> 市政府): no span to point at
                sup = Mention(sub.start, sub.start, "ORG", "", rule="post:chain-scope", key=post.parent)
            yield Relation(sub, "partOf", sup, at.src_sent, "relation:chain-scope", 0.8)
