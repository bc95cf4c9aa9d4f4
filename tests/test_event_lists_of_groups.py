"""A list of the people taking part split by the groups they belong to, each named after 等 (made-up text:
副省长李小红等省领导，市委书记张建国等市领导出席): the list goes on past each group, so everyone named before
the verb takes part, not only the names after the last group; a group naming no one (以及…等驻华使节) still
goes on, and a clause that tells an act is no item of the list."""
from __future__ import annotations

import pytest

from tests.kgread import events_of

_OPENING = "青山日报讯 5月13日，第十届青山博览会在青山国际会展中心开幕。"


@pytest.mark.parametrize(("listed", "named"), [
    ("副省长李小红等省领导，市委书记张建国、市长刘卫东等市领导出席开幕式。", {"李小红", "张建国", "刘卫东"}),
    ("省委副书记王大明，副省长李小红等省领导，市委书记张建国等市领导，以及来自20多个国家的来宾出席了开幕式。",
     {"王大明", "李小红", "张建国"}),
    ("商务部副部长王大明、国家发展改革委副主任李小红等12个部委负责人，主宾省副省长张建国等领导出席开幕式。",
     {"王大明", "李小红", "张建国"}),
    ("市人大常委会主任王大明等市级领导，青山区区长李小红等区县负责人参加开幕式。", {"王大明", "李小红"}),
])
def test_everyone_listed_before_groups_takes_part(listed: str, named: set[str]) -> None:
    (e,) = [e for e in events_of(_OPENING + listed, date="2024-05-17") if e.type == "Opening"]
    assert named <= {a.text for a in e.attendees}


def test_group_naming_no_one_goes_on() -> None:
    text = ("青山日报讯 5月13日上午，省长王大明在青山宾馆会见肯尼亚驻华大使李小红一行。"
            "尼日利亚驻华大使张建国，以及乌干达、卢旺达等驻华使节，副省长刘卫东参加。")
    (e,) = [e for e in events_of(text, date="2024-05-17") if e.type == "Reception"]
    assert {"王大明", "李小红", "张建国", "刘卫东"} <= {a.text for a in e.attendees}


def test_clause_telling_an_act_ends_the_list() -> None:
    text = _OPENING + "副省长李小红等省领导调研了展馆，市委书记张建国出席开幕式。"
    (e,) = [e for e in events_of(text, date="2024-05-17") if e.type == "Opening"]
    assert "李小红" not in {a.text for a in e.attendees}


_FEAST = "青山日报讯 1月18日，中国驻巴西大使馆在巴西利亚举办春节招待会。"


@pytest.mark.parametrize("listed", [
    "驻圣保罗总领事李小红，驻里约总领事张建国(以上排名不分先后)，出席了本次招待会。",
    "驻圣保罗总领事李小红，驻里约总领事张建国（排名不分先后），以及各侨团侨领出席了招待会。",
    "驻圣保罗总领事李小红，驻里约总领事张建国，三大领区领事、代表，以及各大侨社侨领代表，出席了本次招待会。",
    "驻圣保罗总领事李小红，驻里约总领事张建国，各界侨胞代表，出席了招待会。",
])
def test_list_goes_on_past_notes_and_unnamed_representatives(listed: str) -> None:
    (e,) = [e for e in events_of(_FEAST + listed, date="2024-01-20") if e.type == "Reception"]
    assert {"李小红", "张建国"} <= {a.text for a in e.attendees}
