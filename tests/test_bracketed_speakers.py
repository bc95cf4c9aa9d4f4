"""A speaker's name opening a line or a sentence before the post in brackets and a colon, as forums print
who speaks (张三（某部某中心副主任）：…), is a name whatever the tagger reads it as (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("张文华（水利部农村水利研究中心副主任）：近年来，工作取得成绩。",
     [("张文华", "副主任", "水利部农村水利研究中心")]),
    ("座谈会举行。杜葵（湖北电视台新闻部主任）：品牌问世已久。", [("杜葵", "主任", "湖北电视台新闻部")]),
    # no post in the brackets: no name read there
    ("张三（左）：近年来如此。", []),
])
def test_a_speaker_before_the_post_in_brackets(text, expected):
    assert posts_of(text, date="1998-01-10", publisher="人民日报") == expected
