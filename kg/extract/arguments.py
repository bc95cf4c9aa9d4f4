"""Event arguments: who died, who was arrested, who beat whom, how much, how many.

Roles are data, ``kg/rules/events/roles.jsonl``: each names an event type of the
scheme (a role of a type holds for the types under it: 死亡人数 of 灾害/意外
holds for 地震 and 起火), its DuEE role, the RDF property it maps to, and how it
is read:

* ``side``: where the filler is written, relative to the trigger: ``before`` it
  in its clause (the subject: 张三去世), ``after`` it (the object: 击败李四),
  anywhere in the ``clause``, or anywhere in the ``sentence``. When the clause
  is passive (X被警方逮捕) or the trigger word is ``inverse`` (A负于B), the
  ``before`` and ``after`` readings swap: the one acted on is written first.
* ``reads``: kinds of filler, the first that is found wins: the mention types
  PER, ORG, LOC, TITLE; spans of values found here by pattern (AMOUNT 50万元,
  COUNT 3人, AGE 85岁, MAGNITUDE 6.2级, DEPTH 10千米, DURATION 3年, ROUND A轮,
  PERCENT 5%, WORK 《…》, SCORE 3-2, CONTEST 2019年美网男单决赛); PHRASE, the words
  between the trigger and the clause boundary, trimmed of adverbs and function words (the noun phrase a
  linguist would underline), or on the ``clause`` side the words before a ``followed_by`` word (X旗下);
  VENUE, the place phrase the event reader found after 在/于 (在纽约州长岛坠毁). A place written
  before the name of a body (镇江应急管理部门, 融安县警方) is not where anything happened.
* ``cue`` (words right before the filler: 对X罚款, 向X道歉; a phrase then runs from the
  cue to the trigger) and ``followed_by`` (words right after it: 3人死亡) narrow the
  reading: a filler needs one of either;
  ``many`` takes every filler of the kind (结婚双方), not only the nearest.
  Several records may read one role (ids ``Fine.罚款对象/对`` and ``Fine.罚款对象``):
  the first that finds a filler fills it.

时间 and 地点 are the event's date and place, read by ``kg.extract.events``.
Each argument is a :class:`~kg.model.Mention` whose offsets are those of the
input text, typed by the kind it was read as.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from kg.extract.events import Trigger, clause_break, happening, scheme, triggers, words
from kg.model import Event, Mention, replace
from kg.nlp.normalize import View
from kg.nlp.numerals import ORDINAL
from kg.nlp.sentences import long_sentence_cuts
from kg.rules import Record, RuleSet, load_rules, per_rules
from kg.rules.mention_types import CURIE_LOCAL

__all__ = ["Role", "roles", "roles_of", "read_arguments", "duee_arguments", "money", "NAMESPACES",
           "argument_words", "currencies"]

#: Where the CURIEs of the ``property`` of roles.jsonl point.
NAMESPACES = {"schema": "https://schema.org/", "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
              "kg": "https://kg.example.org/ns#"}

_NUM = r"(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千万]+)"
_NAME = r"(?:(?![的在于和与以对被把将从是了])[A-Za-z0-9\u4e00-\u9fff·])"
#: kinds of filler found by pattern rather than by the mention extractors
VALUE_KINDS = ("AMOUNT", "COUNT", "AGE", "MAGNITUDE", "DEPTH", "DURATION", "ROUND", "PERCENT", "WORK",
               "CONTEST", "SCORE", "TIME")
_WORD_KINDS = ("currency", "contest", "league", "time", "lead", "subject-end", "cause", "object-lead",
               "object-end", "nobody-determiner", "nobody", "reported-after", "period", "until", "reporting",
               "later", "body", "speaker", "site", "happen", "sudden", "year-time", "passive",
               "origin", "no-end", "source", "place-word", "place-adverb", "place-is")


#: a manner between 发生 and its event (发生自杀式袭击, 发生连环式爆炸)
_MANNER = r"(?:[\u4e00-\u9fff]{1,3}式)?"


def _either(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` in file order."""
    return "|".join(re.escape(w) for w in words)


@dataclass(frozen=True)
class _Words:
    """The patterns of the argument reader, built from ``events/argument_words`` (argument_words.tsv)."""

    values: dict[str, re.Pattern[str]]  # by kind of VALUE_KINDS
    lead: re.Pattern[str]  # time words and sources a subject does not start with (昨天张三去世)
    subject_end: re.Pattern[str]  # where a subject stops (张三在北京去世)
    no_end: re.Pattern[str]  # 首都: a word holding a subject-end word (都) that ends nothing
    cause: re.Pattern[str]  # 地震造成3人死亡: those who died follow the cause
    object_lead: re.Pattern[str]  # 击败了李四: particles opening an object
    object_end: re.Pattern[str]  # 击败李四后: where an object stops
    nobody: re.Pattern[str]  # 赢下比赛, 击败对手: a phrase that names nobody
    reported: re.Pattern[str]  # 15日电: the time of a report, not of what happened
    period: re.Pattern[str]  # 最近, 今年: a period holds many events and says when none of them happened
    until: tuple[str, ...]  # 截至15日: a deadline
    reporting: re.Pattern[str]  # 记者15日从警方获悉: a time of an earlier clause that reports is the report's
    later: re.Pattern[str]  # 随后警方将她逮捕: a clause placed after an earlier time
    body: re.Pattern[str]  # 融安县警方, 中国籍, 美国人: a body's or a person's place, not where things happen
    speaker: re.Pattern[str]  # 以色列宣布, 美方表示: a place that speaks is an actor, not where things happen
    speech: re.Pattern[str]  # speech opened after a time (events/words)
    clock: tuple[str, ...]  # 当地时间, 北京时间 (events/words)
    year_time: frozenset[str]  # 2019年底, 2019年以来: a year before one of these is a time, not a modifier
    site: re.Pattern[str]  # …大厦, 化工厂: a phrase ending so names a building or a site, not anyone
    happen: re.Pattern[str]  # …小区发生(一起)火灾, …大楼突然起火: between a place and its event
    happened: re.Pattern[str]  # …超市发生(一起)枪击: a verb of happening (no adverb) ending a subject
    origin: tuple[str, ...]  # 出生于上海, 家住X: where a person is from, not where an event happened
    refer: tuple[str, ...]  # 这次, 此次, 该 (events/words): a happening already told
    passive: re.Pattern[str]  # X被警方逮捕, 清真寺遭到袭击: the one written before undergoes the event
    source: re.Pattern[str]  # 据美媒周二报道: a source and its report
    place_said: re.Pattern[str]  # 地点就在X, 事发地点位于X: a sentence saying where


@per_rules
def argument_words(rules: RuleSet) -> _Words:
    w = rules.table("events/argument_words").words_by_kind(_WORD_KINDS)
    currency = f"(?:{_either(w['currency'])})"
    contest = f"(?:{_either(w['contest'])})"
    values = {
        "AMOUNT": re.compile(rf"(?:近|约|超|超过)?{_NUM}(?:多|余)?"
                             rf"(?:[十百千万亿]*{currency}|[万亿]+[一二三四五六七八九]?)"),  # 三万五: 35,000
        "COUNT": re.compile(rf"{_NUM}(?:多|余)?(?:名|位|个|人)[^,，。;；、]{{0,3}}?"
                            rf"(?=人|名|位|死|伤|受|遇|身|丧|罹|被|失)人?|{_NUM}(?:多|余)?(?:名|位|人)"),
        "AGE": re.compile(rf"{_NUM}(?:多)?岁"),
        "MAGNITUDE": re.compile(r"\d+(?:\.\d+)?级"),
        "DEPTH": re.compile(r"\d+(?:\.\d+)?(?:千米|公里|米)"),
        "DURATION": re.compile(rf"(?:有期徒刑|无期徒刑|死刑|拘役)?(?:{_NUM}(?:多|余)?(?:个)?"
                               rf"(?:年|月|周|天|日|场|轮)(?:零?{_NUM}个月)?)|无期徒刑|死刑|终身"),
        "ROUND": re.compile(r"(?:Pre-?)?[A-FＡ-Ｆ]\+?(?:\+|１)?轮|天使轮|种子轮|战略融资|Pre-IPO轮"),
        "PERCENT": re.compile(rf"{_NUM}(?:\.\d+)?(?:%|％|个基点|个百分点)|百分之{_NUM}"),
        "WORK": re.compile(r"《[^《》]{1,40}》"),
        # a contest: its name ends in a contest word (2019年美网男单决赛, 中超第25轮比赛, 世界杯小组赛) or
        # is a league's short name (温网, 中超, NBA); the name does not run over 的/在/于 ...
        "CONTEST": re.compile(rf"(?:\d{{4}}(?:年|-\d{{2,4}}赛季)?)?{_NAME}{{0,14}}?{contest}"
                              rf"(?:{_NAME}{{0,8}}?{contest})?(?:{_NAME}{{0,6}}?(?:站|轮|场))?"
                              rf"|{_either(w['league'])}"),
        "SCORE": re.compile(r"(?<![\d.])\d{1,3}(?:-|:|：|比)\d{1,3}(?![\d.])"),
        # times the date extractor leaves to a publication date: 今天凌晨, 当地时间周三, 自即日起
        "TIME": re.compile(r"(?:[\u4e00-\u9fff]{0,6}当地时间|北京时间)?(?:自|从)?"
                           rf"(?:(?:{_either(w['time'])}|周[一二三四五六日末]|星期[一二三四五六日天]|"
                           r"\d+[时点](?:\d+分)?许?)+起?)"),
    }
    event_words = words(rules)
    return _Words(
        values=values,
        lead=re.compile(rf"(?:据[^,，]{{0,12}}?(?:报道|消息|透露|日电|日讯)|{_either(w['lead'])}|周[一二三四五六日]|[0-9]+日)+"),
        subject_end=re.compile(f"(?:{_either(w['subject-end'])})"),
        no_end=re.compile(_either(w["no-end"])),
        cause=re.compile(f".*(?:{_either(w['cause'])})"),
        object_lead=re.compile(f"(?:{_either(w['object-lead'])})+"),
        object_end=re.compile(f"(?:{_either(w['object-end'])}|，|,)"),
        nobody=re.compile(f"(?:{_either(w['nobody-determiner'])})?(?:{_either(w['nobody'])})"),
        reported=re.compile(f"(?:晚间|[早晚]上)?(?:{_either(w['reported-after'])})"),
        period=re.compile(_either(w["period"])),
        until=w["until"],
        reporting=re.compile(_either(w["reporting"])),
        later=re.compile(_either(w["later"])),
        body=re.compile(f"{_either(w['body'])}|人(?!民)"),
        speaker=re.compile(_either(event_words.speech_verbs + w["speaker"])),
        speech=event_words.speech, clock=event_words.clock, year_time=frozenset(w["year-time"]),
        site=re.compile(f"(?:{_either(w['site'])})$"),
        happen=re.compile(f"(?:{_either(w['happen'] + w['sudden'])})+了?(?:{_NUM}(?:起|场|次))?{_MANNER}$"),
        happened=re.compile(f"(?:{_either(w['happen'])})了?(?:{_NUM}(?:起|场|次))?{_MANNER}$"),
        passive=re.compile(_either(w["passive"])), origin=w["origin"], refer=event_words.refer_noun,
        source=re.compile(f"据[^,，。;；]{{0,16}}?(?:{_either(w['source'])})"),
        place_said=re.compile(f"(?:{_either(w['place-word'])})(?:{_either(w['place-adverb'])})?"
                              f"(?:{_either(w['place-is'])})"))


_MENTION_KINDS = ("PER", "ORG", "LOC", "TITLE", "DATE")
_KINDS = (*_MENTION_KINDS, *VALUE_KINDS, "PHRASE", "VENUE")
_SIDES = ("before", "after", "clause", "sentence", "near")
_CLAUSE = ",，;；:：()（）"


def _breaks(text: str, i: int) -> bool:
    """Whether ``text[i]`` ends a clause: a comma, a semicolon, a bracket, a colon but not in 110:102, a space
    between two Chinese characters (a headline's clauses: 新款名爵ZS 10月17日上市 搭1.3T发动机)."""
    return clause_break(text, i, _CLAUSE) or text[i] in " \u3000" and 0 < i < len(text) - 1 \
        and _HAN.match(text, i - 1) is not None and _HAN.match(text, i + 1) is not None


_SENTENCE_END = "。!！?？\n"
_SENTENCE_ENDS = re.compile(f"[{_SENTENCE_END}]")


@lru_cache(maxsize=4)  # every event of an article asks for its sentence
def _sentence_bounds(text: str) -> tuple[list[int], list[int]]:
    """Where the sentences the arguments are read in start and where they stop, each in order: at the marks
    of ``_SENTENCE_END`` (left out of both), and after the cuts of a sentence longer than
    :data:`~kg.nlp.sentences.MAX_SENTENCE` (:func:`~kg.nlp.sentences.long_sentence_cuts`: a dump with no
    mark is read a piece at a time, so that each event's sentence costs the same, not the text's length)."""
    starts, stops = [0], []
    for mark in [m.start() for m in _SENTENCE_ENDS.finditer(text)] + [len(text)]:
        for cut in long_sentence_cuts(text, starts[-1], mark):
            starts.append(cut + 1)
            stops.append(cut + 1)
        starts.append(mark + 1)
        stops.append(mark)
    return starts[:-1], stops
_HAN = re.compile(r"[\u4e00-\u9fff0-9]")
_MAX_PHRASE = 32
@dataclass(frozen=True)
class Role:
    """A role of an event type and how to read its filler."""

    id: str
    type: str  # concept id of the scheme
    duee: str  # DuEE's name of the role
    curie: str  # the RDF property, as a CURIE (schema:, sem:, kg:)
    en: str
    side: str = ""  # empty: filled by the event reader (时间, 地点)
    reads: tuple[str, ...] = ()
    cue: tuple[str, ...] = ()
    followed_by: tuple[str, ...] = ()
    many: bool = False
    counted: bool = False  # a phrase read keeps the count of the people it names (6名犯罪嫌疑人)

    @property
    def iri(self) -> str:
        """The property as a full IRI."""
        prefix, _, local = self.curie.partition(":")
        return NAMESPACES[prefix] + local

    @property
    def actor(self) -> bool:
        """Whether the role is filled by a person or an organisation (a ``sem:hasActor``)."""
        return "PER" in self.reads or "ORG" in self.reads


def roles(rules: RuleSet | None = None) -> dict[str, Role]:
    """The event roles of ``rules`` (the built-in rules when None), by id."""
    return _roles(rules if rules is not None else load_rules())[0]


def roles_of(type_: str, rules: RuleSet | None = None) -> tuple[Role, ...]:
    """The roles of an event type: its own and those of the concepts above it."""
    return _roles(rules if rules is not None else load_rules())[1].get(type_, ())


def _role(r: Record, concepts: Mapping[str, object]) -> Role:
    if r.text("type") not in concepts:
        raise r.error(f"field 'type': {r.text('type')!r} is not in the event scheme (events/scheme)")
    if (r.text("side") or "before") not in _SIDES:
        raise r.error(f"field 'side': must be one of {', '.join(_SIDES)}")
    if ("side" in r.fields) != bool(r.words("reads")):
        raise r.error("field 'reads': a role read here needs both 'side' and 'reads'")
    if "PHRASE" in r.words("reads") and r.text("side") not in ("before", "after") \
            and not (r.text("side") == "clause" and r.words("followed_by")):
        raise r.error("field 'reads': a PHRASE is read only 'before' or 'after' the trigger, or in the "
                      "'clause' before a 'followed_by' word")
    bad = [k for k in r.words("reads") if k not in _KINDS]
    if bad:
        raise r.error(f"field 'reads': unknown kind {bad[0]!r} (known: {', '.join(_KINDS)})")
    prefix, _, local = r.text("property").partition(":")
    if prefix not in NAMESPACES or not CURIE_LOCAL.fullmatch(local):
        raise r.error("field 'property': must be a schema:, sem: or kg: CURIE")
    return Role(r.text("id"), r.text("type"), r.text("duee"), r.text("property"), r.text("en"),
                r.text("side"), r.words("reads"), r.words("cue"), r.words("followed_by"), bool(r.get("many")),
                bool(r.get("counted")))


@per_rules
def _roles(rules: RuleSet) -> tuple[dict[str, Role], dict[str, tuple[Role, ...]]]:
    """The roles by id, and the roles of each event type (its own and those of the concepts above it)."""
    concepts = scheme(rules)
    by_id = {role.id: role for role in (_role(r, concepts) for r in rules.records("events/roles").rows)}
    by_type = {}
    for type_ in concepts:
        chain, t = [], type_
        while t and t in concepts and t not in chain:
            chain.append(t)
            t = concepts[t].broader or ""
        by_type[type_] = tuple(r for r in by_id.values() if r.type in chain)
    return by_id, by_type


# an amount written in digits: 50万元, 1.2亿美元, 8000瑞士法郎, 57,000元 (not 近50万元, 50多万元, 三万五)
_MONEY = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿]*)(\D*)")
_FACTOR = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


@per_rules
def currencies(rules: RuleSet) -> dict[str, str]:
    return {row.fields[0]: row.fields[1] for row in rules.table("events/currencies").checked(2, 2)}


def money(text: str, rules: RuleSet | None = None) -> tuple[Decimal | None, str | None]:
    """The value and the ISO 4217 code of an amount as written (kg/rules/events/currencies.tsv): the value
    None when the amount is approximate or not in digits, the code None when its currency is not known.

    >>> money("50万元"), money("1.2亿美元"), money("近1200万元"), money("8000法郎")
    ((Decimal('500000'), 'CNY'), (Decimal('120000000.0'), 'USD'), (None, 'CNY'), (Decimal('8000'), None))
    >>> money("50多万元"), money("70万元人民币"), money("６７．９万")
    ((None, 'CNY'), (Decimal('700000'), 'CNY'), (Decimal('679000.0'), None))
    """
    codes = currencies(rules if rules is not None else load_rules())
    text = unicodedata.normalize("NFKC", text)  # ６７．９万 -> 67.9万
    code = next((codes[w] for w in sorted(codes, key=len, reverse=True) if text.endswith(w)), None)
    m = _MONEY.fullmatch(text)
    if m is None or any(ch in m.group(3) for ch in "多余"):
        return None, code
    value = Decimal(m.group(1).replace(",", ""))
    for ch in m.group(2):
        value *= _FACTOR[ch]
    return value, code


def duee_arguments(event: Event, rules: RuleSet | None = None) -> list[tuple[str, Mention]]:
    """The event's arguments as (DuEE role, mention): those read here, else its date and place."""
    by_id = roles(rules)
    out = [(by_id[r].duee, m) for r, m in event.arguments if r in by_id]
    read = {role for role, _ in out}
    has = {r.duee for r in roles_of(event.type, rules)}
    # a date written after the trigger (辞职 … 2018年年报) is no time of the event (as for 时间 read here)
    if event.when is not None and "时间" in has - read and event.when.start < event.trigger.end:
        out.append(("时间", event.when))
    if event.place is not None and "地点" in has - read:
        out.append(("地点", event.place))
    return out


_START = itemgetter(0)


class _Sentence:
    """One sentence in view coordinates, with its mentions and value spans."""

    def __init__(self, view: View, mentions: list[tuple[int, int, Mention]], a: int, b: int,
                 verbs: re.Pattern[str], qualified: frozenset[int], words: _Words,
                 lexicon: Mapping[str, Trigger]):
        """``mentions``: (view start, view end, mention) of the article, sorted; ``qualified``: where
        its people and titles start; ``lexicon``: the trigger verbs ``verbs`` finds, by word."""
        self.view, self.text, self.a, self.b = view, view.text, a, b
        self.verbs = verbs  # the trigger verbs: no other event's trigger is part of a phrase
        self.lexicon = lexicon
        self.happening: frozenset[str] = frozenset()  # types told as modifiers too (刚刚退役的X)
        self.words = words
        inside = mentions[bisect_left(mentions, a, key=_START):bisect_right(mentions, b, key=_START)]
        self.spans: list[_Span] = [(s, e, m.type, m) for s, e, m in inside if e <= b]
        taken = [(s, e, k) for s, e, k, _ in self.spans]
        for kind, pattern in words.values.items():
            for v in pattern.finditer(self.text, a, b):  # a contest's name may hold its year (2019年美网)
                if not any(s < v.end() and v.start() < e for s, e, k in taken
                           if kind != "CONTEST" or k != "DATE"):
                    self.spans.append((v.start(), v.end(), kind, None))
        self.spans.sort(key=lambda s: (s[0], s[1]))
        self.qualified = qualified  # where people are named
        # where a number starts that is no date (恩施2少年) or dates a dispatch (柳州8月5日电): a place right
        # before it says whose they are or where the report was filed, not where anything happened
        digits = compress(range(a, b), map(str.isdigit, self.text[a:b]))
        self.counted = frozenset(i for i in digits if not any(
            s == i and k in ("DATE", "TIME") and not self.text.startswith(("电", "讯"), e)
            for s, e, k, _ in self.spans))
        # 20日 + 3时, 15日 + 晚间: a time of day joins the date it follows; 纽约州 + 长岛: places join
        for i in range(len(self.spans) - 1, 0, -1):
            (s0, e0, k0, _), (s1, e1, k1, m1) = self.spans[i - 1], self.spans[i]
            if k0 == "DATE" and k1 == "TIME" and e0 == s1:
                self.spans[i - 1:i + 1] = [(s0, e1, "DATE", None)]
            elif k0 == k1 == "LOC" and e0 == s1 and m1 is not None:
                src = view.to_source(s0, e1)
                joined = Mention(src[0], src[1], "LOC", view.source[src[0]:src[1]], rule="arg:place-span",
                                 key=m1.key or m1.text)
                self.spans[i - 1:i + 1] = [(s0, e1, "LOC", joined)]

    def clause(self, i: int) -> tuple[int, int]:
        s = i
        while s > self.a and not _breaks(self.text, s - 1):
            s -= 1
        e = i
        while e < self.b and not _breaks(self.text, e) and self.text[e] not in _SENTENCE_END:
            e += 1
        return s, e

    def mention(self, s: int, e: int, kind: str, m: Mention | None, rule: str) -> Mention:
        if m is not None:
            return m
        src = self.view.to_source(s, e)
        text = self.view.source[src[0]:src[1]]
        # a work (《流浪地球》) is named by its title inside the marks: one node wherever it is written
        return Mention(src[0], src[1], kind, text, rule=rule, key=text[1:-1] if kind == "WORK" else "")


@per_rules
def _trigger_re(rules: RuleSet) -> re.Pattern[str]:
    words = sorted(triggers(rules)["verb"], key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words))


def _inside_word(words: re.Pattern[str], text: str, s: int, e: int) -> bool:
    """Whether [s, e) lies inside a match of ``words`` that is longer than it (都 of 首都)."""
    return any(m.start() <= s and e <= m.end() and m.end() - m.start() > e - s
               for m in words.finditer(text, max(0, s - 4), e + 4))


def _phrase(sent: _Sentence, a: int, b: int, subject: bool, counted: bool = False,
            undergoes: bool = False) -> tuple[int, int] | None:
    """The noun phrase of [a, b): the subject before a trigger, or the object after it; ``counted``: a count
    or an age of the people it names is part of it (6名犯罪嫌疑人被押解); ``undergoes``: the subject of an
    inverse word (新车上市), which a speaker before it is not (谷歌宣布新手机将发布: 新手机)."""
    text = sent.text
    # one clause only: the last piece before the trigger, the first after it
    while b > a and _breaks(text, b - 1):
        b -= 1
    pieces = [i for i in range(a, b) if _breaks(text, i)]
    if pieces:
        a, b = (pieces[-1] + 1, b) if subject else (a, pieces[0])
    # no value (50万元, 3人; a contest: 费德勒在温网决赛中…, 在 ends it) and no other event's trigger is part
    # of a phrase, but the count of the people a counted phrase names (6名犯罪嫌疑人被押解)
    for s, e, kind, _ in sent.spans:
        if kind in VALUE_KINDS and kind != "CONTEST" and a < e and s < b \
                and not (counted and kind in ("COUNT", "AGE")):
            if subject and kind == "SCORE" and e >= b:  # 纳达尔3-2击败: the score ends the subject
                b = s
            else:
                a, b = (max(a, e), b) if subject else (a, min(b, s))
    for v in sent.verbs.finditer(text, a, b):
        trig = sent.lexicon[v.group()]
        if not trig.applies(text, v.start(), v.end()) or trig.role == "act" \
                and trig.type not in sent.happening and text.startswith("的", v.end()):
            continue  # 采访英超: no 访英 there; 到访的日本队: a visit told as a modifier is no event

        if subject and v.end() == b:  # 遇刺身亡, 车祸身亡: one subject for both words
            b = v.start()
        else:
            a, b = (max(a, v.end()), b) if subject else (a, min(b, v.start()))
    if subject:  # a date opening the clause is no part of its subject
        for s, e, kind, _ in sent.spans:
            if kind == "DATE" and a <= s <= a + 1 and e < b:
                a = e
        lead = sent.words.lead.match(text, a, b)
        if lead:
            a = lead.end()
        cause = sent.words.cause.search(text, a, b)
        if cause:  # 地震造成3人死亡: those who died follow the cause
            a = cause.end()
        for said in sent.words.speaker.finditer(text, a, b) if undergoes else ():  # 谷歌宣布新手机将发布:
            if not any(s < said.end() and said.start() < e for s, e, _, _ in sent.spans):  # not 谷歌
                a = said.end()
        stop = sent.words.subject_end.search(text, a, b)
        while stop and (any(s < stop.end() and stop.start() < e and kind in ("PER", "ORG", "LOC")
                            for s, e, kind, _ in sent.spans)  # 以 of 以色列, 于 of 于是之: inside a name
                        or _inside_word(sent.words.no_end, text, stop.start(), stop.end())):  # 都 of 首都
            stop = sent.words.subject_end.search(text, stop.start() + 1, b)
        if stop and stop.start() > a:
            b = stop.start()
        elif stop:
            return None
        for s, e, kind, _ in sent.spans:  # 以色列8日空袭: a date after the subject is no part of it
            if kind == "DATE" and a < s and e == b:
                b = s
    else:
        lead = sent.words.object_lead.match(text, a, b)
        if lead:
            a = lead.end()
        stop = sent.words.object_end.search(text, a, b)
        if stop:
            b = stop.start()
    while a < b and text[a] in " \u3000“\"'":
        a += 1
    while b > a and text[b - 1] in " \u3000”\"'了":
        b -= 1
    if b - a < 2 or b - a > _MAX_PHRASE:
        return None
    return a, b


def _site(sent: _Sentence, cs: int, va: int) -> tuple[int, int] | None:
    """The subject of the trigger at ``va`` (or of 发生 before it) in the clause from ``cs`` when it names a
    building or a site: where the event happened (…大厦起火, 位于造桥乡的烟火工厂发生爆炸)."""
    text, b = sent.text, va
    happen = sent.words.happen.search(text, cs, b)
    if happen:
        b = happen.start()
    at = text.rfind("位于", cs, b)
    ph = (at + 2, b) if at >= 0 else _phrase(sent, cs, b, True)
    if ph is None:
        return None
    if sent.words.site.search(text, *ph):
        return ph
    # 该市大路通用机场直升机坠毁: the words up to a site word, then the thing it happened to
    end = next((j for j in range(ph[1] - 1, max(ph[0] + 1, ph[1] - _THING), -1)
                if sent.words.site.search(text, ph[0], j)), None)
    return None if end is None else (ph[0], end)


#: the longest name of a thing after the site it happened at (机场 + 直升机, 小区 + 一辆电动车)
_THING = 6


def _at_site(sent: _Sentence, cs: int, va: int) -> tuple[int, int] | None:
    """The words after 在 before the trigger at ``va`` (or 发生 before it) in the clause from ``cs`` up to
    the last that names a building, a site or a road, when the event reader knows no place name there
    (在高速上起火, 在家中去世, 在205国道附近被货车撞倒)."""
    text, b = sent.text, va
    happen = sent.words.happen.search(text, cs, b)
    if happen:
        b = happen.start()
    while b > cs and text[b - 1] in "上内里":
        b -= 1
    at = text.rfind("在", cs, b) + 1
    if not at or any(_breaks(text, i) for i in range(at, b)):
        return None
    # the place ends at its last site word (在205国道附近被货车撞倒, 在医院抢救无效死亡)
    end = next((j for j in range(min(b, at + _MAX_PHRASE), at + 1, -1)
                if sent.words.site.search(text, at, j)), None)
    return None if end is None else (at, end)


def _place_phrase(sent: _Sentence, s: int, e: int, va: int) -> tuple[int, int]:
    """The place at [s, e) with the words after it up to 发生 or the trigger at ``va`` when 在/于 opens it
    (在京港澳高速湖南段发生车祸: 湖南 is part of where the accident happened, no place of its deaths)."""
    text = sent.text
    if s == 0 or text[s - 1] not in "在于" or e >= va:
        return s, e
    happen = sent.words.happen.search(text, e, va)
    b = happen.start() if happen else va
    return (s, e) if any(_breaks(text, i) for i in range(e, b)) else (s, max(e, b))


# 渑池县第七届红叶文化旅游节, 2019湖南服博会: a place opening the name of an event series
_NAME_AROUND = re.compile(f"{ORDINAL}届")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d$")


def _in_a_name(text: str, s: int, e: int) -> bool:
    """Whether the place mention [s, e) opens the name of an event (a year before it or an ordinal of
    sessions after it: 2019湖南服博会, 渑池县第七届红叶文化旅游节): the series' place, not the event's."""
    return _NAME_AROUND.match(text, e) is not None or _YEAR_BEFORE.search(text, 0, s) is not None


def _clause_subject(sent: _Sentence, s: int, e: int) -> bool:
    """Whether the place mention [s, e) opens its clause as the subject of a verb of its own (a subject
    word or 为 follows it: 华尔街为造富欢呼, 美国对伊朗…): that clause's actor, not a later event's place."""
    cs = sent.clause(s)[0]
    while cs < s and sent.text[cs] in " \u3000":
        cs += 1
    lead = sent.words.lead.match(sent.text, cs, s)
    return (lead.end() if lead else cs) == s and (sent.words.subject_end.match(sent.text, e) is not None
                                                  or sent.text.startswith("为", e))


def _acting_place(sent: _Sentence, cs: int, va: int) -> tuple[int, int] | None:
    """The place mention that is the whole subject of the trigger at ``va`` in the clause from ``cs``, but
    for dates and times around it: a country or a city acting (以色列8日空袭叙利亚), not where it happened."""
    text = sent.text
    spans = sorted((s, e, kind) for s, e, kind, _ in sent.spans if cs <= s and e <= va)
    i = cs
    while i < va and text[i] in " \u3000":
        i += 1
    lead = sent.words.lead.match(text, i, va)
    i = lead.end() if lead else i
    loc = None
    for s, e, kind in spans:
        if s != i:
            continue
        if kind in ("DATE", "TIME"):
            i = e
        elif kind == "LOC" and loc is None:
            loc, i = (s, e), e
    return loc if loc is not None and i == va else None


def _passive(sent: _Sentence, cs: int, va: int) -> tuple[int, int] | None:
    """Where the word making the trigger at ``va`` passive is (被, 遭到: X被警方逮捕, 清真寺遭到袭击): the
    trigger's own 被 (被拘, 被捕), else the last such word before it in its clause from ``cs``."""
    text = sent.text
    if text.startswith("被", va):
        return va, va + 1
    found = None
    for m in sent.words.passive.finditer(text, cs, va):
        found = m
    if found is None:
        return None
    return found.start(), found.end()


# a year that qualifies a noun (2019年东京车展) is no time of the event
_YEAR_MODIFIER = re.compile(r"\d{4}年$")


def _when(text: str, s: int, e: int, words: _Words) -> bool:
    """Whether the time at [s, e) can say when an event happened."""
    if any(m.start() < s and e <= m.end() for m in words.source.finditer(text, max(0, s - 16), e + 16)) \
            or words.reported.match(text, e) or any(text.endswith(w, 0, s) for w in words.until) \
            or words.period.fullmatch(text, s, e):
        return False
    nxt = text[e:e + 1]
    return not (_YEAR_MODIFIER.search(text, s, e) and nxt and "\u4e00" <= nxt <= "\u9fff"
                and nxt not in words.year_time)


def _time_of(text: str, s: int, e: int, windows: dict[str, tuple[int, int]], words: _Words) -> bool:
    """Whether the time at [s, e) is the time of the event whose trigger and clause ``windows`` hold."""
    cs, ce = windows["clause"]
    va, vb = windows["trigger"]
    if not _when(text, s, e, words):
        return False
    if s >= vb:  # 被拘15日, 定档7月3日: a time after the trigger is a length or the time of what follows
        return False
    if "以来" in text[e:va] or text.endswith("从", 0, s) and text.startswith(("开始", "起"), e):
        return False  # 自2016年6月脱欧公投以来加息两次, 从6月份开始…裁员: a period begins then
    if s >= cs:
        return True
    own_end = s
    while own_end < va and not _breaks(text, own_end):
        own_end += 1
    # speech opened after the time (7月9日，X对媒体表示，“…起诉…”): the time is the speaking's
    return not (words.reporting.search(text, e, own_end) or words.speech.search(text, e, cs)
                or words.later.search(text, cs, va))


_Span = tuple[int, int, str, "Mention | None"]
def _cued(text: str, s: int, e: int, role: Role) -> bool:
    """Whether the filler at [s, e) has one of the role's cues before it or one of its followers after it."""
    if not role.cue and not role.followed_by:
        return True
    return any(text.endswith(w, 0, s) for w in role.cue) \
        or any(text.startswith(w, e) for w in role.followed_by)


def _near(found: list[_Span], windows: dict[str, tuple[int, int]]) -> list[_Span]:
    """The nearest before the trigger in its clause, else before it in the sentence, else after it."""
    cs, ce = windows["clause"]
    va, vb = windows["trigger"]
    before = [f for f in found if cs <= f[0] and f[1] <= va] or [f for f in found if f[1] <= va]
    if before:
        return before[-1:]
    return [f for f in found if vb <= f[0] and f[1] <= ce][:1]


def _read(sent: _Sentence, role: Role, windows: dict[str, tuple[int, int]], has_place: bool,
          inverse: bool) -> list[_Span]:
    """The fillers of ``role`` in its window, nearest to the trigger first; ``has_place``: the event's type
    has a place; ``inverse``: the trigger word is inverse in an active clause, its ``after`` role reads the
    subject (X上市)."""
    a, b = windows[role.side]
    text = sent.text
    if "VENUE" in role.reads:  # the place the event reader found after 在/于 (在纽约州长岛坠毁)
        venue = [s for s in sent.spans if s[2] == "VENUE" and a <= s[0] and s[1] <= b]
        if venue:
            return venue
    if role.side == "near":  # every kind at once: the nearest wins
        return _near([s for s in sent.spans if s[2] in role.reads and a <= s[0] and s[1] <= b
                      and (s[2] not in ("DATE", "TIME") or _time_of(text, s[0], s[1], windows, sent.words))
                      and (s[2] != "LOC" or not (sent.words.body.match(text, s[1]) or s[1] in sent.qualified
                                                 or s[1] in sent.counted
                                                 or text.endswith(sent.words.origin, 0, s[0])
                                                 or sent.words.speaker.match(text, s[1])))
                      and _cued(text, s[0], s[1], role)], windows)
    for kind in role.reads:
        if kind == "PHRASE" and role.side == "clause":  # 开瑞新能源旗下的新车: the words before 旗下
            end = min((i for i in (text.find(w, a, b) for w in role.followed_by) if i >= 0), default=-1)
            ph = _phrase(sent, a, end, True) if end >= 0 else None
            if ph is not None and not sent.words.nobody.fullmatch(text, *ph):
                return [(ph[0], ph[1], "PHRASE", None)]
            continue
        if kind == "PHRASE":
            at = max((text.rfind(w, a, b) + len(w) for w in role.cue if text.rfind(w, a, b) >= 0), default=-1)
            if role.cue and at < 0:
                continue
            # 对该公司罚款: after a cue the phrase runs to the trigger
            subject = (role.side == "before") != inverse  # X上市: the after-role reads a subject
            ph = _phrase(sent, at, b, False) if role.cue else _phrase(sent, a, b, subject, role.counted,
                                                                     inverse and role.side == "after")
            # 赢下比赛 names nobody; in a type with a place, …大厦 is that place, not a participant
            # (死者), and so is what comes before 发生 (…学校附近发生枪击)
            if ph is not None and not sent.words.nobody.fullmatch(text, *ph) \
                    and not (has_place and subject and sent.words.happened.search(text, *ph)) \
                    and not (has_place and "PER" in role.reads and sent.words.site.search(text, *ph)):
                return [(ph[0], ph[1], "PHRASE", None)]
            continue
        found = [s for s in sent.spans if s[2] == kind and a <= s[0] and s[1] <= b
                 and (kind not in ("DATE", "TIME") or _time_of(text, s[0], s[1], windows, sent.words))
                 and _cued(text, s[0], s[1], role)]
        if found:
            if role.side == "before":
                found.reverse()  # the nearest before the trigger first
            return found  # all of them, the nearest first: one another role took is passed over
    return []


# how a time opening a text ends: 2019年7月12日，…; 6月7日报道，…; 新华社武汉7月4日电 has its place first
_LEAD_END = re.compile(r"[,，]|报道|电|讯")


def _lead(view: View, spans: list[tuple[int, int, Mention]], trigger_re: re.Pattern[str],
          qualified: frozenset[int], words: _Words,
          lexicon: Mapping[str, Trigger]) -> tuple[int, Mention] | None:
    """The time opening the text (2019年7月12日，…) and where its sentence ends: it holds for the
    events of the sentences after it that are told with no time of their own."""
    text = view.text
    end = _sentence_bounds(text)[1][0]
    sent = _Sentence(view, spans, 0, end, trigger_re, qualified, words, lexicon)
    first = next((x for x in sent.spans if x[2] in ("DATE", "TIME")), None)
    if first is None or text[:first[0]] not in ("", *words.clock) \
            or not _LEAD_END.match(text, first[1]):
        return None
    return end, sent.mention(first[0], first[1], first[2], first[3], "arg.lead-time")


@dataclass(frozen=True)
class _Article:
    """What reading the arguments of an article's events asks of the article: its view, its mentions in
    view coordinates (sorted), where its people and titles start, the trigger verbs by word, the words of
    ``events/arguments``, the time a later sentence's event told with none of its own takes (``lead``:
    its sentence's start and the time), the types told as modifiers too, and the rules."""

    view: View
    spans: list[tuple[int, int, Mention]]
    verbs: Mapping[str, Trigger]
    qualified: frozenset[int]
    words: _Words
    lead: tuple[int, Mention] | None
    news: frozenset[str]
    rules: RuleSet

    @classmethod
    def of(cls, view: View, mentions: list[Mention], events: list[Event], rules: RuleSet) -> _Article:
        spans = view.spans_of(mentions)
        verbs = triggers(rules)["verb"]
        qualified = frozenset(s for s, _, m in spans if m.type in ("PER", "TITLE"))
        arg_words = argument_words(rules)
        lead = _lead(view, spans, _trigger_re(rules), qualified, arg_words, verbs) if events else None
        return cls(view, spans, verbs, qualified, arg_words, lead, _news(rules), rules)

    def sentence(self, a: int, b: int) -> _Sentence:
        """The sentence from ``a`` to ``b`` (view coordinates)."""
        sent = _Sentence(self.view, self.spans, a, b, _trigger_re(self.rules), self.qualified, self.words,
                         self.verbs)
        sent.happening = self.news
        return sent


def read_arguments(view: View, mentions: list[Mention], events: list[Event],
                   rules: RuleSet | None = None) -> list[Event]:
    """``events`` with the arguments of their types' roles read around their triggers (roles and
    triggers of ``rules``, the built-in rules when None)."""
    rules = rules if rules is not None else load_rules()
    art = _Article.of(view, mentions, events, rules)
    out: list[Event] = []
    placed: set[tuple[int, int]] = set()  # the places read so far, each an argument of one event only
    for ev in events:
        mine = [r for r in roles_of(ev.type, rules) if r.side]
        trig = art.verbs.get(ev.trigger.text) if mine else None
        trig = next((t for t in (trig, *trig.readings) if t.type == ev.type), None) if trig else None
        if trig is None:  # no role read around a trigger, or a named event: its trigger is a noun phrase
            out.append(ev)
            continue
        args = _arguments(_At.of(ev, mine, trig, art), art, out, placed)
        out.append(replace(ev, arguments=tuple(args)) if args else ev)
    return _once(out, rules)


@dataclass(frozen=True)
class _At:
    """An event's trigger as its arguments are read around it: the event, the roles of its type read on
    a side of the trigger, the trigger word's reading of its type, where the trigger is (view
    coordinates), its sentence and clause (with the clause before, where the trigger opens its own:
    its subject is there), and whether 发生 stands before it in that clause (…学校附近发生枪击)."""

    ev: Event
    mine: list[Role]
    trig: Trigger
    va: int
    vb: int
    sent: _Sentence
    cs: int
    ce: int
    happened: bool

    @classmethod
    def of(cls, ev: Event, mine: list[Role], trig: Trigger, art: _Article) -> _At:
        view, text, arg_words = art.view, art.view.text, art.words
        va, vb = view.to_view(ev.trigger.start), view.to_view(ev.trigger.end)
        starts, stops = _sentence_bounds(text)
        sa, sb = starts[bisect_right(starts, va) - 1], stops[bisect_left(stops, vb)]
        sent = art.sentence(sa, sb)
        if ev.place is not None and not text.endswith(arg_words.origin, 0, view.to_view(ev.place.start)):
            sent.spans.append((view.to_view(ev.place.start), view.to_view(ev.place.end), "VENUE", ev.place))
        else:  # 地点就在首都莫斯科: the sentence says where its events happened
            sent.spans += _stated_place(sent, arg_words)
        cs, ce = sent.clause(va)
        if cs == va and cs > sa:  # the trigger opens its clause: its subject is in the clause before
            cs = sent.clause(cs - 1)[0]
        # …学校附近发生枪击: before 发生, a building or a site is where, even of a type done by people
        happened = bool(arg_words.happened.search(text, cs, va))
        return cls(ev, mine, trig, va, vb, sent, cs, ce, happened)


def _arguments(at: _At, art: _Article, earlier: list[Event],
               placed: set[tuple[int, int]]) -> list[tuple[str, Mention]]:
    """(role id, filler) of the event ``at`` its trigger, in the order of the roles' records: each role
    read in its window, a place taken by no event read before (``placed``, added to), the subject of
    the clause before for a type with no object naming no one, a place where the event was told first
    (``earlier``: the events read before), a later sentence's event's time from the article's lead."""
    mine, sent, text, va = at.mine, at.sent, art.view.text, at.va
    # …大厦起火: the building is where it happened, when the type's subject is no person (死者 of 去世)
    has_place = any("VENUE" in r.reads for r in mine)
    acting = _site_and_acting(at, art.view, has_place)
    windows, swapped, of_head, modifier = _windows(at)
    args: list[tuple[str, Mention]] = []
    used: set[tuple[int, int]] = {(va, at.vb)}
    filled: set[str] = set()
    # a filler its cue marks is no other role's: 执法机构对X罚款 (X is fined, not the authority)
    for role in sorted(mine, key=lambda r: not r.cue):
        # read by an earlier record of the same role (对X罚款 before X被罚款)
        if role.duee in filled or modifier and {"DATE", "TIME"} & set(role.reads):
            continue
        # …超市发生枪击: before 发生 is where it happened, no one acting (PHRASE readings check it too)
        if at.happened and windows[role.side] == (at.cs, va) and {"PER", "ORG"} & set(role.reads):
            continue
        for s, e, kind, m in _read(sent, role, windows, has_place, swapped):
            if of_head and role.side == "before" and kind != "PER":
                continue
            if role.duee == "地点" and ((s, e) == acting or kind == "LOC" and (
                    s < at.cs and _clause_subject(sent, s, e) or _in_a_name(text, s, e))):
                continue
            if (s, e) in used or role.duee == "地点" and any(s < pe and ps < e for ps, pe in placed):
                continue  # a place (or a part of it) is one event's: 坠毁 takes 长岛, 2人死亡 none
            if role.duee == "地点":  # 在京港澳高速湖南段发生车祸: all of it is the accident's
                placed.add(_place_phrase(sent, s, e, va))
            used.add((s, e))
            filled.add(role.duee)
            args.append((role.id, sent.mention(s, e, kind, m, f"arg.{role.id}")))
            if not role.many:
                break
    order = {r.id: i for i, r in enumerate(mine)}
    args.sort(key=lambda a: order[a[0]])  # in the order of the roles' records
    if windows["before"] == (at.cs, va):
        args += _subject_before(at, filled)
    args = _qualifying_places(sent, args, va, art.rules)
    place_role = next((r for r in mine if r.duee == "地点"), None)
    if place_role is not None and not any(r == place_role.id for r, _ in args):
        told = _told_before(earlier, at.ev, args, art.rules, refers=text.endswith(art.words.refer, 0, va))
        if told is not None:  # 这次游行示威…: told again with nobody new, where it was told first
            args.append((place_role.id, told))
    # a later sentence's event told with no time of its own
    if art.lead is not None and va > art.lead[0] and not modifier:
        for role in mine:
            if role.side == "near" and role.duee not in filled and {"DATE", "TIME"} & set(role.reads):
                args.append((role.id, art.lead[1]))
                filled.add(role.duee)
    return args


def _site_and_acting(at: _At, view: View, has_place: bool) -> tuple[int, int] | None:
    """The site where an event of a type with a place and none of its own happened, added to its
    sentence's spans (…大厦起火, …学校附近发生枪击); and the place that is the subject of a type done by
    someone, the one who does it (以色列8日空袭…), or None."""
    mine, sent, cs, va = at.mine, at.sent, at.cs, at.va
    site = None if at.ev.place is not None or not has_place else _at_site(sent, cs, va) or (
        None if any(r.side == "before" and "PER" in r.reads for r in mine) and not at.happened
        else _site(sent, cs, va))
    if site is not None:
        src = view.to_source(*site)
        sent.spans.append((*site, "VENUE", Mention(src[0], src[1], "LOC", view.source[src[0]:src[1]],
                                                   rule="arg.place-site")))
    # 以色列8日空袭…: a place that is the subject of a type done by someone is the one who does it
    return None if at.happened or not any(r.side == "before" and {"PER", "ORG"} & set(r.reads)
                                          for r in mine) else _acting_place(sent, cs, va)


def _windows(at: _At) -> tuple[dict[str, tuple[int, int]], bool, bool, bool]:
    """Where each side of the trigger is read (before, after, clause, sentence, near, trigger), whether the
    before role reads after the trigger (a passive or an inverse verb, a modifier), whether the event is
    told as a modifier of the person named after it (悼念去世的歌手张三), and as a modifier at all."""
    mine, sent, va, vb, cs, ce = at.mine, at.sent, at.va, at.vb, at.cs, at.ce
    text = sent.text
    before, after = (cs, va), (vb, ce)
    # a type that reads nothing after its trigger has no object and no passive (男子被货车撞倒后身亡)
    passive = _passive(sent, cs, va) if any(r.side == "after" for r in mine) else None
    if passive is not None:  # X被警方逮捕, X被罚: X undergoes it, 警方 does it
        before, after = (passive[1], va), (cs, passive[0])
    inverse = at.trig.inverse_at(text, vb)
    if inverse and passive is None:  # 被拘, 被捕 are passive already: no second swap
        before, after = after, before
    windows = {"before": before, "after": after, "clause": (cs, ce), "sentence": (sent.a, sent.b),
               "near": (sent.a, sent.b), "trigger": (va, vb)}
    # 2014年发布的手机: an event told as a modifier has the date the event reader found right before
    # it, if any, not the sentence's time (8月1日，刚刚退役的X当选…)
    modifier = text.startswith("的", vb)
    # 悼念去世的歌手张三: a type with no object told as a modifier qualifies the person it happened to
    of_head = modifier and passive is None and not any(r.side == "after" for r in mine) \
        and any(k == "PER" and vb < s0 and e0 <= ce for s0, e0, k, _ in sent.spans)
    if of_head:  # only the person named after it (not 离世的消息, 去世的情景)
        windows["before"] = (vb + 1, ce)
    swapped = inverse and passive is None or of_head  # the before role reads after the trigger
    return windows, swapped, of_head, modifier


def _subject_before(at: _At, filled: set[str]) -> list[tuple[str, Mention]]:
    """李文华因病医治无效，于7月8日在北京逝世: the clause of a type with no object (a death) naming no one
    goes on with the person of the clause before, its subject the first named (蔡少芬与老公张晋…); the
    roles so filled are added to ``filled``."""
    mine, sent, cs, va = at.mine, at.sent, at.cs, at.va
    args: list[tuple[str, Mention]] = []
    if cs > sent.a and not any(r.side == "after" for r in mine) and not any(
            k in ("PER", "ORG") and cs <= s0 and e0 <= va for s0, e0, k, _ in sent.spans):
        prev = sent.clause(cs - 1)[0]
        people = [x for x in sent.spans if x[2] == "PER" and prev <= x[0] and x[1] <= cs - 1]
        for role in mine:
            if role.side == "before" and "PER" in role.reads and not role.cue and not role.followed_by \
                    and role.duee not in filled and people:
                s0, e0, k0, m0 = people[0]  # its subject, the first named (蔡少芬与老公张晋…)
                filled.add(role.duee)
                args.append((role.id, sent.mention(s0, e0, k0, m0, f"arg.{role.id}")))
    return args


def _stated_place(sent: _Sentence, words: _Words) -> list[_Span]:
    """The place a sentence says its events happened at (…游行示威，地点就在首都莫斯科): from the words after
    地点在 to the end of the place name written there, as a VENUE."""
    text = sent.text
    for said in words.place_said.finditer(text, sent.a, sent.b):
        end = sent.clause(said.end())[1]
        loc = next((x for x in sent.spans if x[2] == "LOC" and said.end() <= x[0] and x[1] <= end), None)
        if loc is not None:
            src = sent.view.to_source(said.end(), loc[1])
            place = Mention(src[0], src[1], "LOC", sent.view.source[src[0]:src[1]], rule="arg.place-said",
                            key=loc[3].key if loc[3] else "")
            return [(said.end(), loc[1], "VENUE", place)]
    return []


def _told_before(earlier: list[Event], event: Event, args: list[tuple[str, Mention]], rules: RuleSet,
                 refers: bool) -> Mention | None:
    """The place of the happening ``event`` (read so far: ``args``) tells again, if it names nobody new:
    the latest earlier event of its type in its sentence or the one before, or in the text when a
    determiner refers back (``refers``: 这次游行示威), or, for a type no person does (a fire, a blast, a
    crash), the latest such event of its sentence (工厂发生爆炸，…火势相当猛烈: one happening, two words)."""
    by_id = roles(rules)
    who = {(by_id[r].duee, m.text) for r, m in args if by_id[r].duee not in ("时间", "地点")}
    for ev in reversed(earlier):
        same = ev.sentence == event.sentence
        near = same or 0 <= event.sentence[0] - ev.sentence[1] <= 1  # this sentence or the one before
        if not (ev.type == event.type and (near or refers) or same and _impersonal(ev.type, rules)
                and _impersonal(event.type, rules)):
            continue
        place = next((m for r, m in ev.arguments if by_id[r].duee == "地点"), None)
        named = {(by_id[r].duee, m.text) for r, m in ev.arguments if by_id[r].duee not in ("时间", "地点")}
        return place if place is not None and who <= named else None
    return None


def _impersonal(type_: str, rules: RuleSet) -> bool:
    """Whether events of ``type_`` happen at a place with no person as their subject (起火, 爆炸, 坠毁)."""
    mine = roles_of(type_, rules)
    return any(r.duee == "地点" for r in mine) and not any(r.side == "before" and "PER" in r.reads
                                                          for r in mine)


def _qualifying_places(sent: _Sentence, args: list[tuple[str, Mention]], va: int,
                       rules: RuleSet) -> list[tuple[str, Mention]]:
    """``args`` but a place mention written in the words that name a person taking part, before the
    person's name in the trigger's clause (美国著名歌手张三去世): where the person is from, not where the
    event happened (a place after 在/于 is the event's: 在洛杉矶去世)."""
    view, text = sent.view, sent.text
    people = [view.to_view(m.start) for _, m in args if m.type == "PER" and view.to_view(m.end) <= va]

    def qualifies(m: Mention) -> bool:
        s, e = view.to_view(m.start), view.to_view(m.end)
        return not text.endswith(("在", "于"), 0, s) and any(
            e <= p and not any(_breaks(text, i) for i in range(e, p)) and not sent.verbs.search(text, e, p)
            for p in people)
    by_id = roles(rules)
    return [(r, m) for r, m in args if not (by_id[r].duee == "地点" and m.type == "LOC" and qualifies(m))]


@per_rules
def _news(rules: RuleSet) -> frozenset[str]:
    """The event types told as modifiers too (:func:`kg.extract.events.happening`)."""
    concepts = scheme(rules)
    return frozenset(t for t in concepts if happening(concepts, t))


@per_rules
def _verb_rules(rules: RuleSet) -> frozenset[str]:
    """The rule ids of the trigger verbs and of their readings."""
    return frozenset(t.id for t in triggers(rules)["verb"].values() for t in (t, *t.readings))


def _once(events: list[Event], rules: RuleSet) -> list[Event]:
    """An event of a trigger verb told again in its sentence (A以3-1胜B，…赢下比赛) with nobody new taking
    part is the same event: its words join the first telling."""
    verbs = _verb_rules(rules)
    out: list[Event] = []
    for ev in events:
        who = {(r, m.text) for r, m in ev.arguments if roles(rules)[r].duee != "时间"}
        first = next((i for i, o in enumerate(out) if o.type == ev.type and o.sentence == ev.sentence
                      and ev.rule in verbs and who <= {(r, m.text) for r, m in o.arguments}
                      and o.trigger.start != ev.trigger.start), None)  # 甲、乙分别访问: an event each
        if first is None:
            out.append(ev)
        else:
            out[first] = replace(out[first], mentions=tuple(sorted({*out[first].mentions, *ev.mentions})))
    return out
