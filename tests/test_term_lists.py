"""A body written with the list of terms a person served in (政协第四、五、六届全国委员会) is the body, keyed
without its terms, as it is with one term (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("他曾任政协第三、四、五届全国委员会副主席周大海。", [("周大海", "副主席", "政协全国委员会")]),
    ("王大明是中共第十一、十二届中央委员会委员。", [("王大明", "委员", "中国共产党中央委员会")]),
    ("王大明任湖北省第七、八届人大常委会副主任。", [("王大明", "副主任", "湖北省人民代表大会常务委员会")]),
    # one term, as before
    ("政协第五届全国委员会副主席周大海出席。", [("周大海", "副主席", "政协全国委员会")]),
])
def test_a_list_of_terms_in_a_bodys_name(text, expected):
    assert posts_of(text, date="1998-01-07", publisher="人民日报") == expected
