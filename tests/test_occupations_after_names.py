"""Made-up texts: an occupation written right after a name (教授, 医师, 大夫) is a post of the body written
right before the name, with or without 的, as when it is written before the name (the PD posts conventions:
an occupation with its employer written is a post); with no body written there, none."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("由青山农业大学王明远教授主持研制的新肥料通过鉴定。", ("王明远", "教授", "青山农业大学")),
    ("青山医科大学赵立群医师近日到社区义诊。", ("赵立群", "医师", "青山医科大学")),
    ("青山商业管理干部学院的孙文涛副教授说，前景很好。", ("孙文涛", "副教授", "青山商业管理干部学院")),
    ("青山市第三人民医院的刘慧敏大夫又开始巡诊了。", ("刘慧敏", "大夫", "青山市第三人民医院")),
])
def test_an_occupation_after_a_name_is_of_the_body_before_it(text, expected):
    assert expected in posts_of(text, date="1998-01-10")


@pytest.mark.parametrize("text", [
    "著名刑法学家王明远教授主编的教材出版了。",
    "大家都喜欢吃赵老师包的饺子，赵立群老师也笑了。",
    "青山大学孙文涛学生获得一等奖。",
])
def test_no_post_with_no_employer_before_the_name(text):
    assert all(org is None for _, _, org in posts_of(text, date="1998-01-10"))
