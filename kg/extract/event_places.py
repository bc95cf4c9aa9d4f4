"""Where an event happened: the venue or place its clause, its sentence or its article says.

Read after the event reader (``kg.extract.events``) by :mod:`kg.extract.facts`: a venue named like a body is
the place, not the organiser; a visit goes to its verb's object; an event held somewhere with no place of its
own takes the place its doer went to or stays at, a site after a verb of going, a later sentence's 在X举行,
the local time's place, the dateline's place or the place opening its name.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from operator import attrgetter

from kg.extract.dates import DAY_KEY, PART_OF_DAY
from kg.extract.events import ACT_OPENING, AND_THEN, Words, opens_with_verb, partner_opens, past_modifier
from kg.extract.fact_words import FactWords
from kg.extract.orgs import SELF_KINDS, own_body
from kg.extract.places import lookup
from kg.model import Event, Mention, replace
from kg.nlp.numerals import DIGITS, ORDINAL
from kg.nlp.sentences import CLAUSE_END, clause_start, marks_within, sentence_at
from kg.nlp.tokenize import Token, dict_tag, tokenize
from kg.rules import RuleSet

__all__ = ["GOING", "HELD_AT", "Mentions", "held_past_date", "local_time", "place_held_later",
           "place_in_verb", "place_named_before", "place_of_act_marked", "place_of_event_stay",
           "place_guests_came_to", "place_of_clause", "place_of_clause_before", "place_of_days_held",
           "place_of_main_hall", "place_of_paragraph_stay", "place_of_self", "place_of_trip",
           "place_referred", "place_venue_after", "place_acted_on", "self_bodies", "short_place_at",
           "short_place_come_to", "venue"]


# types whose verb's object is the place gone to (访问美国, 考察深圳)
GOING = ("Visit", "Inspection")


def venue(e: Event, text: str, mentions: Mentions, w: Words) -> Event:
    """The event with its venue as a place: an organisation named like a venue is the place, not the
    organiser (在上海国际会议中心会见); a visit's place is the place its verb names (访问美国), or the place
    gone to that the clause of a later mention names (a headline's visit told again in the body: 县长X慰问
    困难群众 / …，X深入到青山镇，慰问…)."""
    place, organizer = e.place, e.organizer
    if place is not None and place.type == "ORG" and w.venue_org.search(place.text):
        place = replace(place, type="LOC")
    if organizer is not None and place is not None \
            and (organizer.start, organizer.end) == (place.start, place.end):
        organizer = None
    if place is None and e.type in GOING:  # where it went, as its trigger or a later mention tells
        place = next((p for p in (_place_gone_to(replace(e, trigger=t), text, mentions, w)
                                  for t in sorted({e.trigger, *e.mentions})) if p is not None), None)
    elif place is not None and e.type in GOING and text.startswith(_STAY, place.end):
        place = _object_named(e, text, mentions, w) or place  # 在武汉期间考察了青山公园: the park
    if (place, organizer) == (e.place, e.organizer):
        return e
    return replace(e, place=place, organizer=organizer)


def place_in_verb(e: Event, short: Mapping[str, str], fw: FactWords) -> Mention | None:
    """The place a visit's verb names by its second character, a short name (访华, 访津, 访汉), or None; not
    a short name the verb uses for two places (``fw.two_ways``: 访澳 goes to Australia as often as to
    Macao)."""
    word = e.trigger.text
    visited = e.type == "Visit" and len(word) == 2 and word[0] == "访" and word[1] not in fw.two_ways
    full = short.get(word[1]) if visited else None
    if full is None:
        return None
    return Mention(e.trigger.start + 1, e.trigger.end, "LOC", word[1], rule="event:place-short", key=full)


def short_place_at(e: Event, text: str, short: Mapping[str, str], w: Words) -> Mention | None:
    """The short name written after 在 in the trigger's clause before a partner's preposition (在汉与X座谈,
    在京同X会谈): the event reader reads 在京 only right before its verb; or the short name of a stay that
    opens the trigger's sentence or a clause of it before the trigger (在京期间,X分别会见了代表团; 6月3日,在沪
    期间,…座谈: ``_stay_opening`` reads the places the NER names)."""
    clause = clause_start(text, e.trigger.start)
    for at in (i + 1 for i in marks_within(text, "在", clause, e.trigger.start - 2)):
        if text[at] in short and w.partner.match(text, at + 1):
            return Mention(at, at + 1, "LOC", text[at], rule="event:place-short", key=short[text[at]])
    if e.date is None and e.chair is None and not e.attendees:
        return None  # 在马期间,…进行多场双边会见: told in passing, nothing of its own to place
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    for stay in _SHORT_STAY.finditer(text, sent, e.trigger.start):
        at = stay.start() + 1
        if (at - 1 == sent or text[at - 2] in ",，") and text[at] in short:
            return Mention(at, at + 1, "LOC", text[at], rule="event:place-short", key=short[text[at]])
    return None


# a stay at a place named by its short name, as a clause of its own: 在京期间, (its events are held there)
_SHORT_STAY = re.compile(r"在.期间[,，]")


def short_place_come_to(e: Event, text: str, short: Mapping[str, str], w: Words,
                        mentions: Mentions | None = None) -> Mention | None:
    """The short name written after a verb of coming of its own in the trigger's clause before the trigger
    (马克龙来华进行国事访问: 中国; 赴港出席…开幕式), or of the trigger's sentence for a visit or an
    inspection (督导组莅清,就我县…进行督导: as the place it went to, :func:`_place_gone_to`): where its doer
    came to for it (the event reader reads 来深 only right before its verb; not 未来华为: 来 ends a word
    there). An event whose name holds its place (赴巴访问并举办西博会圣保罗推介会: 圣保罗, of the article's
    ``mentions``) has that one, read later."""
    if e.type not in GOING and mentions is not None and mentions.all \
            and _place_in_name(e, text, mentions, w) is not None:
        return None
    # (a clause within its sentence: one of thousands of names with no comma is read a sentence's piece back,
    # not to the text's start)
    sentence = sentence_at(text, e.trigger.start, full_width=True)[0]
    clause = sentence if e.type in GOING else clause_start(text, e.trigger.start, sentence)
    tokens = tokenize(text[clause:e.trigger.start])
    for i, t in enumerate(tokens):
        # 来华 one word of the tagger, or 来 and 深 two: a short name after a verb of coming
        after = tokens[i + 1].word if i + 1 < len(tokens) else ""
        came = t.word if len(t.word) == 2 else t.word + after if len(t.word) == len(after) == 1 else ""
        if came[:1] in w.coming and came[1:] in short:
            at = clause + t.start + 1
            return Mention(at, at + 1, "LOC", text[at], rule="event:place-short", key=short[text[at]])
    return None


# what may stand between a visit's verb and the place it names: 访问了美国, 参观了位于X的…, a space
# (访问 美国)
_VERB_TO_PLACE = re.compile(r"了?[ \u3000]?(?:位于)?")
# a visit or inspection of a place written before its verb: 对中国进行国事访问, 对X县开展为期2天的巡查,
# 对X区展开督查, or with the verb left out and a word of its manner at most (结束对西班牙、葡萄牙国事访问)
_TO_VISIT = re.compile(r"(?:进行|开展|展开)了?[^,，。;；、]{0,12}|[\u4e00-\u9fff]{0,2}")
# ... or of the place's work or sites, named between (对西岗区安全生产工作进行督查, 对全市重点企业开展巡查)
_TO_VISIT_OF = re.compile(r"[^,，。;；、“”\"]{1,16}?(?:进行|开展|展开)了?[^,，。;；、]{0,12}")
# ... or with 的 before the verb, its manner between (结束对阿根廷、智利的访问, 对中国的国事访问)
_VISIT_OF = re.compile(r"的[^,，。;；、的]{0,6}")
# places listed after the first one a verb names: 对新西兰、澳大利亚和马来西亚进行正式访问, 赴香港、澳门出席
_LIST_JOIN = re.compile(r"[、和及与]")
# a dateline naming its place: 本报香港9月27日电, 新华社北京6月11日电 (the place is the LOC mention in it)
_DATELINE = re.compile(r"[^,，。;；\n(（]{2,24}?(?P<day>(?:\d{1,2}月)?\d{1,2}日(?:电|讯))")


def _place_gone_to(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The place a visit or an inspection goes to: its verb's object (访问美国, 参观了位于X的…), the
    place of 对X进行国事访问 (or the city arrived at before it: 抵达北京,开始对中国进行国事访问), the
    place its doer went to earlier in the sentence (来到X走访: ``going``), or the body or site its verb
    names (拜访了海淀区政府)."""
    found = _object_named(e, text, mentions, w)
    if found is not None:
        return found
    at = _object_at(e, text)
    places = mentions.places
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    for m in places:
        if m.end < e.trigger.start and text[m.start - 1:m.start] == "对" \
                and (_TO_VISIT.fullmatch(text, _list_end(m, mentions, text), e.trigger.start)
                     or not m.text.startswith("全")  # 对全市重点企业开展巡查: the city's scope
                     and any(p.fullmatch(text, _list_end(m, mentions, text), e.trigger.start)
                             for p in (_TO_VISIT_OF, _VISIT_OF))):
            return _arrived_at(text, sent, m.start, places, w) or m
    came = _came_to(text, sent, e.trigger.start, mentions, w)
    return came or _place_stayed(e, text, mentions, _subject_clause(e, text, sent, w)) \
        or _object_visited(text, at, mentions, w)


# what follows the place of a stay (在武汉期间, 访汉期间): the place the stay's visits are in, not their site
_STAY = "期间"


def _object_at(e: Event, text: str) -> int:
    """Where the object of a visit's verb starts (访问美国, 参观了位于X的…)."""
    verb_to = _VERB_TO_PLACE.match(text, e.trigger.end)  # it matches everywhere, if only the empty string
    return verb_to.end() if verb_to else e.trigger.end


def _object_named(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The place a visit's verb names as its object (访问美国, 参观了新建成的青山博物馆), not an envoy's state
    (拜访了乌拉圭驻华大使)."""
    at = _object_at(e, text)
    places = mentions.places
    found = next((m for m in places if m.start == at), None) \
        or (_modified_object(text, at, places, w) if text[at - 1] == "了" else None)
    if found is not None and not text.startswith(w.stationed, found.end) \
            and not w.levels_only.fullmatch(found.text):  # 调研镇村疫情防控: no place named
        return _innermost(found, text, mentions, w)
    return None


# a modifier ending in 的 before a visit's object (参观了新建成的青山博物馆, 首次设立的“国企创新馆”)
_MODIFIER = re.compile(r"[^,，。;；、的“”\s]{1,8}的")


def _modified_object(text: str, at: int, places: list[Mention], w: Words) -> Mention | None:
    """The place a visit's verb names at ``at`` after a modifier ending in 的: a place the NER names
    (参观了新建成的青山博物馆) or a venue's name in quotes (参观了首次设立的“国企创新馆”: the name inside).
    Read after 了 only: without it the verb may itself modify (来日照参访省亲的台湾客人)."""
    mod = _MODIFIER.match(text, at)
    if mod is None:
        return None
    at = mod.end()
    found = next((m for m in places if m.start == at), None)
    if found is not None or not text.startswith("“", at):
        return found
    close = text.find("”", at + 1, at + 18)
    if close < at + 3 or not _HAN.fullmatch(text, at + 1, close) or not w.venue.search(text, at + 1, close):
        return None
    return _place_span(text, at + 1, close, "event:place-site")


def _arrived_at(text: str, lo: int, hi: int, places: list[Mention], w: Words) -> Mention | None:
    """The last place named right after a verb of arriving (抵达, 飞抵: the ``going`` words of two characters)
    in [lo, hi): the city a visit to a country begins in (抵达北京,开始对中国进行国事访问: 北京)."""
    arriving = tuple(g for g in w.going if len(g) > 1)
    return next((m for m in reversed(places) if lo <= m.start and m.end <= hi
                 and text[max(0, m.start - 2):m.start].endswith(arriving)), None)


def _arrived_clause_before(text: str, sent: int, clause: int, places: list[Mention],
                           w: Words) -> Mention | None:
    """The place the clause before ``clause`` arrived at, when ``clause`` opens with a verb going on with its
    subject, after its own time words if any (…乘专机抵达圣彼得堡,出席中俄总理第二十一次定期会晤: 圣彼得堡;
    …启程前往西安,翌日傍晚出席…闭幕式: 西安)."""
    if clause <= sent or text[clause - 1] not in ",，":
        return None
    words = list(tokenize(text[clause:clause + 12]))
    while words and words[0].tag == "t":  # 翌日傍晚出席…: a time of its own, then the verb
        words = words[1:]
    if not words or not words[0].tag.startswith("v") or len(words[0].word) < 2:
        return None
    before = clause_start(text, clause - 1, sent)
    return _arrived_at(text, before, clause, places, w)


_HAN = re.compile(r"[\u4e00-\u9fff]+")
# a site's name with Latin words or numbers in it (康山Le Park宴会大厅, Regale国际会议中心, 学院A4三楼): read
# as one when it ends in a venue's word
_LATIN_SITE = re.compile(r"(?:[\u4e00-\u9fff0-9]|[A-Za-z](?:[A-Za-z'&.-]| (?=[A-Za-z]))*)+")


def _site_words(words: str, w: Words) -> bool:
    """Whether ``words`` are a site's name: Chinese characters only, or with Latin words or numbers in it
    and a venue's word at its end (``venue``: 康山Le Park宴会大厅, 材料学院A4三楼); not who goes with or
    witnesses it (在锣鼓声的陪伴下举行, 在X的见证下举行: ``accompanied``, ``witnessed``)."""
    if words.endswith((*w.accompanied, *w.witnessed)):
        return False
    return bool(_HAN.fullmatch(words)) or bool(_LATIN_SITE.fullmatch(words) and w.venue.search(words))


def _object_visited(text: str, at: int, mentions: Mentions, w: Words) -> Mention | None:
    """The body or the site a visit's verb names as its object at ``at`` (拜访了海淀区政府, 到访驻沪办: the
    body named, not a person's body: 拜会了港澳办主任X; 走访慰问了泾泰居民区和…: the nouns up to a list mark
    or a verb, ending in a ``venue`` word)."""
    body = next((m for m in mentions.by_start.get(at, ()) if m.type == "ORG"), None)
    if body is None:
        post = _place_of_post(text, at, mentions, w)
        if post is not None:
            return post
    if body is not None:
        held = any(m.start == body.end and m.type in ("TITLE", "PER") for m in mentions.all)
        return None if held else body
    if w.no_site.match(text, at):
        return None  # 来到该县电视台: a site referred to, no name
    stop = _GONE_TO_END.search(text, at)
    end = _nouns_end(text, at, stop.start() if stop else len(text), w.venue)
    if not 3 <= end - at <= 16 or not w.venue.search(text, at, end) or not _HAN.fullmatch(text, at, end) \
            or any(m.type in ("PER", "DATE", "TITLE") and at < m.end and m.start < end for m in mentions.all):
        return None
    return _place_span(text, at, end, "event:place-site")


# how the name of a place whose official a visit calls on ends (拜会碧瑶市市长X: 碧瑶市)
_POST_PLACE_END = "省市县州区"


def _place_of_post(text: str, at: int, mentions: Mentions, w: Words) -> Mention | None:
    """The place named at ``at`` right before the title of the official a visit calls on, when the NER did not
    tag it (拜会碧瑶市市长马加龙: 碧瑶市; not 拜会该市市长: a place referred to)."""
    title = next((m for m in mentions.all if m.type == "TITLE" and at + 2 <= m.start <= at + 6
                  and text[m.start - 1] in _POST_PLACE_END), None)
    if title is None or not _HAN.fullmatch(text, at, title.start) or w.no_site.match(text, at) \
            or any(at < m.end and m.start < title.start for m in mentions.all):
        return None
    return _place_span(text, at, title.start, "event:place-of-post")


# the particle of a done act between a verb of going and the place gone to (来到了罗溪镇)
_DONE = "了"
# the pronoun of the home place before a body's name that opens with its level (我县融媒体中心)
_HOME_MARK = "我"
# what joins a list of bodies gone to (A和B, A、B)
_LIST_JOINS = ("和", "与", "及", "、")
# where the name of a place gone to ends: a list mark, 等, a clause mark
_GONE_TO_END = re.compile(r"[、等,，。;；!！?？\n]")


class Mentions:
    """An article's mentions as the place readers ask for them, indexed once a document (they are asked for
    every event): the list (``all``); in order of start and end, with their starts; those starting at each
    offset, in the list's order; where people, and places or days, end; the places in order of start, with
    their starts and by start; the bodies; places and bodies in order of start, with their starts; where
    places and bodies start."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.all = mentions
        # (of two at one start, the longer last)
        self.ordered = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.ordered]
        self.by_start = _by_start(mentions)
        self.people = {m.end for m in mentions if m.type == "PER"}
        self.spans = {m.end for m in mentions if m.type in ("LOC", "DATE")}
        self.places = sorted((m for m in mentions if m.type == "LOC"), key=lambda m: m.start)
        self.place_starts = [m.start for m in self.places]
        self.places_by_start = _by_start(self.places)
        self.bodies = [m for m in mentions if m.type == "ORG"]
        self.openers = sorted((*self.places, *self.bodies), key=lambda m: m.start)
        self.opener_starts = [m.start for m in self.openers]
        self.named = {m.start for m in mentions if m.type in ("LOC", "ORG")}


def _by_start(mentions: list[Mention]) -> dict[int, list[Mention]]:
    """The mentions of ``mentions`` that start at each offset, in the list's order."""
    found: dict[int, list[Mention]] = {}
    for m in mentions:
        found.setdefault(m.start, []).append(m)
    return found


_START = attrgetter("start")


def _came_to(text: str, lo: int, hi: int, mentions: Mentions, w: Words) -> Mention | None:
    """The last place someone went to in view span [lo, hi) (来到X走访, 赴A、B出席: A): the place named after
    a verb of going, or the body or venue a verb of two characters names there (来到青山公司,调研: a
    company's site as the place; the words up to a list mark, so 深入A配气站、B超市等 gives A配气站)."""
    came = None
    people = mentions.people
    # a place or a day right before a one-character verb of going makes it the end of a span (北京至上海,
    # 1日至3日), not a going
    spans = mentions.spans
    for m in mentions.ordered[bisect_left(mentions.starts, lo):bisect_right(mentions.starts, hi)]:
        if not (lo <= m.start and m.end <= hi and m.type in ("LOC", "ORG")):
            continue
        at = m.start - 1 if text.startswith(_DONE, m.start - 1) and m.start - 1 > lo else m.start  # 来到了X
        if m.type == "ORG" and text.startswith(_HOME_MARK, at - 1) and at - 1 > lo:
            at -= 1  # 深入我县融媒体中心: the body of the home county, its name after 我
        before = text[max(lo, at - 2):at]
        if m.type == "LOC" and (before.endswith(w.going) and at - 1 not in spans
                                or before[-1:] in w.coming
                                and _alone(text, at - 1, people)  # 率团来我州考察, 来北京调研
                                or _capital_gone_to(text, lo, m.start, w)):
            came = _innermost(m, text, mentions, w)
        elif m.type == "ORG" and (before[-1:] in w.going or before[-1:] in w.coming) \
                and _alone(text, at - 1, people):
            came = m  # 到广东艾希公司进行调研, 一行9人来河南省X医院座谈交流: the body named
        elif m.type == "ORG" and any(len(g) > 1 and before == g for g in w.going) \
                and text[m.end:m.end + 1] in _LIST_JOINS:
            came = m  # 前往青山市第一福利院和青山市儿童福利院: the first of a list of bodies
        elif m.type == "ORG" and any(len(g) > 1 and before == g for g in w.going):
            stop = _GONE_TO_END.search(text, m.end, hi)
            end = stop.start() if stop else hi
            act = ACT_OPENING.search(text, m.end, end)  # 前往青山大学开展调研: no 开展
            end = act.start() if act else end
            if end - m.start <= 24:
                came = _place_span(text, m.start, end, "event:place-gone-to")
    site = _site_gone_to(text, lo, hi, mentions, w)
    if site is not None and (came is None or came.start < site.start):
        return site
    return came


def _capital_gone_to(text: str, lo: int, at: int, w: Words) -> bool:
    """Whether the place at ``at`` is named as the capital of a country or province written right after a
    verb of going (赴美国首都华盛顿出席…: 华盛顿), from offset ``lo`` on."""
    word = next((c for c in w.capital if text.endswith(c, lo, at)), "")
    if not word:
        return False
    for g in w.going:
        verb = text.rfind(g, lo, at)
        if verb >= 0 and _CAPITAL_NAME.fullmatch(text, verb + len(g), at - len(word)):
            return True
    return False


def _innermost(place: Mention, text: str, mentions: Mentions, w: Words) -> Mention:
    """The last place of a chain of places written one inside the next (科罗拉多州博尔德市, 印度尼西亚巴厘岛,
    南大街街道金色新城社区: the last; 哈萨克斯坦首都阿斯塔纳: the capital), a place the NER names or a site
    named by how its name ends; the place before a list of places inside it (建德市梅城镇南峰村、望山村:
    梅城镇), and no count of sites (西园街道6个社区: 西园街道)."""
    while True:
        capital = place.end + len(next((c for c in w.capital if text.startswith(c, place.end)), ""))
        inner = next((m for m in mentions.by_start.get(capital, ()) if m.type == "LOC"), None)
        if inner is None and not _LIST_JOIN.match(text, place.end):
            stop = _GONE_TO_END.search(text, place.end)
            end = _nouns_end(text, place.end, stop.start() if stop else len(text), w.venue)
            if not 3 <= end - place.end <= 16 or not w.venue.search(text, place.end, end) \
                    or not _HAN.fullmatch(text, place.end, end) or any(
                    m.type in ("PER", "DATE", "ORG") and place.end < m.end and m.start < end
                    for m in mentions.all):
                return place  # 西园街道6个社区: a count of sites, no site's name
            inner = _place_span(text, place.end, end, "event:place-site")
        if inner is None or text.startswith("、", inner.end):
            return place  # 梅城镇南峰村、望山村: the place that holds the places listed
        place = inner


def _place_span(text: str, start: int, end: int, rule: str) -> Mention:
    """A place of an event named by the words of ``text[start:end]`` (no place mention of the NER)."""
    return Mention(start, end, "LOC", text[start:end], rule=rule, key=text[start:end])


# the name of a country or province before the word for its capital (``capital``), written between a verb
# of going and the capital's name (赴美国首都华盛顿: the NER may not tag the country)
_CAPITAL_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")



# the number of a party written right before its verb of going (一行9人来, 一行十余人到)
_HEADCOUNT = re.compile(f"[0-9０-９{DIGITS}两几余多]+人$")


def _alone(text: str, verb: int, people: set[int]) -> bool:
    """Whether the one-character verb of going at ``verb`` is a word of its own: after a name, after a
    word ending right before it (带队到), not the end of a word (得到, 受到)."""
    return verb in people or dict_tag(text[verb - 1:verb + 1]) is None \
        or dict_tag(text[max(0, verb - 2):verb]) is not None \
        or _HEADCOUNT.search(text, max(0, verb - 6), verb) is not None  # 一行9人 + 来


def _site_gone_to(text: str, lo: int, hi: int, mentions: Mentions, w: Words) -> Mention | None:
    """The last site named after a verb of going in view span [lo, hi) that the NER did not name: a town, a
    community, a reservoir or a hall (来到青山镇调研, 深入和平街道东风社区,走访…, 走进白沙泵站、东堤水闸):
    the nouns up to a list mark, a clause mark or a verb, ending in a ``venue`` word, of the first item."""
    named, people = mentions.named, mentions.people
    site = None
    for g in w.going:
        for found in re.finditer(re.escape(g), text[lo:hi]):
            at = lo + found.end()
            verb = lo + found.start()
            if len(g) == 1 and not _alone(text, verb, people):
                continue  # 得到, 受到, 刚到: no verb of going of its own
            at += text.startswith("了", at)
            referred = _referred_site(text, at, hi, mentions, w)
            if referred is not None and (site is None or site.start < at):
                site = referred  # 来到该县电视台: 石棉县电视台
            if at in named or w.no_site.match(text, at):
                continue  # a place the NER named is read above
            stop = _GONE_TO_END.search(text, at, hi)
            end = _nouns_end(text, at, stop.start() if stop else hi, w.venue)
            inside = any(m.type in ("PER", "DATE") and at < m.end and m.start < end for m in mentions.all)
            # (转赴西部另一省份贵州: the words before the place the NER named describe it)
            placed = [m for m in mentions.all if m.type == "LOC" and at < m.start and m.end == end]
            if 3 <= end - at <= 16 and w.venue.search(text, at, end) and not inside \
                    and (site is None or site.start < at):
                site = placed[-1] if placed else _place_span(text, at, end, "event:place-site")
    return site


# a place referred back to by 该 and the kind of place it is (该县, 该市), opening the name of a site
_REFERRED = re.compile(r"该([省市县区州旗镇乡村])")


def _referred_site(text: str, at: int, hi: int, mentions: Mentions, w: Words) -> Mention | None:
    """The site at ``at`` named after a place referred back to by 该 (来到该县电视台 after 石棉县…): its
    words as written, keyed by the name of the last place of that kind named before (石棉县电视台)."""
    ref = _REFERRED.match(text, at)
    if ref is None:
        return None
    stop = _GONE_TO_END.search(text, ref.end(), hi)
    end = _nouns_end(text, ref.end(), stop.start() if stop else hi, w.venue)
    kind = ref.group(1)
    # the last place of that kind named before: a place's name, or the place opening a body's (石棉县县委)
    named = next((n for n in (_place_named(m, kind) for m in sorted(mentions.all, key=lambda m: -m.start)
                              if m.end <= at) if n), None)
    if named is None or not 2 <= end - ref.end() <= 12 or not w.venue.search(text, ref.end(), end) \
            or not _HAN.fullmatch(text, ref.end(), end):
        return None
    key = named + text[ref.end():end]
    return Mention(at, end, "LOC", text[at:end], rule="event:place-site", key=key)


def _place_named(m: Mention, kind: str) -> str | None:
    """The name of a place of ``kind`` (县, 市) ``m`` names: a place's own, or the one opening a body's name
    (石棉县县委: 石棉县)."""
    if m.type == "LOC" and len(m.text) > 1 and m.text.endswith(kind):
        return m.text
    name = m.text.removeprefix("中共")  # 中共青山市委: 青山市
    at = name.find(kind, 2)
    return name[:at + 1] if m.type == "ORG" and 2 <= at <= 6 and _HAN.fullmatch(name, 0, at) else None


def _nouns_end(text: str, start: int, end: int, venue: re.Pattern[str] | None = None) -> int:
    """Where the words of ``text[start:end]`` that can name a site end: before its first verb, adverb,
    preposition, idiom, set phrase or count after the first word (青山镇 of 青山镇开展调研, 二楼国际厅 of
    二楼国际厅座无虚席, 和平街道 of 和平街道5个社区); none when the first word is a verb or a particle (的青山
    博物馆 after 位于沙利山: no name opens with 的). With ``venue``, a
    verb used as a noun may be inside the name when a venue's word ends it (农产品加工/vn产业园; not
    经开区 + 教育工作)."""
    toks = tokenize(text[start:end])
    if toks and (toks[0].tag.startswith("v") and len(toks[0].word) > 1 or toks[0].tag.startswith("u")):
        return start  # 深入推进美丽乡村: a verb's object, no site; 的青山博物馆: no name
    strict = loose = None
    for i, tok in enumerate(toks[1:], 1):
        breaks = tok.tag[:1] in ("v", "d", "p", "c", "u", "i", "l") and tok.word != _NAME_PARTICLE \
            or _count(toks, i)
        if breaks and strict is None:
            strict = start + tok.start
        if breaks and tok.tag != _VERBAL_NOUN:
            loose = start + tok.start
            break
    strict, loose = strict or end, loose or end
    return loose if venue is not None and loose != strict and venue.search(text, start, loose) else strict


# the particle of a classical possessive, written inside a site's name (市民之家, 职工之家)
_NAME_PARTICLE = "之"
# the tag of a verb used as a noun, which site names hold (加工/vn of 农产品加工产业园, 服务/vn of 服务中心)
_VERBAL_NOUN = "vn"


def _count(toks: tuple[Token, ...], i: int) -> bool:
    """Whether token ``i`` opens a count (3个社区, 两个村: how many sites, no part of a site's name; not an
    ordinal: 第一会议室)."""
    tok = toks[i]
    return tok.tag == "m" and (tok.word.endswith("个") or i + 1 < len(toks) and toks[i + 1].tag == "q")


# after a list of places after 在: 在A、B等地调研, 在A、B两地 (a clause's words up to its verb or 期间 follow)
_PLACES_END = re.compile(r"(?:等地|两地|三地|等)?")
_UNTIL_VERB = re.compile(r"[^,，。;；、]{0,4}")
_UNTIL_STAY = re.compile(r"[^,，。;；、]{0,6}期间")


def _subject_clause(e: Event, text: str, sent: int, w: Words) -> int:
    """Where the clause of ``e``'s trigger starts, or the clause before it when the trigger's clause opens
    with the verb, a partner's preposition, a verb opening an act or one holding the event named after it
    and goes on with the subject of that one (李明在长沙期间,会见…; 李明来到X,调研…; 李明来到X,与企业家座谈;
    李明一行到我院,进行专题调研; 代表团赴X考察交流,召开…座谈会; 李明来到X,参加了…会议)."""
    clause = clause_start(text, e.trigger.start, sent)
    opens = w.continuing.fullmatch(text, clause, e.trigger.start) or partner_opens(text, clause, w) \
        or ACT_OPENING.match(text, clause) \
        or text[clause:e.trigger.start].removesuffix("了") in (*w.held, *w.attend_open)
    if not (clause > sent and text[clause - 1] in ",，" and opens):
        return clause
    while True:  # 李明赴常州市对接工作,考察项目,与X会见座谈: back over the clauses that open with a verb
        clause = clause_start(text, clause - 1, sent)
        if clause == sent or text[clause - 1] not in ",，" \
                or not opens_with_verb(text, clause, e.trigger.start):
            return clause


def _place_stayed(e: Event, text: str, mentions: Mentions, clause: int) -> Mention | None:
    """The place after 在 in the trigger's clause (from ``clause``) where the event is made: the first of a
    list (在A、B等地调研: A), or the place of a stay the event is part of (在长沙期间,会见…)."""
    places = mentions.places
    for m in places[bisect_right(places, clause, key=_START):
                    bisect_left(places, e.trigger.start, key=_START)]:
        if not (clause < m.start and m.end <= e.trigger.start and text[m.start - 1] == "在"):
            continue
        last = _list_end(m, mentions, text)
        after = _PLACES_END.match(text, last)  # it matches everywhere, if only the empty string
        end = after.end() if after else last
        listed = last > m.end or end > last  # one place alone after 在 is the event reader's (在长沙调研)
        if listed and _UNTIL_VERB.fullmatch(text, end, e.trigger.start) \
                or _UNTIL_STAY.match(text, end, e.trigger.start):
            return m
    return None


def _stay_opening(text: str, sent: int, at: int, mentions: Mentions, w: Words) -> Mention | None:
    """The place of a stay, or of the sentence, told by a clause of its own before offset ``at`` in the
    sentence at ``sent`` (在天津期间,…参加了…推进会,与…签署…协议; 6月3日,在天津期间,…; 在沈丘县,王乐文一行
    先后到…调研; the last of a chain of places: 在法国巴黎,…会见…): the place of each event the sentence
    tells; a body so named is the site (在青山大学,党委书记X会见…; 在青山大学调研期间,…座谈)."""
    places, starts = mentions.places, mentions.place_starts
    openers = mentions.opener_starts
    for m in mentions.openers[bisect_right(openers, sent):bisect_left(openers, at)]:
        if not (sent < m.start < at and text[m.start - 1] == "在"
                and (m.start - 1 == sent or text[m.start - 2] in ",，")):
            continue
        m = _innermost(m, text, mentions, w) if m.type == "LOC" else m
        stay = _UNTIL_STAY.match(text, m.end)
        if stay is not None and stay.end() < at and text[stay.end():stay.end() + 1] in ",，" \
                or text[m.end:m.end + 1] in (",", "，"):
            return m if m.type == "LOC" else replace(m, type="LOC")
    # (a stay told by a happening named with its place: G20大阪峰会期间,…; 北京冬奥会期间,)
    for m in places[bisect_left(starts, sent):bisect_left(starts, at)]:
        opening = clause_start(text, m.start, sent)
        stay = _UNTIL_STAY.match(text, m.end)
        if (opening == sent or text[opening - 1] in ",，") and stay is not None and stay.end() < at \
                and text[stay.end():stay.end() + 1] in (",", "，") \
                and bisect_left(starts, opening) == bisect_left(starts, m.start):  # no place before it there
            return m
    return None


def _visiting_before(text: str, sent: int, at: int, places: list[Mention], w: Words) -> Mention | None:
    """The place of a visit its doer is on, told before the event at ``at`` as what qualifies them (正在蒙古国
    乌兰巴托市访问的…代表团团长X会见…: 乌兰巴托市, the last place so named)."""
    for m in w.visiting.finditer(text, sent, at):
        inside = [p for p in places if m.start(1) <= p.start and p.end <= m.end(1)]
        if inside:
            return inside[-1]
    return None


def _held_clause_before(text: str, sent: int, clause: int, at: int, places: list[Mention]) -> Mention | None:
    """The place written after 在 in an earlier clause of the sentence whose doers act there (市领导在成都参加
    …四川行活动,市委书记X会见了…: 成都), when no clause after its own names another place before the event at
    ``at``."""
    held = [p for p in places[bisect_right(places, sent, key=_START):bisect_left(places, clause, key=_START)]
            if p.end <= clause and text[p.start - 1] == "在"]
    m = held[-1] if held else None
    if m is None or _UNTIL_STAY.match(text, m.end) is not None:
        return None
    own = next((c.end() for c in CLAUSE_END.finditer(text, m.end, at)), at)
    k = bisect_left(places, own, key=_START)  # the first place from ``own`` on: does it start before at?
    return None if k < len(places) and places[k].start < at else m


# a count opening the words after 在 (在两个联系村, 在3个社区): sites counted, none named
_COUNTED = re.compile(r"[\d一二两三四五六七八九十几多]+[个座家所处]")
# the scene of an event (在开幕式现场, 在活动现场): where that event is, no venue's name
_SCENE = "现场"
# a venue's name in a clause of its own after 在 (在区委、区政府三楼中心接待室,): characters and list marks
_VENUE_CLAUSE = re.compile(r"在([\u4e00-\u9fff、]{2,24})[,，]")


def _venue_opening(text: str, sent: int, at: int, mentions: Mentions, w: Words) -> Mention | None:
    """The venue named after 在 in a clause of its own that opens the sentence at ``sent`` or follows its
    date, before offset ``at`` (11月5日,在区委、区政府三楼中心接待室,A与B签署…: no place or body the NER
    named there), by how its name ends (``venue``)."""
    date = next((m for m in mentions.by_start.get(sent, ())
                 if m.type == "DATE" and text[m.end:m.end + 1] in ",，"), None)
    found = _VENUE_CLAUSE.match(text, date.end + 1 if date is not None else sent)
    if found is None or found.end() > at or not w.venue.search(text, *found.span(1)) \
            or w.no_site.match(text, found.start(1)) or _COUNTED.match(text, found.start(1)) \
            or text.endswith(_SCENE, 0, found.end(1)) \
            or any(m.type in ("PER", "DATE") and found.start(1) <= m.start < found.end(1)
                   for m in mentions.all):
        return None  # 在两个联系村,: sites counted, none named; 在开幕式现场,: the scene of another event
    return _place_span(text, *found.span(1), "event:place-venue-opening")


def _venue_opening_before(text: str, sent: int, at: int, mentions: Mentions, w: Words) -> Mention | None:
    """The venue opening the sentence before the one at ``sent`` in its paragraph (:func:`_venue_opening`:
    9月5日下午,在青山大厦,A与B达成合作协议。…参加了签约仪式), for an event whose sentence names no day, no
    place and no 在 before it: told there still."""
    if sent == 0 or text[sent - 1] == "\n" or text.find(_AT_SITE, sent, at) >= 0 \
            or any(m.type in ("DATE", "LOC") and sent <= m.start < at for m in mentions.all):
        return None
    before = sentence_at(text, sent - 1, full_width=True)[0]
    return _venue_opening(text, before, sent, mentions, w)


def _list_end(first: Mention, mentions: Mentions, text: str) -> int:
    """Where the list of places ``first`` opens ends (新西兰、澳大利亚和马来西亚), each next one read from the
    offset after the one before."""
    end = first.end
    while (m := next((m for m in mentions.places_by_start.get(end + 1, ())
                      if _LIST_JOIN.fullmatch(text, end, m.start)), None)) is not None:
        end = m.end
    return end


def place_held_later(e: Event, text: str, mentions: Mentions, dates: list[Mention], events: list[Event],
                     w: Words) -> Mention | None:
    """The place written right after the event's name, or after the name of any of its mentions, when the
    event reader read none there (揭牌仪式在善南街道善国社区举行: no place the NER named; a headline naming
    the ceremony the body tells again so: X大桥通车仪式 … X大桥通车仪式在大桥北岸举行), or in the clause
    right after it with only its date before (…庆典,于8月8日在唐人街举行), or the place a later sentence
    gives the event: of its paragraph by its trigger word (会见了X。会见在青山宾馆举行; 会谈在人民大会堂举行),
    or anywhere by its noun after a word referring back (本届研讨会在福州举办), before the event is told
    again so."""
    for told in sorted({e.trigger, *e.mentions}):  # 揭牌仪式在善南街道善国社区举行: the NER named no place
        later = held_past_date(text, told.end, dates, w)
        right = w.held_in.match(text, told.end) or (later[1] if later is not None else None)
        if right is not None and _site_words(right.group(1), w) and not w.no_site.match(right.group(1)):
            return _held_at(right, text, mentions)
        bare = next((m for m in mentions.by_start.get(told.end, ())
                     if m.type == "LOC" and w.held_bare.match(text, m.end)), None)
        if bare is not None:
            return bare  # …座谈会巴黎召开: a headline's place, no 在
    para_end = text.find("\n", e.trigger.end)
    m = _said_held(text, (e.trigger.text,), w, e.trigger.end, para_end if para_end >= 0 else len(text))
    noun = e.rule.removeprefix("ev.noun.") if e.rule.startswith("ev.noun.") else ""
    if m is None and noun:
        m = _said_held(text, tuple(r + noun for r in w.refer_noun), w, e.trigger.end, len(text))
    if m is None:
        return None
    if any(e.trigger.end <= o.trigger.start < m[0] and o.rule == e.rule for o in events):
        return None  # told again before: the place is that one's
    return _held_at(m[1], text, mentions)


def held_past_date(text: str, at: int, dates: list[Mention],
                   w: Words) -> tuple[Mention | None, re.Match[str]] | None:
    """The date (or None) and where (``w.held_later``, group 1) the words after an event's name ending at
    ``at`` say it was held past its date, a 于 and a clause mark between (…庆典,于8月8日在唐人街举行; …仪式,
    今早在大会堂隆重举行; 典禮今晚假海景酒店舉行), or None when nothing stands between (``w.held_in`` reads
    that)."""
    starts = {d.start: d for d in dates}
    start, at, day = at, at + text.startswith(_PAUSE, at), None
    while at in starts or text.startswith(_ON, at) or day is not None and _past_day(text, at) > at:
        if at in starts:
            day, at = starts[at], starts[at].end
        else:  # 于11月26日(星期二)上午十时,假座X举行: the day's weekday, its hour, a pause before where
            at = at + 1 if text.startswith(_ON, at) else _past_day(text, at)
    held = w.held_later.match(text, at) if at > start else None
    return (day, held) if held is not None else None


# what closes the clause naming an event before the clause telling where it was held, and the 于 of its date
_PAUSE = (",", "，")
_ON = ("于", "於")
# what may follow the day an event was held on before where (…于11月26日(星期二)上午十时,假座X举行): its
# weekday in brackets, the part of the day and the hour, a pause
_AFTER_DAY = re.compile(rf"[(（](?:星期|周|礼拜)[一二三四五六日天][)）]|[,，]"
                        rf"|{PART_OF_DAY}(?:\d{{1,2}}[:：]\d{{2}}|[\d{DIGITS}]{{1,3}}[时点](?:[\d{DIGITS}]{{1,2}}分|半|整)?)?")


def _past_day(text: str, at: int) -> int:
    """Where the words after a day's weekday, hour or pause at ``at`` go on (``at`` when none is there)."""
    m = _AFTER_DAY.match(text, at)
    return m.end() if m is not None else at


def _held_at(held: re.Match[str], text: str, mentions: Mentions) -> Mention:
    """The place of a match of ``held_in`` (group 1): the place or body the NER named there, else its
    words."""
    a, b = held.span(1)
    # 在庄严肃穆的八宝山革命公墓举行: the cemetery
    a = past_modifier(text, a, b, [x.start for x in mentions.all if x.type in ("LOC", "ORG")])
    known = next((x for x in mentions.by_start.get(a, ()) if x.end == b and x.type in ("LOC", "ORG")), None)
    if known is not None:
        return replace(known, type="LOC")
    return Mention(a, b, "LOC", text[a:b], rule="event:place-held", key=text[a:b])


def place_of_event_stay(e: Event, text: str, events: list[Event], w: Words) -> Mention | None:
    """The place of the event told before whose name a sentence opening with its bare noun and 期间 refers to
    (…在吉隆坡出席东盟外长会。会议期间,…会见了X; 论坛期间,…): the last one placed so named, or of type
    Meeting (not its family's subtypes) when the noun names any meeting (``any-meeting``: 会议)."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    if not (text.startswith(w.bare, sent) or text.startswith(w.refer_noun, sent)):
        return None  # (a noun that refers back opens the sentence, or none is read)
    stay = next((b for r in ("", *w.refer_noun) for b in w.bare if text.startswith(r + b + _STAY, sent)
                 and text.startswith(_PAUSE, sent + len(r + b + _STAY))), None)
    if stay is None or e.trigger.start <= sent:
        return None
    return next((t.place for t in reversed(events) if t.place is not None and t.trigger.end <= sent
                 and (t.trigger.text.endswith(stay)
                      or t.type == _MEETING and stay.endswith(w.any_meeting))), None)


# a meeting of any kind (东盟外长会, 党组会议), what a bare 会议 during which something happens refers to
_MEETING = "Meeting"


def place_of_clause_before(e: Event, text: str, events: list[Event], mentions: Mentions,
                           w: Words) -> Mention | None:
    """The place written after 在 before the verb of an event in an earlier clause of the sentence, or the
    place a visit or an inspection there went to (its verb's object, or one place right after a verb of
    going before its verb: 赴东平县调研), when the event's clause goes on with that clause's subject
    (``continuing``: 李明在北京会见了X,并出席了…推介会; 李明参观了青山大学,并与…座谈; 李明赴东平县调研,并
    与…座谈; ,随后…), or that goes on after 并 inside the clause (走访省检察院并召开座谈会): its doer is still
    there. Not across a clause that names a place of its own, nor from the first of several places gone to
    (前往A、B检查…,并主持召开…会议)."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    clause = clause_start(text, e.trigger.start, sent)
    venue_before = _venue_clause_before(text, sent, clause, e.trigger.start, mentions, w)
    if venue_before is not None:
        return venue_before
    if clause == sent or text[clause - 1] not in ",，" or w.lead_end(text, clause) == clause:
        clause = text.rfind(AND_THEN, clause, e.trigger.start)
        if clause < 0:
            return None
    before = [o for o in events if sent <= o.trigger.start < clause and o.place is not None]
    last = max(before, key=lambda o: o.trigger.start, default=None)
    if last is None or last.place is None:
        return None
    at = last.place
    held = sent <= at.start < last.trigger.start and text[at.start - 1:at.start] == "在"
    gone = last.type in GOING and (last.trigger.end <= at.start and at.end <= clause  # 访问了X,并…
                                   or sent <= at.start < last.trigger.start  # 赴X调研,并…
                                   and _after_going(text, sent, at.start, w)
                                   and not _LIST_JOIN.match(text, at.end))  # not 前往A、B检查…,并…
    return at if held or gone else None


def _venue_clause_before(text: str, sent: int, clause: int, at: int, mentions: Mentions,
                         w: Words) -> Mention | None:
    """The place or venue the clause before ``clause`` ends with after 在, its subject written before
    (李明昨晚在青山大酒店宴会厅,出席…典礼; 省长李强在青山代表团驻地,亲切看望…), when the clause of the event
    at ``at`` goes on with that subject (it opens with a verb or a ``continuing`` word): where the subject
    is when acting next. A place or body the NER named there, else words ending as a venue does (not
    在其会所, 在两个村, 在活动现场); 在 a word of its own (not 正在, 现在)."""
    if clause <= sent or text[clause - 1] not in ",，" \
            or not (w.lead_end(text, clause) > clause or opens_with_verb(text, clause, at)):
        return None
    end = clause - 1
    lo = clause_start(text, end - 1, sent)
    pre = text.rfind(_AT_SITE, lo, end)
    if pre <= lo or not any(t.word == _AT_SITE and lo + t.start == pre for t in tokenize(text[lo:end])):
        return None  # 正在, 现在: no preposition
    start = pre + 1
    named = next((m for m in mentions.by_start.get(start, ()) if m.type in ("LOC", "ORG") and m.end == end),
                 None)
    if named is not None:
        return named if named.type == "LOC" else replace(named, type="LOC")
    if not 2 <= end - start <= 24 or not _HAN.fullmatch(text, start, end) \
            or not w.venue.search(text, start, end) or w.no_site.match(text, start) \
            or _COUNTED.match(text, start) or text.endswith(_SCENE, 0, end) \
            or any(m.type in ("PER", "DATE") and start <= m.start < end for m in mentions.all):
        return None
    return _place_span(text, start, end, "event:place-venue-clause")


def place_of_trip(e: Event, text: str, events: list[Event], fw: FactWords) -> Mention | None:
    """The place a trip told before the event went to, for an event with no place of its own told in a later
    sentence: a trip of several days, the event on one of its days or on no day told (11月25日至29日,…赴四川
    参访。…会见…: 四川) and not dated by the trip's own days (:func:`kg.extract.facts._during_visits` reads
    those); or an inspection, the event's sentence opening with a stay of its own (``fw.during``: 到东平区
    调研。调研期间,…召开座谈会: a visit's stay is ``_during_visits``'s) on its day or on no day told. The
    caller leaves an event told in passing unplaced (it stays no event). The last visit or inspection with a
    place before the event is the trip, one already made, the event too (not 将于…访问美国, 将会见:
    ``fw.future``)."""
    if fw.future.search(text, e.sentence[0], e.trigger.start):
        return None
    before = [o for o in events
              if o.type in GOING and o.place is not None and o.sentence[1] <= e.trigger.start]
    # a trip to one place over the event's day, not a stop of it on another day (5日至6日,…到青山县调研。5日,…
    # 来到青山镇…。6日,…主持召开座谈会: 青山县; not the first of the places a trip went to: 赴A、B…)
    over = [o for o in before if e.date is not None and o.date is not None and o.place is not None
            and (o.date == e.date or o.end_date is not None and o.date <= e.date <= o.end_date)
            and not _LIST_JOIN.match(text, o.place.end)]
    trip = max(over or before, key=lambda o: o.trigger.start, default=None)
    if trip is None or trip.date is None or fw.future.search(text, trip.sentence[0], trip.trigger.start):
        return None
    # where the trip was told last before the event (a headline's trip told again in the body)
    told = max((m.end for m in (trip.trigger, *trip.mentions) if m.end <= e.trigger.start),
               default=trip.trigger.end)
    if trip.type == "Inspection" and e.date in (None, trip.date) and (
            fw.during.match(text, e.sentence[0])  # 调研期间,…; or later in its paragraph, at no site of its
            or "\n" not in text[told:e.trigger.start]  # own (在两个联系村,…召开座谈会: in them)
            and _VENUE_CLAUSE.search(text, e.sentence[0], e.trigger.start) is None
            or _told_at(e, text, fw) and text.count("\n", told, e.trigger.start) <= _TOUR_PARAGRAPHS):
        return trip.place
    if trip.end_date in (None, trip.date) or e.when == trip.when \
            or e.date is not None and not trip.date <= e.date <= trip.end_date:
        return None
    return trip.place


# how many paragraph breaks may stand between an inspection and the meeting it led to, told at its noun (…到
# 青山县法院调研。⏎…先后到该院…了解…。⏎座谈会上,…): the tour's next paragraph or the one after
_TOUR_PARAGRAPHS = 2


def _told_at(e: Event, text: str, fw: FactWords) -> bool:
    """Whether ``e``'s sentence opens with its own noun (after an optional 在) telling what was done at it
    (``fw.at_event``: 座谈会上,…; 在工作交流会上,…): the event the paragraph before led to (…到青山县法院
    调研。座谈会上,…: held there)."""
    at = e.sentence[0] + text.startswith(_AT_SITE, e.sentence[0])
    end = e.trigger.end
    return at == e.trigger.start and any(
        text.startswith(word, end) and text.startswith(_PAUSE, end + len(word)) for word in fw.at_event)


def _after_going(text: str, lo: int, at: int, w: Words) -> bool:
    """Whether the place at ``at`` is written after a verb of going (from ``lo``), right after it or after
    the places that hold it (赴东平县, 赴河北省东平县: a few characters of names, no mark between)."""
    go = max((i + len(g) for g in w.going if (i := text.rfind(g, lo, at)) >= 0), default=-1)
    if go < 0:
        return False
    return go == at or at - go <= _HOLDING_NAMES and _HAN.fullmatch(text, go, at) is not None


# the most characters of the names of the places holding a place gone to (河北省 of 赴河北省丰宁满族自治县)
_HOLDING_NAMES = 8


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


# a place referred back to after an event's name: 在这里举行, 在此举行, 在该展区举行 (group 1: the noun
# after 该)
_HERE = re.compile(r"(?:正式|隆重)?在(?:这里|此|该([\u4e00-\u9fff]{1,3}?))(?:隆重|正式)?(?:举行|举办|召开)")
# what the name of the place 该X refers to starts after (首次设立的省属国企创新馆综合展区)
_NAME_BREAK = re.compile(r"[的,，。;；:：、“”\"\s]")


def place_referred(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The place an event's name is said to be held at by a word referring back, or None: 这里, 此 (屯溪栢景
    国际酒店二楼国际厅座无虚席,…签约仪式在这里举行: the place opening the clause before, up to its verb;
    青山体育馆灯火辉煌,全体师生齐聚一堂,…开学典礼在这里举行: else the nearest clause of the sentence before
    that opens with a place, when it is a venue), 该X (…设立的省属国企创新馆综合展区。…签约仪式在该展区
    举行: the last name ending with X before)."""
    named = next(((n, here) for n in (e.trigger, *e.mentions)
                  if n.type == "EVENT" and (here := _HERE.match(text, n.end)) is not None), None)
    if named is None:  # (a headline's name may be the trigger, the body's referring to the place)
        return None
    name, here = named
    sent = sentence_at(text, name.start, full_width=True)[0]
    if here.group(1) is None:  # 这里, 此: the place opening the clause before the name's, or the sentence
        clause = clause_start(text, name.start, sent)
        before = clause_start(text, clause - 1, sent)
        site = _site_opening(text, before, clause - 1, mentions, w)
        if site is not None:
            return site
        # the nearest clause before that opens with a venue (临江苑田径场歌声嘹亮,全体师生…,…典礼在这里举行)
        stops = [*(m.start() for m in CLAUSE_END.finditer(text, sent, before - 1)), before - 1]
        for a, b in reversed(list(zip([sent, *(i + 1 for i in stops[:-1])], stops, strict=True))):
            site = _site_opening(text, a, b, mentions, w)
            if site is not None:
                return site if w.venue.search(text, site.start, site.end) else None
        return None
    noun = here.group(1)
    at = text.rfind(noun, 0, sent)
    if at < 0:
        return None
    lo = max((m.end() for m in _NAME_BREAK.finditer(text, max(0, at - 16), at)), default=max(0, at - 16))
    words = tokenize(text[lo:at])
    start = lo + max((t.end for t in words if t.tag[:1] in ("p", "c", "u", "r")), default=0)  # 设立了, 在
    return _place_span(text, start, at + len(noun), "event:place-referred") if at - start >= 2 else None


def _site_opening(text: str, start: int, end: int, mentions: Mentions, w: Words) -> Mention | None:
    """The place or body the NER named opening ``text[start:end]`` (a clause), with the nouns after it up to
    the last that ends as a venue does (``venue``: 青山宾馆二楼国际厅 of 青山宾馆二楼国际厅座无虚席, 青山广场
    of 青山广场红旗招展: not the words telling how it looks); none when a person is named there (青山县委书记
    王明率队调研)."""
    first = min((m for m in mentions.all if m.type in ("LOC", "ORG") and start <= m.start < end),
                key=lambda m: m.start, default=None)
    if first is None or first.start != start:
        return None
    stop = _nouns_end(text, first.start, end)
    if any(m.type == "PER" and first.start <= m.start < stop for m in mentions.all):
        return None  # 青山县委书记王明率队调研: who, not where
    if not w.venue.search(text, first.start, stop):
        stop = max((j for j in range(first.end, stop) if w.venue.search(text, first.start, j)), default=stop)
    return _place_span(text, first.start, stop, "event:place-referred") if stop > first.end else first


def place_of_main_hall(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The main hall of a meeting held at several (以视频形式召开,主会场设在市政府三楼会议室), or the hall
    or site of an event (论坛举行,会场设在X; ``hall`` and ``hall-at`` of events/words), said later in the
    trigger's sentence: the place, not the place its name holds (全市…会议, 第五届湘江论坛) nor a branch hall
    (分会场)."""
    end = sentence_at(text, e.trigger.start, full_width=True)[1]
    hall = w.hall.search(text, e.trigger.end, end)
    return _held_at(hall, text, mentions) if hall is not None else None


def place_of_act_marked(e: Event, text: str, mentions: Mentions) -> Mention | None:
    """The place of a ceremony named by the act it marks (启动仪式, 开班仪式, 开幕式) where the sentence
    before says that act was done (…志愿服务活动在青山广场启动。…出席启动仪式: 青山广场)."""
    marked = _MARKED_ACT.search(e.trigger.text)
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    if marked is None or sent == 0:
        return None
    lo = sentence_at(text, sent - 1, full_width=True)[0]
    done = re.search(f"在([\u4e00-\u9fff0-9]{{2,24}}?)(?:正式|隆重)?{marked.group(1)}", text[lo:sent])
    if done is None:
        return None
    a, b = lo + done.start(1), lo + done.end(1)
    known = next((x for x in mentions.by_start.get(a, ()) if x.end == b and x.type in ("LOC", "ORG")), None)
    return replace(known, type="LOC") if known is not None else _place_span(text, a, b, "event:place-marked")


# a ceremony's name by the act of two characters it marks (启动仪式, 开幕式)
_MARKED_ACT = re.compile(r"([\u4e00-\u9fff]{2})(?:仪式|式)$")


# events held at a place (meetings, ceremonies, receptions, shows, press releases): what a clause's or a
# dateline's place can be the place of; visits and inspections go to theirs (:func:`_place_gone_to`)
HELD_AT = ("Meeting", "Ceremony", "Reception", "Performance", "Exhibition", "Training", "Release")


def place_of_clause(e: Event, text: str, mentions: Mentions, dates: list[Mention],
                     w: Words, fw: FactWords) -> Mention | None:
    """The place of an event held somewhere with none of its own, read from its clause and sentence: the
    place its doer went to in the trigger's clause or the clause whose subject it shares (赴香港、澳门
    出席…宴会: the first of several; 来到青山公司,会见…), the place of their stay (在长沙期间,会见…),
    the foreign place whose local time opens the sentence (吉隆坡当地时间23日下午,…会谈), the place the
    sentence before arrived at when this one goes on from it (…抵达莫斯科。随后,…会见…), the place that
    holds it (白关镇召开党员大会), or the place of the dateline opening the paragraph (本报香港9月27日电
    …会见) or an earlier one on the event's day."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    clause = _subject_clause(e, text, sent, w)
    places, at = mentions.places, e.trigger.start
    return _site_at(e, text, mentions, w, fw) or _site_held_at(e, text, mentions, w) \
        or _came_to(text, clause, at, mentions, w) \
        or _arrived_clause_before(text, sent, clause, places, w) \
        or _place_stayed(e, text, mentions, clause) \
        or _stay_opening(text, sent, at, mentions, w) \
        or _venue_opening(text, sent, at, mentions, w) \
        or _venue_opening_before(text, sent, at, mentions, w) \
        or _held_clause_before(text, sent, clause, at, places) \
        or _visiting_before(text, sent, at, places, w) \
        or _local_place(text, sent, mentions, w) \
        or _arrived_before(text, sent, mentions, w) \
        or _place_holding(e, text, mentions, w, fw) \
        or _body_holding(e, text, mentions.bodies, w) \
        or _dateline_place(e, text, mentions, dates, w)


def _local_place(text: str, sent: int, mentions: Mentions, w: Words) -> Mention | None:
    """The foreign place whose local time opens the sentence starting at ``sent`` (吉隆坡当地时间23日
    下午,…会谈)."""
    local = local_time(text, sent, mentions, w.clock)
    return local[0] if local is not None else None


def _dateline_place(e: Event, text: str, mentions: Mentions, dates: list[Mention],
                    w: Words) -> Mention | None:
    """The place of the dateline opening ``e``'s paragraph (本报香港9月27日电…会见), or of an earlier one on
    its day in a later paragraph of a dispatch; with no dateline before it, a place its name holds."""
    para = text.rfind("\n", 0, e.trigger.start) + 1
    line = _DATELINE.match(text, para)
    if line is None and e.date is not None:  # a later paragraph of a dispatch, on the dateline's day
        line = _dateline_of_day(text, para, e.date, dates)
    if line is None or e.trigger.start < line.end():
        return _place_in_name(e, text, mentions, w)
    # the place written right before the day (新华社烟台4月8日电), not one inside the outlet's name
    # (胶东在线4月8日讯)
    day = line.start("day")
    return next((m for m in mentions.places
                 if line.start() <= m.start and m.end <= day and not text[m.end:day].strip()), None)


def _site_at(e: Event, text: str, mentions: Mentions, w: Words, fw: FactWords) -> Mention | None:
    """The site named after 在 in the trigger's clause by how its name ends, before a preposition
    (``fw.site_before``, a partner's or a beneficiary's: 在机场为李强举行隆重的欢迎仪式, 在机场同X会见): the
    event reader reads 在X only right before its verb."""
    clause = clause_start(text, e.trigger.start)
    at = text.find("在", clause, e.trigger.start) + 1
    if at == 0 or any(m.start == at for m in mentions.all):
        return None  # no 在, or a place or body the NER named: the event reader's
    end = _nouns_end(text, at, e.trigger.start, w.venue)
    if not 2 <= end - at <= 12 or not fw.site_before.match(text, end) or not w.venue.search(text, at, end) \
            or not _HAN.fullmatch(text, at, end) or w.no_site.match(text, at):
        return None
    return _place_span(text, at, end, "event:place-site")


def _site_held_at(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The site named after 在 in the trigger's clause right before a verb of holding (``held``) that the
    event's name follows (在万坪镇政府会议室进行党外人士座谈会), when the event reader read no verb there:
    a place or body the NER named ending there, or words ending as a venue does (``venue``)."""
    clause = clause_start(text, e.trigger.start)
    at = text.find("在", clause, e.trigger.start) + 1
    end = next((i for h in w.held if text.endswith(h, 0, e.trigger.start)
                and (i := e.trigger.start - len(h)) > at), -1)
    if at == 0 or end < 0 or not _site_words(text[at:end], w) or w.no_site.match(text, at):
        return None
    named = next((m for m in mentions.by_start.get(at, ()) if m.type in ("LOC", "ORG") and m.end == end),
                 None)
    if named is not None:
        return named
    return _place_span(text, at, end, "event:place-held") if w.venue.search(text, at, end) else None


def _place_holding(e: Event, text: str, mentions: Mentions, w: Words, fw: FactWords) -> Mention | None:
    """The place (a town, a county: its people or government) that opens the trigger's clause right before a
    verb of holding the event (``held``: 白关镇召开党员大会, 青山县举行签约仪式; the last of a chain of
    places: 安徽合肥召开…), named by the NER or by how
    a town's name ends (``fw.town_end``: 戴庙镇召开…对接会; not 我县, 军区, 全市), after the words opening a
    clause that goes on (随后青山县举行…; not 随后我县)."""
    clause = clause_start(text, e.trigger.start)
    clause = w.lead_end(text, clause)
    places = mentions.places_by_start
    for m in places.get(clause, ()):
        if m.end < e.trigger.start and text.startswith(w.held, m.end):
            return m
    held = min((i for i in (text.find(h, clause, e.trigger.start) for h in w.held) if i >= 0), default=-1)
    town = 3 <= held - clause <= 12 and fw.town_end.search(text, clause, held)
    if town and _HAN.fullmatch(text, clause, held) and not w.no_site.match(text, clause):
        return _place_span(text, clause, held, "event:place-holding")
    last = next(iter(places.get(clause, ())), None)
    while last is not None and (inner := next(iter(places.get(last.end, ())), None)) is not None:
        last = inner  # 安徽合肥召开…会: the last place of a chain, each inside the one before
    return last if last is not None and clause < last.start and last.end < e.trigger.start \
        and text.startswith(w.held, last.end) else None


def _body_holding(e: Event, text: str, bodies: list[Mention], w: Words) -> Mention | None:
    """The body named like a site (``venue``: 医院, 学校, 中心) that opens the trigger's clause before a verb
    of holding the event, as the place it was held at (新乡市第一人民医院举行签约仪式: its own premises; not
    县政协召开主席会议: a body meeting), with the words of its part written between (X医院新华院区举行…: the
    part's; not 青山大学与龙湖集团举行…: two parties), when no place is said."""
    clause = clause_start(text, e.trigger.start)
    held = min((i for i in (text.find(h, clause, e.trigger.end) for h in w.held) if i >= 0), default=-1)
    body = next((m for m in bodies if m.start == clause and m.end <= held
                 and w.venue.search(text, m.start, m.end)), None)
    if body is None or held - body.end > _MAX_PART or not _HAN.fullmatch(text, body.end, held) \
            and body.end < held or _LIST_JOIN.match(text, body.end):
        return None  # 青山大学与龙湖集团举行签约仪式: the parties, no venue
    if body.end == held or w.adverb_end.fullmatch(text, body.end, held):
        return body  # (青山会馆隆重举行…: the body, its adverb no part of it)
    return _place_span(text, clause, held, "event:place-holding")


# the longest part of a body written after its name, before the verb of holding (新华院区, 三楼会议室)
_MAX_PART = 6


# how the name of a series of events ends when one of its events is named by its place (西博会圣保罗推介会,
# 艺术节香港专场; not a place as the topic: 全国青山工作会议)
_SERIES_END = "会节展"
# what joins the places of the partners of an event named by them (广州、奥克兰、洛杉矶…峰会,
# 中国-东盟博览会), not · or • (_INSIDE: a country and a city of it)
_PAIRED = "、-—－"
# what may stand before the place that opens an event's name: a year or an edition (2022腾冲科学家论坛)
_NAME_LEAD = re.compile(rf"(?:\d{{4}}年?|{ORDINAL}届)?")


def _place_in_name(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The place that opens the event's name, after a year or an edition (2022腾冲科学家论坛开幕: 腾冲),
    or in brackets right before the name read (中国(温州)国际园林博览会, 2022(长春)…论坛), or else the
    place between a series' name and its noun (第十七届西博会圣保罗推介会: 圣保罗), when it is no part of a
    body's name (中国共产党第十九次全国代表大会 names no place) nor one of the places of partners
    (广州、奥克兰、洛杉矶…峰会, 中国-东盟博览会), nor the reach of the event (``scope``: 全市春节…会议)."""
    name = next((m for m in (e.trigger, *e.mentions) if m.type == "EVENT" and len(m.text) > 4), None)
    if name is None or text[name.start - 1:name.start] in _PAIRED:
        return None  # 广州、奥克兰、洛杉矶“三城经济联盟”峰会: the partners' places, not where it was held
    lead = _NAME_LEAD.match(text, name.start)
    at = lead.end() if lead else name.start
    place = next((m for m in mentions.by_start.get(at, ()) if m.type == "LOC" and m.end < name.end), None)
    if place is None and text[name.start - 1:name.start] in (")", "）"):  # 中国(温州)国际园林博览会
        place = next((m for m in mentions.all if m.type == "LOC" and m.end == name.start - 1
                      and text[m.start - 1:m.start] in ("(", "（")), None)
    noun = e.rule.removeprefix("ev.noun.") if e.rule.startswith("ev.noun.") else ""
    if place is None and noun and name.text.endswith(noun):  # 第十七届西博会圣保罗推介会: 圣保罗
        head = name.end - len(noun)
        place = next((m for m in mentions.all if m.type == "LOC" and m.end == head and name.start < m.start
                      and text[m.start - 1] in _SERIES_END), None)
    if place is None or place.text.startswith(w.scope) or _is_region(place) \
            or text[place.end] in _PAIRED \
            or any(o.type == "ORG" and o.start <= place.start and place.end <= o.end for o in mentions.all):
        return None
    while True:  # 中国洛阳牡丹文化节, 中国·哈尔滨国际冰雪节: the place named inside the first one
        inner = next((m for m in mentions.all if m.type == "LOC" and m.end < name.end
                      and (m.start == place.end
                           or m.start == place.end + 1 and text[place.end] in _INSIDE)), None)
        if inner is None:
            return place
        place = inner


def place_opened(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The venue a ceremony opens or unveils, named right before its noun in its name (``opened``: 李明故居
    纪念馆开馆仪式, …现场会暨白水路社区卫生服务中心新址揭牌仪式: the last part of a joined name), when a name
    is in it and it ends as a venue does (not 撤乡建镇揭牌仪式); where the event has no place or only one its
    name opens with (青山区…现场会暨…), and no place is written right after its name (…揭牌仪式在X举行, even
    one referred to: 在该处举行)."""
    names = [m for m in (e.trigger, *e.mentions) if m.type == "EVENT"]
    if e.place is not None and not any(n.start <= e.place.start and e.place.end <= n.end for n in names) \
            or any(w.held_in.match(text, n.end) for n in names):
        return None
    for name in names:
        noun = w.opened.search(name.text)
        if noun is None:
            continue
        end = name.start + noun.start()
        start = max((text.rfind(j, name.start, end) + len(j) for j in _JOINED_NAME), default=-1)
        start = max(start, name.start)
        if end - start >= _MIN_OPENED and _HAN.fullmatch(text, start, end) \
                and w.venue.search(text, start, end) is not None \
                and any(m.type in _NAMES and start <= m.start and m.end <= end for m in mentions.all):
            return _place_span(text, start, end, "event:place-opened")
    return None


def place_venue_after(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The venue opening the sentence right after the event's in its paragraph (:func:`_venue_opening`),
    when that sentence ends with the event's being held (青山消费季启动仪式举行。在钟楼广场,市长王明宣布…:
    the square), for an event with no place or only one inside its name."""
    names = [m for m in (e.trigger, *e.mentions) if m.type == "EVENT"]
    if e.place is not None and not any(n.start <= e.place.start and e.place.end <= n.end for n in names):
        return None
    for name in names:
        adverb = w.adverb.match(text, name.end)
        at = adverb.end() if adverb is not None else name.end
        verb = next((h for h in w.held if text.startswith(h, at)), None)
        if verb is None or text[at + len(verb):at + len(verb) + 1] not in _SENTENCE_END:
            continue
        after = at + len(verb) + 1
        venue = _venue_opening(text, after, sentence_at(text, after, full_width=True)[1], mentions, w)
        if venue is not None:
            return venue
    return None


# the marks ending a sentence that tells only an event's being held (…启动仪式举行。)
_SENTENCE_END = ("。", "!", "！")


# what joins the parts of an event's name (…现场会暨…揭牌仪式)
_JOINED_NAME = ("暨",)
# the mentions a venue's name holds (李明故居纪念馆, 白水社区党群服务中心, 青山大学图书馆)
_NAMES = ("PER", "LOC", "ORG")
# the shortest venue named before an opening's noun (图书馆 after its place: 青山图书馆)
_MIN_OPENED = 4


def place_named_before(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The place written right before the noun that names the event, inside its name (上海合作组织天津峰会,
    中非合作论坛北京峰会: the city it is named by, not the place opening the name), or right before its
    trigger after a mark (海湖庄园会晤、汉堡会晤: 汉堡; not a doer: 我县签约了); not a partner (中国—中亚峰会:
    after another place and a mark joining them), nor a region a name speaks for (东亚峰会), nor the reach
    of the event (全国两会) or what a whole country's event is about (全国青山工作会议), nor a place inside a
    body's name."""
    noun = e.rule.removeprefix("ev.noun.") if e.rule.startswith("ev.noun.") else ""
    for told in sorted({e.trigger, *e.mentions}):
        inside = bool(noun) and told.text.endswith(noun) and len(told.text) > len(noun) \
            and not told.text.startswith(_REACH)  # 全国青山工作会议: the place its work is about
        head = told.end - len(noun) if inside else told.start
        place = next((m for m in mentions.places if m.end == head
                      and (told.start < m.start if inside else told == e.trigger and m.start > 0
                           and text[m.start - 1] in _BEFORE_NAMED and not w.no_site.match(text, m.start)
                           and not text.startswith(_DONE, told.end))), None)
        joined = place is not None and text[place.start - 1] in _PAIRED \
            and any(m.end == place.start - 1 for m in mentions.openers)
        if place is None or joined or place.text.startswith(w.scope) or _is_region(place) or any(
                o.type == "ORG" and o.start <= place.start and place.end <= o.end for o in mentions.all):
            continue
        return place
    return None


# what opens the name of an event held for a whole country or province (全国, 全省): a place inside it is
# what it is about
_REACH = "全"
# what may stand before a place naming an event with its trigger (…会晤、汉堡会晤; 。G20杭州峰会)
_BEFORE_NAMED = "、,，。;；\n"
# the gazetteer's level of a region (东亚, 亚太): what a name speaks for, no place it is held at
_REGION = "region"


def _is_region(m: Mention) -> bool:
    """Whether the place ``m`` is a region of the gazetteer (东亚, 中东欧)."""
    found = lookup(m.key or m.text)
    return found is not None and found.level == _REGION


# what may stand between a country and a city of it opening an event's name (中国·哈尔滨国际冰雪节)
_INSIDE = "·•"


def _dateline_of_day(text: str, end: int, day: str, dates: list[Mention]) -> re.Match[str] | None:
    """The dateline opening a paragraph of ``text`` before offset ``end`` that is dated ``day``."""
    for para in (0, *(m.end() for m in re.finditer("\n", text[:end]))):
        line = _DATELINE.match(text, para)
        if line is not None and any(m.key == day and line.start() <= m.start < line.end() for m in dates):
            return line
    return None


def _arrived_before(text: str, sent: int, mentions: Mentions, w: Words) -> Mention | None:
    """The place the sentence before the one at ``sent`` (in its paragraph) tells someone arrived at, or the
    place of the stay the last sentence of the paragraph with one opens with (在青山大学调研期间,…座谈。…。
    座谈前,…会见…), when this sentence goes on from it: it opens with a ``same-day`` word (当天, 座谈前),
    with ``continuing`` words before a comma (随后,), with a verb of going and 后 (抵达后) or with a
    ``pronoun`` (他也将与X会面)."""
    cont = w.lead_end(text, sent)
    goes_on = text.startswith(w.same_day, sent) \
        or (cont > sent and text[cont:cont + 1] in ",，") \
        or any(text.startswith(g + "后", sent) for g in w.going) \
        or w.pronoun.match(text, sent) is not None  # 在北京期间,…会面。他也将与X会面
    if sent == 0 or text[sent - 1] == "\n" or not goes_on:
        return None
    before = sentence_at(text, sent - 1, full_width=True)[0]
    came = _came_to(text, before, sent, mentions, w)
    if came is not None:
        return came
    while True:  # the stay the paragraph's last sentence with one opens with
        stay = _stay_opening(text, before, sent, mentions, w)
        if stay is not None or before == 0 or text[before - 1] == "\n":
            return stay
        before = sentence_at(text, before - 1, full_width=True)[0]


def local_time(text: str, sent: int, mentions: Mentions,
               clock: tuple[str, ...]) -> tuple[Mention, int] | None:
    """The foreign place whose local time opens the sentence at ``sent`` (吉隆坡当地时间23日下午,…), and where
    the ``clock`` word after it ends."""
    for m in mentions.places_by_start.get(sent, ()):
        word = next((c for c in clock if text.startswith(c, m.end)), None)
        if word is not None:
            return m, m.end + len(word)
    return None


def self_bodies(publisher: str | None, selves: tuple[str, ...], rules: RuleSet) -> dict[str, str]:
    """The words of ``selves`` (the posts' self-ref words: 我院, 我校, 我会) the publisher's own news may name
    itself by, each with the body it names (its key: :func:`kg.extract.orgs.own_body`, else the whole
    publisher): the words of the kind of body the publisher is named like (a hospital for 我院:
    ``SELF_KINDS``), or all when it is known by its web address alone (shsgah-hospital.cn: no name in Chinese
    to tell its kind by); none with no publisher."""
    if not publisher:
        return {}
    nameless = _HAN.search(publisher) is None
    return {word: own_body(publisher, word, rules, by_name=True) or publisher for word in selves
            if nameless or any(k in publisher for k in SELF_KINDS.get(word[-1], ()))}


def place_of_self(e: Event, text: str, selves: Mapping[str, str], w: Words,
                  going: bool = False) -> Mention | None:
    """The publisher's own body as the place an event came to (a visit, an inspection, a meeting held
    there: …一行来到我院进行交流座谈; the caller passes those), where its own news names
    itself right after a verb of going or coming in the trigger's clause or the clause of its subject (…一行
    来到我院参观交流, 莅临我会: ``selves``, the words of :func:`self_bodies` with the body each names), or as
    what is acted on (对我校进行友好访问), or, for a visit (``going``), right after its verb (访问我校);
    keyed by the publisher's body (one site's 我院 is not another's)."""
    if not selves:
        return None
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    clause = _subject_clause(e, text, sent, w)
    for word, body in selves.items():
        at = text.find(word, clause, e.trigger.start)
        if going and text.startswith(word, e.trigger.end):
            at = e.trigger.end
        elif not (at > clause and (text.endswith(w.going, clause, at) or text[at - 1] in w.coming
                                   or text[at - 1] == _TOWARD
                                   and _ACT_ON.fullmatch(text, at + len(word), e.trigger.start))):
            continue
        return Mention(at, at + len(word), "LOC", word, rule="event:place-self", key=body)
    return None


# what an act is done to, before the verb opening it and the act (对我校进行友好访问)
_TOWARD = "对"
_ACT_ON = re.compile(rf"(?:{ACT_OPENING.pattern})了?[\u4e00-\u9fff]{{0,6}}")
# the verb opening an act after the place or body it is done to, or after its parts (对青山医院的门诊大厅、
# 住院部等进行了考察)
_PARTS_ACT_ON = re.compile(rf"(?:的[^,，。;；:：]{{1,40}}?)?{_ACT_ON.pattern}")


def place_acted_on(e: Event, text: str, mentions: Mentions) -> Mention | None:
    """The place or body a visit or an inspection is done to, named right after 对 in its clause before the
    verb opening the act, alone or with its parts (李明对青山县人民医院进行了考察指导; 对X法院诉讼服务中心
    的服务大厅、调解工作室等进行了考察: the body)."""
    clause = clause_start(text, e.trigger.start, sentence_at(text, e.trigger.start, full_width=True)[0])
    for m in mentions.all:
        if m.type in ("LOC", "ORG") and clause < m.start < e.trigger.start and text[m.start - 1] == _TOWARD:
            if _PARTS_ACT_ON.fullmatch(text, m.end, e.trigger.start):
                return m
    return None




# the preposition of a site written before an event in its sentence (在两个联系村，…召开座谈会)
_AT_SITE = "在"


def place_guests_came_to(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The place the people an event names went to, told before it in an earlier clause of its sentence or
    in the sentence before in its paragraph (李强一行来我市考察，市长王明会见了李强一行: 我市; 考察团回到
    贵阳市区，省工商联为考察团举行了欢迎座谈会: 贵阳): they are met where they came. The people of the clause
    that went (its names, else its group: 考察团), named again in the event's clause; the last going told
    decides; the sentence before not when the event's own tells a day or a site (6月15日，X会见…). Not the
    place of guests told after the verb as what they are (会见了来青山参访的客人: no place told)."""
    sent = sentence_at(text, e.trigger.start, full_width=True)[0]
    clause = clause_start(text, e.trigger.start, sent)
    stop = CLAUSE_END.search(text, e.trigger.end)
    named = text[clause:stop.start() if stop else len(text)]
    before = [(sent, clause)]
    own = text.find(_AT_SITE, sent, e.trigger.start) >= 0 \
        or any(m.type == "DATE" and sent <= m.start < e.trigger.start for m in mentions.all)
    if sent > 0 and text[sent - 1] != "\n" and not own:  # (not 6月15日，X会见…; 在两个联系村，…召开座谈会)
        before.append((sentence_at(text, sent - 1, full_width=True)[0], sent))
    for lo, hi in before:
        came = _came_to(text, lo, hi, mentions, w) if hi > lo else None
        if came is None:
            continue
        start = clause_start(text, came.start, lo)
        goers = {m.text for m in mentions.all if m.type == "PER" and start <= m.start < came.start} \
            or {g.group() for g in w.group.finditer(text, start, came.start)}
        return came if any(g in named for g in goers) else None
    return None


def place_of_days_held(e: Event, text: str, events: list[Event], mentions: Mentions,
                       w: Words) -> Mention | None:
    """The place of a happening of several days told in the sentence before the event's (or before a
    sentence telling it again: a headline's event told in the body), with a place of its own, for an event on
    one of those days with no place of its own (…活动7月27日至29日在长沙举行。28日上午,X会见…: 长沙): it is
    held there those days. The happening an event the reader found, or only its days followed by where it
    was held (“…”活动7月27日至29日在长沙举行: no event named)."""
    if e.date is None or len(e.date) != DAY_KEY:
        return None
    for told in sorted({e.trigger, *e.mentions}):
        sent = sentence_at(text, told.start, full_width=True)[0]
        if sent == 0:
            continue
        before = sentence_at(text, sent - 1 - (text[sent - 1] == "\n"), full_width=True)
        held = [o for o in events if before[0] <= o.trigger.start < before[1] and o.place is not None
                and o.date is not None and o.end_date not in (None, o.date) and o.when != e.when
                and o.date <= e.date <= o.end_date]
        if held:
            return held[-1].place
        days = [(d, m) for d in mentions.all if d.type == "DATE" and before[0] <= d.start < before[1]
                and _within_days(d, e.date) and (m := w.held_in.match(text, d.end, before[1])) is not None]
        if days:
            return _held_at(days[-1][1], text, mentions)
    return None


def _within_days(d: Mention, day: str) -> bool:
    """Whether the date ``d`` is a span of days (its key first/last) holding ``day``."""
    first, _, last = (d.key or "").partition("/")
    return bool(last) and first <= day <= last


def place_of_paragraph_stay(e: Event, text: str, mentions: Mentions, w: Words) -> Mention | None:
    """The place of a stay told by the clause opening the event's paragraph (在北京期间，李明将与X会面。…
    李明还将与Y会面: 北京), for an event in a later sentence of that paragraph, when no sentence between
    names a place after 在 or after a verb of going (…。随后李明赴上海…: not 北京)."""
    para = text.rfind("\n", 0, e.trigger.start) + 1
    first_end = sentence_at(text, para, full_width=True)[1]
    if text[para:para + 1] != _AT_SITE or e.trigger.start < first_end:
        return None
    stay = next((m for m in mentions.all if m.type == "LOC" and m.start == para + 1), None)
    during = _UNTIL_STAY.match(text, stay.end) if stay is not None else None
    if stay is None or during is None or text[during.end():during.end() + 1] not in (",", "，"):
        return None
    moved = any(first_end <= m.start < e.trigger.start and (text[m.start - 1] == _AT_SITE or _after_going(
        text, clause_start(text, m.start, first_end), m.start, w)) for m in mentions.all if m.type == "LOC")
    return None if moved else stay
