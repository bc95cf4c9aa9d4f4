"""Made-up texts: a member of a body's party group written alone (党组成员, 党组副书记: posts/roles
{上级}党组) in the sentence of a post of such a group named before it is of that group (市人大常委会党组书记、
主任A主持会议，党组成员B、C出席: the committee's party group); with no group's post named before, none is
guessed (kg/extract/posts/bodies.py ``group_of_listed``)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("市人大常委会党组书记、主任赵国强主持会议，党组成员钱大勇、孙明出席会议。",
     ("孙明", "党组成员", "青山市人民代表大会常务委员会党组")),
    ("市人大常委会党组书记、主任赵国强主持会议，党组成员钱大勇、孙明出席会议。",
     ("钱大勇", "党组成员", "青山市人民代表大会常务委员会党组")),
    ("市政府党组书记、市长陈立新主持召开市政府党组会议，党组成员徐东、马明出席。",
     ("马明", "党组成员", "青山市人民政府党组")),
    ("县政协党组书记、主席吴海主持会议，党组成员郑小兵、王立出席。", ("王立", "党组成员", "县政协党组")),
])
def test_members_of_the_group_named_before(text, post):
    assert post in posts_of(text, date="2024-01-20", place="青山市")


def test_no_group_named_before():
    posts = posts_of("县委书记赵国强主持会议，党组成员钱大勇出席。", date="2024-01-20", place="青山市")
    assert ("钱大勇", "党组成员", None) in posts
