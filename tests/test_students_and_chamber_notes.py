"""Made-up texts: a student of a school (博士生, 本科生) holds no post of it; a short note in brackets
between a body and its post (参议院（上院）议长) leaves the post the body's; a word after a name is none
(记者时表示)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text", [
    "青山大学博士生王小明在会上发言。",
    "青山师范大学化学系本科生李晓红获得一等奖。",
])
def test_a_student_holds_no_post(text):
    assert posts_of(text, date="1998-01-12") == []


def test_an_occupation_with_its_employer_is_still_a_post():
    assert ("王小明", "副教授", "青山大学") in posts_of("青山大学副教授王小明在会上发言。", date="1998-01-12")


@pytest.mark.parametrize("text, post", [
    ("阿尔及利亚全国人民议会议长萨利赫和民族委员会（上院）议长布马扎分别会见了代表团。",
     ("布马扎", "议长", "民族委员会")),
    ("捷克众议院（下院）议长泽曼会见了代表团。", ("泽曼", "议长", "捷克众议院")),
])
def test_a_chamber_note_between_a_body_and_its_post(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_a_saying_verb_after_a_reporter_is_no_name():
    assert posts_of("总理二日在新政府成立后会见记者时表示，政府将加快改革。", date="1998-01-12") == []
