"""A body the NER missed written between 兼 and a title (副会长兼 + 青年会 + 主任) is the title's, and the
chain goes on before 兼 (副会长 is kept); not a verb (兼任), nor words a title's head word should end (兼 +
经济政策统筹 + 部长: its 部 is in 部长). Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import article_of


@pytest.mark.parametrize("text, person, expected", [
    ("青山市南安商会召开会长办公会。副会长兼青年会主任陈锦堂参加会议。", "陈锦堂",
     [("副会长", "青山市南安商会"), ("主任", "青年会")]),
    ("青山市南安商会召开会长办公会。会长黄玉琦、副会长兼妇女会主任林美华参加会议。", "林美华",
     [("副会长", "青山市南安商会"), ("主任", "妇女会")]),
    ("副总理兼经济政策统筹部长王瑞杰出席。", "王瑞杰", [("部长", None)]),
    ("副市长兼市公安局局长张三出席。", "张三", [("副市长", "广州市人民政府"), ("局长", "广州市公安局")]),
])
def test_a_body_between_and_and_a_title(text, person, expected):
    r = article_of(text, date="2025-06-14", place="广州市")
    assert [(m.role, m.organization) for m in r.memberships if m.person.text == person] == expected


# a standing member's post and another written with nothing between them (市委常委常务副市长), as a party
# secretary's (县委副书记县长): both the person's
@pytest.mark.parametrize("text, person, expected", [
    ("市委常委常务副市长王五出席。", "王五",
     [("常委", "中共广州市委员会"), ("常务副市长", "广州市人民政府")]),
    ("县委副书记县长李四出席。", "李四", [("副书记", "县委"), ("县长", "县政府")]),
])
def test_a_standing_members_post_before_another_with_nothing_between(text, person, expected):
    r = article_of(text, date="2025-06-14", place="广州市")
    assert [(m.role, m.organization) for m in r.memberships if m.person.text == person] == expected
