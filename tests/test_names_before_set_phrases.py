"""A name after a title whose given name the tagger reads as a verb or a common word, then a set phrase
of four characters (轻车简从/i, 高度重视/l, 一马当先/i) where the sentence goes on (made-up sentences,
session 46: 市委书记陈建新轻车简从 gave no name and no post; a name the tagger reads whole came out)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    # 陈/nr + 建新/v + 轻车简从/i: a given name read as a verb before an idiom
    ("市委书记陈建新轻车简从，深入基层调研。", [("陈建新", "书记", "市委")]),
    # 刘/zg + 振兴/v + 高度重视/l: the surname read as a morpheme too
    ("区长刘振兴高度重视此项工作。", [("刘振兴", "区长", "区政府")]),
    # 张/q + 为民/v + 雷厉风行/i: the surname read as a measure word
    ("县委书记张为民雷厉风行，当天召开会议。", [("张为民", "书记", "县委")]),
    # 李/nr + 成功/a + 一马当先/i: a given name read as a common word
    ("镇党委书记李成功一马当先，冲在抗洪一线。", [("李成功", "书记", "镇党委")]),
    # no surname before the phrase: no name
    ("县长要求深入基层，狠抓落实。", []),
])
def test_name_before_a_set_phrase(text, expected):
    assert posts_of(text) == expected
