"""Made-up text: a standing member (常务委员) elected with no body written is of the committee the paragraph
named last before the election (当选为政协X委员会副主席，Y等当选为常务委员)."""
from __future__ import annotations

from tests.kgread import posts_of


def test_standing_member_of_the_committee_named():
    posts = posts_of("大会宣布了选举结果，张三、李四同志当选为政协青山市东山区第十五届委员会副主席，"
                     "冯燕等18名同志当选为常务委员。", date="2024-05-01")
    assert any(p[0] == "冯燕" and p[1] == "常务委员" and p[2] is not None and "青山市东山区" in p[2]
               for p in posts)
