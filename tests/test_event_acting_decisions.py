"""A decision of its own on the same person in one sentence is a change of its own (made-up text:
任命X为副市长,决定X副市长为代理市长: two appointments), one joined by 并 is one (任命X为副市长,并决定X为
代理市长)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize(("decisions", "count"), [
    ("会议决定任命王明为青山市人民政府副市长,决定王明副市长为青山市人民政府代理市长。", 2),
    ("会议决定任命王明为青山市人民政府副市长,决定其代理青山市人民政府市长职务。", 2),
    ("会议任命王明为青山市人民政府副市长,并决定王明为青山市人民政府代理市长。", 1),
])
def test_a_decision_of_its_own(decisions: str, count: int) -> None:
    text = "6月3日,青山市人大常委会举行第十三次会议。" + decisions
    r = article_of(text, date="2023-06-04")
    assert len([e for e in r.events if e.type == "Appointment"]) == count


def test_who_reports_at_the_session() -> None:
    text = ("6月3日,青山市人大常委会举行第十三次会议。会议听取了市纪委副书记赵六分别作的有关议案的说明。"
            "会议书面听取了《关于接受李四辞职的决定(草案)》;听取了联工委主任张三作的关于代表资格的审查报告。")
    r = article_of(text, date="2023-06-04")
    sessions = [e for e in r.events if e.type == "Meeting"]
    assert sessions and {"赵六", "张三"} <= {a.text for a in sessions[0].attendees}


def test_a_draft_decision_heard_then_decided() -> None:
    text = ("6月3日,青山市人大常委会举行第十三次会议。会议书面听取了《青山市人大常委会关于接受李四辞去青山市"
            "监察委员会主任职务的决定(草案)》。会议表决通过了有关人事事项,决定接受李四辞去青山市监察委员会主任"
            "职务的请求。")
    r = article_of(text, date="2023-06-04")
    assert [e.date for e in r.events if e.type == "Removal"] == ["2023-06-03"]


def test_one_inspection_of_a_day_told_with_and_without_people() -> None:
    text = ("县领导到白水镇调研指导村级换届选举工作\n"
            "1月19日,县委常委、宣传部部长王小红,县委常委、县委办主任李大明亲临我镇调研督导村级换届选举工作。")
    r = article_of(text, date="2021-01-20")
    assert len([e for e in r.events if e.type == "Inspection"]) == 1
