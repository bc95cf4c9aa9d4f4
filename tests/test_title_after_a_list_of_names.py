"""A title written after a list of names (张三、李四副省长; 张三、李四两位副省长) is each name's when a
list shares it (a deputy) or a count of the people stands before it; a head's title after two names
(张三、李四书记) stays the last name's (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("河北省委书记王建国主持会议，李明、张华两位副省长讲了话。", ("李明", "副省长", "河北省人民政府")),
    ("河北省委书记王建国主持会议，李明、张华两位副省长讲了话。", ("张华", "副省长", "河北省人民政府")),
    ("河北省委书记王建国主持会议，李明、张华副省长讲了话。", ("李明", "副省长", "河北省人民政府")),
    ("河北省委书记王建国主持会议，李明、张华和刘强副省长讲了话。", ("张华", "副省长", "河北省人民政府")),
])
def test_a_title_after_a_list_is_each_names(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_a_heads_title_after_two_names_is_the_last_ones():
    posts = posts_of("河北省委书记王建国主持会议，李明、张华书记讲了话。", date="1998-01-12")
    assert all(person != "李明" for person, _, _ in posts)
