"""A zone's administrative committee written alone before a post (管委会副主任, made-up texts) is a body
the post is of: the development zone's when the page is the zone's own or the article named the zone, as
党工委 is."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, publisher, post", [
    ("区党工委书记吴建平，管委会副主任钱晓东陪同调研。", "白水经济技术开发区",
     ("钱晓东", "副主任", "白水经济技术开发区管理委员会")),
    ("管委会主任冯志刚介绍了园区规划。", "青山高新技术产业开发区",
     ("冯志刚", "主任", "青山高新技术产业开发区管理委员会")),
    ("副市长陈立来到青山临港经济开发区调研，管委会副主任何明陪同。", "青山日报",
     ("何明", "副主任", "青山临港经济开发区管理委员会")),
])
def test_a_zone_office_written_alone_is_the_zones(text, publisher, post):
    assert post in posts_of(text, date="2023-05-10", publisher=publisher)
