"""Members of parliaments and councils, and bodies by short names (session 39, made-up sentences): 议员 is
a post (香港立法会议员X, 以色列议会议员Y), of no party (工党议员Z: no post, session 40); 最高院 is
最高人民法院, also at the head of its bodies' names (最高院咨询委员会); a level's 投促局 is its 投资促进局."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("香港立法会议员郭志明出席。", [("郭志明", "议员", "香港特别行政区立法会")]),
    ("以色列议会议员史密斯出席。", [("史密斯", "议员", "以色列议会")]),
    ("最高院咨询委员会秘书长张维明出席。", [("张维明", "秘书长", "最高人民法院咨询委员会")]),
    ("最高院副院长张维明出席。", [("张维明", "副院长", "最高人民法院")]),
    ("市投促局局长张军明参加活动。", [("张军明", "局长", "济南市投资促进局")]),
    ("议员们表示反对。", []),
    ("澳大利亚工党议员哈里出席。", []),
])
def test_members_of_councils_and_national_short_names(text, expected):
    assert posts_of(text, place="济南市") == expected
