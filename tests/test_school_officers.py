"""A university's officers as its pages and wire copy write them (made-up texts): the provost and the
secretary-general of general affairs (教务长, 总务长) are posts of the school, and a college named by a
region of the country (华北, 西南) is a college whose head is its 校长, not a faculty's dean."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("青山大学党委常委、副校长、教务长王海出席。",
     [("王海", "常委", "青山大学党委"), ("王海", "副校长", "青山大学"), ("王海", "教务长", "青山大学")]),
    ("青山大学副校长、总务长李平主持会议。",
     [("李平", "副校长", "青山大学"), ("李平", "总务长", "青山大学")]),
])
def test_a_universitys_provost_and_general_affairs(text, expected):
    assert posts_of(text, date="2023-12-01") == expected


@pytest.mark.parametrize("publisher", ["华东电力工程学院", "西南石油化工学院", "豫北农业学院"])
def test_a_college_named_by_a_region_is_headed_by_its_president(publisher):
    text = "校党委副书记、校长严大明,副校长刘汉平出席。"
    assert posts_of(text, date="2023-12-01", publisher=publisher) == [
        ("严大明", "副书记", publisher + "党委"), ("严大明", "校长", publisher),
        ("刘汉平", "副校长", publisher)]


def test_a_faculty_named_by_its_discipline_is_no_college():
    # 经济管理学院 of a university's page is a faculty, headed by a dean: no 校长 of it
    assert ("严大明", "校长", "经济管理学院") not in posts_of(
        "校党委副书记、校长严大明出席。", date="2023-12-01", publisher="经济管理学院")
