"""Made-up texts: a foreign city council's head in a chain before a guest group's head (议长、访问团团长X: the
verb of 访问团 ends no body's name, the chain goes on to 议长), a qualifier that makes a post of its own
(运营委员长, 运营总监), and a name after a title before an adverb of two characters (朴起永 + 分别 + 介绍)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("韩国东海市议会议长、访问团团长朴正根致辞。", ("朴正根", "议长", "韩国东海市议会")),
    ("青山市委副书记、慰问团团长李立新一行看望了老党员。", ("李立新", "副书记", "青山市委")),
    ("东海市议会运营委员长金永洙介绍了概况。", ("金永洙", "运营委员长", "东海市议会")),
    ("青山科技有限公司运营总监王立新出席。", ("王立新", "运营总监", "青山科技有限公司")),
    ("青山市副市长赵立民、东海市议会副议长朴起永分别介绍了概况。", ("朴起永", "副议长", "东海市议会")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01")
