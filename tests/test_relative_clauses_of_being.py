"""Made-up texts: a relative clause of being (现为, 身为; 曾为, 原为: former) before 的 and a name gives the
name its post, as 现任 and 曾任 do."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("现为青山音乐学院教授的王小燕３０年代入上海专修声乐。", ("王小燕", "教授", "青山音乐学院")),
    ("身为青山市副市长的李大伟多次来到工地。", ("李大伟", "副市长", "青山市人民政府")),
    ("曾为青山县县长的王建国说，他如今已退休。", ("王建国", "县长", "青山县人民政府")),
])
def test_a_relative_clause_of_being(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_a_clause_of_serving_gives_no_post():
    assert posts_of("为人民服务的李大伟多次来到工地。", date="1998-01-12") == []
