"""A province or state the gazetteer does not know, written right before the post of its level's
government (巴厘省 + 省长, X州 + 州长): another country's (the gazetteer knows every Chinese province and
prefecture), the post is that place's, not a government of the publisher's province; a foreign state and a
place of up to eight characters before a city's or state's post, the same. Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import article_of


@pytest.mark.parametrize("text, person, expected", [
    ("当天,马鲁古省省长阿里夫出席。", "阿里夫", [("省长", "马鲁古省")]),
    ("马鲁古省副省长阿里夫、北苏门答腊省省长鲍比出席。", "鲍比", [("省长", "北苏门答腊省")]),
    ("南非林波波省副省长布朗出席。", "布朗", [("副省长", "林波波省")]),
    ("巴西南里奥格兰德州代理州长马科斯出席。", "马科斯", [("代理州长", "南里奥格兰德州")]),
    # a Chinese province the NER reads, or one written with a word before it, keeps its government
    ("原河北省省长张建国出席。", "张建国", [("省长", "河北省人民政府")]),
    ("时任河北省省长张建国出席。", "张建国", [("省长", "河北省人民政府")]),
    ("黔东南州州长张建国出席。", "张建国", [("州长", "黔东南苗族侗族自治州人民政府")]),
    ("该省省长张建国出席。", "张建国", [("省长", "广东省人民政府")]),
])
def test_a_province_abroad_before_its_heads_post(text, person, expected):
    r = article_of(text, date="2025-06-14", place="广州市")
    assert [(m.role, m.organization) for m in r.memberships if m.person.text == person] == expected
