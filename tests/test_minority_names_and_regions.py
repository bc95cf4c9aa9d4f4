"""Made-up texts: Uyghur names whose first part the tagger cut into words of characters the transliteration
lists lacked (吐尔洪, 吾甫尔) or into an opening and pieces (阿/j + 不力/n + 米/q + 提/v + ·卡地尔) are read
whole, and a post of 内蒙古自治区 is no post of 蒙古, the state whose name ends the region's."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("吐尔洪·吐拉克州长说，要加强各族团结。", ("吐尔洪·吐拉克", "州长")),
    ("自治区副主席吾甫尔·阿不都拉主持了会议。", ("吾甫尔·阿不都拉", "副主席")),
    ("地区行署副专员阿不力米提·卡地尔主持开工仪式。", ("阿不力米提·卡地尔", "副专员")),
    ("县委书记吐尔逊·肉孜和县长居玛·乃比江出席。", ("居玛·乃比江", "县长")),
]


@pytest.mark.parametrize(("text", "post"), CASES)
def test_a_uyghur_name_is_read_whole(text, post):
    assert post in {(person, role) for person, role, _ in posts_of(text, date="1998-01-10")}


@pytest.mark.parametrize("title", ["主席", "副主席"])
def test_a_post_of_inner_mongolia_is_no_post_of_mongolia(title):
    posts = posts_of(f"内蒙古自治区{title}乌力吉出席开幕式。", date="1998-01-10")
    assert ("乌力吉", title) in {(person, role) for person, role, _ in posts}
    assert all(org != "蒙古" for _, _, org in posts)
