"""One event per joint name (X会议暨Y会议: one meeting; X推进会暨Y揭牌仪式: a meeting and a
ceremony; 签约暨揭牌仪式: a signing; a joint name told again short, 开幕式暨论坛), no date from a year
opening an act verb's object (观摩了2024年成果展板), no lawsuit, case or visit in the name of a court's
division or service (立案二庭, 诉讼服务大厅, 来访群众), the people of 在…的陪同下 doing the act of the next
clause and the place or body an act is done to (对青山县人民医院进行了考察)."""
from __future__ import annotations

import pytest

from kg.extract import extract_mentions
from kg.extract.context import Context
from kg.extract.facts import extract_facts
from kg.nlp.normalize import View


def _events(text: str) -> list:
    view = View.of(text)
    ctx = Context(date="2024-12-20")
    _, events, _ = extract_facts(view, extract_mentions(view, ctx), ctx)
    return events


@pytest.mark.parametrize("text, types", [
    # two meetings of one happening, the second read over the whole joint name
    ("9月28日，区长赵继东主持召开区安委会2024年第四次全体成员会议暨全区国庆期间安全生产工作专题会议。",
     ["Meeting"]),
    # (already one before: the second name read from the 暨 on)
    ("3月2日，县委书记王海主持召开县委理论学习中心组学习会议暨县委常委会会议。", ["Meeting"]),
    # a meeting and a ceremony: the first part an event of its own, the joint name the ceremony
    ("1月10日上午，青山区医疗机构建设推进现场会暨白水社区卫生服务中心新址揭牌仪式举行。",
     ["Meeting", "Ceremony"]),
    # a signing and an unveiling in one ceremony: a signing
    ("7月22日上午，青山县人民医院举行签约暨揭牌仪式。", ["Signing"]),
    ("7月2日上午，第五届青洽会重点项目签约暨招商引资项目奖励仪式在青山举行。", ["Signing"]),
    # a joint name told again short, each part by its end
    ("9月16日上午，第五届青山国际博览会开幕式暨第三届青山合作论坛在青山举行。省长李明主持开幕式暨论坛。",
     ["Opening"]),
])
def test_joint_names(text, types):
    assert sorted(e.type for e in _events(text)) == sorted(types)


@pytest.mark.parametrize("text, count", [
    # 观摩了2024年成果展板: the year says which board, the act is the inspection told before it
    ("12月9日下午，区人大常委会主任李萍带队视察青山区建设工作。区人大代表观摩了2024年成果展板。", 1),
    ("6月3日，市政协主席王强带队视察城区建设工作。委员们观摩了2023年度重点工程展板。", 1),
    ("6月3日，市长王强带队调研乡村振兴工作。调研组考察了2024年新建的产业园。", 1),
])
def test_year_of_an_object_dates_nothing(text, count):
    assert len([e for e in _events(text) if e.type == "Inspection"]) == count


@pytest.mark.parametrize("text", [
    "5月3日，立案二庭庭长李明在诉讼服务大厅接待来访群众。",
    "5月3日，立案庭副庭长王芳到诉讼服务站值班。",
    "5月3日，院长李明听取诉讼服务中心工作汇报，向来访人员了解情况。",
])
def test_court_divisions_and_services_are_no_events(text):
    assert not [e for e in _events(text) if e.type in ("Lawsuit", "CaseFiling", "Visit")]


@pytest.mark.parametrize("text, people, place", [
    ("5月3日下午，省委副书记李明在市委书记王强、市长张伟的陪同下，对青山县人民医院进行了考察指导。",
     ["张伟", "李明", "王强"], "青山县人民医院"),
    ("5月3日下午，副省长李明一行对青山县人民医院的门诊大厅、住院部等进行了考察。", ["李明"],
     "青山县人民医院"),
    ("6月8日，市长王强在副市长赵云的陪同下，对白水镇进行了专题调研。", ["王强", "赵云"], "白水镇"),
])
def test_accompanied_and_acted_on(text, people, place):
    (e,) = [e for e in _events(text) if e.type == "Inspection"]
    assert sorted(a.text for a in e.attendees) == people
    assert e.place is not None and e.place.text == place
