"""A post whose body is written as its head word alone (委员会主任) is of the body the text last named
with that word (made-up texts); 该委员会 points back at it; a name the NER did not read leaves the post as
written."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("国务院学位委员会和农业部今天在京联合成立青山省妇女儿童工作委员会。该委员会是全国性的专业组织。"
     "委员会主任由农业部副部长王大明担任。", ("王大明", "主任", "青山省妇女儿童工作委员会")),
    ("国务院学位委员会和农业部今天在京联合成立全国工程硕士专业学位教育指导委员会。委员会主任由农业部副部长"
     "王大明担任。", ("王大明", "主任", "工程硕士专业学位教育指导委员会")),
])
def test_a_head_word_alone_is_the_body_named_with_it(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_a_body_the_ner_missed_is_not_replaced_by_another():
    posts = posts_of("国家教委和财政部今天在京联合成立全国中药材标准化技术委员会。"
                     "该委员会是全国性的专业组织。"
                     "委员会主任由财政部副部长王大明担任。", date="1998-01-12")
    assert ("王大明", "主任", "国家教育委员会") not in posts
