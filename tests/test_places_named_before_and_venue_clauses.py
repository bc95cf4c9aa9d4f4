"""Where an event is held when its clause does not say after 在: the venue a clause before ends with after
在 (李明昨晚在青山大酒店宴会厅,出席…), the places a visit's verb goes to without 进行 or after a space
(结束对A、B国事访问; 访问 A), the city written right before the noun naming a summit (上海合作组织青山峰会:
青山, not the place opening the name; 会晤、白水会晤) but not a partner's (中国—中亚峰会) nor a region's
(东亚峰会). Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of


def places(text: str, kind: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in events_of(text, date="2025-06-14") if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("李明昨晚在青山大酒店宴会厅,出席白水同乡会第九届理事就职典礼。", "Ceremony", ["青山大酒店宴会厅"]),
    ("3月9日,在京出席全国人大会议的省委书记王明,省长李强在青山代表团驻地,亲切看望随团记者。", "Visit",
     ["青山代表团驻地"]),
])
def test_venue_clause_before(text, kind, expected):
    assert places(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    ("12月6日,在结束对秘鲁、智利国事访问后,国家主席王明回到北京。", ["秘鲁"]),
    ("州长李强也曾访问 爱尔兰、意大利,推广本州产品。", ["爱尔兰"]),
])
def test_visit_object(text, expected):
    assert places(text, "Visit") == expected


@pytest.mark.parametrize("text, expected", [
    ("王明回顾了中方成功举办上海合作组织天津峰会的重要成果。", ["天津"]),
    ("王明表示,今年两国领导人主持召开中国-中东欧国家领导人北京峰会,为合作擘画新蓝图。", ["北京"]),
    ("两国元首将在海湖庄园会晤、汉堡会晤基础上达成新的共识。", ["海湖庄园", "汉堡"]),
    ("王明出席了第17届东亚峰会。", [None]),
])
def test_place_named_before(text, expected):
    found = [p for k in ("Conference", "Meeting", "Reception") for p in places(text, k)]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("国家主席王明24日晚在尼斯会见法国总统李强。", ["尼斯"]),
    ("外交部长王明5日在喀山会见俄罗斯外长李强。", ["喀山"]),
    ("省长王明当地时间3日在斯图加特会见巴登-符腾堡州州长李强。", ["斯图加特"]),
])
def test_foreign_cities_read_as_places(text, expected):
    assert places(text, "Reception") == expected


@pytest.mark.parametrize("text, expected", [
    ("9月5日下午,在青山广播电视台大楼,青山航空集团与青山广播电视台达成战略合作协议。集团董事长王明、副总经理李强"
     "等参加了签约仪式。", ["青山广播电视台大楼"]),
    ("3月2日上午,在白水宾馆二楼会议室,白水县政府与青山集团达成合作意向。县长王明、集团董事长李强出席签约仪式。",
     ["白水宾馆二楼会议室"]),
    # a sentence of its own day: not the venue of the sentence before
    ("9月5日下午,在青山广播电视台大楼,青山航空集团与青山广播电视台达成战略合作协议。9月8日,集团董事长王明出席"
     "签约仪式。", [None]),
])
def test_venue_opening_the_sentence_before(text, expected):
    assert places(text, "Signing") == expected
