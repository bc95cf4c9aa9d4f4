"""A post of a committee's own members written with no body right after another such post in a title chain
(省委常委、副书记; 纪委常委、副书记; 中央局副书记、第三书记) is of that post's body; other posts keep their
own (副省长: the government; 宣传部长: the committee's department). Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="1998-01-07")
    return sorted((m.person.text, m.role, m.organization) for r in process_document(doc, date="1998-01-07")
                  for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("河北省委常委、副书记王德明出席。",
     [("王德明", "副书记", "中共河北省委员会"), ("王德明", "常委", "中共河北省委员会")]),
    ("河北省纪委常委、副书记王德明出席。",
     [("王德明", "副书记", "中共河北省纪律检查委员会"), ("王德明", "常委", "中共河北省纪律检查委员会")]),
    ("河北省委副书记、第三书记王德明出席。",
     [("王德明", "副书记", "中共河北省委员会"), ("王德明", "第三书记", "中共河北省委员会")]),
    ("全国人大常委会委员、秘书长王德明出席。",
     [("王德明", "委员", "全国人民代表大会常务委员会"), ("王德明", "秘书长", "全国人民代表大会常务委员会")]),
    # a post of a body of its own
    ("河北省委常委、副省长王德明出席。",
     [("王德明", "副省长", "河北省人民政府"), ("王德明", "常委", "中共河北省委员会")]),
    ("河北省委常委、宣传部长王德明出席。",
     [("王德明", "常委", "中共河北省委员会"), ("王德明", "部长", "中共河北省委员会宣传部")]),
])
def test_member_posts_in_a_chain(text, expected):
    assert posts(text) == expected
