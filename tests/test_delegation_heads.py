"""Made-up texts: a delegation head's post written right after the delegation's head word (代表团团长,
河北省代表团副团长) is of the delegation named so, or of the one the article named last before it; a bare 团长
(随同团长X) stays with no body, as People's Daily gives a delegation's head no post."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

_SHANXI = ("十四届全国人大一次会议山西代表团举行全体会议。"
           "代表团团长蓝大安主持会议，代表团副团长金大军、罗小宇出席。")
_HEBEI = "出席十四届全国人大二次会议的河北省代表团召开全体会议。河北省代表团团长、省委书记倪大峰主持会议。"


@pytest.mark.parametrize("text, post", [
    (_SHANXI, ("蓝大安", "团长", "山西代表团")),
    (_SHANXI, ("罗小宇", "副团长", "山西代表团")),
    (_HEBEI, ("倪大峰", "团长", "河北省代表团")),
    (_HEBEI, ("倪大峰", "书记", "中共河北省委员会")),
])
def test_heads(text, post):
    assert post in posts_of(text, date="2024-03-04")


def test_bare_head():
    posts = posts_of("他作为中共中央代表团团员，随同团长朱大德同志出访苏联。", date="1998-01-07")
    assert ("朱大德", "团长", None) in posts
