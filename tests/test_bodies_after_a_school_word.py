"""A body written after a school's word for itself (校学位委员会副主任, 学校团委书记, 院办公室主任:
made-up texts) is that body of the school the page is of, as 校党委 is its party committee; 院 on a
faculty's page names the faculty (院党委书记 on 青山大学文学院's page), not the university; a word that
only opens with such a character (校友会) keeps its name."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, publisher, post", [
    ("副校长王立新、校学位委员会副主任陈思远参加会见。", "青山大学",
     ("陈思远", "副主任", "青山大学学位委员会")),
    ("学校团委书记周晓燕主持活动。", "青山大学", ("周晓燕", "书记", "青山大学团委")),
    ("校教务处处长郑国强介绍情况。", "青山大学", ("郑国强", "处长", "青山大学教务处")),
    ("院办公室主任孙丽华陪同参观。", "白水市第二人民医院", ("孙丽华", "主任", "白水市第二人民医院办公室")),
    ("院党委书记黄建军会见来宾。", "青山大学文学院", ("黄建军", "书记", "青山大学文学院党委")),
    ("院团委书记林小梅参加座谈。", "青山大学文学院", ("林小梅", "书记", "青山大学文学院团委")),
])
def test_a_body_after_a_school_word_is_the_schools(text, publisher, post):
    assert post in posts_of(text, date="2023-05-10", publisher=publisher)


def test_the_university_on_a_faculty_page():
    posts = posts_of("校党委书记黄建军会见来宾。", date="2023-05-10", publisher="青山大学文学院")
    assert ("黄建军", "书记", "青山大学党委") in posts


def test_a_word_opening_with_a_school_character_is_kept():
    posts = posts_of("校友会会长刘德明致辞。", date="2023-05-10", publisher="青山大学")
    assert all(not (org or "").endswith("友会") or (org or "").endswith("校友会") for _, _, org in posts)
