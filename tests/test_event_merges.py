"""One event per happening (kg/extract/event_merges.py, table kg/rules/events/merges.tsv): a later
mention with no date, place or person of its own, a part of a session, an election told by its outcome,
a headline's event told again, are the event already told. Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest

from kg.errors import RuleError
from kg.extract.event_merges import merges
from kg.model import Document
from kg.pipeline import process_document
from kg.rules import load_rules


def results(text: str):
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return process_document(doc, date="2025-06-14", place="鄂尔多斯市")


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None) for r in results(text) for e in r.events]


@pytest.mark.parametrize("text, expected", [
    # a later mention of the meeting, the reception, the inspection with nothing of its own
    ("6月3日，市长王强会见了客商张伟一行。王强在会见时表示，欢迎客商来青山投资。",
     [("Reception", "2025-06-03", None)]),
    ("6月3日，市长王强在青山县调研。王强在调研中指出，要抓好安全生产。",
     [("Inspection", "2025-06-03", "青山县")]),
    ("6月3日，县委召开常委会会议。县委书记李明出席会议并讲话。",
     [("Meeting", "2025-06-03", None)]),
    # a noun naming the meeting again (the end of its name), dated by its paragraph: its people join it
    ("9月11日晚8时，区委书记李明主持召开防汛视频调度会。副区长王伟参加视频调度会。",
     [("Meeting", "2025-09-11", None)]),
    # ... not one with a date, a place or a person of its own
    ("6月3日，市长王强会见了客商张伟一行。6月5日，王强会见了客商刘军一行。",
     [("Reception", "2025-06-03", None), ("Reception", "2025-06-05", None)]),
    ("6月3日，市长王强会见了客商张伟一行。市委书记李明会见了客商刘军一行。",
     [("Reception", "2025-06-03", None), ("Reception", "2025-06-03", None)]),
    ("6月3日，市长王强会见了客商张伟一行。王强在青山宾馆会见了客商。",
     [("Reception", "2025-06-03", None), ("Reception", "2025-06-03", "青山宾馆")]),
    # a noun naming another event of the kind is another event (its people join no other)
    ("6月3日，学生举行宣誓仪式。副市长李明参加了升国旗仪式。",
     [("Ceremony", "2025-06-03", None), ("Ceremony", "2025-06-03", None)]),
    # undated events of a list (a news summary) stay apart
    ("1.市长王强会见客商张伟；\n2.市长王强会见客商刘军；\n",
     [("Reception", None, None), ("Reception", None, None)]),
    # an event on the day told (当日) is an event of its own
    ("6月3日，市长王强主持召开常务会议。当日，王强还主持召开了防汛工作会议。",
     [("Meeting", "2025-06-03", None), ("Meeting", "2025-06-03", None)]),
])
def test_a_later_mention_is_the_event_told(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the parts of a session (its plenaries, its oath ceremony, its closing) are the session
    ("6月3日，青山镇第十八届人民代表大会第一次会议召开。会议举行第二次全体会议。会议举行了宪法宣誓仪式。"
     "镇党委书记李明在大会闭幕式上讲话。",
     [("Meeting", "2025-06-03", "青山镇")]),  # (青山镇, a town of places/towns, is read as a place)
    # ... also told before the session's name (闭幕式前，…会议举行第三次全体会议)
    ("6月3日，闭幕式前，青山县第十八届人民代表大会第一次会议举行第三次全体会议。",
     [("Meeting", "2025-06-03", "青山县")]),
    # a plenary with no session told is the meeting
    ("6月3日，县人大常委会举行第八次全体会议。", [("Meeting", "2025-06-03", None)]),
])
def test_parts_of_a_session_are_the_session(text, expected):
    assert events(text) == expected


def test_an_election_is_one_event_per_clause():
    # one decision a clause (eval/modern/README.md): each 当选为 its own Appointment, on the session's day
    text = ("6月3日，青山镇第十八届人民代表大会第一次会议召开。会议选举了张伟为镇长。\n"
            "王刚、刘军当选为副镇长。\n李强当选为镇人大主席。")
    (result,) = results(text)
    elections = [e for e in result.events if e.type == "Appointment"]
    assert [(e.date, [a.text for a in e.attendees]) for e in elections] == [
        ("2025-06-03", ["张伟"]), ("2025-06-03", ["王刚", "刘军"]), ("2025-06-03", ["李强"])]
    # the posts each clause starts point to its own election
    assert {m.change for m in result.memberships if m.change is not None} == {e.trigger for e in elections}


# an act of the reception's type told again in its sentence, dated by the same date, with nobody new (双方
# …进行了会谈) is the reception; another person's act is another (王强会见了张伟,李明会见了刘军)
@pytest.mark.parametrize("text, expected", [
    ("12月31日上午，青山协会陈明副会长在京会见了白水市卫健委副主任李洁一行，双方就在青山医院合作联盟框架下开展"
     "合作事宜进行了会谈。", [("Reception", "2024-12-31", "京")]),
    ("12月31日上午，市长王强会见了白水集团董事长李洁一行，双方就在青山经济开发区投资建厂事宜进行了会谈。",
     [("Reception", "2024-12-31", None)]),
    ("12月31日上午，市长王强会见了客商张伟，副市长李明会见了客商刘军。",
     [("Reception", "2024-12-31", None), ("Reception", "2024-12-31", None)]),
])
def test_an_act_told_again_in_its_sentence(text, expected):
    doc = Document(id="t", text=text, date="2025-01-09", place="鄂尔多斯市")
    found = [(e.type, e.date, e.place.text if e.place else None)
             for r in process_document(doc, date="2025-01-09", place="鄂尔多斯市") for e in r.events]
    assert found == expected


def test_a_headline_event_is_the_event_told():
    text = "市长王强会见客商张伟\n6月3日，市长王强会见了客商张伟一行。"
    assert events(text) == [("Reception", "2025-06-03", None)]
    # ... and so is a photo caption's above the article, with its credit
    text = "王强会见张伟一行。青山日报记者 李明 摄\n本报讯 昨(13)日，市长王强会见了客商张伟一行。"
    assert events(text) == [("Reception", "2025-06-13", None)]


@pytest.mark.parametrize("text, expected", [
    # ... and so is one the body dates by its month or year only, told again on a day of it (金秋九月，…)
    ("青山中学举行2024-2025学年秋季开学典礼\n金秋九月，晨曦初照。9月2日，学校在青山体育馆隆重举行了秋季开学典礼。",
     [("Ceremony", "2025-09-02", "青山体育馆")]),
    ("青山中学隆重举行秋季运动会开幕式\n金秋十月，丹桂飘香。10月12日，青山中学2025年秋季运动会开幕式在学校田径场举行。",
     [("Opening", "2025-10-12", "学校田径场")]),
    ("青山大学举行2025届毕业典礼\n六月，骊歌响起。6月10日，青山大学在体育馆隆重举行2025届本科生毕业典礼。",
     [("Ceremony", "2025-06-10", "体育馆")]),
])
def test_a_headline_event_dated_by_its_month_is_the_event_told(text, expected):
    assert events(text) == expected


def test_a_merge_type_must_be_in_the_scheme(tmp_path):
    path = tmp_path / "merges.tsv"
    path.write_text("# source: a test\n# table: events/merges\nMeetup\tagain\n", encoding="utf-8")
    with pytest.raises(RuleError, match="merges.tsv:3: 'Meetup' is no type of the event scheme"):
        merges(load_rules([str(path)]))


def test_joining_people_and_groups():
    (result,) = results("9月11日晚8时，区委书记李明主持召开防汛视频调度会。副区长王伟参加视频调度会。")
    assert [sorted(a.text for a in e.attendees) for e in result.events] == [["李明", "王伟"]]
    # a trigger word naming a group (考察团, 调研组) tells no event; a meeting named as what a decision is
    # about (对召开…会议的时间作出决定) is not held
    text = "6月2日，市政协调研组来到青山县。考察团成员张伟参观了展厅。"
    assert events(text) == [("Visit", "2025-06-02", None)]
    assert events("县人大常委会会议对召开县人大五次会议的时间作出决定。") == []


@pytest.mark.parametrize("text, expected", [
    # a date after a news lead opens the sentence (本报讯9月21日上午，…)
    ("本报讯6月2日上午，省督导组就我县安全生产工作进行督导。副县长李凤梅出席汇报会。",
     [("Inspection", "2025-06-02", None), ("Meeting", "2025-06-02", None)]),
    # a study meeting held (召开…理论学习中心组学习会议) is dated by its sentence
    ("6月2日上午，县长王强主持召开了县政府党组理论学习中心组学习会议。", [("Meeting", "2025-06-02", None)]),
    ("6月2日，县委常委会召开会议，传达学习市委三届五次全会精神。", [("Meeting", "2025-06-02", None)]),
    # the last day opening a sentence of the paragraph dates its later events with people
    ("春风浩荡满目新。6月2日，青山市重点项目集中签约仪式举行。市委书记高建军会见签约客商。",
     [("Signing", "2025-06-02", "青山市"), ("Reception", "2025-06-02", None)]),
])
def test_dates_of_leads_and_study_meetings(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stop of a tour naming nobody, with no day of its own, is the tour's
    ("6月2日，省长王强在青山县调研。随后，在青山钢铁公司车间实地调研。",
     [("Inspection", "2025-06-02", "青山县")]),
    # the occasion of a speech studied is a past event of no day told (a visit, an inspection), or only named
    # (a meeting)
    ("6月3日，县委常委会召开会议，学习贯彻习近平总书记在福建考察时的重要讲话精神。",
     [("Meeting", "2025-06-03", None), ("Inspection", None, "福建")]),
    ("6月3日，县委常委会召开会议，传达学习中央经济工作会议精神。", [("Meeting", "2025-06-03", None)]),
])
def test_tour_stops_and_speeches_studied(text, expected):
    assert events(text) == expected


def test_two_verbs_of_one_act_are_one_event():
    # 调研座谈, 参观考察: the first verb's type; 遇刺身亡 (not public life) stays two events
    assert events("6月2日，处长王强带队赴青山大学调研座谈。") == [("Inspection", "2025-06-02", "青山大学")]
    assert events("6月2日，县长王强率考察团到我区参观考察。") == [("Visit", "2025-06-02", "我区")]
    assert [e[0] for e in events("6月2日，前总理拉吉夫遇刺身亡。")] == ["Attack", "Death"]


@pytest.mark.parametrize("text, expected", [
    # an arrival by a special plane or by air is a visit of its day, where it arrived
    ("应邀请，总理王强当地时间20日下午乘专机抵达莫斯科，将出席会晤。", [("Visit", "2025-06-20", "莫斯科")]),
    # (the celebration the delegation came for is held on a day not told: eval/modern/README.md, null)
    ("6月9日上午，由63人组成的代表团飞抵南宁出席庆祝活动。",
     [("Visit", "2025-06-09", "南宁"), ("Ceremony", None, "南宁")]),
    ("当地时间14日下午，主席王强乘坐的专机抵达巴厘岛。", [("Visit", "2025-06-14", "巴厘岛")]),
    # ... and the visit or the inspection its sentence tells, when it tells one
    ("6月9日，省长李明飞抵上海调研。", [("Inspection", "2025-06-09", "上海")]),
    ("6月2日，总理王强乘包机抵达河内，对越南进行正式访问。", [("Visit", "2025-06-02", "河内")]),
    # an arrival told as the time of something else is none (专机抵达时, 抵达后)
    ("6月9日，王强专机抵达时，俄方在机场为王强举行欢迎仪式。", [("Ceremony", "2025-06-09", "机场")]),
])
def test_an_arrival_is_a_visit_or_part_of_one(text, expected):
    assert events(text) == expected


# a ceremony named again on its day with a longer name and the place it was held at is the ceremony named
# first, now placed; not one of another day, nor a bare 仪式 (too short a name to tell it again)
@pytest.mark.parametrize("text, expected", [
    ("6月3日，大使李明主持了开馆仪式。当晚，总领馆开馆仪式在青山国际酒店举行。",
     [("Ceremony", "2025-06-03", "青山国际酒店")]),
    ("6月3日，市长王强出席了揭牌仪式。青山公司揭牌仪式在青山大厦举行。",
     [("Ceremony", "2025-06-03", "青山大厦")]),
    ("6月3日，市长王强出席了签约仪式。6月5日，项目签约仪式在青山大厦举行。",
     [("Signing", "2025-06-03", None), ("Signing", "2025-06-05", "青山大厦")]),
    ("6月3日，县长王强出席仪式。青山公司揭牌仪式在青山大厦举行。",
     [("Ceremony", "2025-06-03", None), ("Ceremony", "2025-06-03", "青山大厦")]),
])
def test_a_ceremony_named_again_where_it_was_held(text, expected):
    assert events(text) == expected


# 仪式 and 典礼 end names of one ceremony alike: told again by the other noun (奠基仪式…。…主持奠基典礼), its
# chair and people join it; not a ceremony of another day
@pytest.mark.parametrize("text, expected", [
    ("6月3日，青山公司新厂奠基仪式在青山镇举行。副总经理李明主持奠基典礼。",
     [("Ceremony", "2025-06-03", "青山镇")]),
    ("6月3日，青山大学毕业典礼在体育馆举行。校长王强出席毕业仪式并讲话。",
     [("Ceremony", "2025-06-03", "体育馆")]),
    ("6月3日，青山公司揭牌仪式在青山镇举行。6月5日，副总经理李明主持奠基典礼。",
     [("Ceremony", "2025-06-03", "青山镇"), ("Ceremony", "2025-06-05", None)]),
])
def test_ceremony_nouns_alike(text, expected):
    assert events(text) == expected


# the first part of a joint name told again with the noun ending it (开工暨签约仪式…。…主持开工仪式) is
# that event, as its last part is (签约仪式); not another ceremony on another day
@pytest.mark.parametrize("text, expected", [
    ("6月3日，青山产业园在青山镇举行开工暨签约仪式。市长王强主持开工仪式。",
     [("Signing", "2025-06-03", "青山镇")]),
    ("6月3日，青山公司在青山镇举行揭牌暨签约仪式。副市长李明出席揭牌仪式并致辞。",
     [("Signing", "2025-06-03", "青山镇")]),
    ("6月3日，青山公司在青山镇举行揭牌暨签约仪式。6月5日，副市长李明出席开工仪式。",
     [("Signing", "2025-06-03", "青山镇"), ("Ceremony", "2025-06-05", None)]),
])
def test_the_first_part_of_a_joint_name(text, expected):
    assert events(text) == expected


# a feast (晚宴, 晚会) told in an article with a ceremony named by 典礼 or 庆典 on its day, or with no day
# of its own, is a part of that ceremony: its guests attend the ceremony, which stays one event; not a
# feast of another day
@pytest.mark.parametrize("text, expected", [
    ("6月3日，青山商会第五届理事就职典礼在城东大酒店举行。\n晚会于当晚7时举行，副市长王明，会长李强等嘉宾出席。",
     [("Ceremony", "2025-06-03", "城东大酒店", ["李强", "王明"])]),
    ("青山同乡会文艺晚会\n6月3日，青山同乡会成立十周年庆典在城东大酒店举行，副市长王明出席。",
     [("Ceremony", "2025-06-03", "城东大酒店", ["王明"])]),
    ("6月3日，青山商会第五届理事就职典礼在城东大酒店举行。6月5日，商会举行答谢晚会，会长李强出席。",
     [("Ceremony", "2025-06-03", "城东大酒店", []), ("Performance", "2025-06-05", None, ["李强"])]),
])
def test_a_feast_is_a_part_of_the_ceremony_of_its_day(text, expected):
    assert [(e.type, e.date, e.place.text if e.place else None, sorted(a.text for a in e.attendees))
            for r in results(text) for e in r.events] == expected
