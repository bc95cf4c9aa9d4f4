"""Words the tagger joins across a name's edge (session 36, made-up sentences): a verb phrase its dictionary
tags as a name after a title written after a name (领事 + 应邀出席/nr); a name's last character 华 read with
the verb 为 as the company 华为 (刘国 + 华为/nr + 商会会长); 就任, a verb that starts a post."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("宏达商会王明会长应邀出席。", [("王明", "会长", "宏达商会")]),
    ("中国驻德国大使馆吴强领事应邀出席。", [("吴强", "领事", "中华人民共和国")]),
])
def test_verb_phrase_tagged_as_a_name(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("刘国华为宏达商会会长。", [("刘国华", "会长", "宏达商会")]),
    ("孙明华为宏达商会副会长。", [("孙明华", "副会长", "宏达商会")]),
])
def test_name_glued_to_wei(text, expected):
    assert posts_of(text) == expected


def test_taking_office():
    assert posts_of("王景华就任宏达商会会长。") == [("王景华", "会长", "宏达商会")]


def test_body_between_a_chain_and_the_name_of_a_title_after():
    # 主席、<body> + name + 会长: the body written after the chain's last title is of the title after the name
    assert posts_of("宏达集团董事长、华润集团王明总经理出席。") == [
        ("王明", "董事长", "宏达集团"), ("王明", "总经理", "华润集团")]


def test_whom_the_new_holder_succeeds():
    # 王明接替 + 李强 + 出任: 李强 is succeeded, the post told after him is not his
    assert posts_of("王明接替李强出任宏达集团董事长。") == []
