"""Made-up texts: a city's body written by its level alone (市政府副秘书长) whose sentence opens a clause
with another city than the page's home (南昌组织了以市政府副秘书长X为团长的慰问团) is that city's body; with
no other city opening a clause, or with the home city named in the sentence, it stays the home's."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

HOME = "本报九江１月５日讯 九江市委、市政府昨天向灾区发出慰问电。九江市委、市政府表示全力支援。\n"


def test_the_city_opening_the_clause():
    text = HOME + "本报南昌１月５日电 同日，南昌组织了以市政府副秘书长周建华为团长的慰问团，带去救灾物资。"
    assert ("周建华", "副秘书长", "南昌市人民政府") in posts_of(text, date="1998-01-05")


def test_the_home_city_named_in_the_sentence():
    text = HOME + "同日，南昌和九江组织了以市政府副秘书长周建华为团长的慰问团。"
    assert ("周建华", "副秘书长", "南昌市人民政府") not in posts_of(text, date="1998-01-05")


def test_a_city_after_a_preposition():
    text = HOME + "同日，在南昌召开的会上，市政府副秘书长周建华作了报告。"
    assert ("周建华", "副秘书长", "南昌市人民政府") not in posts_of(text, date="1998-01-05")


# ... or a city's own body opening the sentence (天水市委书记A致辞，市长B主持), in a page of another city; not
# another body named with a city (上海交通大学校长A: no city's body), nor the home city's own
OWN_BODY = [
    ("天水市委书记王立新致辞，市长李小华主持。", ("李小华", "市长", "天水市人民政府")),
    ("金昌市委副书记、市长王大明致辞并作推介，市人大常委会主任高立国、市政协主席陈文华出席。",
     ("高立国", "主任", "金昌市人民代表大会常务委员会")),
    ("金昌市委副书记、市长王大明致辞并作推介，市人大常委会主任高立国、市政协主席陈文华出席。",
     ("陈文华", "主席", "中国人民政治协商会议金昌市委员会")),
    ("天水市人民政府副市长王立新致辞，市政协主席李小华出席。",
     ("李小华", "主席", "中国人民政治协商会议天水市委员会")),
]


@pytest.mark.parametrize("text,post", OWN_BODY)
def test_a_city_s_own_body_opening_the_sentence(text, post):
    assert post in posts_of(text, date="2024-05-01", place="甘肃省兰州市")


@pytest.mark.parametrize("text,post", [
    ("上海交通大学校长王立新致辞，市长李小华主持。", ("李小华", "市长", "兰州市人民政府")),
    ("兰州市委书记王立新致辞，市长李小华主持。", ("李小华", "市长", "兰州市人民政府")),
    # ... nor the hosts receiving the guest city's leader (陪同, 接待: posts/words host)
    ("天水市委书记王立新带队，市委书记周平、市长李小华陪同。", ("李小华", "市长", "兰州市人民政府")),
    ("天水市委书记王立新来访，市长李小华接待。", ("李小华", "市长", "兰州市人民政府")),
    ("金昌市委书记王立新讲话，市委书记周平、市政协主席李小华陪同。",
     ("李小华", "主席", "中国人民政治协商会议兰州市委员会")),
])
def test_no_other_city_s_body(text, post):
    assert post in posts_of(text, date="2024-05-01", place="甘肃省兰州市")
