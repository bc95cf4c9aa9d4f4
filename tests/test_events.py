"""Events: named meetings, chairs and attendees, dates, places, act verbs, the scheme."""
from __future__ import annotations

import re

import pytest

from kg.api import iter_results
from kg.errors import RuleError
from kg.extract.context import Context
from kg.extract.dates import extract_dates
from kg.extract.events import extract_events, scheme, triggers
from kg.model import Document, Mention
from kg.nlp.normalize import View
from kg.rules import load_rules

CTX = Context(date="2025-06-14", place="鄂尔多斯市")


def mentions(text, people=(), orgs=(), places=(), titles=()):
    """Hand-made PER/ORG/LOC/TITLE mentions plus the real DATE extractor."""
    out = list(extract_dates(View.of(text), CTX))
    for typ, words in (("PER", people), ("ORG", orgs), ("LOC", places), ("TITLE", titles)):
        for w in words:
            out += [Mention(m.start(), m.end(), typ, w, key=w) for m in re.finditer(re.escape(w), text)]
    return sorted(out)


def whole_text_events(text, date):
    """The events the whole pipeline reads in ``text`` published on ``date`` (mentions found by kg itself)."""
    (r,) = iter_results([Document(id="t", text=text, date=date)])
    return r.events


def events(text, people=(), orgs=(), places=(), titles=()):
    return extract_events(View.of(text), mentions(text, people, orgs, places, titles), CTX)


def brief(e):
    return (e.type, e.name, e.date, e.place and e.place.text, e.organizer and e.organizer.text,
            e.chair and e.chair.text, tuple(p.text for p in e.attendees))


@pytest.mark.parametrize("text, people, orgs, places, expected", [
    ("6月13日,全区精神文明建设成果交流会在呼和浩特市召开。自治区党委常委、宣传部部长刘永富出席会议并讲话。",
     ["刘永富"], [], ["呼和浩特市"],
     [("Conference", "全区精神文明建设成果交流会", "2025-06-13", "呼和浩特市", None, None, ("刘永富",))]),
    ("6月13日,市委常委会召开会议,学习贯彻重要指示精神。市委书记李理主持会议。", ["李理"], ["市委常委会"], [],
     [("Meeting", "市委常委会会议", "2025-06-13", None, "市委常委会", "李理", ("李理",))]),
    ("6月13日,受市委副书记、市长于海宇委托,市委常委、副市长刘凤云主持召开市政府常务会议。会议传达了摘编。",
     ["于海宇", "刘凤云"], [], [],
     [("Meeting", "市政府常务会议", "2025-06-13", None, "市政府", "刘凤云", ("刘凤云",))]),
    ("6月13日,“北京大学人民医院·鄂尔多斯市中心医院专科区域协作中心”签约仪式在鄂尔多斯市东胜区举行。此次签约是重要成果。",
     [], [], ["鄂尔多斯市", "东胜区"],
     [("Signing", "北京大学人民医院·鄂尔多斯市中心医院专科区域协作中心签约仪式", "2025-06-13",
       "鄂尔多斯市东胜区", None, None, ())]),
    # a meeting only spoken of (传达…精神) is an event, but not the one 出席会议 refers to
    ("会议传达了6月12日自治区党委常委会会议精神。", [], [], [],
     [("Meeting", "自治区党委常委会会议", "2025-06-12", None, "自治区党委常委会", None, ())]),
    ("6月13日,中央第二生态环境保护督察组向内蒙古自治区交办第十六批信访举报件。", [],
     ["中央第二生态环境保护督察组"], ["内蒙古自治区"],
     [("HandOver", "中央第二生态环境保护督察组向内蒙古自治区交办第十六批信访举报件", "2025-06-13", None,
       "中央第二生态环境保护督察组", None, ())]),
    ("昨天,国务院总理李克强在人民大会堂会见了美国国务卿。", ["李克强"], ["国务院"], ["人民大会堂"],
     [("Reception", "李克强在人民大会堂会见了美国国务卿", "2025-06-13", "人民大会堂", None, None,
       ("李克强",))]),
    # adverbs before the verb are no part of the place; 意大利 keeps its 利
    ("两国领导人在意大利正式举行了签约仪式。", [], [], ["意大利"],
     [("Signing", "签约仪式", None, "意大利", None, None, ())]),
    ("近日,王莉霞主席在我市调研。", ["王莉霞"], [], ["我市"],
     [("Inspection", "王莉霞主席在我市调研", "2025-06", "我市", None, None, ("王莉霞",))]),
])
def test_events(text, people, orgs, places, expected):
    assert [brief(e) for e in events(text, people, orgs, places)] == expected


@pytest.mark.parametrize("text", [
    "在前期充分调研的基础上,联合开展合作。",  # 调研的: the verb only qualifies a noun
    "听取中央巡视和督察移交信访件办理情况汇报。",  # nobody hands anything over
    "自治区党委、政府近期有关会议精神。",  # 有关会议: no particular meeting
    "人民大会堂里灯火通明。",  # a building, not a 大会
    "大会议室里座无虚席。",  # 大 + 会议室: a room, not a 大会
    # a speech or a part named by what it opens or closes is no opening or closing of its own
    "行政长官李明致开幕辞。",
    "副总理王强发表开幕主旨演讲。",
    "在开幕环节，主办方播放了宣传片。",
    "主席刘平致闭幕词。",
])
def test_no_events(text):
    assert events(text) == []


@pytest.mark.parametrize("text, people, orgs, expected", [
    ("市政公用集团董事长周龙一行到访并交流。", ["周龙"], ["市政公用集团"], [("Visit", "周龙")]),
    ("日本四日市市经济交流代表团访津。", [], ["日本四日市市经济交流代表团"], [("Visit", None)]),
    ("县里召开第一书记对接会。", [], [], [("Meeting", None)]),
    ("大使馆为议员访华团举行壮行会。", [], ["大使馆"], [("Ceremony", None)]),  # 访华团: a delegation
    ("省委对代表团到访表示欢迎。", [], ["省委"], []),  # a visit spoken of, welcomed
    ("记者采访美国代表团。", [], [], []),  # 采访美国: no 访美
    ("中国人民政治协商会议今天开幕。", [], [], [("Opening", None)]),
    ("区委书记刘强带队观摩重点项目建设。", ["刘强"], [], [("Inspection", "刘强")]),  # 观摩: to view and learn
    # a banquet is a ceremony (eval/modern's 宴会, 晚宴), a lunch one too, and a host's 宴请 tells one
    ("省长刘平为代表团举行午宴。", ["刘平"], [], [("Ceremony", "刘平")]),
    ("代表团出席了欢迎午宴。", [], [], [("Ceremony", None)]),
    ("当晚，区委书记赵林宴请客商代表。", ["赵林"], [], [("Ceremony", "赵林")]),
    # a 视察组 is a group led (带领一个视察组，视察了…: its leader inspects), like a 调研组 or a 考察团
    ("副主任马涛带领一个视察组，视察了青山镇。", ["马涛"], [], [("Inspection", "马涛")]),
    ("主任李明带领市人大视察团，视察了青山水库。", ["李明"], [], [("Inspection", "李明")]),
])
def test_words_of_visits_meetings_and_ceremonies(text, people, orgs, expected):
    found = events(text, people, orgs)
    assert [(e.type, e.attendees[0].text if e.attendees else None) for e in found] == expected
    assert all("协商会" not in e.name or e.name.endswith("协商会议") for e in found)  # 政治协商会议 whole


def test_a_bracket_inside_a_name():
    """A bracket holding more than a place name is part of an event's name (…健步走（潍坊站）暨…开幕式), so
    the place before its verb is found; a byline, a year or a host city in brackets is not."""
    text = "潍坊市在人民广场举办全民健身健步走（潍坊站）暨运动会开幕式。"
    found = events(text, places=["潍坊市", "人民广场", "潍坊"])
    assert [(e.type, e.name, e.place and e.place.text) for e in found] == \
        [("Opening", "全民健身健步走(潍坊站)暨运动会开幕式", "人民广场")]
    assert events("（记者王黎）全国交通工作会议今天开幕。")[0].name == "全国交通工作会议"


def test_delegation_and_provenance():
    text = "6月13日,受市长于海宇委托,副市长刘凤云主持召开市政府常务会议。"
    (e,) = events(text, ["于海宇", "刘凤云"])
    assert e.delegated_by.text == "于海宇" and e.chair.text == "刘凤云"
    assert text[e.trigger.start:e.trigger.end] == "市政府常务会议" and e.trigger.type == "EVENT"
    assert e.rule == "ev.noun.常务会议" and e.confidence == 0.9
    assert e.when.text == "6月13日" and text[e.sentence[0]:e.sentence[1]] == text


def test_range_gives_end_date():
    (e,) = events("2025年5月28日—6月28日,中央督察组在内蒙古开展督察调研。", [], ["中央督察组"], ["内蒙古"])
    assert (e.date, e.end_date) == ("2025-05-28", "2025-06-28")


@pytest.mark.parametrize("text", ["6月13日上午9:30,双方在市民中心举行签约仪式。",
                                  "6月13日上午9:30在市民中心举行签约仪式。",
                                  "6月13日上午10时整,双方在市民中心举行签约仪式。"])  # 整: sharp
def test_a_time_of_day_is_no_clause_mark(text):
    (e,) = events(text, places=["市民中心"])
    assert (e.date, e.place.text) == ("2025-06-13", "市民中心")


@pytest.mark.parametrize("text, people, expected", [
    # a date or a Latin name in brackets between the one who acts and the verb is an aside, no clause mark
    ("市长王强昨天(6月12日)会见了美国客人。", ["王强"], ("Reception", "2025-06-12", ("王强",))),
    ("国务卿李特(Li Te)星期五(6月13日)会晤了外交部长张明。", ["李特", "张明"],
     ("Reception", "2025-06-13", ("张明", "李特"))),
    ("省长陈平(6月10日)会见了客商。", ["陈平"], ("Reception", "2025-06-10", ("陈平",))),
    # an alternative in brackets inside a word, or a photo's note after a name, neither
    ("6月11日,县长李华带领各乡镇（街道）负责人到园区调研。", ["李华"],
     ("Inspection", "2025-06-11", ("李华",))),
    ("6月11日,区委书记张平带领各党（工）委书记对全县（市、区）重点项目进行督导。", ["张平"],
     ("Inspection", "2025-06-11", ("张平",))),
    ("6月12日,市政协主席王刚（右二）率队走访企业。", ["王刚"], ("Visit", "2025-06-12", ("王刚",))),
])
def test_a_bracketed_aside_is_no_clause_mark(text, people, expected):
    (e,) = events(text, people)
    assert (e.type, e.date, tuple(sorted(p.text for p in e.attendees))) == expected


@pytest.mark.parametrize("text", ["6月3日,副市长李明带队,对青山区安全生产工作进行督查。",
                                  "6月3日,副市长李明带队,对青山区安全生产工作展开督查。"])  # 展开: launched
def test_a_team_led_acts_in_the_next_clause(text):
    (e,) = events(text, ["李明"], places=["青山区"])
    assert (e.type, e.date, tuple(p.text for p in e.attendees)) == ("Inspection", "2025-06-03", ("李明",))


# whoever a leader leads (带领政府办公室人员, 率商务、消防等部门, 在X的带领下), not only a group word, the
# leader acts in the next clause; not a leading that goes on with a verb of its own (带领群众发展产业)
@pytest.mark.parametrize("text, expected", [
    ("1月11日，县长刘强带领政府办公室人员，慰问困难群众。", [("Visit", ("刘强",))]),
    ("6月3日，副市长李明率商务、消防等部门，对青山开发区展开督查。", [("Inspection", ("李明",))]),
    ("6月3日，龙岩市代表团在市长张伟的带领下，走访了青山区政府。", [("Visit", ("张伟",))]),
    ("6月3日，县长刘强带领群众发展产业，提高效率。", []),
])
def test_whoever_is_led_the_leader_acts_next(text, expected):
    found = events(text, ["刘强", "李明", "张伟"])
    assert [(e.type, tuple(p.text for p in e.attendees)) for e in found] == expected


# a clause that only tells how the act is done (采取“四不两直”的方式, 以暗访的形式) between the leader's
# clause, the clause of going and the act is passed over: the leader still acts
@pytest.mark.parametrize("text, expected", [
    ("7月6日，副市长李明带队，采取“四不两直”的方式，深入青山镇、白水镇等地，检查安全生产工作。",
     [("Inspection", ("李明",))]),
    ("7月6日，副市长李明率应急、消防等部门负责人，以暗访的形式，前往青山镇、白水镇等地，督查防汛工作。",
     [("Inspection", ("李明",))]),
    ("7月6日，县长刘强一行，通过听汇报、看现场的方式，深入青山镇、白水镇等地，检查防汛备汛工作。",
     [("Inspection", ("刘强",))]),
    ("7月6日，副市长李明带队，采取“四不两直”方式，对青山镇安全生产工作进行督查。",
     [("Inspection", ("李明",))]),
])
def test_a_clause_of_manner_is_passed_over(text, expected):
    found = events(text, ["刘强", "李明"], places=["青山镇", "白水镇"])
    assert [(e.type, tuple(p.text for p in e.attendees)) for e in found] == expected


# a group (督导组, 考察团一行) that went somewhere in the clause before does the act of the next clause (no
# one named acts); not after an act of its own there (代表团访问了A,参观了B: the visit's stop)
@pytest.mark.parametrize("text, expected", [
    ("9月21日上午，市第四督导组来到青山县，督导安全生产工作。", [("Inspection", "2025-09-21")]),
    ("9月21日上午，省检查组一行来到青山县，就安全生产工作进行督导。", [("Inspection", "2025-09-21")]),
    ("9月21日上午，省考察团一行来到青山县，考察产业园建设。", [("Inspection", "2025-09-21")]),
    ("9月21日上午，省代表团访问了青山县，参观了白水博物馆。", [("Visit", "2025-09-21")]),
])
def test_a_group_that_went_acts_next(text, expected):
    found = events(text, places=["青山县"])
    assert [(e.type, e.date) for e in found] == expected


# an act verb right after 一同 joins the act of its type told in its sentence or the one before (王五一同会见:
# one reception, they take part); not with a partner named before it (与张强一同会见: their own)
@pytest.mark.parametrize("text, expected", [
    ("6月3日，在青山大学，副校长李明会见刘强一行，校长助理王五一同会见。",
     [("Reception", ("刘强", "李明", "王五"))]),
    ("6月3日上午，主席李明在青山宾馆看望了劳模代表。副主席刘强、王五一同看望。",
     [("Visit", ("刘强", "李明", "王五"))]),
    ("6月3日，县长李明会见了客商。副县长刘强与王五一同会见了外宾。",
     [("Reception", ("李明",)), ("Reception", ("刘强", "王五"))]),
])
def test_an_act_after_yitong_joins_the_act_told(text, expected):
    found = events(text, ["刘强", "李明", "王五"])
    assert [(e.type, tuple(sorted(p.text for p in e.attendees))) for e in found] == expected


def test_an_act_on_another_day_is_not_the_named_event():
    # 座谈 told by its verb on 6月2日 is not the 座谈会 of 6月1日; on no day of its own it is
    text = ("6月1日上午,李明一行与青山大学领导进行座谈。座谈会上,张强介绍了情况。"
            "6月2日上午,李明一行与王五等进行座谈。")
    evs = events(text, ["李明", "张强", "王五"])
    assert [(e.type, e.date) for e in evs] == [("Conference", "2025-06-01"), ("Conference", "2025-06-02")]
    text = "6月1日上午,李明一行与青山大学领导进行座谈。座谈会上,张强介绍了情况。"
    assert [(e.type, e.date) for e in events(text, ["李明", "张强"])] == [("Conference", "2025-06-01")]


def test_repeated_meeting_is_one_event():
    text = "市政府召开常务会议。6月13日,副市长刘凤云主持召开市政府常务会议。会议传达了摘编。会议研究了事项。"
    evs = events(text, ["刘凤云"])
    assert len(evs) == 1 and evs[0].date == "2025-06-13" and len(evs[0].mentions) == 4


def test_scheme_is_a_tree_and_triggers_use_it():
    concepts = scheme()
    assert concepts["Conference"].broader == "Meeting" and concepts["Meeting"].broader == "Event"
    for kind in ("noun", "verb"):
        for t in triggers()[kind].values():
            assert t.type in concepts and t.id.startswith("ev.")


@pytest.mark.parametrize("line, message", [
    ('{"id": "x", "word": "会", "kind": "noun", "type": "Nope"}', "field 'type'.*not in the event scheme"),
    ('{"id": "x", "word": "会", "kind": "verb", "type": "Meeting", "role": "eat"}', "field 'role'"),
    ('{"id": "x", "word": "会", "kind": "noun", "type": "Meeting", "colour": 1}', "'colour': unknown key"),
    ('{"id": "x", "word": "会", "kind": "noun", "agent": "yes"}', "field 'agent': must be true or false"),
    ('{"id": "x", "kind": "noun"}', "field 'word': required"),
    ('{"id": "x", "word": "会"', "not JSON"),
    ('{"id": "ev.noun.会议", "word": "会", "kind": "noun", "type": "Meeting"}', "already used"),
    ('{"id": "x", "word": "吃", "kind": "verb", "type": "Meeting", "role": "act", "in_clause": ["饭"]}',
     "field 'in_clause': '吃' has no reading without"),
])
def test_bad_trigger_files(tmp_path, line, message):
    path = tmp_path / "triggers.jsonl"
    path.write_text("# source: a test\n# table: events/triggers\n" + line + "\n", encoding="utf-8")
    with pytest.raises(RuleError, match=message) as err:
        triggers(load_rules([str(path)]))
    assert "triggers.jsonl:3:" in str(err.value)


def test_record_ids_are_unique_in_a_file(tmp_path):
    path = tmp_path / "scheme.jsonl"
    path.write_text("# source: a test\n# table: events/scheme\n"
                    '{"id": "A", "prefLabel": "甲", "en": "A"}\n{"id": "A", "prefLabel": "乙", "en": "B"}\n',
                    encoding="utf-8")
    with pytest.raises(RuleError, match="scheme.jsonl:4: field 'id': duplicate"):
        load_rules([str(path)])


def test_an_unknown_record_file_is_rejected(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text("# source: a test\n# table: events/colours\n{\"id\": \"a\"}\n", encoding="utf-8")
    with pytest.raises(RuleError, match="names no record file"):
        load_rules([str(path)])


def test_a_title_alone_stands_for_its_holder():
    text = "6月13日,市委常委会召开会议。市委书记主持会议。"
    ms = mentions(text, [], ["市委常委会"]) + [Mention(16, 20, "TITLE", "市委书记", key="书记")]
    li = Mention(100, 102, "PER", "李理", key="李理")  # named earlier in the article
    (e,) = extract_events(View.of(text), sorted(ms), CTX, {"市委书记": li})
    assert e.chair == li


TITLES = ["市委书记", "市委副书记", "市长", "副市长", "秘书长", "省长", "董事长"]


@pytest.mark.parametrize("text, people, expected", [
    # a list of title and name groups, comma after comma, before the verb
    ("6月13日,市委常委会召开会议。市委书记李理主持会议,市委副书记、市长张强,副市长王明、赵亮,秘书长钱文出席会议。",
     ["李理", "张强", "王明", "赵亮", "钱文"],
     [("Meeting", "李理", ("张强", "李理", "王明", "赵亮", "钱文"))]),
    ("6月13日,市委书记李理,市长张强会见了客人刘德一行。", ["李理", "张强", "刘德"],
     [("Reception", None, ("刘德", "张强", "李理"))]),
    # 陪同 and 在座 join the event the article is about; 会见时 is the reception already told
    ("6月13日,省长李华在我市调研。市长张强,副市长王明陪同调研。", ["李华", "张强", "王明"],
     [("Inspection", None, ("张强", "李华", "王明"))]),
    ("6月13日,市委书记李理会见了客人刘德。市长张强,副市长王明会见时在座。", ["李理", "张强", "王明", "刘德"],
     [("Reception", None, ("刘德", "张强", "李理", "王明"))]),
    ("6月13日,省长李华在我市调研,市长张强陪同。", ["李华", "张强"], [("Inspection", None, ("张强", "李华"))]),
    # a clause with a verb of its own is no part of the list
    ("6月13日,市政府召开会议。市委书记李理会见张强,王明出席会议。", ["李理", "张强", "王明"],
     [("Meeting", None, ("王明",)), ("Reception", None, ("张强", "李理"))]),
    ("6月13日,市政府召开会议。董事长李理讲话时说到张强,王明出席会议。", ["李理", "张强", "王明"],
     [("Meeting", None, ("王明",))]),
])
def test_attendees_listed_before_the_verb(text, people, expected):
    found = events(text, people, ["市委常委会", "市政府"], ["我市"], TITLES)
    assert [(e.type, e.chair and e.chair.text, tuple(sorted(p.text for p in e.attendees))) for e in found] \
        == expected


# a meeting held in a 大会议室 or a 人大会议室 is the meeting named, not a 大会 or 人大会 inside the room
@pytest.mark.parametrize("text, expected", [
    ("6月3日，青山镇在镇大会议室召开村干部会议。", [("Meeting", "村干部会议")]),
    ("县人大常委会第五次会议在县人大会议室召开。", [("Meeting", "县人大常委会第五次会议")]),
])
def test_a_meeting_room_is_no_meeting(text, expected):
    assert [(e.type, e.name) for e in events(text)] == expected


# the meetings a body holds to plan or review its work (务虚会, 分析会, 总结会, 碰头会, 述职会, 评议会) are
# meetings, dated by their clause
@pytest.mark.parametrize("text, word", [
    ("2月27日，青山镇召开2022年度工作务虚会，镇党委书记张三主持。", "务虚会"),
    ("3月5日，青山县召开一季度经济运行分析会。", "分析会"),
    ("12月28日，青山区召开年度工作总结会。", "总结会"),
])
def test_meetings_that_plan_or_review_work(text, word):
    found = whole_text_events(text, "2022-12-30")
    assert any(e.type == "Meeting" and word in e.trigger.text and e.date for e in found)


# a committee named by what it does (审判委员会, 考核委员会) tells no event of its act
@pytest.mark.parametrize("text, kind", [
    ("11月1日，青山县人民法院举行审判委员会2018年度第六次会议。", "Trial"),
    ("3月2日，青山公司召开董事会，审议了薪酬与考核委员会的报告。", "Inspection"),
])
def test_a_committee_named_by_its_act_tells_no_event(text, kind):
    assert kind not in [e.type for e in whole_text_events(text, "2018-11-02")]


# ceremonies named by what they launch, unveil or found (启动礼, 揭幕礼, 奠基礼, 开幕礼: Hong Kong's and
# Macao's word) and visits to families (探访) are events
@pytest.mark.parametrize("text, kind", [
    ("5月23日，局长在青山社区会堂主持启动礼。", "Ceremony"),
    ("3月1日，青山大学新校区举行奠基礼。", "Ceremony"),
    ("6月2日，市长张三探访区内基层家庭。", "Visit"),
])
def test_ceremonies_of_launching_and_family_visits(text, kind):
    assert kind in [e.type for e in whole_text_events(text, "2017-06-05") if e.date]
