"""A name after a title whose given name the tagger reads as a verb or a common word, then a set phrase
of four characters (轻车简从/i, 高度重视/l, 一马当先/i) where the sentence goes on (made-up sentences,
session 46: 市委书记陈建新轻车简从 gave no name and no post; a name the tagger reads whole came out)."""
import pytest
from kgread import article_of, posts_of


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


@pytest.mark.parametrize("text, expected", [
    # 执行主席是（note on the order）：A、B: the holders after a note on the names' order that follows 是
    ("本次大会的执行主席是（按姓名笔画排列）：王立伟、张志军、陈琛。",
     [("王立伟", "执行主席", None), ("张志军", "执行主席", None), ("陈琛", "执行主席", None)]),
    ("会议执行主席是(按姓氏笔画为序):李明、赵强。", [("李明", "执行主席", None), ("赵强", "执行主席", None)]),
    ("主席团常务主席是（以姓氏笔画为序）：刘兵、孙华。",
     [("刘兵", "常务主席", None), ("孙华", "常务主席", None)]),
])
def test_holders_after_a_note_on_their_order(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rare surnames read after a title or in a list of names (people/surnames ``context``), no words else
    ("大会执行主席：旷立伟、旷志军、陈琛。",
     [("旷立伟", "执行主席", None), ("旷志军", "执行主席", None), ("陈琛", "执行主席", None)]),
    ("副县长旷明出席会议。", [("旷明", "副县长", "县政府")]),
    ("区长贠立新讲话。", [("贠立新", "区长", "区政府")]),
    ("副市长袭小春、征海涛出席。", [("袭小春", "副市长", "市政府"), ("征海涛", "副市长", "市政府")]),
    ("职工旷工三天，单位征求意见后招商引资。", []),
])
def test_rare_surnames_after_titles(text, expected):
    assert posts_of(text) == expected


def _people(text: str) -> list[str]:
    return [m.text for m in article_of(text).mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    # 张勇出/nr + 生于/v: the tagger glues 出 of 出生 to a name (people/cues after: 出生)
    ("张勇出生于1960年，浙江人。", ["张勇"]),
    ("王芳出生于湖南，曾任县长。", ["王芳"]),
    ("李强出生于一九五七年十一月。", ["李强"]),
    ("宝宝出生于凌晨，母子平安。", []),
])
def test_name_before_chu_sheng(text, expected):
    assert _people(text) == expected
