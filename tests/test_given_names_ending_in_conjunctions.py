"""Made-up texts: a given name of three whose last character is the conjunction 和 (people/next_word_chars
``given``) after a post's title, before a verb that follows a name or that meets someone (会见, 看望), a
list's conjunction standing alone or a delimiter, is read whole (局长林庆和 + 会见: a conjunction joins no
verb); before a name, or a word the conjunction starts (与会), 和 joins a list and the name keeps two."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


def people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-01").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("市外事办公室主任郑宁和会见了来访的客人。", "郑宁和"),
    ("省工商联副主席吴同和与企业家代表座谈。", "吴同和"),
    ("县工业协会会长韩志和出席会议并讲话。", "韩志和"),
    ("市文旅局局长邵春和看望了一线职工。", "邵春和"),
    ("协会秘书长钱永和，副秘书长孙立出席。", "钱永和"),
])
def test_read_whole(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text, names", [
    ("副市长李明和王强出席会议。", ["李明", "王强"]),
    ("市长李明和与会代表座谈。", ["李明"]),
])
def test_the_conjunction_joins(text, names):
    assert people(text) == names


@pytest.mark.parametrize("text, name", [
    # anywhere: a name of two the tagger reads, then 和 and a delimiter, a closing bracket or a verb
    ("他先讲了讲来历。（张永和）画完以后，大家都很满意。", "张永和"),
    ("从史学的角度，郝文和表示这段历史值得研究。", "郝文和"),
])
def test_read_whole_before_a_delimiter_or_a_verb(text, name):
    assert name in people(text)


def test_a_list_joined_by_he():
    assert people("江泽民和李鹏出席。") == ["江泽民", "李鹏"]


def test_he_before_an_attribute():
    assert "李仪" in people("会后，李仪和来访的客人合影留念。")
