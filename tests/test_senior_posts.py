"""Made-up texts: 高级 before a post makes another post and belongs to its role (高级副总裁, 高级经理), as
常务 and 副 do."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("李鹏会见了美国青山石油公司高级副总裁罗伯特·布朗一行。",
     ("罗伯特·布朗", "高级副总裁", "美国青山石油公司")),
    ("青山电子公司高级经理王大明出席了会议。", ("王大明", "高级经理", "青山电子公司")),
])
def test_senior_is_part_of_the_role(text, post):
    assert post in posts_of(text, date="1998-01-09")
