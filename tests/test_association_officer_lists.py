"""Made-up texts: an association's officers listed under its name written once: a league of hometown
associations (联乡会, orgs/suffixes) is a body; a form of address after a name (先生, 女士) still joins the
list; the posts several members hold (理事, 监事, 荣誉会长) go to each name after them; a standing
member (常务理事, 常务秘书长) is of the body its plain members are (posts/words serving), while a standing
committee's 常务委员 stays a post of its own kind of body."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

_LIST = ("参加的青山同乡会理事计:副理事长邱大桂、张志鸿、常务秘书长陈大深、常务理事陆大真、王志上、"
         "理事陈大强、林志铭。")
_ADDRESSED = "东岭联乡会会长王大锐先生、副会长肖大金先生、黄志彬女士,秘书长李大佳及各位理事出席。"


@pytest.mark.parametrize("text, post", [
    ("菲律宾青山联乡会会长王大锐率团访问。", ("王大锐", "会长", "菲律宾青山联乡会")),
    (_ADDRESSED, ("黄志彬", "副会长", "东岭联乡会")),
    (_ADDRESSED, ("李大佳", "秘书长", "东岭联乡会")),
    (_LIST, ("陈大深", "常务秘书长", "青山同乡会")),
    (_LIST, ("陆大真", "常务理事", "青山同乡会")),
    (_LIST, ("王志上", "常务理事", "青山同乡会")),
    (_LIST, ("林志铭", "理事", "青山同乡会")),
    ("西山商会荣誉会长赵大平、钱志安出席。", ("钱志安", "荣誉会长", "西山商会")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01")


def test_standing_committee_member_of_its_committee():
    text = ("大会宣布了选举结果,张大邦当选为政协青山市东城区第十五届委员会副主席,"
            "冯大燕等18名同志当选为常务委员。")
    assert ("冯大燕", "常务委员", "政协青山市东城区委员会") in posts_of(text, date="2024-05-01")
