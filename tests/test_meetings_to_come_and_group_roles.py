"""A meeting told with the day it is held on (…第五次会议于5月20日召开) is of that day, not the sentence's;
people who chair or attend 会议 after it take part in the meeting already held, not the one to come; who
leads a group on a trip (会长A任领队) is no appointment (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("text", [
    "5月8日，青山县十八届人大常委会第五次会议于5月20日召开。",
    "5月8日，县人大常委会召开主任会议，决定青山县十八届人大常委会第五次会议于5月20日召开。",
])
def test_held_on_its_own_day(text):
    r = article_of(text, date="2024-05-09")
    session = [e for e in r.events if "第五次会议" in e.trigger.text]
    assert session and session[0].date == "2024-05-20"
    assert not session[0].trigger.text.startswith("决定")


def test_chair_of_the_meeting_held():
    r = article_of("5月8日，县人大常委会主任会议决定，青山县十八届人大常委会第五次会议于5月20日召开。"
                   "县人大常委会主任王明主持会议，副主任李强出席会议。", date="2024-05-09")
    held = [e for e in r.events if e.date == "2024-05-08" and e.type == "Meeting"]
    to_come = [e for e in r.events if e.date == "2024-05-20"]
    assert held and held[0].chair is not None and held[0].chair.text == "王明"
    assert to_come and to_come[0].chair is None and not to_come[0].attendees


@pytest.mark.parametrize("text", [
    "考察团由青山商会20位企业家组成，会长刘文军任领队，副会长李强担任副领队。",
    "5月8日，青山商会考察团出发，会长刘文军任领队。",
])
def test_group_leader_no_appointment(text):
    r = article_of(text, date="2024-05-09")
    assert not [e for e in r.events if e.type == "Appointment"]


def test_appointment_still_told():
    r = article_of("5月8日，青山商会召开会员大会，刘文军当选为会长。", date="2024-05-09")
    assert [e for e in r.events if e.type == "Appointment"]


@pytest.mark.parametrize("text", [
    "5月8日，第三届青山茶业博览会在青山国际会展中心开幕，副省长李强出席开幕式并宣布开幕。",
    "5月8日，第三届青山茶业博览会在青山国际会展中心开幕，副省长李强出席开幕式。",
])
def test_one_opening_with_its_ceremony(text):
    r = article_of(text, date="2024-05-09")
    openings = [e for e in r.events if e.type == "Opening"]
    assert len(openings) == 1 and [a.text for a in openings[0].attendees] == ["李强"]


@pytest.mark.parametrize("text", [
    "5月8日，青山商会举行第三届理事会就职典礼，市委统战部部长李强、市工商联主席王明担任主礼嘉宾。",
    "5月8日，青山商会举行第三届理事会就职典礼，市委统战部部长李强、市工商联主席王明为主礼嘉宾。",
])
def test_officiating_guests_attend(text):
    r = article_of(text, date="2024-05-09")
    ceremonies = [e for e in r.events if e.type == "Ceremony"]
    assert ceremonies and {a.text for a in ceremonies[0].attendees} == {"李强", "王明"}


def test_change_a_passed_decision_tells():
    r = article_of("5月8日，青山县政协常委会召开会议。会议审议通过了"
                   "《关于接受张华同志辞去青山县政协副主席职务请求的决定》。", date="2024-05-09")
    assert [[a.text for a in e.attendees] for e in r.events if e.type == "Removal"] == [["张华"]]


def test_no_change_a_notice_tells():
    r = article_of("5月8日，青山县政协办公室印发了《关于接受张华同志辞去青山县政协副主席职务请求的通知》。",
                   date="2024-05-09")
    assert not [e for e in r.events if e.type == "Removal"]


def test_witnesses_take_part():
    text = "5月8日，在市委书记王明和青山公司副总裁李强的见证下，双方签署了合作协议。"
    r = article_of(text, date="2024-05-09")
    signings = [e for e in r.events if e.type == "Signing"]
    assert signings and {a.text for a in signings[0].attendees} == {"王明", "李强"}


def test_a_show_staged_at_its_venue():
    r = article_of("5月8日，青山之夜文艺晚会在市大剧院精彩上演。", date="2024-05-09")
    shows = [e for e in r.events if e.type == "Performance"]
    assert shows and shows[0].place is not None and shows[0].place.text == "市大剧院"


def test_meetings_a_studied_speech_was_given_at():
    text = ("2月17日，县政府党组召开会议。会议传达学习了习近平总书记在2022年春节团拜会、"
            "在同党外人士共迎新春座谈会上和在山西看望慰问基层干部群众时的重要讲话精神。")
    r = article_of(text, date="2022-02-18")
    assert not [e for e in r.events if "座谈会" in e.trigger.text]


def test_a_meeting_prepared_is_none():
    r = article_of("11月22日，青山一体化发展联席会议在青山召开，部署推动第六届市委书记联席会议筹备工作。"
                   "青山市副市长李强主持会议。", date="2024-11-23")
    meetings = [e for e in r.events if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].chair is not None and meetings[0].chair.text == "李强"


def test_a_group_received_with_its_leader():
    text = "3月14日，由青山部副部长李强带队的调研工作组来我省调研。当天，省长王明会见了调研工作组一行。"
    r = article_of(text, date="2020-03-15")
    met = [e for e in r.events if e.type == "Reception"]
    assert met and {"李强", "王明"} <= {a.text for a in met[0].attendees}


def test_who_attends_a_ceremony_named_by_its_act():
    text = ("4月2日，市人大常委会举行宪法宣誓仪式。市人大常委会主任王明主持。"
            "刚刚闭幕的第三十次会议任命李华为副市长。副主任李强、张华，参加第三十次会议的常委会组成人员、列席会议的各部门负责人参加了宣誓活动。")
    r = article_of(text, date="2021-04-03")
    ceremonies = [e for e in r.events if e.type == "Ceremony"]
    assert ceremonies and {"李强", "张华"} <= {a.text for a in ceremonies[0].attendees}


@pytest.mark.parametrize("text, speaker", [
    ("1月10日上午，政协青山市第十届委员会第三次会议在市会议中心开幕。政协主席赵敏作常委会工作报告。", "赵敏"),
    ("1月10日上午，青山县召开经济工作会议。县委书记王明作重要讲话。", "王明"),
])
def test_who_reports_after_the_meeting_told(text, speaker):
    r = article_of(text, date="2025-01-13")
    assert speaker in {a.text for a in r.events[0].attendees}


def test_closing_plenary_part_of_the_session():
    text = "1月12日，青山市第十七届人民代表大会第三次会议胜利闭幕。大会主席团常务主席王明主持闭幕大会。"
    r = article_of(text, date="2025-01-13")
    assert len(r.events) == 1 and r.events[0].chair is not None and r.events[0].chair.text == "王明"


@pytest.mark.parametrize("text", [
    "市长王明8日率团前往上海，出席2024青山上海城市论坛。",
    "台北市長蔣萬安今（8）日率團前往上海，出席2024台北上海城市論壇。",
    "市长王明今（8）日率团前往上海出席2024青山上海城市论坛。",
])
def test_the_day_of_the_clause_gone_on_from(text):
    r = article_of(text, date="2024-05-08")
    assert [e.date for e in r.events if e.type == "Conference"] == ["2024-05-08"]
