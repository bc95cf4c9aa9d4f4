"""Made-up texts: a company named in full and written again by its brand and its group or company word
alone (青峰集团 of 温州青峰电器集团有限公司, 宏达公司 of 宏达电子有限公司) is that company: a post written
with the short name is of the company in full; a short name two companies share stays as written."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("温州青峰电器集团有限公司研制的新产品投放市场。青峰集团总经理陈大新介绍说，销路很好。",
     ("陈大新", "总经理", "温州青峰电器集团有限公司")),
    ("宏达电子有限公司去年盈利三千万元。宏达公司董事长王大伟说，今年还要增产。",
     ("王大伟", "董事长", "宏达电子有限公司")),
]


@pytest.mark.parametrize("text,post", CASES)
def test_the_short_name_is_the_company(text, post):
    assert post in posts_of(text, date="1998-01-10")


def test_two_companies_of_one_brand():
    posts = posts_of("宏达电子有限公司和宏达机械有限公司签约。宏达公司董事长王大伟说，合作顺利。",
                     date="1998-01-10")
    assert all(org not in ("宏达电子有限公司", "宏达机械有限公司") for _, _, org in posts)
