"""A county's short name that is a common word too (开化/v of 开化县, 门头沟/n, 句容/n) is the place in an
article about it: the publisher's home, or a place the article names in full; nowhere else."""
from __future__ import annotations

import pytest

from kg.extract.context import Context
from kg.extract.places import extract_places
from kg.nlp.normalize import View


def _places(text: str, home: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in extract_places(View.of(text), Context(place=home))]


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    [
        # the publisher's home written short
        ("近年来，开化发展生态旅游，开化的山水吸引了很多游客。", "开化县",
         [("开化", "开化县"), ("开化", "开化县")]),
        ("句容是一座历史文化名城。", "句容市", [("句容", "句容市")]),
        ("大渡口、北碚两地开展交流。", "大渡口区", [("大渡口", "大渡口区"), ("北碚", "北碚区")]),
        # named in full before, as a place
        ("记者来到门头沟区采访。门头沟是生态涵养区。", None,
         [("门头沟区", "门头沟区"), ("门头沟", "门头沟区")]),
        # before a unit it is no county's (开化 + 镇: a town's name)
        ("开化镇的村民说，开化发展很快。", "开化县", [("开化", "开化县")]),
    ],
)
def test_stem_of_the_article_place(text, home, expected):
    assert _places(text, home) == expected


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("思想开化的年轻人越来越多。", None),  # no article about 开化县: a verb
        ("思想开化的年轻人越来越多。", "常山县"),  # another county's paper
        ("门头沟是生态涵养区。", "北京市"),  # the home is not the county
    ],
)
def test_no_stem_elsewhere(text, home):
    assert _places(text, home) == []


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    [
        # the first character of the publisher's home after a character of coming or being
        ("对客人来眉考察表示欢迎，希望在眉投资兴业。", "眉山市", [("眉", "眉山市"), ("眉", "眉山市")]),
        ("市人大常委会组织住儋代表开展视察。", "儋州市", [("儋", "儋州市")]),
        # of a place the article reads in full
        ("阜阳市召开会议。客人来阜开展慰问。", None, [("阜阳市", "阜阳市"), ("阜", "阜阳市")]),
        # not inside a word, not where no cue comes before
        ("眉毛很浓，眉头紧锁。", "眉山市", []),
        # not a character that names another place already (津: 天津市)
        ("代表团来津访问。", "津市市", [("津", "天津市")]),
    ],
)
def test_short_name_of_the_article_place(text, home, expected):
    assert _places(text, home) == expected
