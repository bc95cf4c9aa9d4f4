"""Events: meetings, signings, visits ... with date, place, organiser, chair, attendees.

Two kinds of evidence, both data in ``kg/rules/events/triggers.jsonl``:

* **nouns** head a named event (…交流会, …常务会议, …签约仪式). The name runs left
  from the noun to a clause delimiter or a stop word (传达, 召开, 在 ...);
  adjacent nouns join (党组会议暨…集体学习会议 is one name). A bare noun
  (会议, 此次会议) refers back to the article's current event.
* **verbs** say how things take part: ``occur`` (召开, 举行: the event happens;
  an organisation right before is the organiser: 市委常委会召开会议),
  ``organize`` (举办, 主办), ``chair`` (主持), ``attend`` (出席, 参加,
  在分会场参加) and ``act`` (调研, 会见, 签约, 交办, 演出 ...: an event of
  the verb's type even without a named noun).

An event's date is the nearest DATE mention before it in its clause, else the
date opening its sentence (6月13日，…; 今日(3月13日)…), else the first after it
in its clause (截至 dates are ignored); an event of a later sentence with people
or a place and no date of its own takes the date opening its paragraph. Its
place is the words between 在/于 and the verb (a one-character short name of
``events/short_places`` there or after 来/赴: 在京会见, 来深考察), its people the
PER mentions before an attend or act verb, of its clause and of the clauses
before it that only list titles and names (市委书记张三,市长李四出席), its chair
the last person of a chair verb's clause, and one who speaks at it (X在…会上表示).
``受X委托`` gives ``delegated_by``. One happening is one event: a named event
that an act verb says happened (X论坛开幕) is of the verb's type, a bare noun of
a kind already told refers back, and guests who come 分别 make an event each.

Confidence: 0.9 for an event named by a noun of the lexicon, 0.8 for one named
by an organisation and a bare noun (市委常委会召开会议), 0.7 for an event known
only from an ``act`` verb, 0.6 for a bare noun with nothing before it to refer
to. It says how much of the event's identity is written, not a probability.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain

from kg.extract.context import Context
from kg.extract.dates import DAY_KEY, PART_OF_DAY, is_day
from kg.extract.engine import rules_of
from kg.extract.fact_words import fact_words
from kg.extract.placenames import short_places
from kg.extract.places import lookup
from kg.extract.posts.resolve import resolve_org
from kg.extract.posts.words import alternation, org_names, post_words
from kg.extract.titles import titles_of
from kg.model import Event, Mention, replace
from kg.nlp.normalize import View
from kg.nlp.numerals import DIGITS
from kg.nlp.sentences import CLAUSE_END, CLAUSE_END_OR_COLON, sentence_spans
from kg.nlp.tokenize import tokenize
from kg.rules import Record, RuleSet, load_rules, per_rules

__all__ = ["AND", "AND_THEN", "Concept", "Trigger", "scheme", "triggers", "extract_events", "with_presenters",
           "clause_break",
           "happening", "Words", "words", "article_short_places", "partner_opens", "opens_with_verb",
           "nearer_place", "ACT_OPENING", "past_modifier"]

_ROLES = ("occur", "organize", "chair", "attend", "act")
_KINDS = ("noun", "verb", "stop")
_DELIMS = ",，。;；:：!！?？、()（）《》 \n\t"
# words of Chinese characters only (a venue's name after 于)
# a note in brackets inside a list's item (党建(关建)指导员)
_BRACKETED = re.compile(r"[(（][^()（）]{1,12}[)）]")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_MAX_NAME = 40
# a clause ends at commas, colons, brackets (a byline's （记者…）) and the spaces of headlines
_CLAUSE = ",，;；:：()（）【】 "
# the farthest a quoted slogan's opening quote is read back from a clause mark inside it (以“A,B”为主题的),
# and the marks a slogan may hold
_QUOTED_MAX = 24
_QUOTED_MARKS = ",，;；"
# the characters ``_Article.clause_start`` stops at (a clause mark, or a quote it may read past) and those
# ``clause_end`` stops at; between them it only steps on: found once per article, in C
_CLAUSE_BACK = re.compile(f"[{re.escape(_CLAUSE)}”]")
_CLAUSE_FORWARD = re.compile(f"[{re.escape(_CLAUSE)}。!?]")
# a bracketed aside within a clause: a date or a name in Latin letters (星期五(7月11日), 卢比奥(Marco Rubio))
_ASIDE = re.compile(r"[(（](?:[A-Za-z][A-Za-z .·'-]*|(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日)[)）]")
# ... or the short name a body is called by after it (海尔集团公司(以下简称“海尔集团”))
_SO_CALLED = re.compile(r"[(（](?:以下)?简称[^()（）\n]{1,20}[)）]")
# a bracketed alternative inside a word, Chinese on both sides: 各乡镇（街道）负责人, 党（工）委, 县（市、区）
_ALTERNATIVE = re.compile(r"[(（][\u4e00-\u9fff]{1,3}(?:、[\u4e00-\u9fff]{1,3})*[)）]")
# a dateline opening a clause: 新华社莫斯科1月5日电
_DATELINE_SPAN = 24
_DATELINE_HEAD = re.compile(rf"^.{{0,{_DATELINE_SPAN}}}?[日]\)?(?:电|讯)")
# what ends a dateline's date (北京1月5日电, 本报5日讯, 台湾网12月8日安康讯 : a place between, then a space)
_DATELINE_MARK = re.compile(r"\)?(?:电|讯)|[\u4e00-\u9fff]{1,4}?(?:电|讯)(?=[\s(（:：])")
# what follows a date standing alone before its clause: a comma, after a part of the day or a time of day
# (昨天(3月5日)上午，, 上午7:30，, 晚8时，, 下午3点半，, 上午十时三十分，, 下午五时许，) or not, and after
# 当天 (1日当天，)
_HOUR = rf"(?:\d{{1,2}}|[{DIGITS}两]{{1,3}})"
_CLOCK = re.compile(rf"(?:当天|当日)?{PART_OF_DAY}"
                    rf"(?:\d{{1,2}}[:：]\d{{2}}|{_HOUR}[时点](?:{_HOUR}分|半|整)?许?)?[,，]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 分别 before a verb, perhaps with where or when between (分别在北京会见): several people, one event each
SEPARATELY = re.compile(r"分别(?:[在于][^,，。;；:：、]{1,16})?$")
# where the object of a trigger ends: its clause
_LAST = re.compile(r"了?(?:后|之后)?(?:[,，;；:：。!！?？\n ]|$)")  # a word ending its clause (X正式发布了。)


@dataclass(frozen=True)
class Concept:
    """One concept of the event scheme (rendered as a ``skos:Concept``)."""

    id: str
    pref_label: str
    en: str
    broader: str | None = None
    definition: str = ""
    duee: tuple[str, ...] = ()


@dataclass(frozen=True)
class Trigger:
    id: str
    word: str
    kind: str  # noun | verb | stop
    type: str = ""
    role: str = ""
    agent: bool = False  # an act verb that makes an event only with a person or body before it
    except_after: tuple[str, ...] = ()  # no trigger when followed by one of these (胜 in 胜利)
    except_before: tuple[str, ...] = ()  # no trigger when preceded by one of these (败 in 失败)
    inverse: bool = False  # who is written before the word undergoes it (A负于B: A loses)
    except_object: tuple[str, ...] = ()  # no trigger when its clause names one of these after it (发布消息)
    title: bool = False  # a title, no event, right before a person's name (美网冠军安德莱斯库)
    in_clause: tuple[str, ...] = ()  # a reading of the word only when its clause names one of these
    inverse_last: bool = False  # inverse when it ends its clause (新车正式发布: the car is released)
    after_going: bool = False  # an act only after a verb of going and the place gone to (赴常州市对接…)
    after_held: bool = False  # a body's name, its meeting only right after a verb of holding (召开县委常委会)
    readings: tuple[Trigger, ...] = ()  # the word's other readings (``in_clause``), tried first

    def reading(self, text: str, start: int, end: int) -> Trigger:
        """The word's reading in the clause ``text[start:end]`` (退出 is 退赛 when it names a contest)."""
        clause = text[start:end]
        return next((r for r in self.readings if any(w in clause for w in r.in_clause)), self)

    def inverse_at(self, text: str, end: int) -> bool:
        """Whether the word ending at ``end`` is inverse there: always, or at the end of its clause when
        ``inverse_last`` (X正式发布, X即将推出了: X is what is released; 华为发布新机: 华为 releases)."""
        return self.inverse or self.inverse_last and _LAST.match(text, end) is not None

    def placed(self, text: str, start: int, end: int) -> bool:
        """Whether the word at ``text[start:end]`` may be this trigger by the words right around it (宣誓就职
        before 典礼 is a part of the ceremony's name)."""
        return not (any(text.startswith(w, end) for w in self.except_after)
                    or any(text.endswith(w, 0, start) for w in self.except_before))

    def applies(self, text: str, start: int, end: int) -> bool:
        """Whether the word at ``text[start:end]`` is this trigger, given the words around it."""
        if not self.placed(text, start, end):
            return False
        if not self.except_object:
            return True
        stop = CLAUSE_END_OR_COLON.search(text, end)
        rest = text[end:stop.start() if stop else len(text)]
        return not any(w in rest for w in self.except_object)


def scheme(rules: RuleSet | None = None) -> dict[str, Concept]:
    """The event concept scheme of ``rules`` (the built-in rules when None), by id."""
    return _scheme(rules if rules is not None else load_rules())


def triggers(rules: RuleSet | None = None) -> dict[str, dict[str, Trigger]]:
    """Trigger words of ``rules`` (the built-in rules when None) by kind (noun, verb, stop), then by word."""
    return _lexicon(rules if rules is not None else load_rules()).triggers


@per_rules
def _scheme(rules: RuleSet) -> dict[str, Concept]:
    out: dict[str, Concept] = {}
    for r in rules.records("events/scheme").rows:
        broader = r.text("broader")
        if broader and broader not in out:
            raise r.error(f"field 'broader': {broader!r} must be defined above")
        out[r.text("id")] = Concept(r.text("id"), r.text("prefLabel"), r.text("en"), broader or None,
                                    r.text("definition"), r.words("duee"))
    return out


def _trigger(r: Record, concepts: Mapping[str, Concept]) -> Trigger:
    kind = r.text("kind")
    if kind not in _KINDS:
        raise r.error(f"field 'kind': must be one of {', '.join(_KINDS)}")
    if kind != "stop" and r.text("type") not in concepts:
        raise r.error(f"field 'type': {r.get('type')!r} is not in the event scheme (events/scheme)")
    if kind == "verb" and r.text("role") not in _ROLES:
        raise r.error(f"field 'role': must be one of {', '.join(_ROLES)}")
    if kind == "stop" and r.text("role") not in ("", "reported"):
        raise r.error("field 'role': a stop word's role can only be 'reported'")
    return Trigger(r.text("id"), r.text("word"), kind, r.text("type"), r.text("role"), bool(r.get("agent")),
                   r.words("except_after"), r.words("except_before"), bool(r.get("inverse")),
                   r.words("except_object"), bool(r.get("title")), r.words("in_clause"),
                   bool(r.get("inverse_last")), bool(r.get("after_going")), bool(r.get("after_held")))


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class _Lexicon:
    """The triggers of a rule set and the patterns built from them."""

    triggers: dict[str, dict[str, Trigger]]
    nouns: re.Pattern[str]
    verbs: re.Pattern[str]
    stops: tuple[str, ...]  # stop and verb words, longest first
    stops_by_last: dict[str, tuple[str, ...]]  # ``stops`` grouped by last character, in ``stops`` order
    empty_stop: str | None  # "" when the empty word is a stop, else None
    attend_verbs: tuple[str, ...]  # the verbs of role attend (参加, 陪同), for one ``str.endswith``
    organize_verbs: tuple[str, ...]  # the verbs of role organize (举办, 主办)


@per_rules
def _lexicon(rules: RuleSet) -> _Lexicon:
    concepts = _scheme(rules)
    out: dict[str, dict[str, Trigger]] = {k: {} for k in _KINDS}
    readings: list[tuple[Record, Trigger]] = []
    for r in rules.records("events/triggers").rows:
        t = _trigger(r, concepts)
        if t.in_clause:
            readings.append((r, t))
        else:
            out[t.kind][t.word] = t
    for r, t in readings:  # 退出 of a contest (退赛) beside 退出 (Withdrawal)
        plain = out[t.kind].get(t.word)
        if plain is None:
            raise r.error(f"field 'in_clause': {t.word!r} has no reading without 'in_clause'")
        out[t.kind][t.word] = replace(plain, readings=(*plain.readings, t))
    # a verb that acts only after a trip is told (对接) is no stop inside a name (青山区对接大会)
    stops = tuple(sorted({*out["stop"], *(w for w, t in out["verb"].items() if not t.after_going)},
                         key=lambda w: (-len(w), w)))
    by_last: dict[str, list[str]] = {}
    for w in stops:
        if w:
            by_last.setdefault(w[-1], []).append(w)
    # 大会堂, 会议室, 展览馆 are buildings, 国会议员 and 国会议长 people, not events
    return _Lexicon(out, re.compile(f"(?:{_alternation(out['noun'])})(?!{_either(_words(rules).noun_end)})"),
                    re.compile(_alternation(out["verb"])), stops,
                    {c: tuple(ws) for c, ws in by_last.items()}, "" if "" in stops else None,
                    tuple(w for w, t in out["verb"].items() if t.role == "attend"),
                    tuple(w for w, t in out["verb"].items() if t.role == "organize"))


_WORD_KINDS = ("refer", "refer-noun", "bare", "any-meeting", "not-an-event", "venue", "partner", "adverb",
               "gap", "speech", "coming", "going", "continuing", "pronoun", "body-noun", "leading", "leads",
               "same-day", "then", "done-before", "arriving", "object-end", "negation",
               "not-yet", "clock", "earlier", "head", "deadline", "noun-end", "decided", "held", "held-noun",
               "held-at",
               "held-bare", "convening", "welcoming", "letter", "talks-in", "joined", "parties",
               "attend-open", "scope", "held-later", "group",
               "stationed", "short-lead", "manner-open", "manner", "position", "not-at", "not-at-start",
               "joining", "level",
               "capital", "at-meeting", "speaking-at", "speaking", "speech-of", "reporting", "amid", "opened",
               "opened-new", "venue-org", "listed",
               "listed-adverb", "listed-by", "activity", "all-told", "visiting", "session", "accompanied",
               "witnessed",
               "hall",
               "hall-at", "repeated", "delegation", "members-open", "members-close", "people-told", "hearing",
               "presiding", "mourning",
               "no-site", "caption", "speech-named", "deciding", "topic", "partly", "tally")


def _either(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` in file order."""
    return "|".join(re.escape(w) for w in words)


def _gapped(words: tuple[str, ...], gap: str) -> str:
    """An alternation of ``words`` in file order, each … in a word standing for ``gap`` (作…报告)."""
    return "|".join(gap.join(re.escape(part) for part in w.split("…")) for w in words)


@dataclass(frozen=True)
class Words:
    """The word classes of ``events/words`` (kg/rules/events/words.tsv) and the patterns built from them."""

    refer: tuple[str, ...]  # 此次签约, 此次会议: the event already told
    refer_noun: tuple[str, ...]  # ``refer`` and the determiners that make only a noun refer back (上述会议)
    bare: tuple[str, ...]  # 会议, 论坛: a noun that refers back when written alone
    any_meeting: tuple[str, ...]  # 会议: a bare noun naming a meeting of any kind (会议期间 after 东盟外长会)
    not_an_event: tuple[str, ...]  # 有关会议, 各类展会
    venue: re.Pattern[str]  # how a place's name ends (…园博园)
    partner: re.Pattern[str]  # 同, 与 between a place and its verb
    adverb_end: re.Pattern[str]  # adverbs ending the words between a place and its verb (在上海正式开幕)
    adverb: re.Pattern[str]  # an adverb anywhere (在X报告厅圆满完成…闭幕: the venue ends before it)
    gap: re.Pattern[str]  # what may stand between a named event and its verb (论坛今日隆重开幕)
    speech: re.Pattern[str]  # speech opened (6月13日,X表示,…; 通报称,…): what is said happened another day
    speech_verbs: tuple[str, ...]  # 表示, 称: the verbs of ``speech``
    coming: frozenset[str]  # 来深考察, 赴港访问
    going: tuple[str, ...]  # 来到X走访, 赴A、B出席: the place gone to is where the event is
    continuing: re.Pattern[str]  # 并, 随后: what may open a clause that goes on with its sentence's subject
    pronoun: re.Pattern[str]  # (随后)他: a pronoun opening a clause, for the last person named
    body_noun: tuple[str, ...]  # 联谊会: a trigger noun ending the names of bodies too
    leading: tuple[str, ...]  # 带队, 率队: ends a clause whose people are the next clause's subject
    leads: tuple[str, ...]  # 率领, 带领: leads a group (代表团) ending a clause whose people do the next act
    same_day: tuple[str, ...]  # 当天, 同日: on the day already told
    then: tuple[str, ...]  # 随后, 接着 opening a sentence: a happening after the one told before
    done_before: tuple[str, ...]  # 后: ends a dated clause of what was done before the next (8日抵达X后，)
    arriving: tuple[str, ...]  # 抵达, 飞抵: an arrival whose day is not the day of the event it came for
    object_end: re.Pattern[str]  # 在我市调研时的工作要求 -> 在我市调研
    negated: re.Pattern[str]  # 无缘第九座温网冠军, 未能晋级 (not across 的: 拟任职的人员列席)
    not_yet: re.Pattern[str]  # 将, 拟签订, 力争: an act yet to come
    clock: tuple[str, ...]  # 当地时间, 北京时间
    earlier: tuple[str, ...]  # 早前, 此前: before a date opening its sentence, a day before the news's
    head: tuple[str, ...]  # 主持人, 裁员潮: a noun a trigger word is a modifier of
    deadline: tuple[str, ...]  # 截至6月底: a deadline, not when anything happened
    noun_end: tuple[str, ...]  # 大会堂, 会议室, 国会议员: a trigger noun inside a building or a person
    decided: re.Pattern[str]  # 召开, 会上, 接到: a sentence reporting the meeting that decided a change
    held: tuple[str, ...]  # 举行, 召开: verbs of holding an event
    held_in: re.Pattern[str]  # (仪式)在X(隆重)举行: where an event named again by its word was held (group 1)
    held_bare: re.Pattern[str]  # (座谈会巴黎)召开: after a place written right after an event's name, no 在
    scope: tuple[str, ...]  # 全市: the reach of what is named after it, no place it is held at
    attend_open: tuple[str, ...]  # (来到X，)参加(了…会议): a clause going on with the subject before it
    talks_in: tuple[str, ...]  # Visit, Reception: types whose happenings hold talks named with no event
    joined: tuple[str, ...]  # Meeting, Visit: types whose happenings people take part in (A、B参加。)
    parties: re.Pattern[str]  # 双方(共同), 两国元首: both sides of the happening told last, acting together
    convening: tuple[str, ...]  # 召开: its one person subject chairs, when no one chairs in the sentence
    welcoming: tuple[str, ...]  # (举行宴会，)欢迎(X): the guests of the ceremony held
    studied: re.Pattern[str]  # (…会议、…全会)精神, (…论坛)贺信精神: the spirit studied, after names
    held_later: re.Pattern[str]  # 在X举行 in the clause after the event's name (…庆典,于8日在X举行; group 1)
    group: re.Pattern[str]  # 代表团, 一行, 人大代表 (not 各巡查组, 人大代表的): a group who acts, named so
    stationed: tuple[str, ...]  # 驻 after a place: whose envoy it is (乌拉圭驻华大使), not where one went
    short_lead: str  # 大, 南: opens a home place's name whose second character is its short name (莅同: 大同)
    manner: re.Pattern[str]  # 采取“四不两直”的方式, 以暗访的形式: a clause telling only how an act is done
    position: str  # 上, 内: where in a venue (在操场上举行)
    not_at: tuple[str, ...]  # 关于, 位于: words ending with 于 that open no place
    not_at_start: tuple[str, ...]  # 在建, 在职: words opening with 在 that are no preposition
    joining: tuple[str, ...]  # 一同: an act verb after it joins the act already told (王明科一同会见)
    levels_only: re.Pattern[str]  # 镇村, 城乡: a "place" of level words only, which names no place
    capital: tuple[str, ...]  # 首都, 省会: the capital of the place before it is the place after
    said_at_meeting: re.Pattern[str]  # X在会上强调, 会上,X作重要讲话: the meeting told before (group 1: 在…)
    speaking: re.Pattern[str]  # 作重要讲话, 强调, 通报了…: what a speaker does
    speech_of: re.Pattern[str]  # (A)的(讲话), (A)所作(的报告): the speech of the one named, no one speaking
    reporting: re.Pattern[str]  # 作…报告, 作…讲话: what a speaker opening a sentence after a meeting does
    amid: re.Pattern[str]  # 在雄壮的国歌声中: the sound an event opens amid, no place
    opened: re.Pattern[str]  # (X纪念馆)(新馆)开馆仪式: a ceremony opening the venue named before it
    venue_org: re.Pattern[str]  # 上海国际会议中心: a body so named is a venue
    listed_after: re.Pattern[str]  # 出席会议的领导有: the list after a verb of taking part
    listed_end: re.Pattern[str]  # 省政协负责同志, 有关人员: how a list's item naming people unnamed ends
    activity: re.Pattern[str]  # 参加(此次)活动: the happening already told
    all_told: re.Pattern[str]  # 参加上述活动: every happening already told
    visiting: re.Pattern[str]  # 正在X访问的: a trip its doer is on (group 1: where)
    session: tuple[str, ...]  # 会议, 大会: a session acting, opening a sentence
    session_name: re.Pattern[str]  # …会议, …大会: a session's name
    at_session: re.Pattern[str]  # 在第三次全体会议上: a session's part opening a sentence
    accompanied: tuple[str, ...]  # 在Y的陪同下: a clause of who goes with the subject, who acts next
    witnessed: tuple[str, ...]  # 在Y的见证下: a clause of who witnesses the next clause's act
    hall: re.Pattern[str]  # 主会场设在X, 会场设在X: where an event is held, said after it (group 1)
    repeated: tuple[str, ...]  # 再次, 又: an act told as happening again, another happening
    delegation: re.Pattern[str]  # 代表团, 考察团: a delegation named so
    delegation_words: tuple[str, ...]  # the same words, for one ``str.endswith``
    members_open: re.Pattern[str]  # 代表团成员有, 考察团由: its members listed after it (group 1)
    members_close: re.Pattern[str]  # 等代表团成员: its members listed before it (group 1: the delegation)
    people_told: tuple[str, ...]  # 上述人员: the people its paragraph named before it
    hearing: re.Pattern[str]  # 会议听取了 opening a sentence: the session hears reports
    presiding: re.Pattern[str]  # 执行主席: a role presiding over a session's sitting
    mourning: tuple[str, ...]  # 告别仪式, 追悼会: how the name of a ceremony of mourning ends
    caption: re.Pattern[str]  # 左起：, 前排左起为 opening a sentence: a photo's people from one side
    speech_named: re.Pattern[str]  # (视察)河北重要讲话: the speech given on an act, after its object
    deciding: tuple[str, ...]  # 决定: a clause deciding on the meeting named after it
    topic: tuple[str, ...]  # 关于召开: a meeting named after it is what a document is about
    convened: re.Pattern[str]  # 于明年1月中旬在杭州召开: when a meeting decided on is to be held
    no_site: re.Pattern[str]  # 这, 该, 部分, 包联: what opens no name of a site (来到这个村, 深入部分乡镇)
    partly: tuple[str, ...]  # 部分: between a verb of taking part and the act it names (参加部分调研活动)
    tally: re.Pattern[str]  # 56场, 十二次: a count of two or more opening a name (56场新闻发布会)

    def lead_end(self, text: str, at: int) -> int:
        """Where the words opening a clause at offset ``at`` that make it go on with its sentence's subject
        (``continuing``: 并, 随后) end: ``at`` itself when none do."""
        lead = self.continuing.match(text, at)  # it matches everywhere, if only the empty string
        return lead.end() if lead else at


def words(rules: RuleSet | None = None) -> Words:
    """The word classes of the event reader in ``rules`` (the built-in rules when None)."""
    return _words(rules if rules is not None else load_rules())


def _held_at(w: Mapping[str, tuple[str, ...]], verbs: tuple[str, ...]) -> str:
    """The pattern of where an event was held, told after it: 在 (``held-at``) a place (group 1), an adverb
    perhaps, one of ``verbs`` ((仪式)在X隆重举行; …,于8日在X举行)."""
    return (f"(?:{_either(w['held-at'])})([^,，。;；、\\n]{{2,24}}?)(?:{_either(w['adverb'])})?"
            f"(?:{_either(verbs)})")


def _listed_after(w: Mapping[str, tuple[str, ...]]) -> str:
    """The pattern of the words before a list of the people taking part (出席会议的领导有:, 参加活动的有,
    出席的还有): a relative clause ending with 的 and perhaps a ``listed`` noun, or that noun alone, then 有,
    a ``listed-by`` word or a colon."""
    listed, adverb, by = _either(w["listed"]), _either(w["listed-adverb"]), _either(w["listed-by"])
    return (f"(?:[^,，。;；:：]{{0,10}}?的(?:[^,，。;；:：的]{{0,4}}?(?:{listed}))?(?:{adverb})?(?:有|{by})"
            f"|[^,，。;；:：的]{{0,4}}?(?:{listed})(?:{adverb})?(?:有|{by}|(?=[:：]))|{by})[:：]?")


@per_rules
def _words(rules: RuleSet) -> Words:
    w = rules.table("events/words").words_by_kind(_WORD_KINDS)
    amid = _gapped(w["amid"], "[^,，。;；在]{1,12}")  # 在热烈的气氛中举行: how, not where
    return Words(
        refer=w["refer"], refer_noun=w["refer"] + w["refer-noun"], bare=w["bare"],
        any_meeting=w["any-meeting"],
        not_an_event=w["not-an-event"],
        venue=re.compile(f"(?:{_either(w['venue'])})$"), partner=re.compile(_either(w["partner"])),
        adverb_end=re.compile(f"(?:{_either(w['adverb'])})+$"), adverb=re.compile(_either(w["adverb"])),
        gap=re.compile(f"(?:{_either(w['gap'])})*"),
        speech=re.compile(f"(?:{_either(w['speech'])})[:：,，“\"「]"), speech_verbs=w["speech"],
        coming=frozenset(w["coming"]),
        going=w["going"], continuing=re.compile(f"(?:{_either(w['continuing'])})*了?"),
        pronoun=re.compile(f"(?:{_either(w['continuing'])})*[,，]?(?:{_either(w['pronoun'])})(?!们)"),
        body_noun=w["body-noun"],
        leading=w["leading"], leads=w["leads"],
        same_day=w["same-day"], then=w["then"], done_before=w["done-before"],
        arriving=w["arriving"],
        object_end=re.compile(f"{_either(w['object-end'])}|中[,，。]"),
        negated=re.compile(f"(?:{_either(w['negation'])})[^,，;；:：。!！?？的]{{0,8}}$"),
        not_yet=re.compile(_either(w["not-yet"])), clock=w["clock"], earlier=w["earlier"],
        head=w["head"], deadline=w["deadline"], noun_end=w["noun-end"],
        decided=re.compile(_either(w["decided"])), held=w["held"],
        held_in=re.compile(f"(?:{_either(w['held-noun'])})?(?!{amid}){_held_at(w, w['held'])}"),
        scope=tuple(w["scope"]), attend_open=tuple(w["attend-open"]), talks_in=tuple(w["talks-in"]),
        joined=tuple(w["joined"]),
        parties=re.compile(f"(?:{_either(w['parties'])})(?:{_either(w['adverb'])})?了?"),
        convening=tuple(w["convening"]), welcoming=tuple(w["welcoming"]),
        studied=re.compile(rf"议?(?:[、和及与][^，。；;,、\n]{{2,25}}?)*(?:的?(?:{_either(w['letter'])}))?精神"),
        held_bare=re.compile(f"(?:{_either(w['adverb'])})?(?:{_either(w['held-bare'])})"),
        held_later=re.compile(_held_at(w, w["held-later"])),
        group=re.compile(f"(?<![各每])(?:{_either(w['group'])})(?!的)"), stationed=w["stationed"],
        short_lead="".join(w["short-lead"]),
        manner=re.compile(f"(?:{_either(w['manner-open'])})[^,，。;；]{{0,24}}(?:{_either(w['manner'])})"),
        position="".join(w["position"]), not_at=w["not-at"], not_at_start=w["not-at-start"],
        joining=w["joining"],
        levels_only=re.compile(f"(?:{_either(w['level'])})+"), capital=w["capital"],
        said_at_meeting=re.compile(f"(在)(?:{_either(w['at-meeting'])})(?={_either(w['speaking-at'])})"
                                   f"|(?:^|(?<=[。;；\n]))(?:{_either(w['at-meeting'])})[,，]"),
        speaking=re.compile(_gapped(w["speaking"], ".{0,8}")),
        speech_of=re.compile(_either(w["speech-of"])),
        reporting=re.compile(_gapped(w["reporting"], "[^,，。;；]{0,10}")),
        amid=re.compile(amid),
        opened=re.compile(f"(?:{_either(w['opened-new'])})?(?:{_either(w['opened'])})$"),
        venue_org=re.compile(f"(?:{_either(w['venue-org'])})$"),
        listed_after=re.compile(_listed_after(w)),
        listed_end=re.compile(f"(?:{_either(w['listed'])})$"),
        activity=re.compile(f"了?(?:{_either(w['activity'])})"),
        all_told=re.compile(f"了?(?:{_either(w['all-told'])})"),
        visiting=re.compile(f"正在([^,，。;；的]{{2,16}}?)(?:{_either(w['visiting'])})的"),
        session=w["session"], session_name=re.compile(f"..(?:{_either(w['session'])})$"),
        at_session=re.compile(f"在[^,，。;；]{{0,12}}(?:{_either(w['session'])})上"),
        accompanied=w["accompanied"], witnessed=w["witnessed"],
        hall=re.compile(f"(?<![分])(?:{_either(w['hall'])})(?:{_either(w['hall-at'])})"
                        "([\u4e00-\u9fff0-9A-Za-z]{2,24})(?=[,，。;；]|$)"),
        repeated=w["repeated"], delegation=re.compile(_either(w["delegation"])),
        delegation_words=tuple(w["delegation"]),
        members_open=re.compile(f"({_either(w['delegation'])})(?:{_either(w['members-open'])})"),
        members_close=re.compile(f"等({_either(w['delegation'])})(?:{_either(w['members-close'])})"),
        people_told=w["people-told"],
        hearing=re.compile(f"(?:^|(?<=[。;；\n]))(?:{_either(w['hearing'])})"),
        presiding=re.compile(_either(w["presiding"])), mourning=w["mourning"],
        caption=re.compile(f"(?:{_either(w['caption'])})(?:依次)?(?:为|是)?[:：]?"),
        deciding=tuple(w["deciding"]), topic=tuple(w["topic"]),
        convened=re.compile(f"[于於][^,，。;；]{{1,24}}?(?:{_either(w['held'])})"),
        speech_named=re.compile(f"(?:(?!时)[\u4e00-\u9fff]){{0,8}}?(?:{_either(w['speech-named'])})"),
        no_site=re.compile(_either(w["no-site"])),
        partly=tuple(w["partly"]),
        tally=re.compile(f"(?:[0-9]+|[两二三四五六七八九十几数][一二三四五六七八九十百千]*)[余多]?(?:{_either(w['tally'])})"))


@dataclass
class _Draft:
    """An event being assembled from the sentences of one article."""

    type: str
    name: str
    trigger: Mention
    rule: str
    confidence: float
    sentence: tuple[int, int]
    when: Mention | None = None
    place: Mention | None = None
    organizer: Mention | None = None
    chair: Mention | None = None
    delegated_by: Mention | None = None
    attendees: list[Mention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    reported: bool = False  # only spoken of (传达…会议精神), not the article's current event
    named: bool = True  # named by a noun, not only by an act verb
    weak: bool = False  # a bare noun with nothing to refer to: kept only if something is known of it
    headline: bool = False  # found in a line without closing punctuation (a headline)
    day_untold: bool = False  # its sentence's day is an arrival's (抵达X，出席…峰会): dated by no other
    # the keys of the attendees (add keeps it: one look-up a person, however many attend)
    attendee_keys: set[str] = field(default_factory=set, repr=False, compare=False)

    @property
    def people(self) -> list[Mention]:
        """Who takes part: the chair, if any, then the attendees."""
        return [*([self.chair] if self.chair else ()), *self.attendees]

    def absorb(self, other: _Draft) -> None:
        """Take what ``other`` (the same event, found another way) knows."""
        for attr in ("when", "place", "organizer", "chair", "delegated_by"):
            if getattr(self, attr) is None:
                setattr(self, attr, getattr(other, attr))
        for p in other.attendees:
            self.add(p)
        self.mentions.extend(other.mentions)
        self.day_untold = self.when is None and (self.day_untold or other.day_untold)

    def add(self, person: Mention) -> None:
        # one person once, even when named in the headline and the text
        if (person.key or person.text) not in self.attendee_keys:
            self.attendee_keys.add(person.key or person.text)
            self.attendees.append(person)

    def freeze(self) -> Event:
        date = end = None
        if self.when is not None and self.when.key:
            date, _, end = self.when.key.partition("/")
            end = end or None
        return Event(self.type, self.name, self.trigger, date, end, self.place, self.organizer, self.chair,
                     tuple(sorted(self.attendees)), self.sentence, self.rule, self.confidence, self.when,
                     self.delegated_by, tuple(sorted(self.mentions)))


# what follows the name of a meeting a speech was given at (传达学习了X在…会议上的讲话精神: spoken of)
_SPEECH_AT = re.compile("上(?:的|和在|、在)")


class _Article:
    """View-coordinate helpers over one article's text and mentions."""

    def __init__(self, view: View, mentions: list[Mention], rules: RuleSet,
                 holders: dict[str, Mention] | None = None, home: str | None = None):
        self.view = view
        self.lex = _lexicon(rules)
        self.concepts = _scheme(rules)
        self.text = view.text
        self.holders = holders or {}  # title as written -> its one holder in the article
        self.posts = titles_of(rules).posts
        self.addresses = frozenset(post_words(rules)["address"])  # 先生, 同志 after a name
        self.selves = re.compile(alternation(post_words(rules)["self-ref"]))  # 我校, 我院: a body by itself
        self.words = _words(rules)
        self.short_places = article_short_places(short_places(rules), mentions, home,
                                                 short_lead=self.words.short_lead)
        self.at_event = fact_words(rules).at_event_opening  # 欢迎晚宴上,…: a sentence opening at an event
        # (view start, view end, mention), sorted
        self.spans = view.spans_of(mentions)
        self.starts = [s for s, _, _ in self.spans]
        # organisations and places (a trigger noun inside one is no event: 上海国际会议中心)
        # (by their starts, with the furthest end of those starting so far: read for any noun in a bisection)
        names = [(s, e) for s, e, m in self.spans if m.type in ("ORG", "LOC")]
        self._name_starts = [s for s, _ in names]
        self._name_reach = list(accumulate((e for _, e in names), max))
        self._by_end: dict[int, list[tuple[int, int, Mention]]] = {}
        for span in self.spans:
            self._by_end.setdefault(span[1], []).append(span)
        self.people = {s for s, _, m in self.spans if m.type == "PER"}  # where a person's name starts
        # view offsets inside a name: a verb there is part of the name (胜 in 东胜区)
        self.named = frozenset(i for a, b, m in self.spans if m.type in ("PER", "LOC", "ORG")
                               for i in range(a, b))
        self.person_starts = frozenset(a for a, _, m in self.spans if m.type == "PER")
        # ... and inside titles too: a verb there is no act (调研 of 调研员)
        self.named_or_titled = self.named | frozenset(
            i for a, b, m in self.spans if m.type == "TITLE" for i in range(a, b))
        # a surname alone (宋校长, 李局长) -> the one person of the article named in full with it
        full = {m.text: m for _, _, m in self.spans if m.type == "PER" and len(m.text) >= 2}
        by_surname: dict[str, list[Mention]] = {}
        for name, m in full.items():
            by_surname.setdefault(name[0], []).append(m)
        self.by_surname = {k: v[0] for k, v in by_surname.items() if len(v) == 1}
        self._manners: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._back = [m.start() for m in _CLAUSE_BACK.finditer(self.text)]
        self._forward = [m.start() for m in _CLAUSE_FORWARD.finditer(self.text)]

    def reading(self, match: re.Match[str], sent: tuple[int, int]) -> Trigger:
        """The trigger verb at ``match`` as its clause reads it (退出 of a contest is 退赛)."""
        va, vb = match.span()
        return self.lex.triggers["verb"][match.group(0)].reading(
            self.text, self.clause_start(va, sent[0]), self.clause_end(vb, sent[1]))

    def verb_at(self, a: int, b: int) -> bool:
        """Whether a trigger verb outside names and titles is written in view span [a, b) (调研 of 调研员 is
        none), where the words around it make it one (负 of 负责 is none), not before the head of a noun
        (``head``: 指导 of 党建指导员 is none)."""
        verbs = self.lex.triggers["verb"]
        return any(not self.named_or_titled.intersection(range(*v.span()))
                   and verbs[v.group(0)].applies(self.text, *v.span())
                   and not self.text.startswith(self.words.head, v.end())
                   for v in self.lex.verbs.finditer(self.text, a, b))

    def manners(self, sent: tuple[int, int]) -> list[tuple[int, int]]:
        """The spans of sentence ``sent`` that only tell how an act is done (通过…等方式), read once."""
        if sent not in self._manners:
            self._manners[sent] = [m.span() for m in self.words.manner.finditer(self.text, *sent)]
        return self._manners[sent]

    def of_type(self, a: int, b: int, *types: str) -> list[tuple[int, int, Mention]]:
        inside = self.spans[bisect_left(self.starts, a):bisect_right(self.starts, b)]
        return [s for s in inside if s[1] <= b and s[2].type in types]

    def in_name(self, a: int, b: int) -> bool:
        """Whether view span [a, b) lies inside an organisation's or a place's name, short of its end."""
        k = bisect_right(self._name_starts, a)
        return k > 0 and self._name_reach[k - 1] > b

    def ending_at(self, end: int, *types: str) -> tuple[int, int, Mention] | None:
        hits = [s for s in self._by_end.get(end, ()) if s[2].type in types]
        return min(hits, key=lambda s: s[0]) if hits else None

    def mention(self, a: int, b: int, type_: str, rule: str, key: str = "") -> Mention:
        s, e = self.view.to_source(a, b)
        return Mention(s, e, type_, self.view.source[s:e], rule=rule, key=key)

    def clause_start(self, i: int, lo: int) -> int:
        """Where the clause holding view offset ``i`` starts, not before ``lo``: after a clause mark, not
        after a bracketed aside of a date, a Latin name or a short name (李明星期五(3月26日)会见, 李特(Li
        Te)会晤, X集团公司(以下简称“X集团”)签署), an alternative inside a word (各乡镇（街道）负责人) or
        another name of the body or place before it (到市二医(金阳医院)参观)."""
        j = i
        while j > lo:
            at = bisect_left(self._back, j) - 1  # the last character before j the loop stops at
            j = self._back[at] + 1 if at >= 0 and self._back[at] >= lo else lo
            if j == lo:
                break
            if self.text[j - 1] in ")）":
                aside = max(self.text.rfind("(", lo, j - 1), self.text.rfind("（", lo, j - 1))
                inside = aside > lo and _ALTERNATIVE.fullmatch(self.text, aside, j) \
                    and _HAN.match(self.text, aside - 1) and _HAN.match(self.text, j)
                renamed = aside > lo and _HAN.match(self.text, aside - 1) is not None and any(
                    a == aside + 1 and b == j - 1 for a, b, _ in self.of_type(aside + 1, j - 1, "ORG", "LOC"))
                told = _ASIDE.fullmatch(self.text, aside, j) or _SO_CALLED.fullmatch(self.text, aside, j)
                if aside > lo and (told or inside or renamed):
                    j = aside
                    continue
            if self.text[j - 1] == "”":  # a quoted name or slogan is inside the clause, its commas too
                opened = self.text.rfind("“", lo, j - 1)
                if opened > lo and "”" not in self.text[opened:j - 1] and "\n" not in self.text[opened:j]:
                    j = opened
                    continue
            if clause_break(self.text, j - 1, _CLAUSE):
                opened = self._quote_opening(j - 1, lo, i)
                if opened < 0:
                    break
                j = opened  # a mark inside a quoted slogan the clause goes on after (以“A,B”为主题的…仪式)
                continue
            j -= 1
        return j

    def _quote_opening(self, mark: int, lo: int, hi: int) -> int:
        """Where the quote holding the comma or semicolon at view offset ``mark`` opens, when it opens after
        ``lo`` and closes before ``hi`` within ``_QUOTED_MAX`` characters, on one line (以“结对共建,携手共进”
        为主题的: a slogan's comma, no clause's end); -1 when none does."""
        if self.text[mark] not in _QUOTED_MARKS:
            return -1
        opened = self.text.rfind("“", max(lo + 1, mark - _QUOTED_MAX), mark)
        closed = self.text.find("”", mark, min(hi, opened + _QUOTED_MAX + 1)) if opened >= 0 else -1
        if closed < 0 or "”" in self.text[opened:mark] or "\n" in self.text[opened:closed]:
            return -1
        return opened

    def _quote_closing(self, mark: int, hi: int) -> int:
        """Where the quote holding the clause mark at view offset ``mark`` closes (one past its ”), by
        :meth:`_quote_opening`; ``mark`` when none holds it."""
        if mark >= hi or self._quote_opening(mark, 0, hi) < 0:
            return mark
        return self.text.find("”", mark, hi) + 1

    def clause_end(self, i: int, hi: int) -> int:
        j = i
        while j < hi:
            at = bisect_left(self._forward, j)  # the first character from j the loop stops at
            j = min(self._forward[at], hi) if at < len(self._forward) else hi
            if j == hi:
                break
            if clause_break(self.text, j, _CLAUSE + "。!?"):
                closed = self._quote_closing(j, hi)
                if closed == j:
                    break
                j = closed  # a mark inside a quoted slogan the clause goes on after (以“A,B”为主题的…仪式)
                continue
            j += 1
        return j


def clause_break(text: str, i: int, marks: str) -> bool:
    """Whether ``text[i]`` is one of the clause ``marks``; a colon between digits (7:30, 110:102) is none, nor
    a space between Latin letters (在裕廊Big Box举办: inside a name)."""
    inside = 0 < i < len(text) - 1 and (
        text[i] in ":：" and text[i - 1].isdigit() and text[i + 1].isdigit()
        or text[i] == " " and _LATIN.match(text[i - 1]) is not None and _LATIN.match(text[i + 1]) is not None)
    return text[i] in marks and not inside


# what joins the two names of one event (X开馆仪式暨新书发布会)
_JOINT = "暨"


def _first_part(name: str) -> str:
    """The name before 暨 of an event of two names (X开馆仪式 of X开馆仪式暨新书发布会), or ""."""
    head, joint, _ = name.partition(_JOINT)
    return head if joint else ""


# a Latin letter
_LATIN = re.compile("[A-Za-z]")


def _stop_ending_at(art: _Article, i: int, lo: int) -> str | None:
    """The first stop word (a ``stop`` trigger, or a trigger verb) written right before view offset ``i``, not
    before ``lo``, that applies there (a verb only outside a name the NER found), or the empty stop
    (``art.lex.empty_stop``) when none does; only the words ending in the character before ``i`` are tried."""
    text = art.text
    stops, verbs = art.lex.triggers["stop"], art.lex.triggers["verb"]
    return next((w for w in art.lex.stops_by_last.get(text[i - 1], ())
                 if i - len(w) >= lo and text.startswith(w, i - len(w))
                 and (w in stops or i - 1 not in art.named)
                 and (w not in stops or stops[w].applies(text, i - len(w), i))
                 and (w not in verbs or verbs[w].placed(text, i - len(w), i))), art.lex.empty_stop)


def _name_start(art: _Article, start: int, lo: int, blocked: Container[int],
                years: Mapping[int, int] | None = None) -> tuple[int, str]:
    """Where a named event ending in a noun at ``start`` begins, and the stop word met there. A year
    (``years``: its end -> its start) is part of the name, with the place or body written right before it
    (青山市2025年工作会议, 1998年度工作会议), and nothing before those."""
    text = art.text
    verbs = art.lex.triggers["verb"]
    i = start
    stop = ""
    while i > lo and start - i < _MAX_NAME and (text[i - 1] not in _DELIMS or _bracketed(art, i - 1, lo)):
        if text[i - 1] in "）)":  # 健步走（潍坊站）暨…开幕式: a bracket inside a name is part of it
            opened = _bracket_open(text, i - 1, lo)
            if opened is None:  # _bracketed found it: cannot happen, but never loop on it
                break
            i = opened  # may be 0: a bracket opening the text ((有片)新闻发布会)
            continue
        if years and i in years:
            i = years[i]
            body = art.ending_at(i, "LOC", "ORG")
            if body is not None and body[0] >= lo:
                i = body[0]
            break
        if i in blocked:  # a date or person ends here
            break
        w = _stop_ending_at(art, i, lo)
        if w and i == start and _meeting_for(art, w, start):
            i -= len(w)  # 对口帮扶调研座谈会: what the meeting is for, in its name
            continue
        # (a verb right before 暨 ends the name's first part: 集中开工暨…开工仪式, 集中签约暨揭牌仪式)
        if w is not None and not _verb_of_name(art, w, i) and not (w in verbs and text.startswith(_JOINT, i)):
            stop = w
            break
        i -= (len(w) if w else 1)
    while i < start and text[i] in "“”\"'·—-":
        i += 1
    return i, stop


def _meeting_for(art: _Article, w: str, start: int) -> bool:
    """Whether the act verb ``w``, written right before the noun of a meeting at view offset ``start``, says
    what the meeting is for (对口帮扶调研座谈会, 来区考察座谈会): part of its name, no act of its own."""
    verb = art.lex.triggers["verb"].get(w)
    noun = next((t for n, t in art.lex.triggers["noun"].items() if art.text.startswith(n, start)), None)
    return verb is not None and verb.role == "act" and noun is not None and noun.type is not None \
        and _family(art.concepts, noun.type) == _SESSION


def _verb_of_name(art: _Article, w: str, end: int) -> bool:
    """Whether the act verb ``w`` ending at ``end`` opens the name of the event a verb of holding or
    chairing holds (召开调研座谈会, 主持召开调研协商座谈会: a meeting named by what it is for), or names the
    work the event is about (全国政协视察工作座谈会), not a stop."""
    verb = art.lex.triggers["verb"].get(w)
    return verb is not None and verb.role == "act" and end - len(w) > 0 \
        and (art.text.endswith(art.words.held + _CHAIRING, 0, end - len(w))
             or art.text.startswith(_WORK, end))


# the work an act verb names inside a meeting's name (视察工作座谈会, 调研工作会议): part of the name
_WORK = "工作"


# verbs of chairing before the name of the meeting chaired (主持调研会)
_CHAIRING = ("主持",)


def _bracketed(art: _Article, close: int, lo: int) -> bool:
    """Whether ``close`` closes a bracket inside a name: one that opens after ``lo`` and holds more than a
    place name (健步走（潍坊站）; in 中国(温州)国际园林博览会 the bracket names where the event is held), no
    person, date or number (a byline: （记者王黎）; a year: 奖（1997）)."""
    if art.text[close] not in "）)":
        return False
    j = _bracket_open(art.text, close, lo)
    return j is not None and not any(s == j + 1 and e == close for s, e, _ in art.of_type(j, close, "LOC")) \
        and not art.of_type(j, close, "PER", "DATE") and not re.search(r"记者|通讯员|\d", art.text[j:close])


def _bracket_open(text: str, close: int, lo: int) -> int | None:
    """Where the bracket closing at ``close`` opens, if it does after ``lo`` with no delimiter between."""
    for j in range(close - 1, max(lo, close - 12) - 1, -1):
        if text[j] in "（(":
            return j
        if text[j] in _DELIMS:
            return None
    return None


def _family(concepts: Mapping[str, Concept], type_: str) -> str:
    """The concept right under the top of the scheme that ``type_`` falls in."""
    broader = concepts[type_].broader
    while broader is not None and concepts[broader].broader:
        type_, broader = broader, concepts[broader].broader
    return type_


def _org_before(art: _Article, end: int, lo: int, ctx: Context) -> Mention | None:
    """An organisation written right before view offset ``end`` (a mention or a short name; the mention when
    it is the longer: 安阳 + 市中级人民法院)."""
    shorts = org_names(rules_of(ctx))
    hit = art.ending_at(end, "ORG")
    hit = hit if hit is not None and hit[0] >= lo else None
    for n in range(min(max(map(len, shorts)), end - lo), 1, -1):
        w = art.text[end - n:end]
        if w in shorts and (hit is None or hit[0] >= end - n):
            return art.mention(end - n, end, "ORG", "event:organizer-short", resolve_org(w, ctx)[0])
    return hit[2] if hit is not None else None


def _names_no_event(art: _Article, trig: Trigger, noun: str, prefix: str, span: tuple[int, int],
                    sent: tuple[int, int]) -> bool:
    """Whether the nouns at view ``span`` (``noun`` last, ``prefix`` the name's words before them) name no
    event here: one of no particular event (有关会议), a body's name (县委常委会, not 召开县委常委会), one
    decided to come, what a document is about, a session naming a delegation, a body holding an event or a
    body's post (联谊会在X举办…典礼, 联谊会总主席王明)."""
    text, (start, end) = art.text, span
    if any(prefix.endswith(w) for w in art.words.not_an_event) or art.words.tally.fullmatch(prefix):
        return True  # (56场新闻发布会: how many were held)
    if trig.after_held and not text.endswith(art.words.held, sent[0], start):
        return True  # 县委常委会 is a body; 召开县委常委会, its meeting
    if _decided_on(art, start, end, sent):
        return True  # 会议决定，X会议于明年1月中旬召开: to come, no event yet
    if any(w in text[art.clause_start(start, sent[0]):start] for w in art.words.topic):
        return True  # 听取关于召开X会议有关事项的报告: what a document is about, no happening told
    if _session_of_delegation(art, end, sent[1]):
        return True  # 十四届全国人大三次会议重庆代表团举行…: the session names a delegation
    return noun.endswith(art.words.body_noun) and (_body_titled(art, start, end) or _holds_there(
        text, end, art.lex.organize_verbs, art.words.held))  # a body holding an event, a body's post


def _decided_on(art: _Article, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the event named at view span [start, end) is only decided on, to come, on no day told: the
    clause before it ends with a word of deciding (``deciding``: 会议决定，X会议于明年1月中旬召开), or one
    stands right before it (决定X会议于…召开), and its own clause says when it will be held (于 …召开), not on
    a day (于5月20日召开: an event to come, dated); or the word of deciding and when stand right before its
    name (决定于明年1月中旬召开X会议)."""
    text = art.text
    before = start - 1 if start > sent[0] and text[start - 1] in ",，" else start
    if any(text.endswith(w, sent[0], before) for w in art.words.deciding):
        when = art.words.convened.match(text, end, art.clause_end(end, sent[1]))
        return when is not None and not _a_day_in(art, end, when.end())
    cs = art.clause_start(start, sent[0])
    return any(i >= 0 and art.words.convened.fullmatch(text, i + len(w), start) is not None
               and not _a_day_in(art, i, start)
               for w in art.words.deciding for i in (text.rfind(w, cs, start),))


def _a_day_in(art: _Article, a: int, b: int) -> bool:
    """Whether a date of a day is written in view span [a, b)."""
    return any(is_day(m.key) for _, _, m in art.of_type(a, b, "DATE"))


def _session_of_delegation(art: _Article, end: int, hi: int) -> bool:
    """Whether the name ending at view offset ``end`` is followed by a delegation's word, right after it or
    after a place, and the delegation's meeting is named after it in the clause (``hi``: the sentence's end):
    十四届全国人大三次会议重庆代表团举行开放团组会议 names the delegation, the meeting held is the happening
    (not …武汉代表团审议时: the session's deliberation is told by the session's name)."""
    at = next((e for s, e, _ in art.of_type(end, end + 12, "LOC") if s == end), end)
    delegation = art.words.delegation.match(art.text, at)
    return delegation is not None \
        and art.lex.nouns.search(art.text, delegation.end(), art.clause_end(delegation.end(), hi)) is not None


def _delegation_before(art: _Article, end: int, lo: int) -> Mention | None:
    """A delegation written right before view offset ``end`` (``delegation``: 十四届全国人大一次会议青山代表团
    举行全体会议), named from its clause's start, after a modifier ending in 的 (出席…会议的青山代表团) or a
    date: the body holding the meeting."""
    text = art.text
    if not any(text.endswith(w, lo, end) for w in art.words.delegation_words):
        return None
    start = max(art.clause_start(end, lo), text.rfind("的", lo, end) + 1)
    date = next((e for _, e, _ in art.of_type(start, end, "DATE") if e < end), start)
    start = max(start, date)
    if end - start <= 3 or not _HAN.match(text, start):
        return None
    return art.mention(start, end, "ORG", "event:organizer-delegation", text[start:end])


def _org_at(art: _Article, start: int, end: int, ctx: Context) -> Mention | None:
    """An organisation that opens a name (市政府常务会议 -> 市政府)."""
    shorts = org_names(rules_of(ctx))
    for n in range(min(max(map(len, shorts)), end - start), 1, -1):
        w = art.text[start:start + n]
        if w in shorts and not w.startswith("党") and "{上级}" not in shorts[w][0]:
            return art.mention(start, start + n, "ORG", "event:organizer-name", resolve_org(w, ctx)[0])
    for a, b, m in art.of_type(start, end, "ORG"):
        if a == start and b < end:
            return m
    return None


# the rule of a place mention read from the gazetteer (places.gazetteer, places.gazetteer+unit): a place
# whose first character may stand for it (not a word the tagger guessed to be a place: 自川港)
_GAZETTEER = "places.gazetteer"
# the places a home place's name is made of (重庆市秀山土家族苗族自治县: 重庆市, 秀山土家族苗族自治县)
_HOME_PARTS = re.compile(r".+?(?:省|自治区|市(?!辖)|$)")


def article_short_places(short: Mapping[str, str], mentions: list[Mention],
                         home: str | None, stationed: tuple[str, ...] = (),
                         short_lead: str = "") -> dict[str, str]:
    """The one-character short names of ``short`` (``events/short_places``: 京, 华) and the first character of
    each place the article names from the gazetteer or its publisher is at (``home``), when it stands for
    one place only there (在眉会见 in a 眉山 paper: 眉山市; 赴秘访问 after 秘鲁; 来秀对接 after 秀山), or the
    second character of a home place's name opening with one of ``short_lead`` (莅同调研 in a 大同 paper,
    来陵调研 in a 南陵 one). A country named only as the state of a mission (``stationed``: 巴西驻华使馆) is
    named too (赴巴访问: 巴西)."""
    named: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "LOC" and m.rule.startswith(_GAZETTEER) and len(m.text) > 1:
            named.setdefault(m.text[0], set()).add(m.key or m.text)
        elif m.type == "ORG" and (state := _state_of_mission(m.text, stationed)) is not None:
            named.setdefault(state[0], set()).add(state)
    for part in _HOME_PARTS.findall(home or ""):
        if len(part) > 1:
            named.setdefault(part[0], set()).add(part)
        if len(part) > 2 and part[0] in short_lead:
            named.setdefault(part[1], set()).add(part)
    return {**{c: next(iter(k)) for c, k in named.items() if len(k) == 1}, **short}


def _state_of_mission(name: str, stationed: tuple[str, ...]) -> str | None:
    """The country whose mission ``name`` names before a word of stationing (巴西驻华使馆: 巴西), or None."""
    at = min((i for i in (name.find(w, 2) for w in stationed) if i >= 0), default=-1)
    place = lookup(name[:at]) if at > 0 else None
    return place.name if place is not None and place.level == _COUNTRY and place.name == name[:at] else None


# the gazetteer's level of a country (kg/rules/places)
_COUNTRY = "country"


def _came_short(art: _Article, verb: int) -> Mention | None:
    """The one-character place name written between a verb of coming and the verb at view offset ``verb``
    (来深考察, 来秀对接), or None."""
    came = art.text[verb - 2:verb - 1] in art.words.coming
    return _short_place(art, verb - 1) if came else None


def _short_place(art: _Article, at: int) -> Mention | None:
    """The one-character place name at view offset ``at`` (在京会见, 来深考察), keyed by its full name."""
    full = art.short_places.get(art.text[at:at + 1])
    return art.mention(at, at + 1, "LOC", "event:place-short", full) if full else None


# what follows a place's name to make it the clock a time is told by (台湾时间18日: not where anything is)
_TIME = "时间"


def nearer_place(kept: Mention | None, told: Mention | None) -> Mention | None:
    """The place an event has, or the place it is told again at when that one opens with it, a venue inside
    it (a headline's 在哈尔滨举行, the body's 在哈尔滨天河园殡仪馆举行: the venue; not 西部另一省份贵州 for
    贵州)."""
    if kept is None or told is not None and told.text.startswith(kept.text) and told.text != kept.text:
        return told
    return kept


def _place(art: _Article, a: int, b: int) -> Mention | None:
    """Where: the words between 在 (or 于 before a place) and the verb at ``b``, in clause [a, b).

    A single place or organisation mention there is the place; several (鄂尔多斯市东胜区) or
    unknown words (重庆园博园) give one span keyed by its last place mention, else by its text.
    """
    i = _place_opening(art, a, b)
    if i < 0 or art.words.amid.match(art.text, i):
        return None  # 在热烈的掌声中为X揭牌: how it was done, not where
    start, end = i + 1, _place_end(art, i + 1, b)
    if art.text.startswith(art.words.clock, start) \
            or any(s == start and art.text.startswith(_TIME, e) for s, e, _ in art.of_type(start, b, "LOC")):
        return None  # 在北京时间18日下午拜访X, 在台湾时间…, 于当地时间…: a clock, no place
    end = _before_partner(art, start, end)
    if end - start == 1:
        return _short_place(art, start)  # 在京会见
    return _quoted_venue(art, start, end) or _place_named(art, start, end)


def _place_opening(art: _Article, a: int, b: int) -> int:
    """The view offset of the preposition opening the place before the verb at ``b`` in clause [a, b): the
    last 在 (not one opening a word, 在建, unless a place or body follows), or a later 于 before a place or a
    venue's name (not a name's last character, 张中于, nor 于 before a verb of going); -1 when none."""
    text = art.text
    i = text.rfind("在", a, b)
    while i >= 0 and text.startswith(art.words.not_at_start, i) \
            and not any(s == i + 1 for s, _, _ in art.of_type(i + 1, b, "LOC", "ORG")):
        i = text.rfind("在", a, i)  # 两个在建项目工地: no place (在建设银行大厦: a place)
    j = text.rfind("于", a, b)
    names = [(s, e) for s, e, _ in art.of_type(a, b, "PER")]
    while j >= 0 and (any(s <= j < e for s, e in names) or text.startswith(art.words.going, j + 1)):
        j = text.rfind("于", a, j)  # 张中于带队前往…, 张中于前往…: a name's last character, no preposition
    # 于 before a place (于北京举行) or before a venue's name ending right before the verb (学校党委于行政楼
    # 会议室召开…), not the end of a word (关于, 位于, 由于: kg/rules/events/words.tsv, `not-at`)
    if j > i and (any(s == j + 1 for s, _, m in art.of_type(j + 1, b, "LOC"))
                  or not text.startswith(art.words.not_at, j - 1)
                  and art.words.venue.search(text, j + 1, _place_end(art, j + 1, b)) is not None
                  and _HAN_ONLY.fullmatch(text, j + 1, b) is not None):
        return j
    return i


def _before_partner(art: _Article, start: int, end: int) -> int:
    """Where the place from ``start`` ends before a partner's preposition (在海湖庄园同X举行会晤) or whom the
    event is held by (在蒂华纳大酒店由总领事馆举办的招待会), when a place, a body or a venue ends there."""
    text = art.text
    ends = {e for _, e, m in art.spans if m.type in ("LOC", "ORG")}
    for partner in chain(art.words.partner.finditer(text, start, end), _BY.finditer(text, start, end)):
        if partner.start() in ends or art.words.venue.search(text, start, partner.start()):
            return partner.start()
    return end


def _quoted_venue(art: _Article, start: int, end: int) -> Mention | None:
    """A venue named in quotes in view span [start, end) before the verb, keyed by its name: opening it
    (在“皇居”为特朗普举行欢迎仪式, 在“中国厅”举行会谈; not 在“两会”上表示), or after the place it is in and
    ending right before the verb (在柏林“五湖四海大酒店”举办)."""
    text = art.text
    close = text.find("”", start, end) if text.startswith("“", start) else -1
    if close > start + 1 and _venue_ends(art, close + 1, end):
        return replace(art.mention(start, close + 1, "LOC", "event:place-span"), key=text[start + 1:close])
    opened = text.rfind("“", start, end) if text.startswith("”", end - 1) else -1
    if opened > start and art.words.venue.search(text, opened + 1, end - 1) is not None \
            and any(s == start and e == opened for s, e, m in art.spans if m.type == "LOC"):
        return replace(art.mention(start, end, "LOC", "event:place-span"), key=text[opened + 1:end - 1])
    return None


def _place_named(art: _Article, start: int, end: int) -> Mention | None:
    """The place view span [start, end) names: the one place or body written there, or the span keyed by its
    last place (a venue after its city: 鄂尔多斯市东胜区, 重庆园博园); the place right after 在 when the words
    after it are no place; None when they are a clause, not a place phrase."""
    text = art.text
    # 在宽敞明亮的青山宾馆会议室: the hall, not how it looks (在市政府的会议室: whose it is stays)
    start = past_modifier(text, start, end, [s for s, _, m in art.spans if m.type in ("LOC", "ORG")])
    inside = [x for x in art.spans if x[0] < end and start < x[1]]
    # 在人民大会堂接受…递交国书: a place named right after 在, then words of the clause before the verb
    head = next((m for s, e, m in inside if s == start and e < end and m.type == "LOC"), None)
    venues = list(art.words.venue.finditer(text, start, end))
    # a venue's name ending right before the verb is one place whatever the tagger read in it
    # (善南街道善国贾苑社区: 贾苑 a person)
    venue_named = bool(venues) and venues[-1].end() == end and head is not None
    # (a long name the tagger read as bodies and places one after another, ending as a venue does:
    # 青山大学附属第一医院 + A区门诊五楼学术报告厅)
    tiled = bool(venues) and venues[-1].end() == end and end - start <= _MAX_TILED and _tiles(
        [(s, e) for s, e, m in inside if m.type in ("LOC", "ORG")], start, end)
    if end - start > 20 and not tiled or any(c in _DELIMS for c in text[start:end]) \
            or not venue_named and any(m.type in ("DATE", "PER") for _, _, m in inside):
        # an aside of a date or a Latin name is no clause mark (在X参加…的国务卿卢比奥(Marco Rubio)会晤)
        told = _ASIDE.sub("", text[start:end])
        return _chain(art, start, end) if head is not None and not any(c in _DELIMS for c in told) else None
    known = [x for x in inside if x[2].type in ("LOC", "ORG") and start <= x[0] and x[1] <= end]
    if not (any(x[1] == end for x in known) or art.words.venue.search(text, start, end)) \
            or not known and art.words.no_site.match(text, start):
        return head  # 在江苏省纪念…活动中首次: the words before the verb are no place; 在其会所: no name
    if len(known) == 1 and (known[0][0], known[0][1]) == (start, end):
        return known[0][2]
    locs = [x for x in known if x[2].type == "LOC"]
    key = locs[-1][2].key or locs[-1][2].text if locs and locs[-1][1] == end else ""
    if art.verb_at(start, end):
        return None  # 在同应邀参加中宣部召开的…: not a place phrase
    m = art.mention(start, end, "LOC", "event:place-span")
    return replace(m, key=key or m.text)


# what ends a modifier written before a place's name (庄严肃穆的, 宽敞明亮的)
_MODIFIER_END = "的"
# the tags of a word before 的 that says whose the place is (市政府的会议室, 公司的展厅), not how it looks
_POSSESSOR_TAGS = ("n", "nt", "ns", "nz", "j")


def past_modifier(text: str, start: int, end: int, name_starts: Sequence[int]) -> int:
    """Where the name of the place written in ``text[start:end]`` starts: after a modifier ending in 的 before
    it (庄严肃穆的八宝山革命公墓, 宽敞明亮的青山宾馆会议室), when two characters or more are left; not a
    modifier that names a place or a body (``name_starts``: 在圣地亚哥举行的“欢乐春节”演出) or ends in a noun
    (市政府的会议室: whose it is)."""
    mod = text.rfind(_MODIFIER_END, start, end)
    if mod <= start or end - mod <= 2 or any(start <= s < mod for s in name_starts):
        return start
    last = tokenize(text[start:mod])[-1]
    return start if last.tag in _POSSESSOR_TAGS and len(last.word) > 1 else mod + 1


# the longest place phrase of bodies and places written one after another (a hospital's campus and hall)
_MAX_TILED = 32


def _tiles(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``spans`` follow one another from ``start`` to ``end`` with at most a word of a part between
    (青山大学附属第一医院 总院 A区门诊五楼学术报告厅)."""
    at = start
    for s, e in sorted(spans):
        if not at <= s <= at + _PART_WORD:
            return False
        at = e
    return at == end


# the longest word of a part between two names of a place phrase (总院, 分院)
_PART_WORD = 2


def _place_end(art: _Article, start: int, end: int) -> int:
    """Where the words of a place from view offset ``start`` end before the verb at ``end``: before the
    adverbs written before the verb (在上海正式开幕), and before a word of where in a venue (在操场上举行,
    在县委大院内举行)."""
    text = art.text
    adverb = art.words.adverb_end.search(text, start, end)
    if adverb:
        end = adverb.start()
    # 在政府一楼报告厅圆满完成各项议程胜利闭幕: a venue's name ends before the first adverb after it, and
    # before the verb opening the act (在青山社区进行了实地调研) or holding it (在市政府第一会议室举行座谈)
    cuts = [a.start() for a in chain(art.words.adverb.finditer(text, start, end),
                                     ACT_OPENING.finditer(text, start, end))]
    cuts += [i for h in art.words.held if (i := text.find(h, start, end)) >= 0]
    end = min((a for a in cuts if art.words.venue.search(text, start, a)), default=end)
    if end - start >= 3 and text[end - 1] in art.words.position \
            and art.words.venue.search(text, start, end - 1):
        end -= 1
    return end


# the type of a session, whose opening told later is a part of it (kg/rules/events/scheme.jsonl)
_SESSION = "Meeting"
# a verb opening an act, after the place it is done at (在青山社区进行了实地调研, 前往青山大学开展调研)
ACT_OPENING = re.compile("进行|开展|展开")
# the preposition of whom an event is held by or for, after its place (在X由Y举办, 在X为Y揭牌)
_BY = re.compile("由|为")
# the type of a closing, which names the session it ends
_CLOSING = "Closing"
# the part of a meeting a bare noun names (开幕式; a closing is folded into its session later:
# kg.extract.facts._ends)
_PARTS = ("Opening",)
# the family of ceremonies: an attend verb of it (进行宪法宣誓, 见证) takes part in one of them only
_CEREMONY = "Ceremony"
# what follows the name of one reporting at a session (会议听取了A关于…的报告, B作的…说明, A、B分别作的…)
_REPORTING = ("关于", "作", "所作", "分别作")
# the family of what people say to each other (感谢, 点赞, 道歉): nobody accompanies it or sits in on it
_SAID = "Interaction"
# the family of changes in who holds what: a delegation's members join none of its events
_CHANGE = "OrganisationChange"
# the role of a verb of taking part in an event (陪同, 出席)
_ATTEND = "attend"
# the scheme's top concept: an event of any type (what a photo's caption shows)
_TOP = "Event"


def _chain(art: _Article, start: int, end: int) -> Mention | None:
    """The place named at view offset ``start`` with the places written inside it right after, before ``end``
    (马来西亚首都吉隆坡, 美国佛罗里达州: one span keyed by its last place), or that place alone."""
    found = next(((e, m) for s, e, m in art.spans if s == start and e < end and m.type == "LOC"), None)
    if found is None:
        return None
    stop, first = found
    last = first
    while True:
        word = next((c for c in art.words.capital if art.text.startswith(c, stop)), "")
        at = stop + len(word)
        inner = next(((e, m) for s, e, m in art.spans if s == at and e < end and m.type == "LOC"), None)
        if inner is None:
            break
        stop, last = inner
    if last is first:
        return first
    m = art.mention(start, stop, "LOC", "event:place-span")
    return replace(m, key=last.key or last.text)


def _venue_ends(art: _Article, at: int, end: int) -> bool:
    """Whether a venue's name ends at view offset ``at``, before the verb at ``end``: the verb itself, the
    verb of its happening (举行, 召开), a partner's preposition or whom it is for (为) follows."""
    held = art.lex.triggers["verb"].get(art.text[at:end])
    return at == end or art.words.partner.match(art.text, at) is not None or art.text.startswith("为", at) \
        or (held is not None and held.role == "occur")


# the part of the day a date ends with (6月14日下午: 下午), or ""
_DAY_PART = re.compile(f"{PART_OF_DAY}$")


def _day_part(date: str) -> str:
    """The part of the day the date ``date`` ends with (6月14日下午: 下午), or ""."""
    found = _DAY_PART.search(date)
    return found.group(0) if found else ""


# a year written in an event's name (2025年夏季达沃斯论坛, 一九九八年新年茶话会, 1998年度工作会议)
_YEAR_IN_NAME = re.compile(r"(?:\d{4}|[〇零○一二三四五六七八九]{4})年度?")


def _reviewed(text: str, year: Mention, day: str) -> bool:
    """Whether a name's year of account (2019年度民主生活会) is the year before ``day``: the meeting reviews
    the year past, held on that day of the next (6月8日召开2019年度民主生活会)."""
    return text.startswith(_OF_ACCOUNT, year.end) and "/" not in day \
        and day[:4] == str(int(year.key or "0") + 1)


def _ahead(year: Mention, day: str) -> bool:
    """Whether a name's year is the year after ``day``, a day of that year's last month: the event is named
    for the year it opens, held before it (12月19日举行2019年新年招待会)."""
    return "/" not in day and day[:4] == str(int(year.key or "0") - 1) and day[4:7] == _LAST_MONTH


# the month of a day key (2018-12-19) closing its year
_LAST_MONTH = "-12"
# what a date writes its year with (1996年, 去年): a date without it is of the year its article leads up to
_YEAR_MARK = "年"
# what makes a year a year of account, reviewed after it ends (2019年度)
_OF_ACCOUNT = "度"


def _a_year(m: Mention) -> bool:
    """Whether ``m`` is a year written with its digits and 年 (2025年, 二〇二五年; not 去年)."""
    return m.type == "DATE" and m.text.endswith("年") and m.text[0] not in "前去今本明" \
        and re.fullmatch(r"\d{4}", m.key or "") is not None


def _date(art: _Article, sent: tuple[int, int], at: int, topic: bool = True,
          named: bool = False) -> Mention | None:
    """The date of an event named at ``at``: the nearest in its clause, else the sentence's topic date;
    of an event ``named`` by a noun, not a month that opens its name (2025年1月份…集中签约仪式: which
    happening of a series it is, not its day).

    截至 dates are deadlines, and an imprecise date (近期) counts only when it opens a clause. A
    meeting only reported (``topic`` False: 6月3日，…传达学习…全会精神) is not dated by the topic date
    of the sentence that reports it.
    """
    text = art.text
    cs = _clause_past_dated_brackets(art, sent, art.clause_start(at, sent[0]))
    dates = _usable_dates(art, sent, at)
    in_clause = [d for d in dates if cs < d[1] and d[1] <= at  # (今(8)日: a date holding brackets)
                 and not (named and d[1] == at and len(d[2].key or "") == _MONTH_KEY)]
    if len(in_clause) > 1 and text[in_clause[-1][0] - 1] in _SPAN_TO \
            and _past_brackets(text, in_clause[-2][1], dates) == in_clause[-1][0] - 1:
        return in_clause[-2][2]  # 明日(9月22日)至9月28日访问…: a span left in two, from its first day
    if in_clause:
        return in_clause[-1][2]
    gone_on = _day_gone_on_from(art, sent, cs, dates)
    if gone_on is not None:
        return gone_on
    after = [d for d in dates if d[0] >= at and art.clause_start(d[0], sent[0]) == cs]
    if after and len(after[0][2].key or "") >= DAY_KEY and text[after[0][0] - 1] == _ON:
        return after[0][2]  # 5月8日,…第五次会议于5月20日召开: the day it is held on, not the sentence's
    # a date standing alone before a comma (6月13日,…) is the sentence's topic
    opening = [d for d in dates if _opens(art, d[0], d[1], sent[0], dates)]
    if topic and opening and opening[0][1] <= at and not art.words.speech.search(text, opening[0][1], cs):
        return opening[0][2]  # 近日,X发文称,…已被抓获: the date of the saying, not of what is said
    after = [d for d in after if not (_VERB_THEN.fullmatch(text, at, d[0]) and _HAN.match(text, d[1]))]
    return after[0][2] if after else None


# the length of a month's key (2025-01)
_MONTH_KEY = 7


def _clause_past_dated_brackets(art: _Article, sent: tuple[int, int], cs: int) -> int:
    """Where the clause starting at ``cs`` starts when the clauses before it in ``sent`` only say in brackets
    which day a date is (今日(3月13日)闭幕: the clause holding 今日)."""
    text = art.text
    while cs > sent[0] and text[cs - 1] in ")）":
        inner = art.clause_start(cs - 1, sent[0])
        if inner == sent[0] or text[inner - 1] not in "(（" \
                or not any((s, e) == (inner, cs - 1) for s, e, _ in art.of_type(inner, cs - 1, "DATE")):
            break
        cs = art.clause_start(inner - 1, sent[0])
    return cs


def _usable_dates(art: _Article, sent: tuple[int, int], at: int) -> list[tuple[int, int, Mention]]:
    """The dates of sentence ``sent`` that may date an event named at ``at``: not a deadline (截至6月底), not
    one a title holds, an imprecise one (近期) only opening a clause; a date without a key (no publication
    date to resolve 6月13日 against) still says when."""
    text = art.text

    def usable(s: int, m: Mention) -> bool:
        if any(text.endswith(w, sent[0], s) for w in art.words.deadline) or _titled(text, s, at):
            return False
        return m.rule != "date:imprecise" or s == art.clause_start(s, sent[0])

    return [(s, e, m) for s, e, m in art.of_type(sent[0], sent[1], "DATE") if usable(s, m)]


def _day_gone_on_from(art: _Article, sent: tuple[int, int], cs: int,
                      dates: list[tuple[int, int, Mention]]) -> Mention | None:
    """The day of the clause before the one starting at ``cs``, when that one goes on from it with a word
    that says so or a pronoun (X昨日到Y主持…,之后他探访…; …,随后调研…) or with its verb or a verb of going
    (市长王明8日率团前往上海,出席…论坛; 于17日,赶赴X参加…); not a weekday in brackets."""
    text = art.text
    before = [d for d in dates if d[1] <= cs and is_day(d[2].key) and text[d[0] - 1:d[0]] not in ("(", "（")]
    if not before:
        return None
    if art.words.lead_end(text, cs) > cs or art.words.pronoun.match(text, cs):
        return before[-1][2]
    if cs > sent[0] and before[-1][1] > art.clause_start(cs - 1, sent[0]) \
            and (art.lex.verbs.match(text, cs) is not None or text.startswith(art.words.going, cs)
                 or text.endswith(art.words.done_before, 0, cs - 1)):
        return before[-1][2]
    return None


def _arrived_for(art: _Article, when: Mention, sent: tuple[int, int], at: int) -> bool:
    """Whether the date ``when`` of sentence ``sent`` is the day of an arrival told between it and the event
    named at view offset ``at`` (6日乘专机抵达X，出席…峰会; 25日飞抵X，出席…庆祝活动): the day one arrived
    for it, not the day the event was held, which the text does not give."""
    end = next((e for _, e, m in art.of_type(sent[0], at, "DATE") if m is when), None)
    return end is not None and any(not art.text.startswith(_ON_ARRIVING, a.end(), at)
                                   for w in art.words.arriving
                                   for a in re.compile(re.escape(w)).finditer(art.text, end, at))


# what after a verb of arriving makes the arrival the time of what follows (专机抵达时，…举行欢迎仪式;
# 抵达后，会见…): the event is held on arriving, its day the arrival's
_ON_ARRIVING = ("时", "后")


def _reported(art: _Article, stop: str, name: tuple[int, int], sent: tuple[int, int]) -> bool:
    """Whether the event named at view span ``name`` is only spoken of: after a stop word that reports
    (传达学习…会议精神), before words of studying it (…会议精神) or a speech given at it (在…会上的讲话) in a
    sentence that speaks of it; not one a verb of holding in its clause says is held (召开…理论学习中心组
    学习会议)."""
    text, (start, end) = art.text, name
    stops = art.lex.triggers["stop"]
    held = any(w in text[art.clause_start(start, sent[0]):start] for w in art.words.held)
    return (stops.get(stop) is not None and stops[stop].role == "reported" and not held) \
        or art.words.studied.match(text, end) is not None \
        or _SPEECH_AT.match(text, end) is not None and not held and _spoken_of(art, sent[0], start)


def _speaker_at(art: _Article, name: tuple[int, int], sent: tuple[int, int]) -> list[Mention]:
    """The speaker who says something at the event named at view span ``name`` (郭某在例行记者会上表示:
    the last person before 在…上), none in a sentence that only speaks of it (传达…在…会上的讲话)."""
    text, (start, end) = art.text, name
    if not (text.startswith("上", end) and text.endswith("在", 0, start)) or _spoken_of(art, sent[0], start):
        return []
    return _people(art, art.clause_start(start - 1, sent[0]), start - 1)[-1:]


def _titled(text: str, i: int, at: int) -> bool:
    """Whether view offset ``i`` is inside the title of a work or document (《…二〇三五年远景目标的建议》)
    that view offset ``at`` is not in: a date of the title, not of an event named outside it."""
    opened = text.rfind("《", 0, i)
    return opened > text.rfind("》", 0, i) and not opened <= at <= text.find("》", i) % (len(text) + 1)


# what an event's name is followed by before the day it is held on (…会议于5月20日召开)
_ON = "于"
# what joins the first and the last day of a span (9月22日至28日)
_SPAN_TO = "至到"


# an act verb right before the date opening its object (观摩了2024年成果展板): the date says which, not when
_VERB_THEN = re.compile(r"[^\W\d_于在将]{1,4}?了?")


# what ends a label opening a line (发布:, 审核：)
_LABEL_MARKS = ":："
# the prepositions of where an event is held, before its venue (在市政府召开座谈会)
_AT = "在于"
# the mark of a list item or a brief opening its sentence (■6月3日，…; 一、6月3日，…; 2. 6月3日，…), or a news
# lead (本报讯9月21日上午，…; a wire's dateline and a slash: 中评社北京4月28日电/4月27日，…), or the closing
# quote of a quoted sentence before (“…共赢。”10月29日，…)
_LIST_MARK = re.compile(r"[■□●○◆◇▲△★☆•◎▶►\s]+|[一二三四五六七八九十]{1,3}、\s*|\d{1,2}[.、．]\s*"
                        r"|[”’」』\"]\s*|[\u4e00-\u9fff]{0,10}讯\s*|[\u4e00-\u9fff]{2,12}\d{1,2}月\d{1,2}日电\s*[/／]\s*")


def _modifies(text: str, end: int) -> bool:
    """Whether the trigger ending at view offset ``end`` is written as a modifier of a noun (新上映的电影,
    被收购的公司; not 是…上市的，)."""
    return text.startswith("的", end) and _HAN.match(text, end + 1) is not None


def happening(concepts: Mapping[str, Concept], type_: str) -> bool:
    """Whether events of ``type_`` are news of what happened, a type filed under one of DuEE's groups (人生,
    司法行为, 灾害/意外 …: its DuEE name starts with its broader concept's label), which news tells as a
    modifier too (刚刚退役的诺维斯基, 被抓的导演); public life's meetings and visits told so only name what
    they qualify (刚刚闭幕的大会, 来华访问的总统), their events are told elsewhere."""
    concept = concepts[type_]
    group = concepts.get(concept.broader or "")
    return group is not None and any(d.startswith(group.pref_label + "-") for d in concept.duee)


def _modifier_date(art: _Article, v: _Verb) -> Mention | None:
    """The date of an event told as a modifier (昨天发布的手机, 2014年发布的): one written right before
    it, with only 在/于 and the words of ``gap`` between; not the sentence's (8月1日，…刚刚退役的X当选…)."""
    text = art.text
    return next((m for s, e, m in art.of_type(v.clause[0], v.start, "DATE")
                 if art.words.gap.fullmatch(text, e + (text[e:e + 1] in _AT), v.start)), None)


def _opens(art: _Article, s: int, e: int, lo: int, dates: list[tuple[int, int, Mention]]) -> bool:
    """Whether the date at view span [s, e) stands alone before its sentence's words (6月13日,…;
    当地时间6日,…; 昨晚(1月5日),…; 上午9:30,…; after a list item's mark: ■6月3日,…; after a word saying it is
    earlier: 早前3月26日,…): the sentence's topic date."""
    before = art.text[art.clause_start(s, lo):s]
    while art.text[e:e + 1] == "、":  # 5月22日、23日,…: a list of days, the first one opens it
        listed = next((b for a, b, _ in dates if a == e + 1), None)
        if listed is None:
            break
        e = listed
    return (before in ("", *art.words.clock, *art.words.earlier)
            or _LIST_MARK.fullmatch(before) is not None) \
        and _CLOCK.match(art.text, _past_brackets(art.text, e, dates)) is not None


# a weekday in brackets after a date: 7月5日(星期三)
_WEEKDAY = re.compile(r"[(（](?:星期|周|礼拜)[一二三四五六日天][)）]")


def _past_brackets(text: str, i: int, dates: list[tuple[int, int, Mention]]) -> int:
    """Where the words after a date ending at ``i`` go on: past a date or a weekday in brackets after it
    (昨晚(1月5日), 7月5日(星期三)) or the bracket it closes."""
    weekday = _WEEKDAY.match(text, i)
    if weekday is not None:
        return weekday.end()
    if text[i:i + 1] in ("(", "（"):
        inner = next((e for s, e, _ in dates if s == i + 1), None)
        if inner is not None and text[inner:inner + 1] in (")", "）"):
            return inner + 1
    return i + 1 if text[i:i + 1] in (")", "）") else i


def _people(art: _Article, a: int, b: int) -> list[Mention]:
    """People named in view span [a, b), people a bare title stands for (市委书记强调: 李理) and people a
    surname alone before a title stands for (李局长: the article's one 李)."""
    out = []
    for _, e, m in art.of_type(a, b, "PER", "TITLE"):
        if m.type == "PER" and len(m.text) == 1:
            # 李局长: the one 李 named in full, else no one the event can name (宋校长)
            out.extend([art.by_surname[m.text]] if m.text in art.by_surname else [])
        elif m.type == "PER":
            out.append(m)
        elif e not in art.people and m.text in art.holders:
            out.append(art.holders[m.text])
    return out


def _listed_on(art: _Article, end: int, hi: int) -> list[Mention]:
    """The people of the clauses after view offset ``end`` (a clause's end) up to ``hi`` that only go on
    a list of titled names (会见了A公司董事长X，B集团总裁Y，C集团副总裁Z等客商): each such clause ends
    with a person's name, or with one before 等 or a group word (一行: ``events/words`` group), which
    closes the list; the first clause that says more (X表示感谢, 副市长Y参加会见, 副市长Y会见了客商Z)
    ends it."""
    text, out = art.text, []
    while end < hi and text[end] in "，,":
        stop = art.clause_end(end + 1, hi)
        named = art.of_type(end + 1, stop, "PER")
        last = named[-1][1] if named else -1
        group = art.words.group.match(text, last) if named else None
        closed = text.startswith("等", last) or (group is not None and group.end() == stop)
        if not named or (last != stop and not closed) or art.verb_at(end + 1, stop):
            break
        out += _people(art, end + 1, stop)
        if closed:
            break
        end = stop
    return out


def extract_events(view: View, mentions: list[Mention], ctx: Context,
                   holders: dict[str, Mention] | None = None,
                   presenting: list[tuple[Mention, list[Mention]]] | None = None) -> list[Event]:
    """Events of one article, in order of first mention.

    ``holders`` maps a title as written (市委书记) to the one person of the article who holds it,
    so that a title alone before a verb (市委书记主持会议) names that person. ``presenting``, when
    given, takes the trigger of each event told and those who present at it (:func:`with_presenters`).

    Sentence by sentence, nouns name events (or refer back to one), then verbs say who takes
    part and where, or make events of their own; at the end, events told twice are merged and
    a headline's event takes the date of the article's lead.
    """
    found = _Events(_Article(view, mentions, rules_of(ctx), holders, ctx.place), ctx)
    for sent in found.sentences:
        found.verb_events(sent, found.named_events(sent))
        found.speakers(sent)
        found.presenters(sent)
        found.presiding(sent)
        found.pictured(sent)
    found.members()
    if presenting is not None:
        presenting += [(d.trigger, people) for d, people in found.presenting]
    return [d.freeze() for d in found.result()]


def with_presenters(events: list[Event], presenting: list[tuple[Mention, list[Mention]]]) -> list[Event]:
    """``events`` (those kept) with the people who present at them (``presenting``: an event's trigger, the
    people): read last, so that no event is kept or merged for them."""
    out = []
    for e in events:
        known = {a.key or a.text for a in e.attendees}
        joining = {(p.key or p.text): p for t, people in presenting if t == e.trigger or t in e.mentions
                   for p in people if (p.key or p.text) not in known}
        out.append(replace(e, attendees=tuple(sorted((*e.attendees, *joining.values())))) if joining else e)
    return out


@dataclass(frozen=True)
class _Verb:
    """A trigger verb at view span [start, end) in ``clause`` of sentence ``sent`` (view spans)."""

    trigger: Trigger
    start: int
    end: int
    clause: tuple[int, int]
    sent: tuple[int, int]


class _Events:
    """The events of one article as they are found, in order of first mention."""

    def __init__(self, art: _Article, ctx: Context):
        self.art = art
        self.ctx = ctx
        self.drafts: list[_Draft] = []
        self.by_name: dict[str, _Draft] = {}
        self.by_year: dict[str, _Draft] = {}  # the events named with a year, by their names without it
        # a named event's name does not run back over a date or a person
        self.blocked = frozenset(e for _, e, m in art.spans if m.type in ("DATE", "PER"))  # (their ends)
        # ... but a year is part of it (青山市2025年工作会议, 2025年度工作会议): its end -> its start
        self.years = {e: s for s, e, m in art.spans if _a_year(m)}
        self.year = (ctx.date or "")[:4]
        self.sentences = list(sentence_spans(art.text))
        # the people of a verb of taking part that names no event told, by the view offset of the act verb
        # its clause names after it (…,并见证了X与Y签署协议: the signing's)
        self.witnessing: dict[int, tuple[list[Mention], _Draft | None]] = {}
        # the events told and those who present at them (…举行新闻发布会，A介绍…), added to the events kept
        self.presenting: list[tuple[_Draft, list[Mention]]] = []

    def current(self, type_: str) -> _Draft | None:
        """The latest event of the type's family that the article is about."""
        concepts = self.art.concepts
        if concepts[type_].broader is None:  # 陪同, 在座: whatever the article is about, but what is said
            return next((d for d in reversed(self.drafts)  # (X表示感谢: no one goes with a thanks)
                         if not d.reported and _family(concepts, d.type) != _SAID), None)
        fam = _family(concepts, type_)
        same = self.latest([d for d in reversed(self.drafts)
                            if not d.reported and _family(concepts, d.type) == fam])
        if same is not None or fam != _family(concepts, "Meeting"):
            return same  # a bare 记者会 is a press conference, not whatever was named before
        # 颁证会…出席会议: a bare 会议 may mean any gathering named before it
        return next((d for d in reversed(self.drafts) if not d.reported and d.named and not d.weak), None)

    def joinable(self, draft: _Draft) -> bool:
        """Whether people told as taking part with no event named (县领导A、B参加。) may join ``draft``: one
        not reported, of a type people take part in (``joined``: no thanks, no film: X感谢…传播出去。)."""
        return not draft.reported and _family(self.art.concepts, draft.type) in self.art.words.joined

    def parties(self, v: _Verb) -> _Draft | None:
        """The happening whose people a word for both sides opening ``v``'s clause right before it stands for
        (``parties``: 会谈后,两国元首共同见证了…的签署; …会晤,双方续签了…), or opening the clause before when
        ``v``'s goes on from it (…,并共同会见记者): the last one told with two or more taking part."""
        art, cs, lo = self.art, v.clause[0], v.sent[0]
        lead = art.words.lead_end(art.text, cs)
        said = art.words.parties.match(art.text, lead)
        if said is None and lead > cs > lo:  # 两国总理…签署,并共同会见记者
            prev = art.clause_start(cs - 1, lo)
            said = art.words.parties.match(art.text, art.words.lead_end(art.text, prev))
        elif said is not None and said.end() != v.start:
            said = None
        if said is None:
            return None
        return next((d for d in reversed(self.drafts)
                     if self.joinable(d) and len(set(d.people)) > 1), None)

    def latest(self, drafts: list[_Draft]) -> _Draft | None:
        """The first of ``drafts`` (the latest told first) held by the article's publication date, else the
        first: one held before one to come (主任会议决定,…第五次会议于5月20日召开。X主持会议: the meeting that
        decided it)."""
        return next((d for d in drafts if not self.to_come(d)), None) or next(iter(drafts), None)

    def to_come(self, draft: _Draft) -> bool:
        """Whether ``draft`` is dated after the article's publication date (a meeting to be held)."""
        day = (draft.when.key or "")[:DAY_KEY] if draft.when is not None else ""
        return len(day) == DAY_KEY and bool(self.ctx.date) and day > (self.ctx.date or "")

    def named(self, draft: _Draft, another: Callable[[_Draft], bool] = lambda d: False) -> _Draft:
        """The article's event of that name, a year in it or not (1998年新年音乐会 ... 新年音乐会):
        ``draft`` when it is the first, or when the one found is ``another`` (held on another day)."""
        name = draft.name
        bare = _YEAR_IN_NAME.sub("", name)
        found = self.by_name.get(name) or self.by_name.get(bare) if bare != name \
            else self.by_name.get(name) or self.by_year.get(name)
        # (X宣布宪法宣誓仪式开始: the name a verb of its own runs into, of the ceremony named before)
        found = found or next((d for told, d in self.by_name.items()
                               if len(told) < len(name) and name.endswith(told)
                               and opens_with_verb(name, 0, len(name) - len(told))), None)
        if found is not None and not another(found):
            return found
        self.by_name[name] = draft
        if bare != name:
            self.by_year.setdefault(bare, draft)
        self.drafts.append(draft)
        return draft

    # -- nouns ------------------------------------------------------------------------------------

    def named_events(self, sent: tuple[int, int]) -> list[tuple[int, int, _Draft]]:
        """The events the nouns of ``sent`` name or refer to, with the view span of each name."""
        out = []
        for run in _noun_runs(self.art, sent):
            hit = self.noun_event(run, sent)
            if hit is not None:
                out.append(hit)
        return out

    def noun_event(self, run: list[re.Match[str]], sent: tuple[int, int]) -> tuple[int, int, _Draft] | None:
        """The event a run of adjacent nouns names: a new one, the one named so, or the current one."""
        art, text = self.art, self.art.text
        head = run[-1]
        trig = art.lex.triggers["noun"][head.group(0)]
        start, stop = _name_start(art, run[0].start(), sent[0], self.blocked, self.years)
        end = head.end()
        prefix = text[start:run[0].start()]
        if _names_no_event(art, trig, head.group(0), prefix, (start, end), sent):
            return None
        name = re.sub(r"[“”\"' ]", "", text[start:end])
        reported = _reported(art, stop, (start, end), sent)
        # a bare 会议 refers back; a bare 颁证会 or 签约仪式 is still a kind of event of its own
        generic = (name == head.group(0) and name in art.words.bare) or prefix in art.words.refer_noun
        ev_mention = art.mention(start, end, "EVENT", trig.id, name)
        org = self.occurring_org(start, sent) if name == head.group(0) else None
        told = self.told_as(trig, name) if name == head.group(0) and org is None else None
        if told is not None and self.held_another_day(told, start, sent):
            told = None  # (6月12日,举行吹风会。6月14日,举行吹风会: two)
        if told is not None:
            draft = told
            draft.when = draft.when or _date(art, sent, start, topic=not reported)
        elif generic or org is not None:
            bare = self.bare_noun_event(trig, (start, end), ev_mention, org, reported, sent)
            if bare is None:
                return None
            draft = bare
        else:
            # (6月10日,X举行政策例行吹风会。6月11日,X举行政策例行吹风会: two briefings)
            draft = self.named(_Draft(trig.type, name, ev_mention, trig.id, 0.9, art.view.to_source(*sent),
                                      organizer=_org_at(art, start, end, self.ctx), reported=reported),
                               lambda d: self.held_another_day(d, start, sent))
            draft.reported = draft.reported and reported
            if draft.when is None:
                self.date_named(draft, (start, run[0].start()), sent, reported)
        draft.mentions.append(ev_mention)
        if not draft.reported:
            for p in _speaker_at(art, (start, end), sent):
                draft.add(p)
        return start, end, draft

    def held_another_day(self, told: _Draft, start: int, sent: tuple[int, int]) -> bool:
        """Whether the noun at view offset ``start``, naming again an event of ``told``'s kind, follows a verb
        of holding in a sentence dated another day than ``told``: one more held (…举行吹风会。6月14日,X举行
        吹风会), not ``told`` again."""
        art = self.art
        if not art.text.endswith(art.words.held, sent[0], start) or told.when is None:
            return False
        when = _date(art, sent, start)
        if when is None or not is_day(when.key) or not is_day(told.when.key):
            return False
        parts = [_day_part(m.text) for m in (when, told.when)]
        return when.key != told.when.key or all(parts) and parts[0] != parts[1]  # (6月14日上午, …下午)

    def told_as(self, trig: Trigger, name: str) -> _Draft | None:
        """The event already told that a bare noun ``name`` of ``trig`` names again: one of its kind
        (论坛…开幕。开幕式后,…) or whose joint name opens with it (…开馆仪式暨新书发布会。仪式由X主持), else,
        for a part of a session, the session told (…高峰论坛在德州召开。…出席开幕式)."""
        art = self.art
        told = self.latest([d for d in reversed(self.drafts)
                            if (d.type == trig.type or _first_part(d.name).endswith(name))
                            and d.named and not d.reported and not d.weak])
        if told is None and trig.type in _PARTS:
            told = next((d for d in reversed(self.drafts) if d.named and not d.reported and not d.weak
                         and _family(art.concepts, d.type) == _SESSION), None)
        return told

    def date_named(self, draft: _Draft, name: tuple[int, int], sent: tuple[int, int], reported: bool) -> None:
        """Date the event newly named by a noun (``reported``: only spoken of), its name's words before the
        noun at view span ``name``: by its sentence's time, unless a year in its name says otherwise (她拿起
        1950年…会议的照片; 3月25日至27日,…出席2019年迎春宴会: a day of the trip, which one untold); one of
        another year told with 年 is a past event, not the one reported (在1996年…会议上提出; 11月11日 in a
        paper of the next January is the news's own day, its year the reader's guess)."""
        art = self.art
        draft.when = _date(art, sent, name[0], topic=not reported, named=True)
        year = next((m for _, _, m in art.of_type(*name, "DATE") if _a_year(m)), None)
        day = (draft.when.key or "") if draft.when is not None else ""
        if year is not None and (not day.startswith(year.key or "-") or "/" in day) \
                and not _reviewed(art.text, year, day) and not _ahead(year, day):
            draft.when = year
        if draft.when is not None and self.year and draft.when.key[:4] not in ("", self.year) \
                and _YEAR_MARK in draft.when.text:
            draft.reported = True
        if draft.when is not None and _arrived_for(art, draft.when, sent, name[0]):
            draft.when, draft.day_untold = None, True

    def occurring_org(self, start: int, sent: tuple[int, int]) -> Mention | None:
        """The organisation before an occur verb right before a bare noun (市委常委会召开|会议), perhaps
        with the date between (市人大常委会4月28日召开会议)."""
        art = self.art
        verb = next((w for w, t in art.lex.triggers["verb"].items()
                     if t.role == "occur" and art.text.startswith(w, start - len(w))), None)
        if verb is None:
            return None
        end = start - len(verb)
        date = art.ending_at(end, "DATE")
        if date is not None and date[0] > sent[0]:
            end = date[0]
        org = _org_before(art, end, sent[0], self.ctx) or _delegation_before(art, end, sent[0])
        at = art.view.to_view(org.start) if org is not None else 0
        # (在安阳市中级人民法院召开座谈会: the venue, not who holds it)
        return None if at > 0 and art.text[at - 1] in _AT else org

    def bare_noun_event(self, trig: Trigger, span: tuple[int, int], ev_mention: Mention,
                        org: Mention | None, reported: bool, sent: tuple[int, int]) -> _Draft | None:
        """The event a bare noun at view ``span`` stands for: named by ``org`` (市委常委会召开会议),
        the current event, or a weak event of its own (None when it is only reported)."""
        art = self.art
        src_sent = art.view.to_source(*sent)
        draft = None
        if org is not None:
            full = org.text + ev_mention.key
            draft = self.named(_Draft(
                trig.type, full, art.mention(art.view.to_view(org.start), span[1], "EVENT", trig.id, full),
                trig.id, 0.8, src_sent, organizer=org), lambda d: self.held_another_day(d, span[0], sent))
            if draft.when is None:
                draft.when = _date(art, sent, span[0])
        elif not reported:
            draft = self.current(trig.type)
        if draft is None and not reported:
            draft = _Draft(trig.type, ev_mention.key, ev_mention, trig.id, 0.6, src_sent, weak=True,
                           when=_date(art, sent, span[0]))
            self.drafts.append(draft)
        return draft

    # -- verbs ------------------------------------------------------------------------------------

    def verb_events(self, sent: tuple[int, int], named: list[tuple[int, int, _Draft]]) -> None:
        """Read the trigger verbs of ``sent``, whose ``named`` events are known."""
        for match in self.art.lex.verbs.finditer(self.art.text, *sent):
            self.verb_event(match, sent, named)

    def verb_event(self, match: re.Match[str], sent: tuple[int, int],
                   named: list[tuple[int, int, _Draft]]) -> None:
        """What a trigger verb says: who takes part in which event and where, or an event of its own."""
        art = self.art
        if not _is_trigger_verb(art, match, sent, named):
            return
        va, vb = match.span()
        v = _Verb(art.reading(match, sent), va, vb,
                  (art.clause_start(va, sent[0]), art.clause_end(vb, sent[1])), sent)
        if v.trigger.role == _ATTEND and _modifier_clause(art, v):
            return  # A、B，参加…会议的常委会组成人员…参加了宣誓活动: who they are, not what they attend
        people, both = self.verb_people(v)
        target = _named_target(art, v, named)
        also: list[_Draft] = []
        if v.trigger.role == "act" and target is None:
            target = self.act_target(v, people, named)
        elif v.trigger.role in ("chair", _ATTEND):
            target, also = self.attended(v, target, people, both)
        if target is None:
            return
        if both is not None:  # …会谈。会谈后,双方签署了…: on the talks' day, there
            target.when = target.when or both.when
            target.place = target.place or both.place
        for d in (target, *also):
            self.take_part(d, v, people)

    def verb_people(self, v: _Verb) -> tuple[list[Mention], _Draft | None]:
        """The people who take part in what the trigger verb ``v`` tells, and the event of two parties they
        are the parties of (会谈后,两国元首共同会见记者: the talks) or whose act they witnessed, or None."""
        art, text, trig, sent = self.art, self.art.text, v.trigger, v.sent
        start = v.clause[0] if trig.role == "chair" and _people(art, v.clause[0], v.start) \
            else _list_start(art, v.clause[0], sent[0])  # (市长王强，主持召开…: the name before the comma)
        both = self.parties(v)  # 会谈后,两国元首共同会见记者: the people of the talks
        people = (both.people if both is not None else []) or _people(art, start, v.start) \
            or _went_before(art, v) or _pronoun_subject(art, v) or _people_told(art, v) \
            or _subject_before(art, v) or _subject_of_first_act(art, v)
        witnesses, witnessed = self.witnessing.pop(v.start, ([], None))  # (…见证了…) 签署: who witnessed it
        people, both = people + [p for p in witnesses if p not in people], both or witnessed
        if start == sent[0] and people and trig.role != "chair":  # A市市长X;B市市长Y出席: X too
            people = _people(art, _lists_before(art, start), start) + people
        at = _goes_on_at(art, v)
        if people and at is not None and partner_opens(text, at, art.words):
            # …访问德国慕尼黑,与慕尼黑市长李刚举行会谈: the partner named, and the one who went there
            went = _went_before(art, v)
            people = went + [p for p in people if p not in went]
        people = people + [p for p in _witnesses(art, v) if p not in people]
        joining = trig.role == "act" and trig.word.startswith(art.words.joining)  # 同机抵达的还有A、B
        listed = art.words.listed_after.match(text, v.end) if trig.role == _ATTEND or joining else None
        if listed is not None:  # 出席会议的领导有:A、B: the people listed after it take part
            people = people + _people(art, listed.end(), sent[1])
        return people, both

    def act_target(self, v: _Verb, people: list[Mention],
                   named: list[tuple[int, int, _Draft]]) -> _Draft | None:
        """The event the act verb ``v``, with no named event of its own, tells ``people`` take part in: one
        told before that it joins or refers to, the named event it makes happen, or a new one; None when
        it tells none, or when it has been read here (joined, a twin's word, one each)."""
        art, text, trig = self.art, self.art.text, v.trigger
        joined = self.joins(v) if people else None
        if joined is not None:
            self.take_part(joined, v, people)  # …会见许记中一行,王明科一同会见: they join it
            return None
        if _activity_told(art, v) and (told := self.current(trig.type)) is not None:
            return told  # 此次活动,看望慰问了A、B等运动员: the visit already told
        if not _acts(art, v, people):
            return None
        target = None
        if any(text.endswith(w, v.clause[0], v.start) or text[v.clause[0]:v.start].startswith(w)
               for w in art.words.refer):
            target = self.current(trig.type)  # 此次签约: the signing already reported
        elif text.startswith("时", v.end):  # 会见时在座: during the reception reported
            target = next((d for d in reversed(self.drafts) if d.type == trig.type and not d.reported), None)
        twin = next((d for d in self.drafts if d.type == trig.type and not d.named
                     and art.view.to_view(d.trigger.end) == v.start), None)
        if target is None and twin is not None:  # 游行示威: two words of one event written together
            twin.mentions.append(art.mention(v.start, v.end, "EVENT", trig.id, twin.name))
            return None
        if target is None and len(people) > 1 \
                and SEPARATELY.search(text, art.view.to_view(people[-1].end), v.start):  # 分别(在北京)会见
            for p in people:  # 甲、乙分别访问中国: one visit each
                self.take_part(self.act_event(v, p), v, [p])
            return None
        return target or self.named_subject(v, named) or self.act_event(v)

    def attended(self, v: _Verb, target: _Draft | None, people: list[Mention],
                 both: _Draft | None) -> tuple[_Draft | None, list[_Draft]]:
        """The event the verb of chairing or taking part ``v`` (主持, 参加) names, ``target`` when it names
        one, and the other events it names with it; None when it names none, or when ``people`` take part in
        the act told after it (…,并共同见证了X与Y签署协议: read at that act)."""
        art, text, trig = self.art, self.art.text, v.trigger
        target, also = self.act_named(v, target)
        if trig.role == _ATTEND:
            target, also = self.activity_named(v, target, also)
        if target is None:
            target = self.current(trig.type)
        if target is None and trig.role == _ATTEND and _NO_OBJECT.match(text, v.end):
            target = self.taken_part_in(v.sent)  # …会见了X一行。县领导A、B等参加。
        act = _act_after(art, v) if target is None and trig.role == _ATTEND and people else None
        if act is not None:  # …,并共同见证了X与Y签署协议: they take part in the signing told next
            self.witnessing[act] = (people, both)
            return None, []
        if target is not None and trig.role == _ATTEND and _family(art.concepts, trig.type) == _CEREMONY \
                and _family(art.concepts, target.type) != _CEREMONY:
            # 在主任会议的组织下,新任命人员进行了宪法宣誓: a ceremony's part, none of the session's; so a
            # signing's (…召开居民大会。A在承诺书上签字: no attendee of the meeting)
            return None, []
        return target, also

    def act_named(self, v: _Verb, target: _Draft | None) -> tuple[_Draft | None, list[_Draft]]:
        """The event an act verb right after the verb of taking part ``v`` names (参加了会见, 出席签约),
        with those of the acts listed after it (参加会见和签约活动: each act listed); for a verb of
        attending, talks of no event told are those of the happening told last (…拜会财政部…。A、B参加
        会谈). ``target`` and none when no act follows."""
        art, text = self.art, self.art.text
        verbs = art.lex.triggers["verb"]
        gap = v.end + text.startswith("了", v.end)  # 参加(了)(部分)调研活动
        gap += len(next((w for w in art.words.partly if text.startswith(w, gap)), ""))
        follow = re.match(r"(" + art.lex.verbs.pattern + ")", text[gap:gap + 6])
        if follow is None:
            return target, []
        also: list[_Draft] = []
        if verbs[follow.group(1)].role == "act":
            target = self.current(verbs[follow.group(1)].type)
            also = [d for d in (self.current(verbs[w].type) for w in self.acts_listed(gap + follow.end()))
                    if d is not None and d is not target]
        if target is None and v.trigger.role == _ATTEND:
            target = next((d for d in reversed(self.drafts)
                           if not d.reported and _family(art.concepts, d.type) in art.words.talks_in), None)
        return target, also

    def activity_named(self, v: _Verb, target: _Draft | None,
                       also: list[_Draft]) -> tuple[_Draft | None, list[_Draft]]:
        """The happenings an attend verb ``v`` takes part in by the activity it names after it, when no act
        names one (``target`` None): every one told before (参加上述活动, those told with no one and no day
        left in passing) or the one told last (参加活动); the one told whose name holds the act named
        (…举行宪法宣誓仪式。…A、B参加了宣誓活动) whatever else names one."""
        art, text = self.art, self.art.text
        if target is None and art.words.all_told.match(text, v.end):
            also = [d for d in self.drafts if self.joinable(d) and (d.people or d.when is not None)]
            target = also.pop() if also else None
        if target is None and art.words.activity.match(text, v.end):
            target, also = self.activity_told()
        named_act = _NAMED_ACTIVITY.match(text, v.end)
        if named_act is not None and art.words.activity.fullmatch(text, named_act.end(1), named_act.end()):
            target = next((d for d in reversed(self.drafts)
                           if not d.reported and named_act.group(1) in d.name), target)
        return target, also

    def activity_told(self) -> tuple[_Draft | None, list[_Draft]]:
        """The happening an attend verb before 活动 takes part in (…调研。X参加活动): the one told last (not
        one told again with nothing of its own: …递交国书。…依次向X递交国书。…Y参加上述活动), and those its
        sentence tells with it on its day (…会见X一行，并出席…签约活动。Y参加活动: both)."""
        target = next((d for d in reversed(self.drafts) if self.joinable(d) and not (
            d.when is None and d.place is None
            and any(o is not d and o.trigger.text == d.trigger.text for o in self.drafts))), None)
        also = [d for d in self.drafts if target is not None and d is not target and not d.reported
                and d.sentence == target.sentence and d.type != target.type
                and d.when is not None and d.when == target.when]
        return target, also

    def taken_part_in(self, sent: tuple[int, int]) -> _Draft | None:
        """The happening an attend verb with no object in ``sent`` takes part in (…会见了X一行。县领导A、B等
        参加。): the last told with someone taking part, as 陪同 joins, or one told in the sentence right
        before (…来我区开展集中视察活动。A、B等人大代表参加。)."""
        art = self.art
        before = self.sentence_before(sent)
        target = next((d for d in reversed(self.drafts)
                       if self.joinable(d) and (d.named or d.attendees or d.chair)), None)
        if target is None or art.view.to_view(target.trigger.start) < before[0]:
            target = next((d for d in self.drafts if self.joinable(d)
                           and before[0] <= art.view.to_view(d.trigger.start) < before[1]), target)
        return target

    def acts_listed(self, at: int) -> list[str]:
        """The act verbs listed after view offset ``at`` (the end of the first act an attend verb names),
        each after a list's 和, 及 or 、 (参加会见和签约活动: 签约)."""
        art, out = self.art, []
        verbs = art.lex.triggers["verb"]
        while (joined := AND.match(art.text, at)) is not None:
            act = art.lex.verbs.match(art.text, joined.end())
            if act is None or verbs[act.group(0)].role != "act":
                break
            out.append(act.group(0))
            at = act.end()
        return out

    def sentence_before(self, sent: tuple[int, int]) -> tuple[int, int]:
        """The sentence right before ``sent`` (an empty span for the first)."""
        at = next((i for i, s in enumerate(self.sentences) if s == sent), 0)
        return self.sentences[at - 1] if at > 0 else (0, 0)

    def joins(self, v: _Verb) -> _Draft | None:
        """The event of its sentence or the sentence before that the act verb ``v`` joins, written right
        after a word of joining (``joining``: 一同会见, 一同看望) with no partner before it in its clause
        (李明与张强一同会见…: an act of their own), or None."""
        art, text = self.art, self.art.text
        word = next((w for w in art.words.joining if text.endswith(w, v.clause[0], v.start)), None)
        opening = next((w for w in art.words.joining if v.trigger.word.startswith(w)), None)
        if opening is not None:  # 同机抵达的还有A、B: the last act told by the rest of its word (专机抵达)
            acts = [d for d in reversed(self.drafts) if d.type == v.trigger.type and not d.reported]
            return next((d for d in acts if d.trigger.text.endswith(v.trigger.word[len(opening):])),
                        acts[0] if acts else None)  # (飞抵乌鲁木齐。…同机抵达的还有…: the last of its type)
        if word is None or art.words.partner.search(text, v.clause[0], v.start - len(word)):
            return None
        told = self.current(v.trigger.type)
        if told is None or told.type != v.trigger.type:
            return None
        return told if art.view.to_view(told.trigger.start) < v.start else None

    def named_subject(self, v: _Verb, named: list[tuple[int, int, _Draft]]) -> _Draft | None:
        """The named event an act verb says happened (2022青山论坛在青山开幕: the forum's opening), which
        becomes an event of the verb's type: one event, not a forum and its opening. It is written
        before the verb in its clause with only a date, a place after 在/于 or adverbs (隆重) between. A
        meeting named in an earlier sentence and referred to here (…第一次会议召开。…大会胜利开幕) stays a
        meeting: the opening is a part of the session."""
        art = self.art
        before = [(a, b, d) for a, b, d in named if v.clause[0] <= a and b <= v.start]
        if not before:
            return None
        _, b, d = before[-1]
        gap = art.text[b:v.start]
        for s, e, _ in reversed(art.of_type(b, v.start, "DATE")):
            gap = gap[:s - b] + gap[e - b:]
        gap = art.words.amid.sub("", gap)  # 在雄壮的国歌声中开幕: how it opened, not where
        if d.reported or not (art.words.gap.fullmatch(gap) or gap[:1] in _AT and _place(art, b, v.start)):
            return None  # 议息会议将宣布降息, 在大会上公布: the event is no subject of the verb
        told_before = art.view.to_view(d.trigger.start) < v.sent[0]
        if d.type == _SESSION and (told_before or v.trigger.type == _CLOSING):
            # …第一次会议胜利召开。…大会胜利开幕: the session named before, its opening a part of it; …第一次
            # 会议在X闭幕: the session, held at X (its closing no event of its own: kg.extract.facts._ends)
            return d
        trig = v.trigger
        d.type, d.rule = trig.type, trig.id
        d.trigger = art.mention(v.start, v.end, "EVENT", trig.id, d.name)
        d.mentions.append(d.trigger)
        return d

    def act_event(self, v: _Verb, agent: Mention | None = None) -> _Draft:
        """An event known only from an act verb: its name runs from the one who acts (``agent`` when
        given) to the end of the verb's object."""
        art, text = self.art, self.art.text
        cs, ce = v.clause
        agents = art.of_type(cs, v.start, "PER", "ORG")
        if agent is not None:
            start = art.view.to_view(agent.start)
        elif agents:
            start = agents[-1][0] if agents[-1][2].type == "PER" else agents[0][0]
        else:
            start = cs
        object_end = art.words.object_end.search(text, v.end, ce)
        end = object_end.start() if object_end else ce
        name = _DATELINE_HEAD.sub("", re.sub(r"\s+", "", text[start:end]))[:_MAX_NAME]
        if agent is not None:  # 甲、乙分别访问中国: 甲访问中国, 乙访问中国
            name = agent.text + re.sub(r"\s+", "", text[v.start:end])[:_MAX_NAME]
        elif any(d.name == name for d in self.drafts):  # 立案处罚3家: two acts of one clause, named apart
            name = re.sub(r"\s+", "", text[v.start:end])[:_MAX_NAME]
        trig = v.trigger
        draft = _Draft(trig.type, name, art.mention(v.start, v.end, "EVENT", trig.id, name), trig.id, 0.7,
                       art.view.to_source(*v.sent), when=_modifier_date(art, v) if _modifies(text, v.end)
                       else _date(art, v.sent, v.start), named=False,
                       headline=text[v.sent[1] - 1] not in "。!?;")
        draft.mentions.append(draft.trigger)
        self.drafts.append(draft)
        return draft

    def speakers(self, sent: tuple[int, int]) -> None:
        """The people who speak at the meeting told before, in a sentence that refers to it by 会上 (县长李刚
        在会上强调; 会上,县长李刚作重要讲话) or that it opens hearing reports (``hearing``: 会议听取了副县长A
        关于…的报告): they take part in it."""
        art, text = self.art, self.art.text
        heard = art.words.hearing.match(text, sent[0])
        # 会议听取了副县长A关于…的报告: who reports at the session told with its day (not one only named)
        session = next((d for d in reversed(self.drafts) if not d.reported and d.when is not None
                        and _family(art.concepts, d.type) == _SESSION
                        and art.view.to_view(d.trigger.start) < sent[0]), None) if heard else None
        if heard is not None and session is not None:
            for _, e, m in art.of_type(heard.end(), sent[1], "PER"):
                if text.startswith(_REPORTING, e):
                    session.add(m)
        self.at_event_told(sent)
        told = self.current(_SESSION)
        if told is None or art.view.to_view(told.trigger.start) >= sent[0]:
            return
        for said in art.words.said_at_meeting.finditer(text, *sent):
            if said.group(1) is not None:  # X在会上强调: who speaks is before it
                who = _people(art, art.clause_start(said.start(), sent[0]), said.start())[-1:]
            else:  # 会上,X作重要讲话: who speaks is in the clause after it
                who = _people(art, said.end(), art.clause_end(said.end(), sent[1]))
                if not art.words.speaking.search(text, said.end(), art.clause_end(said.end(), sent[1])):
                    who = []
            for p in who:
                told.add(p)
        self.reporter(sent, told)

    def presenters(self, sent: tuple[int, int]) -> None:
        """The people the clause right after the one telling the sentence's last event names before a verb of
        speaking (``speaking``: …举行新闻发布会，副市长A介绍有关情况): they present at it, so take part, once
        the events kept are known (:func:`with_presenters`: an event no one was told at is not kept for
        them); not one whose speech the clause names (传达学习A重要讲话精神)."""
        art, text = self.art, self.art.text
        told = next((d for d in reversed(self.drafts) if not d.reported
                     and sent[0] <= art.view.to_view(d.trigger.start) < sent[1]), None)
        if told is None:
            return
        end = art.clause_end(art.view.to_view(told.trigger.end), sent[1])
        if text[end:end + 1] not in ("，", ","):
            return
        said = art.words.speaking.search(text, end + 1, art.clause_end(end + 1, sent[1]))
        if said is None:
            return
        people = art.of_type(end + 1, said.start(), "PER")
        if people and not art.words.speech_of.search(text, people[-1][1], said.start()):
            self.presenting.append((told, [p for _, _, p in people]))

    def presiding(self, sent: tuple[int, int]) -> None:
        """The people a sentence names with a role presiding over a session's sitting (``presiding``:
        担任大会执行主席的有:A、B; 本次会议执行主席由A、B担任; 主席团常务主席为A、B): they take part in the
        session told before it, or in its opening: the last with someone taking part, else the last dated
        (not a name told in passing: …主席团举行第一次会议。内蒙古自治区第十三届人民代表大会…)."""
        art = self.art
        if art.words.presiding.search(art.text, *sent) is None:
            return
        told = [d for d in reversed(self.drafts) if not d.reported
                and (_family(art.concepts, d.type) == _SESSION or d.type in _PARTS)
                and art.view.to_view(d.trigger.start) < sent[0]]
        session = next((d for d in told if d.chair or d.attendees), None) \
            or next((d for d in told if d.when is not None), None)
        if session is not None:
            for _, _, m in art.of_type(*sent, "PER"):
                session.add(m)

    def pictured(self, sent: tuple[int, int]) -> None:
        """The people a photo's caption opening ``sent`` names from one side (``caption``: 左起：A、B、C;
        前排左起为A、B): they take part in the event the article tells before it, the last one dated (not a
        mention of it told again, which would no longer fold into it)."""
        caption = self.art.words.caption.match(self.art.text, sent[0])
        if caption is None:
            return
        told = next((d for d in reversed(self.drafts) if d.when is not None and not d.reported), None) \
            or self.current(_TOP)
        if told is not None and self.art.view.to_view(told.trigger.start) < sent[0]:
            for p in _people(self.art, caption.end(), sent[1]):
                told.add(p)

    def reporter(self, sent: tuple[int, int], told: _Draft) -> None:
        """The people opening a sentence who report or speak (``reporting``: 政协主席赵敏作常委会工作报告,
        县委书记王明作重要讲话) right after the sentence that tells the meeting ``told``: they take part."""
        art, text = self.art, self.art.text
        before = self.sentence_before(sent)
        if not before[0] <= art.view.to_view(told.trigger.start) < before[1] or text[before[1] - 1:sent[0]] \
                .count("\n"):
            return
        end = art.clause_end(sent[0], sent[1])
        said = art.words.reporting.search(text, sent[0], end)
        if said is None:
            return
        who = _people(art, sent[0], said.start())
        if who and art.view.to_view(who[-1].end) == said.start() and _names_only(art, sent[0], said.start()):
            for p in who:
                told.add(p)

    def at_event_told(self, sent: tuple[int, int]) -> None:
        """The people of the clause after a told event's name and 上 opening the sentence (…参加欢迎晚宴。
        欢迎晚宴上,A向B、C介绍了…): they take part in it (the event named by a noun)."""
        art = self.art
        opened = art.at_event.match(art.text, sent[0], sent[1])
        if opened is None:
            return
        name = opened.group(1)
        told = next((d for d in reversed(self.drafts) if d.named and not d.reported and d.name.endswith(name)
                     and art.view.to_view(d.trigger.start) < sent[0]), None)
        if told is not None:
            for p in _people(art, opened.end(), art.clause_end(opened.end(), sent[1])):
                told.add(p)

    def take_part(self, target: _Draft, v: _Verb, people: list[Mention]) -> None:
        """Give ``target`` what the verb ``v`` says of it: place and organiser, chair, attendees."""
        art, trig = self.art, v.trigger
        cs, ce = v.clause
        if trig.role in ("occur", "organize", "act", "attend", "chair"):  # 在人民大会堂出席, 在X主持召开
            target.place = nearer_place(target.place, _place(art, cs, v.start))
        if trig.role in ("occur", "organize", "act", "attend"):
            if trig.role == "act" and target.place is None:
                target.place = _came_short(art, v.start)  # 来深考察
            if target.organizer is None:
                org = _org_before(art, v.start, cs, self.ctx)
                if org is None and trig.role in ("organize", "act"):
                    # the last body before the verb, unless a person acts after it
                    agents = art.of_type(cs, v.start, "PER", "ORG")
                    org = agents[-1][2] if agents and agents[-1][2].type == "ORG" else None
                target.organizer = org
        if trig.role == "act" and trig.type in ("Reception", "Visit"):
            # 会见X: both sides take part, and the guests listed after X (会见A公司董事长X，B集团总裁Y等客商)
            people = people + _people(art, v.end, ce) + _listed_on(art, ce, v.sent[1])
        if trig.role in ("occur", "organize") and _family(art.concepts, target.type) == _CEREMONY:
            people = people + _welcomed(art, ce, v.sent[1])  # 举行宴会，欢迎X和夫人Y: its guests
        people = [p for p in people if not _mourned(art, target, p)]  # 张明同志遗体告别仪式…举行: not 张明
        if target.chair is None and _convenes(art, target, v, people):
            target.chair = people[0]
        if trig.role == "chair" and people:
            target.chair = target.chair or people[-1]
            deleg = re.search(r"受([^,，。]*?)委托", art.text[v.sent[0]:v.start])
            if deleg:
                who = _people(art, v.sent[0] + deleg.start(1), v.sent[0] + deleg.end(1))
                if who:
                    target.delegated_by = who[-1]
            people = people[-1:]
        for p in people:
            target.add(p)

    # -- the article ------------------------------------------------------------------------------

    def members(self) -> None:
        """The members a sentence names for a delegation (代表团成员有A、B; A、B等代表团成员; 考察团由…组成,
        会长A任领队,B、C担任副领队: ``delegation``, ``members-open`` and ``members-close`` of
        ``events/words``) take part in what the delegation does: the events told in a sentence naming it,
        and those one of its members takes part in, but for headlines' and changes of posts."""
        art = self.art
        for sent in self.sentences:
            for m in art.words.members_open.finditer(art.text, *sent):
                self.join(m.group(1), _people(art, m.end(), sent[1]))
            for m in art.words.members_close.finditer(art.text, *sent):
                start = _list_start(art, art.clause_start(m.start(), sent[0]), sent[0])
                self.join(m.group(1), _people(art, start, m.start()))

    def join(self, delegation: str, members: list[Mention]) -> None:
        """Add ``members`` to the events the delegation named ``delegation`` does (:meth:`members`)."""
        keys, view = {p.key or p.text for p in members}, self.art.view
        for d in self.drafts:
            told = {s for s in self.sentences for m in d.mentions if s[0] <= view.to_view(m.start) < s[1]}
            present = d.people
            takes_part = any((p.key or p.text) in keys for p in present)
            if d.reported or d.headline or _family(self.art.concepts, d.type) == _CHANGE:
                continue  # (a headline's event is the one its body tells; 会长A任领队 appoints nobody)
            if takes_part or any(delegation in self.art.text[a:b] for a, b in told):
                for p in members:
                    d.add(p)

    def result(self) -> list[_Draft]:
        """The events found, merged, those known of kept; a headline's event dated by the lead."""
        art = self.art
        drafts = [d for d in _merge(self.drafts, art)
                  if not d.weak or d.chair or d.attendees or d.organizer or d.place]
        # a headline's event happened on the date of the article's lead: the first date written, but for a
        # dateline's when another follows (中国侨网7月31日电 …,7月25日,…: the day the lead tells)
        dated = [(s, e, m) for s, e, m in art.spans if m.type == "DATE" and m.key
                 and not any(art.text.endswith(w, 0, s) for w in art.words.deadline)]
        first = next(((s, m) for s, e, m in dated if not _DATELINE_MARK.match(art.text, e)),
                     (dated[0][0], dated[0][2]) if dated else None)
        head_end = art.text.find("\n")
        in_headline = head_end > 0 and not any(c in art.text[:head_end] for c in "。！？!?")
        for d in drafts:
            if d.when is not None and in_headline and art.view.to_view(d.trigger.end) <= head_end \
                    and d.trigger.start <= d.when.start <= d.when.end <= d.trigger.end:
                # 2024年全区干部大会召开 / 2月26日,2024年全区干部大会召开: the year in a headline event's
                # name is no day; the first day of that year the article writes after it is
                year = d.when.key or "-"
                after = art.view.to_view(d.trigger.end)
                day = next((m for s, e, m in art.spans if m.type == "DATE" and is_day(m.key)
                            and s >= after and (m.key or "").startswith(year)), None)
                d.when = day or d.when
            if d.when is None and d.day_untold:
                continue
            if d.when is None and first is not None and art.view.to_view(d.trigger.end) <= first[0]:
                d.when = first[1]
            elif d.when is None and not d.reported and (d.attendees or d.chair or d.place):
                d.when = self.paragraph_date(art.view.to_view(d.trigger.start))
        return drafts

    def paragraph_date(self, at: int) -> Mention | None:
        """The date opening the paragraph that holds view offset ``at`` (4月1日下午,…), or the last day
        opening one of its sentences before ``at`` (春风浩荡满目新。2月27日,…签约仪式举行。…会见…): an undated
        event of a later sentence of the paragraph happened that day too. With none, a sentence naming the
        group told before (代表和选民一行在…进行了实地查看, 陪同X一行参观) acts on the one day the article
        tells (:meth:`only_day`)."""
        art, text = self.art, self.art.text
        sent = next((s for s in self.sentences if s[0] <= at < s[1]), (at, at))
        if _spoken_of(art, sent[0], at):
            return None  # 会议传达了…在我市调研期间的要求: an event only spoken of, on a day not told
        para = text.rfind("\n", 0, at) + 1
        found = None
        for n, lead in enumerate(s for s in self.sentences if s[1] > para and s[1] <= sent[0]):
            dates = art.of_type(lead[0], lead[1], "DATE")
            found = next((m for s, e, m in dates if m.key and (n == 0 or len(m.key) == 10)
                          and _opens(art, s, e, lead[0], dates)), found)
        if found is None and art.words.group.search(text, sent[0], at):
            return self.only_day(para)
        return found or self.dateline_day(para, art.clause_start(at, sent[0]), at)

    def dateline_day(self, para: int, clause: int, at: int) -> Mention | None:
        """The day of the dateline opening the paragraph at view offset ``para`` (新华社北京6月5日电 国家主席
        X会见…: the dispatch tells what happened that day), for an event at ``at`` its clause (from
        ``clause``) does not tell is yet to come (…将于下月访问)."""
        art = self.art
        if art.words.not_yet.search(art.text, clause, at):
            return None
        return next((m for s, e, m in art.of_type(para, para + _DATELINE_SPAN, "DATE")
                     if is_day(m.key) and _DATELINE_MARK.match(art.text, e)), None)

    def only_day(self, at: int) -> Mention | None:
        """The one day the article tells before view offset ``at`` when it tells no other date."""
        dates = [m for s, e, m in self.art.spans if m.type == "DATE" and e <= at]
        days = {m.key or "" for m in dates}
        return dates[0] if len(days) == 1 and is_day(next(iter(days))) else None


def _spoken_of(art: _Article, a: int, b: int) -> bool:
    """Whether view span [a, b) holds a verb that only speaks of what follows (传达, 学习 …)."""
    return any(w in art.text[a:b] for w, t in art.lex.triggers["stop"].items() if t.role == "reported")


# what joins two events named one after the other (出席座谈会和签约仪式: two events)
AND = re.compile(r"以及|[和及与、]")


# what ends the name of a body's meeting after a verb of holding (召开县委常委会，…; 召开董事会。)
_HELD_END = ",，。;；!?\n"


def _noun_runs(art: _Article, sent: tuple[int, int]) -> list[list[re.Match[str]]]:
    """The trigger nouns of ``sent`` outside names, adjacent ones in one run (党组会议暨…集体学习会议), not
    two joined by a conjunction alone (座谈会和签约仪式)."""
    text = art.text
    runs: list[list[re.Match[str]]] = []
    for nm in art.lex.nouns.finditer(text, sent[0], sent[1]):
        if art.in_name(nm.start(), nm.end()):
            continue  # 会议 of 上海国际会议中心: a word inside a name
        if any(a < nm.start() and nm.end() <= b for a, b in art.manners(sent)):
            continue  # 以视频会议形式参加: how another act is done, no event of its own
        trig = art.lex.triggers["noun"][nm.group(0)]
        if trig.after_held and text[nm.end():nm.end() + 1] not in _HELD_END \
                or not trig.applies(text, *nm.span()):
            continue  # 常委会主任会议, 人大常委会会议室: a body's name in another's; 会议主席团: a body
        gap = text[runs[-1][-1].end():nm.start()] if runs else None
        # (会议由大会执行主席X主持: a preposition alone between two nouns, no name of one event)
        if gap is not None and len(gap) <= 12 and not any(c in _DELIMS for c in gap) \
                and not AND.fullmatch(gap) and gap not in art.lex.triggers["stop"] \
                and not art.verb_at(runs[-1][-1].end(), nm.start()):
            runs[-1].append(nm)
        else:
            runs.append([nm])
    return runs


def _is_trigger_verb(art: _Article, match: re.Match[str], sent: tuple[int, int],
                     named: list[tuple[int, int, _Draft]]) -> bool:
    """Whether the verb word at ``match`` is a trigger here, not part of a name, a noun or a title."""
    text = art.text
    va, vb = match.span()
    if any(a <= va < b for a, b, _ in named) \
            or text.startswith(art.words.head, vb) and art.words.listed_after.match(text, vb) is None:
        return False  # 签约 inside 签约仪式; 主持人, 裁员潮: the head of a noun phrase says what it is
        # (出席人员:A、B lists who took part)
    if text[vb:vb + 1] in _LABEL_MARKS and (va == 0 or text[va - 1] == "\n"):
        return False  # a credit line's label (发布:周金进, 审核:李明), no act
    if any(a < va and vb <= b for a, b in art.manners(sent)):
        return False  # 通过听取汇报、座谈交流等方式: how another act is done, no act of its own
    trig = art.reading(match, sent)
    if not trig.applies(text, va, vb) or art.named.intersection(range(va, vb)) \
            or (trig.title and vb in art.person_starts) \
            or text.rfind("《", sent[0], va) > text.rfind("》", sent[0], va) \
            or art.words.negated.search(text, max(sent[0], va - 12), va):
        return False  # 胜 in 胜利 or in 东胜区; 召回 in 《缺陷汽车产品召回管理条例》; 无缘…冠军
    if trig.role == "act" and art.words.speech_named.match(text, vb):
        return False  # 总书记视察河北重要讲话精神: the speech given on it, no act told (not 考察时的重要讲话)
    # 参加会见, 陪同调研, 参加部分调研活动: the act is taken part in, the attend verb before it says so
    gap = va - len(next((w for w in art.words.partly if text.endswith(w, sent[0], va)), ""))
    before = text[sent[0]:gap].removesuffix("了")
    return not (trig.role == "act" and before.endswith(art.lex.attend_verbs))


def _list_start(art: _Article, start: int, lo: int) -> int:
    """Where the people of the clause starting at ``start`` begin: the clause, and the clauses before it that
    only name people, not before the sentence's start ``lo`` (市委书记张三,市长李四、副市长王五出席: a list of
    title and name groups; 叶红和张强一行,拜访了…: they and their group)."""
    while start > lo and art.text[start - 1] in ",，;；)）":
        if art.text[start - 1] in ")）":  # 市中医医院(工人医院)院长郝德春: a name's bracket, one item
            open_at = _bracket_open(art.text, start - 1, lo)
            if open_at is None or open_at <= lo or art.of_type(open_at, start, "PER", "TITLE"):
                break  # (…电(记者杨国强)乔石…: a byline's bracket, no list)
            start = art.clause_start(open_at, lo)
            continue
        end = start - 1
        end -= 2 if art.text.endswith("一行", lo, end) else 0
        while end > lo and art.text[end - 1] in " 等":
            end -= 1
        noted = _bracket_open(art.text, end - 1, lo) if art.text[end - 1:end] in (")", "）") else None
        if noted is not None and noted > lo and not art.of_type(noted, end, "PER", "TITLE"):
            end = noted  # 张建国(以上排名不分先后),: a note after the item's name
        prev = art.clause_start(end, lo)
        if not (_names_only(art, prev, end) or _unnamed_item(art, prev, end) or _led_by(art, prev, end)
                or _names_then_group(art, prev, end)):
            break
        start = prev
    return start


def _names_then_group(art: _Article, a: int, b: int) -> bool:
    """Whether view span [a, b) names people and then a group that names no one and no act: one they belong
    to after 等 (副省长李红等省领导, 张强、王明等34个部门负责人), or an item of a list naming nobody after a
    word joining it (市领导张强、王明及各县主要负责人): the list goes on after it."""
    at = art.text.rfind("等", a, b)
    if a < at and b - at <= _GROUP_LONGEST and not art.of_type(at, b, "PER") \
            and not art.verb_at(at, b) and _names_only(art, a, at):
        return True
    return any(_names_only(art, a, j.start()) and _unnamed_item(art, j.end(), b)
               for j in _JOINING.finditer(art.text, a, b))


# a word joining the last item of a list to the ones before it (A、B及各县主要负责人)
_JOINING = re.compile(r"以及|及|和|与")


# the most characters of a group named after 等 in a list of people (等34个中央国家机关和中央企业负责人)
_GROUP_LONGEST = 32


def _mourned(art: _Article, target: _Draft, p: Mention) -> bool:
    """Whether ``p`` is the one a ceremony of mourning ``target`` mourns (``mourning``: 张明同志遗体告别仪式,
    李华教授追悼会): named right before its name, an honorific of two characters at most between."""
    name = target.trigger
    if not name.text.endswith(art.words.mourning):
        return False
    end, start = art.view.to_view(p.end), art.view.to_view(name.start)
    return end <= start and start - end <= _HONORIFIC and all(c.isalpha() for c in art.text[end:start])


# the most characters of an honorific between a name and what it names (张明同志, 李华教授)
_HONORIFIC = 2


def _welcomed(art: _Article, end: int, hi: int) -> list[Mention]:
    """The people the clause after view offset ``end`` (a clause's end) names when a verb of welcoming opens
    it (``welcoming``: …举行仪式，欢迎X对我国进行国事访问), up to the sentence's end ``hi``."""
    if art.text[end:end + 1] not in ("，", ",") or not art.text.startswith(art.words.welcoming, end + 1):
        return []
    return _people(art, end + 1, art.clause_end(end + 1, hi))


def _convenes(art: _Article, target: _Draft, v: _Verb, people: list[Mention]) -> bool:
    """Whether ``people`` are one person named before ``v``, a verb of convening (``convening``: 召开), in
    its clause, who convenes ``target`` named after it, no one said to chair it in the sentence (李明召开
    专题会议; not 李明对大会召开表示祝贺)."""
    named = [m for _, _, m in art.of_type(v.clause[0], v.start, "PER")]
    return v.trigger.word in art.words.convening and len(people) == 1 and named == people \
        and art.view.to_view(target.trigger.start) >= v.end \
        and not any(art.lex.triggers["verb"][m.group(0)].role == "chair"
                    for m in art.lex.verbs.finditer(art.text, *v.sent))


def _led_by(art: _Article, a: int, b: int) -> bool:
    """Whether view span [a, b) is a clause naming who leads the people after it (由社长张强带队，A、B组成的
    采访团…): 由, titled names and a verb of leading (``leading``)."""
    led = next((w for w in art.words.leading if art.text.endswith(w, a, b)), None)
    return led is not None and art.text.startswith("由", a) and _names_only(art, a + 1, b - len(led))


# a list's item of people not named: the group they belong to, after 等 (以及尼日利亚、肯尼亚等驻华使节)
_UNNAMED_ITEM = re.compile(r"(?:以及|及|和)?[^,，;；:：。]{1,40}等[\u4e00-\u9fff]{1,8}")


def _unnamed_item(art: _Article, a: int, b: int) -> bool:
    """Whether view span [a, b) is an item of a list naming nobody, a group after 等 (…大使B,以及C、D等
    驻华使节,副省长E参加: B goes on to E), a post (…院长B,青山镇人大主席,副检察长E列席) or people of a body
    (``listed``: 省人大常委会、省政府负责同志; 有关部门人员), with no trigger verb."""
    titles = art.of_type(a, b, "TITLE")
    return (_UNNAMED_ITEM.fullmatch(art.text, a, b) is not None or bool(titles) and titles[-1][1] == b
            or art.words.listed_end.search(art.text, a, b) is not None) \
        and not art.of_type(a, b, "PER") and not art.verb_at(a, b)


def _lists_before(art: _Article, start: int) -> int:
    """Where the sentences right before view offset ``start`` (a sentence's start) begin that end with a
    semicolon and only list titled names (达州市委书记A,市长B;舟山市委书记C,市长D出席会议: one list of two
    sides, the verb after the last): ``start`` when there are none."""
    text = art.text
    while start > 0 and text[start - 1] == ";":
        end = start - 1
        lo = max(text.rfind(c, 0, end) for c in "。!?;\n") + 1
        clause = art.clause_start(end, lo)
        if not _names_only(art, clause, end) or _list_start(art, clause, lo) != lo:
            break
        start = lo
    return start


def _going_told(art: _Article, prev: int, end: int) -> list[int]:
    """Where view span [prev, end), a clause, tells its people going (every verb of going: 来到青山县) or
    staying (在长沙期间), or ends with their leading or going with a team (李明带队; 在王强的陪同下:
    they all act next; 李明率领代表团, 李明带领政府办公室人员: whoever is led, the leader acts next):
    none when it tells none of these."""
    text = art.text
    went = [i for i in (text.find(w, prev, end) for w in art.words.going) if i >= 0]
    if went:
        return went
    if text[prev:end].endswith("期间"):
        return [text.find("在", prev, end)]
    team = (*art.words.leading, *art.words.accompanied)
    ends = next((w for w in team if text.endswith(w, prev, end)), None)
    if ends is not None:
        return [end - len(ends)]
    leads = min(((i, w) for w in art.words.leads if (i := text.find(w, prev, end)) >= 0), default=None)
    if leads is not None and (any(g.end() == end for g in art.words.group.finditer(text, prev, end))
                              or not art.verb_at(leads[0] + len(leads[1]), end)):
        return [leads[0]]
    return []


def _went_before(art: _Article, v: _Verb) -> list[Mention]:
    """The people of the clause before ``v``'s when that clause tells where they went or stay, or ends
    with their leading a team (``leading``, or ``leads`` and a ``group`` or words with no trigger verb:
    李明率领代表团,; 李明带领政府办公室人员,; 在李明的带领下,), and ``v``'s
    clause opens with the verb or a verb of going, after its date or not, going on with the same subject
    (李明来到青山县,调研…; 李明来到青山县,先后深入A、B等地调研; 李明在长沙期间,会见…; 李明带队,深入重点
    企业开展巡查; 李明率领代表团,于15日至17日访问杭州), or of the clause before that one when that one opens
    with its verb of going and ``v``'s with 开展 or 进行 (李明在X的陪同下,来到青山公司,开展调研)."""
    text, (cs, _), lo = art.text, v.clause, v.sent[0]
    at = _goes_on_at(art, v)
    if at is None:
        return []
    prev, end = _clause_before(art, cs - 1, lo)
    went = _going_told(art, prev, end)
    # (the verb of going after the words that open a clause going on: 先后到A、B等企业)
    opens = {prev, art.words.lead_end(text, prev)}
    if min(went, default=-1) in opens and prev > lo and text[prev - 1] in ",，" \
            and (at < v.start or not art.verb_at(prev, end)):
        # X在Y的陪同下,来到集团公司,开展调研: the clause of going opens with its verb, its people are before
        # it (an act of its own, told with 开展 or 进行, or after a clause that only goes somewhere: X带领…,
        # 深入到青山镇,走访慰问…; X带队,先后到A、B等企业,调研…; not …,赴常州市对接…,考察产业合作项目, the
        # visit's)
        before, before_end = _clause_before(art, prev - 1, lo)
        return _people(art, before, before_end)
    if not went and text.startswith(art.words.going, at) and not _acts_at(art, prev, end):
        return _people(art, prev, end)  # X在Y的陪同下,到青山村慰问…: the act's clause goes there itself
    # (a list of title and name groups before the going: 书记A,院长B率领…来到病区,开展检查)
    return _people(art, _list_start(art, prev, lo), min(went)) if went and min(went) > prev else []


def _subject_before(art: _Article, v: _Verb) -> list[Mention]:
    """The people written before the first trigger verb of the clause before ``v``'s when ``v``'s clause goes
    on with that subject after a word that says so (``continuing``: 市长李明会见了王强一行，并出席签约仪式;
    李明在青山公司调研，随后出席…): the subject, not the people after that verb (王强: whom he met)."""
    text, (cs, _), lo = art.text, v.clause, v.sent[0]
    at = _goes_on_at(art, v)
    if art.words.lead_end(text, cs) == cs or at is None \
            or v.trigger.role != _ATTEND and partner_opens(text, at, art.words):
        return []  # (会见了X一行，并与他们座谈: one reception, the talk a part of it)
    prev, end = _clause_before(art, cs - 1, lo)
    verb = next((m.start() for m in art.lex.verbs.finditer(text, prev, end)
                 if not art.named_or_titled.intersection(range(*m.span()))), None)
    return _people(art, _list_start(art, prev, lo), verb) if verb is not None else []


# what joins a second act of one subject to the first inside a clause (出席青山峰会并对青山国进行国事访问,
# 走访省检察院并召开座谈会)
AND_THEN = "并"


def _subject_of_first_act(art: _Article, v: _Verb) -> list[Mention]:
    """The people who do the first act of ``v``'s clause when ``v`` goes on from it after 并 in that clause
    (王明抵达青山市,出席青山峰会并对青山国进行国事访问: who attends the summit visits the country)."""
    text, (cs, _), lo = art.text, v.clause, v.sent[0]
    joined = text.rfind(AND_THEN, cs, v.start)
    first = next((m for m in art.lex.verbs.finditer(text, cs, joined)
                  if not art.named_or_titled.intersection(range(*m.span()))), None) if joined > cs else None
    if first is None:
        return []
    act = _Verb(art.reading(first, v.sent), first.start(), first.end(), v.clause, v.sent)
    return _people(art, _list_start(art, cs, lo), act.start) or _went_before(art, act) \
        or _subject_before(art, act)


def _modifier_clause(art: _Article, v: _Verb) -> bool:
    """Whether the attend verb ``v`` opens a clause after another, or an item of a list, that only modifies
    a noun after 的 (A、B，参加第三十四次会议的常委会组成人员、列席会议的…): a group named by what it attends,
    not a list of who took part (not 出席会议的领导有: A、B, a list after it)."""
    text, (cs, ce) = art.text, v.clause
    modifier = _MODIFIER_AFTER.match(text, v.end, ce)
    opens = cs == v.start and cs > v.sent[0] or text[v.start - 1:v.start] == _ITEM_MARK
    return opens and modifier is not None and _HAN.match(text, modifier.end()) is not None \
        and art.words.listed_after.match(text, v.end) is None


# the mark between the items of a list (…人员、列席会议的…)
_ITEM_MARK = "、"
# an act named before 活动 after an attend verb (参加了宣誓活动: group 1)
_NAMED_ACTIVITY = re.compile(r"了?([\u4e00-\u9fff]{2,4}?)活动")
# what an attend verb's object and 的 are before the noun they modify (参加…会议的 + 常委会组成人员)
_MODIFIER_AFTER = re.compile(r"[^,，。;；:：的]{1,30}的")


def _witnesses(art: _Article, v: _Verb) -> list[Mention]:
    """The people of the clause before ``v``'s that tells who witnesses its act (在A和B的见证下，双方签署了
    合作协议: ``witnessed``): they take part."""
    text, (cs, _), lo = art.text, v.clause, v.sent[0]
    if cs <= lo or text[cs - 1] not in ",，":
        return []
    prev, end = _clause_before(art, cs - 1, lo)
    if not any(text.endswith(w, prev, end) for w in art.words.witnessed):
        return []
    return _people(art, prev, end)


def _pronoun_subject(art: _Article, v: _Verb) -> list[Mention]:
    """The person a pronoun opening ``v``'s clause stands for (``pronoun``: 之后他与多位官员探访…; 随后,她会见
    了…): the last one named in full before that clause."""
    cs = v.clause[0]
    said = art.words.pronoun.match(art.text, cs)
    if said is None or said.end() > v.start \
            or any(w in art.text[said.end():v.start] for w in art.words.speech_verbs):
        return []  # 他表示这场演出…: what is said of an event
    named = [m for _, e, m in art.of_type(0, cs, "PER") if len(m.text) > 1]
    return named[-1:]


def _people_told(art: _Article, v: _Verb) -> list[Mention]:
    """The people a subject opening ``v``'s clause stands for (``people-told``: 任命A为…,B为…。根据…决定,
    上述人员依法进行宪法宣誓): those its paragraph named before that clause."""
    cs = v.clause[0]
    told = next((w for w in art.words.people_told if art.text.startswith(w, cs)), None)
    if told is None or cs + len(told) > v.start:
        return []
    return _people(art, art.text.rfind("\n", 0, cs) + 1, cs)


def _activity_told(art: _Article, v: _Verb) -> bool:
    """Whether the clause before ``v``'s, opening its sentence, names the activity already told by a word
    referring back (``activity`` opening with a ``refer`` word: 此次活动,看望慰问了…; 本次活动,共签约…)."""
    cs, lo = v.clause[0], v.sent[0]
    if cs <= lo or art.text[cs - 1] not in ",，":
        return False
    before = art.text[lo:cs - 1]
    return before.startswith(art.words.refer) and art.words.activity.fullmatch(before) is not None


def _acts_at(art: _Article, a: int, b: int) -> bool:
    """Whether a trigger verb other than one of taking part (陪同, 出席) is written in view span [a, b)
    outside names."""
    verbs = art.lex.triggers["verb"]
    return any(verbs[v.group(0)].role != _ATTEND and not art.named.intersection(range(*v.span()))
               for v in art.lex.verbs.finditer(art.text, a, b))


def _act_after(art: _Article, v: _Verb) -> int | None:
    """The view offset of the first act verb after the verb of taking part ``v`` in its clause, outside
    names (见证了X与Y签署协议: 签署), or None."""
    verbs = art.lex.triggers["verb"]
    return next((m.start() for m in art.lex.verbs.finditer(art.text, v.end, v.clause[1])
                 if verbs[m.group(0)].role == "act" and not art.named.intersection(range(*m.span()))), None)


def _goes_on_at(art: _Article, v: _Verb) -> int | None:
    """Where ``v``'s clause goes on after its date and the words that open a clause going on with the
    subject before it (并, 随后), when it goes on so: a clause mark before it in its sentence, and the verb,
    a verb of going (,先后深入A、B等地调研), a topic and 进行 (,就…进行专题视察), a partner's preposition
    (,与企业家座谈) or where the act is done, with no one named there (,在莫斯科出席了…) next; else None."""
    text, (cs, _), lo = art.text, v.clause, v.sent[0]
    # (not into the verb: 实地 opens a clause and the verb 实地察看)
    at = _after_date(art, min(art.words.lead_end(text, cs), v.start), v.start)
    adverb = art.words.adverb.match(text, at)  # ,并共同见证…: the verb after an adverb
    if cs <= lo or text[cs - 1] not in ",，" \
            or not (at == v.start or adverb is not None and adverb.end() == v.start
                    or text.startswith(art.words.going, at)
                    or _ON_TOPIC.fullmatch(text, at, v.start) or partner_opens(text, at, art.words)
                    or text.startswith(_AT_PLACE, at) and not art.of_type(at, v.start, "PER")):
        return None
    return at


# the end of a clause right after a verb of taking part, or the next verb joined to it: it names no event
# (县领导A、B等参加。; 市长王明出席并讲话)
_NO_OBJECT = re.compile(rf"了?(?:[。;；,，\n]|$|{AND_THEN})")
# what opens a clause saying where its act is done (,在莫斯科出席了…论坛; ,在镇政府会议室主持召开座谈会)
_AT_PLACE = "在"


def partner_opens(text: str, at: int, w: Words) -> bool:
    """Whether a partner's preposition (``partner``) opens the clause at ``at`` as a word of its own (李明来到
    青山镇,与企业家座谈: the clause goes on with the subject before it; not 与会, 同时)."""
    partner = w.partner.match(text, at)
    if partner is None:
        return False
    first = tokenize(text[at:at + 8])
    return bool(first) and first[0].word == partner.group(0)


def _group_went_before(art: _Article, v: _Verb) -> bool:
    """Whether a group (``group``: 督导组, 考察团一行) went somewhere in the clause before ``v``'s, which goes
    on with it as its subject (督导组来到青山县,就…进行督导; 考察团一行来到青山县,考察…), and did nothing
    else there."""
    at = _goes_on_at(art, v)
    if at is None:
        return False
    text, cs = art.text, v.clause[0]
    prev, end = _clause_before(art, cs - 1, v.sent[0])
    went = min((i for i in (text.find(w, prev, end) for w in art.words.going) if i >= 0), default=-1)
    if went < 0 and at < v.start and text.startswith(art.words.going, at):  # 分别到各乡镇慰问…: it goes there
        return art.words.group.search(text, prev, end) is not None and not _acts_at(art, prev, end)
    # not after an act of its own (代表团访问了合肥市,参观了…: the visit's stops)
    return went > prev and art.words.group.search(text, prev, went) is not None and not art.verb_at(went, end)


def _clause_before(art: _Article, end: int, lo: int) -> tuple[int, int]:
    """The start and end of the clause ending at view offset ``end`` (a comma's), passing over clauses that
    only tell how the act is done (李明带队,采取“四不两直”的方式,深入A、B等企业,检查…: 李明带队) or open with
    a verb of their own (``_verb_clause``), not before the sentence's start ``lo``."""
    start = art.clause_start(end, lo)
    while start > lo and art.text[start - 1] in ",，" and (art.words.manner.fullmatch(art.text, start, end)
                                                         or _verb_clause(art, start, end)):
        end = start - 1
        start = art.clause_start(end, lo)
    return start, end


def _verb_clause(art: _Article, start: int, end: int) -> bool:
    """Whether the clause [start, end) opens with a verb and names nobody and no going (李明来到青山镇,察看
    农田,走访农户: 察看农田 goes on with the subject before it, as the act after it does)."""
    return opens_with_verb(art.text, start, end) and not art.of_type(start, end, "PER") \
        and not any(g in art.text[start:end] for g in art.words.going)


def opens_with_verb(text: str, start: int, end: int) -> bool:
    """Whether the words of ``text[start:end]`` open with a verb (察看农田, 考察项目): a clause with no
    subject of its own."""
    first = tokenize(text[start:min(end, start + 6)])
    return bool(first) and first[0].tag.startswith("v")


# the topic an act is about and the verb making it, opening its clause before the act verb
# (就“…”进行专题视察, 对…展开督查), or that verb alone (…来到集团公司,开展走访调研活动)
_ON_TOPIC = re.compile(rf"(?:(?:[就对]|围绕)[^,，。;；]{{1,40}}?)?(?:{ACT_OPENING.pattern})了?"
                       r"(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{1,12}”){0,16}")  # (开展“四下基层”暨重点项目调研)


def _after_date(art: _Article, at: int, end: int) -> int:
    """Where a clause opening at ``at`` goes on after the date that opens it, 于 before it or not
    (于15日至17日访问: the verb), up to ``end``; ``at`` when no date opens it."""
    text = art.text
    start = at + text.startswith("于", at)
    dated = False
    for a, b, _ in art.of_type(start, end, "DATE"):
        if a != start:
            break
        start, dated = b + text.startswith("至", b), True
    return start if dated else at


def _names_only(art: _Article, a: int, b: int) -> bool:
    """Whether view span [a, b) only names people with their titles (市委副书记、市长张强, 院长陈明、王五):
    it ends in a name (or in a name's title or form of address: 局长张强, 王五先生), a name follows only a
    title or a list mark, and no trigger verb is written."""
    b = _name_end(art, a, b)
    inside = art.of_type(a, b, "PER", "TITLE", "ORG", "LOC")
    if not inside or inside[-1][1] != b or inside[-1][2].type != "PER" or art.verb_at(a, b):
        return False
    at = a
    for s, e, m in inside:
        # (中央党校(国家行政学院)副校长(副院长)张强, 党建(关建)指导员李明: a note in brackets is no words)
        gap = _BRACKETED.sub("", art.text[at:s]).strip(" 、和及与()（）")
        posted = any(gap[-n:] in art.posts for n in range(2, min(len(gap), 6) + 1))
        if m.type == "PER" and gap and not posted and not _a_body_unnamed(gap):
            return False  # 讲话时说到张强: words of a clause, not a list (统战部长孟庆斌, 党群工作部徐峰 are)
        at = max(at, e)
    return True


def _name_end(art: _Article, a: int, b: int) -> int:
    """Where the name ends that view span [a, b) ends with, followed only by its title or form of address
    (局长张强 ends in the name; 张强局长, 张强先生 and 张强太平绅士 end in the name before the words
    after it): ``b`` when the span ends otherwise."""
    last = art.of_type(a, b, "PER", "TITLE")[-2:]
    if last and last[-1][2].type == "PER" and art.text[last[-1][1]:b] in art.addresses:
        return last[-1][1]
    if len(last) == 2 and last[0][2].type == "PER" and last[0][1] == last[1][0] and last[1][1] == b:
        return last[0][1]
    return b


def _a_body_unnamed(words: str) -> bool:
    """Whether ``words`` before a name in a list are nouns only (or abbreviations: 党建指导员), of Chinese
    characters: a body the NER did not name (党群工作部徐峰), no words of a clause (讲话时说到张强)."""
    return bool(_HAN_ONLY.fullmatch(words)) and all(t.tag.startswith(("n", "j")) for t in tokenize(words))


def _named_target(art: _Article, v: _Verb, named: list[tuple[int, int, _Draft]]) -> _Draft | None:
    """The event named in the verb's clause that it speaks of: the first after it, else the last
    before it (for an act verb, one of its family)."""
    cs, ce = v.clause
    fam = _family(art.concepts, v.trigger.type)
    fits = [(a, b, d) for a, b, d in named if v.trigger.role != "act" or _family(art.concepts, d.type) == fam]
    after = [d for a, b, d in fits if v.start < a < ce]
    before = [d for a, b, d in fits if cs <= a and b <= v.start]
    return after[0] if after else before[-1] if before else None


# the preposition of where a body holds an event, after its name and a day (在X国际会议中心, 9月20日晚於X)
_HELD_AT = re.compile(r"[^,，。;；:：!！?？\n]{0,12}?[在于於]")
# the most characters of the name of that place
_HELD_PLACE = 24


def _holds_there(text: str, end: int, organising: tuple[str, ...], held: tuple[str, ...]) -> bool:
    """Whether the words from ``end`` tell where a body holds an event: a place after 在, 于 or 於, then a
    verb of organising, or of holding with what is held after it in its clause; or that verb right after it
    (香港光泽联谊会举行“…就职典礼”; not 新春联谊会举行。, the gathering held)."""
    right = next((v for v in (*organising, *held) if text.startswith(v, end)), None)
    if right is not None:
        return end + len(right) < len(text) and CLAUSE_END.match(text, end + len(right)) is None
    at = _HELD_AT.match(text, end)
    if at is None:
        return False
    stop = CLAUSE_END.search(text, at.end())
    hi = min(stop.start() if stop else len(text), at.end() + _HELD_PLACE)
    for cut in range(at.end() + 1, hi):  # the shortest place before a verb
        if text.startswith(organising, cut):
            return True
        verb = next((v for v in held if text.startswith(v, cut)), None)
        if verb is not None:
            return cut + len(verb) < len(text) and CLAUSE_END.match(text, cut + len(verb)) is None
    return False


def _body_titled(art: _Article, a: int, b: int) -> bool:
    """Whether the name at view span [a, b) ends with a noun that ends the names of bodies too and a
    person's title and name follow it (出席活动的有青山联谊会总主席王明: a body's post, no event attended), a
    term of office between (青山联谊会2025-2028年理事会主席王明)."""
    if not art.text.endswith(art.words.body_noun, a, b):
        return False
    term = _TERM.match(art.text, b)
    b = term.end() if term is not None else b
    named = art.of_type(b + 1, b + _TITLE_LONGEST, "PER")
    return bool(named) and _HAN_ONLY.fullmatch(art.text, b, named[0][0]) is not None


# the most characters of a title between a body's name and a person's (总主席, 常务副会长)
_TITLE_LONGEST = 8
# a term of office written between a body's name and a title (2025-2028年理事会主席, 2024年度会长)
_TERM = re.compile(r"\d{4}(?:[-—–~至到]\d{2,4})?年度?")


#: words opening a clause with no subject of its own (对Y进行约谈): its subject is the sentence's
_GOES_ON = ("对", "向")
# ... or only the verb opening the act after words going on with the sentence's subject (并进行了座谈)
_OPENS_ACT = re.compile(r"(?:进行|开展|展开)了?")
# ... or a matter its act is about (就各镇街重点工作进行了综合观摩; not 就要, 就是: an adverb)
_ON_MATTER = re.compile(r"就[^,，。;；]{2,30}?(?:进行|开展|展开)")


def _acts(art: _Article, v: _Verb, people: list[Mention]) -> bool:
    """Whether an act verb with no named event makes one: it does not only qualify a noun
    (交办的信访件), and an agent verb has someone who acts."""
    text, cs = art.text, v.clause[0]
    told = _modifies(text, v.end) and happening(art.concepts, v.trigger.type) \
        and not text.startswith(art.words.head, v.end + 1)  # 刚刚退役的X, not 被裁掉的风险
    if text.startswith("的", v.end) and not told:
        return False  # 交办的信访件, 调研的基础上, 刚刚闭幕的大会: the verb only qualifies a noun
    if v.trigger.after_going and not (_went_to(art, cs, v.start) or _came_short(art, v.start)):
        return False  # 与企业对接: no trip told (来秀对接: one, to a place named short)
    # 移交信访件: nobody acts (X被约谈 names who is acted on; 沭阳约谈: a place's government acts)
    acted_on = text[v.start - 1:v.start] == "被"
    # X结合…调查情况，对Y进行约谈: a clause a preposition opens goes on with the subject of the clauses before
    lead = art.words.lead_end(text, cs)
    if v.trigger.agent and (text.startswith(_GOES_ON, cs) or _ON_MATTER.match(text, lead, v.start)
                            or cs < v.start <= lead
                            or cs < lead and _OPENS_ACT.fullmatch(text, lead, v.start)):
        cs = v.sent[0]  # …与开发区进行了座谈,并考察了X; …参观了X,并(就…)进行了座谈: the sentence's subject
    # 新车正式发布: what is released is written before a word inverse at the end of its clause, no one acts
    return not v.trigger.agent or bool(people) or bool(art.of_type(cs, v.start, "ORG", "LOC", "PER")) \
        or acted_on \
        or v.trigger.inverse_at(text, v.end) or bool(art.words.group.search(text, cs, v.start)) \
        or _group_went_before(art, v)

def _went_to(art: _Article, lo: int, hi: int) -> bool:
    """Whether a place or a body is named right after a verb of going in ``text[lo:hi]`` (赴常州市,
    到青山公司), or a body's word for itself (posts' ``self-ref``) right after one or a verb of coming
    (来我校交流洽谈, 到我院对接)."""
    text = art.text
    return any(text.endswith(art.words.going, lo, a) for a, _, _ in art.of_type(lo, hi, "LOC", "ORG")) \
        or any(lo < m.start() and (text.endswith(art.words.going, lo, m.start())
                                   or text[m.start() - 1] in art.words.coming)
               for m in art.selves.finditer(text, lo, hi))


def _shared(a: list[Mention], b: list[Mention]) -> bool:
    """Whether two lists of people name someone in common (the same event told twice)."""
    return bool({m.key or m.text for m in a} & {m.key or m.text for m in b})


def _nested(a: list[Mention], b: list[Mention]) -> bool:
    """Whether one list of people holds all the other's: a headline's event told again (市长A会见B / A会见了B
    和C), not another with the same host (a digest's headlines: A会见B / A会见C)."""
    keys_a, keys_b = {m.key or m.text for m in a}, {m.key or m.text for m in b}
    return keys_a <= keys_b or keys_b <= keys_a


def _told_next(art: _Article, act: _Draft, named: _Draft) -> bool:
    """Whether the named event is told in a later sentence than the act of a body's text, a sentence a word
    of what came next opens (``then``: 随后，召开…座谈会): another happening."""
    at = named.sentence[0]
    while art.text[at:at + 1].isspace():
        at += 1
    return not act.headline and named.sentence[0] > act.sentence[0] \
        and art.text.startswith(art.words.then, at)


def _other_days(a: _Draft, b: _Draft) -> bool:
    """Whether two events are told on days of their own that differ (11月1日…座谈会; 11月2日…进行座谈)."""
    return a.when is not None and b.when is not None and bool(a.when.key) and bool(b.when.key) \
        and a.when.key != b.when.key


def _merge(drafts: list[_Draft], art: _Article) -> list[_Draft]:
    """Fold events known only from an act verb into the named event of the same type told on no other
    day and not after it as what followed (X与Y进行了座谈。随后，召开…座谈会: two), or into an earlier act
    event of the same type and organiser (a headline and its first sentence)."""
    concepts = art.concepts
    out: list[_Draft] = []
    for d in drafts:
        if d.weak:  # 出席记者会 … 十四届全国人大一次会议记者会: the bare noun's event named later
            # (…主持会议。…召开了选民见面座谈会: a bare 会议 with nothing before it, the meeting named next)
            host = next((o for o in drafts if o.rule == d.rule and o.named and not o.weak and not o.reported),
                        None) or next((o for o in drafts if o.named and not o.weak and not o.reported
                                       and _family(concepts, o.type) == _family(concepts, d.type) == _SESSION
                                       and o.trigger.start > d.trigger.start and not _other_days(o, d)), None)
            if host is not None:
                host.absorb(d)
                continue
        if not d.named:
            host = next((o for o in drafts if o.named and o.type == d.type and not o.reported
                         and not _other_days(o, d) and not _told_next(art, d, o)), None)
            if host is None:
                host = next((o for o in out if not o.named and o.type == d.type and (
                    (o.organizer is not None and d.organizer is not None
                     and o.organizer.key == d.organizer.key)
                    or (o.headline and _shared(o.attendees, d.attendees)
                        and _nested(o.attendees, d.attendees)))),
                None)
            if host is not None and host is not d:
                host.absorb(d)
                continue
        out.append(d)
    return out
