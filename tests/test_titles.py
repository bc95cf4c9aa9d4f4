"""Titles (TITLE): posts, qualifiers, bodies and chains."""
from __future__ import annotations

import pytest
from kgread import posts_of

from kg.extract import Context, extract_mentions
from kg.extract.titles import extract_titles, title_lexicon
from kg.nlp.normalize import View


def _titles(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in extract_mentions(View.of(text), Context()) if m.type == "TITLE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市委书记李理出席会议。", [("市委书记", "书记")]),
        ("自治区党委常委、宣传部部长张三讲话。", [("自治区党委常委", "常委"), ("宣传部部长", "部长")]),
        ("全国人大副委员长蒋正华", [("副委员长", "副委员长")]),
        ("常务副市长王五主持会议。", [("常务副市长", "常务副市长")]),
        ("新华社记者兰红光摄", [("记者", "记者")]),
        ("公司总经理和董事长都来了。", [("总经理", "总经理"), ("董事长", "董事长")]),
        ("书记员小王", []),
        ("秘书处的工作。", []),
        # a post's last character glued to the surname after it (副区 + 长江/ns + 存富): the title ends inside
        ("副区长江存富陪同考察。", [("副区长", "副区长")]),
        ("副县长江海涛陪同考察。", [("副县长", "副县长")]),
        ("商会执行会长孙勇智主持。", [("执行会长", "执行会长")]),
        ("湖北省长江水利委员会", []),
        ("市长江岸视察", [("市长", "市长")]),
        # ... and to a one-character given name before a delimiter or a verb (副主 + 任何/r + 智/ng + 、)
        ("市人大常委会副主任何智、陈玉莲主持座谈会。", [("人大常委会副主任", "副主任")]),
        ("主任何时来？", [("主任", "主任")]),
        # a company's managing director and chief officers
        ("董事总经理施明出席。", [("董事总经理", "董事总经理")]),
        ("首席信息官王明、首席品牌官李华出席。",
         [("首席信息官", "首席信息官"), ("首席品牌官", "首席品牌官")]),
    ],
)
def test_titles(text, expected):
    assert _titles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body is an organisation of its own: ORG + the post alone
        ("贵州省委书记刘方仁", [("ORG", "贵州省委"), ("TITLE", "书记"), ("PER", "刘方仁")]),
        ("中共中央总书记江泽民", [("ORG", "中共中央"), ("TITLE", "总书记"), ("PER", "江泽民")]),
        # a title written with its body's short name (市委副书记) after the body's place: the body read whole
        ("贵州省委副书记王明出席", [("ORG", "贵州省委"), ("TITLE", "副书记"), ("PER", "王明")]),
        ("温州市人大常委会党组书记王明出席",
         [("ORG", "温州市人大常委会"), ("TITLE", "党组书记"), ("PER", "王明")]),
        ("金华市委常委王明出席", [("ORG", "金华市委"), ("TITLE", "常委"), ("PER", "王明")]),
        ("市委副书记王明出席", [("TITLE", "市委副书记"), ("PER", "王明")]),  # no place: the title stays whole
        # a post at the end of one tagger word
        ("德国总理科尔表示", [("TITLE", "总理"), ("PER", "科尔")]),
        # ... or cut in two by it: 对外关系部/nt + 长/a
        ("蒙古对外关系部长阿勒坦格列尔出席。", [("TITLE", "部长"), ("PER", "阿勒坦格列尔")]),
    ],
)
def test_titles_next_to_organisations(text, expected):
    mentions = extract_mentions(View.of(text), Context())
    got = [(m.type, m.text) for m in mentions if m.type in ("ORG", "TITLE", "PER")]
    assert got == expected


def test_contract_title_and_person_apart():
    got = [(m.type, m.text) for m in extract_mentions(View.of("市委书记李理"), Context())]
    assert got == [("TITLE", "市委书记"), ("PER", "李理")]


@pytest.mark.parametrize(
    ("form", "key"),
    [("市委常务副书记", "常务副书记"), ("副总经理", "副总经理"), ("市委记者", None), ("委员会", None)],
)
def test_parse(form, key):
    assert title_lexicon().parse(form) == key


def test_title_offsets_index_source():
    text = "国务院总理\n李鹏"
    for m in extract_titles(View.of(text), Context()):
        assert text[m.start:m.end] == m.text


# 长 of a head's title the tagger glued to the name after it (贸工部 + 长颜金勇/nr): the title is read across
# the two words (部长) and the name after it is the person.
@pytest.mark.parametrize("text, title, name", [
    ("贸工部长颜金勇出席了会议。", "部长", "颜金勇"),
    ("交通部长卢思明出席。", "部长", "卢思明"),
])
def test_a_heads_title_glued_to_the_name_after_it(text, title, name):
    mentions = extract_mentions(View.of(text), Context())
    assert title in [m.text for m in mentions if m.type == "TITLE"]
    assert name in [m.text for m in mentions if m.type == "PER"]


# A function word that may open the words before a title (经, 为, 据) is not the first character of a word the
# tagger reads whole (经济研究所, 为民服务公司: the body's name); a list's 和 stays a conjunction.
@pytest.mark.parametrize("text, expected", [
    ("经济研究所所长王海说，", [("王海", "所长", "经济研究所")]),
    ("为民服务公司经理李刚说，", [("李刚", "经理", "为民服务公司")]),
    ("据经济日报记者张华报道，", [("张华", "记者", "经济日报")]),
    ("由公司董事长王强主持。", [("王强", "董事长", None)]),
])
def test_function_words_not_inside_a_word(text, expected):
    assert posts_of(text, date="1998-01-08") == expected


# 首位 (the first ever) qualifies the post after it, as 首任 does.
def test_the_first_ever_holder():
    text = "会议任命李明为青山协会首位常务副会长。"
    assert posts_of(text, date="1998-01-13") == [
        ("李明", "常务副会长", "青山协会")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head word's last character and its head's title read as one word (宣教 + 处处长/v): the title at
        # its end, whatever the tagger's tag
        ("宣教处处长刘欣堂出席。", [("处长", "处长")]),
        ("办公室主任、宣教处处长刘欣堂出席。", [("主任", "主任"), ("处长", "处长")]),
    ],
)
def test_a_heads_title_doubling_its_bodys_last_character(text, expected):
    assert _titles(text) == expected
