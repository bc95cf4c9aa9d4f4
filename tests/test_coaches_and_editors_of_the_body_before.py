"""A coach with no team written is of the team that opens the sentence, or the sentence before when the
sentence names no team, named as the article named it in full; none when the sentence names its team
elsewhere; a paper's editor-in-chief is of the paper its paragraph named (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("在昨天进行的全国男篮联赛中，只有青山红星队主场失败。\n青山队此役以７８∶９１败给绿水蓝天队后，"
     "只好继续呆在积分榜的末尾。主教练王大明称：精力要放在保级战上。", ("王大明", "主教练", "青山红星队")),
    ("四川金牛队本轮以８９∶９２败给湖南金健队，但主教练李小平对球员的表现已很满意。",
     ("李小平", "主教练", "四川金牛队")),
    ("八一队本轮以１０７∶７４战胜绿水蓝天队，赛后主教练张建国称这场球的目标是锻炼队伍。",
     ("张建国", "主教练", "八一队")),
    ("为市民送来这份惊喜的是青山晚报的全体同仁们。总编辑刘强说：报纸发行量已超过十万份。",
     ("刘强", "总编辑", "青山晚报")),
])
def test_the_body_named_before(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_a_team_named_inside_the_sentence_is_not_taken():
    posts = posts_of("八一队本轮以１０７∶７４战胜绿水蓝天队。同样状态不佳的是青山红星队，虽然他们本轮"
                     "以８０∶５８击败白云队，而主教练王大明却认为队员打得有些松懈。", date="1998-01-12")
    assert all(org is None for person, _, org in posts if person == "王大明")
