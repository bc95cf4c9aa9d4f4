"""A prefecture's party committee written short (信阳地委) is keyed by its full name,
中共信阳地区委员会; a post the text dates before 1949 (１９３８年，X任中共太岳地委书记) is of the body by
its name of the time, a base area's 地方委员会 (orgs/eras), made-up sentences."""
from __future__ import annotations

import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("１９９５年，王大明任中共信阳地委书记。", ("王大明", "书记", "中共信阳地区委员会")),
    ("１９９５年，王大明任信阳地委组织部长。", ("王大明", "部长", "中共信阳地区委员会组织部")),
    ("１９３８年，王大明任中共太岳地委书记。", ("王大明", "书记", "中共太岳地方委员会")),
])
def test_a_prefecture_committee_of_its_time(text, expected):
    assert expected in posts_of(text, date="1998-01-10")
