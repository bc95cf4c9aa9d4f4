"""Organisations (ORG): a suffix grammar over jieba tokens, known names, abbreviations.

An organisation name is a run of name parts (places, proper names, modifiers such
as 国家 or 人民, numbers such as 第二) ending in a head word of
``kg/rules/orgs/suffixes.tsv`` (委员会, 人民政府, 局, 大学, 有限责任公司 ...). The run
starts at its leftmost anchor: a place, a proper name, a known organisation or a
starter word (国家, 中央, 全国 ...), so 这家公司 or 各级党委 make no organisation.
Names nest by extension: 中国人民大学 + 教育学院 is one name whose parent
(:func:`parent_org`) is 中国人民大学. A token jieba's dictionary tags ``nt`` and the
names of ``known.txt`` (新华社, 国务院, 联合国) stand alone.

Abbreviations (``abbrev.tsv``: 市委, 市政府, 自治区党委; ``departments.tsv``: 市工信局)
name a body of the place written before them (北京市委) or of the publisher's home
place (``ctx.place``); the key is then the full name (市委 in an Ordos paper:
中共鄂尔多斯市委员会). With no home place a bare abbreviation is no mention.
"""
from __future__ import annotations

import functools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, compress

from kg.extract.context import Context
from kg.extract.engine import in_book_marks, is_han, rules_of, user_spans
from kg.extract.placenames import PlaceNames, place_names, short_places
from kg.extract.titles import ends_in_title
from kg.model import Mention
from kg.nlp.normalize import NAME_DOTS, View
from kg.nlp.numerals import DIGITS, SMALL, TERM
from kg.nlp.tokenize import Columns, Token, columns, is_oov, tokenize
from kg.nlp.wordset import WordSet
from kg.rules import RuleSet, per_rules
from kg.rules.places import CITY_LEVELS, affixes

__all__ = [
    "extract_orgs",
    "org_spans",
    "facility_spans",
    "canonical_org",
    "parent_org",
    "org_location",
    "OrgRules",
    "SportsCues",
    "org_rules",
    "suffix_re",
    "body_kind",
    "SELF_KINDS",
    "SCHOOL_KINDS",
    "own_body",
]

#: Tags of tokens that may be part of a name before its head word.
_PART_TAGS = frozenset("ns nt nz nr nrt nrfg nrf j eng n vn nz b m an ng s a".split())
#: Tags of tokens that anchor a name (a proper name of some kind).
_ANCHOR_TAGS = frozenset("nt nz nr nrt nrfg nrf j eng".split())
_MAX_TOKENS, _MAX_CHARS = 8, 24
#: Tags of a word of not-orgs.txt that is no head but may stand inside a name, when it does not end like
#: one: a verbal noun (合作) or a word the dictionary tags as a body (国际化).
_INNER_TAGS = frozenset({"vn", "nt"})
#: What a suffix of ``orgs/suffixes`` may be marked to do besides ending a name (its third field).
_SUFFIX_USES = ("post", "parent", "brand")
#: A token's word and a word's characters, read in C (``map`` over tokens makes no Python call).
_WORD = operator.itemgetter(2)
_FIRST, _LAST = operator.itemgetter(0), operator.itemgetter(-1)
_START = operator.itemgetter(0)  # of a token
_FIRST_CHAR = operator.itemgetter(slice(0, 1))  # of a word, "" of none


@dataclass(frozen=True)
class SportsCues:
    """Words of ``sports.tsv``: what makes a sentence a match report, what marks a club next to it."""

    sentence: frozenset[str]
    next: frozenset[str]
    verb: frozenset[str]
    after: frozenset[str]
    club: frozenset[str]


@dataclass(frozen=True)
class OrgRules:
    """The organisation rules of a rule set (``kg/rules/orgs/``), with the place names they read."""

    suffixes: dict[str, str]  # head word -> kind
    #: per use of ``orgs/suffixes`` (post, parent): a regex matching a name that ends in a suffix of that use
    suffix_uses: dict[str, re.Pattern[str]]
    known: frozenset[str]
    not_orgs: frozenset[str]
    nt_finals: tuple[str, ...]  # endings an nt token needs to be an organisation
    abbrevs: dict[str, tuple[str, str]]  # abbreviation -> (level, template)
    #: the abbreviations and their bodies without the level (市委, 委): what follows a place in a name
    abbrev_heads: tuple[str, ...]
    #: the abbreviations, longest first
    abbrevs_longest_first: tuple[str, ...]
    #: the levels the abbreviations open with (市, 自治区)
    abbrev_levels: frozenset[str]
    departments: dict[str, str]  # short -> full
    departments_longest_first: tuple[str, ...]
    #: full -> (row, short) of the departments of that full form that it does not end in (作协 of 作家协会)
    departments_by_full: dict[str, tuple[tuple[int, str], ...]]
    #: short endings -> templates of the full name ({} the name before the ending: 海北街道党工委) and the
    #: endings that name must have (村, 社区; none: any)
    forms: dict[str, tuple[str, tuple[str, ...]]]
    #: suffixes of kind office, longest first (办公室, 办事处): a known name's office after it
    offices: tuple[str, ...]
    #: national bodies' short names -> (full name, use: "" (also heading a longer name), whole, state)
    national: dict[str, tuple[str, str]]
    #: parties' short names -> full names (``orgs/parties``), and a regex matching one of their committees
    #: at a place (民盟湖北省委会): groups ``party``, ``place``, ``body``
    parties: dict[str, str]
    party_re: re.Pattern[str]
    #: the short and full names of the parties whose committees are written without them (省委会) -> short
    #: names, and a regex matching one
    bare_parties: dict[str, str]
    bare_party_re: re.Pattern[str] | None
    abbrev_re: re.Pattern[str]
    #: the known names of two or more characters with no upper or lower case (联合国, 3M), and a
    #: regex matching the others (NBA, AC米兰, in any case) at every offset: see :func:`_split_known`
    known_caseless: WordSet
    known_cased_re: re.Pattern[str] | None
    places: PlaceNames
    sports: SportsCues
    industries: frozenset[str]
    starters: tuple[str, ...] = ()  # words that may begin a name (国家, 中央)
    #: words that begin a name before a country's (全 + 日本华侨华人联合会)
    all_of: frozenset[str] = frozenset()
    linkers: frozenset[str] = frozenset()  # words between name parts (驻, ·)
    #: dashes between two places' names in a name (中国—东盟中心)
    pair_dashes: frozenset[str] = frozenset()
    #: words for many states (各国, 多国) before a mission's 驻: the missions of all of them, no one body
    many_states: tuple[str, ...] = ()
    #: how Chinese news writes China's name before its bodies (中国, 我国: ``places/affixes``)
    china: tuple[str, ...] = ()
    #: a delegation's kind and head word (党政 + 代表团), written after its place
    delegation_re: re.Pattern[str] | None = None
    joiners: frozenset[str] = frozenset()  # conjunctions between two common words of a name (与)
    #: verbs of an appointment (选举X为, 任) and prepositions (由) jieba glues to the level word of the body
    #: after them (为市, 任省, 由镇) or to a name's end before it (华为/nr + 省人大常委会)
    appointed_as: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()  # words never inside a name though tagged as nouns (会见, 代表)
    #: a list's conjunctions the tagger glues to the end of the name before them (王家 + 波及 + 县法院):
    #: ``people/list_joins`` but those the names' rules alone read
    list_glue: frozenset[str] = frozenset()
    #: the titles of ``titles/titles`` but forms of address: a name after one is no part of a body's name
    titles: frozenset[str] = frozenset()
    #: Japanese surnames (``people/japanese_surnames``), which the tagger reads as places too (山本/ns)
    japanese: frozenset[str] = frozenset()
    zones: tuple[str, ...] = ()  # words of development zones' names (新区, 开发区)
    #: one-character names of places and states (``events/short_places``: 华, 日, 沪), where a mission is
    #: stationed after 驻 (驻华大使馆)
    stationed: frozenset[str] = frozenset()
    zone_bodies: frozenset[str] = frozenset()  # a zone's bodies after its name (党工委, 管委会)
    bureau_units: tuple[str, ...] = ()  # a company's head words after a group's numbered bureau (公司)
    faculties: tuple[str, ...] = ()  # a school's faculties' head words, named by a discipline (学院)
    #: words a faculty's name may follow as it follows a delimiter: the school's word for itself, a campus
    faculty_openers: tuple[str, ...] = ()
    #: units every company or school has (项目部, 研发中心): no name written alone, a head word after one
    generic: frozenset[str] = frozenset()
    #: the verbs of events (``events/triggers`` kind verb: 签约, 举行, 考察): a clause's verb, no part of a
    #: name
    event_verbs: frozenset[str] = frozenset()
    #: head words of ``orgs/suffixes`` use brand (集团): a company's name after any word, written twice
    brand_heads: frozenset[str] = frozenset()
    #: a listed company's short name before its stock code in brackets (晋西车轴(600495.SH)); None when no
    #: exchange is named in name-parts.tsv
    listed_re: re.Pattern[str] | None = None
    unit_re: re.Pattern[str] | None = None  # a military unit by its number (94755部队: name-parts army, unit)
    armies: tuple[str, ...] = ()  # armies written before a unit's number; the first keys one written bare
    max_suffix: int = 8
    #: last characters of the head words, and 部 (林业部); first characters of the known names: a token
    #: can end a name or start with a known one only if it ends or starts with one of these, or is nt
    head_finals: frozenset[str] = frozenset()
    known_initials: frozenset[str] = frozenset()
    #: :func:`_classify`, :func:`_leading_org`, :func:`_ends_not_org` and :func:`_canonical` of these
    #: rules, memoised (per rule set)
    head: Callable[[str, str], str] = field(init=False, repr=False, compare=False)
    lead: Callable[[str], str] = field(init=False, repr=False, compare=False)
    ends_not_org: Callable[[str], bool] = field(init=False, repr=False, compare=False)
    canonical: Callable[[str, str | None], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "head", functools.lru_cache(maxsize=65536)(
            functools.partial(_classify, rules=self)))
        object.__setattr__(self, "lead", functools.lru_cache(maxsize=65536)(
            functools.partial(_leading_org, rules=self)))
        object.__setattr__(self, "ends_not_org", functools.lru_cache(maxsize=65536)(
            functools.partial(_ends_not_org, rules=self)))
        object.__setattr__(self, "canonical", functools.lru_cache(maxsize=8192)(
            functools.partial(_canonical, rules=self)))


def _sports_cues(rules: RuleSet) -> SportsCues:
    names = ("sentence", "next", "verb", "after", "club")
    kinds = {k: set(v) for k, v in rules.table("orgs/sports").words_by_kind(names, kind_first=True).items()}
    kinds["club"] |= {w.lower() for w in kinds["club"]}  # AC米兰 as ac米兰
    return SportsCues(*(frozenset(kinds[k]) for k in ("sentence", "next", "verb", "after", "club")))


@per_rules
def _org_rules(rules: RuleSet) -> OrgRules:
    suffixes, uses = _read_suffixes(rules)
    abbrevs = _read_abbrevs(rules)
    departments = {row.fields[0]: row.fields[1] for row in rules.table("orgs/departments").checked(2, 2)}
    for short in departments:  # 国务院 + 侨办: a department after its body's name
        suffixes.setdefault(short, "office")
    national = _read_national(rules)
    parties, bare = _read_parties(rules)
    forms = _read_forms(rules)
    party_re = re.compile(f"(?P<party>{'|'.join(sorted(map(re.escape, parties), key=_longest_first))})"
                          r"(?P<place>[\u4e00-\u9fff]{1,12}?)(?P<body>委员会|委会|委)")
    part_kinds = ("starter", "linker", "joiner", "stop", "exchange", "zone", "zone-body", "bureau-unit",
                  "faculty", "faculty-opener", "generic", "pair-dash", "delegation", "delegation-kind",
                  "many-states", "army", "unit", "unit-part", "appointed-as", "all-of")
    parts = rules.table("orgs/name-parts").words_by_kind(part_kinds, kind_first=True)
    listed_re = _listed_re(parts["exchange"])
    abbrev_re = _abbrev_re(abbrevs, departments)
    # the national bodies are known by both their names (应急管理部, 香港中联办, 中央政府驻港联络办)
    known = frozenset(rules.lexicon("orgs/known").entries) \
        | {n for short, (full, _) in national.items() for n in (short, full)}
    # AC米兰 is written ac米兰 too: names with a letter that has case are matched ignoring case
    cased = sorted((k for k in known if len(k) >= 2 and _has_case(k)), key=_longest_first)
    # a lookahead matches at every offset, overlapping names included; the longest alternative first
    cased_re = re.compile("(?=(" + "|".join(map(re.escape, cased)) + "))", re.IGNORECASE) if cased else None
    joins, titles = rules.lexicon("people/list_joins"), rules.lexicon("titles/titles")
    return OrgRules(
        suffixes=suffixes,
        suffix_uses={u: _ending_in(words) for u, words in uses.items()},
        known=known,
        not_orgs=frozenset(rules.lexicon("orgs/not-orgs").entries),
        nt_finals=tuple(rules.lexicon("orgs/nt-finals").entries),
        abbrevs=abbrevs,
        abbrev_heads=tuple(head for a, (lv, _) in abbrevs.items() for head in (a, a[len(lv):])),
        abbrevs_longest_first=tuple(sorted(abbrevs, key=len, reverse=True)),
        abbrev_levels=frozenset(lv for lv, _ in abbrevs.values()),
        departments=departments,
        departments_longest_first=tuple(sorted(departments, key=_longest_first)),
        departments_by_full=_by_full(departments),
        forms=forms,
        national=national,
        offices=tuple(sorted((w for w, k in suffixes.items() if k == "office" and len(w) > 1),
                             key=_longest_first)),
        parties=parties,
        party_re=party_re,
        bare_parties=bare,
        bare_party_re=re.compile("|".join(sorted(map(re.escape, bare), key=_longest_first)))
        if bare else None,
        abbrev_re=abbrev_re,
        known_caseless=WordSet(k for k in known if len(k) >= 2 and not _has_case(k)),
        known_cased_re=cased_re,
        places=place_names(rules),
        sports=_sports_cues(rules),
        industries=frozenset(rules.lexicon("orgs/industries").entries),
        starters=tuple(sorted(parts["starter"])),
        all_of=frozenset(parts["all-of"]),
        linkers=frozenset(parts["linker"]),
        pair_dashes=frozenset(parts["pair-dash"]),
        many_states=tuple(sorted(parts["many-states"], key=_longest_first)),
        china=affixes(rules)["china"],
        delegation_re=re.compile("(?:" + "|".join(map(re.escape, parts["delegation-kind"])) + ")(?:"
                                 + "|".join(map(re.escape, parts["delegation"])) + ")")
        if parts["delegation"] and parts["delegation-kind"] else None,
        joiners=frozenset(parts["joiner"]),
        appointed_as=frozenset(parts["appointed-as"]),
        stops=frozenset(parts["stop"]),
        list_glue=frozenset(joins.entries) - joins.with_flag("names"),
        titles=frozenset(titles.entries) - titles.with_flag("hon"),
        japanese=frozenset(rules.lexicon("people/japanese_surnames").entries),
        zones=tuple(parts["zone"]),
        stationed=frozenset(short_places(rules)),
        zone_bodies=frozenset(parts["zone-body"]),
        bureau_units=tuple(parts["bureau-unit"]),
        faculties=tuple(parts["faculty"]),
        faculty_openers=tuple(parts["faculty-opener"]),
        generic=frozenset(parts["generic"]),
        brand_heads=frozenset(uses["brand"]),
        event_verbs=frozenset(r.text("word") for r in rules.records("events/triggers").rows
                              if r.text("kind") == "verb"),
        listed_re=listed_re,
        unit_re=_unit_re(parts["unit"], parts["unit-part"]),
        armies=tuple(parts["army"]),
        max_suffix=max(map(len, suffixes)),
        head_finals=frozenset({s[-1] for s in suffixes} | {"部"}),
        known_initials=frozenset(k[0] for k in known),
    )


def _read_suffixes(rules: RuleSet) -> tuple[dict[str, str], dict[str, set[str]]]:
    """``orgs/suffixes``: head word -> kind, and the head words of each use (post, parent, brand)."""
    suffixes: dict[str, str] = {}
    uses: dict[str, set[str]] = {u: set() for u in _SUFFIX_USES}
    for row in rules.table("orgs/suffixes").checked(2, 3):
        suffixes[row.fields[0]] = row.fields[1]
        for use in filter(None, row.fields[2].split(",") if len(row.fields) == 3 else ()):
            if use not in uses:
                raise row.error(f"field 3: unknown use {use!r}, must be one of {', '.join(_SUFFIX_USES)}")
            uses[use].add(row.fields[0])
    return suffixes, uses


def _read_abbrevs(rules: RuleSet) -> dict[str, tuple[str, str]]:
    """``orgs/abbrev``: abbreviation -> (level, template of the full name, {} the place)."""
    abbrevs: dict[str, tuple[str, str]] = {}
    for row in rules.table("orgs/abbrev").checked(3, 3):
        abbrev, level, template = row.fields
        if template.count("{}") != 1:
            raise row.error("template must hold {} once, for the place")
        if not abbrev.startswith(level):
            raise row.error(f"abbreviation {abbrev} does not start with its level {level}")
        abbrevs[abbrev] = (level, template)
    return abbrevs


def _read_national(rules: RuleSet) -> dict[str, tuple[str, str]]:
    """``orgs/national``: short name -> (full name, use: "", whole or state)."""
    national = {}
    for row in rules.table("orgs/national").checked(2, 3):
        use = row.fields[2] if len(row.fields) == 3 else ""
        if use not in ("", "whole", "state"):
            raise row.error(f"field 3: unknown use {use!r}, must be whole, state or empty")
        national[row.fields[0]] = (row.fields[1], use)
    return national


def _read_parties(rules: RuleSet) -> tuple[dict[str, str], dict[str, str]]:
    """``orgs/parties``: short name -> full name, and the short and full names of the parties flagged
    bare (their committees written without them: 省委会) -> short name."""
    parties, bare = {}, {}
    for row in rules.table("orgs/parties").checked(2, 3):
        parties[row.fields[0]] = row.fields[1]
        flag = row.fields[2] if len(row.fields) == 3 else ""
        if flag not in ("", "bare"):
            raise row.error(f"field 3: unknown flag {flag!r}, must be bare or empty")
        if flag:
            bare.update({row.fields[0]: row.fields[0], row.fields[1]: row.fields[0]})
    return parties, bare


def _read_forms(rules: RuleSet) -> dict[str, tuple[str, tuple[str, ...]]]:
    """``orgs/forms``: short ending -> (template of the full name, the endings the name before it must
    have)."""
    forms: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in rules.table("orgs/forms").checked(2, 3):
        if row.fields[1].count("{}") != 1:
            raise row.error("template must hold {} once, for the name before the ending")
        stems = tuple(filter(None, row.fields[2].split(","))) if len(row.fields) == 3 else ()
        forms[row.fields[0]] = (row.fields[1], stems)
    return forms


def _listed_re(exchange: tuple[str, ...]) -> re.Pattern[str] | None:
    """A listed company's short name before its stock code in brackets (晋西车轴(600495.SH)), the code of
    one of the ``exchange`` words; None when there are none."""
    exchanges = "|".join(sorted(map(re.escape, [*exchange, *(e.lower() for e in exchange)])))
    code = r"(?=[(（]\d{6}(?:\.(?:" + exchanges + r"))?[)）])"  # (600495.SH), （000001）
    # a name starts the text or follows a delimiter, or a dateline's 讯/电 (北京2月20日讯东阿阿胶(000423.SZ))
    after = r"(?:^|(?<=[\s,，、。：:；;“\"])|(?<=日[讯电]))"
    return re.compile(after + r"([\u4e00-\u9fff]{2,8})" + code) if exchanges else None


def _unit_re(units: Iterable[str], parts: Iterable[str]) -> re.Pattern[str] | None:
    """A military unit by its number and a part of it (94755部队, 94755部队卫生所): ``name-parts`` unit,
    unit-part."""
    def any_of(words: Iterable[str]) -> str:
        return "|".join(map(re.escape, sorted(words, key=_longest_first))) or "(?!)"

    return re.compile(f"[0-9０-９]{{4,6}}(?:{any_of(units)})(?:{any_of(parts)})?") if units else None


def _abbrev_re(abbrevs: dict[str, tuple[str, str]], departments: dict[str, str]) -> re.Pattern[str]:
    """An abbreviation's level, its body (市 + 委, 县 + 政府) or a department, and a department after it."""
    levels = sorted({lv for lv, _ in abbrevs.values()}, key=lambda w: (-len(w), w))
    bodies = sorted({a[len(lv):] for a, (lv, _) in abbrevs.items()} | set(departments), key=_longest_first)
    return re.compile(
        "(?:" + "|".join(map(re.escape, levels)) + ")"
        + "(?:" + "|".join(map(re.escape, bodies)) + ")"
        + "(?:" + "|".join(map(re.escape, sorted(departments, key=lambda w: (-len(w), w)))) + ")?"
    )


def _has_case(word: str) -> bool:
    """Whether a character of ``word`` has an upper or lower case form (what re.IGNORECASE folds)."""
    return any(c.lower() != c or c.upper() != c for c in word)


def org_rules(rules: RuleSet | None = None) -> OrgRules:
    """The organisation rules of a rule set (the built-in rules when None), checked and built once."""
    return _org_rules(rules_of(None) if rules is None else rules)


def suffix_re(use: str, rules: RuleSet) -> re.Pattern[str]:
    """A regex that finds whether a name ends in a suffix of ``orgs/suffixes`` marked ``use``.

    ``post``: a body the NER missed, written right before a post; ``parent``: a parent body written at the
    head of another's name.
    """
    return _org_rules(rules).suffix_uses[use]


def body_kind(org: str, rules: RuleSet) -> str:
    """The kind of the longest head word of orgs/suffixes ``org`` ends with ('' when none)."""
    return _suffix_kind(org, _org_rules(rules))


#: The kinds of body whose own news names it by a word of its own (我校, 我院, 我会: ``self-ref`` words).
SCHOOL_KINDS = ("school", "hospital", "research", "association", "court")
#: What the name of a body its own news names so ends in, by that word's last character (我院: a hospital,
#: an academy or a court; 我校: a school; 我会: an association).
SELF_KINDS = {"院": ("院", "医院", "学院"), "校": ("校", "大学", "学院", "中学", "小学"), "会": ("会",)}


def own_body(publisher: str, word: str, rules: RuleSet, *, by_name: bool = False) -> str | None:
    """The body a publisher is or is a part of that its own news names by ``word`` (我院, 我校, 我会).

    The publisher's name up to the last of the word's own character, when a body of ``SCHOOL_KINDS`` ends
    there (青山大学附属医院 + 我院: the hospital, not 青山大学; 青山大学经济学院 + 我校: none, a faculty is
    no 我校), else None: the body a post after the word is of. ``by_name``: up to the end of its last word of
    ``SELF_KINDS`` of two characters or more, as written (白水大学国际交流处 + 我校: 白水大学; 青山医院院办 +
    我院: 青山医院), None when it has none: the key of the place an event came to, where a name with no
    such word is kept whole (中国法院网, 青山商会网站: not 中国法院, 青山商会). Two ways, each as its caller
    had it: the events' read the first way would key visits to the page of 东北亚地区地方政府联合会网站 (a
    read set's publisher) by 东北亚地区地方政府联合会, the posts' read the second way would give a post after
    我校 on a faculty's page to the faculty.
    """
    if by_name:
        end = max((at + len(k) for k in SELF_KINDS.get(word[-1], ()) if len(k) > 1
                   and (at := publisher.rfind(k)) >= 0), default=0)
        return publisher[:end] or None
    body = publisher[:publisher.rfind(word[-1]) + 1]
    return body if body and body_kind(body, rules) in SCHOOL_KINDS else None


def _ending_in(words: set[str]) -> re.Pattern[str]:
    """A regex matching at the end of a text that ends in one of ``words`` (none: it never matches)."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile("(?:" + "|".join(map(re.escape, sorted(words, key=_longest_first))) + ")$")


#: Tags of tokens that may end in a suffix (宣传部 nr, 话剧团 n, 中宣部 nt), not verbs or idioms (重新部署).
_HEAD_TAGS = frozenset("n nt nz nr nrt nrfg j ng eng ns".split())


def _by_full(departments: dict[str, str]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Full form -> (row, short) of the departments written short so (not 检察院 of 人民检察院, which its full
    form ends in)."""
    by_full: dict[str, tuple[tuple[int, str], ...]] = {}
    for row, (short, full) in enumerate(departments.items()):
        if not full.endswith(short):
            by_full[full] = (*by_full.get(full, ()), (row, short))
    return by_full


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


def _classify(word: str, tag: str, rules: OrgRules) -> str:
    """How a token can end a name: 'self' (a name alone), 'head' (needs a name part before it) or ''."""
    if word in rules.suffixes:
        return "head"
    if _ends_not_org(word, rules):
        return ""  # 干部, and 村干部, 政治局常委, 台湾当局
    if word in rules.known:
        return "self"
    if tag == "nt":
        if word in rules.places.gaz.by_name:  # 香港特别行政区 is a place
            return ""
        if word.endswith("政府") and len(word) > 2:
            # 中国政府, 泰国政府 are bodies; 克林顿政府, 联合政府 are administrations
            names = rules.places.names
            return "self" if any(word[:e] in names for e in range(1, len(word) - 1)) else ""
        if word.endswith(rules.nt_finals):
            return "self"
    if tag == "l":
        # 曲阜师范大学/l, 武汉职业技术学院/l: a body jieba's dictionary holds as a phrase is a name when it
        # starts with its own place
        names = rules.places.names
        return "self" if any(word[i:] in rules.suffixes for i in range(2, len(word))) \
            and any(word[:e] in names for e in range(2, len(word) - 1)) else ""
    if tag not in _HEAD_TAGS:
        return ""
    if len(word) == 3 and word.endswith("部") and not word.endswith("干部") and tag in ("n", "nt"):
        return "self"  # ministries: 林业部, 文化部, 外交部
    for i in range(1, len(word)):
        suffix = word[i:]
        if suffix in rules.suffixes:
            if len(suffix) == 1 and word in rules.places.gaz.by_name:
                return ""  # 莫斯科 is no 科
            numbered = word[0] in DIGITS
            if len(suffix) == 1 and len(word) < 3 and tag not in ("n", "j") and not numbered:
                return ""  # 干部, 大局; but 二厂, 三院
            if len(suffix) == 1 and len(word) == 2 and word[0] in _GLUED:
                return ""  # 陈帅夫 + 将署(任): a function word glued to a verb, no body's head word
            names = rules.places.names
            if any(word[:e] in names for e in range(2, len(word) - len(suffix) + 1)):
                return "self"  # one token with its own place: 日本自民党
            return "head"
    return ""


def _ends_not_org(word: str, rules: OrgRules) -> bool:
    """Whether ``word`` ends with a word of not-orgs.txt (村干部, 本报记者)."""
    return any(word[i:] in rules.not_orgs for i in range(len(word) - 1)) or word in rules.not_orgs


def _is_place(word: str, tag: str, pn: PlaceNames) -> bool:
    return word in pn.names or (tag == "ns" and pn.ns_place(word))


def _leading_org(word: str, rules: OrgRules) -> str:
    """A known name a dictionary word starts with when the rest is no name part (联合国 of 联合国大会)."""
    if len(word) < 3:
        return ""
    for e in range(len(word) - 1, 1, -1):
        if word[:e] in rules.known and not is_oov(word[e:]):
            return word[:e]
    return ""


def _common(tok: Token, rules: OrgRules) -> bool:
    """Whether a token is a common word that may stand beside a joiner inside a name (合作, 资源): a noun or
    verbal noun that is neither a body's head word nor a name or place."""
    return tok.tag in ("n", "vn") and not rules.head(tok.word, tok.tag) \
        and not _is_place(tok.word, tok.tag, rules.places) and tok.word not in rules.known


def _place_read_as_verb(t: Token, toks: tuple[Token, ...], k: int, rules: OrgRules) -> bool:
    """Whether token ``k`` is a county's or a city's short name the tagger reads as a verb, right after
    another place inside a name (台州 + 开化/v + 商会: the natives of 开化 in 台州)."""
    return t.tag == "v" and t.word in rules.places.gaz.by_name and k > 0 \
        and _is_place(toks[k - 1].word, toks[k - 1].tag, rules.places)


def _level_after_place(t: Token, toks: tuple[Token, ...], k: int, rules: OrgRules) -> bool:
    """Whether token ``k`` is a level word the tagger reads as a morpheme (县/zg) right after a place inside a
    name (中国人民政治协商会议 + 青山 + 县/zg + 委员会)."""
    return t.tag == "zg" and t.word in rules.places.levels and k > 0 \
        and _is_place(toks[k - 1].word, toks[k - 1].tag, rules.places)


def _is_anchor(word: str, tag: str, rules: OrgRules) -> bool:
    """Whether a token can start a name: a proper name, a place, a starter word (国家验收委员会)."""
    if tag in _ANCHOR_TAGS or word in rules.known or word.startswith(rules.starters):
        return True
    if word in rules.places.names or (tag == "ns" and word not in rules.places.not_places):
        return True
    return tag in ("n", "nz", "vn") and is_oov(word)


def org_spans(text: str, ctx: Context | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, key, rule) of the organisations of ``text`` (view offsets), in order, not overlapping."""
    return [s for s in _grammar_spans(text, ctx) if not s[3].startswith("places.")]


def facility_spans(text: str, ctx: Context | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, key, rule) of named buildings and sites (北京音乐厅, 首都机场): places made like names."""
    return [s for s in _grammar_spans(text, ctx) if s[3].startswith("places.")]


def _grammar_spans(text: str, ctx: Context | None) -> list[tuple[int, int, str, str]]:
    """Organisations and facilities of ``text``."""
    return _spans_of(text, ctx.place if ctx is not None else None, ctx.publisher if ctx is not None else None,
                     rules_of(ctx))


# Tags of a brand word the tagger reads as a modifier (方大/a, 高速/d) before a company's head word
_BRAND_AS_MODIFIER = frozenset({"a", "d"})

# Suffixes of registered company names (公司法): the words before them are the name, anchor or not.
_REGISTERED = frozenset({"股份有限公司", "有限责任公司", "有限公司", "集团有限公司"})

# a school's head's title and party bodies, whose first character a school's name may take when the
# tagger cuts 学校 + 长江 (上海科技大学 + 校长江绵恒) or 大 + 学校 + 党委 (青海大学 + 校党委), and the names
# such a school ends with
_HEAD_OF_SCHOOL = ("校长", "校党委", "校纪委")
_SCHOOLS = ("大学", "学院")

# One-character verbs and prepositions the tagger glues to a name before a body (张三为市教育局局长).
_GLUED_NAME_END = frozenset("为任在是将和对到率")
# tags of a word the tagger reads as a person's name
_NAME_HEAD_TAGS = frozenset({"nr", "nrt", "nrfg"})


@dataclass(frozen=True)
class _Read:
    """A text as the grammar reads it: its tokens, a head word glued to the word before split off
    (:func:`_split_heads`), as columns and as tokens, and the offsets where a token starts and ends."""

    text: str
    cols: Columns
    toks: tuple[Token, ...]
    starts: set[int]
    ends: set[int]

    @classmethod
    def of(cls, text: str, rules: OrgRules) -> _Read:
        tagged = columns(text)
        cols = _split_heads(tagged, rules)
        toks = tokenize(text) if cols is tagged else tuple(map(Token._make, zip(*cols, strict=True)))
        return cls(text, cols, toks, set(cols.starts), set(cols.ends))


@functools.lru_cache(maxsize=2)  # the place and the organisation extractors read the same text
def _spans_of(text: str, place: str | None, publisher: str | None,
              ruleset: RuleSet) -> list[tuple[int, int, str, str]]:
    ctx = Context(place=place, publisher=publisher, rules=ruleset)
    rules = org_rules(ruleset)
    r = _Read.of(text, rules)
    cands, bare = _candidates(r, ctx, rules)
    taken = _chosen(cands)
    taken, longs = _with_shorts(r, taken, publisher, rules)
    return _keyed(r, taken, longs, bare, ctx, rules)


def _grammar_names(r: _Read, rules: OrgRules) -> tuple[list[tuple[int, int, str]], set[str]]:
    """(start, end, rule) of the names the suffix grammar reads, a name at each token that may end one,
    in order; and the companies named by a brand read as a modifier (方大集团)."""
    cands: list[tuple[int, int, str]] = []
    brands: set[str] = set()
    cols, toks, text = r.cols, r.toks, r.text
    # what each token that may end a name is (its kind of head word, or the known name it starts with),
    # worked out in C through the memos; the loop runs at the few where one of them is something
    sites = list(_name_ends(cols, rules))
    words = list(map(cols.words.__getitem__, sites))
    kinds = list(map(rules.head, words, map(cols.tags.__getitem__, sites)))
    leads = list(map(rules.lead, words))
    some = map(operator.or_, map(bool, kinds), map(bool, leads))
    for j, kind, lead in compress(zip(sites, kinds, leads, strict=True), some):
        tok = toks[j]
        if tok.tag in _NAME_HEAD_TAGS and text[tok.end:tok.end + 1] in NAME_DOTS:
            continue  # 国务卿 + 马尔科/nr + ·卢比奥: a word the tagger reads as a name before a middle dot is
            # the first part of a foreign name, whatever suffix it ends in (科, 局)
        if not kind:
            if lead:  # 联合国 of 联合国大会
                cands.append((tok.start, tok.start + len(lead), "orgs.known"))
            continue
        cand = _name_ending_at(r, j, kind, rules, brands)
        if cand is not None:
            cands.append(cand)
    return cands, brands


def _name_ending_at(r: _Read, j: int, kind: str, rules: OrgRules,
                    brands: set[str]) -> tuple[int, int, str] | None:
    """(start, end, rule) of the name whose head word (of ``kind``: 'head', 'self') token ``j`` ends, or
    None; a company named by a brand read as a modifier is added to ``brands``."""
    text, toks = r.text, r.toks
    tok = toks[j]
    head_start = _head_start(text, tok, r.starts, rules)
    if text[head_start - 1:head_start] in NAME_DOTS:
        return None  # 阿利斯泰尔·科: a foreign name's last part, not a body's section (科) or bureau (局)
    k = j - 1
    while k >= 0 and toks[k].start >= head_start:
        k -= 1  # 有限责任 + 公司: a suffix of several tokens
    leftmost = None  # the first word of the run of name parts, anchor or not
    if k > 0 and len(toks[k].word) == 2 and toks[k].tag in _BRAND_AS_MODIFIER \
            and _is_place(toks[k - 1].word, toks[k - 1].tag, rules.places) \
            and _suffix_kind(text[head_start:tok.end], rules) == "company" \
            and text.count(text[toks[k].start:tok.end]) > 1:
        # 辽宁 + 方大/a + 集团, 山东 + 高速/d + 集团: a brand the tagger reads as an adjective or adverb,
        # between its place and a company's head word, written twice (中国 + 最大 + 集团 is a phrase);
        # written without the place it is the company too
        brands.add(text[toks[k].start:tok.end])
        leftmost = toks[k].start
        k -= 1
    registered = text[head_start:tok.end] in _REGISTERED
    start, leftmost, k = _name_start(r, j, k, kind, leftmost, registered, rules)
    if start is None and leftmost is not None and text[head_start:tok.end] in _REGISTERED \
            and (k < 0 or toks[k].tag == "x"):
        # 棕榈生态城镇发展 + 股份有限公司: a registered company's whole name, from a delimiter
        start = leftmost
    if start is None:
        return None
    if start >= head_start and kind == "head":
        return None  # a bare head word (公司, 教育局) is no name
    if text[start:tok.end] in rules.not_orgs:
        return None  # 中介公司, 上市公司: a kind of body, no name
    first = next(t for t in toks[max(0, k):j + 1] if t.start == start)
    level = next((t for t in toks[max(0, k):j + 1] if t.start == first.end), None)
    if first.tag in ("nr", "nrfg") and first.word[-1] in rules.appointed_as and level is not None \
            and level.word[0] in rules.places.levels \
            and (len(level.word) == 1 or level.tag == "j") \
            and text[first.start:level.start + 1] not in rules.places.names:
        # 选举张 + 华为/nr + 省/n + 人大常委会, + 市政协/j: a name's end the tagger read with 为 as a name,
        # before a level's body written short (省人大常委会): no place's name, so the body's name starts at
        # its level (not 西敏寺/nr + 市场公司, a word; nor 高平/nr + 省委, a foreign province's)
        start, first = level.start, level
    if first.tag in ("nr", "nrfg") and text[head_start:tok.end] in ("政府", "当局", "内阁"):
        return None  # 克林顿政府 is an administration, not a body with a name
    if first.tag in ("nr", "nrfg") and len(first.word) == 1 and first.end == head_start and k >= 0 \
            and (toks[k].word == "、" or toks[k].word in rules.titles):
        return None  # 副主任A、卜/nr + 海军: a surname in a list of names, the given name the tagger read
        # as a body's head word (黎/nr + 真主党, 蓝/nr + 环岛 name a body and a site)
    return start, tok.end, "orgs.suffix" if start < tok.start or kind == "head" else "orgs.known"


def _name_start(r: _Read, j: int, k: int, kind: str, leftmost: int | None, registered: bool,
                rules: OrgRules) -> tuple[int | None, int | None, int]:
    """Where the name ending at token ``j`` starts, read leftwards from token ``k`` over its run of name parts
    (None: no anchor in the run; a 'self' head word, 国务院, is a name alone), the first word of the run
    (``leftmost``: anchor or not) and the token before the run."""
    text, toks = r.text, r.toks
    tok = toks[j]
    start = tok.start if kind == "self" else None
    named_by_place = False  # whether the name found so far starts with a place (漳州市人民政府)
    while k >= 0 and j - k <= _MAX_TOKENS and tok.end - toks[k].start <= _MAX_CHARS:
        t = toks[k]
        inside = _inside_run(toks, j, k, rules)
        if inside is not None:
            k = inside
            continue
        if _ends_run(toks, k, registered, rules):
            break
        if (t.tag in ("nr", "nrfg") and not _is_place(t.word, t.tag, rules.places)
                or t.word in rules.japanese) and k > 0 and toks[k - 1].word in rules.titles:
            # 部长 + 王明/nr + 科, 副局长 + 张大/nr + 丽率项目办, 副秘书长 + 山本/ns + 恭司: a name
            # after a title is no body's (武警 + 张家口/nr + 支队 is a place's); a surname alone there
            # starts the name the body would start with (总经理 + 柯/nr + 金国/ns + 专题汇报公司)
            if len(t.word) == 1 and start == toks[k + 1].start:
                start = None
            break
        listed = _place_after_listed_name(toks, k, j, rules)
        if listed is not None:
            start = listed  # 主席 + 韩国/ns + 瑞/ns + 吉林省科协: the body opens at its place
            break
        if len(t.word) == 2 and (t.word[0] in rules.appointed_as or t.word[0] in rules.list_glue
                                 or t.word[0] in _BEFORE_LEVEL) and t.word[1] in rules.places.levels:
            # X为市 + 六届 + 人大常委会, 由镇 + 人大, X及区 + 卫健委: the body starts at its level word
            # (_unglue drops 为, 及); an organisation's name never runs over 为/任/由/及 into the words
            # before it
            start = leftmost = t.start
            k -= 1
            break
        if len(t.word) == 2 and t.word[0] in rules.appointed_as and t.word[1] in rules.suffixes:
            break  # 任厅/n + 党委: a verb glued to a unit's head word alone (厅), which names no body here
        if t.tag in ("nr", "nrfg") and named_by_place:
            break  # 免去卢明远 + 漳州市人民政府: a body named by its place has no person's name before it
        if t.tag == "a" and len(t.word) > 1:
            break  # 新 in 华景新材料, not 重要 in a phrase
        if tok.word in rules.abbrevs and t.word.endswith(rules.abbrevs_longest_first):
            break  # 深圳 + 市委 + 市政府, 湖南省委/nt + 省政府: two bodies of a place (市委宣传部 is one)
        inner = rules.ends_not_org(t.word)
        if kind == "self":
            # 中国 + 国务院, 淄博市 + 中级 + 人民法院; but not 党中央 + 国务院: no name before a name
            if rules.head(t.word, t.tag) == "self":
                break
            # a place the tagger cut before its level word (高淳/nr + 区 + 人民检察院/nt) is one too
            placed = _is_place(t.word, t.tag, rules.places) \
                or k + 1 < j and text[t.start:toks[k + 1].end] in rules.places.names
            if not inner and (placed or t.tag in ("nt", "nz", "j")):
                start = t.start
                named_by_place = placed
            elif t.tag == "m" and t.word.endswith("届") and tok.word.endswith("常委会") \
                    and start == tok.start:
                # 十四届 + 全国人大常委会: a standing committee's term is written in its name (as in
                # 泉州市十六届人大常委会); not a congress's (一届全国人大后, 第九届全国人民代表大会代表:
                # a session, the body without its term in People's Daily, as is 第八届 +
                # 全国人民代表大会常务委员会)
                start = t.start
        elif not inner and (_is_anchor(t.word, t.tag, rules) or rules.head(t.word, t.tag) == "self"):
            start = t.start
            named_by_place = _is_place(t.word, t.tag, rules.places)
        elif t.word in rules.all_of and start == toks[k + 1].start and _is_country(toks[k + 1].word, rules):
            start = t.start  # 全 + 日本华侨华人联合会: all of a country's, a name's first word
        leftmost = t.start
        k -= 1
    return start, leftmost, k


def _is_country(word: str, rules: OrgRules) -> bool:
    """Whether ``word`` names a country of the gazetteer (日本, 美国)."""
    place = rules.places.gaz.lookup(word) if word in rules.places.names else None
    return place is not None and place.level == "country"


def _place_after_listed_name(toks: tuple[Token, ...], k: int, j: int, rules: OrgRules) -> int | None:
    """Where a body opens at a place when token ``k`` is in the two to four characters, no place, between a
    title and that place (副主席 + 罗/j + 汉江/ns + 云南省 + 第二人民医院): in a list written with no
    punctuation (unit, title, name) those characters are the title's holder, no part of the next unit."""
    title = next((q for q in (k - 1, k - 2) if q >= 0 and ends_in_title(toks[q].word, rules.titles)), None)
    if title is None:
        return None
    for p in range(k + 1, min(k + 4, j + 1)):
        words = "".join(t.word for t in toks[title + 1:p])
        if len(toks[p].word) >= 2 and _is_place(toks[p].word, toks[p].tag, rules.places) \
                and 2 <= len(words) <= 4 and is_han(words) and words not in rules.places.names \
                and all(t.tag in _PART_TAGS for t in toks[title + 1:p]):  # (not 团长 + 的 + 香港 + 湖南…)
            return toks[p].start
    return None


def _inside_run(toks: tuple[Token, ...], j: int, k: int, rules: OrgRules) -> int | None:
    """The token to read on from when token ``k`` is inside the run of a name ending at token ``j`` without
    being one of its parts (a conjunction, a note in brackets, a dash), else None."""
    t = toks[k]
    if t.word in rules.joiners and 0 < k < j - 1 and _common(toks[k - 1], rules) \
            and _common(toks[k + 1], rules):
        return k - 1  # 国际合作 + 与 + 交流处: a conjunction between two common words of the name
    if t.word == "、" and 0 < k < j - 1 and toks[k - 1].tag == toks[k + 1].tag == "m" \
            and _ordinal(toks[k - 1].word) and _ordinal(toks[k + 1].word):
        return k - 1  # 政协第四 + 、 + 五 + 、 + 六届 + 全国委员会: a list of the body's terms
    opening = _bracket_inside(toks, k, rules) if 0 < k < j else None
    if opening is not None:
        return opening - 1  # 天府新区 + (四川自贸区) + 法院, 长春市外事 + (侨务) + 办公室: a note inside
    if t.word in rules.pair_dashes and 0 < k < j - 1 and _is_place(toks[k - 1].word, toks[k - 1].tag,
                                                                  rules.places) \
            and toks[k + 1].tag in _PAIRED_TAGS and toks[k - 1].end == t.start:
        return k - 1  # 中国 + — + 东盟中心: a dash between a place and a place or a group of states
    return None


def _ends_run(toks: tuple[Token, ...], k: int, registered: bool, rules: OrgRules) -> bool:
    """Whether token ``k`` is no part of a name's run of name parts by its word and tag alone, whatever
    the name: the run ends after it."""
    t = toks[k]
    if not (t.tag in _PART_TAGS or t.word in rules.linkers or registered and t.tag == "l"
            or _place_read_as_verb(t, toks, k, rules) or _level_after_place(t, toks, k, rules)) \
            or t.word in rules.stops:
        return True  # (a registered company's name may hold an idiom the tagger reads as one: 生物工程/l)
    inner = rules.ends_not_org(t.word)  # a word of not-orgs.txt inside the name: it starts none
    if inner and not (t.tag in _INNER_TAGS and t.word in rules.not_orgs
                      and t.word[-1] not in rules.head_finals):
        return True  # 村干部, 上市公司/nt end a run; 合作/vn (…合作促进会), 国际化/nt (…国际化协会) do not
    if t.tag == "m" and not _ordinal(t.word):
        return True
    if t.word[0] in _EACH and len(t.word) > 1 and not _is_place(t.word, t.tag, rules.places):
        return True  # 会上 + 各商/n + 协会秘书长: 各 (each) glued to a word opens no name
    if len(t.word) == 2 and t.word[-1] in rules.list_glue and t.word not in rules.places.names:
        return True  # 王家 + 波及/ns + 县法院: a list's 及 glued to the name before it (埃及 is a place)
    if t.tag in ("nr", "nrfg") and (len(t.word) in (3, 4) and t.word[-1] in _GLUED_NAME_END
                                    or len(t.word) == 3 and t.word[-1] == "及") \
            or len(t.word) == 2 and t.word[-1] in _GLUED_NAME_END and k > 0 \
            and toks[k - 1].tag in ("nr", "nrfg"):
        return True  # 任命张三为 + 市教育局, 张大/nr + 丽率 + 项目办, 代区长安 + 文哲及/nr + 区委: a name
        # and its glued verb or 及 are no part of a body's name (科学普及/nr + 出版社 is one)
    if len(t.word) > 1 and t.word[0] in _GLUED_NAME_END and k > 0 \
            and toks[k - 1].tag in ("nr", "nrfg") \
            and not (len(t.word) == 2 and t.word[1] in rules.places.levels):
        return True  # 周/nr 大伟/nr 为省/n + 人大常委会: the verb after a name glued to the body's
        # place (为区 + 人民政府 after a name: the body starts at its level word, below)
    return False


def _candidates(r: _Read, ctx: Context,
                rules: OrgRules) -> tuple[list[tuple[int, int, str]], dict[tuple[int, int], str]]:
    """(start, end, rule) of every name the grammar and the other readers find, overlapping, in the order
    they win ties; and the party committees written bare (市委, with their keys: ``_bare_committees``)."""
    text, toks, starts, ends = r.text, r.toks, r.starts, r.ends
    cands, brands = _grammar_names(r, rules)
    cands.extend((m.start(), m.end(), "orgs.suffix") for name in sorted(brands)
                 for m in re.finditer(re.escape(name), text) if m.start() in starts and m.end() in ends)
    cands.extend(_split_known(text, starts, ends, rules))
    cands.extend(_bureau_spans(toks, rules))
    cands.extend(_zone_spans(text, toks, rules))
    cands.extend(_faculty_spans(toks, rules))
    cands.extend(_delegations(text, starts, rules))
    cands.extend(_bracketed_companies(text))
    cands.extend(_registered_companies(text, toks, rules))
    cands.extend(_missions(text, rules))
    cands.extend(_branded_groups(text, toks, rules))
    cands.extend(_listed(text, toks, starts, ends, rules))
    cands.extend(_numbered_units(text, rules))
    # 外交部长 is a post (外交部 and 部长 share 部), 公安部门 a kind of office: no ministry named in them;
    # a paper's name in 《》 is the paper as a work (《解放日报》), no body
    cands = [_unglue(c, toks, text, rules) for c in cands if not text.startswith(("部长", "部门"), c[1] - 1)
             and not (text[c[0] - 1:c[0]] == "《" and _suffix_kind(text[c[0]:c[1]], rules) == "paper")
             and not (text[c[0]:c[1]].endswith(_CONGRESS_NAMES) and _SESSION.match(text, c[1]))]
    cands = [(a, b - 1, rule) if text.startswith(_HEAD_OF_SCHOOL, b - 1) and text.endswith(_SCHOOLS, a, b - 1)
             else (a, b, rule) for a, b, rule in cands]  # 上海科技大学 + 校长: the tagger read 学校 + 长江
    cands.extend(_abbrev_spans(text, starts, ends, ctx, rules))
    cands.extend(_party_centres(text, cands, rules))
    # a party's committee (民盟湖北省委会) wins over the grammar's longer reading (…委会副主委: 委 a head)
    party = list(_party_spans(text, starts, ctx, rules))
    bare = _bare_committees(text, ctx, rules)
    party += [(a, b, "orgs.party") for a, b in bare if all(b <= c or a >= d for c, d, _ in party)]
    cands = party + [c for c in cands if all(c[1] <= a or c[0] >= b for a, b, _ in party)]
    cands.extend(_club_spans(toks, rules))
    cands.extend(_brand_spans(toks, rules))
    # a unit every company or school has, written alone (项目部, 研发中心), names no body: a name ending in it
    # (青山花园项目部) is one; nor do the missions of many states (各国驻华使馆)
    cands = [c for c in cands
             if text[c[0]:c[1]] not in rules.generic and not _of_many_states(text, c[0], rules)
             and not _stationed_only(text[c[0]:c[1]], rules)]
    # names of a user lexicon (# lexicon: orgs/orgs) win over the grammar where they overlap
    user = [(a, b, rule) for a, b, _, rule in user_spans(text, ctx, "orgs/orgs", "orgs.user")]
    return user + [c for c in cands if all(c[1] <= a or c[0] >= b for a, b, _ in user)], bare


#: the words that open the short names of China's party's central bodies (中央政治局, 中央书记处), and the
#: full name of its central committee, which their full names open with
_CENTRE, _CPC_CENTRE = "中央", "中国共产党中央委员会"
#: a party's name alone, which is China's (共产党中央: the CPC's central committee)
_BARE_PARTY = "共产党"


def _party_centres(text: str, cands: list[tuple[int, int, str]],
                   rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """A central body written like China's party's (中央政治局, 中央书记处, 中央委员会) right after another
    party's name (古巴共产党 + 中央政治局), or after a national short name of one ending in the 中央 the body
    opens with (越共中央 + 书记处): one name, that party's body (keyed by :func:`_party_centre` or the
    national short name)."""
    centres = [(a, b) for a, b, _ in cands if text.startswith(_CENTRE, a) and _cpc_centre(text[a:b], rules)]
    if not centres:
        return
    parties = {b: a for a, b, _ in cands
               if b - a > len(_BARE_PARTY) and _suffix_kind(text[a:b], rules) == "party"}
    shorts = [short for short, (full, _) in rules.national.items()
              if short.endswith(_CENTRE) and len(short) > len(_CENTRE) and not full.startswith(_CPC_CENTRE)]
    for a, b in centres:
        start = parties.get(a)
        if start is None:
            short = next((w for w in shorts if text.endswith(w, 0, a + len(_CENTRE))), "")
            start = a + len(_CENTRE) - len(short) if short else None
        if start is not None:
            yield start, b, "orgs.party-centre"


def _cpc_centre(name: str, rules: OrgRules) -> str:
    """The full name of China's party's central body ``name`` names (中央政治局 -> 中国共产党中央委员会政治局,
    中央委员会), else ''."""
    full = _CPC_CENTRE if name == _CENTRE + _COMMITTEE else _national(name, rules) or ""
    return full if full.startswith(_CPC_CENTRE) else ""


def _party_centre(name: str, rules: OrgRules) -> str | None:
    """The full name of a party's central body written with the party's name and the short name of China's
    party's body of that kind (古巴共产党中央政治局 -> 古巴共产党中央委员会政治局, 中国共产党中央书记处), or
    None."""
    at = name.find(_CENTRE, len(_BARE_PARTY))
    if at < 0 or not name[:at].endswith("党") or name[:at] == _BARE_PARTY:
        return None
    full = _cpc_centre(name[at:], rules)
    return name[:at] + full[len(_CPC_FULL):] if full else None


def _chosen(cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The candidates that overlap none taken before them, longest first, then leftmost: the whole of
    北京大学人民医院 beats 北京大学."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, str]] = []
    starts: list[int] = []  # the spans taken, which overlap none, by their starts (and so by their ends)
    ends: list[int] = []
    for c in cands:
        k = bisect_right(ends, c[0])  # the first span taken that ends after c starts, if any, must not
        if k == len(ends) or starts[k] >= c[1]:  # start before c ends
            taken.append(c)
            starts.insert(k, c[0])
            ends.insert(k, c[1])
    return taken


class _Spans:
    """Spans (start, end, ...) asked for overlaps in a bisection, not one by one: by their starts, with the
    furthest end of those starting so far."""

    def __init__(self, spans: Iterable[tuple[int, int, str]]) -> None:
        ordered = sorted((s[0], s[1]) for s in spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def overlaps(self, a: int, b: int) -> bool:
        """Whether a span overlaps [a, b) (starts before ``b`` and ends after ``a``)."""
        k = bisect_left(self.starts, b)
        return k > 0 and self.reach[k - 1] > a

    def holds(self, at: int) -> bool:
        """Whether a span holds offset ``at``."""
        k = bisect_right(self.starts, at)
        return k > 0 and self.reach[k - 1] > at


def _with_shorts(r: _Read, taken: list[tuple[int, int, str]], publisher: str | None,
                 rules: OrgRules) -> tuple[list[tuple[int, int, str]], dict[tuple[int, int], str]]:
    """``taken`` and the short names of the names in it written again (the place or the body they opened
    with left out, a school's short name, a short name in brackets after the name); and the spans of those
    short names -> the names written in full."""
    text, toks, starts, ends = r.text, r.toks, r.starts, r.ends
    longs = _short_repeats(text, taken, toks, ends, rules)  # their spans -> the names written in full
    taken += [(a, b, "orgs.repeat") for a, b in longs]
    schools = _school_shorts(text, taken, starts, ends, publisher, rules)
    taken += [(a, b, "orgs.school-short") for a, b in schools]
    longs.update(schools)
    longs.update(_company_shorts(text, taken, toks, rules))
    numbered = _numbered_schools(text, taken, starts, ends, rules)
    taken += [(a, b, "orgs.school-short") for a, b in numbered]
    longs.update(numbered)
    bracketed = _bracketed_shorts(text, taken, rules)
    read = {(a, b) for a, b, _ in taken}
    taken += [(a, b, "orgs.bracket-short") for a, b in bracketed if (a, b) not in read]
    longs.update(bracketed)
    longs.update(_shortened(text, taken, longs, publisher, rules))
    picked = _picked_shorts(text, taken, longs, starts, ends, rules)
    taken += [(a, b, "orgs.picked-short") for a, b in picked]
    longs.update(picked)
    departments = _department_shorts(text, taken, starts, ends, rules)
    taken += [(a, b, "orgs.repeat") for a, b in departments]
    longs.update(departments)
    return taken, longs


#: the longest title looked for after a department's short name (常务副主席)
_LONGEST_TITLE = 6


def _department_shorts(text: str, taken: list[tuple[int, int, str]], starts: set[int], ends: set[int],
                       rules: OrgRules) -> dict[tuple[int, int], str]:
    """A department or people's organisation written by its short name alone (``orgs/departments``: 作协,
    侨联; no level or place before it: those the abbreviations read) right before a post's title, in a text
    that names one body in full whose name ends in that short name's full form (徐州市作家协会 … 当选新一届
    作协主席): spans -> that name; on word boundaries, inside no name taken; not a head word its full form
    ends in (医院, 检察院 of 人民检察院), nor a body named inside 《》 (a charter's title)."""
    fulls: dict[str, set[str]] = {}
    by_full = rules.departments_by_full
    for c, d, _ in taken:
        name = text[c:d]
        if in_book_marks(text, c):
            continue
        # the full forms the name ends in (the name longer), their shorts in the table's order
        for _, short in sorted(dept for k in range(1, len(name)) for dept in by_full.get(name[k:], ())):
            fulls.setdefault(short, set()).add(name)
    one_name = [(short, next(iter(names))) for short, names in fulls.items() if len(names) == 1]
    return _written_at(one_name, text, lambda a, b: a in starts and b in ends
                       and all(b <= c or a >= d for c, d, _ in taken)
                       and any(text[b:b + n] in rules.titles for n in range(1, _LONGEST_TITLE + 1)))


def _written_at(shorts: Iterable[tuple[str, str]], text: str, fits: Callable[[int, int], bool]
                ) -> dict[tuple[int, int], str]:
    """Where ``text`` writes each short name of ``shorts`` (short, the name in full), in their order, at a
    span ``fits`` takes and no short name found before holds; spans -> the names in full."""
    found: dict[tuple[int, int], str] = {}
    for short, full in shorts:
        for m in re.finditer(re.escape(short), text):
            a, b = m.span()
            if fits(a, b) and all(b <= c or a >= d for c, d in found):
                found[(a, b)] = full
    return found


def _shortened(text: str, taken: list[tuple[int, int, str]], longs: dict[tuple[int, int], str],
               publisher: str | None, rules: OrgRules) -> dict[tuple[int, int], str]:
    """A name shortened from the one name in full the text writes or the publisher's (上海中医药大学附属岳阳中
    西医结合医院 … 岳阳医院, 新加坡宗乡会馆联合总会 … 宗乡总会): it takes its characters in their order from
    that name, not as one run of it, and ends in the same head word of two characters; the name it skips
    holds no parent body after its first character (北京医院 is no short name of 北京大学第一医院), and a
    head word, a generic unit or a place alone is no short name, and only an association or a hospital is
    so shortened (``_SHORTENED_KINDS``). Spans -> the names in full."""
    fulls = {text[c:d] for c, d, rule in taken if rule in _FULL_RULES and (c, d) not in longs}
    fulls |= {publisher} if publisher and is_han(publisher) else set()
    by_head: dict[str, list[str]] = {}  # (a short name ends in its full name's last two characters)
    for full in sorted(fulls):
        by_head.setdefault(full[-2:], []).append(full)
    found: dict[tuple[int, int], str] = {}
    for a, b, _ in taken:
        short = text[a:b]
        if (a, b) in longs or len(short) < _MIN_SHORTENED or short in rules.suffixes \
                or _suffix_kind(short, rules) not in _SHORTENED_KINDS \
                or short in rules.generic or short in rules.not_orgs:
            continue
        matched = [full for full in by_head.get(short[-2:], ()) if _shortened_from(short, full, rules)]
        if len(matched) == 1:
            found[(a, b)] = matched[0]
    return found


def _picked_shorts(text: str, taken: list[tuple[int, int, str]], longs: dict[tuple[int, int], str],
                   starts: set[int], ends: set[int], rules: OrgRules) -> dict[tuple[int, int], str]:
    """An association's short name of characters picked from the one association the text names in full
    (全日本华侨华人联合会 … 全华联理事长, 肯尼亚华侨华人联合会 … 肯华联会, 北京台资企业协会 … 北京台协会长,
    :func:`_picked_from`), written where no name is taken, from a word's start right before a post's title
    or to a word's end (the longest so; not 二 + 中全会). Spans -> the names in full."""
    fulls = {text[c:d] for c, d, rule in taken if rule in _FULL_RULES and (c, d) not in longs
             and _suffix_kind(text[c:d], rules) == "association"}
    by_first: dict[str, list[str]] = {}  # (a short name starts with its full name's first character)
    for full in sorted(fulls):
        by_first.setdefault(full[0], []).append(full)
    found: dict[tuple[int, int], str] = {}
    if not by_first:
        return found
    spans = _Spans(taken)
    for a in (k for k, c in enumerate(text) if c in by_first and k in starts):
        if spans.holds(a) or any(c <= a < d for c, d in found):
            continue
        picked: list[tuple[int, str]] = []
        for b in range(a + _MIN_PICKED, a + _MAX_PICKED + 1):
            matched = [full for full in by_first[text[a]] if _picked_from(text[a:b], full, rules)]
            if len(matched) == 1 and not spans.overlaps(a, b):
                picked.append((b, matched[0]))
        titled = [(b, full) for b, full in picked
                  if any(text[b:b + k] in rules.titles for k in range(2, _LONGEST_TITLE + 1))]
        b, full = max(titled or [(b, full) for b, full in picked if b in ends], default=(a, ""))
        if full:
            found[(a, b)] = full
    return found


def _picked_from(short: str, full: str, rules: OrgRules) -> bool:
    """Whether ``short`` is written with characters picked from ``full``: three characters or more, its
    first the name's first, the others in the name in their order, not as one run of it, its last of the
    name's head word (联合会, 协会), with no place's level left out; no word of the dictionary nor a head
    word (工商联, 慈善会), nor a place and such a word (香港 + 社会)."""
    head = _head_len(full, rules.max_suffix, rules)
    if not head or len(short) < _MIN_PICKED or short[0] != full[0] or short in full or not is_han(short) \
            or short[-1] not in full[-head:] or _worded(short, rules):
        return False
    return _in_order(short, full, 1, rules)


def _in_order(short: str, full: str, at: int, rules: OrgRules) -> bool:
    """Whether the characters of ``short`` after its first stand in ``full`` in their order from ``at``, with
    no place's level in what they leave out between them."""
    for c in short[1:]:
        k = full.find(c, at)
        if k < 0 or rules.places.levels.intersection(full[at:k]):
            return False
        at = k + 1
    return True


def _worded(short: str, rules: OrgRules) -> bool:
    """Whether ``short`` is a word of the dictionary or a head word (工商联, 慈善会), perhaps after a place's
    name (香港 + 社会)."""
    place = next((n for n in range(len(short) - 2, 1, -1) if short[:n] in rules.places.names), 0)
    return any(w in rules.suffixes or w in rules.departments or not is_oov(w)
               for w in {short, short[place:]} if len(w) >= 2)


_MIN_PICKED, _MAX_PICKED = 3, 5  # 全华联, 北京台协; a name's own stem and head word, no shorter


def _shortened_from(short: str, full: str, rules: OrgRules) -> bool:
    """Whether ``short`` is a name shortened from ``full`` (:func:`_shortened`): after its first character,
    what it leaves out of ``full`` holds no place's level (市人大常委会 is none of 市梁园区人大常委会) and no
    parent body's head word."""
    first = full.find(short[0])
    if short == full or short[-2:] != full[-2:] or short in full or first < 0:
        return False
    parent = rules.suffix_uses["parent"]
    return _in_order(short, full, first + 1, rules) \
        and not any(parent.search(full, first, k) for k in range(first + 2, len(full) - 1))


_MIN_SHORTENED = 4  # 宗乡 + 总会: a stem and a head word of two characters
#: the kinds of bodies news names short by picking characters of the full name (宗乡总会, 岳阳医院); a
#: committee so shortened is another body (内务司法委员会 is no 内务司法工作委员会)
_SHORTENED_KINDS = frozenset({"association", "hospital"})
_FULL_RULES = frozenset({"orgs.suffix", "orgs.known", "orgs.ner"})


def _keyed(r: _Read, taken: list[tuple[int, int, str]], longs: dict[tuple[int, int], str],
           bare: dict[tuple[int, int], str], ctx: Context,
           rules: OrgRules) -> list[tuple[int, int, str, str]]:
    """(start, end, key, rule) of the names ``taken``, in order: a party committee written with its body's
    name cut off it, a facility's rule a place's, each name keyed by the name in full (``longs``, ``bare``)
    with the unit it is a part of."""
    text = r.text
    out: list[tuple[int, int, str, str]] = []
    for a, b, rule in sorted(taken):
        group = next((g for g in _CUT_GROUPS if text.endswith(g, a, b) and b - a > len(g) + 1), "")
        if group and rule == "orgs.suffix" and text.startswith(_CUT_GROUPS[group], b) \
                and _suffix_kind(text[a:b - len(group)], rules) not in ("", "party"):
            # 山东建筑大学 + 党委副书记, 中建四局 + 党委常委: the body, its party committee written with the
            # post of its secretary or member (not
            # 外经贸部党组 + 召开, the committee as the body that acts)
            b -= len(group)
            if text[a:b] in rules.suffixes:
                continue  # (区)人民医院 + 党总支部书记: a bare head word is no name
        if rule in ("orgs.club", "orgs.brand"):
            out.append((a, b, text[a:b], rule))
            continue
        if rule in ("orgs.suffix", "orgs.known") and _suffix_kind(text[a:b], rules) == "facility":
            out.append((a, b, text[a:b], "places.facility"))
            continue
        key = bare.get((a, b)) or canonical_org(longs.get((a, b), text[a:b]), ctx)
        parent = _unit_parent(text, a, b, out, rules)
        out.append((a, b, parent + key if parent else key, rule + "+unit" if parent else rule))
    return out


def _short_repeats(
    text: str, taken: list[tuple[int, int, str]], toks: tuple[Token, ...], ends: set[int], rules: OrgRules
) -> dict[tuple[int, int], str]:
    """A name found written again without the place or the body it opened with (北京中医药大学东方医院 …
    东方医院党委书记, 上海致盛集团 … 致盛集团): the rest, four characters or more with the head word, neither
    a department's nor a generic unit's name (人民医院, 项目部) nor a level's body (市人民医院), where the
    text writes it on word boundaries and no other name holds it; spans -> the names written in full. The
    rest opens with a proper name's word (润鹤/nz, 东方/s, a word out of the dictionary), not a common one
    (科技 + 大学, 人大常委会, 街道 + 办事处: of every place)."""
    names = rules.places.names
    at = dict(zip(map(_START, toks), toks, strict=True))
    starts = at.keys()
    shorts: dict[str, str] = {}
    for a, b, rule in taken:
        name = text[a:b]
        if rule != "orgs.suffix":
            continue
        for k in range(2, len(name) - _MIN_SHORT + 1):
            front, short = name[:k], name[k:]
            if a + k in starts and (front in names or _head_len(front, k, rules)):
                first = at[a + k]
                if (first.tag in _PROPER_TAGS or is_oov(first.word)) and first.end < b \
                        and short not in rules.departments and short not in rules.generic \
                        and _head_len(short, len(short) - 2, rules) >= 2:
                    shorts.setdefault(short, name)
                    break
    return _written_at([(short, shorts[short]) for short in sorted(shorts, key=_longest_first)], text,
                       lambda a, b: a in starts and b in ends and all(b <= c or a >= d for c, d, _ in taken))


def _school_shorts(
    text: str, taken: list[tuple[int, int, str]], starts: set[int], ends: set[int], publisher: str | None,
    rules: OrgRules
) -> dict[tuple[int, int], str]:
    """A university written by its short name (西交大, 南科大, 浙大, 南邮) in a text that names it in
    full, or on its own page (the publisher's name opens with it): the first characters of the words of
    its name before 大学 (a place of the gazetteer one word, the rest words of two characters:
    西安 交通 -> 西交), with 大, or without it after a place (南京 邮电 -> 南邮), on word boundaries;
    spans -> the names in full. A name the grammar read from inside it (西 + 交大党委), or as it and its
    party committee (湖海大党委 + 常委), gives way."""
    fulls = {text[a:b] for a, b, _ in taken if text.endswith(_UNIVERSITY, a, b)}
    own = re.match(f"[\u4e00-\u9fff]{{2,10}}?{_UNIVERSITY}", publisher or "")
    if own is not None:
        fulls.add(own.group())
    shorts: dict[str, str] = {}
    for full in sorted(fulls):
        stem = full[:-len(_UNIVERSITY)]
        place = next((stem[:n] for n in range(min(len(stem), 4), 1, -1) if stem[:n] in rules.places.names),
                     "")
        rest = stem[len(place):]
        if len(rest) % 2 or not stem:
            continue
        words = ([place] if place else []) + [rest[i:i + 2] for i in range(0, len(rest), 2)]
        initials = "".join(w[0] for w in words)
        for short in (initials + _UNIVERSITY[0], initials if place and len(words) > 1 else ""):
            if short and short not in rules.places.names:
                shorts.setdefault(short, full)
    for full in sorted(_institutes(taken, text, publisher), key=lambda n: (-len(n), n)):
        for short in _institute_shorts(full, rules):
            shorts.setdefault(short, full)
    found = _written_at(shorts.items(), text, lambda a, b: a in starts and b in ends
                        and all(_gives_way(text, a, b, c, d) for c, d, _ in taken))
    taken[:] = [t for t in taken if all(t[1] <= a or t[0] >= b for a, b in found)]
    return found


_UNIVERSITY = "大学"
_INSTITUTE = "研究所"


def _institutes(taken: list[tuple[int, int, str]], text: str, publisher: str | None) -> set[str]:
    """The research institutes a text names in full (taken) and the one whose own page it is (the
    publisher's name is one)."""
    fulls = {text[a:b] for a, b, _ in taken if text.endswith(_INSTITUTE, a, b)}
    own = re.fullmatch(f"[\u4e00-\u9fff]{{2,16}}?{_INSTITUTE}", publisher or "")
    return fulls | ({own.group()} if own is not None else set())


def _institute_shorts(full: str, rules: OrgRules) -> tuple[str, ...]:
    """The short names of a research institute by the first characters of the words of its name, after
    its parent body (a known name: 中国科学院) and its place, and 所: 地球化学研究所 -> 地化所,
    大连化学物理研究所 -> 大连化物所 and 化物所; none for a name of one word (化学研究所)."""
    stem = full[:-len(_INSTITUTE)]
    parent = next((n for n in range(len(stem) - 4, 1, -1) if stem[:n] in rules.known), 0)
    stem = stem[parent:]
    place = next((stem[:n] for n in range(min(len(stem), 4), 1, -1) if stem[:n] in rules.places.names), "")
    rest = stem[len(place):]
    if len(rest) % 2 or len(rest) < 4:
        return ()
    initials = "".join(rest[i] for i in range(0, len(rest), 2)) + _INSTITUTE[-1]
    shorts = (place + initials if place else "", initials)
    return tuple(s for s in shorts if s and s not in rules.places.names)


#: the registered forms a company's name ends with after its group or company word (公司法)
_REGISTERED_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
#: the words a company's short name ends with: its brand and one of them (西湖集团 of
#: 杭州西湖电子集团有限公司)
_COMPANY_HEADS = ("集团", "公司")


def _company_shorts(
    text: str, taken: list[tuple[int, int, str]], toks: tuple[Token, ...], rules: OrgRules
) -> dict[tuple[int, int], str]:
    """A company named in full (杭州西湖电子集团有限公司) and written again by its brand and its group or
    company word alone (西湖集团): the brand is a word of two characters or more that opens its name, or
    follows only places there (杭州 + 西湖: a district's name too), no industry's; the word is the name's 集团
    or 公司 (before its registered form). Spans of the names taken that are such a short name of one company
    -> the name in full."""
    at = dict(zip(map(_START, toks), toks, strict=True))
    shorts: dict[str, set[str]] = {}
    for a, b, _ in taken:
        name = text[a:b]
        stem = next((name[:-len(f)] for f in _REGISTERED_FORMS if name.endswith(f)), name)
        # (宏达电子有限公司: 宏达公司, the registered form's 公司)
        head = next((h for h in _COMPANY_HEADS if stem.endswith(h)),
                    _COMPANY_HEADS[-1] if stem != name else "")
        stem = stem if stem.endswith(head) else stem + head
        if not head or _suffix_kind(name, rules) != "company":
            continue
        k = a
        while (brand := at.get(k)) is not None and brand.end < a + len(stem) - len(head):
            # (the brand alone before the head word: a short name _short_repeats reads)
            if brand.end - brand.start >= 2 and is_han(brand.word) and brand.word not in rules.industries:
                shorts.setdefault(brand.word + head, set()).add(name)
            if not _is_place(brand.word, brand.tag, rules.places):
                break  # (the brand is the places' next word: 杭州 + 西湖/ns, a district's name too)
            k = brand.end
    # one company (杭州西湖电子集团有限公司, and 西湖电子集团有限公司 with its city left out): the longest
    # name
    fulls = {short: max(names, key=len) for short, names in shorts.items()
             if all(max(names, key=len).endswith(n) for n in names)}
    return {(a, b): fulls[text[a:b]] for a, b, _ in taken if text[a:b] in fulls}


#: a school numbered in its city or county, written short (昆明八中, 南丰县一中: 第八中学, 第一中学)
_NUMBERED_SCHOOL = re.compile(f"({SMALL})中")


def _numbered_schools(
    text: str, taken: list[tuple[int, int, str]], starts: set[int], ends: set[int], rules: OrgRules
) -> dict[tuple[int, int], str]:
    """A city's or a county's numbered secondary school written short after the place (昆明八中, 南丰县一中),
    on word boundaries and inside no name taken: spans -> the school's full name (昆明市第八中学)."""
    found: dict[tuple[int, int], str] = {}
    for m in _NUMBERED_SCHOOL.finditer(text):
        if m.end() not in ends:
            continue
        place = next((p for n in range(6, 1, -1) if m.start() - n in starts
                      and (p := rules.places.gaz.lookup(text[m.start() - n:m.start()])) is not None
                      and p.level in CITY_LEVELS
                      and text[m.start() - n:m.start()] in rules.places.names), None)
        if place is None:
            continue
        a = next(m.start() - n for n in range(6, 1, -1) if m.start() - n in starts
                 and rules.places.gaz.lookup(text[m.start() - n:m.start()]) is place)
        if all(m.end() <= c or a >= d for c, d, _ in taken):
            found[(a, m.end())] = f"{place.name}第{m.group(1)}中学"
    return found


#: a short name in brackets right after a name (…校友会联合会(大专联), …有限公司(以下简称“中机对外”))
_BRACKETED_SHORT = re.compile(r"[(（](?:以下)?(?:简称)?[“\"]?([\u4e00-\u9fff]{2,6})[”\"]?[)）]")


def _bracketed_shorts(
    text: str, taken: list[tuple[int, int, str]], rules: OrgRules
) -> dict[tuple[int, int], str]:
    """A short name the text gives in brackets after a name (大华府中国大专院校校友会联合会(大专联)): where
    it stands in the bracket and wherever the text writes it again; spans -> the names in full. The short
    name takes its characters in their order from the name; a head word (公司), a generic unit or a place
    (中国) alone is none. A short name the NER read as a name of its own (海尔集团公司(以下简称"海尔集团"):
    海尔集团) is the same body, written in full."""
    shorts: dict[str, str] = {}
    for a, b, _ in taken:
        m = _BRACKETED_SHORT.match(text, b)
        if m is None:
            continue
        short, full = m.group(1), text[a:b]
        chars = iter(full)
        if all(c in chars for c in short) and short != full and short not in rules.suffixes \
                and short not in rules.generic and short not in rules.not_orgs \
                and short not in rules.places.names:
            shorts.setdefault(short, full)
    return _written_at(shorts.items(), text,
                       lambda a, b: all(b <= c or a >= d or (a, b) == (c, d) for c, d, _ in taken))


def _of_many_states(text: str, a: int, rules: OrgRules) -> bool:
    """Whether a name at ``a`` is a mission (驻 …) after a word for many states (各国驻华使馆,
    120个国家 + 驻华使馆: the missions of all of them, no one body)."""
    return text.startswith(_STATIONED, a) and text.endswith(rules.many_states, 0, a)


_STATIONED = "驻"


def _stationed_only(name: str, rules: OrgRules) -> bool:
    """Whether ``name`` ends in 驻 and a place or a known body with no head word after it (加拿大驻联合国 +
    大使): where an envoy serves, no body (加拿大驻联合国代表团 is one)."""
    at = name.rfind(_STATIONED)
    rest = name[at + 1:]
    return at > 0 and (rest in rules.places.names or (0, len(rest)) in rules.known_caseless.spans(rest))


def _delegations(text: str, starts: set[int], rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """A delegation named by its places and its kind (巴中市 + 党政代表团, 上海市 + 徐汇区 + 经贸考察团:
    name-parts delegation-kind and delegation): the places written in full with their level (a city,
    a district), from a word's start; one named by its place alone (大分市代表团) or with no level
    (黑龙江党政代表团) is none."""
    if rules.delegation_re is None:
        return
    names, longest = rules.places.names, rules.places.gaz.max_len
    for m in rules.delegation_re.finditer(text):
        a = start = m.start()
        while True:
            place = next((text[a - n:a] for n in range(min(a, longest), 1, -1)
                          if text[a - n:a] in names and text[a - 1] in rules.places.levels), "")
            if not place:
                break
            a -= len(place)
        if a < start and a in starts:
            yield a, m.end(), "orgs.suffix"


def _gives_way(text: str, a: int, b: int, c: int, d: int) -> bool:
    """Whether a name found at c:d leaves a school's short name at a:b alone, or was read from inside it, or
    is it with its party committee (湖海大 + 党委)."""
    return b <= c or a >= d or a < c or a == c and text[b:d] in _PARTY_GROUPS
#: the tags of the name after a dash between it and a place (中国 — 东盟/j, 中国 — 中亚/ns)
_PAIRED_TAGS = frozenset({"ns", "j", "nz", "nt"})
#: the shortest name :func:`_short_repeats` reads alone (东方医院)
_MIN_SHORT = 4
#: the tags of the proper name's word a name written without its place opens with (润鹤/nz, 东方/s)
_PROPER_TAGS = frozenset({"nz", "nr", "nrfg", "nrt", "s", "j", "eng"})


def _split_heads(cols: Columns, rules: OrgRules) -> Columns:
    """``cols`` with the words that join a body's head word and the title of its head split in two (医院院长,
    大学校长, 银行行长, 协会会长: jieba's dictionary words), so that the name before them ends at its head
    word (新乡市第一人民医院 + 院长); ``cols`` itself when there is none (told in C: such a word ends
    in 长 or 委: 中央政治局常委)."""
    cols = _join_head_titles(cols, rules)
    words = cols.words
    ending = map(_HEAD_TITLE_END.__contains__, map(_LAST, words))
    cuts = [(i, cut) for i in compress(range(len(words)), ending)
            if (cut := _head_title_split(words[i], rules))]
    if not cuts:
        return cols
    starts, ends, out_words, tags = list(cols.starts), list(cols.ends), list(words), list(cols.tags)
    for i, cut in reversed(cuts):
        at = starts[i] + cut
        starts[i:i + 1] = [starts[i], at]
        ends[i:i + 1] = [at, ends[i]]
        out_words[i:i + 1] = [words[i][:cut], words[i][cut:]]
        tags[i:i + 1] = ["n", "n"]
    return Columns(tuple(starts), tuple(ends), tuple(out_words), tuple(tags))


def _join_head_titles(cols: Columns, rules: OrgRules) -> Columns:
    """``cols`` with a head word that makes a title with the first character of the next word joined to it
    (联合会 + 总会/n + 长拿督/nz: 总会长), when a head word is written before it, so that the name ends there
    (马来西亚华人姓氏总会联合会 + 总会长, 宗亲总会 + 总会长); ``cols`` itself when there is none."""
    words, tags = cols.words, cols.tags
    joins = [i for i in compress(range(1, len(words) - 1),
                                 map(_HEAD_TITLE_END.__contains__, map(_FIRST_CHAR, words[2:])))
             if words[i + 1][:1] in _HEAD_TITLE_END and words[i] + words[i + 1][0] in rules.titles
             and rules.head(words[i], tags[i]) and rules.head(words[i - 1], tags[i - 1])]
    if not joins:
        return cols
    starts, ends, out, out_tags = list(cols.starts), list(cols.ends), list(words), list(tags)
    for i in reversed(joins):
        at = starts[i + 1] + 1
        rest = out[i + 1][1:]
        keep = ([at], [ends[i + 1]], [rest], [out_tags[i + 1]]) if rest else ([], [], [], [])
        starts[i:i + 2] = [starts[i], *keep[0]]
        ends[i:i + 2] = [at, *keep[1]]
        out[i:i + 2] = [out[i] + out[i + 1][0], *keep[2]]
        out_tags[i:i + 2] = ["n", *keep[3]]
    return Columns(tuple(starts), tuple(ends), tuple(out), tuple(out_tags))


#: The last characters of a word that joins a head word and its head's title (院长, 校长, 行长, 会长, 常委,
#: 政协主席)
_HEAD_TITLE_END = frozenset("长委席")


def _head_title_split(word: str, rules: OrgRules) -> int:
    """Where ``word`` splits into a body's head word and a title (医院院长: 2), or 0."""
    return next((len(word) - n for n in (2, 3) if len(word) - n >= 2 and word[-n:] in rules.titles
                 and rules.head(word[:-n], "n")), 0)


def _name_ends(cols: Columns, rules: OrgRules) -> Iterator[int]:
    """Indices of the tokens that may end a name (a head word) or start with a known name, in order.

    A superset, told in C with no Python call per token (see ``OrgRules.head_finals``).
    """
    words = cols.words
    maybe = map(any, zip(map(rules.head_finals.__contains__, map(_LAST, words)),
                         map(rules.known_initials.__contains__, map(_FIRST, words)),
                         map("nt".__eq__, cols.tags), strict=True))
    return compress(range(len(words)), maybe)


_SENTENCE_END = frozenset("。！？；!?;\n")
#: Tags of a token that may be a club's name next to a strong cue (桑普 nr, 锡耶纳 nrt, 中博 ns).
_CLUB_TAGS = frozenset("ns nr nrt nrfg nz".split())
#: Characters of betting and match words that jieba glues into name-like tokens (三连胜, 欧平胜, 盘纽卡,
#: 本赛季, 欧战): no club.
_BET_CHARS = frozenset("胜负平盘胆赔赛战季")
#: Words before a place that make it where something happens (在巴黎, 到成都), not a club.
_AT_WORDS = frozenset("在 于 到 赴 从 来到 抵达 前往 飞往 来自".split())


#: Words joining two teams: 阿森纳对桑德兰, 曼城与曼联, 博洛尼亚、巴勒莫.
_TEAM_LINKS = frozenset("和 与 、 对 及 同".split())


def _club_spans(toks: tuple[Token, ...], rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """Clubs and teams written as their city or country in a match report (罗马客场, 阿根廷战平巴西).

    A sentence is a match report when it or a sentence next to it holds a cue of ``sports.tsv``
    (主场, 让球, 联赛, vs).
    There a foreign city or a club of the ``club`` list is a club wherever it stands; a country
    or a Chinese place only next to a cue (vs, 客场, a result verb: its national team, not where
    the match is played); a name jieba tags as a person or place only next to a strong cue
    (桑普vs热那亚). A place or name joined to a club by 和, 与, 对 is a club too (阿森纳对桑德兰).
    """
    cues = rules.sports
    if cues.sentence.isdisjoint(map(_WORD, toks)):
        return  # no cue, no match report (most texts)
    sents, begin = [], 0
    for end in range(len(toks) + 1):
        if end == len(toks) or toks[end].word in _SENTENCE_END:
            sents.append(toks[begin:end])
            begin = end + 1
    sporty = [any(t.word in cues.sentence for t in sent) for sent in sents]
    for k, sent in enumerate(sents):
        # a report runs over sentences: a cue in the sentence before or after counts too
        if any(sporty[max(0, k - 1):k + 2]):
            yield from _sentence_clubs(sent, cues, rules.places)


def _sentence_clubs(
    sent: tuple[Token, ...], cues: SportsCues, pn: PlaceNames
) -> Iterator[tuple[int, int, str]]:
    gaz, names, stop = pn.gaz, pn.names, pn.not_places
    words = [t.word for t in sent]
    found: dict[int, bool] = {}  # token index -> a club; False: a candidate that may join a club
    glued: set[int] = set()  # 对斯旺西: jieba glued the link word to the name
    for i, t in enumerate(sent):
        if len(t.word) >= 3 and t.word[0] in _TEAM_LINKS and t.tag in _CLUB_TAGS and i > 0:
            glued.add(i)
            found[i] = False
            continue
        if t.word in cues.club:
            found[i] = True
            continue
        if len(t.word) < 2 or t.word in stop or _BET_CHARS.intersection(t.word):
            continue
        before = words[i - 1] if i > 0 else ""
        after = words[i + 1] if i + 1 < len(sent) else ""
        if before in _AT_WORDS or after in ("的", "电") or after[:1].isdigit():
            continue  # 在巴黎, 击败黑龙江的李文良, 新华社日内瓦１月９日电: places
        strong = before in cues.next or after in cues.next or before in cues.after
        place = gaz.lookup(t.word) if t.word in names else None
        if place is not None:
            found[i] = (found.get(i, False) or place.level == "foreign-city" or strong
                        or bool(cues.verb.intersection((before, after))))
            if not found[i] and place.level == "country" and before not in _TEAM_LINKS:
                # 阿根廷和巴西 in a match report: two countries joined are two teams
                other = words[i + 2] if i + 2 < len(sent) and after in _TEAM_LINKS else ""
                found[i] = bool(other) and other in names and gaz.place(other).level == "country"
                if found[i]:
                    found[i + 2] = True
        elif t.tag in _CLUB_TAGS:
            found[i] = strong
    changed = True
    while changed:  # 阿森纳对桑德兰: a candidate joined to a club is one
        changed = False
        for i, club in found.items():
            if club:
                continue
            if i in glued:
                joined = bool(found.get(i - 1))
            else:
                joined = any(found.get(k) and words[(i + k) // 2] in _TEAM_LINKS for k in (i - 2, i + 2))
            if joined:
                found[i] = changed = True
    for i in sorted(found):
        if found[i]:
            yield sent[i].start + (i in glued), sent[i].end, "orgs.club"
    # clubs of the list that jieba splits (马德里 + 竞技, ac + 米兰): the longer span wins later
    for i in range(len(sent) - 1):
        for n in (3, 2):
            if i + n <= len(sent) and "".join(words[i:i + n]).lower() in cues.club:
                yield sent[i].start, sent[i + n - 1].end, "orgs.club"
                break


#: Tags of a brand word before an industry word (万通 nz, 星展 nz); not people (张艺谋电影 is his film),
#: not abbreviations (房地产, 中小学 are j) nor words outside the dictionary (当属俗文化).
_BRAND_TAGS = frozenset("nz eng".split())
#: Function words jieba glues to the front of a name (而云锡地产): the brand starts after them.
_GLUED = frozenset("而把在的和与对向从被将让给及或")


def _brand(word: str, tag: str, pn: PlaceNames) -> bool:
    """Whether a token reads as a company's brand: a proper name that is no place and no person."""
    if len(word) < 2 or word in pn.not_places or word in pn.names:
        return False
    if tag == "eng":
        return any(c.isalpha() for c in word)
    if tag == "nz":
        return True
    return tag == "ns" and not pn.ns_place(word)  # 中博, 美亚: jieba's ns with no place ending


def _brand_spans(toks: tuple[Token, ...], rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """Companies written as brand + industry (万通地产, 中博传媒, 新加坡家乐电影), from ``industries.txt``."""
    names = rules.places.names
    for j in compress(range(len(toks)), map(rules.industries.__contains__, map(_WORD, toks))):
        tok, brand = toks[j], toks[j - 1]
        if j == 0 or not _brand(brand.word, brand.tag, rules.places):
            continue
        start = brand.start
        if brand.word[0] in _GLUED:
            if len(brand.word) < 3:
                continue
            start += 1
        elif j >= 2 and toks[j - 2].word in names:
            start = toks[j - 2].start  # the place of the company: 新加坡家乐电影
        yield start, tok.end, "orgs.brand"


def _split_known(
    text: str, starts: set[int], ends: set[int], rules: OrgRules
) -> Iterator[tuple[int, int, str]]:
    """Known names that jieba splits into several words (联盟 + 杯), on word boundaries.

    The names are read as a regular expression alternating over them, longest first and
    ignoring case, would read them: from left to right, the longest name at each offset,
    none overlapping the one before (whether or not that one is on word boundaries).
    """
    longest: dict[int, int] = {}
    for a, b in rules.known_caseless.spans(text):
        if b - a > longest.get(a, 0):
            longest[a] = b - a
    if rules.known_cased_re is not None and (text.lower() != text or text.upper() != text):
        # (a text with no letter that has case holds none of these names)
        for m in rules.known_cased_re.finditer(text):
            a, b = m.span(1)
            if b - a > longest.get(a, 0):
                longest[a] = b - a
    pos = 0
    for a in sorted(longest):
        if a >= pos:
            pos = a + longest[a]
            # a deputy's 副 the tagger glued to the name's last character (国家卫生健康委 + 委副/b + 主任)
            if a in starts and (pos in ends or text[pos:pos + 1] == "副" and pos + 1 in ends):
                # a known name and its office (国家防总 + 办公室: an office-kind suffix word after it)
                office = next((o for o in rules.offices if text.startswith(o, pos) and pos + len(o) in ends),
                              "") if text.startswith(rules.offices, pos) else ""
                yield a, pos + len(office), "orgs.known"


# a company whose registered name holds a bracket (华润(集团)有限公司, 台湾川奇光电科技(扬州)有限公司), from
# a delimiter or the text's start: the grammar stops at the bracket and keeps only 有限公司 (not across a
# list or a preposition: 中国乒协和爱立信（中国）有限公司, 记者从香港电讯与中国电讯（香港）有限公司)
_BRACKETED_COMPANY = re.compile(r"(?:^|(?<=[,，、。;；:：\s“”]))"
                                r"((?:(?![和与及从的在对向为])[\u4e00-\u9fff]){2,12}[(（][\u4e00-\u9fff]{1,6}[)）]"
                                r"[\u4e00-\u9fff]{0,8}?(?:股份有限公司|有限责任公司|有限公司))")


def _bracketed_companies(text: str) -> Iterator[tuple[int, int, str]]:
    """Companies whose registered name holds a bracket (华润(集团)有限公司), from a delimiter on."""
    if "(" not in text and "（" not in text:
        return
    for m in _BRACKETED_COMPANY.finditer(text):
        yield m.start(1), m.end(1), "orgs.suffix"


#: The endings of a company's registered name (its legal form).
_LEGAL_FORM = re.compile("有限责任公司|有限公司")
#: Tags of the words a registered name never holds: function words, pronouns, interjections, punctuation.
_NOT_IN_REGISTERED = frozenset("p c u uj ul uz ug uv ud r y e o x".split())
#: ... of those, the tags of a word counting or pointing at the company (一家, 这家): no name starts after it.
_COUNTING = frozenset("m r".split())


def _bracket_inside(toks: tuple[Token, ...], k: int, rules: OrgRules) -> int | None:
    """The index of the opening bracket whose closing one is token ``k``, when the bracket holds one to
    three words of Chinese characters, eight at most, right after a word of a name (长春市外事 + (侨务) +
    办公室, 中国建筑 + (集团) + 有限公司): a note inside an organisation's name; else None."""
    if toks[k].word not in _CLOSE_BRACKETS:
        return None
    opening = next((i for i in range(k - 1, max(0, k - 5), -1) if toks[i].word in _OPEN_BRACKETS), None)
    if opening is None or opening == 0 or opening == k - 1:
        return None
    inside = "".join(x.word for x in toks[opening + 1:k])
    before = toks[opening - 1]
    if not 2 <= len(inside) <= _MAX_NOTE or not all(map(_is_han_char, inside)) \
            or not _is_han_char(before.word[-1:]) or before.end != toks[opening].start \
            or any(x.tag in _NAME_HEAD_TAGS for x in toks[opening + 1:k + 2]) \
            or any(x.word in rules.titles for x in toks[opening + 1:k]) \
            or inside not in rules.suffixes and any(inside.endswith(s) for s in rules.suffixes if len(s) > 1):
        return None  # (新华社北京电（记者X）中央军委, 中国人（歌词）邢籁, 乡（镇）, 市中医医院（工人医院）: a
        # byline, a note on a work, a level, a second name after the first are no note inside a name; a
        # bare head word is: 中国人民保险（集团）公司)
    return opening


_OPEN_BRACKETS = frozenset("(（")
_CLOSE_BRACKETS = frozenset(")）")
_MAX_NOTE = 8


def _is_han_char(c: str) -> bool:
    return bool(c) and "\u4e00" <= c <= "\u9fff"


def _registered_companies(
    text: str, toks: tuple[Token, ...], rules: OrgRules
) -> Iterator[tuple[int, int, str]]:
    """Companies written by their registered name, from its place (安徽 + 万青竹材科技有限公司, 河南 +
    装投/v + 新能源有限公司, 福建省 + 神悦/a + 铸造/v + 股份有限公司): the brand and trade between a place
    and the legal form are whatever the tagger made of them, verbs, adverbs and numbers too. The name
    runs back from its legal form over the words of no function (no preposition, conjunction, particle
    or pronoun, no punctuation, no title, no stop word or verb of an event: 签约, 会见, 成立, 有, no
    count: 一家), and starts at the leftmost place among them; with no place it is left to the grammar."""
    if "公司" not in text:
        return
    ends = {t.end: i for i, t in enumerate(toks)}
    for m in _LEGAL_FORM.finditer(text):
        j = ends.get(m.end())
        if j is None:
            continue
        start = None
        k = j
        while k > 0 and toks[k].start > m.start():
            k -= 1  # the tokens of the legal form (有限/公司, 有限公司)
        k -= 1
        first = k + 1  # the first token of the name: the one after where the run back stops
        bounded = False  # the run stopped at a word no name holds, not at its length
        while k >= 0 and j - k <= _MAX_TOKENS and m.end() - toks[k].start <= _MAX_CHARS:
            t = toks[k]
            if t.tag in _NOT_IN_REGISTERED or not t.word.isalnum() or t.word in rules.stops \
                    or t.word in rules.event_verbs or t.word in rules.titles \
                    or t.tag == "m" and t.word[0] in DIGITS:
                bounded = t.tag not in _COUNTING  # 一家, 这家: a count of companies, a company referred to
                break
            if _is_place(t.word, t.tag, rules.places):
                start = t.start
            first = k
            k -= 1
        bounded = bounded or k < 0
        while first < j and (toks[first].tag.startswith("v") or len(toks[first].word) == 1) \
                and toks[first].start < m.start():
            first += 1  # 说 + 中银…: a verb or a lone character opens no name
        if start is not None:
            yield start, m.end(), "orgs.suffix"
        elif bounded and _brand_opens(toks, first, j, rules) \
                and m.start() - toks[first].start <= _MAX_BRANDED:
            yield toks[first].start, m.end(), "orgs.suffix"  # 中银/nz + 金融 + 租赁 + 有限公司


def _brand_opens(toks: tuple[Token, ...], first: int, last: int, rules: OrgRules) -> bool:
    """Whether token ``first`` opens a registered name with no place, ``last`` its legal form's last token: a
    brand the tagger does not know or tags as a proper noun or an abbreviation (中银/nz, 交银/j), no
    industry's word (房地产/j), with more words after it before the legal form (not 股份 + 有限公司, 开发 +
    有限公司: the end of a longer name)."""
    tok = toks[first]
    return (is_oov(tok.word) or tok.tag in _BRAND_TAGS) and len(tok.word) >= 2 \
        and tok.word not in rules.industries \
        and toks[first + 1].start < toks[last].start and not toks[first + 1].word.startswith("有限")


#: The most characters a registered name with no place holds before its legal form (交银国际控股,
#: 凯奕投资咨询管理): a longer run is a clause (影著协表示支持会员单位华谊兄弟传媒).
_MAX_BRANDED = 10
#: Tags of a word that may open a company's registered name with no place: proper nouns, abbreviations.
_BRAND_TAGS = frozenset("nz j nt nrt eng".split())


def _missions(text: str, rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """Diplomatic missions named by where they are stationed (驻 + a place or its one-character name + 大使馆,
    使馆, 总领馆…: 驻华大使馆, 驻日使馆, 驻约旦使馆), with the state that sends them when its name is written
    right before (奥地利驻华大使馆, 中国驻日使馆): the tagger glues 驻华大使 into one word, so the grammar
    does not see the name."""
    if "驻" not in text:
        return
    pn = rules.places
    for m in _MISSION.finditer(text):
        at = m.group(1)
        if (at not in pn.names and at not in rules.stationed) or text[m.start() - 1:m.start()] == "我":
            continue  # (我驻日使馆: People's Daily names no body there)
        state = next((n for n in range(min(_MAX_STATE, m.start()), 1, -1)
                      if text[m.start() - n:m.start()] in pn.names), 0)
        yield m.start() - state, m.end(), "orgs.suffix"


#: 驻, the place a mission is stationed in, and the kind of mission (the shortest place first: 驻日本大使馆)
_MISSION = re.compile(r"驻([\u4e00-\u9fff]{1,8}?)(?:大使馆|使馆|总领事馆|总领馆|领事馆)")
#: The longest name of a state written before a mission's 驻 (中非共和国, 波斯尼亚和黑塞哥维那)
_MAX_STATE = 10


def _branded_groups(text: str, toks: tuple[Token, ...], rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """Companies named by a brand the tagger reads as a common word (黑猫/n + 集团, 中交/b + 集团, 兴发/v +
    集团): a word of two or three characters before a head word of use brand, when the article writes
    the name twice or right before a post's title, the word starting a name (after a function word, a
    verb, punctuation); not a place's (the grammar's), not an industry's (电子集团 ends a longer name), not
    a common phrase of not-orgs.txt (企业集团)."""
    for j in compress(range(len(toks)), map(rules.brand_heads.__contains__, map(_WORD, toks))):
        tok, brand = toks[j], toks[j - 1]
        if j == 0 or len(brand.word) not in (2, 3) or brand.tag in _NOT_IN_REGISTERED:
            continue
        name = brand.word + tok.word
        if not brand.word.isalnum() or _is_place(brand.word, brand.tag, rules.places) \
                or brand.word in rules.industries or name in rules.not_orgs:
            continue
        if j > 1 and toks[j - 2].tag in _PART_TAGS and toks[j - 2].word.isalnum():
            continue  # 市政/n + 公用/n + 集团: the brand may start before the word, left to the grammar
        if text.count(name) > 1 or (j + 1 < len(toks) and toks[j + 1].word in rules.titles):
            yield brand.start, tok.end, "orgs.suffix"


def _listed(
    text: str, toks: tuple[Token, ...], starts: set[int], ends: set[int], rules: OrgRules
) -> Iterator[tuple[int, int, str]]:
    """A listed company's short name before its stock code (晋西车轴(600495.SH)), and the same name
    elsewhere in the text on word boundaries (晋西车轴董事会: the company)."""
    if rules.listed_re is None or "(" not in text and "（" not in text:
        return
    names = set()
    for m in rules.listed_re.finditer(text):
        a, b = m.span(1)
        # the name is the run of name parts before the bracket: not 他的 + 浦发银行, 香港上市公司 + 中信
        for t in reversed([t for t in toks if a <= t.start and t.end <= b]):
            if t.tag not in _PART_TAGS or rules.ends_not_org(t.word):
                break
            a = t.start
        if b - a >= 2 and a in starts:
            names.add(text[a:b])
    for name in names:
        for m in re.finditer(re.escape(name), text):
            if m.start() in starts and (m.end() in ends or text[m.end():m.end() + 1] in "(（"):
                yield m.start(), m.end(), "orgs.listed"


#: Words of "each" and "every" the tagger glues to the word after them (各商/n): no name starts with them.
_EACH = frozenset("各每")
#: Prepositions and verbs that jieba glues to the front of an unknown name (把丽泽 + 商务区, 在金泰 + 地产);
#: not 向, 将, 从, 和, which begin place names (向阳, 将乐, 从化, 和平).
_GLUED_FRONT = frozenset("把在到被给让而")
# what jieba glues to a level word before a body besides the verbs of appointing: the mark of a former post
# (原县 + 人大常委会主任, 原市 + 农科所所长; not 前, which starts more words: 前市场) and the preposition of
# the body that approves (经市 + 人大常委会审议, 经省 + 物价局), and the verb and preposition of whose account
# a text gives (听省 + 农委副主任X介绍, 据市 + 农委…介绍), and the preposition and verb of the body a matter
# goes to (向市 + 人民政府提交, 报市 + 人大常委会审议, 区长 + 对区 + 政协…表示感谢); a name's run stops
# there too
_BEFORE_LEVEL = frozenset("原经听据向报对")


def _unglue(cand: tuple[int, int, str], toks, text: str, rules: OrgRules) -> tuple[int, int, str]:
    """``cand`` without a preposition glued to its first token by jieba (把丽泽商务区 -> 丽泽商务区)."""
    a, b, rule = cand
    if (text[a] in rules.appointed_as or text[a] in rules.list_glue or text[a] in _BEFORE_LEVEL) \
            and text[a + 1:a + 2] in rules.places.levels:
        # 任命X同志为 + 市教育局局长, 由 + 镇人大: 为 and the level word as one (为市); 原县/n + 人大常委会,
        # 经市/n + 人大常委会
        return a + 1, b, rule
    if text[a] not in _GLUED_FRONT:
        return cand
    first = next((t for t in toks if t.start == a), None)
    if first is None or len(first.word) < 3 or first.tag not in ("nr", "nrt", "ns", "nz", "n"):
        return cand
    return a + 1, b, rule


def _head_len(name: str, longest: int, rules: OrgRules) -> int:
    """Length of the longest head word (suffix table) ``name`` ends with, at most ``longest``; 0 when none."""
    return next((n for n in range(min(longest, rules.max_suffix), 0, -1) if name[-n:] in rules.suffixes), 0)


def _suffix_kind(name: str, rules: OrgRules) -> str:
    """Kind of the longest suffix ``name`` ends with ('' when none)."""
    for n in range(min(len(name), rules.max_suffix), 0, -1):
        kind = rules.suffixes.get(name[-n:])
        if kind:
            return kind
    return ""


def _unit_parent(text: str, a: int, b: int, before: list[tuple[int, int, str, str]], rules: OrgRules) -> str:
    """The company a works unit with no proper name belongs to: 在鄂尔多斯电冶集团，…… PVC二厂 -> the group.

    A unit (厂, 车间, 分公司 ...) named only by letters and numbers takes the last company
    named before it in the same paragraph as its parent.
    """
    name = text[a:b]
    head = name[len(name) - _head_len(name, len(name), rules):]
    bare = re.fullmatch(f"[A-Za-z0-9]*[{DIGITS}0-9]*", name[: -len(head)])
    if rules.suffixes.get(head) != "company" or not bare:
        return ""
    for _, pb, key, _ in reversed(before):
        if "\n" in text[pb:a] or a - pb > 300:
            break
        if key.endswith(("集团", "公司", "总公司", "集团公司")):
            return key
    return ""


def _head_start(text: str, tok, starts: set[int], rules: OrgRules) -> int:
    """Start of the longest suffix word ending the token that begins on a token boundary."""
    best = tok.start
    for n in range(tok.end - tok.start + 1, min(tok.end, rules.max_suffix) + 1):
        if text[tok.end - n:tok.end] in rules.suffixes and tok.end - n in starts:
            best = tok.end - n
    return best


#: a party committee's posts, written right after it (卫滨区委 + 副书记)
_COMMITTEE_POSTS = ("副书记", "书记", "常委", "委员")
# a word the tagger glues to the level word opening an abbreviated body (副市长兼市公安局局长: 兼市/v)
_GLUED_BEFORE_LEVEL = frozenset("兼")


def _abbrev_spans(
    text: str, starts: set[int], ends: set[int], ctx: Context | None, rules: OrgRules
) -> Iterator[tuple[int, int, str]]:
    """Abbreviated bodies: 市委, 市工信局 alone, or after their place (贵州省委, 中共西藏自治区党委)."""
    gaz, names = rules.places.gaz, rules.places.names
    pos = 0
    while True:
        m = rules.abbrev_re.search(text, pos)
        if m is None:
            return
        a, b = m.span()
        if text[a - 1:a] in _GLUED_BEFORE_LEVEL and a - 1 in starts:
            starts = starts | {a}  # 部长 + 兼市/v + 文联: the tagger glued 兼 to the level word
        place_start = next((a - n for n in range(min(a, gaz.max_len), 1, -1) if text[a - n:a] in names),
                           None)
        level = next((text[a:a + n] for n in (3, 1) if text[a:a + n] in rules.abbrev_levels), "")
        own_word = a + len(level) in starts and a + len(level) in ends \
            and (b in ends or text.startswith(_COMMITTEE_POSTS, b))
        if place_start is None and level and (a in starts or own_word):
            # 武侯 + 区委, 海港 + 区委书记: the place's name ends in the abbreviation's level word (武侯区),
            # its short form no name of its own (not 老城区 + 委托: the abbreviation starts a word); or the
            # tagger read the place and its level as one word before the post (卫滨区/nt + 委副/b + 书记,
            # 广西壮族自治区/ns + 党委书记)
            place_start = next((a - n for n in range(min(a, gaz.max_len), 1, -1)
                                if text[a - n:a + len(level)] in names), None)
        if place_start is not None and place_start in starts:
            # the places it is in, written in full before it (龙岩市 + 永定区委, 中共北京市 + 顺义区委; not a
            # short name: 山西 + 平定县委)
            while text[place_start - 1:place_start] in rules.places.levels and (outer := next(
                    (place_start - n for n in range(min(place_start, gaz.max_len), 1, -1)
                     if text[place_start - n:place_start] in names and place_start - n in starts),
                    None)) is not None:
                place_start = outer
            if text[max(0, place_start - 2):place_start] == "中共":
                place_start -= 2
            yield place_start, b, "orgs.abbrev-place"
            pos = b
        elif a in starts and b in ends and text[max(0, a - 2):a] != "自治":
            # with no home place 市委 names no body we can tell (People's Daily leaves bare 市委 unlabelled,
            # and one 市委 node for every city would merge them in the graph): kept only with ctx.place
            if ctx is not None and ctx.place:
                yield a, b, "orgs.abbrev"
            pos = b
        else:
            pos = a + 1


def _party_spans(
    text: str, starts: set[int], ctx: Context, rules: OrgRules
) -> Iterator[tuple[int, int, str]]:
    """A party's committee at a place (民盟湖北省委会, 九三学社广州市委, 民进省委会): ``orgs/parties``."""
    names, longest = rules.places.names, rules.places.gaz.max_len
    for m in rules.party_re.finditer(text):
        a = m.start()
        if a not in starts or _party_committee(m.group(), ctx.place, rules) is None:
            continue
        if m.group("place") in rules.places.home_levels \
                and any(text[a - n:a] in names for n in range(2, min(a, longest) + 1)):
            continue  # 黑龙江共青团省委: the place written before names the level, not the home place
        yield a, m.end(), "orgs.party"


#: a committee's ending with no party before it (山东省委会), not a meeting of a committee (省委会议)
_BARE_COMMITTEE = re.compile("委会(?!议)")


def _bare_committees(text: str, ctx: Context, rules: OrgRules) -> dict[tuple[int, int], str]:
    """A party's committee written without the party (山东省委会, 省委会 in a paper of the province): in an
    article that names a party whose committees are so written (``orgs/parties`` bare: 致公党), the
    committee of the party named last before it (its publisher's name first), else first after it;
    spans -> full names (as written when the article names no such party: none of the CPC's
    committees, 中共山东省委员会 + 会)."""
    if rules.bare_party_re is None:
        return {}
    # the publisher's name comes before the text (中国致公党网: 省委会 is 致公党's)
    named = [(-1, rules.bare_parties[m.group()]) for m in rules.bare_party_re.finditer(ctx.publisher or "")]
    named += [(m.start(), rules.bare_parties[m.group()]) for m in rules.bare_party_re.finditer(text)]
    names, longest = rules.places.names, rules.places.gaz.max_len
    out = {}
    for m in _BARE_COMMITTEE.finditer(text):
        at = m.start()
        place = next((text[at - n:at] for n in range(min(at, longest), 0, -1)
                      if text[at - n:at] in names or text[at - n:at] in rules.places.home_levels), None)
        if place is None:
            continue
        if not named:  # no party named: which party's is not known, but it is none of the CPC's
            out[(at - len(place), m.end())] = place + "委会"
            continue
        party = next((p for a, p in reversed(named) if a < at), named[0][1])
        full = _party_committee(party + place + "委会", ctx.place, rules)
        if full is not None:
            out[(at - len(place), m.end())] = full
    return out


def _party_committee(name: str, home_place: str | None, rules: OrgRules) -> str | None:
    """The full name of a party's committee written as party + place + 委员会/委会/委 (民盟湖北省委会 ->
    中国民主同盟湖北省委员会; 民盟省委 in a paper of the province: its province; 民进江北区委会 in a paper of
    重庆市江北区: 中国民主促进会重庆市江北区委员会), else None."""
    m = rules.party_re.fullmatch(name)
    if m is None:
        return None
    place = m.group("place")
    if place in rules.places.home_levels:
        found = rules.places.gaz.home(place, home_place)
        if found is None or not found.name.endswith(place) \
                or (place == "区" and found.name.endswith("自治区")):
            return None
    elif place in rules.places.names and place[-1] in rules.places.levels:
        gaz = rules.places.gaz
        home = gaz.home(place, home_place) if home_place and home_place.endswith(place) else None
        # the paper's own district written short (民进江北区委会 in a paper of 重庆市江北区): the home place's
        # full name, as its CPC committee is keyed (中共重庆市江北区委员会)
        found = home if home is not None and home.name.endswith(place) else gaz.place(place)
    else:
        return None  # (民进 + 党委: no place)
    return rules.parties[m.group("party")] + found.name + "委员会"


# a session of a congress (湖南省十四届人大 + 一次会议): the congress is the meeting, no body (its standing
# committee's session is one: 泉州市十六届人大常委会 + 第三次会议)
_SESSION = re.compile(f"第?{SMALL}次")
_CONGRESS_NAMES = ("人大", "代表大会")
_BUREAU = re.compile(f"{SMALL}局")
_ENDS_IN_BUREAU = operator.methodcaller("endswith", "局")


# a development zone's bodies (天府新区眉山党工委, 渌口经开区党工委, 临港经济开发区管委会; name-parts.tsv
# kinds zone and zone-body): the tagger cuts the zone's name (渌/g 口经/n 开区/ns + 党工委), so the name runs
# back over name-like words to a delimiter, a level word (县/zg) and adjectives and verbal nouns of a zone's
# purpose too (先进/a 制造业 开发区, 产城 融合/vn 示范区)
_ZONE_PART_TAGS = frozenset({"n", "ns", "nr", "nrfg", "nz", "nt", "j", "g", "zg", "b", "a", "vn"})
_MAX_ZONE = 12


def _zone_spans(text: str, toks: tuple[Token, ...], rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """A zone's party working committee or administrative committee with the zone's name written before
    it from a delimiter (or the text's start) on: 区委书记、渌口经开区党工委第一书记 -> 渌口经开区党工委."""
    for j in compress(range(len(toks)), map(rules.zone_bodies.__contains__, map(_WORD, toks))):
        k = j
        while k > 0 and toks[k - 1].tag in _ZONE_PART_TAGS and toks[j].start - toks[k - 1].start <= _MAX_ZONE:
            k -= 1
        if k == j or (k > 0 and toks[k - 1].tag != "x"):
            continue  # (在 + 开发区管委会: not from a delimiter)
        zone = text[toks[k].start:toks[j].start]
        if any(w in zone for w in rules.zones) and not zone.startswith(rules.zones):
            yield toks[k].start, toks[j].end, "orgs.suffix"  # (示范区党工委: a zone with no name)


def _faculty_spans(toks: tuple[Token, ...], rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """A school's faculty named by its discipline alone, from a delimiter (or the text's start) on, before
    a person or a post: 、机电 + 工程学院 + 院长, 人文 与 传播学院 + 副院长 (common words, no anchor the
    grammar accepts), words of one character no part (原 + 中央民族学院: a former name); not a bare head word
    (学院院长) nor one of two characters (医学院)."""
    heads = map(operator.methodcaller("endswith", rules.faculties), map(_WORD, toks))
    for j in compress(range(len(toks)), heads):
        k = j
        while k > 0 and (toks[k - 1].tag in _DISCIPLINE_TAGS and len(toks[k - 1].word) > 1
                         and not toks[k - 1].word.endswith(rules.faculty_openers)
                         or toks[k - 1].word in rules.joiners) \
                and toks[j].start - toks[k - 1].start <= _MAX_FACULTY:
            k -= 1
        while k < j and toks[k].word in rules.joiners:
            k += 1
        after = toks[j + 1:j + 3]
        two = "".join(t.word for t in after)
        # after the school's word for itself or a campus (我院 + 计测工程学院) it needs no post after it
        opened = k > 0 and toks[k - 1].word.endswith(rules.faculty_openers)
        if (k > 0 and toks[k - 1].tag != "x" and not opened) or toks[j].end - toks[k].start < 4:
            continue
        if not opened and not (after and (
                after[0].tag.startswith("nr") or after[0].word in _FACULTY_POSTS or two in _FACULTY_POSTS
                or after[0].word in rules.titles or two in rules.titles or _COHORT.fullmatch(two))):
            continue  # (副 + 院长, 执行 + 院长: a post the tagger cut; 2022 + 届: a class of its students)
        yield toks[k].start, toks[j].end, "orgs.suffix"


#: tags of the words of a discipline naming a faculty (机电/n, 设计/vn, 创意/v, 光电/j, 公共/b, 食品科学/l)
_DISCIPLINE_TAGS = frozenset({"n", "vn", "v", "j", "nz", "b", "l"})
_MAX_FACULTY = 10
#: a class of a faculty's students by the year it ends (2022届 毕业生)
_COHORT = re.compile(r"(?:19|20)\d\d届")
#: a faculty's posts the title lexicon has not as words (党总支 before its secretary)
_FACULTY_POSTS = frozenset({"党总支", "党委", "副院长", "院长", "执行院长"})


def _bureau_spans(toks: tuple[Token, ...], rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """A central enterprise group's numbered bureau, its group's two-character short name starting with 中
    and a numbered 局 (中建 + 七局, 中铁 + 十一局): a company of the group; with a company of its own after
    it (中建 + 四局 + 安装公司; name-parts.tsv kind bureau-unit), that company too."""
    for j in compress(range(len(toks)), map(_ENDS_IN_BUREAU, map(_WORD, toks))):
        prev, t = toks[j - 1], toks[j]
        if j and _BUREAU.fullmatch(t.word) and len(prev.word) == 2 and prev.word[0] == "中" \
                and prev.tag != "x":
            yield prev.start, t.end, "orgs.suffix"
            after = toks[j + 1] if j + 1 < len(toks) else None
            if after is not None and after.tag == "nt" and after.word.endswith(rules.bureau_units):
                yield prev.start, after.end, "orgs.suffix"  # 中建 + 四局 + 安装公司


def _numbered_units(text: str, rules: OrgRules) -> Iterator[tuple[int, int, str]]:
    """Military units by their number (94755部队, 中国人民解放军 + 94755部队卫生所: the army written before it
    is part of the name), not inside a longer number."""
    if rules.unit_re is None:
        return
    for m in rules.unit_re.finditer(text):
        a = m.start()
        if not text[a - 1:a].isdigit():
            army = next((w for w in rules.armies if text.endswith(w, 0, a)), "")
            yield a - len(army), m.end(), "orgs.unit"


def _ordinal(word: str) -> bool:
    """Numbers inside names: 第二, 二 (中央第二生态环境保护督察组, PVC二厂), a numbered bureau (中建 + 七局);
    not counts (沿淮4省政府)."""
    return bool(re.fullmatch(f"第?[{DIGITS}百零〇]+[局届]?|第[0-9]+届?", word))


def canonical_org(name: str, ctx: Context | None = None) -> str:
    """The full name of an organisation as written.

    北京市委 -> 中共北京市委员会; 市委 -> 中共鄂尔多斯市委员会 when ``ctx.place`` is 鄂尔多斯市.
    """
    return org_rules(rules_of(ctx)).canonical(name, ctx.place if ctx is not None else None)


def _national(name: str, rules: OrgRules) -> str | None:
    """The full name of a national body written by its short name (中央军委 -> 中央军事委员会, 中国外交部 ->
    中华人民共和国外交部, 全国政协办公厅 -> 中国人民政治协商会议全国委员会办公厅), or None."""
    national = rules.national
    for lead in ("", *rules.china):  # (中国, 我国: ``places/affixes`` kind 'china')
        rest = name[len(lead):]
        if not name.startswith(lead) or not rest:
            continue
        full, use = national.get(rest, ("", ""))
        if full and (lead or use != "state"):
            return full  # (a bare ministry may be another state's: only 中国外交部 is China's)
        if lead:
            continue
        for n in range(len(rest) - 2, 1, -1):  # (one character after it names no body: 电力部 + 门)
            full, use = national.get(rest[:n], ("", "whole"))
            if use == "":
                # (朝鲜劳动党中央 + 委员会: the words the full name adds written after the short one)
                completed = full[full.rfind(rest[n - 1]) + 1:] if rest[n - 1] in full else ""
                tail = rest[n:].removeprefix(completed) if completed else rest[n:]
                return full + rules.departments.get(tail, tail)  # 香港特区政府 + 驻京办
    return None


_GOVERNMENT = "人民政府"
_PARTY_COMMITTEE_TAIL = "会"  # 委 + 会: a democratic party's committee written without the party
_CONGRESS, _STANDING = "人民代表大会", "常务委员会"
#: a people's congress's offices, which are its standing committee's (市人大办公室)
_CONGRESS_OFFICES = ("办公室", "办公厅", "研究室")


# a body's term written in its name (云梦县第十九届人大常委会, 中共X市第十二届委员会): the body is the same
# in every term, and is keyed without it; a session's name (X县第十八届人民代表大会第一次会议) keeps it
_TERM = re.compile(f"{TERM}(?=.*(?:委员会|委会|常委会|人大|代表大会)$)")
# so is an association's (台山市第九届侨联, X商会第三届会员大会 is no association's name)
_ANY_TERM = re.compile(TERM)


def _canonical(name: str, home_place: str | None, rules: OrgRules) -> str:
    # a body written with a short ending after what it governs, whatever names that: a place's department
    # (…中心医院 + 纪委), a street (海北街道 + 党工委)
    return _form(_full_name(name, home_place, rules), rules)


_CPC_FULL, _CPC, _COMMITTEE = "中国共产党", "中共", "委员会"
_CPPCC = "中国人民政治协商会议"  # a CPPCC committee's full name opens with it; the place follows
_SAR = "特别行政区"


# an association's elected committee or council of a term (中国侨联第九届委员会, X商会第二届理事会,
# 中华全国总工会第十七届执行委员会): the association itself, whose head the committee's head is
_COUNCIL_OF_TERM = re.compile(f"{TERM}(?:全国|执行)?(?:委员会|理事会)$")


def _full_name(name: str, home_place: str | None, rules: OrgRules) -> str:
    if rules.armies and rules.unit_re is not None and rules.unit_re.fullmatch(name):
        return rules.armies[0] + name  # 94755部队: a unit of the army (中国人民解放军94755部队)
    council = _COUNCIL_OF_TERM.search(name)
    if council is not None and _suffix_kind(name[:council.start()], rules) == "association":
        return rules.canonical(name[:council.start()], home_place)
    association = _suffix_kind(name, rules) == "association"
    term = _TERM.search(name) or (_ANY_TERM.search(name) if association else None)
    if term is not None and name != term.group():
        before, after = name[:term.start()], name[term.end():]
        named = rules.canonical(before, home_place) if before else before
        if named != before and named.endswith(after):
            return named  # 全国政协 + 第十四届 + 委员会: the term's committee is the body named before it
        return rules.canonical(before + after, home_place)
    national = _party_centre(name, rules) or _national(name, rules) \
        or _party_committee(name, home_place, rules)
    if national is not None:
        return national
    gaz = rules.places.gaz
    rest = name
    for lead in ("中国共产党", "中共"):
        if rest.startswith(lead):
            rest = rest[len(lead):]
            break
    place, written = None, ""
    for e in range(min(len(rest), gaz.max_len), 1, -1):
        found = gaz.lookup(rest[:e]) if rest[:e] in gaz.by_name else None
        if found is not None and found.code and len(found.code) == 12:  # 中国政府 is no 人民政府
            cand = rest[e:]
            if cand[:1] in rules.places.levels and found.name != rest[:e] \
                    and not found.name.endswith(cand[0]):
                break  # 青山 + 市人民政府: a city the gazetteer does not know, not its 青山区 of that stem
            if cand.startswith(rules.abbrev_heads) and not found.name.endswith(_SAR):
                # (a special administrative region's are not: 香港特别行政区政府 is no 人民政府)
                place, written, rest = found, rest[:e], cand
                break
            dept = next((d for d in rules.departments_longest_first if cand.startswith(d)), None) \
                if cand.startswith(rules.departments_longest_first) else None
            if dept is not None and found.name == rest[:e] and rest == name:
                # a department after its place written in full: 上海市卫健委 -> 上海市卫生健康委员会
                return found.name + _department_written(dept, cand, rules)
            full_place = _place_in_full(rest[:e], found.name, cand, rules) if rest == name else None
            if full_place is not None:
                return full_place
            inner = _of_place_within(cand, home_place, rules)
            if inner is not None:
                # 江苏省南京市委 -> 中共江苏省南京市委员会: the body of the place written after its province
                # (中共 written before it too: 中共北京市顺义区委); one the home place keyed with it already
                # as is (龙岩市 + 永定区委 in a 龙岩市永定区 paper: 中共龙岩市永定区委员会)
                # (a full name opening with its party or front: 中共X委员会, 中国人民政治协商会议X委员会)
                lead = next((w for w in (_CPC, _CPPCC) if inner.startswith(w)), "")
                body = inner[len(lead):]
                if rest[:e] in body or found.name in body:
                    return inner  # (the home place named with its province: 福建省龙岩市永定区 + 区委)
                # the place before it in full (河北高邑县委 -> 中共河北省高邑县委员会, as 河北省高邑县委 is;
                # 哈尔滨市平房区政协 -> 中国人民政治协商会议哈尔滨市平房区委员会)
                outer = found.name if found.name.startswith(rest[:e]) else rest[:e]
                return lead + outer + body
    # a rule below needs an abbreviation (or its body) after the place found, or one starting a name
    # with no place: most names have neither, and the loop is skipped
    if place is not None:
        possible = rules.abbrev_heads
    else:
        possible = rules.abbrevs_longest_first if rest == name else ()
    for abbrev in rules.abbrevs_longest_first if rest.startswith(possible) else ():
        level, template = rules.abbrevs[abbrev]
        body = abbrev[len(level):]
        if place is not None and (rest.startswith(abbrev) or rest.startswith(body)):
            tail = rest[len(abbrev) if rest.startswith(abbrev) else len(body):]
            home = gaz.home(written, home_place) if home_place and home_place.endswith(written) else None
            # the paper's own place written short (前进区委 in a paper of 佳木斯市前进区): keyed as the home
            # place fills its bare abbreviations (中共佳木斯市前进区委员会), one key for one body
            full = home.name if home is not None and home.name.endswith(written) else place.name
        elif place is None and rest == name and rest.startswith(abbrev):
            home = gaz.home(level, home_place)
            if home is None or not home.name.endswith(level) \
                    or (level == "区" and home.name.endswith("自治区")):
                return name  # 自治区党委 of a city in no 自治区, 区委 in a city's paper: which is not known
            tail, full = rest[len(abbrev):], home.name
        else:
            continue
        if tail == _PARTY_COMMITTEE_TAIL:
            return name  # 山东省委会: a democratic party's committee (民盟X省委会), not 中共X委员会 + 会
        dept = rules.departments.get(tail, tail)
        if dept.startswith(_GOVERNMENT):
            # 省委外办: the committee's office; 省政府外办: the government is written already
            dept = dept[len(_GOVERNMENT):]
        body = template.format(full)
        if dept == _COMMITTEE and body.endswith(_COMMITTEE):
            dept = ""  # 区政协 + 委员会: the committee the short name names, not one of its own
        if body.endswith(_CONGRESS) and dept in _CONGRESS_OFFICES:
            body += _STANDING  # 市人大办公室: the office of the congress's standing committee
        return body + dept
    if place is None and rest == name:
        # 市工信局: a level word and a department
        for level in ("自治区", "市", "省", "县", "区", "旗", "州", "盟"):
            dept = name[len(level):]
            if name.startswith(level) and dept in rules.departments:
                home = gaz.home(level, home_place)
                # a level's own form of the department first (省法院: the province's 高级人民法院)
                full = rules.departments.get(name) or rules.departments[dept]
                if home is None and home_place is None:
                    return level + full  # no home place: 市工业和信息化局, place unknown
                if home is None or not home.name.endswith(level):
                    return name  # (a home place the gazetteer does not know: 大连市西岗区 is no city)
                return home.name + full
        return _home_department(name, home_place, rules)
    return name


def _department_written(short: str, written: str, rules: OrgRules) -> str:
    """The full name of the department ``written`` opens with in its short form ``short``, and what follows
    it; the short form's last word written out (外事办 + 公室, 发改委 + 员会) is no part of what follows
    (外事办公室 -> 人民政府外事办公室, not …办公室公室)."""
    full = rules.departments[short]
    completed = full[full.rfind(short[-1]) + 1:]
    rest = written[len(short):]
    return full + (rest[len(completed):] if completed and rest.startswith(completed) else rest)


def _form(name: str, rules: OrgRules) -> str:
    """The full name of a body written with a short ending of ``orgs/forms`` after what it governs
    (海北街道党工委 -> 中共海北街道工作委员会; 望山村党支部 -> 中共望山村支部委员会), else ``name``."""
    for ending, (template, stems) in rules.forms.items():
        stem = name[:-len(ending)]
        if name.endswith(ending) and len(stem) >= 2 and not stem.endswith(_COMMITTEE) \
                and (not stems or stem.endswith(stems)):
            # (a committee's own branch, 中共江北区委员会 + 党支部, is no committee of a committee)
            if template.startswith((_CPC, _CPC_FULL)):
                stem = stem.removeprefix(_CPC_FULL).removeprefix(_CPC)  # 中共青山大学纪委: one 中共
            return template.format(stem)
    return name


#: the kinds of ``orgs/suffixes`` of a place's state bodies (its court, government, congress, offices)
_STATE_KINDS = frozenset({"court", "gov", "legislature", "office", "police", "cppcc"})
#: the party's bodies within a state body, written after its name (检察院党组)
_PARTY_GROUPS = ("党组", "党委", "纪委")
#: the posts of a party committee's secretaries, written after it (党委 + 副书记)
_SECRETARIES = ("书记", "副书记", "常务副书记")
#: the posts of a party committee written after it: its secretaries' and standing members' (党委 + 常委)
_GROUP_POSTS = (*_SECRETARIES, "常委")
#: a body's party group, committee or general branch, and the posts written after it with which the mention
#: is the body's (山东建筑大学 + 党委副书记, 惠东法院 + 党组成员, 哈密市中医医院 + 党总支部书记); the modern
#: gold labels the body in 29 of 31 such spans of its read sets (中国科协党组 + 成员 in m18 is one of the two)
_CUT_GROUPS = {"党组": (*_GROUP_POSTS, "成员"), "党委": _GROUP_POSTS, "党总支部": _SECRETARIES,
               "党总支": _SECRETARIES}


def _place_in_full(written: str, place: str, rest: str, rules: OrgRules) -> str | None:
    """The name of a state body of a place written short with the place in full (湘西州 + 中级人民法院 ->
    湘西土家族苗族自治州中级人民法院, 黔东南州 + 财政局党组), else None: a department of ``orgs/departments``
    or a court's, government's, congress's or office's name, or the party group of one (…检察院党组), after
    the place's stem and its level's character (州); an abbreviation of a department after the stem alone
    (湘西 + 中院)."""
    if written == place or (written + rest).startswith(place):
        return None  # (the place written in full, longer than the gazetteer's longest name read)
    level = place[-1]
    stem = written[-1] != level
    if stem and rest[:1] == level:
        rest, stem = rest[1:], False  # 湘西 + 州人民检察院
    group = next((g for g in _PARTY_GROUPS if rest.endswith(g) and len(rest) > len(g)), "")
    body = rest[:len(rest) - len(group)]  # 湘西州人民检察院 + 党组: the body's party group is the body's
    full = rules.departments.get(body)
    if full is not None and (not stem or full != body):
        return place + full + group  # (after the stem alone, an abbreviation only: 湘西 + 中院)
    if not stem and _suffix_kind(body, rules) in _STATE_KINDS and body[:1] not in rules.places.levels:
        return place + rest  # (a stem alone starts other names: 东方 + 医院, 浙江 + 大学…, 南京 + 东路街道)
    return None


def _of_place_within(name: str, home_place: str | None, rules: OrgRules) -> str | None:
    """The full name of ``name`` when it opens with a place of the gazetteer and is resolved to another
    name (南京市委 -> 中共南京市委员会), else None: what a place written before it (江苏省) is put before."""
    gaz = rules.places.gaz
    opens = any(name[:e] in gaz.by_name for e in range(min(len(name) - 1, gaz.max_len), 1, -1))
    full = rules.canonical(name, home_place) if opens else name
    return full if full != name else None


def _home_department(name: str, home_place: str | None, rules: OrgRules) -> str:
    """A body of the home place written with its level and a department ``orgs/departments`` does not
    list (市大数据局, 县机关事务管理局, 市住房公积金管理中心: an office's or centre's head word, the level a
    word of its own): the home place's (鄂尔多斯市大数据局); else the name as written (市场监管局 is no
    市 + 场监管局)."""
    level = next((lv for lv in rules.places.home_levels if name.startswith(lv)), None)
    if level is None or len(name) - len(level) < 3:
        return name
    kind = _suffix_kind(name[1:], rules)  # (a head word shorter than the whole name)
    if kind not in ("office", "center") or tokenize(name)[0].word != level:
        return name
    home = rules.places.gaz.home(level, home_place)
    if home is None or not home.name.endswith(level) or (level == "区" and home.name.endswith("自治区")):
        return name
    return home.name + name[len(level):]


@functools.lru_cache(maxsize=1 << 14)  # dear (a grammar reading of each leading part) and names recur: the
# relations of every article and the graph of every organisation ask for it
def parent_org(name: str, ruleset: RuleSet | None = None) -> str | None:
    """The organisation a name nests in (中国人民大学教育学院 -> 中国人民大学), or None.

    The parent is the longest leading part of the name that is itself a name and ends
    before the name's own head word (鄂尔多斯市中心医院 has no parent 鄂尔多斯市中心).
    """
    rules = org_rules(ruleset)
    head = _head_len(name, len(name) - 1, rules)
    for k in range(len(name) - max(head, 2), 1, -1):
        prefix = name[:k]
        if not (prefix in rules.known or _head_len(prefix, k, rules)):
            continue
        spans = org_spans(prefix, Context(rules=ruleset))
        if spans and spans[0][0] == 0 and spans[0][1] == k:
            return spans[0][2]
    return None


def org_location(name: str, ruleset: RuleSet | None = None) -> str | None:
    """The canonical place an organisation's name starts with (鄂尔多斯市中心医院 -> 鄂尔多斯市), or None."""
    pn = org_rules(ruleset).places
    gaz, names = pn.gaz, pn.names
    rest = name
    for lead in ("中国共产党", "中共"):
        if rest.startswith(lead) and len(rest) > len(lead):
            rest = rest[len(lead):]
            break
    for e in range(min(len(rest) - 1, gaz.max_len), 1, -1):
        if rest[:e] in names:
            return gaz.place(rest[:e]).name
    return None


def extract_orgs(view: View, ctx: Context) -> Iterator[Mention]:
    """ORG mentions of ``view`` (source offsets), key = the canonical full name."""
    for start, end, key, rule in org_spans(view.text, ctx):
        a, b = view.to_source(start, end)
        yield Mention(a, b, "ORG", view.source[a:b], rule=rule, key=key)
