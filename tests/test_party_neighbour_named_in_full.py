"""Made-up texts: a bare party body's post (党委副书记) listed right after a town's party secretary, whose
committee the post names in full (中共三角镇委员会), is of that committee, not of an association named before
in the sentence."""
from __future__ import annotations

from tests.kgread import posts_of


def test_town_committee():
    posts = posts_of("南山市侨联副主席梁冬晓，三角镇党委书记李大航，党委副书记梁小明等领导出席。",
                     date="2024-05-01")
    assert ("梁小明", "副书记", "中共三角镇委员会") in posts
