"""Facts of one article: posts, events and relations, from its text and mentions.

The stage after mention extraction (``kg.pipeline``). Each fact carries the
sentence it comes from (source offsets), the id of the rule that made it and a
confidence whose meaning each module documents (``kg.extract.posts``,
``kg.extract.events``, ``kg.extract.relations``). Where and when the events happened, when their own
clause does not say, is read by ``kg.extract.event_places`` and ``kg.extract.event_dates``; later mentions
and parts of one happening are merged by ``kg.extract.event_merges``; here the events are made one per
happening in the other ways (a tour, a headline told again, a change read twice).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

from kg.extract.appointments import appointment_words, drafted, extract_appointments
from kg.extract.arguments import read_arguments
from kg.extract.context import Context
from kg.extract.dates import DAY_KEY, is_day
from kg.extract.engine import rules_of
from kg.extract.event_dates import (
    dated_by_arrival,
    dated_by_arrival_told,
    dated_by_local_time,
    dated_by_name_year,
    dated_where_held,
    decided_by_session_named,
    on_the_day_told,
    on_the_session_day,
    only_spoken_at,
)
from kg.extract.event_merges import merges, one_per_happening
from kg.extract.event_places import (
    GOING,
    HELD_AT,
    Mentions,
    place_acted_on,
    place_guests_came_to,
    place_held_later,
    place_in_verb,
    place_named_before,
    place_of_act_marked,
    place_of_clause,
    place_of_clause_before,
    place_of_days_held,
    place_of_event_stay,
    place_of_main_hall,
    place_of_paragraph_stay,
    place_of_self,
    place_of_trip,
    place_opened,
    place_referred,
    place_venue_after,
    self_bodies,
    short_place_at,
    short_place_come_to,
    venue,
)
from kg.extract.events import (
    AND,
    Concept,
    Words,
    article_short_places,
    extract_events,
    happening,
    scheme,
    triggers,
    with_presenters,
    words,
)
from kg.extract.fact_words import FactWords, fact_words
from kg.extract.placenames import SHORT_PLACE_RULE, short_places
from kg.extract.posts.article import read_article
from kg.extract.posts.reader import extract_posts
from kg.extract.posts.words import CPC_SHORT, grammar_of, post_words
from kg.extract.relations import extract_relations
from kg.model import Event, Membership, Mention, Relation, replace
from kg.nlp.normalize import View
from kg.nlp.sentences import CLAUSE_END, clause_start, sentence_at
from kg.rules import RuleSet, per_rules

__all__ = ["extract_facts"]

_NOUN = "ev.noun."  # the rule id of an event a noun names (kg/rules/events/triggers.jsonl)
_VERB = "ev.verb."  # ... and of one a verb tells


def _by_group(e: Event, text: str, fw: FactWords) -> bool:
    """Whether ``e`` is done by a group written before its verb in its clause (``fw.group_doer``: 视察团实地
    视察了, 督查组到…检查, 代表团一行50余位领导深入…调研)."""
    clause = clause_start(text, e.trigger.start)
    return e.rule.startswith("ev.verb.") and fw.group_doer.search(text, clause, e.trigger.start) is not None


def _hosted(e: Event, text: str, guest: frozenset[str], fw: FactWords) -> Event:
    """``e`` a Visit when it is told by a ``guest`` word (考察, kg/rules/events/merges.tsv) the host uses of a
    guest who came, a guest's coming written before it in its clause (``fw.hosted``: 率团来我州考察访问,
    一行莅临商会考察交流: eval/modern's convention, a visit; 来到青山镇考察, 来我市调研 stay inspections)."""
    if e.type != "Inspection" or e.trigger.text not in guest:
        return e  # 来我校调研, 莅临…调研: a superior's inspection
    clause = clause_start(text, e.trigger.start)
    return replace(e, type="Visit") if fw.hosted.search(text, clause, e.trigger.start) else e


def _during_visits(events: list[Event], text: str, places: list[Mention],
                   concepts: Mapping[str, Concept], fw: FactWords) -> list[Event]:
    """``events`` told in a clause after a stay the visit told before them is (``fw.during``, its words naming
    no place: 张平访问圣地亚哥,期间,拜会了…,与…座谈; 访问期间,访问团拜访了…) placed where the visit went
    when they name no place of their own, and undated when their date is the trip's days (2月23日至24日,…
    访问…,期间,…座谈; 期间,两市在X召开…会议: one of them, untold)."""
    out: list[Event] = []
    visit: Event | None = None
    for e in sorted(events, key=lambda e: e.trigger.start):
        if e.type == "Visit" and e.place is not None:
            visit = e
        elif visit is not None and (e.type in GOING or _within(concepts, e.type, HELD_AT)):
            sent = sentence_at(text, e.trigger.start, full_width=True)[0]
            during = next((m for m in fw.during.finditer(text, sent, e.trigger.start)
                           if m.start() == sent or text[m.start() - 1] in ",，"), None)
            if during is not None and not any(during.start() <= p.start < during.end() for p in places):
                e = replace(e, place=e.place or visit.place)
                if e.when is not None and e.when == visit.when and "/" in (e.when.key or ""):
                    e = replace(e, date=None, end_date=None, when=None)  # one of the trip's days, untold
        out.append(e)
    return out


def _groups_received(events: list[Event], text: str, w: Words) -> list[Event]:
    """``events``, a reception of a group named by its word (会见了调研工作组一行) joined by the people of the
    visit or inspection told before it that the group made (由汤涛带队的调研工作组来我省调研: 汤涛)."""
    out: list[Event] = []
    for e in events:
        stop = CLAUSE_END.search(text, e.trigger.end)
        end = stop.start() if stop else len(text)
        groups = {g.group() for g in w.group.finditer(text, e.trigger.end, end)} - {_ANY_GROUP}
        trip = next((o for o in reversed(out) if o.type in GOING and o.attendees
                     and any(g in text[o.sentence[0]:o.trigger.start] for g in groups)), None) \
            if e.type == _RECEPTION and groups else None
        if trip is not None:
            known = {a.key or a.text for a in e.attendees}
            e = replace(e, attendees=tuple(sorted((*e.attendees, *(a for a in trip.attendees
                                                                    if (a.key or a.text) not in known)))))
        out.append(e)
    return out


# a group word that names any party (李强一行), not a group of its own (调研组), and the type of a reception
_ANY_GROUP = "一行"
_RECEPTION = "Reception"


def _placed_where_told_again(e: Event, text: str, mentions: Mentions, dates: list[Mention],
                             events: list[Event], concepts: Mapping[str, Concept], w: Words,
                             fw: FactWords) -> Event:
    """``e``, with no place of its own, placed where a clause telling it again says (its other mentions: a
    headline's event told in the body, 特使将赴美国首都华盛顿出席…就职典礼, merged into it before the places
    of the clauses were read)."""
    for told in (replace(e, trigger=t) for t in e.mentions if t != e.trigger):
        place = (place_of_clause(told, text, mentions, dates, w, fw) if _within(concepts, e.type, HELD_AT)
                 else None) or place_of_clause_before(told, text, events, mentions, w)
        if place is not None:
            return replace(e, place=place)
    return e


def _not_yet(e: Event, text: str, names: frozenset[int], fw: FactWords) -> Event:
    """``e`` undated when its sentence says before it that it is yet to come (``fw.future``, not 上将, 将军,
    将近, 将这部分数据: 李克强将会见普京总统,同…举行会晤、见证…签署; 英国外交大臣将访华) and writes no day of
    its own there: not the day of the report. A 将
    right before a name (``names``: where names of people, places and bodies start) marks what is acted on
    (将张平撞伤), not what is to come."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    if e.date is None or e.when is not None and sent <= e.when.start < e.trigger.end:
        return e
    future = next((f for f in fw.future.finditer(text, sent, e.trigger.start + 1)  # one past: 将军 is no 将
                   if f.start() < e.trigger.start and f.end() not in names), None)
    if future is None:
        return e
    return replace(e, date=None, end_date=None, when=None)


def _held_that_day(events: list[Event], text: str, dates: list[Mention],
                     concepts: Mapping[str, Concept], w: Words) -> list[Event]:
    """``events``, the signings and meetings told with no day after the article's first event of its only day
    (a meeting, a visit, a ceremony: 11月29日,…参加…对接大会。…现场…与…签署了…协议; 4月3日,…考察团…来我区
    …。在区政府会议室举行的…座谈会上) dated that day: the agreements signed and the talks held at the
    happening reported, not one its clause says is yet to come (``not_yet``, events/words kind not-yet:
    将…签署) nor one its sentence tells an arrival for (``arriving``: 抵达X，出席…峰会, held on a day untold).
    Other types are not (a reception or a visit told later is often an earlier one: t01-t130 and dev
    fell when they were)."""
    days = {d.key for d in dates if len(d.key or "") == 10}
    if len(days) != 1 or any("/" in (d.key or "") for d in dates):
        return events  # several days told, or a trip's days: which one untold
    (day,) = days
    lead = min((e for e in events if e.date == day), key=lambda e: e.trigger.start, default=None)
    if lead is None or lead.type == "Signing" \
            or not (lead.type in GOING or _within(concepts, lead.type, HELD_AT)):
        return events
    out = []
    for e in events:
        clause = clause_start(text, e.trigger.start)
        held = e.type == "Signing" or _within(concepts, e.type, ("Meeting",))
        sent = sentence_at(text, e.trigger.start, full_width=True)[0]
        if held and e.date is None and e.trigger.start > lead.trigger.start \
                and not w.not_yet.search(text, clause, e.trigger.start) \
                and not any(a in text[sent:e.trigger.start] for a in w.arriving):
            e = replace(e, date=day)
        out.append(e)
    return out


def _joined_by_and(events: list[Event], text: str) -> list[Event]:
    """``events``, one named right before or after a dated one with a conjunction alone between them
    (出席座谈会和签约仪式, 开幕式及主论坛) dated by it when it has no day: both held at one occasion; and
    placed where the other's clause places it (A会议和B会议在X召开, 在X出席座谈会和签约仪式), when no words
    of its own outside its name place it."""
    out = []
    for e in events:
        if e.date is None and e.rule.startswith(_NOUN):
            t = next((t for t in events if t.date is not None and any(
                AND.fullmatch(text, m.end, e.trigger.start) or AND.fullmatch(text, e.trigger.end, m.start)
                for m in (t.trigger, *t.mentions))), None)
            if t is not None:
                e = replace(e, date=t.date, end_date=t.end_date, when=t.when)
        if e.rule.startswith(_NOUN) and (e.place is None or e.trigger.start <= e.place.start < e.trigger.end):
            t = next((t for t in events if t.rule.startswith(_NOUN) and _placed_in_clause(t, text) and (
                AND.fullmatch(text, e.trigger.end, t.trigger.start)
                or AND.fullmatch(text, t.trigger.end, e.trigger.start))), None)
            e = e if t is None else replace(e, place=t.place)
        out.append(e)
    return out


def _placed_in_clause(e: Event, text: str) -> bool:
    """Whether ``e``'s place is written in the clause of its name, outside it (在X出席…, …会议在X召开)."""
    if e.place is None or e.trigger.start <= e.place.start < e.trigger.end:
        return False
    before = e.place.start < e.trigger.start
    a, b = (e.place.end, e.trigger.start) if before else (e.trigger.end, e.place.start)
    return CLAUSE_END.search(text, a, b) is None


def _joint_type(e: Event, text: str, nouns: Mapping[str, str], verbs: Mapping[str, str],
                parts: frozenset[int], concepts: Mapping[str, Concept]) -> Event:
    """``e`` of the type of the first part of its joint name (第十八届…博览会开幕式暨第十届…论坛: an
    Opening, as the eval conventions count a forum's reported opening; X开馆仪式暨新书发布会: one ceremony),
    when that part ends with a noun of another type; not when it ends with an opening's or a closing's
    (X博览会暨Y博览会开幕式), nor when that part is an event of its own (``parts``: the ends of the names
    of the article's events; X推进会暨Y揭牌仪式: a meeting and a ceremony). A first part ending with an act
    verb of a type under ``e``'s is the kind of ceremony it is (签约暨揭牌仪式: a signing; 重点项目签约暨…
    奖励仪式, the name read from 暨), the verb a mention of it."""
    head, joined, _ = e.trigger.text.partition(_JOINT)
    if not joined or not e.rule.startswith(_NOUN) or e.type in _ENDS_OF.values() \
            or e.trigger.start + len(head) in parts:
        return e
    head = text[e.sentence[0]:e.trigger.start + len(head)]
    first = max((w for w in nouns if head.endswith(w)), key=len, default=None)
    if first is not None:
        return replace(e, type=nouns[first]) if nouns[first] != e.type else e
    act = max((w for w in verbs if head.endswith(w)), key=len, default=None)
    if act is None or verbs[act] == e.type or not _within(concepts, verbs[act], (e.type,)):
        return e
    end = e.sentence[0] + len(head)  # the verb names the event too (…大展开幕暨…授牌仪式: 开幕)
    said = Mention(end - len(act), end, "EVENT", act, rule=f"{_VERB}{act}")
    return replace(e, type=verbs[act], mentions=tuple(sorted({*e.mentions, said})))


# what joins the two names of one event (X签约暨揭牌仪式, X推进会暨Y揭牌仪式)
_JOINT = "暨"


def _same_day(a: str | None, b: str | None) -> bool:
    """Whether dates ``a`` and ``b`` may be one day: either unknown, or one the year or month of the other."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _bracketed(e: Event, t: Event, text: str) -> bool:
    """Whether ``e`` is named in brackets right after ``t``'s name (…理论学习中心组学习(扩大会))."""
    return text[t.trigger.end:t.trigger.end + 1] in ("(", "（") and e.trigger.start == t.trigger.end + 1 \
        and text[e.trigger.end:e.trigger.end + 1] in (")", "）")


def _joined(events: list[Event], text: str, concepts: Mapping[str, Concept]) -> list[Event]:
    """``events``, a meeting named after 暨 right after another's name in its clause (…工作领导小组会议暨
    2023年巡查动员部署会; on the first's day, or one dated by its name's year only), or by the whole joint
    name (…全体成员会议暨…专题会议, read leftwards from its last noun), or in brackets right after it (…理论
    学习中心组学习(扩大会)), merged into it: one meeting of two names."""
    out: list[Event] = []
    for e in sorted(events, key=lambda e: e.trigger.start):
        first = next((i for i, t in enumerate(out) if t.rule.startswith(_NOUN) and e.rule.startswith(_NOUN)
                      and (text.startswith(_JOINT, t.trigger.end) and e.trigger.start > t.trigger.end
                           and not CLAUSE_END.search(text, t.trigger.end, e.trigger.start)
                           or _joint_of(e, t, text) or _joint_of(t, e, text)
                           or _bracketed(e, t, text))
                      and _same_day(e.date, t.date)
                      and _within(concepts, e.type, ("Meeting",))
                      and _within(concepts, t.type, ("Meeting",))), None)
        if first is None:
            out.append(e)
        else:
            t = out[first]
            out[first] = replace(t, place=t.place or e.place, chair=t.chair or e.chair,
                                 attendees=tuple(sorted({*t.attendees, *e.attendees})),
                                 mentions=tuple(sorted({*t.mentions, e.trigger, *e.mentions})))
    return out


def _joint_of(e: Event, t: Event, text: str) -> bool:
    """Whether ``e`` is named by the joint name whose first part is ``t``'s name (X会议暨Y会: ``e``'s name
    runs over ``t``'s and the 暨 after it)."""
    return e.trigger.start <= t.trigger.start and t.trigger.end < e.trigger.end \
        and text.startswith(_JOINT, t.trigger.end)


def _one_per_tour(events: list[Event], dates: list[Mention], text: str, fw: FactWords,
                  guest: frozenset[str]) -> list[Event]:
    """One visit or inspection per tour: the stops of one tour (李明在A调研…。李明随后来到B考察…; 李明在A
    调研。…李明走访了B), visits or inspections that someone of the first takes part in on its day, or with no
    day of their own and no other day told since, are that event, which keeps its type and place and gains
    their people and mentions; so is a stop naming nobody with no day of its own (…实地调研, 考察团一行先后到
    A、B参观: the last tour's), and one of its type a group does (第一视察分团…的视察团实地视察了A; 两省
    代表团一行深入集团总部调研: its teams, its members). A visit that an inspection of its sentence joins
    becomes the inspection (开展摸排走访,就…进行深入调研), as 走访调研 does, unless told by a ``guest`` word
    (参观了A,考察了B: a visit). Two visits dated by one month only are two trips (4月赴巴访问…4月赴秘访问)."""
    out: list[Event] = []
    for e in events:
        who = {a.key or a.text for a in e.attendees}
        group = (e.when is None or not e.sentence[0] <= e.when.start < e.sentence[1]) \
            and _by_group(e, text, fw)
        tours = [i for i, t in enumerate(out) if t.type in GOING and e.type in GOING
                 and t.date is not None and (t.date == e.date and len(t.date) == DAY_KEY  # a day, not a month
                                             or e.date is None and not _dated_since(t, e, dates))
                 and (who & {a.key or a.text for a in t.attendees} or not who and not _own_day(e)
                      or group and t.type == e.type)]
        tour = (tours[-1] if not who else tours[0]) if tours else None
        if tour is None:
            out.append(e)
            continue
        t = out[tour]
        known = {a.key or a.text for a in t.attendees}
        joining = [a for a in e.attendees if (a.key or a.text) not in known]
        # 开展摸排走访,就…进行深入调研: a visit and an inspection of one sentence are the inspection
        kind = e.type if (t.type, e.type) == ("Visit", "Inspection") and t.sentence == e.sentence \
            and e.trigger.text not in guest else t.type
        out[tour] = replace(t, type=kind, place=t.place or e.place,
                            attendees=tuple(sorted((*t.attendees, *joining))),
                            mentions=tuple(sorted({*t.mentions, e.trigger, *e.mentions})))
    return out


def _own_day(e: Event) -> bool:
    """Whether ``e`` is dated by a day its own sentence tells (not the day told before: 随后,…)."""
    return e.when is not None and e.sentence[0] <= e.when.start < e.sentence[1]


def _one_per_day(events: list[Event], text: str, again: frozenset[str],
                 repeated: tuple[str, ...]) -> list[Event]:
    """One event per happening of a day: an act (told by a verb) of a type told again (``again`` of
    events/merges: a visit, a reception, a signing; not an appointment, one per decision) on the day of one
    of its type told before it, whose people are some of that one's or hold all of them (or, told by the same
    word, where one of the two names nobody: a headline's act the NER found no one in), and at no place or
    that one's, is that one
    (…签署了合作协议。现场,A与B代表双方签署协议; a caption's 会见 told again in the body), unless its clause
    says it is another (``repeated`` of events/words: 再次会见, 还会见了)."""
    out: list[Event] = []
    for e in events:
        who = {a.key or a.text for a in e.attendees}
        clause = clause_start(text, e.trigger.start)
        if any(w in text[clause:e.trigger.start] for w in repeated):
            out.append(e)
            continue
        same = next((i for i, t in enumerate(out) if e.type in again and e.rule.startswith(_VERB)
                     and t.type == e.type and e.date
                     and t.date == e.date and len(e.date) >= DAY_KEY
                     and (_shared(who, {a.key or a.text for a in t.attendees})
                          or (not who or not t.attendees) and e.trigger.text == t.trigger.text)
                     and (e.place is None or t.place is not None and e.place.text == t.place.text)), None)
        if same is None:
            out.append(e)
            continue
        t = out[same]
        known = {a.key or a.text for a in t.attendees}
        out[same] = replace(t, place=t.place or e.place, chair=t.chair or e.chair,
                            attendees=tuple(sorted((*t.attendees, *(a for a in e.attendees
                                                                      if (a.key or a.text) not in known)))),
                            mentions=tuple(sorted({*t.mentions, e.trigger, *e.mentions})))
    return out


def _shared(a: set[str], b: set[str]) -> bool:
    """Whether people ``a`` and ``b`` share someone, one group holding the other."""
    return bool(a & b) and (a <= b or b <= a)


def _dated_since(t: Event, e: Event, dates: list[Mention]) -> bool:
    """Whether a day is written between ``t``'s trigger and ``e``'s (not a year or an age: 今年60岁)."""
    return any(t.trigger.end <= d.start < e.trigger.start and len(d.key or "") >= DAY_KEY for d in dates)


def _headline_once(events: list[Event], text: str) -> list[Event]:
    """A headline's event told again by the article (全国政协…会议在京开幕 / 3月4日,…会议在北京人民大会堂
    开幕) is that event: an event in a headline line (one with no sentence end) is dropped for a later
    event of its type on its day, which gains its people and mentions."""
    head_end = text.find("\n")
    if head_end < 0 or any(c in text[:head_end] for c in "。！？!?"):
        return events
    out = list(events)
    for e in events:
        if e.trigger.end > head_end:
            continue
        i = next((i for i, t in enumerate(out) if t.trigger.start > head_end and t.type == e.type
                  and e.date is not None and t.date == e.date), None)
        if i is None:
            continue
        t = out[i]
        known = {a.key or a.text for a in t.attendees}
        joining = [a for a in e.attendees if (a.key or a.text) not in known]
        out[i] = replace(t, attendees=tuple(sorted((*t.attendees, *joining))),
                         mentions=tuple(sorted({*t.mentions, e.trigger, *e.mentions})))
        out.remove(e)
    return out


# the mark of an item of a numbered list (1.习近平会见…; (4)《高端访谈》今晚播出…: a lineup of news), not a
# day in brackets (昨(18)日)
_ITEM = re.compile(r"(?:^|\n)\s*\d{1,2}[.．、]|[(（]\d{1,2}[)）](?![日号])")


def _item_dated_later(e: Event, text: str) -> Event:
    """``e`` undated when its date is written after it beyond the mark of a list's item (a programme's
    lineup: 3.习近平举行仪式欢迎…访华; … 12.…(3)总台与…签署…;(4)《高端访谈》今晚播出…): an item's date is its
    own, not the lineup's."""
    if e.when is None or e.when.start < e.trigger.end or not _ITEM.search(text, e.trigger.end, e.when.start):
        return e
    return replace(e, date=None, end_date=None, when=None)


def _a_body(e: Event, orgs: list[Mention], concepts: Mapping[str, Concept]) -> bool:
    """Whether ``e`` is a meeting whose name is a body's (参谋长联席会议主席X: a body, no meeting held), with
    no date: the trigger ends with an organisation mention that starts it (前 before it allowed)."""
    return e.date is None and _within(concepts, e.type, ("Meeting",)) and any(
        m.end == e.trigger.end and 0 <= m.start - e.trigger.start <= 1 for m in orgs)


def _deciding(e: Event, text: str, appointing: tuple[str, ...], concepts: Mapping[str, Concept]) -> bool:
    """Whether ``e`` is an undated session named as the doer of a change right after its name (刚刚闭幕的
    十三届全国人大常委会第三十三次会议任命X为…, …会议决定免去…): the session deciding, no happening reported
    (its day is not told; the change is the event)."""
    if e.date is not None or not e.rule.startswith(_NOUN) \
            or not _within(concepts, e.type, ("Meeting", "Opening", "Closing")):
        return False
    at = e.trigger.end + (text.startswith(_DECIDES, e.trigger.end) and 2)
    return text.startswith(appointing, at)


def _a_holder(e: Event, text: str, titles: frozenset[int], organising: tuple[str, ...],
              body_nouns: tuple[str, ...]) -> bool:
    """Whether the noun naming ``e``, one that ends the names of bodies too (``body_nouns``: 联谊会), names
    a body: one with posts or a short name of its own right after it (``titles``: where titles start;
    华人联谊会会长X, 归侨联谊会(马侨联)) or holding another event (里约华人联谊会举办…晚会: a verb of
    organising right after it), not a happening. (One holding an event at a place, 联谊会在X举办…典礼, the
    trigger reader already leaves: kg/extract/events.py, ``_holds_there``.)"""
    end = e.trigger.end
    short = _SHORT_NAME.match(text, end)
    return e.rule.startswith(_NOUN) and e.trigger.text.endswith(body_nouns) and (
        end in titles or text.startswith(organising, end)
        or short is not None and set(short.group(1)) <= set(e.trigger.text))  # not 常委会(扩大)


# a short name in brackets right after a name (…归侨联谊会(马侨联)), group 1
_SHORT_NAME = re.compile(r"[(（]([\u4e00-\u9fff]{2,5})[)）]")


def _organiser(e: Event, text: str, organising: tuple[str, ...], fw: FactWords) -> bool:
    """Whether the noun naming ``e`` names a body that organises another event: written after a word opening
    the organisers (``fw.by_organiser``: 由) and before a verb of organising (``organising``: 主办, 承办) in
    its clause (由博鳌亚洲论坛、澳门科技大学共同主办「…发展论坛」)."""
    clause = clause_start(text, e.trigger.start)
    by = max((text.rfind(w, clause, e.trigger.start) for w in fw.by_organiser), default=-1)
    if not e.rule.startswith(_NOUN) or by < 0 or any(o in text[by:e.trigger.start] for o in organising):
        return False  # 由…联合主办的…大展开幕: the event organised, after the verb
    end = CLAUSE_END.search(text, e.trigger.end)
    return any(o in text[e.trigger.end:end.start() if end else len(text)] for o in organising)


def _in_book_title(e: Event, text: str, concepts: Mapping[str, Concept], fw: FactWords) -> bool:
    """Whether ``e`` is named inside the title of a work or document (《关于召开…会议的通知》), not a change
    of post a decision's title tells (审议通过了《关于接受X同志辞去…职务请求的决定》: the decision made)."""
    start, end = e.trigger.start, e.trigger.end
    if text.rfind("《", 0, start) <= text.rfind("》", 0, start):
        return False  # no title open before the trigger
    close, reopen = text.find("》", end), text.find("《", end)
    inside = close >= 0 and (reopen < 0 or close < reopen)
    return inside and not (_is_change(concepts, e.type) and text.endswith(fw.decision_title, 0, close))


def _one_per_change(events: list[Event], changes: list[Event],
                    concepts: Mapping[str, Concept]) -> list[Event]:
    """``events`` and the appointments and removals read with their posts, one event per change.

    A change read with its post (``changes``) wins over one read from its verb alone naming the same
    person, or naming nobody in the same sentence (任命X为…，接受Y辞去代表职务: Y's resignation stays, a
    deputy being no post); of the changes read from verbs, one per person and article is
    kept (陈某辞职 ... 陈某的辞职自…生效 is one resignation), and one naming nobody (辞职报告) only
    when the article tells no other change.
    """
    taken = {e.sentence for e in changes}
    people = {a.key or a.text for e in changes for a in e.attendees}
    others = [e for e in events if not _is_change(concepts, e.type)]
    by_people: dict[frozenset[str], Event] = {}
    for e in events:
        who = frozenset(a.key or a.text for a in e.attendees)
        if _is_change(concepts, e.type) and (who or e.sentence not in taken) and not who & people:
            by_people.setdefault(who, e)
    named = [e for who, e in by_people.items() if who]
    if not named and not changes and frozenset() in by_people:
        named = [by_people[frozenset()]]
    return others + named + changes


def _one_per_trigger(changes: list[Event]) -> list[Event]:
    """One event per decision: the clauses of one 任命 (任命张三为…, 李四为…) are one appointment of all
    the people they name."""
    by_trigger: dict[tuple[int, int, str], Event] = {}
    for e in changes:
        k = (e.trigger.start, e.trigger.end, e.type)
        if k in by_trigger:
            first = by_trigger[k]
            by_trigger[k] = replace(first, attendees=tuple(sorted(set(first.attendees) | set(e.attendees))))
        else:
            by_trigger[k] = e
    return list(by_trigger.values())


# a word opening a decision of its own (关于接受…的决定、关于接受…)
_DECISION = re.compile(r"接受|决定|关于|同意|任命|免去|选举")


def _one_per_list(changes: list[Event], text: str) -> tuple[list[Event], dict[Mention, Mention]]:
    """One change per list of its verbs: 接受A辞去…职务、B辞去…职务、C辞去…职务的请求 is one removal of A, B
    and C (the verbs of one type in one sentence with only a list's 、 between them: no clause mark, no word
    of another decision, 关于接受A辞去…的决定、关于接受B辞去…的决定 being two); also the trigger each merged
    change's posts now point to."""
    out: list[Event] = []
    moved: dict[Mention, Mention] = {}
    for e in sorted(changes, key=lambda e: e.trigger.start):
        last = out[-1] if out else None
        if last is not None and last.type == e.type and last.sentence == e.sentence \
                and last.trigger.end < e.trigger.start and "、" in text[last.trigger.end:e.trigger.start] \
                and not CLAUSE_END.search(text, last.trigger.end, e.trigger.start) \
                and not _DECISION.search(text, last.trigger.end, e.trigger.start):
            out[-1] = replace(last, attendees=tuple(sorted({*last.attendees, *e.attendees})))
            moved[e.trigger] = last.trigger
        else:
            out.append(e)
    return out, moved


# where the words of a decision end (选举李逸为…主任;选举…)
_DECISION_END = re.compile(r"[;；。!！?？\n]")


def _one_per_sentence(changes: list[Event], text: str) -> tuple[list[Event], dict[Mention, Mention]]:
    """One change per sentence and people: 任命张三为副市长,并决定张三为代理市长 is one appointment of 张三
    (the first), but not one decided in a clause of its own (任命张三为副市长,决定张三副市长为代理市长: two
    decisions), and so is one told again in the same words on its day (会议选举李逸为县长;…。…会议以
    无记名投票方式,选举李逸为县长;…); also the trigger each dropped change's posts now point to."""
    kept: dict[tuple, Event] = {}
    said: dict[tuple, Event] = {}  # (day, type, people, the decision's words): the change first told so
    out: list[Event] = []
    moved: dict[Mention, Mention] = {}
    for e in changes:
        people = frozenset(a.key or a.text for a in e.attendees)
        k = (e.sentence, e.type, people)
        stop = _DECISION_END.search(text, e.trigger.end)
        words = (e.date, e.type, people, text[e.trigger.start:stop.start() if stop else len(text)])
        first = kept.get(k) or (said.get(words) if e.date else None)
        if first is not None and e.attendees and not (
                first is kept.get(k) and _OWN_DECISION.search(text, first.trigger.end, e.trigger.start)):
            moved[e.trigger] = first.trigger
        else:
            kept[k] = e
            said.setdefault(words, e)
            out.append(e)
    return out, moved


# a decision opening a clause or a list item of its own after another on the same person (…副市长,决定…代理
# 市长; …副区长、决定为代理区长), not one joined by 并 (…,并决定…)
_OWN_DECISION = re.compile(r"[,，、;；]决定")


def _one_per_post(changes: list[Event], posts: Iterable[Membership],
                  moved: Mapping[Mention, Mention], text: str) -> dict[Mention, Mention]:
    """The trigger of each change told again mapped to the change first told: a later change of one type
    on its day (or on none) starting or ending only posts an earlier one does (会议审议决定,任命王永礼为
    副市长、代理市长。…经表决决定:任命王永礼为副市长; 申请辞去公司董事长、董事…。此次王某辞去董事长职务);
    the same person named to another post (任命贾宇为副院长…。决定贾宇为代理院长) is a change of its own; an
    undated change (a headline's) told again on a day is the dated one, and one inside a document's title
    (书面听取了《关于接受X辞去…职务的决定(草案)》) told again outside one is the one outside."""
    held: dict[Mention, set[tuple]] = {}
    for m in posts:
        if m.change is not None:
            trigger = moved.get(m.change, m.change)
            held.setdefault(trigger, set()).add((m.person.key or m.person.text, m.role, m.organization))
    again: dict[Mention, Mention] = {}
    kept: list[Event] = []
    for e in sorted(changes, key=lambda e: e.trigger.start):
        mine = held.get(e.trigger, set())
        first = next((t for t in kept if t.type == e.type and (e.date in (None, t.date) or t.date is None)
                      and mine <= held.get(t.trigger, set())), None) if mine else None
        if first is None:
            kept.append(e)
        elif first.date is None and e.date is not None \
                or _inside_title(text, first.trigger) and not _inside_title(text, e.trigger):
            # 王五当选省长 (a headline, no day) / 17日…选举王五为省长: the change told on its day is kept
            kept[kept.index(first)] = e
            again = {k: e.trigger if v == first.trigger else v for k, v in again.items()}
            again[first.trigger] = e.trigger
        else:
            again[e.trigger] = first.trigger
    return again


def _inside_title(text: str, m: Mention) -> bool:
    """Whether ``m`` is written inside the title of a work or document (《…》)."""
    return text.rfind("《", 0, m.start) > text.rfind("》", 0, m.start)


def _ended(concepts: Mapping[str, Concept], memberships: list[Membership],
           events: list[Event]) -> list[Membership]:
    """``memberships``, those a resignation or dismissal read from its verb alone ends marked so.

    华为公司董事长张三宣布辞职: no post follows the verb, but the sentence names the post the person
    leaves; it becomes former, ended by the event (and on its date, when the text dates it).
    """
    ends: dict[tuple[str, tuple[int, int]], Event] = {}
    for e in events:
        if _is_change(concepts, e.type, ("Removal",)):
            for a in e.attendees:
                ends.setdefault((a.key or a.text, e.sentence), e)
    out = []
    for ms in memberships:
        ended = ends.get((ms.person.key or ms.person.text, ms.sentence))
        # (南非时任总统祖马宣布辞职: a post marked former before the name is ended by the resignation too)
        if ended is not None and ms.organization and not (ms.former and ms.end_date) and ms.change is None:
            ms = replace(ms, former=True, change=ended.trigger, end_date=ms.end_date or ended.date)
        out.append(ms)
    return out


def _promoted(memberships: list[Membership], lower: tuple[str, ...]) -> list[Membership]:
    """``memberships``, a post of a lower form (posts/words lower-form: 副书记, 代理市长) marked former
    where the article gives its holder the post itself in the same body (某2021年任X市委副书记、代市长，
    …现任X市委书记: promoted, the deputy and the acting posts ended)."""
    held = {(ms.person.key or ms.person.text, ms.role, ms.organization) for ms in memberships}
    return [replace(ms, former=True) if not ms.former and ms.organization and any(
        ms.role.startswith(f) and (ms.person.key or ms.person.text, ms.role[len(f):], ms.organization) in held
        for f in lower) else ms for ms in memberships]


def _made_full(memberships: list[Membership], text: str, dates: list[Mention],
               made_full: re.Pattern[str]) -> list[Membership]:
    """``memberships``, an acting post (代理市长) told made full (2021年7月，他出任X市代市长，2022年2月
    “去代转正”: ``made-full`` words right after a date, quoted or not) ended that day, and the post itself
    (市长) added from it: the acting post written last before the words in their sentence."""
    acting, out = _ACTING, list(memberships)
    for m in made_full.finditer(text):
        date = next((d for d in dates if d.end == m.start() and d.key and d.key[:1].isdigit()), None)
        lo = sentence_at(text, m.start())[0]
        before = [i for i, ms in enumerate(out) if ms.role.startswith(acting) and len(ms.role) > len(acting)
                  and lo <= ms.title.start < m.start()]
        if date is None or not before:
            continue
        ms = out[before[-1]]
        out[before[-1]] = replace(ms, former=True, end_date=date.key)
        out.append(replace(ms, role=ms.role[len(acting):], start_date=date.key, end_date=None, former=False,
                           change=None, rule=_MADE_FULL))
    return out


#: how an acting post's role opens (代理市长)
_ACTING = "代理"
#: the rule of a post an acting holder was made the full holder of (no step of its own: the acting one's
#: goes on)
_MADE_FULL = "post:made-full"


def _dated_by_change(memberships: list[Membership], events: list[Event], concepts: Mapping[str, Concept],
                     text: str) -> list[Membership]:
    """``memberships``, a post started or ended by an appointment or a removal the article dates only as an
    event (大会选举张三为主席 in the report of a congress held on the 23rd: the meeting's day, read when the
    events are dated) given that day as its start or end, where it has none; not a post a later clause of the
    event's sentence tells (2016年任A，一年后调任海南，任B: B's step is not A's, one event of the sentence's
    changes)."""
    days = {e.trigger: e.date for e in events if e.date and _is_change(concepts, e.type)}

    def dated(ms: Membership) -> Membership:
        day = days.get(ms.change) if ms.change is not None else None
        if day is None or (ms.end_date if ms.former else ms.start_date) is not None:
            return ms
        if ms.change is not None and ms.change.end <= ms.title.start \
                and sentence_at(text, ms.change.start) == sentence_at(text, ms.title.start) \
                and CLAUSE_END.search(text, ms.change.end, ms.title.start):
            return ms
        return replace(ms, end_date=day) if ms.former else replace(ms, start_date=day)

    return [dated(ms) for ms in memberships]


def _dated_alike(memberships: list[Membership]) -> list[Membership]:
    """``memberships``, a current post told with no date given the start of the same post an appointment
    the article reports started (县政协主席黎滨江 before the report of his election that day); read after
    ``_superseded``, which takes a post restated with no date (现任…) for one still held."""
    started = {_held(ms): ms.start_date for ms in memberships if ms.change is not None and ms.start_date
               and not ms.former}
    return [replace(ms, start_date=started[_held(ms)]) if ms.start_date is None and not ms.former
            and _held(ms) in started else ms for ms in memberships]


def _held(ms: Membership) -> tuple[str, str, str | None]:
    """Who holds which post of which body: a post's key however often the article tells it."""
    return ms.person.key or ms.person.text, ms.role, ms.organization


def _superseded(memberships: list[Membership], held_with: tuple[str, ...]) -> list[Membership]:
    """``memberships``, a dated post (2016年10月，张三调任A市副市长) marked former where the article gives
    its holder another post from a later month or year (2021年5月，他调任B市委常委), or, for a step of a
    career told with no event, one an appointment it reports starts (大会选举张三为…主任): the career went
    on past it; not a post the article also gives its holder with no date (…现任A市副市长: still held), nor
    a party committee's post by one of a body its holders take besides (``held-with``: 2023年3月任安徽省委
    书记, then elected 安徽省人大常委会主任: still secretary)."""
    def key(ms: Membership) -> tuple:
        return ms.person.key or ms.person.text, ms.role, ms.organization

    def later(a: str | None, b: str) -> bool:  # whether date a is after date b at the precision both write
        return a is not None and a[:min(len(a), len(b))] > b[:min(len(a), len(b))]

    held = {key(n) for n in memberships if n.start_date is None and not n.former}

    def moved_on(ms: Membership, start: str) -> bool:
        return key(ms) not in held and any(
            key(n)[0] == key(ms)[0] and key(n) != key(ms) and n.organization and n.rule != _MADE_FULL
            and not _held_besides(ms.organization, n.organization, held_with)
            and (later(n.start_date, start) or ms.change is None and n.change is not None and not n.former
                 and n.start_date is None) for n in memberships)

    return [replace(ms, former=True) if ms.start_date and not ms.former and ms.organization
            and moved_on(ms, ms.start_date) else ms for ms in memberships]


def _held_besides(org: str | None, other: str, held_with: tuple[str, ...]) -> bool:
    """Whether a post of ``other`` is one a holder of a post of the party committee ``org`` takes besides it:
    a body of the committee's place whose name ends with a ``held-with`` word (中共安徽省委员会,
    安徽省人民代表大会常务委员会)."""
    m = _PARTY_COMMITTEE.fullmatch(org or "")
    return m is not None and any(other == m.group(1) + w for w in held_with)


#: a place's committee of the CPC (中共安徽省委员会: 安徽省)
_PARTY_COMMITTEE = re.compile(f"{CPC_SHORT}(.+)委员会")


def _of_the_dead(memberships: list[Membership], events: list[Event], concepts: Mapping[str, Concept],
                 text: str) -> list[Membership]:
    """``memberships``, the posts of a person the article tells died (a Death's 死者; with none read, the one
    person its sentence names before the verb: 原X省委书记张三同志，因病医治无效，于…逝世) marked former, with
    no end (an obituary's career: 他曾任A…，1985年任B)."""
    dead: set[str] = set()
    for e in events:
        if not _within(concepts, e.type, ("Death",)):
            continue
        named = {m.key or m.text for role, m in e.arguments if role.endswith(_DECEASED) and m.type == "PER"}
        if not named:
            lo = sentence_at(text, e.trigger.start)[0]
            named = {p.person.key or p.person.text for p in memberships
                     if lo <= p.person.start and p.person.end <= e.trigger.start}
            named = named if len(named) == 1 else set()
        dead |= named
    return [replace(ms, former=True) if not ms.former and ms.organization
            and (ms.person.key or ms.person.text) in dead else ms for ms in memberships]


#: the role of the dead in a Death (kg/rules/events/roles.jsonl Death.死者)
_DECEASED = "死者"


def _is_change(concepts: Mapping[str, Concept], type_: str,
               kinds: tuple[str, ...] = ("Appointment", "Removal")) -> bool:
    """Whether events of ``type_`` start or end posts (``kinds`` and the types under them)."""
    return _within(concepts, type_, kinds)


def _within(concepts: Mapping[str, Concept], type_: str, kinds: tuple[str, ...]) -> bool:
    """Whether ``type_`` is one of ``kinds`` or a type under one of them in the event scheme."""
    seen = set()
    while type_ and type_ not in seen:
        if type_ in kinds:
            return True
        seen.add(type_)
        type_ = getattr(concepts.get(type_), "broader", None) or ""
    return False


# a congress named after the verb of its opening or closing (刚刚胜利闭幕的…代表大会): that opening or closing
_ENDS_OF = {"开幕": "Opening", "闭幕": "Closing"}
_ENDED = re.compile(r"(开幕|闭幕)(?:了)?的$")
# a session's closing told of the session by its bare noun (…举行全体会议,完成各项议程后,会议闭幕)
_SESSION_CLOSES = re.compile(r"会议(?:胜利|顺利|圆满)?$")
# ... or by a bare 会议/大会 opening the clause of its closing (会议在国歌声中闭幕, 大会胜利闭幕)
_BARE_SESSION = re.compile(r"(?:会议|大会)[^,，。;；:：!！?？\n]{0,14}")


def _ends(events: list[Event], text: str, concepts: Mapping[str, Concept]) -> list[Event]:
    """Openings and closings as the scheme's conventions count them: a congress named right after the verb
    of its opening or closing (刚刚胜利闭幕的中国共产党第十九次全国代表大会) is that Opening or Closing; a
    session's closing told by its bare noun (会议闭幕, 会议在国歌声中闭幕) is part of the session, no event of
    its own: the session itself when nothing else tells it (its opening or the session), else nothing; a
    session told closing in a later clause of its sentence (…会议圆满完成各项议程,在Y胜利闭幕) is the
    session (:func:`_closed`)."""
    out: list[Event] = []
    sessions = [e for e in events if e.type == "Opening"
                or e.type != "Closing" and _within(concepts, e.type, ("Meeting",))]
    for e in events:
        ended = _ENDED.search(text, max(0, e.trigger.start - 4), e.trigger.start)
        clause = clause_start(text, e.trigger.start)
        if ended is not None and _within(concepts, e.type, ("Meeting",)):
            e = replace(e, type=_ENDS_OF[ended.group(1)])
        elif e.type == "Closing" and e.trigger.text == "闭幕" and (
                _BARE_SESSION.fullmatch(text, clause, e.trigger.start) or e.name.endswith("会议")
                and _SESSION_CLOSES.search(text, max(0, e.trigger.start - 6), e.trigger.start)):
            if sessions:
                continue
            e = replace(e, type="Meeting", trigger=e.mentions[0] if e.mentions else e.trigger)
        elif e.type == "Closing" and e.trigger.text == "闭幕" and e.rule.startswith("ev.verb."):
            i = next((i for i, t in enumerate(out) if t in sessions and t.sentence == e.sentence
                      and t.date is not None and e.date in (None, t.date)), None)
            if i is not None:  # X会议,圆满完成各项议程后,在Y胜利闭幕: the session, held at Y
                out[i] = _closed(out[i], e)
                continue
        out.append(e)
    return out


def _closed(session: Event, closing: Event) -> Event:
    """``session`` told closing in a later clause of its sentence: the closing's place is its own when it has
    none but the place in its name (云梦县 of 云梦县第十九届人民代表大会第一次会议), and it gains its
    mentions."""
    place, name = session.place, session.trigger
    if closing.place is not None and (place is None or name.start <= place.start < name.end):
        place = closing.place
    return replace(session, place=place, mentions=tuple(sorted({*session.mentions, closing.trigger})))


# verbs that say a meeting takes place (会前进行了集体学习), also told after what it followed (在随后召开的
# 座谈会上)
# what a session does before the verb of a change it decides (…会议决定任命, …会议通过任免)
_DECIDES = ("决定", "通过")
_HELD = re.compile(r"(?:召开|举行|进行|开展|举办|出席)了?$|(?:随后|之后|会后|当天|当日)(?:召开|举行|举办)的$")


# a meeting to be held, named as what a decision or notice is about (会议对召开县人大五次会议的时间作出决定,
# 关于召开…会议的通知, 关于提请审议召开…会议决定): the verb of holding a few words after 对/关于, the name
# followed by 的 or the paper
_TO_BE_HELD = re.compile(r"(?:对|关于)[^,，。;；]{0,6}?(?:召开|举行|举办)$")
# ... and what follows the name: 的, or the paper deciding it (决定, 通知)
_ABOUT_IT = ("的", "决定", "通知")


def _to_be_held(e: Event, text: str) -> bool:
    """Whether ``e`` is a meeting named as what a decision or notice is about (对召开…会议的时间作出决定,
    关于提请审议召开…会议决定(草案)的议案)."""
    return text.startswith(_ABOUT_IT, e.trigger.end) and _TO_BE_HELD.search(
        text, max(0, e.trigger.start - 12), e.trigger.start) is not None


# what follows an event's name that makes it name a group (率…培训班一行), or, undated, its deputies (出席…
# 人民代表大会代表) or the form of something else (以视频会议形式参加: a manner)
_GROUP = re.compile(r"一行")
_DEPUTIES = re.compile(r"代表")
_FORM = re.compile(r"形式|方式")


def _names_no_happening(e: Event, text: str) -> bool:
    """Whether the name of ``e`` names people or a form, not a happening: a group (率市政协常委会培训班一行),
    or, undated, its deputies (出席宝鸡市第十六届人民代表大会代表) or a manner (以视频会议形式)."""
    start, end = e.trigger.start, e.trigger.end
    if not e.rule.startswith(_NOUN):
        return False
    if _GROUP.match(text, end):
        return True
    return e.date is None and (_DEPUTIES.match(text, end) is not None
                               or text.endswith("以", 0, start) and _FORM.match(text, end) is not None)


def _only_studied(e: Event, text: str, reported: tuple[str, ...], concepts: Mapping[str, Concept],
                  fw: FactWords) -> bool:
    """Whether ``e`` is an undated meeting whose spirit or decisions (``fw.studied``) a verb of reporting
    before it in its clause studies or carries out (贯彻落实党的二十大精神和市委六届二次全会决策部署), not
    named again: named
    only, whoever the reader took to chair it."""
    clause = clause_start(text, e.trigger.start)
    return e.date is None and _within(concepts, e.type, ("Meeting",)) and len(e.mentions) <= 1 \
        and fw.studied.match(text, e.trigger.end) is not None \
        and any(w in text[clause:e.trigger.start] for w in reported)


def _counted(e: Event, events: list[Event], text: str, fw: FactWords) -> bool:
    """Whether ``e`` is told in a sentence that counts a happening of its type told before it (…开始对中国
    进行国事访问。这是特朗普就任以来首次访华; ``fw.counted`` opening it, 首次 or 第…次 right before the act):
    that one again, no happening of its own."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    return fw.counted.match(text, sent, e.trigger.start) is not None \
        and any(t.type == e.type and t.trigger.end <= sent for t in events)


def _spoken_visit(e: Event, text: str, fw: FactWords) -> bool:
    """Whether ``e`` is a visit a host's words of welcome, thanks or wishes before it in its clause speak of
    (``fw.welcomed``: 黄强欢迎拉雷亚大使和夫人来川访问; 感谢…前来拜访; 表示热烈祝贺和诚挚慰问), or an
    inspection or a visit named by 的 and thanked for right after it (对各位领导的调研表示热烈欢迎; not
    对X来滇访问表示欢迎, the visit the guest is on), no day of its own written
    there: the visit is spoken of, not told; a ceremony of welcome (举行仪式,欢迎…访问) and a headline
    (外交部:欢迎…访华) tell it."""
    clause = clause_start(text, e.trigger.start)
    if e.type not in GOING or e.rule.startswith(_NOUN) or e.when is not None and clause <= e.when.start:
        return False  # a visit its own clause dates is told
    line = text[text.rfind("\n", 0, e.trigger.start) + 1:text.find("\n", e.trigger.end) % (len(text) + 1)]
    if not any(c in line for c in "。！？!?"):
        return False  # a headline (外交部:欢迎旧金山市市长访华) announces the visit
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    if "对" in text[clause:e.trigger.start] and text.endswith("的", 0, e.trigger.start) \
            and fw.welcomed.match(text, e.trigger.end):
        return True  # 对各位领导的调研表示热烈欢迎: the inspection the article told, thanked for
    return e.type == "Visit" and fw.welcomed.search(text, clause, e.trigger.start) is not None \
        and "仪式" not in text[sent:e.trigger.start]


def _invited(e: Event, text: str, fw: FactWords) -> bool:
    """Whether ``e`` is an act someone is invited to before it in its clause (``fw.inviting``: 邀请张刚院长
    率队到资中县进行实地考察; 邀请甘肃省加入NEAR), no day of its own written there: the act is asked for, not
    told. An invitation accepted (``fw.invited``: 应…邀请, 受…邀请, 在…的邀请下) tells it, and so does
    one named (对…的盛情邀请表示感谢)."""
    clause = clause_start(text, e.trigger.start)
    if e.when is not None and clause <= e.when.start:
        return False
    asked = fw.inviting.search(text, clause, e.trigger.start)
    return asked is not None and not fw.invited.search(text, clause, asked.start()) \
        and not text.startswith("下", asked.end()) \
        and "的" not in text[max(clause, asked.start() - 3):asked.start()]


def _defined(e: Event, text: str, fw: FactWords) -> bool:
    """Whether ``e`` is named only to say what it is or to use it (海丝博览会是广东与…交流合作的重要平台;
    借助海丝博览会等平台): a name followed by ``fw.defined`` (是, 等平台) opening no clause of its holding (no
    verb of holding right before it)."""
    return e.rule.startswith(_NOUN) and fw.defined.match(text, e.trigger.end) is not None \
        and not _HELD.search(text, max(0, e.trigger.start - 3), e.trigger.start)


def _as_time(e: Event, text: str, concepts: Mapping[str, Concept], fw: FactWords) -> bool:
    """Whether ``e`` is an undated closing told by its verb only as the time of something else
    (``fw.as_time``: 中共十九大胜利闭幕后中方接待的…, 闭幕以来), or an opening or closing congratulated on
    (祝贺中共十九大圆满闭幕): no event told.
    (DuEE annotates an opening told as a time, 正式开幕后首枚金牌, as an event: openings so told are kept.)"""
    if e.date is not None or e.rule.startswith(_NOUN) \
            or not _within(concepts, e.type, ("Opening", "Closing")):
        return False
    clause = clause_start(text, e.trigger.start)
    return _within(concepts, e.type, ("Closing",)) and fw.as_time.match(text, e.trigger.end) is not None \
        or "祝贺" in text[clause:e.trigger.start]


def _since(e: Event, text: str, fw: FactWords) -> bool:
    """Whether ``e`` is told only as the start of a time counted from it (``fw.since`` in its clause after it:
    自两地签订合作协议以来, 自1994年当选院士以来, 全国两会开幕以来) with no day of its own: no event told."""
    return not is_day(e.date) and fw.since.match(text, e.trigger.end) is not None


def _habitual(e: Event, text: str, fw: FactWords) -> bool:
    """Whether ``e``'s clause tells its act as done again and again or at set times (``fw.habitual``
    before it: 已多次召开防汛工作会议, 多次到街道检查督导, 经常会面): no one happening told."""
    clause = clause_start(text, e.trigger.start)
    return any(w in text[clause:e.trigger.start] for w in fw.habitual)


def _only_named(e: Event, text: str, concepts: Mapping[str, Concept]) -> bool:
    """Whether ``e`` is a meeting the text only names (学习贯彻…全会精神, 报…会议备案, 经大会): no date,
    place or person taking part, and no verb saying it took place; no happening the article reports."""
    return (e.date is None and e.when is None and e.place is None and e.chair is None and not e.attendees
            and _within(concepts, e.type, ("Meeting",))
            and not _HELD.search(text, max(0, e.trigger.start - 5), e.trigger.start))


def _in_passing(e: Event, concepts: Mapping[str, Concept]) -> bool:
    """Whether ``e`` is a conference, a visit, an inspection, a reception or a ceremony told with nothing of
    its own: no day, no place and nobody taking part (连日来，与会代表在观摩调研中…; 代表团还考察了部分企业;
    大会在庄严的升国旗仪式中拉开序幕): spoken of in passing, no happening the article reports (a meeting so
    told is :func:`_only_named`). Not an opening, a closing or a signing, told by what opens or what is
    signed with no one named (…商品展开幕, 两市签署…协议)."""
    return (e.date is None and e.place is None and e.chair is None and not e.attendees
            and (e.type == "Ceremony" or _within(concepts, e.type, _PASSING)))


def _nobody_met(e: Event) -> bool:
    """Whether ``e`` is a meeting told by an act verb with nobody named meeting (代表团将于15日至17日与浙江省
    官员会面; 与外交部官员会面交流): a trip's programme, not a meeting of its own."""
    return e.type == _MET and e.rule.startswith(_VERB) and e.chair is None and not e.attendees


# the type of a meeting told by an act verb (会面)
_MET = "Meeting"


# the types an event told in passing may be of (:func:`_in_passing`), beside the ceremony itself
_PASSING = ("Conference", "Reception", "Visit", "Inspection")


def _no_year_alone(e: Event) -> Event:
    """``e`` with no date when its date is a year alone (在2022年…、在…座谈会上的讲话精神: a year of its
    list, no day)."""
    return replace(e, date=None, end_date=None, when=None) if e.date is not None and len(e.date) == 4 else e


def _by_day(e: Event, concepts: Mapping[str, Concept]) -> Event:
    """``e`` dated by a day or not at all when it is public life's (a meeting, a visit, a signing): a month
    or a year alone (2015年11月访问老挝, 近日 read as the publication's month, 2019年度…视察 by its name's
    year) is no day it took place (eval/modern's convention: no date when the text gives no day); its date
    mention stays in the article. News of what happened (1963年5月出生) keeps the month the text tells."""
    if e.date is None or len(e.date) == DAY_KEY or happening(concepts, e.type):
        return e
    return replace(e, date=None, end_date=None, when=None)


@dataclass(frozen=True)
class _Article:
    """What the readers of an article's events ask of it besides each event: its text, its mentions (no
    short place) indexed once for the place readers (its places in order among them), its dates, and the
    words of the rules they read."""

    text: str
    mentions: Mentions
    dates: list[Mention]
    concepts: dict[str, Concept]
    w: Words
    fw: FactWords
    guest: frozenset[str]  # 考察: an inspection verb that is a guest's visit too
    appointing: tuple[str, ...]  # the verbs of an appointment and a removal (任命, 免去)

    @classmethod
    def of(cls, text: str, mentions: list[Mention], rules: RuleSet) -> _Article:
        changed = appointment_words(rules)
        return cls(text, Mentions(mentions), [m for m in mentions if m.type == "DATE"], scheme(rules),
                   words(rules), fact_words(rules), merges(rules).guest,
                   changed["trigger"] + changed["remove"])


def extract_facts(view: View, mentions: list[Mention], ctx: Context) -> tuple[
        list[Membership], list[Event], list[Relation]]:
    """Memberships, events and relations of the article seen through ``view``."""
    # a province's or city's one-character name (在京, 来沪: places.short) is read by the facts' own rules
    # where it matters (short_place_at, place_in_verb), not as a place mention beside a trigger
    mentions = [m for m in mentions if m.rule != SHORT_PLACE_RULE]
    memberships, relations, changes = _posts_and_relations(view, mentions, ctx)
    rules = rules_of(ctx)
    art = _Article.of(view.source, mentions, rules)
    concepts, w, fw = art.concepts, art.w, art.fw
    presenting: list[tuple[Mention, list[Mention]]] = []
    events = read_arguments(view, mentions, extract_events(view, mentions, ctx, _sole_holders(memberships),
                                                           presenting), rules)
    events = [_item_dated_later(e, view.source) for e in events]
    changes, moved = _one_per_appointment(changes, memberships, view.source)
    events = _one_per_change(events, changes, concepts)
    events = _happenings(events, art, rules)
    # 访津, 在汉与, 赴巴; 莅同 in a 大同 paper
    short = article_short_places(short_places(rules), mentions, ctx.place, w.stationed, w.short_lead)
    events = [replace(e, place=place_in_verb(e, short, fw) or short_place_at(e, view.source, short, w)
                      or short_place_come_to(e, view.source, short, w, art.mentions))
              if e.place is None else e for e in events]
    told = [_done_earlier(e, view.source, fw) for e in _told(_dated(events, art), art)]
    told, merged = one_per_happening(told, view.source, merges(rules), concepts, w.refer_noun)
    moved = {**{k: merged.get(v, v) for k, v in moved.items()}, **merged}
    events = _placed(told, art, self_bodies(ctx.publisher, post_words(rules)["self-ref"], rules))
    events = _headline_once(_one_per_tour(events, art.dates, view.source, fw, art.guest), view.source)
    events = _during_visits(events, view.source, art.mentions.places, concepts, fw)
    events = _groups_received(events, view.source, w)
    events = _one_per_day(events, view.source, merges(rules).again, w.repeated)
    posts = [replace(m, change=moved.get(m.change, m.change)) if m.change is not None else m
             for m in memberships.values()]
    # (将关于接受A辞去X职务请求的决定草案提请表决: a change only drafted is no event, and ends no post)
    events = [e for e in events if not (_is_change(concepts, e.type) and drafted(
        view.source, e.trigger.end, sentence_at(view.source, e.trigger.start)[1], rules))]
    posts = _ended(concepts, posts, events)  # a post ended in 1991 keeps its year
    posts = _made_full(posts, view.source, art.dates, grammar_of(rules).made_full)
    posts = _promoted(posts, post_words(rules)["lower-form"])
    events = _joined_by_and(_held_that_day(events, view.source, art.dates, concepts, w), view.source)
    names = frozenset(m.start for m in mentions if m.type in ("PER", "LOC", "ORG"))
    events = [_not_yet(e, view.source, names, fw) for e in events]
    # the careers' passes, in this order: dates of the changes, the steps a later one superseded, the same
    # posts told again, the posts of the dead
    posts = _dated_by_change(posts, events, concepts, view.source)
    posts = _dated_alike(_superseded(posts, post_words(rules)["held-with"]))
    posts = _of_the_dead(posts, events, concepts, view.source)
    return sorted(posts), with_presenters([_by_day(e, concepts) for e in events  # (a year alone is no day:
                                           if not _in_passing(_no_year_alone(e), concepts)  # 2022年…座谈会)
                                           and not _nobody_met(e)], presenting), \
        sorted(relations.values())


def _posts_and_relations(view: View, mentions: list[Mention], ctx: Context) -> tuple[
        dict[tuple, Membership], dict[tuple, Relation], list[Event]]:
    """The posts (the most confident one per person, title span and organisation) and the relations (one
    per subject, predicate and object) of the posts', the appointments' and the relations' readers, and
    the changes of post the appointments' reader finds (events)."""
    memberships: dict[tuple, Membership] = {}
    relations: dict[tuple, Relation] = {}
    changes: list[Event] = []
    reading = read_article(view, mentions, ctx)  # (what both readers read, worked out once)
    for fact in chain(extract_posts(reading), extract_appointments(reading)):
        if isinstance(fact, Event):
            changes.append(fact)
        elif isinstance(fact, Membership):
            # one post per person, title span and organisation: keep the most confident
            k = (fact.person.start, fact.title.start, fact.title.end, fact.organization)
            if k not in memberships or fact.confidence > memberships[k].confidence:
                memberships[k] = fact
        else:
            relations.setdefault((fact.subject.key, fact.predicate, fact.object.key), fact)
    for rel in extract_relations(view, mentions, ctx):
        key = (rel.subject.key or rel.subject.text, rel.predicate, rel.object.key or rel.object.text)
        relations.setdefault(key, rel)
    return memberships, relations, changes


def _sole_holders(memberships: Mapping[tuple, Membership]) -> dict[str, Mention]:
    """A title held by one person in the article -> that person: it stands for them when written alone."""
    by_title: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in sorted(memberships.values()):
        by_title.setdefault(m.title.text, set()).add(m.person.key or m.person.text)
        first.setdefault(m.title.text, m.person)
    return {t: first[t] for t, names in by_title.items() if len(names) == 1}


def _one_per_appointment(changes: list[Event], memberships: Mapping[tuple, Membership], text: str) -> tuple[
        list[Event], dict[Mention, Mention]]:
    """The changes of post, one per decision, list of verbs, sentence and post told again, and where each
    left out went (its trigger -> the trigger of the change it is one with)."""
    changes, listed = _one_per_list(_one_per_trigger(changes), text)
    changes, moved = _one_per_sentence(changes, text)
    moved = {**{k: moved.get(v, v) for k, v in listed.items()}, **moved}
    again = _one_per_post(changes, memberships.values(), moved, text)
    changes = [e for e in changes if e.trigger not in again]
    return changes, {**{k: again.get(v, v) for k, v in moved.items()}, **again}


class _TriggerWords(NamedTuple):
    """The trigger words ``_happenings`` reads, by role and type."""

    reported: tuple[str, ...]  # stop words of a report (the event only studied)
    nouns: dict[str, str]  # trigger noun -> its event type
    verbs: dict[str, str]  # trigger verb -> its event type
    organising: tuple[str, ...]  # verbs of organising


@per_rules
def _trigger_words(rules: RuleSet) -> _TriggerWords:
    """The :class:`_TriggerWords` of ``rules``."""
    lex = triggers(rules)
    return _TriggerWords(tuple(word for word, t in lex["stop"].items() if t.role == "reported"),
                         {word: t.type for word, t in lex["noun"].items()},
                         {word: t.type for word, t in lex["verb"].items()},
                         tuple(word for word, t in lex["verb"].items() if t.role == "organize"))


def _happenings(events: list[Event], art: _Article, rules: RuleSet) -> list[Event]:
    """The events that tell something that happened (not one only named, to be held, studied, defined,
    a body's name, a time, ...), the ends of one joined, each of its joint type, hosted, at its venue."""
    text, concepts, fw = art.text, art.concepts, art.fw
    orgs = art.mentions.bodies
    reported, nouns, verbs, organising = _trigger_words(rules)
    titles = frozenset(m.start for m in art.mentions.all if m.type == "TITLE")
    events = _joined(_ends(events, text, concepts), text, concepts)
    parts = frozenset(e.trigger.end for e in events if e.rule.startswith(_NOUN))
    return [venue(_hosted(_joint_type(e, text, nouns, verbs, parts, concepts), text, art.guest, fw), text,
                  art.mentions, art.w)
            for e in events
            if not _only_named(e, text, concepts) and not _in_book_title(e, text, concepts, fw)
            and not _to_be_held(e, text) and not _names_no_happening(e, text)
            and not _only_studied(e, text, reported, concepts, fw)
            and not _spoken_visit(e, text, fw) and not _defined(e, text, fw)
            and not _counted(e, events, text, fw)
            and not _invited(e, text, fw)
            and not _as_time(e, text, concepts, fw) and not _since(e, text, fw) and not _habitual(e, text, fw)
            and not _a_body(e, orgs, concepts) and not _organiser(e, text, organising, fw)
            and not _a_holder(e, text, titles, organising, art.w.body_noun)
            and not _deciding(e, text, art.appointing, concepts)
            and not _co_named(e, events, text, nouns)]


def _co_named(e: Event, events: list[Event], text: str, nouns: Mapping[str, str]) -> bool:
    """Whether the named event ``e`` is listed before another event's name that names an event of its own
    before its noun (市八届人大四次会议、市政协八届三次会议新闻发布会; 青山论坛、白水博览会新闻发布会): the
    items name whose press conference (or other event) it is, not events of their own."""
    joined = AND.match(text, e.trigger.end) if e.rule.startswith(_NOUN) else None
    if joined is None:
        return False
    return any(t.trigger.start == joined.end() and t.rule.startswith(_NOUN)
               and t.trigger.text.endswith(noun := t.rule.removeprefix(_NOUN))
               and t.trigger.text[:-len(noun)].endswith(tuple(nouns)) for t in events)


def _done_earlier(e: Event, text: str, fw: FactWords) -> Event:
    """``e`` undated when told inside a clause of what was done before the rest of its sentence and dated
    by a day written after that clause (继在深圳考察和参加…联席会议后，于11月17日，赶赴…: the meeting was
    held before the 17th, on no day told)."""
    if e.when is None or e.when.start < e.trigger.end:
        return e
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    span = next((m for m in fw.earlier.finditer(text, sent, e.when.start)
                 if m.start() < e.trigger.start and e.trigger.end <= m.end()), None)
    return e if span is None else replace(e, date=None, end_date=None, when=None)


def _dated(events: list[Event], art: _Article) -> list[Event]:
    """``events`` dated, where their own words give no day, by the local time of their sentence's place,
    the year in their name, the clause after it saying where it was held, an arrival told before them."""
    text, dates, w = art.text, art.dates, art.w
    events = [dated_by_local_time(e, text, art.mentions, dates, w.clock) if e.date is None else e
              for e in events]
    events = [dated_by_name_year(e, text, dates) for e in events]
    events = [dated_where_held(e, text, dates, w) if e.date is None else e for e in events]
    # an arrival dates the visit its next clause begins, not a meeting it comes for (抵达…,出席…定期会晤并
    # 对俄罗斯进行正式访问: the talks are held on a later day)
    events = [dated_by_arrival(e, text, dates, w) if e.date is None and e.type in GOING else e
              for e in events]
    return [dated_by_arrival_told(e, text, dates, w, art.fw.airport)
            if e.date is None and _within(art.concepts, e.type, (*GOING, *HELD_AT)) else e for e in events]


def _told(events: list[Event], art: _Article) -> list[Event]:
    """``events`` in the order told, each with no day of its own on the day told before it (a change of
    post on its session's), and a change decided by a session named by the session's day."""
    text, concepts = art.text, art.concepts
    told: list[Event] = []
    for e in sorted(events, key=lambda e: (e.trigger, e.name)):
        # no date, or a meeting's or a visit's year that is no day (会前,…组织了2022年…视察活动)
        if e.date is None or len(e.date) == len("2022") and _by_day(e, concepts).date is None:
            e = on_the_day_told(e, text, told, art.w.same_day, art.dates)
        if e.date is None and _is_change(concepts, e.type):
            e = on_the_session_day(e, text, told, art.w)
        if _is_change(concepts, e.type):
            e = decided_by_session_named(e, text, art.appointing)
        told.append(e)
    # the occasion of a speech studied (学习…在福建考察时的重要讲话精神): a meeting named so is only named,
    # a visit or an inspection is a past one of no day told
    return [replace(e, date=None, end_date=None, when=None) if spoken else e
            for e, spoken in ((e, only_spoken_at(e, text)) for e in told)
            if not (spoken and e.rule.startswith(_NOUN))]


def _placed(told: list[Event], art: _Article, selves: Mapping[str, str]) -> list[Event]:
    """``told`` placed where their own words name no place: where they are referred to, held later, in
    their clause or one before, on the trip they are part of, where told again, at the publisher's own
    body (``selves``: :func:`~kg.extract.event_places.self_bodies`)."""
    text, mentions, dates, concepts, w, fw = art.text, art.mentions, art.dates, art.concepts, art.w, art.fw
    told = [replace(e, place=place_referred(e, text, mentions, w) or place_of_main_hall(e, text, mentions, w)
                    or e.place) for e in told]
    told = [replace(e, place=place_held_later(e, text, mentions, dates, told, w) or place_of_act_marked(
        e, text, mentions)) if e.place is None else e for e in told]
    told = [replace(e, place=place_opened(e, text, mentions, w) or place_venue_after(e, text, mentions, w)
                    or e.place) for e in told]  # X纪念馆开馆仪式; X启动仪式举行。在Y广场,…
    told = [replace(e, place=place_named_before(e, text, mentions, w) if _within(concepts, e.type, HELD_AT)
                    else None) if e.place is None else e for e in told]
    events = [replace(e, place=place_of_clause(e, text, mentions, dates, w, fw))
              if e.place is None and _within(concepts, e.type, HELD_AT) else e for e in told]
    events = [replace(e, place=place_of_clause_before(e, text, events, mentions, w) or place_of_event_stay(
        e, text, events, w) or (place_guests_came_to(
        e, text, mentions, w) if _within(concepts, e.type, HELD_AT) else None) or (place_of_trip(
        e, text, events, fw) if _within(concepts, e.type, (*GOING, *HELD_AT))
        and not _in_passing(e, concepts) else None)) if e.place is None else e for e in events]
    events = [_placed_where_told_again(e, text, mentions, dates, events, concepts, w, fw)
              if e.place is None else e for e in events]
    events = [replace(e, place=place_of_days_held(e, text, events, mentions, w)
                      or place_of_paragraph_stay(e, text, mentions, w))
              if e.place is None and _within(concepts, e.type, HELD_AT) else e for e in events]
    # (read at each mention: 来到我院进行交流座谈。座谈会上,…: one conference, told twice)
    events = [replace(e, place=next((p for m in (e.trigger, *e.mentions) if (p := place_of_self(
        replace(e, trigger=m), text, selves, w, _within(concepts, e.type, GOING)))
        is not None), None))
        if e.place is None and _within(concepts, e.type, (*GOING, *HELD_AT)) else e for e in events]
    return [replace(e, place=place_acted_on(e, text, mentions))
            if e.place is None and _within(concepts, e.type, GOING) else e for e in events]
