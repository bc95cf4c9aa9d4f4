"""Appointments and removals: posts that start or end, and the events that start or end them.

A post written after the name it belongs to, behind a verb, is read with the title-chain
parser of :mod:`kg.extract.posts` over the words between the verb and the end of the clause
(or the word 职务):

* **start**: ``任命张三、李四为副市长``, ``选举王五为市人大常委会副主任``, ``张三任市委书记``,
  ``张三当选为主席``, ``张三出任…``. After 为 the clause must hold a word that appoints
  (任命, 选举, 提名, 决定 ... in ``posts/appointments.tsv``); otherwise ``张三为…局长`` is a
  post with no event, as is ``张三担任…`` (a post held, not a change). Each start gives an
  ``Appointment`` event (attendees: the people appointed) and memberships whose ``start_date``
  is the event's date.
* **end**: ``免去张三的…职务``, ``张三不再担任…职务``, ``张三辞去…职务`` give a ``Removal``
  event and memberships that are ``former`` with ``end_date`` the event's date.

The event's date is the nearest DATE mention before the trigger in its clause, else the
date that opens the sentence (after a dateline too: 本报讯 5月24日,…), else the first date after
it in its clause; no date is invented when the text gives none (the post then has no
``org:memberDuring`` bound).

Confidence: 0.9 for a post behind an appointing verb with its organisation written,
times the organisation factor of :mod:`kg.extract.posts` (implied 0.9, unknown 0.7);
0.8 as base for a post after 为 with no appointing word.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from kg.extract.context import Context
from kg.extract.engine import is_han, rules_of
from kg.extract.events import AND_THEN, Words, words
from kg.extract.posts.article import Reading, view_mention
from kg.extract.posts.bodies import (
    carried,
    company_officer,
    in_full_named,
    of_association_elected,
    of_body_founded,
    of_electing_body,
    of_kind_named,
    of_unit_named,
    school_post,
    unit_word,
)
from kg.extract.posts.chain import Post, parse_chain
from kg.extract.posts.fill import of_own_association, of_task_body, premier_of_subject
from kg.extract.posts.places import (
    foreign_division,
    of_house,
    of_parliament,
    of_short_state,
    sentence_placed,
    session_placed,
)
from kg.extract.posts.reader import HOW_FACTOR
from kg.extract.posts.words import alternation, generic_roles, named_in_its_time, post_words
from kg.model import Event, Membership, Mention, replace
from kg.nlp.normalize import View
from kg.nlp.numerals import DIGITS
from kg.nlp.sentences import CLAUSE_OR_NOTE_MARKS, mark_before, sentence_at, sentence_spans
from kg.rules import RuleSet, load_rules, per_rules

__all__ = ["extract_appointments", "appointment_words", "drafted"]

_KINDS = ("trigger", "start", "hold", "copula", "end", "remove", "ended", "was", "still", "each", "not-yet",
          "served-at", "served-before", "serve", "earlier", "draft",
          "cause", "succeed", "after", "group-role", "career", "resume-item", "since", "period", "acting")
_OF = "的"
#: the marks of a list or a clause between a post and the next name (、，)
_LIST_MARKS = "、，,；;"
_HONORIFIC = re.compile(r"(?:同志)?(?:的)?")
# a note in brackets after a name in an appointment list: 张三(女), 李四（回族）
_NOTE = re.compile(r"(?:[(（][^()（）,，。]{1,8}[)）])")
# a résumé's birth right after the name opening its line (邵力平，1955年出生; 李保中，1947年生), or after
# the name and 同志 with the year right after it (张三同志1930年11月出生于…: a biography's), the year
# in Chinese numerals too, as People's Daily writes it (张三同志一九三〇年出生于…, 李四同志，河北人，
# 一九三五年生), or with no year (王五同志出生于江苏苏州); or 出生于 and the year right after the name
# (张三出生于1969年4月，…)
_YEAR = "(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年"
_BIRTH = re.compile(rf"(?:(?:同志)?[,，][^。\n]{{0,30}}?|(?:同志)?[,，]?(?={_YEAR})[^。\n,，]{{0,12}}?|同志)"
                    rf"(?:出生|生于)|(?:同志)?[,，][^。\n]{{0,30}}?年生|(?:出生于|生于)(?={_YEAR})")
# how many a list of names holds, after it (杜渐、马锋两位同志为副镇长; 申永杰等3名同志为…委员)
_COUNT = re.compile(r"等?[0-9两二三四五六七八九十]{1,2}(?:位|名|人)(?:同志)?")
# the ordinal of a post's holders or of its body's term between the verb and the post (任命张三为第六任…委员会
# 主任, 当选为第四届全国政协副主席, 当选为新一届…会长), 第 left out too (张三为十八届中央委员)
_ORDINAL = re.compile(f"第?[{DIGITS}0-9]{{1,3}}[任届]|新一?[任届]")
# a manner between 分别 and the verb (分别以全票当选为)
# a preposition before a date between a name and its start verb (王建国于1992年任…), and a word after the date
# (1992年起任…)
_TIME_LEAD = re.compile("[于在从自]?")
# an adverb of a step already taken before the time of a start verb (赵某已于4月任…, 王某已经在3月出任…)
_ALREADY = re.compile("已经?")
_AS = "为"  # 任命 + 为: no one named between (张三任命为…: the name's own post)
# the preposition of a time or place after a name's form of address (张三先生在担任董事长期间)
_AT = "在"
# ... and a move to the place or kind of body of the post after it (2011年4月赴央企担任…, 2019年调到北京任…)
_TIME_TAIL = re.compile("(?:起|以来|以后|后|初|底|末)?(?:(?:赴|到|调到|调往|回到|来到)[\u4e00-\u9fff]{1,4}?"
                        "(?=担任|出任|任))?")
_MANNER = re.compile(r"以[^,，。;；:：、]{1,4}?(?=当选|任|担任|为)")
# a dateline before the date that opens a sentence: 本报讯 5月24日,…; 本网讯(记者X)8月14日,…
_AFTER_DATELINE = re.compile(r"[^,，。;；]{0,12}?[讯电](?:[(（][^)）]{0,16}[)）])?\s*")


def appointment_words(rules: RuleSet | None = None) -> dict[str, tuple[str, ...]]:
    """The ``posts/appointments`` table of ``rules`` (the built-in rules when None): kind -> its words."""
    return _words(rules if rules is not None else load_rules())


@per_rules
def _words(rules: RuleSet) -> dict[str, tuple[str, ...]]:
    return rules.table("posts/appointments").words_by_kind(_KINDS)


class _Resume(NamedTuple):
    """The patterns of a résumé's words (``posts/appointments`` career, resume-item, since, period)."""

    #: a résumé after a name: its items (sex, birth, nationality, education: resume-item) up to the clause
    #: of a post (career); or a notice's form of address right before it (王五同志，现任…)
    opening: re.Pattern[str]
    #: ... and each clause of its posts (曾任A，现任B)
    clause: re.Pattern[str]
    #: a year a career list starts after (1949年后历任…, 于1985年起任…: since), right after a name and its
    #: form of address; the date reader takes no 后 after a year, which after a count is a duration (3年后)
    since: re.Pattern[str]
    #: a line that opens with the posts held of the résumé written right before it (career)
    career: re.Pattern[str]
    #: what ends a career list said as a period (在担任A、B期间, 在担任A时: period)
    period: re.Pattern[str]


@per_rules
def _resume(rules: RuleSet) -> _Resume:
    words = _words(rules)
    career, items, after = (alternation(words[k]) for k in ("career", "resume-item", "since"))
    since = rf"(?:{_TIME_LEAD.pattern}(?:\d{{4}}|[〇零一二三四五六七八九]{{4}})年(?:{after}))?"
    opening = re.compile(rf"(?:(?:先生|女士|同志)?[,，](?=[^。；;]{{0,60}}?(?:{items})[,，])"
                         rf"[^。；;]{{0,60}}?[,，]|(?:先生|女士|同志)[,，])(?={since}(?:{career}))")
    return _Resume(opening=opening, clause=re.compile(rf"[,，]{since}({career})"), since=re.compile(since),
                   career=re.compile(career), period=re.compile(f"(?:{alternation(words['period'])})$"))


@per_rules
def _council(rules: RuleSet) -> re.Pattern[str]:
    """An association's council written between the verb (and the term) and its head's post (当选第二届
    理事会会长: ``posts/words`` council): the post is the association's."""
    heads = alternation(post_words(rules)["school-officer"])
    return re.compile(f"(?:{alternation(post_words(rules)['council'])})(?={heads}|副)")


@per_rules
def _not_yet(rules: RuleSet) -> re.Pattern[str]:
    return re.compile(alternation(_words(rules)["not-yet"]))


@per_rules
def _patterns(rules: RuleSet) -> tuple[re.Pattern[str], ...]:
    words = _words(rules)
    trigger = re.compile(alternation(words["trigger"]))
    # 张三同志任…; 聘任张三先生为…; 张三先生仍担任…
    before = f"(?:{alternation(post_words(rules)['address'])})?(?:{alternation(words['still'])})?"
    verbs = words["start"] + words["acting"] + words["hold"] + words["copula"]
    start = re.compile(before + "(" + alternation(verbs) + ")")
    end = re.compile(r"(?:同志)?(" + alternation(words["end"]) + ")")
    remove = re.compile("(" + alternation(words["remove"]) + r")了?[:：]?")  # 免去：张三的…职务
    ended = re.compile("(" + alternation(words["ended"]) + ")")
    return trigger, start, end, remove, ended


@per_rules
def _pronoun_re(rules: RuleSet) -> re.Pattern[str]:
    """其 right after an appointing word (决定其为…), or no word at all before 为 (并决定为代理市长), or right
    after a removing word (，免去其…职务): the person appointed or removed is the one named before."""
    words = _words(rules)
    return re.compile(f"(?<!被)(?:{alternation(words['trigger'])})(其|(?=为))"  # (被任命为: a start)
                      f"|(?:{alternation(words['remove'])})(其)")


@per_rules
def _clause_subject_re(rules: RuleSet) -> re.Pattern[str]:
    """A clause opening with 其 as its subject before an ending verb (，其由于个人原因申请辞去…) or one
    saying the posts after it were held before (X当选Y，其此前任Z: ``was``), or with no subject before an
    ending verb, perhaps after ``still`` adverbs (，同时一并辞去…; X任Y，不再担任Z职务): the person is the one
    named before in the sentence."""
    words = _words(rules)
    told = alternation([*words["end"], *words["was"]])
    return re.compile(f"(?<=[,，;；])(?:(其)(?=[^,，。;；]{{0,16}}?(?:{told}))"
                      f"|((?:{alternation(words['still'])})*)(?={alternation(words['end'])}))")


@per_rules
def _each(rules: RuleSet) -> re.Pattern[str]:
    """An adverb after a list of names giving its posts to the names in turn (分别: ``each``)."""
    return re.compile(alternation(_words(rules)["each"]) or "(?!)")


@per_rules
def _was(rules: RuleSet) -> re.Pattern[str]:
    """A verb right after a name saying the posts after it were held before (曾任, 历任), past a form of
    address (张三同志曾任…, 李四先生历任…: ``posts/words`` address), not before 在 (李四先生在担任董事长期间:
    the time of a post the notice told, no list of posts)."""
    return re.compile(f"(?:(?:{alternation(post_words(rules)['address'])})(?!在))?"
                      f"(?:{alternation(_words(rules)['was'])})")


def _past(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where what ``pattern`` matches at ``pos`` ends (``pos`` when it matches nothing there)."""
    m = pattern.match(text, pos)
    return m.end() if m is not None else pos


@per_rules
def _address(rules: RuleSet) -> re.Pattern[str]:
    """A form of address or a military rank right after a name (``posts/words`` address: 同志, 先生, 少将),
    matching the empty string where there is none."""
    return re.compile(f"(?:{alternation(post_words(rules)['address'])})?")


@per_rules
def _list_patterns(rules: RuleSet) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What joins the names of a list appointed together (``posts/words`` ``join``); what may stand
    between the subject of a clause and its verb: a form of address (``address``), a reason, a time, a
    clause of the reason closed by a comma (``posts/appointments`` cause: 张三先生因工作变动原因，申请辞去…);
    the word for a post (``duty``: 职务)."""
    words = post_words(rules)
    join = re.compile(f"{_NOTE.pattern}?(?:同志)?(?:{alternation(words['join'])})")
    free = r"[^,，。;；:：、()（）]{0,16}"
    cause = f"(?:(?:{alternation(_words(rules)['cause'])}){free}[,，])?"
    # (张三同志(女)全票当选为…: a note in brackets after the name and its form of address)
    gap = re.compile(f"(?:{alternation(words['address'])})?{_NOTE.pattern}?" + cause + free)
    return join, gap, re.compile(alternation(words["duty"]))


def _clause_start(text: str, i: int, lo: int) -> int:
    return i if i <= lo else max(lo, mark_before(text, i, CLAUSE_OR_NOTE_MARKS) + 1)


def _joined_start(text: str, start: int) -> int:
    """Where the sentence starting at ``start`` starts with the parts a semicolon joins before it
    (A当选…;B当选…: one sentence)."""
    while start > 1 and text[start - 1] in ";；":
        start = sentence_at(text, start - 2, full_width=True)[0]
    return start


def _clause_end(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] not in CLAUSE_OR_NOTE_MARKS:
        i += 1
    return i


# a note in brackets on the rank or kind of a post that a list goes on after (处长（正科）、; 主任（兼）、)
_LISTED_NOTE = re.compile(r"[(（][^()（）,，。、;；]{1,6}[)）](?=[、,，])")


def _chain_end(text: str, lo: int, hi: int, duty: re.Pattern[str]) -> tuple[int, int | None]:
    """Where the post after a verb ends: before (的)职务 or at the clause end; and where 职务 ends when
    it ends the post."""
    i = lo
    while i < hi and (text[i] not in CLAUSE_OR_NOTE_MARKS or _LISTED_NOTE.match(text, i)):
        note = _LISTED_NOTE.match(text, i)
        if note is not None:
            i = note.end()  # 秘书一处处长（正科）、副主任: a note on a listed post's rank, read past
            continue
        word = duty.match(text, i)
        if word is not None:
            return (i - 1 if text[i - 1] == "的" else i), word.end()
        i += 1
    return i, None


def _date(text: str, dates: list[tuple[int, int, Mention]], sent: tuple[int, int], at: int,
          w: Words) -> Mention | None:
    """The date of a change at ``at``: of its clause, of its sentence's opening, or the article's last before.

    An appointment decided by a meeting is dated by the report of the meeting
    (``23日, 常委会召开会议。…会议决定任命…``, ``于6日召开…会议,会议选举X为…``): the last precise date
    written before it in an earlier clause or sentence that reports a meeting or the receipt of a
    resignation (``decided`` words of kg/rules/events/words.tsv; not 今日发布…公告。…近日收到…辞职报告,
    X申请辞去…: the notice's day), or any such date when the sentence opens with a word of the day told
    (``same-day``: 当日下午,…任命…).
    """
    cs = _clause_start(text, at, sent[0])
    before = [d for d in dates if cs <= d[0] and d[1] <= at]
    if before:
        return before[-1][2]
    if at == cs > sent[0]:
        # 2023年调任湖南，任湖南省委书记: a verb opening its clause goes on with the step the clause before
        # dates at its opening
        went = _clause_start(text, cs - 1, sent[0])
        step = next((d for d in dates if d[0] == went and d[1] < cs - 1), None)
        if step is not None:
            return step[2]
    opening = [d for d in dates if sent[0] <= d[0] and d[1] <= at and text[d[1]:d[1] + 1] in ",，"
               and (d[0] == _clause_start(text, d[0], sent[0])
                    or text[_clause_start(text, d[0], sent[0]):d[0]] in w.earlier  # 早前3月26日,…
                    or _AFTER_DATELINE.fullmatch(text, _clause_start(text, d[0], sent[0]), d[0]))]
    if opening:
        return opening[0][2]
    whole = _joined_start(text, sent[0])
    opening = [d for d in dates if whole <= d[0] < sent[0] and text[d[1]:d[1] + 1] in ",，"
               and (d[0] == whole or _AFTER_DATELINE.fullmatch(text, whole, d[0]))]
    if opening:  # 1月12日,A当选X市市长;B当选Y市市长: the date opening the sentence the semicolon goes on
        return opening[0][2]
    if any(sent[0] <= d[0] and d[1] <= at and len(_iso(d[2]) or "0" * 10) < 10 for d in dates):
        return None  # 2016年任A，一年后调任B: a career told by years, no step of it the news meeting's
    met = [d for d in dates if sent[0] <= d[0] and d[1] <= cs and _iso(d[2]) is not None
           and len(d[2].key) == 10 and w.decided.search(
               text, _clause_start(text, d[0], sent[0]), _clause_end(text, d[1], cs))]
    if met:
        return met[-1][2]
    after = [d for d in dates if d[0] >= at and d[1] <= sent[1] and _clause_start(text, d[0], sent[0]) == cs]
    if after:
        return after[0][2]
    earlier = [d for d in dates if d[1] <= sent[0] and _iso(d[2]) is not None and len(d[2].key) == 10
               and text[max(0, d[0] - 2):d[0]] not in ("截至", "截止")]
    if earlier and not w.decided.search(text, *sentence_at(text, earlier[-1][0], full_width=True)) \
            and not text[whole:sent[1]].lstrip("”’」\" ").startswith(w.same_day):
        return None
    return earlier[-1][2] if earlier else None


def _iso(m: Mention | None) -> str | None:
    if m is None or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", m.key or ""):
        return None
    return m.key


def extract_appointments(reading: Reading) -> Iterator[Membership | Event]:
    """Memberships that start or end in an article's text (:func:`~kg.extract.posts.article.read_article`),
    and their Appointment and Removal events."""
    view, ctx, by_end = reading.view, reading.ctx, reading.by_end
    text = view.text
    trigger_re, start_re, end_re, remove_re, ended_re = _patterns(rules_of(ctx))
    join_re = _list_patterns(rules_of(ctx))[0]
    spans = view.spans_of(reading.mentions)
    people = [s for s in spans if s[2].type == "PER"]
    starts = {p[0] for p in people}
    dates = [s for s in spans if s[2].type == "DATE"]
    # (both in order of their starts, as spans_of gives them: a sentence's are found by bisection)
    people_starts, date_starts = [p[0] for p in people], [d[0] for d in dates]
    resumes = _resume_lines(text, people, rules_of(ctx))
    art = _Article(text, view, by_end, ctx, (trigger_re, start_re, end_re, remove_re, ended_re), starts,
                   reading.companies, reading.named, tuple(reading.schools), reading.subject,
                   tuple(reading.bodies), tuple(reading.parliaments))
    for sent in sentence_spans(text):
        src_sent = view.to_source(*sent)
        in_sent = [p for p in people[bisect_left(people_starts, sent[0]):bisect_right(people_starts, sent[1])]
                   if p[1] <= sent[1]]
        told: list[Membership | Event] = []
        of = None if in_sent else next((p for p, line_end, _ in resumes if p[1] < sent[0] < line_end), None)
        sent_dates = [d for d in dates[:bisect_right(date_starts, sent[1])] if d[1] <= sent[1]]
        if of is not None:
            # 邵力平，1955年出生，…。党的十五大代表，武汉铁路分局局长。: the résumé's next sentences of
            # titles alone are its person's
            told += _resume_titles(text, view, of, sent, src_sent, by_end, ctx)
        # (the life whose résumé opened last before the sentence: 张三，…。李四，…。: 李四's)
        life = next((p for p, _, life_end in reversed(resumes) if p[1] < sent[0] < life_end), None)
        # ... and so are its sentences, and their clauses, that open with no subject with a verb of a post
        # or a date (曾任…, 1948年任…; 1926年加入共青团，任县团委委员: 任 after a clause), no one named before
        clauses = [sent[0], *(m.end() for m in _CLAUSE_MARK.finditer(text, sent[0], sent[1]))]
        for at in clauses:
            if life is not None and not any(p[0] < at for p in in_sent) \
                    and _opens_a_career_step(art, at, sent_dates):
                told += _read(art, [(at, at, life[2])], sent, src_sent, sent_dates)
        # 并决定其为代理市长: 其 after an appointing word is the person named last before it
        # ... and a clause's subject 其, or none (其由于个人原因申请辞去…; ，同时一并辞去…)
        # (read only in a sentence that names someone)
        pronouns = [*_pronoun_re(rules_of(ctx)).finditer(text, sent[0], sent[1]),
                    *_clause_subject_re(rules_of(ctx)).finditer(text, sent[0], sent[1])] if in_sent else []
        for m in pronouns:
            named = [p for p in in_sent if p[1] <= m.start()]
            if named:
                q, r = m.span(m.lastindex or 1)
                told += _read(art, [(q, r, named[-1][2])], sent, src_sent, sent_dates)
        # 他先后担任…, １９７９年以后，他任…: a clause opening with 他 or 她 is about the person whose
        # résumé's life it is in (李四出生于1963年11月，…。他曾任…), else the person the article names most
        # often before it (a biography's own person), or the last of those named as often
        hes = [(m.start(), m.end(), who) for m in _HE.finditer(text, sent[0], sent[1])
               if (who := _life_of(resumes, m.start())
                   or _main_person(people, m.start())) is not None]
        for he in hes:
            told += _read(art, [he], sent, src_sent, sent_dates)
        i = 0
        while i < len(in_sent):
            group = [in_sent[i]]
            while i + 1 < len(in_sent):
                join = join_re.fullmatch(text, group[-1][1], in_sent[i + 1][0]) \
                    or _join_before_title(art, group[-1][1], in_sent[i + 1][0], join_re)
                if join is None:
                    break
                i += 1
                group.append(in_sent[i])
            i += 1
            told += _read(art, group, sent, src_sent, sent_dates)
        # (a clause's subject 他 is named as a name is: 她1993年入党，先后担任A、B: the later clause is hers)
        told += _carried(art, told, sorted([*in_sent, *hes], key=itemgetter(0)), sent, src_sent, sent_dates)
        told += _also_elected(art, told, sent, src_sent)
        if any(p[0] < sent[1] and sent[0] < life_end for p, _, life_end in resumes):
            # (a life's steps are no news: 张三出生于1969年4月，…，2012年任A。2021年7月，他出任B: posts, no
            # Appointment)
            told = [replace(m, change=None) for m in told if isinstance(m, Membership)]
        yield from told


def _carried(art: _Article, told: list[Membership | Event], in_sent: list, sent, src_sent,
             dates) -> list[Membership | Event]:
    """The posts of the clauses of sentence ``sent`` that open with a verb of a post and no subject
    (张三1990年任县长，后任市委书记; 他兼任A，先后任B、C等职): the person's whose post the sentence told last
    before the clause (``told``), else the one person the sentence named before it, when no one is named in
    the clause and no post was read in it."""
    text, view = art.text, art.view
    out: list[Membership | Event] = []
    if not told and not in_sent:
        return out  # no one whose post a clause could carry
    for mark in _CLAUSE_MARK.finditer(text, sent[0], sent[1]):
        at = mark.end()
        end = _clause_end(text, at, sent[1])
        posts = [(view.to_view(m.title.start), m.person) for m in [*told, *out] if isinstance(m, Membership)]
        before = [person for start, person in posts if start < at]
        if not before and len([p for p in in_sent if p[0] < at]) == 1:
            # 张三后赴山东大学任教，曾任该校校长: the one person the sentence named before, its subject
            before = [in_sent[0][2]]
        if not before or any(at <= start < end for start, _ in posts) \
                or any(at <= p[0] < end for p in in_sent) or not _opens_a_career_step(art, at, dates):
            continue
        out += _read(art, [(at, at, before[-1])], sent, src_sent, dates)
    return out


def _also_elected(art: _Article, told: list[Membership | Event], sent, src_sent) -> list[Membership]:
    """A post written with 还有 before the list of others elected to it (选举X为省委书记，A、B为省委副书记，
    当选为省委常委的还有C、D): the people the sentence elected before it to posts of the same body hold it too
    (X, A and B are 常委 of the 省委 as well)."""
    text, by_end, ctx = art.text, art.by_end, art.ctx
    also = _ALSO.search(text, sent[0], sent[1])
    chain = parse_chain(text, also.end(1), also.start(1), by_end, ctx) if also is not None else []
    if not chain:
        return []
    post = session_placed(sentence_placed(chain[-1], text, 0, by_end, ctx), text, sent[0], by_end, ctx)
    if post.organization is None:
        return []
    title = view_mention(art.view, post.title, "TITLE", "post:also", text[post.title[0]:post.title[1]])
    held = [m for m in told if isinstance(m, Membership) and m.organization == post.organization
            and m.title.start < title.start]
    people = {m.person.start: m.person for m in held} if all(m.role != post.role for m in held) else {}
    return [Membership(person, title, post.role, post.organization, src_sent, "post:also",
                       round(0.8 * HOW_FACTOR[post.how], 3)) for person in people.values()]


# a post written before the list of others elected to it: 当选为省委常委的还有
_ALSO = re.compile(r"当选为?([^,，。;；:：、]{2,20}?)的?还有")


#: a comma opening a clause of a sentence
_CLAUSE_MARK = re.compile("[,，]")
_COMRADE = "同志"
#: 他 or 她 opening a clause (its subject), not inside a word (其他, 他们) nor an object (调他任)
_HE = re.compile(r"(?:^|(?<=[,，;；。！？\n]))[他她](?![们人])")


def _opens_a_career_step(art: _Article, at: int, dates: list[tuple[int, int, Mention]]) -> bool:
    """Whether a résumé's sentence with no subject opens with its verb or a date (1948年任…, 曾任…, 后任…),
    not with another subject (其他同志担任…)."""
    text, lead = art.text, _TIME_LEAD.match(art.text, at)
    # (1955年后历任…: a year the date reader leaves)
    since = _past(_resume(rules_of(art.ctx)).since, text, at)
    was = _was(rules_of(art.ctx))
    return art.res[1].match(text, at) is not None or was.match(text, at) is not None \
        or any(d[0] in (at, lead.end() if lead else at) for d in dates) \
        or since > at and (art.res[1].match(text, since) or was.match(text, since)) is not None


def _life_of(resumes: list, at: int) -> Mention | None:
    """The person of the résumé opened last before view offset ``at`` whose life (:func:`_resume_lines`) holds
    it, if any."""
    return next((p[2] for p, _, life_end in reversed(resumes) if p[1] <= at < life_end), None)


def _main_person(people: list, before: int) -> Mention | None:
    """The person named most often before offset ``before`` (the last named of those named as often)."""
    counts: dict[str, int] = {}
    for p in people:
        if p[1] <= before:
            key = p[2].key or p[2].text
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    return next(p[2] for p in reversed(people) if p[1] <= before and counts[p[2].key or p[2].text] == top)


def _resume_lines(text: str, people: list, rules: RuleSet) -> list:
    """The résumés opening a sentence (邵力平，1955年出生，…。; 据悉，… 。吕志先，1917年生于…): the person's
    span, the line's end and the end of the life it tells: a biography's (张三同志1910年出生于…: told by its
    paragraphs) the article's; else the line's and the lines after it that name no one (马六，1919年出生于…。
    \n1935年参加工作。\n抗日战争时期，任…: a career told over paragraphs with no subject)."""
    out = []
    for p in people:
        if _opens_sentence(text, p[0]) and _BIRTH.match(text, p[1]):
            end = text.find("\n", p[1])
            end = end if end >= 0 else len(text)
            while end < len(text) and _resume(rules).career.match(text, end + 1):
                # 王五，1921年生于北京。…\n现任…: the line of posts right after it goes on with it
                end = text.find("\n", end + 1) if "\n" in text[end + 1:] else len(text)
            life = len(text) if text.startswith(_COMRADE, p[1]) else _unnamed_lines_end(text, end, people)
            out.append((p, end, life))
    return out


def _opens_sentence(text: str, start: int) -> bool:
    """Whether view offset ``start`` opens a line or a sentence (past spaces)."""
    before = text[:start].rstrip(" \t\u3000")
    return not before or before[-1] in "\n。！？!?"


def _unnamed_lines_end(text: str, end: int, people: list) -> int:
    """The end of the lines from view offset ``end`` (a line's end) on that name no one (the end of the
    last of them; ``end`` when the next line names someone)."""
    starts = [p[0] for p in people]
    while end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = nxt if nxt >= 0 else len(text)
        i = bisect_left(starts, end)  # the first person named from here on
        if i < len(starts) and starts[i] < nxt:
            return end
        end = nxt
    return end


@per_rules
def _listing(rules: RuleSet) -> re.Pattern[str]:
    """A verb a list of posts follows (``start``, ``was``, ``career``: 任, 曾任, 现任)."""
    words = _words(rules)
    return re.compile(alternation([*words["start"], *words["was"], *words["career"]]))


def _resume_titles(text, view, of, sent, src_sent, by_end, ctx) -> Iterator[Membership]:
    """The clauses of a résumé's sentence that are titles alone (党的十五大代表，武汉铁路分局局长。): the
    posts its person holds; none after a clause with a verb of a list of posts (1945年，先后任A，B，C: B
    and C go on with the verb's list, former)."""
    generic = generic_roles(rules_of(ctx))
    lo = sent[0]
    while lo < sent[1]:
        hi = _clause_end(text, lo, sent[1])
        if _listing(rules_of(ctx)).search(text, lo, hi):
            return
        chain = parse_chain(text, hi, lo, by_end, ctx)
        if not chain or min(p.title[0] for p in chain) != lo or max(p.title[1] for p in chain) != hi:
            lo = hi + 1
            continue
        for post in chain:
            if post.role in generic:
                continue
            post = sentence_placed(post, text, lo, by_end, ctx)
            how = "occupation" if post.organization is None and not post.core else post.how
            written = text[post.title[0]:post.title[1]]
            title = view_mention(view, post.title, "TITLE", "post:resume", written)
            yield Membership(of[2], title, post.role, post.organization, src_sent, "post:resume",
                             round(0.8 * HOW_FACTOR[how], 3))
        lo = hi + 1


#: the longest title (its body's name with it) written between a join and the name of a list it is of
_MAX_LISTED_TITLE = 30


def _join_before_title(art: _Article, name_end: int, next_start: int,
                       join_re: re.Pattern[str]) -> re.Match | None:
    """The join between two names of a list each written after its own title (局长A、党委书记B担任副主席): a
    join right after the first name, then the second's title (a title the NER read ending at the name) with
    no clause mark, no 、 and no word of a change in it; None for anything else."""
    join = join_re.match(art.text, name_end, next_start)
    gap = art.text[join.end():next_start] if join is not None else ""
    if not 0 < len(gap) <= _MAX_LISTED_TITLE or any(c in CLAUSE_OR_NOTE_MARKS or c == "、" for c in gap) \
            or not any(m.type == "TITLE" for m in art.by_end.get(next_start, ())) \
            or any(pattern.search(gap) for pattern in art.res):
        return None
    return join


def _list_opening(text: str, start: int) -> int:
    """Where the list a sentence at view offset ``start`` goes on opens: a notice's items apart by semicolons
    are one list (任命：张三为…；李四为…), back to the sentence before the first semicolon's."""
    while start > 0 and text[start - 1] in "；;":
        start = max(text.rfind(end, 0, start - 1) for end in "。\n") + 1
    return start


def _later_end(text: str, end_re: re.Pattern[str], pos: int, hi: int, people_at,
               subject_gap: re.Pattern[str], shortest: int = 1) -> re.Match | None:
    """An end verb later in the clause of its subject: 陈某先生由于工作变动原因辞去…职务; with
    ``shortest``, a verb of at least that many characters (a start verb: 李岩在会上当选为…, not 任)."""
    gap = subject_gap.match(text, pos, hi)
    for i in range(pos, gap.end() + 1 if gap else pos):
        if i in people_at:
            return None  # another person acts
        m = end_re.match(text, i)
        if m is not None and len(m.group(1)) >= shortest:
            return m
    return None


def _after_time(text: str, start_re: re.Pattern[str], pos: int, dates: list[tuple[int, int, Mention]]
                ) -> re.Match | None:
    """A start verb right after a date written between it and its subject, 任 too (王建国1992年任…,
    弗雷谢特在1992年至1995年任…, 于1992年5月起任…, 已于4月任…): nothing but the date stands between."""
    at = _TIME_LEAD.match(text, _past(_ALREADY, text, pos))
    date = next((d for d in dates if at is not None and d[0] == at.end()), None)
    if date is None:
        return None
    tail = _TIME_TAIL.match(text, date[1])
    return start_re.match(text, tail.end() if tail is not None else date[1])


def _posts_after(text: str, pos: int, hi: int, by_end, ctx: Context) -> list:
    """The posts of the title chain written from ``pos`` up to ``hi`` (or up to a 及, 和 or 、 before it, when
    the words after it are no title the chain parser reads: 副院长、审判委员会委员 gives 副院长; 董事、董事长
    及董事会战略委员会委员 gives 董事 and 董事长; 镇长和镇人大主席 gives 镇长, the rest read as more
    items)."""
    generic = generic_roles(rules_of(ctx))
    # (…局长的决定: the post ends before the 的 of the document that names it)
    of = text.find("的", pos, hi)
    # (张三担任市委书记不久，…: the post ends before a time word after it, ``after``)
    after = next((hi - len(w) for w in _words(rules_of(ctx))["after"] if text.endswith(w, pos, hi)), hi)
    ends = [hi, *((after,) if after < hi else ()), *(i for i in range(hi - 1, pos, -1) if text[i] in "及和"),
            *(i for i in range(hi - 1, pos, -1) if text[i] == "、"), *((of,) if of > pos else ())]
    for end in ends:
        posts = [p for p in parse_chain(text, end, pos, by_end, ctx) if p.role not in generic]
        # (任 + 局 + 党委副书记: a unit's head word alone before the chain, the unit named before)
        gap = text[pos:posts[0].title[0]] if posts else ""
        if posts and (not gap or gap.endswith("、") or unit_word(gap, rules_of(ctx))):
            return posts
    return []


def _more_items(text: str, pos: int, hi: int, by_end, ctx: Context) -> list:
    """The posts of the items of a list after the first chain read, up to ``hi`` (辞去公司董事长、董事、
    董事会战略委员会主任委员和董事会提名与薪酬考核委员会委员职务: after 董事长、董事, the two committees'
    posts): items joined by ``join`` words, each a title chain read whole; none when an item is no chain."""
    joins = re.compile(alternation(post_words(rules_of(ctx))["join"]))
    lead = joins.match(text, pos)
    if lead is None or pos >= hi:
        return []
    generic = generic_roles(rules_of(ctx))
    out, start = [], lead.end()
    for j in [*(m for m in re.finditer("[和及]", text[start:hi])), None]:
        end = start + j.start() if j is not None else hi
        chain = [p for p in parse_chain(text, end, start, by_end, ctx) if p.role not in generic]
        if not chain or chain[0].title[0] != start:
            return []  # (an item that is no title chain: no list of posts)
        out += chain
        start = end + 1
    return out


def _of_board(post, companies: list[tuple[int, str]], at: int, ctx: Context):
    """A post of a board's committee with no company written (董事会战略委员会主任委员, or the notice's own
    公司董事会…), in a list read at view offset ``at``: of the committee of the company the article named
    last before it."""
    words = post_words(rules_of(ctx))
    org = post.organization or ""
    ref = next((w for w in sorted(words["company-ref"], key=len, reverse=True)
                if org.startswith(w) and org[len(w):].startswith(words["board"])), "")
    org = org[len(ref):]  # 公司董事会战略委员会: the notice's company's
    before = [name for end, name in companies if end <= at]
    if not before or not org.startswith(words["board"]) or org == "董事会":
        return post
    return replace(post, organization=before[-1] + org, how="inherited")


def _ended(text: str, pos: int, hi: int, ended_re: re.Pattern[str], duty: re.Pattern[str]) -> re.Match | None:
    """The word ending a post written after it: 张三的…职务相应终止 (``pos`` after the name)."""
    if not text.startswith("的", pos):
        return None
    _, duty_end = _chain_end(text, pos + 1, hi, duty)
    return ended_re.match(text, duty_end) if duty_end is not None else None


@dataclass(frozen=True)
class _Article:
    """What reading an article's changes of post asks of it besides a sentence: its text and view, the
    titles read by where they end, the context, the patterns of the words of a change (trigger, start,
    end, remove, ended: :func:`_patterns`), where its people start, the companies, posts and schools it
    names (read once for the posts' reader too: :func:`~kg.extract.posts.article.read_article`)."""

    text: str
    view: View
    by_end: dict
    ctx: Context
    res: tuple[re.Pattern[str], ...]
    people_at: set[int]
    companies: list[tuple[int, str]]
    named: list[tuple[int, str, str, str]]
    schools: tuple[tuple[int, str], ...]
    subject: str | None  # the one foreign state the article is about (subject_state)
    bodies: tuple[tuple[int, str], ...]  # (view end, name) of the bodies the article names, in order
    parliaments: tuple[str, ...]  # the legislatures the article names


@dataclass(frozen=True)
class _Change:
    """A change of post (or a post held, told with no verb of change) read after a group of names: its
    kind (start or end), its verb's span (None: no event), where its name ends, the posts, and whether
    they go to the names in turn (张三、李四分别当选为镇长、镇人大主席)."""

    kind: str
    trig: tuple[int, int] | None
    name_end: int
    posts: list
    in_turn: bool


def _read(art: _Article, group, sent, src_sent, dates, at: int | None = None) -> Iterator[Membership | Event]:
    """The changes of post (their events) and the posts the names of ``group`` (view start, end and
    mention of each; a list joined by 、 or 和) start, end or hold, told after them in the sentence
    ``sent`` (view span; ``src_sent``: its source span; ``dates``: the date mentions up to its end); from
    ``at``, a clause of a résumé (王五，男，1970年出生，曾任…，现任…), when given."""
    text, ctx = art.text, art.ctx
    _, _, duty = _list_patterns(rules_of(ctx))
    first, last = group[0][0], group[-1][1]
    if text.endswith(_words(rules_of(ctx))["succeed"], sent[0], first):
        return  # 王明接替 + 李强 + 出任…: the names the post's new holder succeeds hold it no more
    cs = _clause_start(text, first, sent[0])
    note = _NOTE.match(text, last)
    pos = note.end() if note is not None else last
    resume = _resume(rules_of(ctx)).opening.match(text, pos, sent[1]) if at is None else None
    if resume is not None:
        # 王五，男，1970年出生，曾任…，现任…: a résumé's clauses of posts held and held before
        for clause in _resume(rules_of(ctx)).clause.finditer(text, resume.end() - 1, sent[1]):
            yield from _read(art, group, sent, src_sent, dates, clause.start(1))
        return
    pos = at if at is not None else pos
    each = None
    if at is None:
        count = _COUNT.match(text, pos)
        pos = count.end() if count is not None else pos
        each = _each(rules_of(ctx)).match(text, pos)
        if each is not None:
            manner = _MANNER.match(text, each.end())
            pos = manner.end() if manner is not None else each.end()
    # 张三曾在青山公司任过总经理, 李四原在X厂当车间主任: the body served in, written before the verb, is the
    # body of the posts after it that write none
    # (曾在, 原在: a post held before, as after 曾任)
    served = _served_at(art, pos, sent[1]) if at is None and each is None else None
    body, pos, before = served if served is not None else (None, pos, False)
    was = _was(rules_of(ctx)).match(text, pos) if body is not None else None
    serve = _serve(rules_of(ctx)).match(text, pos) if body is not None and was is None else None
    serve = art.res[1].match(text, pos) if serve is None and before else serve
    verb = ("was", None, was.end(), False) if was is not None \
        else ("was" if before else "start", None, serve.end(), False) if serve is not None \
        else _change_verb(art, first, sent, dates, cs, pos)
    if verb is None:
        return
    kind, trig, pos, removed = verb
    if kind == "was":
        yield from _career(art, group, sent, src_sent, pos, body)
        return
    ordinal = _ORDINAL.match(text, pos)
    pos = ordinal.end() if ordinal is not None else pos
    council = _council(rules_of(ctx)).match(text, pos)
    pos = council.end() if council is not None else pos  # 当选第二届理事会 + 会长: the association's head
    hi, duty_end = _chain_end(text, pos, sent[1], duty)
    then = text.find(AND_THEN, pos, hi)
    # 当选会长 + 并发表讲话: the post ends at the next verb
    hi = then if then > pos and duty_end is None else hi
    hi = _next_change(art, pos, hi) if duty_end is None else hi
    if kind == "end" and removed and duty_end is None:
        return  # 免去 + a name + anything but a post and 职务 (免去张三的处分)
    # the titles of a list's names written before each (局长A、书记B担任副主席) are their own: carried to
    # no post
    listed = frozenset(g[2].text for g in group) if len(group) > 1 else frozenset()
    posts = [_of_body_served(p, body, text) for p in _posts_changed(art, first, sent, pos, hi, listed)]
    if not posts:
        return  # the words after the verb are no post (任命张三为首席代表的依据)
    if trig is not None and text[trig[0]:trig[1]] in _words(rules_of(ctx))["acting"]:
        # 决定其代理省长职务: the acting holder of the post (代理省长)
        posts = [replace(p, role=text[trig[0]:trig[1]] + p.role) for p in posts]
    if kind == "start" and duty_end is None and each is None:
        # 现任A，B，C: the clauses after the post's that are titles alone are posts the verb gives too
        for a, b in _title_clauses(art, hi, sent[1]):
            posts += _posts_changed(art, first, sent, a, b, listed)
            hi = b
    if each is not None:
        items = len(re.findall(alternation(post_words(rules_of(ctx))["join"]), text[pos:hi])) + 1
        if not (items == len(posts) == 1 or items == len(posts) == len(group)):
            return  # (张三、李四分别任A、B、C: who holds which is not told; one post is each one's)
    name_end = duty_end if duty_end is not None else hi
    yield from _change_facts(art, group, sent, src_sent, dates,
                             _Change(kind, trig, name_end, posts, each is not None and len(posts) > 1))


@per_rules
def _served_at_re(rules: RuleSet) -> re.Pattern[str]:
    """What opens the body a person served in, right after the name (``served-at``: 在; ``served-before``:
    曾在, 原在), the second kind in group 1."""
    words = _words(rules)
    return re.compile(f"({alternation(words['served-before'])})|{alternation(words['served-at'])}")


@per_rules
def _serve(rules: RuleSet) -> re.Pattern[str]:
    """A verb of serving as a post, right after the body served in (``serve``: 当, 做: 在X厂当车间主任)."""
    return re.compile(alternation(_words(rules)["serve"]))


def _served_at(art: _Article, pos: int, hi: int) -> tuple[str, int, bool] | None:
    """The body a person served in, written between the name ending at view offset ``pos`` (its form of
    address past) and the verb of the post (张三曾在青山公司 + 任过总经理): (its key, where the verb starts,
    whether the opening word tells a post held before: 曾在, 原在), when a body's name the NER read follows
    the opening word (``served-at``, ``served-before``) and a verb of a post follows the body; None
    otherwise (张三在会上说)."""
    text = art.text
    opening = _served_at_re(rules_of(art.ctx)).match(text, _past(_address(rules_of(art.ctx)), text, pos), hi)
    if opening is None:
        return None
    start = opening.end()  # the longest body the NER read from there, looked up by its end (not a walk)
    body = next((o for end in range(hi - 1, start, -1) for o in art.by_end.get(end, ())
                 if o.type == "ORG" and o.start == start), None)
    if body is None:
        return None
    verbs = (_serve(rules_of(art.ctx)), _was(rules_of(art.ctx)), art.res[1])
    return (body.key or body.text, body.end, opening.group(1) is not None) \
        if any(v.match(text, body.end) for v in verbs) else None


def _of_body_served(post: Post, body: str | None, text: str) -> Post:
    """``post`` of the body served in (``body``, :func:`_served_at`) when it writes none of its own, or of
    the unit of it that its title writes (在青山公司任党委书记: 青山公司党委)."""
    if body is None or post.organization is not None:
        return post
    unit = text[post.org_span[0]:post.org_span[1]] if post.org_span is not None else ""
    return replace(post, organization=body + unit, how="written")


#: the end of an item of a removing verb's list right before a name (免去A的X职务 + ， + B的Y职务)
_REMOVED_BEFORE = re.compile(r"职务[，,；;]$")


def _next_change(art: _Article, pos: int, hi: int) -> int:
    """Where the name of another change of post starts between view offsets ``pos`` and ``hi`` with no
    delimiter before it: a name a start verb follows (王五当选省人大主任 + 李四当选省长: two headlines run
    together; not 由A担任领队、B会长C担任团长, a list whose items hold their posts); ``hi`` when none."""
    start_re, text = art.res[1], art.text
    return min((m.start for e, ms in art.by_end.items() if pos < e <= hi for m in ms
                if m.type == "PER" and m.start > pos and start_re.match(text, e)
                and not any(c in _LIST_MARKS for c in text[pos:m.start])), default=hi)


def _change_verb(art: _Article, first: int, sent, dates, cs: int,
                 pos: int) -> tuple[str, tuple[int, int] | None, int, bool] | None:
    """The change told after names that start at ``first``, read from ``pos``: (kind: start, end, or was
    for a list of posts held before, 曾任; the span of its verb, None for a post held with no verb of
    change; where its posts start; whether a removal's verb stands before the names, 免去张三…), or None."""
    text, ctx = art.text, art.ctx
    trigger_re, start_re, end_re, remove_re, ended_re = art.res
    _, subject_gap, duty = _list_patterns(rules_of(ctx))
    removed = next((m for m in remove_re.finditer(text, sent[0], first) if m.end() == first), None)
    if removed is not None:
        honorific = _HONORIFIC.match(text, pos)  # it matches everywhere, if only the empty string
        return "end", removed.span(1), honorific.end() if honorific else pos, True
    # (a semicolon may end the sentence before the item: 免去A的X职务；B的Y职务, the verb in the one before)
    lo = sentence_at(text, sent[0] - 1)[0] if sent[0] == first and sent[0] > 0 else sent[0]
    if _REMOVED_BEFORE.search(text, lo, first) is not None and remove_re.search(text, lo, first):
        # 免去A的X职务，B的Y职务: the next item of the removing verb's list, B + 的 + a post + 职务 (no
        # event of its own: the verb's is told with A)
        honorific = _HONORIFIC.match(text, pos)
        if honorific is not None and honorific.group().endswith(_OF):
            return "end", None, honorific.end(), True
    m = end_re.match(text, pos) or _later_end(text, end_re, pos, sent[1], art.people_at, subject_gap)
    ended = _ended(text, pos, sent[1], ended_re, duty)
    if m is not None:
        return "end", m.span(1), m.end(), False
    if ended is not None:
        return "end", ended.span(1), pos + 1, False  # 张三的…职务相应终止
    # (张三同志 + 1950年任…, 阮某少将 + 任…: a form of address or a rank between the name and a time or
    # a verb; not 在: 张三先生在担任董事长期间, the time of a post the notice told)
    addressed = _past(_address(rules_of(ctx)), text, pos)
    since = _past(_resume(rules_of(ctx)).since, text, addressed)
    was = _was(rules_of(ctx)).match(text, pos) or _after_time(text, _was(rules_of(ctx)), addressed, dates) \
        or (_was(rules_of(ctx)).match(text, since) if since > addressed else None)
    if was is not None:
        return "was", None, was.end(), False  # (张三同志1955年后历任…: a year before the list)
    # 李岩在市人大会议上当选为市长: a time or place between the name and a start verb of two
    # characters or more (not 任, 为: 李岩在任期内…)
    meeting = _AT_MEETING.match(text, pos, sent[1])
    m = start_re.match(text, pos) \
        or _after_time(text, start_re, pos, dates) \
        or (_after_time(text, start_re, addressed, dates)
            or (start_re.match(text, addressed) if text[addressed:addressed + 1] != _AT else None)
            if addressed > pos else None) \
        or _later_end(text, start_re, pos, sent[1], art.people_at, subject_gap, shortest=2) \
        or (_later_end(text, start_re, meeting.end(), sent[1], art.people_at, subject_gap, shortest=2)
            if meeting is not None and not any(pos < i < meeting.end() for i in art.people_at) else None)
    if m is not None and _not_yet(rules_of(ctx)).search(text, pos, m.start()):
        return None  # 塔拉尔将出任巴基斯坦总统: a post yet to come
    if m is None:
        return None
    verb = m.group(1)
    appointing = trigger_re.match(text, m.start(1))
    if appointing is not None and appointing.end() > m.end(1) and not text.startswith(_AS, appointing.end()):
        return None  # 首相X任命Y为…长官: X appoints (任 of 任命), the post after 为 is Y's (X任命为…: X's)
    if verb in _words(rules_of(ctx))["copula"] and (not any(
            o.type == "ORG" and o.start == m.end() and text[end:end + 1] != _OF
            for end, found in art.by_end.items() for o in found)
            or any(m.end() < i < _clause_end(text, m.end(), sent[1]) for i in art.people_at)):
        # 张三是墨西哥历史上第一位女外交部长, 张三是X党的议员: a post only after a body's name the NER read,
        # its title right after it; 张三是市委书记李四的秘书: the title of the name after it
        return None
    if _told_earlier(text, sent[0], first, rules_of(ctx)):
        return "was", None, m.end(), False  # 此前，张三任A、B: posts held before the news
    if verb in _words(rules_of(ctx))["hold"] or verb in _words(rules_of(ctx))["copula"]:
        # 任命张三为…: an appointing word earlier in the clause makes it an appointment
        # ... or one earlier in the sentence, for the next clauses of its list (任命张三为…, 李四为…)
        appoint = list(trigger_re.finditer(text, cs, first)) \
            or list(trigger_re.finditer(text, _list_opening(text, sent[0]), cs))
        return "start", appoint[-1].span() if appoint and verb == "为" else None, m.end(), False
    return "start", m.span(1), m.end(), False


@per_rules
def _earlier_re(rules: RuleSet) -> re.Pattern[str]:
    # (the mark before the word may stand before the sentence's start, where the search starts)
    return re.compile(f"(?:^|(?<=[,，。;；:：\n]))(?:{alternation(_words(rules)['earlier'])})[,，]?$")


def _told_earlier(text: str, lo: int, first: int, rules: RuleSet) -> bool:
    """Whether a word of a time before the news (``earlier``: 此前, 此番履新前) opens the clause of the name
    at ``first``, right before it (此前，张三任A: a post held before)."""
    return _earlier_re(rules).search(text, lo, first) is not None


# the session a name is elected at, written between the name and the verb however long its name
# (李岩在沈阳市第十二届人民代表大会第一次会议上当选为市长)
_AT_MEETING = re.compile(r"在[^,，。;；:：、()（）]{2,30}?(?:会议|大会|全会)上")


def _posts_changed(art: _Article, first: int, sent, pos: int, hi: int,
                   listed: frozenset[str] = frozenset()) -> list:
    """The posts written from ``pos`` to ``hi`` after names starting at ``first``, each of its body:
    a company's, a board's, one carried from a post named before (not a title of the ``listed`` names of
    a list), a school's or an association's named last before the verb (商会召开大会，王五当选会长), the
    sentence's place or session's."""
    text, by_end, ctx = art.text, art.by_end, art.ctx
    read = _posts_after(text, pos, hi, by_end, ctx)
    read += _more_items(text, max((p.title[1] for p in read), default=hi), hi, by_end, ctx)
    rules = rules_of(ctx)
    companies = art.companies
    posts = [_of_board(company_officer(p, companies, first, rules), companies, first, ctx) for p in read]
    named = [n for n in art.named if n[3] not in listed]
    posts = [carried(p, named, sent[0], rules, True) for p in posts]
    # 商会召开大会，王五当选会长: a school's or an association's head with no body written is of the one the
    # article named last before the verb
    schools_before = [k for e, k in art.schools if e <= first]
    posts = [school_post(p, schools_before, rules) for p in posts]
    posts = [sentence_placed(p, text, 0, by_end, ctx) for p in posts]
    posts = [session_placed(p, text, sent[0], by_end, ctx) for p in posts]
    # 成立了中共太岳特委，安子文任书记: the body the clause before founded
    posts = [of_body_founded(p, text, by_end, ctx, sent[0], first) for p in posts]
    # 政协青山市第八届委员会第一次会议选举王刚为主席: the body whose session elects
    posts = [of_electing_body(p, text, sent[0], first, ctx) for p in posts]
    # 政协X委员会第一次会议…选举张三为主席: a head's post with no body is of the body of its kind the
    # paragraph named last before the verb (posts/heads), else the one the article named before it
    para = text.rfind("\n", 0, first) + 1
    posts = [of_kind_named(p, [b for e, b in art.bodies if para <= e <= first],
                           [b for e, b in art.bodies if e <= first], rules) for p in posts]
    # 辞去州长职务 after 墨西哥恰帕斯州议会: the foreign state its sentence names (no 州政府 of no place)
    posts = [foreign_division(p, text, art.view, by_end, rules, sent) for p in posts]
    # 当选巴参议院议员: 巴基斯坦参议院; 现为巴黎市议员: 巴黎市议会
    posts = [of_house(of_short_state(of_parliament(p, list(art.parliaments), ctx), text, rules), art.subject,
                      ctx) for p in posts]
    # 青山省交通运输厅召开大会。…王五任厅党委副书记: the unit of its kind the article named
    posts = [of_unit_named(p, text, list(art.bodies), rules) for p in posts]
    # 青山市作家协会会员代表大会召开。张三当选主席: the association the article named last
    posts = [of_association_elected(p, [b for e, b in art.bodies if e <= first], rules) for p in posts]
    # 大会选举张三为秘书长 on an association's own page: the publisher's
    posts = [of_own_association(p, text, ctx.publisher, rules) for p in posts]
    # 当选副主席 after 作协主席: a people's organisation by its short name alone is the one the article names
    return [replace(p, organization=in_full_named(p.organization, [b for _, b in art.bodies], rules))
            if p.organization is not None else p for p in posts]


def _change_facts(art: _Article, group, sent, src_sent, dates,
                  change: _Change) -> Iterator[Membership | Event]:
    """The event of a change told with its verb (an appointment, a removal) and the posts of the names of
    ``group``, started or ended on its day."""
    text, view = art.text, art.view
    kind, trig, posts = change.kind, change.trig, change.posts
    draft = trig is not None and drafted(text, trig[1], sent[1], rules_of(art.ctx))
    if draft and kind == "start":
        return  # 关于任命A为X的决定草案: a decision only drafted, no post yet
    if draft:
        trig = None  # 将关于接受A辞去X职务请求的决定草案提请表决: the post still held, no removal yet
    first = group[0][0]
    event = None
    # 会长A任领队: who leads a group on a trip, no appointment
    roles = _words(rules_of(art.ctx))["group-role"]
    if trig is not None and not (posts and all(text[p.title[0]:p.title[1]] in roles for p in posts)):
        when = _date(text, dates, sent, trig[0], words(rules_of(art.ctx)))
        etype = "Removal" if kind == "end" else "Appointment"
        name = re.sub(r"\s+", "", text[min(trig[0], first):max(trig[1], change.name_end)])
        trigger = view_mention(view, trig, "EVENT", f"appointment:{kind}", name)
        event = Event(etype, name, trigger, _iso(when), sentence=src_sent,
                      rule=f"appointment:{kind}", confidence=0.9, when=when,
                      attendees=tuple(sorted(p[2] for p in group)), mentions=(trigger,))
        yield event
    date = event.date if event is not None \
        else _held_since(art, dates, sent, posts) if kind == "start" else None
    # (1999年6月至2001年9月，张三担任…: a post held over a period the text closes is former, ended then)
    date, until = date.split(_RANGE, 1) if date is not None and _RANGE in date else (date, None)
    base = 0.9 if trig is not None else 0.8
    rule = f"post:{'appointed' if kind == 'start' else 'removed'}" if trig is not None else "post:predicate"
    # 张三、李四分别当选为镇长、镇人大主席: the posts go to the names in turn
    holders = [[post] for post in posts] if change.in_turn else [posts] * len(group)
    for (_, _, person), held in zip(group, holders, strict=True):
        for post in held:
            post = of_task_body(post, text, rules_of(art.ctx))  # 以A为组长的X领导小组
            # 捷克总统任命了新政府成员。X出任总理: the premier of the one foreign state the article is about
            post = premier_of_subject(post, text, art.subject, person.text, art.ctx)
            how = "occupation" if post.organization is None and not post.core else post.how
            title = view_mention(view, post.title, "TITLE", rule, text[post.title[0]:post.title[1]])
            org = named_in_its_time(post.organization, date if kind == "start" else None, rules_of(art.ctx))
            yield Membership(person, title, post.role, org, src_sent, rule,
                             round(base * HOW_FACTOR[how], 3),
                             start_date=date if kind == "start" else None,
                             end_date=date if kind == "end" else until,
                             former=kind == "end" and not draft or until is not None,
                             change=event.trigger if event is not None else None)


def _held_since(art: _Article, dates, sent, posts: list) -> str | None:
    """The date a post held with no verb of change starts (2011年4月担任X董事长: 2011-04), written right
    before its verb in the clause of its first title, a move between them (赴央企担任…); or the period it
    was held (start/end: 1999-06/2001-09), written so or opening the sentence before its clause
    (1999年6月至2001年9月，张三担任…); else None."""
    if not posts:
        return None
    text, at = art.text, posts[0].title[0]
    cs = _clause_start(text, at, sent[0])
    for d in dates:
        if cs <= d[0] and d[1] < at:
            tail = _TIME_TAIL.match(text, d[1])  # (it matches, if only "")
            verb = art.res[1].match(text, tail.end() if tail is not None else d[1])
            if verb is not None and verb.end() == at:
                return _iso(d[2]) or _period(d[2])
        elif d[0] == sent[0] and text[d[1]:d[1] + 1] in ",，" and _clause_start(text, d[1] - 1, sent[0]) \
                == sent[0] and _clause_start(text, cs - 1, sent[0]) == sent[0]:
            return _period(d[2])
    return None


#: how a date mention's key writes a period (1999-06/2001-09)
_RANGE = "/"


def _period(m: Mention) -> str | None:
    """A date mention's key when it is a closed period of two dates (1999-06/2001-09), else None."""
    ends = (m.key or "").split(_RANGE)
    return m.key if len(ends) == 2 and all(re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", e) for e in ends) \
        else None


@per_rules
def _draft_re(rules: RuleSet) -> re.Pattern[str]:
    return re.compile(alternation(_words(rules)["draft"]))


def drafted(text: str, pos: int, hi: int, rules: RuleSet) -> bool:
    """Whether the clause going on from offset ``pos`` of ``text`` (after a change's verb) names a draft
    (``draft``: 关于接受A辞去X职务请求的决定草案): the change is only proposed, not decided."""
    return _draft_re(rules).search(text, pos, _clause_end(text, pos, hi)) is not None


def _career(art: _Article, group, sent, src_sent, pos: int, body: str | None = None) -> Iterator[Membership]:
    """Former posts of a career list after 曾任 (``was``): 张三曾任市委书记、市长和市人大常委会主任.

    Each item of the list (joined by ``join`` words of posts/words: 、 和 及) is a title chain of its
    own; a state written before the list with 的 (曾任X国的国防部长、总理和总统) is the organisation of
    the items that write none.
    """
    text, view, by_end, ctx, companies = art.text, art.view, art.by_end, art.ctx, art.companies
    _, _, duty = _list_patterns(rules_of(ctx))
    hi, _ = _chain_end(text, pos, sent[1], duty)
    period = _resume(rules_of(ctx)).period.search(text, pos, hi)
    hi = period.start() if period is not None else hi  # 在担任A、B期间: the list ends before 期间
    state = None
    for m in by_end.get(_place_end(text, pos, hi), ()):
        if m.type == "LOC" and m.start in (pos, pos + 1):
            state, pos = m.key or m.text, m.end + 1
            break
    joins = re.compile(alternation(post_words(rules_of(ctx))["join"]))
    # (曾任福建省发展和改革委员会主任: a join word inside a body's name joins no items)
    named = [(m.start, m.end) for ms in by_end.values() for m in ms if m.type == "ORG" and m.end > pos]
    items, start = [], pos
    for j in [*(j for j in joins.finditer(text, pos, hi)
                if not any(a < j.start() < b for a, b in named)), None]:
        end = j.start() if j is not None else hi
        note = _LISTED_NOTE.search(text, start, end + 1) if j is not None else None
        items.append((start, note.start() if note is not None and note.end() == end else end))
        start = j.end() if j is not None else hi
    if period is None:
        # 历任A、B，C，D兼E，1996年任F: a clause that is titles alone goes on with the list (C, D兼E)
        items += _title_clauses(art, hi, sent[1])
    generic = generic_roles(rules_of(ctx))
    # each item read as the end of the chain the list's 、 make (县委常委、宣传部长: the 县委's 宣传部), its
    # own titles kept
    chains = [[p for p in parse_chain(text, b, pos, by_end, ctx) if p.role not in generic and p.title[0] >= a]
              for a, b in items]
    schools = [k for e, k in art.schools if e <= pos]
    read = [_of_school_named(posts, text, a, schools, rules_of(ctx))
            for (a, _), posts in zip(items, chains, strict=True) if posts]
    read = [posts for posts in read if posts]
    if 2 * len(read) <= len(items):
        return  # items that are no titles: no career list (曾任教于…); one of many the parser cannot read
    for posts in read:
        for post in posts:
            post = _of_body_served(post, body, text)  # 曾在青山公司任过总经理
            post = company_officer(post, companies, pos, rules_of(ctx))  # 曾任公司副总经理
            post = school_post(post, schools, rules_of(ctx))  # 曾任该校数学系主任、校长: the school's
            post = sentence_placed(post, text, pos, by_end, ctx)  # 曾任平定县委常委和县委副书记: 平定县's
            org, how = post.organization, post.how
            if state is not None and (org is None or how == "implied"):
                org, how = state, "written"
            elif state is not None and org is not None and org.endswith("部") and not org.startswith(state):
                # X国的国防部长: the state's ministry, as written (国防部 alone would be China's)
                org = state + (text[post.org_span[0]:post.org_span[1]] if post.org_span else org)
            if org is None and not post.core:
                how = "occupation"
            title = view_mention(view, post.title, "TITLE", "post:career", text[post.title[0]:post.title[1]])
            for _, _, person in group:
                yield Membership(person, title, post.role, org, src_sent, "post:career",
                                 round(0.8 * HOW_FACTOR[how], 3), former=True)


def _of_school_named(posts: list, text: str, at: int, schools: list[str], rules: RuleSet) -> list:
    """The posts of a career list's item starting at view offset ``at``, when its chain starts there; or,
    when it opens with a word pointing back at a school (``school-anaphor``: 该校) and the school's unit
    before the post (曾任该校数学系主任), of the school named last before the list; else none."""
    if posts[0].title[0] == at:
        return posts
    ref = next((w for w in post_words(rules)["school-anaphor"] if text.startswith(w, at)), "")
    unit = text[at + len(ref):posts[0].title[0]]
    if not ref or not schools or len(unit) > _MAX_UNIT or (unit and not is_han(unit)):
        return []
    return [replace(p, organization=schools[-1] + unit, how="inherited") if p.organization is None else p
            for p in posts]


# the longest unit of a school named between 该校 and a post in a career list (数学系, 物理研究所)
_MAX_UNIT = 8


def _title_clauses(art: _Article, hi: int, end: int) -> list[tuple[int, int]]:
    """The clauses right after view offset ``hi`` (a comma) up to ``end`` that are title chains alone, each
    read whole (现任A，B，C; 历任A、B，C，D兼E): the spans of the clauses of a list of posts that goes on."""
    text, by_end, ctx = art.text, art.by_end, art.ctx
    _, _, duty = _list_patterns(rules_of(ctx))
    out = []
    while hi < end and text[hi] in ",，":
        nxt, _ = _chain_end(text, hi + 1, end, duty)
        # (…，C、D等。: the list's last clause, its posts ending before 等: ``after``)
        nxt = next((nxt - len(w) for w in _words(rules_of(ctx))["after"]
                    if text.endswith(w, hi + 1, nxt) and nxt - len(w) > hi + 1), nxt)
        clause = parse_chain(text, nxt, hi + 1, by_end, ctx)
        first = min((p.title[0] for p in clause), default=hi)
        if not clause or max(p.title[1] for p in clause) != nxt \
                or first != hi + 1 and not _bodies_listed(text, by_end, hi + 1, first):
            break
        out.append((first, nxt))
        hi = nxt
    return out


def _bodies_listed(text: str, by_end, lo: int, hi: int) -> bool:
    """Whether view span ``lo`` to ``hi`` is names of bodies each followed by 、 (中共中央台办、 before
    国务院台办副主任: bodies sharing the title after them)."""
    while lo < hi:
        body = next((m for m in by_end.get(hi - 1, ()) if m.type == "ORG" and m.start >= lo), None)
        if body is None or text[hi - 1] != "、":
            return False
        hi = body.start
    return True


def _place_end(text: str, pos: int, hi: int) -> int:
    """Where a place written before 的 at the start of a career list ends (旧X国的…), else -1."""
    i = text.find("的", pos, hi)
    return i if i > pos else -1

