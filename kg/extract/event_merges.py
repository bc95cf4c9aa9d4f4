"""One event per happening in an article: later mentions and parts of an event are that event.

News tells one meeting, visit or session over several sentences: 会见…。会见时，X说…; 召开会议…。会议指出…;
…会议开幕…。闭幕式上…. The readers find an event at each mention; here the
mentions of one happening become one event, by the table ``events/merges`` (kg/rules/events/merges.tsv):
which types a later mention refers back to (``again``), which names are parts of a session (``part``) and
which types are sessions (``session``), which verbs tell an arrival that is the visit or inspection its
sentence tells (``arrival``). The event kept gains the merged one's people, its date, place, chair and
organiser when it has none, and its mentions (each mention keeps its sentence). An election is one event per
clause (张三当选为…;李四当选为…: two), as each decision is (eval/modern/README.md).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kg.extract.dates import is_day
from kg.extract.event_places import GOING
from kg.extract.events import Concept, nearer_place, scheme
from kg.model import Event, Mention, replace
from kg.nlp.sentences import CLAUSE_END
from kg.rules import RuleSet, per_rules

__all__ = ["Merges", "merges", "one_per_happening"]

_KINDS = ("again", "session", "part", "decision", "guest", "arrival", "declared", "alike", "feast", "feted",
          "once")
_NOUN = "ev.noun."  # the rule id of an event a noun names (kg/rules/events/triggers.jsonl)
_VERB = "ev.verb."  # ... and of one a verb tells


@dataclass(frozen=True)
class Merges:
    """The table ``events/merges``."""

    again: frozenset[str]  # types a later mention with nothing of its own refers back to
    sessions: frozenset[str]  # types that hold parts
    parts: tuple[str, ...]  # how the name of a part of a session ends (闭幕式, 全体会议)
    decisions: frozenset[str]  # Appointment: one decision a day for the same people, however often told
    guest: frozenset[str]  # 考察: an inspection verb that is a guest's visit too
    arrival: frozenset[str]  # 专机抵达, 飞抵: an arrival, part of the visit or inspection its sentence tells
    declared: tuple[str, ...]  # 宣布: a verb declaring the happening its act verb tells (宣布大会开幕)
    alike: tuple[str, ...]  # 仪式, 典礼: nouns ending names of one kind alike (the first one compared)
    feast: tuple[str, ...]  # 晚宴, 晚会: a feast, part of the ceremony of its day (``feted``)
    feted: tuple[str, ...]  # 典礼, 庆典: how the name of a ceremony its day's feast is part of ends
    once: frozenset[str]  # Opening: told once a day at a place


@per_rules
def merges(rules: RuleSet) -> Merges:
    """The merge table of ``rules``; a type not in the event scheme is an error naming its row."""
    table = rules.table("events/merges")
    concepts = scheme(rules)
    for row in table.checked(2, 2):
        if row.fields[1] in ("again", "session", "decision") and row.fields[0] not in concepts:
            raise row.error(f"{row.fields[0]!r} is no type of the event scheme")
    w = table.words_by_kind(_KINDS)
    return Merges(frozenset(w["again"]), frozenset(w["session"]), w["part"], frozenset(w["decision"]),
                  frozenset(w["guest"]), frozenset(w["arrival"]), w["declared"], w["alike"], w["feast"],
                  w["feted"], frozenset(w["once"]))


def _family(concepts: Mapping[str, Concept], type_: str) -> set[str]:
    """``type_`` and the types above it in the event scheme."""
    out: set[str] = set()
    while type_ and type_ not in out:
        out.add(type_)
        type_ = getattr(concepts.get(type_), "broader", None) or ""
    return out


def _kin(concepts: Mapping[str, Concept], a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one type or one is under the other (a Conference is a Meeting)."""
    return a in _family(concepts, b) or b in _family(concepts, a)


def _people(e: Event) -> set[str]:
    return {p.key or p.text for p in (*e.attendees, *((e.chair,) if e.chair else ()))}


def _known(people: set[str], known: set[str]) -> bool:
    """Whether each of ``people`` is one of ``known``, or the surname of one of them written alone (陈书记
    after 陈红民)."""
    return all(p in known or len(p) == 1 and any(k.startswith(p) for k in known) for p in people)


def _in_headline(e: Event, text: str) -> bool:
    """Whether ``e`` is told in a headline: a first line with no sentence end, or a photo's caption with its
    credit (慕新海会见蔡冠深一行。眉山日报记者 杨槐 摄)."""
    head_end = text.find("\n")
    head = text[:head_end].rstrip()
    return 0 <= e.trigger.start < head_end and (not any(c in head for c in "。！？!?") or head.endswith("摄"))


def _stamped(e: Event, text: str, head_end: int) -> bool:
    """Whether the headline's event ``e`` is dated by a page's stamp: a date on a line of its own below the
    headline, with no sentence (青山日报 2025-06-03), not by a sentence of the body."""
    if e.when is None or e.when.start < head_end:
        return False
    start = text.rfind("\n", 0, e.when.start) + 1
    end = text.find("\n", e.when.end)
    line = text[start:end if end >= 0 else len(text)]
    return not any(c in line for c in _SENTENCE_ENDS)


# what ends a sentence (a stamp's line has none)
_SENTENCE_ENDS = "。！？!?;；,，"


def _told_again(e: Event, t: Event, m: Merges, concepts: Mapping[str, Concept],
                refer: tuple[str, ...], text: str) -> bool:
    """Whether ``e``, told after ``t``, is ``t`` told again: a type that refers back, akin to ``t``'s,
    with no place and no date of its own (none, ``t``'s day carried from an earlier sentence, or the date
    that dates ``t`` too: X会见了Y一行,双方就…进行了会谈).
    Named by a noun, one that names ``t`` again, whose people join ``t``: the end of its name (会议,
    视频调度会 after 防汛视频调度会; not 升国旗仪式 after 宣誓仪式) or a name opened by a word that refers
    back (本次签约活动). Told by a verb (会见时, 调研中), with nobody ``t`` does not have (王强会见张伟。
    李明会见刘军 are two receptions), or of ``t``'s type naming ``t`` before it in its sentence (…会议开幕。…
    戴启常宣布…会议开幕: whoever speaks)."""
    if e.place is not None and _placed_again(e, t, m) or _detailed_again(e, t, m) or _once_again(e, t, m):
        return True
    if e.type not in m.again or t.date is None or not _kin(concepts, e.type, t.type) \
            or e.place is not None and not _placed_alike(e, t) \
            or not (e.date is None or e.date == t.date and (not _own_date(e) or e.when == t.when)):
        return False
    if e.rule.startswith(_NOUN):
        named = _alike(t.trigger.text, m).endswith(_alike(e.trigger.text, m)) \
            or _named_longer(e, t) or _named_by_act(e, t)
        return named or _first_part(t.trigger.text, e.trigger.text) \
            or _joint_short(t.trigger.text, e.trigger.text) or e.trigger.text.startswith(refer)
    before = text[e.sentence[0]:e.trigger.start]
    named = e.type == t.type and any(n.type == "EVENT" and len(n.text) >= 4 and n.text in before
                                     for n in (t.trigger, *t.mentions))
    return named or e.type == t.type and (_declared(before, m) or _subject_only(before)
                                          and not _in_list_line(e, text)) or _known(_people(e), _people(t))


def _placed_alike(e: Event, t: Event) -> bool:
    """Whether ``e`` is placed where ``t`` is, a noun told after ``t``'s act verb in its sentence (…博览会在
    X开幕,李强出席开幕式: the place of the sentence, read for both)."""
    return _named_by_act(e, t) and t.place is not None and e.place is not None \
        and e.place.text == t.place.text and e.sentence == t.sentence


def _named_by_act(e: Event, t: Event) -> bool:
    """Whether the noun naming ``e`` is the act verb telling ``t`` and a noun of the ceremony (开幕式 after
    开幕, 签约仪式 after 签约), of one type."""
    return e.rule.startswith(_NOUN) and t.rule.startswith(_VERB) and e.type == t.type \
        and len(e.trigger.text) > len(t.trigger.text) and e.trigger.text.startswith(t.trigger.text)


def _detailed_again(e: Event, t: Event, m: Merges) -> bool:
    """Whether ``e`` tells again, with its people or its place, the happening ``t`` a lead told before it by
    the same word on the same day with nobody and no place (青山医院与白水医院今天签署合作意向书。…院长A、
    院长B今天在白水医院共同签署…)."""
    return (e.type == t.type and e.type in m.again and e.trigger.text == t.trigger.text
            and is_day(t.date) and e.date == t.date
            and t.place is None and not t.attendees and (e.place is not None or bool(e.attendees)))


def _first_part(name: str, told: str) -> bool:
    """Whether ``told`` names the first part of the joint name ``name`` with the noun that ends it
    (启动暨签约仪式: 启动仪式; the last part, 签约仪式, is the name's end)."""
    first, joint, rest = name.partition(_JOINT)
    return bool(joint and first) and len(told) > len(first) and told.startswith(first) \
        and rest.endswith(told[len(first):])


def _joint_short(name: str, told: str) -> bool:
    """Whether ``told`` is the joint name ``name`` told short, each part by its end (开幕式暨论坛 after
    第十八届…博览会开幕式暨第十届…论坛)."""
    first, joint, rest = name.partition(_JOINT)
    short_first, short_joint, short_rest = told.partition(_JOINT)
    return bool(joint and short_joint and short_first and short_rest) and first.endswith(short_first) \
        and rest.endswith(short_rest)


# what joins the parts of one event's name (开工暨签约仪式, 推进会暨揭牌仪式)
_JOINT = "暨"


def _alike(name: str, m: Merges) -> str:
    """``name`` with its ending noun written as the first of the ``alike`` nouns (奠基典礼: 奠基仪式)."""
    end = next((a for a in m.alike if name.endswith(a)), None)
    return name[:-len(end)] + m.alike[0] if end is not None and m.alike else name


def _once_again(e: Event, t: Event, m: Merges) -> bool:
    """Whether ``e`` is of a type told once a day at a place (``once``: an opening) and of ``t``'s type, day
    and place (…会议在海口开幕。…会议在海口开幕。开幕大会由X主持)."""
    return (e.type == t.type and e.type in m.once and t.date is not None and e.date == t.date
            and e.place is not None and t.place is not None and e.place.text == t.place.text)


def _decided_again(e: Event, t: Event, m: Merges) -> bool:
    """Whether ``t``, told below the headline or the photo's caption that tells ``e``, is the decision ``e``
    told again: of a ``decision`` type, with ``e``'s people, on ``e``'s day or ``e`` of none (a caption's
    …6月14日…再次当选总统。新华社记者 X 摄, then 本月14日,Y…当选总统: one election)."""
    return (e.type == t.type and e.type in m.decisions and e.date in (None, t.date) and bool(e.attendees)
            and _people(e) == _people(t))


def _placed_again(e: Event, t: Event, m: Merges) -> bool:
    """Whether ``e``, told after ``t`` with a place of its own, is ``t`` told again where it was held: both
    named by nouns, of one type and day, ``t`` with no place and a name of four characters or more that
    ``e``'s ends with (X主持了开馆仪式。22日晚,总领馆开馆仪式在Y酒店举行)."""
    return (e.rule.startswith(_NOUN) and t.rule.startswith(_NOUN) and e.type == t.type and e.type in m.again
            and t.place is None and t.date is not None and e.date == t.date
            and len(t.trigger.text) >= _NAMED_AGAIN and e.trigger.text.endswith(t.trigger.text))


def _named_longer(e: Event, t: Event) -> bool:
    """Whether the noun naming ``e`` is ``t``'s name of four characters or more told with what it is of
    before it (宜宾学院临港校区开校仪式 after …校区举行开校仪式; not 仪式, 会议 alone)."""
    return t.rule.startswith(_NOUN) and len(t.trigger.text) >= _NAMED_AGAIN \
        and e.trigger.text.endswith(t.trigger.text)


# the fewest characters of a name told again with its place (开馆仪式; not 仪式, 会议 alone)
_NAMED_AGAIN = 4


# the most characters of a bare name between a verb declaring a happening and its act verb (宣布大会开幕)
_DECLARED_NAME = 6


def _declared(before: str, m: Merges) -> bool:
    """Whether the words ``before`` an act verb end with a verb declaring it (``declared``: 宣布开幕, 宣布
    大会开幕), with at most a short bare name between, in one clause."""
    said = max((before.rfind(w) + len(w) for w in m.declared if w in before), default=-1)
    return said >= 0 and len(before) - said <= _DECLARED_NAME and not CLAUSE_END.search(before, said)


def _subject_only(before: str) -> bool:
    """Whether the words ``before`` an act verb in its sentence are a short subject alone (包惠先后会见了…:
    the host telling again the reception told before)."""
    return len(before) < _DECLARED_NAME and not CLAUSE_END.search(before)


def _in_list_line(e: Event, text: str) -> bool:
    """Whether ``e`` is told in a line with no sentence end, not the first: an item of a digest's list of
    headlines (市长A会见B / 市长A会见C: the day's receptions, each its own)."""
    start = text.rfind("\n", 0, e.trigger.start) + 1
    end = text.find("\n", e.trigger.end)
    return start > 0 and not any(c in text[start:end if end >= 0 else len(text)] for c in "。！？!?")


def _own_date(e: Event) -> bool:
    """Whether ``e``'s date is written in its own sentence."""
    return e.when is not None and e.sentence[0] <= e.when.start < e.sentence[1]


def _a_part(e: Event, text: str, m: Merges) -> bool:
    """Whether ``e``'s name ends with a part's (闭幕式, 全体会议), or its verb begins one (举行闭幕会:
    闭幕)."""
    end = e.trigger.end
    return e.trigger.text.endswith(m.parts) or any(
        text.startswith(p, end - len(p) + 1) for p in m.parts if p.startswith(e.trigger.text))


def _part_of(e: Event, t: Event, m: Merges, concepts: Mapping[str, Concept], text: str) -> bool:
    """Whether ``e`` is a part (闭幕式, 全体会议) of the session ``t`` of its day."""
    return (t is not e and t.date is not None
            and e.date in (None, t.date) and not _a_part(t, text, m)
            and bool(_family(concepts, t.type) & m.sessions))


def _arrived_for(e: Event, t: Event, m: Merges) -> bool:
    """Whether the arrival ``e`` (乘专机抵达X, 飞抵X) is part of the visit or the inspection ``t`` its
    sentence tells (…抵达圣彼得堡,对俄罗斯进行正式访问; 飞抵上海调研), on ``e``'s day or on none."""
    return (t is not e and t.type in GOING and t.trigger.text not in m.arrival and t.sentence == e.sentence
            and t.date in (None, e.date))


def _compound(t: Event, e: Event) -> bool:
    """Whether ``e`` is told by a verb written right after ``t``'s verb, as one compound (参观考察, 调研座谈),
    with nothing of its own but the place of their object (参观视察了X): one act (of public life's types:
    遇刺身亡 stays an attack and a death)."""
    return (t.rule.startswith(_VERB) and e.rule.startswith(_VERB) and e.trigger.start == t.trigger.end
            and e.date in (None, t.date) and (t.place is None or e.place in (None, t.place))
            and _known(_people(e), _people(t)))


def _a_feast(e: Event, m: Merges) -> bool:
    """Whether ``e`` is a feast named by its noun (晚宴, 晚会), no ceremony named with it (就职典礼及晚宴)."""
    name = e.trigger.text
    return e.rule.startswith(_NOUN) and name.endswith(m.feast) and not any(f in name for f in m.feted)


def _feast_of(e: Event, t: Event, m: Merges) -> bool:
    """Whether the feast ``e`` is a part of the ceremony ``t`` (…就职典礼…。晚宴于当晚举行, A、B出席): one
    named by a ``feted`` noun, of the feast's day or the feast of no day."""
    return t.rule.startswith(_NOUN) and t.trigger.text.endswith(m.feted) and e.date in (None, t.date)


def _merged(t: Event, e: Event) -> Event:
    known = _people(t)
    joining = [p for p in e.attendees if (p.key or p.text) not in known]
    if t.date is None or e.date is not None and len(e.date) > len(t.date) and e.date.startswith(t.date):
        # (a headline's 2024年全区干部大会 told again on its day, 2月26日: the day, not the name's year)
        t = replace(t, date=e.date, end_date=e.end_date, when=e.when)
    return replace(t, place=nearer_place(t.place, e.place), chair=t.chair or e.chair,
                   organizer=t.organizer or e.organizer, attendees=tuple(sorted((*t.attendees, *joining))),
                   mentions=tuple(sorted({*t.mentions, e.trigger, *e.mentions})))


def _whole_of(e: Event, text: str, m: Merges,
              concepts: Mapping[str, Concept]) -> Callable[[Event], bool] | None:
    """What ``e`` is a part of, when it is one: a session's part (闭幕式), an arrival's visit or inspection, a
    feast's ceremony of its day; None when it is no part."""
    if _a_part(e, text, m):
        return lambda t: _part_of(e, t, m, concepts, text)
    if e.trigger.text in m.arrival:
        return lambda t: _arrived_for(e, t, m)
    if _a_feast(e, m):
        return lambda t: _feast_of(e, t, m)
    return None


def _told_below(e: Event, below: list[Event], text: str, head_end: int, m: Merges,
                concepts: Mapping[str, Concept]) -> int | None:
    """The index in ``below`` (the events after it) of the one the headline's ``e`` tells: its decision told
    below with its people, else an event of its kind told below on its day, or in its month or year (金秋
    九月，…9月2日…举行: a day of that month)."""
    j = next((k for k, t in enumerate(below) if t.trigger.start > head_end and _decided_again(e, t, m)), None)
    if j is None and e.type in m.again:
        j = next((k for k, t in enumerate(below) if t.trigger.start > head_end
                  and _kin(concepts, t.type, e.type) and t.date is not None
                  and (e.date is None or (t.date or "").startswith(e.date) or _stamped(e, text, head_end))),
                 None)
    return j


def _compound_typed(first: Event, e: Event, m: Merges) -> Event:
    """The event of a compound's ``first`` verb once its second verb's ``e`` is folded in: an inspection
    when a visit's verb is followed by an inspection verb that is no guest's (参观视察, 走访调研), else as
    it is (参观考察, 调研座谈: the first's type)."""
    if first.type == "Visit" and e.type == "Inspection" and e.trigger.text not in m.guest:
        return replace(first, type=e.type)
    return first


def _told_as(e: Event, i: int, events: list[Event], state: list[Event], kept: list[int], text: str,
             m: Merges, concepts: Mapping[str, Concept], refer: tuple[str, ...]) -> int | None:
    """The index of the event ``e`` (``events[i]``) tells again: one kept before it (``kept``, the nearest
    first, each as merged so far in ``state``), or, for a headline's event, the one told below it; None."""
    j = next((k for k in kept if _told_again(e, state[k], m, concepts, refer, text)), None)
    if j is None and _in_headline(e, text):
        below = _told_below(e, events[i + 1:], text, text.find("\n"), m, concepts)
        j = None if below is None else i + 1 + below
    return j


def one_per_happening(events: list[Event], text: str, m: Merges, concepts: Mapping[str, Concept],
                      refer: tuple[str, ...]) -> tuple[list[Event], dict[Mention, Mention]]:
    """``events`` one per happening, in text order; also the trigger of each merged event mapped to the
    trigger of the event it now is (posts that an appointment starts point to it). ``refer``: the words
    that make a name refer back (此次, 本次: ``refer-noun`` of kg/rules/events/words.tsv)."""
    events = sorted(events, key=lambda e: (e.trigger, e.name))
    into: dict[int, int] = {}  # a merged event's index -> the index of the event it is
    state = list(events)  # each kept event as merged so far

    def kept_before(i: int) -> list[int]:
        return [k for k in range(i - 1, -1, -1) if k not in into]

    for i, e in enumerate(events):
        kept = kept_before(i)
        whole = _whole_of(e, text, m, concepts)
        if whole is not None:  # a part of an event told before or after it
            j = next((k for k in (*kept, *range(i + 1, len(events))) if whole(state[k])), None)
        elif kept[:1] == [i - 1] and _compound(events[i - 1], e) and {e.type, events[i - 1].type} <= m.again:
            j = i - 1  # 参观考察, 调研座谈: two verbs of one act, the first's type
            state[j] = _compound_typed(state[j], e, m)
        else:
            j = _told_as(e, i, events, state, kept, text, m, concepts, refer)
        if j is None:
            continue
        into[i] = j
        if j < i:
            state[j] = _merged(state[j], e)

    def root(i: int) -> int:
        while i in into:
            i = into[i]
        return i

    for i in sorted(into):
        if into[i] > i:  # merged into an event told after it
            state[root(i)] = _merged(state[root(i)], events[i])
    moved = {events[i].trigger: events[root(i)].trigger for i in into}
    return [state[i] for i in range(len(events)) if i not in into], moved
