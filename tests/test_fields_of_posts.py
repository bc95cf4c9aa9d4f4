"""Made-up texts: the field of work written between a body and its post (公关 + 经理, 创意策划 + 总监, 行政 +
副主任, 高级技术 + 顾问: ``posts/words`` field) is the post's, as the PD posts gold writes it; not a field
ending the name of the body whose head word the post shares (外交部新闻 + 司长), nor a minister's."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("青山体育用品公司公关经理赵立群说，赞助很重要。", ("赵立群", "公关经理", "青山体育用品公司")),
    ("正大体育集团公司创意策划总监孙文涛说，市场很大。", ("孙文涛", "创意策划总监", "正大体育集团公司")),
    ("北京医学院第一附属医院消化内科行政副主任刘慧敏说。",
     ("刘慧敏", "行政副主任", "北京医学院第一附属医院消化内科")),
    ("珠江钢琴集团公司高级技术顾问约翰·史密斯说。", ("约翰·史密斯", "高级技术顾问", "珠江钢琴集团公司")),
])
def test_a_field_names_the_post(text, expected):
    assert expected in posts_of(text, date="1998-01-10")


@pytest.mark.parametrize("text, expected", [
    ("外交部新闻司司长王明远说。", ("王明远", "司长", "外交部新闻司")),
    ("英国外交大臣约翰·史密斯说。", ("约翰·史密斯", "大臣", "英国外交部")),
])
def test_a_field_of_the_body(text, expected):
    assert expected in posts_of(text, date="1998-01-10")
