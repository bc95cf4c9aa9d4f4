"""A manager's or head's post written right after a body's kind word alone (饭店总经理, 书店副经理) is of the
last body of that kind the article named before it; a name the tagger glued to the verb after it (X饰Y: an
actor plays; 给X记二等功) holds its post whole (made-up sentences)."""
from __future__ import annotations

import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("北京长城饭店昨天举行联谊会。饭店总经理王大明说，要办好服务。", ("王大明", "总经理", "北京长城饭店")),
    ("北京长城饭店昨天举行联谊会，饭店总经理王大明先生和副总经理李小红先生讲话。",
     ("李小红", "副总经理", "北京长城饭店")),
])
def test_the_kind_word_names_the_body_named_before(text, expected):
    assert expected in posts_of(text)


def test_no_body_of_the_kind_named_before():
    assert ("王大明", "总经理", None) in posts_of("昨天举行联谊会。饭店总经理王大明说，要办好服务。")


@pytest.mark.parametrize("text, expected", [
    ("省高院给北票市法院记集体二等功，给院长王景龙记个人二等功。", ("王景龙", "院长", "北票市人民法院")),
    ("曾任许昌市豫剧团团长的任宏昌饰刘罗锅。", ("任宏昌", "团长", "许昌市豫剧团")),
])
def test_a_name_glued_to_the_verb_after_it(text, expected):
    assert expected in posts_of(text)
