"""On a company's own page (it names its company 集团公司, 本公司), a company named as a guest
(X集团董事长A一行, 会见了到访的Y集团, made-up texts) is not the one its word for itself names: posts
written with 集团公司 and no name are not the guest's, but the host's the page names, else of no company
the text names."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, person", [
    ("青山钢铁集团董事长王强一行来集团交流座谈。集团公司董事长、党委书记李明会见了王强一行。", "李明"),
    ("集团公司党委书记、董事长李明会见了到访的青山钢铁集团党委书记、董事长王强，集团公司副总经理赵刚参加会见。",
     "赵刚"),
    ("应集团公司邀请，青山重工集团总经理王强一行到集团公司座谈。集团公司总经理李明表示，将与重工集团深化合作。",
     "李明"),
])
def test_a_post_of_the_company_page_is_not_the_guests(text, person):
    posts = posts_of(text, date="2023-05-10", publisher="qsgroup.cn")
    assert all("青山" not in (org or "") and "重工" not in (org or "") for p, _, org in posts if p == person)


def test_the_host_the_page_names():
    text = ("青山钢铁集团董事长王强一行来集团交流座谈。集团公司董事长、党委书记李明会见了王强一行。"
            "李明说，白水投资集团作为市属平台企业，愿与青山钢铁集团深化合作。")
    assert ("李明", "董事长", "白水投资集团") in posts_of(text, date="2023-05-10", publisher="qsgroup.cn")


def test_a_guest_company_on_a_city_page_is_still_named():
    posts = posts_of("市长会见了来访的青山钢铁集团董事长王强一行，集团副总经理赵刚参加。", date="2023-05-10",
                     place="白水市", publisher="白水日报")
    assert ("赵刚", "副总经理", "青山钢铁集团") in posts
