"""A province's commission of foreign trade or of construction written short (外经贸委, 建委) and a
university written short after its place (河北农大, 华东师大, 首都医大) are keyed by their full names; a body
written with 的 right before a name and its title (X协会的A副秘书长) is the title's (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("广东外经贸委主任王大明出席了会议。", ("王大明", "主任", "广东省对外经济贸易委员会")),
    ("河北省建委主任李小平出席了会议。", ("李小平", "主任", "河北省建设委员会")),
    ("河北农大副教授王小明介绍说，新品种产量很高。", ("王小明", "副教授", "河北农业大学")),
    ("华东师大校长张大海出席了会议。", ("张大海", "校长", "华东师范大学")),
    ("中国游艺机游乐园协会的张建国副秘书长指出，市场潜力很大。",
     ("张建国", "副秘书长", "中国游艺机游乐园协会")),
])
def test_the_body_is_keyed_and_found(text, post):
    assert post in posts_of(text, date="1998-01-12")
