"""The event reader's word classes that were lists in code (kg/rules/events/words.tsv,
argument_words.tsv): the speaker at a meeting told before (在会上强调, 会上,X作…报告), the sound an event
opens amid (在…声中), a venue named like a body, the list after a verb of taking part, the activity taken
part in, a trip its doer is on, a session acting, a source and a place said. An entry with … in it is a
pattern: 作…报告."""
from __future__ import annotations

import pytest

from kg.extract import extract_mentions
from kg.extract.arguments import argument_words
from kg.extract.context import Context
from kg.extract.events import words
from kg.extract.facts import extract_facts
from kg.nlp.normalize import View
from kg.rules import load_rules


@pytest.mark.parametrize("text, found", [
    ("县长王海在会上强调，要抓好落实。", ["在会上"]),
    ("会上，县长王海作了专题报告。", ["会上，"]),
    ("据悉，会上，", []),  # inside a sentence: 会上 opens none
    ("县长王海会上说明情况。", []),  # 会上 after a name, no 在, opening no sentence
    ("会上讨论了三项议题。", []),
])
def test_said_at_meeting(text, found):
    assert [m.group() for m in words().said_at_meeting.finditer(text)] == found


@pytest.mark.parametrize("text, speaks", [
    ("县长王海作了专题报告", True),
    ("县长王海作工作报告", True),
    ("书记李红发言", True),
    ("书记李红点评了各镇工作", True),
    ("书记李红作了一次长达三个多小时的专题报告", False),  # more than eight characters between 作 and 报告
    ("大家观看了宣传片", False),
])
def test_speaking(text, speaks):
    assert (words().speaking.search(text) is not None) is speaks


@pytest.mark.parametrize("text, left", [
    ("论坛在雄壮的国歌声中开幕", "论坛开幕"),
    ("大会在热烈的掌声中闭幕", "大会闭幕"),
    ("大会在青山县，掌声中闭幕", "大会在青山县，掌声中闭幕"),  # a clause mark between: no sound
])
def test_amid(text, left):
    assert words().amid.sub("", text) == left


@pytest.mark.parametrize("name, venue", [
    ("青山国际会议中心", True), ("青山大剧院", True), ("青山县政府", False), ("青山科技园区", True),
])
def test_venue_org(name, venue):
    assert (words().venue_org.search(name) is not None) is venue


@pytest.mark.parametrize("text, listed", [
    ("会议的领导有：", True), ("就座的嘉宾还有", True), ("的主要有", True), ("会议并讲话", False),
])
def test_listed_after(text, listed):
    assert (words().listed_after.match(text) is not None) is listed


@pytest.mark.parametrize("text, activity", [
    ("了此次活动", True), ("活动", True), ("相关活动", True), ("活动室", True), ("会议", False),
])
def test_activity(text, activity):
    assert (words().activity.match(text) is not None) is activity


@pytest.mark.parametrize("text, where", [
    ("正在青山市考察的代表团", "青山市"), ("正在北湖县访问的客人", "北湖县"), ("正在开会的代表", None),
])
def test_visiting(text, where):
    m = words().visiting.search(text)
    assert (m.group(1) if m else None) == where


@pytest.mark.parametrize("text, acting", [
    ("会议决定接受王海辞去职务", True), ("大会选举李红为主任", True), ("在第三次全体会议上，表决通过", True),
    ("常委会决定", False),
])
def test_session_acting(text, acting):
    w = words()
    assert (text.startswith(w.session) or w.at_session.match(text) is not None) is acting


@pytest.mark.parametrize("text, said", [
    ("据当地媒体周二报道", True), ("据警方消息", True), ("据统计", False),
])
def test_source(text, said):
    assert (argument_words(load_rules()).source.match(text) is not None) is said


@pytest.mark.parametrize("text, said", [
    ("地点就在首都", "地点就在"), ("事发地点位于", "事发地点位于"), ("事发地为", "事发地为"),
    ("地方在", None),
])
def test_place_said(text, said):
    m = argument_words(load_rules()).place_said.match(text)
    assert (m.group() if m else None) == said


def _attendees(text: str) -> list[list[str]]:
    view = View.of(text)
    ctx = Context()
    _, events, _ = extract_facts(view, extract_mentions(view, ctx), ctx)
    return [sorted(a.text for a in e.attendees) for e in events if e.type == "Meeting"]


@pytest.mark.parametrize("text, who", [
    ("3月5日，青山县召开安全生产工作会议。县长王海在会上强调，要压实责任。", "王海"),
    ("3月5日，青山县召开安全生产工作会议。会上，县长王海作了专题报告。", "王海"),
])
def test_speaker_takes_part(text, who):
    assert any(who in people for people in _attendees(text))


@pytest.mark.parametrize("text, no_site", [
    ("这个村", True), ("该社区", True), ("部分乡镇", True), ("包联社区", True), ("一些企业", True),
    ("青山村", False), ("红星社区", False), ("新区", False),
])
def test_no_site(text, no_site):
    """What opens no name of a site after a verb of going (来到这个村, 深入部分乡镇): ``no-site``."""
    assert (words().no_site.match(text) is not None) is no_site


def test_no_site_from_a_user_file(tmp_path):
    """A user's events/words row of kind ``no-site`` reaches the place reader's pattern."""
    path = tmp_path / "words.tsv"
    path.write_text("# source: a test\n# table: events/words\n某些\tno-site\n", encoding="utf-8")
    assert words(load_rules([str(path)])).no_site.match("某些村")
    assert not words().no_site.match("某些村")
