"""An act whose sentence opens with the activity told, named by a word referring back (made-up text: 此次活动,
看望慰问了A、B等运动员): the event already told, with those the act names."""
from __future__ import annotations

from tests.kgread import article_of


def test_the_visit_told():
    text = ("2月1日，市体育局局长王大明带队前往青山训练基地看望慰问本市籍运动员。\n此次活动，看望慰问了"
            "奥运会冠军李建华、赵小军，教练钱多多等人。")
    r = article_of(text, date="2024-02-02")
    visits = [e for e in r.events if e.type == "Visit"]
    assert len(visits) == 1
    assert {"王大明", "李建华", "赵小军", "钱多多"} <= {a.text for a in visits[0].attendees}
