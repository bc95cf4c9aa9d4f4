"""The words of the event fact readers: the table ``events/fact_words`` (kg/rules/events/fact_words.tsv).

kg/extract/facts.py, event_dates.py and event_places.py decide from a few words around a trigger whether
an event is told or only spoken of (欢迎…来川访问, 闭幕后, 将会见), who did it (视察团实地视察了) and where
it was (在机场为…举行, 戴庙镇召开). Those words are data; here they become the patterns the readers match.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.rules import RuleSet, per_rules

__all__ = ["FactWords", "fact_words"]

_KINDS = ("group-doer", "not-group-doer", "group-doer-next", "hosted", "during", "at-event", "future",
          "not-future", "studied", "welcomed", "inviting", "invited", "defined", "as-time", "since",
          "habitual", "airport", "town-end", "site-before", "two-ways", "by-organiser", "decision-title",
          "earlier-open", "earlier-close", "counted")


@dataclass(frozen=True)
class FactWords:
    """The word classes of ``events/fact_words`` and the patterns built from them."""

    group_doer: re.Pattern[str]  # 视察团实地视察了, 督查组到…检查: a group doing a tour's stop (not 集团)
    hosted: re.Pattern[str]  # 来我州考察, 莅临…考察交流: a guest's coming told by the host
    during: re.Pattern[str]  # 访问期间,…: a clause telling a stay, its words before it naming no place
    at_event: tuple[str, ...]  # 座谈会上,…: what follows an event's noun opening a sentence told at it
    at_event_opening: re.Pattern[str]  # 欢迎晚宴上,…: a sentence opening at an event by its name (group 1)
    future: re.Pattern[str]  # 将会见 (not 将军, 将近, 将这部分数据): what is yet to come
    studied: re.Pattern[str]  # …全会精神, …重要部署要求: what a meeting only studied is followed by
    welcomed: re.Pattern[str]  # 欢迎, 感谢, 祝: a host's words before a visit spoken of
    inviting: re.Pattern[str]  # 邀请X到…考察: an act asked for
    invited: re.Pattern[str]  # 应, 受 (…邀请): an invitation accepted, the act told
    defined: re.Pattern[str]  # 是, 等平台: what follows a name only defined or used
    as_time: re.Pattern[str]  # 闭幕后, 闭幕以来: a closing told as the time of something else
    since: re.Pattern[str]  # (自…签约)以来: a happening told as the start of a time counted from it
    habitual: tuple[str, ...]  # 多次, 经常: an act told as done again and again, no one happening
    airport: tuple[str, ...]  # 机场: where an arrival by air is welcomed
    town_end: re.Pattern[str]  # 戴庙镇: how a town's name ends
    site_before: re.Pattern[str]  # 在机场为X: a preposition after a site after 在
    two_ways: frozenset[str]  # 访澳: a visit's short name for two places
    by_organiser: tuple[str, ...]  # 由 (X、Y共同主办): opens the bodies that organise an event
    decision_title: tuple[str, ...]  # 决定: how a decision's title ends (《关于…的决定》)
    earlier: re.Pattern[str]  # 继…后，: a clause telling what was done before the rest of its sentence
    counted: re.Pattern[str]  # 这是X…首次, 這是…第三次: a sentence counting the happening told before it


def _either(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` in file order."""
    return "|".join(re.escape(w) for w in words)


def _but_not(words: tuple[str, ...], not_words: tuple[str, ...]) -> str:
    """An alternation of ``words``, each not read inside one of ``not_words`` that holds it at its start or
    its end (将, not 将军 or 上将)."""
    out = []
    for w in words:
        before = "".join(f"(?<!{re.escape(n[:-len(w)])})" for n in not_words if n.endswith(w) and n != w)
        after = [n[len(w):] for n in not_words if n.startswith(w) and n != w]
        out.append(before + re.escape(w) + (f"(?!{_either(tuple(after))})" if after else ""))
    return "|".join(out)


@per_rules
def fact_words(rules: RuleSet) -> FactWords:
    """The fact readers' word classes in ``rules``."""
    w = rules.table("events/fact_words").words_by_kind(_KINDS)
    count = "(?:[0-9０-９一二三四五六七八九十百余多]+[位名人]领导)?"  # 代表团一行50余位领导深入
    return FactWords(
        group_doer=re.compile(f"(?:{_but_not(w['group-doer'], w['not-group-doer'])})(?:一行)?{count}"
                              f"(?:{_either(w['group-doer-next'])})"),
        hosted=re.compile(_either(w["hosted"])),
        during=re.compile(f"[^,，。;；:：!！?？\\n]{{0,6}}(?:{_either(w['during'])})[,，]"),
        at_event=w["at-event"],
        at_event_opening=re.compile(f"([\u4e00-\u9fff]{{2,20}}?)(?:{_either(w['at-event'])})[,，]"),
        future=re.compile(_but_not(w["future"], w["not-future"])),
        studied=re.compile(f"(?:重要)?(?:{_either(w['studied'])})"),
        welcomed=re.compile(_either(w["welcomed"])),
        inviting=re.compile(_either(w["inviting"])),
        invited=re.compile(_either(w["invited"])),
        defined=re.compile(_either(w["defined"])),
        as_time=re.compile(f"(?:{_either(w['as-time'])})"),
        since=re.compile(f"[^,，。;；:：、\n]{{0,20}}?(?:{_either(w['since'])})"),
        habitual=w["habitual"],
        airport=w["airport"],
        town_end=re.compile(f"(?:{_either(w['town-end'])})$"),
        site_before=re.compile(_either(w["site-before"])),
        two_ways=frozenset(w["two-ways"]), by_organiser=w["by-organiser"],
        decision_title=w["decision-title"],
        earlier=re.compile(f"(?:{_either(w['earlier-open'])})[^,，。;；:：!！?？\\n]{{2,40}}?"
                           f"(?:{_either(w['earlier-close'])})[,，]"),
        # 这是X就任以来首次(访华), 這是X…第三次(到訪): the count of the happening the sentence refers to
        counted=re.compile(f"(?:{_either(w['counted'])})[^。;；!！?？\\n]{{0,40}}?"
                           "(?:首次|第[一二三四五六七八九十两0-9]{1,3}次)[^,，。;；!！?？\\n]{0,8}$"))
