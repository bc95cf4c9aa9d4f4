"""A Uyghur, Tibetan or Mongolian name of four to six characters written without a dot right after a post's
title, which the tagger cuts into pieces of any tag (阿合 + 买 + 提江): the whole name holds the post, up to a
delimiter or a word that follows a name (made-up sentences)."""
from __future__ import annotations

import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, person, role", [
    ("自治区副主席阿合买提江出席会议。", "阿合买提江", "副主席"),
    ("州长阿合买提江说，今年要抓好农业。", "阿合买提江", "州长"),
    ("自治区副主席克尤木巴吾东出席会议。", "克尤木巴吾东", "副主席"),
])
def test_the_whole_name_holds_the_post(text, person, role):
    assert (person, role) in {(p, r) for p, r, _ in posts_of(text)}


def test_a_lone_adverb_after_a_name_is_none_of_it():
    """外交大臣 + 沃勒贝克 + 都: 都, a minority name's syllable too, is an adverb here."""
    people = {p for p, _, _ in posts_of("挪威外交大臣沃勒贝克都表示支持。")}
    assert "沃勒贝克都" not in people


@pytest.mark.parametrize("text, people", [
    ("自治区副主席王乐泉、克尤木巴吾东、努尔白克力出席会议。", ["王乐泉", "克尤木巴吾东", "努尔白克力"]),
    ("自治区副主席克尤木巴吾东、努尔白克力、王乐泉出席会议。", ["克尤木巴吾东", "努尔白克力", "王乐泉"]),
    ("副主席王乐泉、克尤木巴吾东出席会议。", ["王乐泉", "克尤木巴吾东"]),
])
def test_five_and_six_characters_in_a_list_after_a_post(text, people):
    """A list after a post's title may hold undotted names of five or six characters, each whole."""
    assert [p for p, _, _ in posts_of(text)] == people
