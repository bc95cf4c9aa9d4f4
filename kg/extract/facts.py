"""Facts of one article: posts, events and relations, from its text and mentions.

The stage after mention extraction (``kg.pipeline``). Each fact carries the
sentence it comes from (source offsets), the id of the rule that made it and a
confidence whose meaning each module documents (``kg.extract.posts``,
``kg.extract.events``, ``kg.extract.relations``).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from itertools import chain

from kg.extract.appointments import extract_appointments
from kg.extract.arguments import read_arguments
from kg.extract.context import Context
from kg.extract.engine import rules_of
from kg.extract.events import Concept, Words, extract_events, scheme, words
from kg.extract.posts import extract_posts
from kg.extract.relations import extract_relations
from kg.model import Event, Membership, Mention, Relation
from kg.nlp.normalize import View
from kg.nlp.sentences import sentence_at
from kg.nlp.tokenize import dict_tag, tokenize

__all__ = ["extract_facts"]


# how a venue's name ends: an organisation so named is where things happen (上海国际会议中心, 人民大会堂)
_VENUE_END = re.compile(r"(?:中心|大厦|会堂|礼堂|酒店|宾馆|饭店|广场|庄园|公园|体育馆|展览馆|博物馆|"
                        r"会馆|剧院|园区)$")
# types whose verb's object is the place gone to (访问美国, 考察深圳)
_GOING = ("Visit", "Inspection")


def _venue(e: Event, text: str, mentions: list[Mention], w: Words) -> Event:
    """The event with its venue as a place: an organisation named like a venue is the place, not the
    organiser (在上海国际会议中心会见); a visit's place is the place its verb names (访问美国)."""
    place, organizer = e.place, e.organizer
    if place is not None and place.type == "ORG" and _VENUE_END.search(place.text):
        place = replace(place, type="LOC")
    if organizer is not None and place is not None \
            and (organizer.start, organizer.end) == (place.start, place.end):
        organizer = None
    if place is None and e.type in _GOING:
        place = _place_gone_to(e, text, mentions, w)
    if (place, organizer) == (e.place, e.organizer):
        return e
    return replace(e, place=place, organizer=organizer)


# what may stand between a visit's verb and the place it names: 访问了美国, 参观了位于X的…
_VERB_TO_PLACE = re.compile(r"了?(?:位于)?")
# a visit or inspection of a place written before its verb: 对中国进行国事访问, 对X县开展为期2天的安全生产巡查
_TO_VISIT = re.compile(r"(?:进行|开展)了?[^,，。;；、]{0,12}")
# places listed after the first one a verb names: 对新西兰、澳大利亚和马来西亚进行正式访问, 赴香港、澳门出席
_LIST_JOIN = re.compile(r"[、和及与]")
# where a clause ends
_CLAUSE_END = re.compile(r"[,，。;；!！?？\n]")
# a dateline naming its place: 本报香港9月27日电, 新华社北京6月11日电 (the place is the LOC mention in it)
_DATELINE = re.compile(r"[^,，。;；\n(（]{2,24}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯)")


def _place_gone_to(e: Event, text: str, mentions: list[Mention], w: Words) -> Mention | None:
    """The place a visit or an inspection goes to: its verb's object (访问美国, 参观了位于X的…), the
    place of 对X进行国事访问, or the place its doer went to earlier in the sentence (来到X走访: ``going``)."""
    verb_to = _VERB_TO_PLACE.match(text, e.trigger.end)  # it matches everywhere, if only the empty string
    at = verb_to.end() if verb_to else e.trigger.end
    places = sorted((m for m in mentions if m.type == "LOC"), key=lambda m: m.start)
    found = next((m for m in places if m.start == at), None)
    if found is not None:
        return found
    for m in places:
        if m.end < e.trigger.start and text[m.start - 1:m.start] == "对" \
                and _TO_VISIT.fullmatch(text, _list_end(m, places, text), e.trigger.start):
            return m
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    came = _came_to(text, sent, e.trigger.start, mentions, w)
    return came or _place_stayed(e, text, places, _subject_clause(e, text, sent, w))


# where the name of a place gone to ends: a list mark, 等, a clause mark
_GONE_TO_END = re.compile(r"[、等,，。;；!！?？\n]")


def _came_to(text: str, lo: int, hi: int, mentions: list[Mention], w: Words) -> Mention | None:
    """The last place someone went to in view span [lo, hi) (来到X走访, 赴A、B出席: A): the place named after
    a verb of going, or the body or venue a verb of two characters names there (来到青山公司,调研: a
    company's site as the place; the words up to a list mark, so 深入A配气站、B超市等 gives A配气站)."""
    came = None
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):  # of two at one start, the longer last
        if not (lo <= m.start and m.end <= hi and m.type in ("LOC", "ORG")):
            continue
        before = text[max(lo, m.start - 2):m.start]
        if m.type == "LOC" and before.endswith(w.going):
            came = m
        elif m.type == "ORG" and any(len(g) > 1 and before == g for g in w.going):
            stop = _GONE_TO_END.search(text, m.end, hi)
            end = stop.start() if stop else hi
            if end - m.start <= 24:
                came = _place_span(text, m.start, end, "event:place-gone-to")
    site = _site_gone_to(text, lo, hi, mentions, w)
    if site is not None and (came is None or came.start < site.start):
        return site
    return came


def _place_span(text: str, start: int, end: int, rule: str) -> Mention:
    """A place of an event named by the words of ``text[start:end]`` (no place mention of the NER)."""
    return Mention(start, end, "LOC", text[start:end], rule=rule, key=text[start:end])


# what opens no name of a site: a determiner or a pronoun (来到这个村, 走进该社区)
_NO_SITE_START = re.compile(r"[这那该此其各每本我你他她]")


def _site_gone_to(text: str, lo: int, hi: int, mentions: list[Mention], w: Words) -> Mention | None:
    """The last site named after a verb of going in view span [lo, hi) that the NER did not name: a town, a
    community, a reservoir or a hall (来到青山镇调研, 深入和平街道东风社区,走访…, 走进白沙泵站、东堤水闸):
    the nouns up to a list mark, a clause mark or a verb, ending in a ``venue`` word, of the first item."""
    named = {m.start for m in mentions if m.type in ("LOC", "ORG")}
    people = {m.end for m in mentions if m.type == "PER"}
    site = None
    for g in w.going:
        for found in re.finditer(re.escape(g), text[lo:hi]):
            at = lo + found.end()
            verb = lo + found.start()
            if len(g) == 1 and verb not in people and dict_tag(text[verb - 1:verb + 1]) is not None:
                continue  # 得到, 受到, 刚到: no verb of going of its own
            at += text.startswith("了", at)
            if at in named or _NO_SITE_START.match(text, at):
                continue  # a place the NER named is read above
            stop = _GONE_TO_END.search(text, at, hi)
            end = _nouns_end(text, at, stop.start() if stop else hi)
            inside = any(m.type in ("PER", "DATE") and at < m.end and m.start < end for m in mentions)
            if 3 <= end - at <= 16 and w.venue.search(text, at, end) and not inside \
                    and (site is None or site.start < at):
                site = _place_span(text, at, end, "event:place-site")
    return site


def _nouns_end(text: str, start: int, end: int) -> int:
    """Where the words of ``text[start:end]`` that can name a site end: before its first verb, adverb or
    preposition after the first word (青山镇 of 青山镇开展调研); none when the first word is a verb."""
    toks = tokenize(text[start:end])
    if toks and toks[0].tag.startswith("v") and len(toks[0].word) > 1:
        return start  # 深入推进美丽乡村: a verb's object, no site
    for tok in toks[1:]:
        if tok.tag[:1] in ("v", "d", "p", "c", "u"):
            return start + tok.start
    return end


# after a list of places after 在: 在A、B等地调研, 在A、B两地 (a clause's words up to its verb or 期间 follow)
_PLACES_END = re.compile(r"(?:等地|两地|三地|等)?")
_UNTIL_VERB = re.compile(r"[^,，。;；、]{0,4}")
_UNTIL_STAY = re.compile(r"[^,，。;；、]{0,6}期间")


def _subject_clause(e: Event, text: str, sent: int, w: Words) -> int:
    """Where the clause of ``e``'s trigger starts, or the clause before it when the trigger's clause opens
    with the verb and goes on with the subject of that one (李明在长沙期间,会见…; 李明来到X,调研…)."""
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, sent, e.trigger.start)), default=sent)
    if clause > sent and text[clause - 1] in ",，" and w.continuing.fullmatch(text, clause, e.trigger.start):
        return max((m.end() for m in _CLAUSE_END.finditer(text, sent, clause - 1)), default=sent)
    return clause


def _place_stayed(e: Event, text: str, places: list[Mention], clause: int) -> Mention | None:
    """The place after 在 in the trigger's clause (from ``clause``) where the event is made: the first of a
    list (在A、B等地调研: A), or the place of a stay the event is part of (在长沙期间,会见…)."""
    for m in places:
        if not (clause < m.start and m.end <= e.trigger.start and text[m.start - 1] == "在"):
            continue
        last = _list_end(m, places, text)
        after = _PLACES_END.match(text, last)  # it matches everywhere, if only the empty string
        end = after.end() if after else last
        listed = last > m.end or end > last  # one place alone after 在 is the event reader's (在长沙调研)
        if listed and _UNTIL_VERB.fullmatch(text, end, e.trigger.start) \
                or _UNTIL_STAY.match(text, end, e.trigger.start):
            return m
    return None


def _list_end(first: Mention, places: list[Mention], text: str) -> int:
    """Where the list of places ``first`` opens ends (新西兰、澳大利亚和马来西亚)."""
    end = first.end
    for m in places:
        if m.start == end + 1 and _LIST_JOIN.fullmatch(text, end, m.start):
            end = m.end
    return end


def _held_in_later(e: Event, text: str, mentions: list[Mention], events: list[Event],
                   w: Words) -> Mention | None:
    """The place a later sentence gives the event: of its paragraph by its trigger word (会见了X。会见在青山
    宾馆举行; 会谈在人民大会堂举行), or anywhere by its noun after a word referring back (本届研讨会在福州
    举办), before the event is told again so."""
    para_end = text.find("\n", e.trigger.end)
    m = _said_held(text, (e.trigger.text,), w, e.trigger.end, para_end if para_end >= 0 else len(text))
    noun = e.rule.removeprefix("ev.noun.") if e.rule.startswith("ev.noun.") else ""
    if m is None and noun:
        m = _said_held(text, tuple(r + noun for r in w.refer_noun), w, e.trigger.end, len(text))
    if m is None:
        return None
    if any(e.trigger.end <= o.trigger.start < m[0] and o.rule == e.rule for o in events):
        return None  # told again before: the place is that one's
    a, b = m[1].span(1)
    known = next((x for x in mentions if (x.start, x.end) == (a, b) and x.type in ("LOC", "ORG")), None)
    if known is not None:
        return replace(known, type="LOC")
    return Mention(a, b, "LOC", text[a:b], rule="event:place-held", key=text[a:b])


def _said_held(text: str, said: tuple[str, ...], w: Words, lo: int,
               hi: int) -> tuple[int, re.Match[str]] | None:
    """Where the first of ``said`` (words naming an event) in ``text[lo:hi]`` followed by where it was held
    (``w.held_in``: 会见在青山宾馆举行) is written, and that match (group 1 the place), when the word opens a
    clause."""
    found = []
    for word in said:
        at = text.find(word, lo, hi)
        while at >= 0:
            m = w.held_in.match(text, at + len(word), hi)
            if m is not None:
                found.append((at, m))
                break
            at = text.find(word, at + 1, hi)
    first = min(found, key=lambda f: f[0], default=None)
    return first if first is not None and text[first[0] - 1:first[0]] in ("。", "，", ",", "；", ";", "\n") \
        else None


# events held at a place (meetings, ceremonies, receptions, shows, press releases): what a clause's or a
# dateline's place can be the place of; visits and inspections go to theirs (:func:`_place_gone_to`)
_HELD_AT = ("Meeting", "Ceremony", "Reception", "Performance", "Exhibition", "Training", "Release")


def _place_of_clause(e: Event, text: str, mentions: list[Mention], dates: list[Mention],
                     w: Words) -> Mention | None:
    """The place of an event held somewhere with none of its own, read from its clause and sentence: the
    place its doer went to in the trigger's clause or the clause whose subject it shares (赴香港、澳门
    出席…宴会: the first of several; 来到青山公司,会见…), the place of their stay (在长沙期间,会见…),
    the foreign place whose local time opens the sentence (吉隆坡当地时间23日下午,…会谈), the place the
    sentence before arrived at when this one goes on from it (…抵达莫斯科。随后,…会见…), or the place of
    the dateline opening the paragraph (本报香港9月27日电 …会见) or an earlier one on the event's day."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    clause = _subject_clause(e, text, sent, w)
    came = _came_to(text, clause, e.trigger.start, mentions, w)
    if came:
        return came
    places = sorted((m for m in mentions if m.type == "LOC"), key=lambda m: m.start)
    stayed = _place_stayed(e, text, places, clause)
    if stayed is not None:
        return stayed
    local = _local_time(text, sent, places, w.clock)
    if local is not None:
        return local[0]
    arrived = _arrived_before(text, sent, mentions, w)
    if arrived is not None:
        return arrived
    para = text.rfind("\n", 0, e.trigger.start) + 1
    line = _DATELINE.match(text, para)
    if line is None and e.date is not None:  # a later paragraph of a dispatch, on the dateline's day
        line = _dateline_of_day(text, para, e.date, dates)
    if line is None or e.trigger.start < line.end():
        return _place_in_name(e, text, mentions)
    return next((m for m in places if line.start() <= m.start and m.end <= line.end()), None)


# what may stand before the place that opens an event's name: a year or an edition (2022腾冲科学家论坛)
_NAME_LEAD = re.compile(r"(?:\d{4}年?|第[一二三四五六七八九十百\d]+届)?")


def _place_in_name(e: Event, text: str, mentions: list[Mention]) -> Mention | None:
    """The place that opens the event's name, after a year or an edition (2022腾冲科学家论坛开幕: 腾冲),
    when it is no part of a body's name (中国共产党第十九次全国代表大会 names no place)."""
    name = next((m for m in (e.trigger, *e.mentions) if m.type == "EVENT" and len(m.text) > 4), None)
    if name is None:
        return None
    lead = _NAME_LEAD.match(text, name.start)
    at = lead.end() if lead else name.start
    place = next((m for m in mentions if m.type == "LOC" and m.start == at and m.end < name.end), None)
    if place is None or any(o.type == "ORG" and o.start <= place.start and place.end <= o.end
                            for o in mentions):
        return None
    return place


def _dateline_of_day(text: str, end: int, day: str, dates: list[Mention]) -> re.Match[str] | None:
    """The dateline opening a paragraph of ``text`` before offset ``end`` that is dated ``day``."""
    for para in (0, *(m.end() for m in re.finditer("\n", text[:end]))):
        line = _DATELINE.match(text, para)
        if line is not None and any(m.key == day and line.start() <= m.start < line.end() for m in dates):
            return line
    return None


def _arrived_before(text: str, sent: int, mentions: list[Mention], w: Words) -> Mention | None:
    """The place the sentence before the one at ``sent`` (in its paragraph) tells someone arrived at, when
    this sentence goes on from it: it opens with a ``same-day`` word (当天), with ``continuing`` words
    before a comma (随后,) or with a verb of going and 后 (抵达后)."""
    cont = w.continuing.match(text, sent)  # it matches everywhere, if only the empty string
    goes_on = text.startswith(w.same_day, sent) \
        or (cont is not None and cont.end() > sent and text[cont.end():cont.end() + 1] in ",，") \
        or any(text.startswith(g + "后", sent) for g in w.going)
    if sent == 0 or text[sent - 1] == "\n" or not goes_on:
        return None
    before = sentence_at(text, sent - 1, full_width=True)[0]
    return _came_to(text, before, sent, mentions, w)


def _local_time(text: str, sent: int, places: list[Mention],
                clock: tuple[str, ...]) -> tuple[Mention, int] | None:
    """The foreign place whose local time opens the sentence at ``sent`` (吉隆坡当地时间23日下午,…), and where
    the ``clock`` word after it ends."""
    for m in places:
        if m.start == sent:
            word = next((c for c in clock if text.startswith(c, m.end)), None)
            if word is not None:
                return m, m.end + len(word)
    return None


def _dated_by_local_time(e: Event, text: str, places: list[Mention], dates: list[Mention],
                         clock: tuple[str, ...]) -> Event:
    """An event with no date in a sentence opening with a place's local time and a date (吉隆坡当地时间23日
    下午,…会谈,共同出席签字仪式): that date (当地时间23日 alone opening it is read by the events module)."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    local = _local_time(text, sent, places, clock)
    at = local[1] if local is not None else -1
    when = next((d for d in dates if d.start == at and d.key), None)
    if when is None or when.end > e.trigger.start:
        return e
    date, _, end = (when.key or "").partition("/")
    return replace(e, date=date, end_date=end or None, when=when)


def _dated_by_name_year(e: Event, text: str, dates: list[Mention]) -> Event:
    """An event dated only by the year written in its name (2025年夏季达沃斯论坛将于6月24日至26日…,
    青山市2025年秋季签约仪式昨天举行) with a day of that year told in its sentence: the first day after the
    name in its clause (or the next, when the name ends its own: 2025年…会议,今天召开), else the day opening
    the sentence (昨天,…2025年…签约仪式举行)."""
    when = e.when
    if when is None or not re.fullmatch(r"\d{4}", when.key or "") \
            or not (when.end == e.trigger.start or e.trigger.start <= when.start < e.trigger.end):
        return e
    sent, end = sentence_at(text, e.trigger.start, full_width=True)
    # the name's clause, or the next one when the name ends its own (…年度…工作会议,今天在北京召开)
    clause_end = _CLAUSE_END.search(text, e.trigger.end + (text[e.trigger.end:e.trigger.end + 1] in ",，"))
    days = [d for d in dates if len((d.key or "").partition("/")[0]) == 10 and sent <= d.start < end]
    after = [d for d in days if e.trigger.end <= d.start < (clause_end.start() if clause_end else end)]
    opening = [d for d in days if d.start == sent and "/" not in (d.key or "")]  # not a trip's days
    if not after and not opening:
        return e
    day = (after or opening)[0]
    if not (day.key or "").startswith(when.key or "-"):
        return e  # 6月3日,她拿起1950年…会议的照片: a past event named, not one of that day
    date, _, until = (day.key or "").partition("/")
    return replace(e, date=date, end_date=until or None, when=day)


def _dated_by_arrival(e: Event, text: str, dates: list[Mention], w: Words) -> Event:
    """An event with no date in a clause that goes on from one dating an arrival (X于当地时间12日抵达莫斯科,
    开始对俄罗斯进行国事访问): the arrival's day, when the event's clause tells no time of its own."""
    sent, end = sentence_at(text, e.trigger.start, full_width=True)
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, sent, e.trigger.start)), default=sent)
    clause_end = _CLAUSE_END.search(text, e.trigger.end)
    if clause == sent or any(clause <= d.start < (clause_end.start() if clause_end else end) for d in dates):
        return e
    prev = max((m.end() for m in _CLAUSE_END.finditer(text, sent, clause - 1)), default=sent)
    went = min((i for i in (text.find(g, prev, clause) for g in w.going if len(g) > 1) if i >= 0), default=-1)
    when = next((d for d in reversed(dates) if prev <= d.start and d.end <= went
                 and len((d.key or "").partition("/")[0]) == 10), None)
    if went < 0 or when is None:
        return e
    date, _, until = (when.key or "").partition("/")
    return replace(e, date=date, end_date=until or None, when=when)


def _one_per_tour(events: list[Event], dates: list[Mention]) -> list[Event]:
    """One visit or inspection per tour: the stops of one tour (李明在A调研…。李明随后来到B考察…; 李明在A
    调研。…李明走访了B), visits or inspections that someone of the first takes part in on its day, or with no
    day of their own and no other day told since, are that event, which keeps its type and place and gains
    their people and mentions."""
    out: list[Event] = []
    for e in events:
        who = {a.key or a.text for a in e.attendees}
        tour = next((i for i, t in enumerate(out) if t.type in _GOING and e.type in _GOING
                     and t.date is not None and (t.date == e.date or e.date is None and not any(
                         t.trigger.end <= d.start < e.trigger.start for d in dates))
                     and who & {a.key or a.text for a in t.attendees}), None)
        if tour is None:
            out.append(e)
            continue
        t = out[tour]
        known = {a.key or a.text for a in t.attendees}
        joining = [a for a in e.attendees if (a.key or a.text) not in known]
        out[tour] = replace(t, place=t.place or e.place, attendees=tuple(sorted((*t.attendees, *joining))),
                            mentions=tuple(sorted({*t.mentions, e.trigger, *e.mentions})))
    return out


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


# 分别 right before a verb (or 分别在X): each of the people after it on their own (分别会见了A和B)
_SEPARATELY = re.compile(r"分别(?:[在于][^,，。;；:：、]{1,16})?$")


def _one_per_guest(events: list[Event], text: str) -> list[Event]:
    """One reception or visit per guest: one who meets several people each on their own (李明分别会见了A和B,
    分别拜会了A、B) makes one event with each of them, named after them (eval/modern's convention: a
    visit by several guests who come 分别 is one visit each; the reader splits the people before the verb,
    甲、乙分别会见丙)."""
    out: list[Event] = []
    for e in events:
        before = [a for a in e.attendees if a.end <= e.trigger.start]
        after = [a for a in e.attendees if a.start >= e.trigger.end]
        if e.type not in ("Reception", "Visit") or len(before) != 1 or len(after) < 2 \
                or not _SEPARATELY.search(text, before[0].end, e.trigger.start):
            out.append(e)
            continue
        name = e.name.partition(e.trigger.text)[0] + e.trigger.text
        others = [a for a in e.attendees if a not in after]  # the host, and those who joined (陪同)
        out += [replace(e, name=name + guest.text, attendees=tuple(sorted((*others, guest))))
                for guest in after]
    return out


# an event already told opening a sentence with when the next one happened: 会见前, 会谈后, 签约仪式结束后
_AROUND = re.compile(r"(?:结束)?(?:之?前|之?后|时)[,，]")


def _on_the_day_told(e: Event, text: str, told: list[Event], same_day: tuple[str, ...]) -> Event:
    """An event with no date on the day already told: its sentence or clause opens with a word of that day
    (当天, 同日: the date of the last precisely dated event before it) or with an event told before and
    when it happened (会见前,…: that event's date)."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, sent, e.trigger.start)), default=sent)
    before = [d for d in told if d.trigger.end <= sent and d.date and len(d.date) == 10]
    if not before:
        return e
    source = None
    if any(text.startswith(w, at) for w in same_day for at in (sent, clause)) \
            or any(w in text[clause:e.trigger.start] for w in same_day):  # X当天也会见了
        source = before[-1]
    else:
        source = next((d for d in reversed(before) if text.startswith(d.trigger.text, sent)
                       and _AROUND.match(text, sent + len(d.trigger.text))), None)
    if source is None:
        return e
    return replace(e, date=source.date, end_date=None, when=source.when)


def _a_body(e: Event, orgs: list[Mention], concepts: Mapping[str, Concept]) -> bool:
    """Whether ``e`` is a meeting whose name is a body's (参谋长联席会议主席X: a body, no meeting held), with
    no date: the trigger ends with an organisation mention that starts it (前 before it allowed)."""
    return e.date is None and _within(concepts, e.type, ("Meeting",)) and any(
        m.end == e.trigger.end and 0 <= m.start - e.trigger.start <= 1 for m in orgs)


def _in_book_title(e: Event, text: str) -> bool:
    """Whether ``e`` is named inside the title of a work or document (《关于召开…会议的通知》)."""
    start, end = e.trigger.start, e.trigger.end
    if text.rfind("《", 0, start) <= text.rfind("》", 0, start):
        return False  # no title open before the trigger
    close, reopen = text.find("》", end), text.find("《", end)
    return close >= 0 and (reopen < 0 or close < reopen)


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


def _one_per_sentence(changes: list[Event]) -> tuple[list[Event], dict[Mention, Mention]]:
    """One change per sentence and people: 任命张三为副市长,并决定张三为代理市长 is one appointment of 张三
    (the first); also the trigger each dropped change's posts now point to."""
    kept: dict[tuple, Event] = {}
    moved: dict[Mention, Mention] = {}
    for e in changes:
        k = (e.sentence, e.type, frozenset(a.key or a.text for a in e.attendees))
        if k in kept and e.attendees:
            moved[e.trigger] = kept[k].trigger
        else:
            kept.setdefault(k, e)
    return list(kept.values()), moved


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
        if ended is not None and ms.organization and not ms.former and ms.change is None:
            ms = replace(ms, former=True, change=ended.trigger, end_date=ms.end_date or ended.date)
        out.append(ms)
    return out


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
    its own: the session itself when nothing else tells it (its opening or the session), else nothing."""
    out = []
    sessions = [e for e in events if e.type == "Opening"
                or e.type != "Closing" and _within(concepts, e.type, ("Meeting",))]
    for e in events:
        ended = _ENDED.search(text, max(0, e.trigger.start - 4), e.trigger.start)
        clause = max((m.end() for m in _CLAUSE_END.finditer(text, 0, e.trigger.start)), default=0)
        if ended is not None and _within(concepts, e.type, ("Meeting",)):
            e = replace(e, type=_ENDS_OF[ended.group(1)])
        elif e.type == "Closing" and e.trigger.text == "闭幕" and (
                _BARE_SESSION.fullmatch(text, clause, e.trigger.start) or e.name.endswith("会议")
                and _SESSION_CLOSES.search(text, max(0, e.trigger.start - 6), e.trigger.start)):
            if sessions:
                continue
            e = replace(e, type="Meeting", trigger=e.mentions[0] if e.mentions else e.trigger)
        out.append(e)
    return out


# verbs that say a meeting takes place (会前进行了集体学习)
_HELD = re.compile(r"(?:召开|举行|进行|开展|举办)了?$")


def _only_named(e: Event, text: str, concepts: Mapping[str, Concept]) -> bool:
    """Whether ``e`` is a meeting the text only names (学习贯彻…全会精神, 报…会议备案, 经大会): no date,
    place or person taking part, and no verb saying it took place; no happening the article reports."""
    return (e.date is None and e.when is None and e.place is None and e.chair is None and not e.attendees
            and _within(concepts, e.type, ("Meeting",))
            and not _HELD.search(text, max(0, e.trigger.start - 3), e.trigger.start))


def extract_facts(view: View, mentions: list[Mention], ctx: Context) -> tuple[
        list[Membership], list[Event], list[Relation]]:
    """Memberships, events and relations of the article seen through ``view``."""
    memberships: dict[tuple, Membership] = {}
    relations: dict[tuple, Relation] = {}
    changes: list[Event] = []
    for fact in chain(extract_posts(view, mentions, ctx), extract_appointments(view, mentions, ctx)):
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
    # a title held by one person in the article stands for that person when written alone
    by_title: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in sorted(memberships.values()):
        by_title.setdefault(m.title.text, set()).add(m.person.key or m.person.text)
        first.setdefault(m.title.text, m.person)
    holders = {t: first[t] for t, names in by_title.items() if len(names) == 1}
    rules = rules_of(ctx)
    concepts = scheme(rules)
    events = read_arguments(view, mentions, extract_events(view, mentions, ctx, holders), rules)
    changes, moved = _one_per_sentence(_one_per_trigger(changes))
    if moved:
        memberships = {k: replace(m, change=moved.get(m.change, m.change)) if m.change is not None else m
                       for k, m in memberships.items()}
    events = _one_per_change(events, changes, concepts)
    orgs = [m for m in mentions if m.type == "ORG"]
    w = words(rules)
    events = [_venue(e, view.source, mentions, w) for e in _ends(events, view.source, concepts)
              if not _only_named(e, view.source, concepts) and not _in_book_title(e, view.source)
              and not _a_body(e, orgs, concepts)]
    places = sorted((m for m in mentions if m.type == "LOC"), key=lambda m: m.start)
    dates = [m for m in mentions if m.type == "DATE"]
    events = [_dated_by_local_time(e, view.source, places, dates, w.clock) if e.date is None else e
              for e in events]
    events = [_dated_by_name_year(e, view.source, dates) for e in events]
    events = [_dated_by_arrival(e, view.source, dates, w)
              if e.date is None and _within(concepts, e.type, (*_GOING, *_HELD_AT)) else e for e in events]
    events.sort(key=lambda e: (e.trigger, e.name))
    told: list[Event] = []
    for e in events:
        told.append(_on_the_day_told(e, view.source, told, w.same_day) if e.date is None else e)
    told = [replace(e, place=_held_in_later(e, view.source, mentions, told, w)) if e.place is None else e
            for e in told]
    events = [replace(e, place=_place_of_clause(e, view.source, mentions, dates, w))
              if e.place is None and _within(concepts, e.type, _HELD_AT) else e for e in told]
    events = _one_per_guest(_headline_once(_one_per_tour(events, dates), view.source), view.source)
    posts = _ended(concepts, list(memberships.values()), events)
    return sorted(posts), events, sorted(relations.values())
