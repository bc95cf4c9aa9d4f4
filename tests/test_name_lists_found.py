"""kg.extract.people._lists_in: the lists of names of a text, tried only at the starts a separator closes
within an item and its note, are those ``finditer`` finds trying every start (made-up texts)."""
from __future__ import annotations

import re

import pytest

from kg.extract import people

TEXTS = [
    "出席会议的有张三、李四、王五等。",
    "张三（女）、李四(满族)、王五（维吾尔族）出席。",
    "副主席王明、次仁卓嘎、洛桑丹增、克尤木巴吾东讲话。",
    "有江泽民 李鹏 朱镕基参加，另有赵六、钱七。",
    "、张三、李四",
    "张三、",
    "甲乙丙丁戊己庚辛壬癸子丑寅卯辰、巳午、未申",
    "一、二、三、四 五 六",
    "记者 张三 李四 王五摄",
    "没有名单的一段话，很长很长很长很长很长很长的话。",
    "张三、李四（女）、（男）、王五 、赵六  钱七",
    "王五（维吾尔族）、张三（女）出席。",
    "会见克尤木巴吾东（维吾尔族） 阿不都热合曼时说",
    "",
]


def _every_start(text: str, translit: frozenset[str]) -> list[tuple[int, int]]:
    return [m.span() for m in people._list_patterns(translit)[0].finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_lists_are_those_found_trying_every_start(text):
    translit = people.name_lexicon(None).translit
    people._lists_in.cache_clear()
    assert [m.span() for m in people._lists_in(text, translit)] == _every_start(text, translit)


def test_no_item_and_its_note_are_longer_than_the_head_tried_before_a_separator():
    translit = people.name_lexicon(None).translit
    head = people._list_patterns(translit)[1].pattern  # an item and its note
    assert re._parser.parse(head).getwidth()[1] <= people._LIST_HEAD
