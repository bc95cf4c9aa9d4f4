"""When an event happened, where its own clause tells no day: the day of its sentence's local time, of the
year in its name, of an arrival, or of the day already told (当天, 会见前).

Read after the event reader (``kg.extract.events``) by :mod:`kg.extract.facts`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.dates import is_day
from kg.extract.event_places import Mentions, held_past_date, local_time
from kg.extract.events import Words
from kg.model import Event, Mention, replace
from kg.nlp.numerals import ORDINAL
from kg.nlp.sentences import CLAUSE_END, clause_start, sentence_at

__all__ = ["dated_by_arrival", "dated_by_arrival_told", "dated_by_local_time", "dated_by_name_year",
           "dated_where_held", "decided_by_session_named", "on_the_day_told", "on_the_session_day",
           "only_spoken_at"]


def dated_by_local_time(e: Event, text: str, mentions: Mentions, dates: list[Mention],
                         clock: tuple[str, ...]) -> Event:
    """An event with no date in a sentence opening with a place's local time and a date (吉隆坡当地时间23日
    下午,…会谈,共同出席签字仪式): that date (当地时间23日 alone opening it is read by the events module)."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    local = local_time(text, sent, mentions, clock)
    at = local[1] if local is not None else -1
    when = next((d for d in dates if d.start == at and d.key), None)
    if when is None or when.end > e.trigger.start:
        return e
    date, _, end = (when.key or "").partition("/")
    return replace(e, date=date, end_date=end or None, when=when)


# a year written by its number (2025年, 二〇二五年)
_WRITTEN_YEAR = re.compile(r"(?:\d{4}|[〇零○一二三四五六七八九]{4})年")


def dated_by_name_year(e: Event, text: str, dates: list[Mention]) -> Event:
    """An event dated only by a year written in its name or its clause before it (2025年夏季达沃斯论坛将于6月
    24日至26日…, 青山市2025年秋季签约仪式昨天举行, 开展2019年度集中视察活动) with a day of that year told in
    its sentence: the first day after the name in its clause (or the next, when the name ends its own:
    2025年…会议,今天召开), else the last day of the sentence's first clause (昨天,…2025年…签约仪式举行;
    X日报讯(记者 Y)11月25日,…; 北京10月22日电 (Y)21日,…)."""
    when = e.when
    if when is None or not re.fullmatch(r"\d{4}", when.key or "") or not _WRITTEN_YEAR.match(when.text):
        return e  # no year, or one told as 今年, 本年度: the time of the clause
    sent, end = sentence_at(text, e.trigger.start, full_width=True)
    clause = clause_start(text, e.trigger.start, sent)
    if not clause <= when.start < e.trigger.end:
        return e  # a year of another clause (2019年,…): not the name's
    # the name's clause, or the next one when the name ends its own (…年度…工作会议,今天在北京召开)
    clause_end = CLAUSE_END.search(text, e.trigger.end + (text[e.trigger.end:e.trigger.end + 1] in ",，"))
    days = [d for d in dates if len((d.key or "").partition("/")[0]) == 10 and sent <= d.start < end]
    after = [d for d in days if e.trigger.end <= d.start < (clause_end.start() if clause_end else end)]
    # the day of the sentence's first clause, the name's own not (汕尾日报讯(记者 X)11月25日,…; 北京10月22日电
    # (X)21日,…: the last), not a trip's days
    first = CLAUSE_END.search(text, sent, end)
    opening = [d for d in days if first is not None and d.end <= first.start() < clause
               and "/" not in (d.key or "")][-1:]
    if not after and not opening:
        return e
    day = (after or opening)[0]
    if not _of_year_named(day.key or "", when.key or ""):
        return e  # 6月3日,她拿起1950年…会议的照片: a past event named, not one of that day
    date, _, until = (day.key or "").partition("/")
    return replace(e, date=date, end_date=until or None, when=day)


def dated_where_held(e: Event, text: str, dates: list[Mention], w: Words) -> Event:
    """An event with no date whose name, or a mention of it, is followed by the clause saying where it was
    held with its date (…就职仪式,今早在大会堂隆重举行; …庆典,于8月8日在唐人街举行): that date."""
    for told in sorted({e.trigger, *e.mentions}):
        day = (held_past_date(text, told.end, dates, w) or (None, None))[0]
        if day is not None and day.key:
            date, _, until = day.key.partition("/")
            return replace(e, date=date, end_date=until or None, when=day)
    return e


def _of_year_named(day: str, year: str) -> bool:
    """Whether ``day`` falls in the ``year`` an event's name writes, or in the year before it: a meeting on
    the next year's work is held before that year opens (12月5日,召开2024年安全生产工作会议)."""
    return day[:4] in (year, str(int(year) - 1))


def dated_by_arrival(e: Event, text: str, dates: list[Mention], w: Words) -> Event:
    """An event with no date in a clause that goes on from one dating an arrival (X于当地时间12日抵达莫斯科,
    开始对俄罗斯进行国事访问): the arrival's day, when the event's clause tells no time of its own."""
    sent, end = sentence_at(text, e.trigger.start, full_width=True)
    clause = clause_start(text, e.trigger.start, sent)
    clause_end = CLAUSE_END.search(text, e.trigger.end)
    if clause == sent or any(clause <= d.start < (clause_end.start() if clause_end else end) for d in dates):
        return e
    prev = clause_start(text, clause - 1, sent)
    went = min((i for i in (text.find(g, prev, clause) for g in w.going if len(g) > 1) if i >= 0), default=-1)
    when = next((d for d in reversed(dates) if prev <= d.start and d.end <= went
                 and len((d.key or "").partition("/")[0]) == 10), None)
    if went < 0 or when is None:
        return e
    date, _, until = (when.key or "").partition("/")
    return replace(e, date=date, end_date=until or None, when=when)


def dated_by_arrival_told(e: Event, text: str, dates: list[Mention], w: Words,
                          airport: tuple[str, ...]) -> Event:
    """An event with no date in a sentence whose first clause tells it happened when someone arrived (李克强
    专机抵达时,俄方在机场…举行欢迎仪式; 抵达后,…): the day of the last sentence before that tells the arrival
    by the same verb with a day (…当地时间16日下午乘专机抵达圣彼得堡); so is one at the airport (``airport``,
    events/fact_words: 机场) told right after the sentence of an arrival with a day (…20日下午乘包机抵达
    莫斯科,…。俄方在机场为李强举行隆重的欢迎仪式)."""
    sent, end = sentence_at(text, e.trigger.start, full_width=True)
    first = CLAUSE_END.search(text, sent, e.trigger.start)
    went = next((g for g in w.going if len(g) > 1 and first is not None
                 and any(text.endswith(g + when, sent, first.start()) for when in "时后")), None)
    last = len(text[:sent].rstrip()) - 1  # the end of the sentence before
    if went is None and last >= 0 and any(a in text[sent:end] for a in airport):
        before = sentence_at(text, last, full_width=True)[0]
        went = next((g for g in w.going if len(g) > 1 and g in text[before:sent]), None)
    if went is None:
        return e
    at = text.rfind(went, 0, sent)
    while at >= 0:
        lo, hi = sentence_at(text, at, full_width=True)
        when = next((d for d in reversed(dates) if lo <= d.start < at
                     and len((d.key or "").partition("/")[0]) == 10), None)
        if when is not None:
            return replace(e, date=(when.key or "").partition("/")[0], end_date=None, when=when)
        at = text.rfind(went, 0, lo)
    return e


def _day_of_sentence_before(text: str, sent: int, dates: Sequence[Mention]) -> Mention | None:
    """The last day (a date of one day, 2024-12-09) the sentence before the one at ``sent`` names."""
    if sent == 0:
        return None
    lo = sentence_at(text, sent - 1, full_width=True)[0]
    return next((d for d in reversed(dates) if lo <= d.start and d.end <= sent and d.key
                 and len(d.key) == 10), None)


# an event already told opening a sentence with when the next one happened: 会见前, 会谈后, 签约仪式结束后,
# 开幕式后 (the trigger 开幕 and the 式 of its ceremony)
_AROUND = re.compile(r"(?:式|仪式)?(?:结束)?(?:之?前|之?后|时)[,，]")


def on_the_day_told(e: Event, text: str, told: list[Event], same_day: tuple[str, ...],
                    dates: Sequence[Mention] = ()) -> Event:
    """An event with no date on the day already told: its sentence or clause opens with a word of that day
    (当天, 同日: the date of the last precisely dated event before it, or with none told before, the day the
    sentence before names: 12月9日是国际反腐败日。当天,…召开警示教育大会), with an event told before and
    when it happened (会见前,…: that event's date), or with one of the stops of the last trip of one day told
    before (在A，…: :func:`_stop_of_day`)."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    clause = clause_start(text, e.trigger.start, sent)
    before = [d for d in told if d.trigger.end <= sent and is_day(d.date)]
    that_day = any(text.startswith(w, at) for w in same_day for at in (sent, clause)) \
        or any(w in text[clause:e.trigger.start] for w in same_day)  # X当天也会见了
    if not before:
        day = _day_of_sentence_before(text, sent, dates) if that_day else None
        return e if day is None else replace(e, date=day.key, end_date=None, when=day)
    if that_day:
        source: Event | None = before[-1]
    else:
        source = next((d for d in reversed(before) if _opens_around(text, sent, d.trigger.text)), None) \
            or _stop_of_day(text, sent, before)
    if source is None or source.end_date not in (None, source.date):
        return e  # the day of one told over several days (会前, 会议结束后 after 7日至10日召开) is not told
    return replace(e, date=source.date, end_date=None, when=source.when)


def _opens_around(text: str, sent: int, name: str) -> bool:
    """Whether the sentence at ``sent`` opens with the end of an event's ``name`` (two characters or more)
    and when it happened around it (会见前,…; 升旗仪式结束后,… after 特区政府1日上午举行升旗仪式)."""
    return any(text.startswith(name[-k:], sent) and _AROUND.match(text, sent + k)
               for k in range(2, len(name) + 1))


# a sentence opening with where it happened (在曲阜师范大学，…): the stop named, up to its comma
_AT_STOP = re.compile(r"在([\u4e00-\u9fff]{2,16})[,，]")


def _stop_of_day(text: str, sent: int, before: list[Event]) -> Event | None:
    """The visit or inspection of one day told last before the sentence at ``sent`` when that sentence opens
    with one of the places its sentence says it went to (10月12日，X分别前往A、B…开展调研。…在A，…会见X一行:
    A is one of the day's stops)."""
    stop = _AT_STOP.match(text, sent)
    trip = next((d for d in reversed(before) if d.type in _TRIPS), None)
    if stop is None or trip is None or trip.end_date not in (None, trip.date):
        return None
    return trip if stop.group(1) in text[trip.sentence[0]:trip.sentence[1]] else None


# the types of a trip whose stops a later sentence names
_TRIPS = ("Visit", "Inspection")


def on_the_session_day(e: Event, text: str, told: list[Event], w: Words) -> Event:
    """A decision with no date (an appointment, a removal) on the day of the last session told before when its
    sentence opens with the session acting (县人大常委会召开第二十次会议。…会议决定接受X辞去…; 大会选举…;
    在第三次全体会议上，表决通过…: ``session`` of events/words)."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    acting = text.startswith(w.session, sent) or w.at_session.match(text, sent) is not None
    source = next((d for d in reversed(told) if d.trigger.end <= sent and is_day(d.date)
                   and w.session_name.search(d.trigger.text) and acting), None)
    return e if source is None else replace(e, date=source.date, end_date=None, when=source.when)


# a session named by its number opening the clause of the change it decides, after what tells it ended
# (刚刚闭幕的十三届全国人大常委会第三十三次会议任命X为…; 市人大常委会第五次会议决定任命…): group 1 its number
_DECIDING_SESSION = re.compile(r"(?:刚刚)?(?:胜利)?(?:闭幕的)?[^,，。;；:：、\s]{2,30}?"
                               rf"({ORDINAL}次(?:全体)?会议)(?:上)?(?:决定|通过|表决)?")
# what ends a sentence with all its ；-separated parts
_FULL_STOPS = "。！？!?\n"


def decided_by_session_named(e: Event, text: str, appointing: tuple[str, ...]) -> Event:
    """A change whose clause or sentence opens with the numbered session that decides it (刚刚闭幕的…第三次
    会议任命X为…;任命Y为…) undated when its date is read from outside its sentence where that session is not
    named by its number: the day of another happening told before (28日举行宪法宣誓仪式) is not the session's
    day. ``appointing``: the verbs of a change written after its doer (任命, 免去)."""
    whole = max(text.rfind(c, 0, e.trigger.start) for c in _FULL_STOPS) + 1  # its ；-parts share the subject
    if e.when is None or e.when.start >= whole:
        return e
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    clause = clause_start(text, e.trigger.start, sent)
    session = _DECIDING_SESSION.fullmatch(text, clause, e.trigger.start)
    if session is None:  # the sentence's subject, deciding in each of its parts (…会议任命X为…;任命Y为…)
        session = _DECIDING_SESSION.match(text, whole)
        if session is None or session.end() > e.trigger.start \
                or not text.startswith(appointing, session.end()):
            return e
    when_sent = sentence_at(text, e.when.start, full_width=True)
    if session.group(1) in text[when_sent[0]:when_sent[1]]:
        return e
    return replace(e, date=None, end_date=None, when=None)


# a speech or instruction studied after the event it was given at: (在福建考察)时的重要讲话精神,
# (来川视察)重要指示精神, (在…会议)上的讲话精神, (考察调研)山西重要讲话重要指示精神
_SPIRIT = re.compile(r"(?:[^,，。;；:：、\s]{0,8}?[时上]的)?(?:重要)?(?:讲话|指示|批示|讲话和指示)?精神"
                     r"|[^,，。;；:：、\s的]{0,6}?(?:重要)?(?:讲话|指示|批示)(?:和?(?:重要)?(?:讲话|指示|批示))*精神")


def only_spoken_at(e: Event, text: str) -> bool:
    """Whether ``e`` is only the occasion of a speech or instruction studied (学习贯彻习近平总书记在福建
    考察时的重要讲话精神), with no date in its clause: a past event, not dated by the day of the study."""
    if not _SPIRIT.match(text, e.trigger.end):
        return False
    clause = clause_start(text, e.trigger.start)
    return e.when is None or not clause <= e.when.start < e.trigger.start
