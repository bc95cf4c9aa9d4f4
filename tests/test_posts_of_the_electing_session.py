"""An election's post written with no body is of the body whose session elects it: a CPPCC committee's chair
and vice-chairs, a party committee's plenary's secretaries, a people's congress's standing committee's head
(made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("政协河北省第八届委员会第一次会议今天选举王大明为主席，李小平、张建国为副主席。",
     ("张建国", "副主席", "中国人民政治协商会议河北省委员会")),
    ("中国共产党河北省第六届委员会第一次全体会议选举王大明为书记，李小平、张建国为副书记。",
     ("李小平", "副书记", "中国共产党河北省委员会")),
    ("河北省第九届人民代表大会第一次会议今天选举王大明为主任，李小平为副主任。",
     ("李小平", "副主任", "河北省人民代表大会常务委员会")),
])
def test_the_body_of_the_session(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_a_post_the_session_does_not_elect_gets_none():
    posts = posts_of("政协河北省第八届委员会第一次会议今天选举王大明为书记。", date="1998-01-12")
    assert all(org is None for _, _, org in posts)
