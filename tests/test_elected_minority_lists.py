"""Made-up texts: an election's list of names keeps a Tibetan, Mongolian or Uyghur name written without a
dot (选举A、B、次仁卓嘎为副省长: the list was not read, and the tagger's 卓嘎 alone held the post), and a
deputy elected after the head of an autonomous region's government (选举X为自治区主席，Y、Z为副主席) holds
the post in the body the head's title names by its level (自治区政府), as after 省政协主席."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("names", [["李小红", "张志强", "次仁卓嘎"], ["李小红", "次仁卓嘎"],
                                   ["李小红", "阿不力孜·热合曼", "次仁卓嘎"]])
def test_an_elected_list_keeps_its_minority_names(names):
    text = f"大会选举王大明为省长，选举{'、'.join(names)}为副省长。"
    assert [p for p, role, _ in posts_of(text, date="1998-01-14") if role == "副省长"] == names


def test_deputies_elected_after_a_regions_head():
    posts = posts_of("大会选举王大明为自治区主席，吐尔逊·买买提、李小红为副主席。", date="1998-01-14")
    assert ("王大明", "主席", "自治区政府") in posts
    assert ("吐尔逊·买买提", "副主席", "自治区政府") in posts and ("李小红", "副主席", "自治区政府") in posts
