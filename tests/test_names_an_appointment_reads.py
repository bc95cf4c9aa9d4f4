"""Made-up texts: the person an appointment decision names (people/patterns per.decision:
决定任命X为…) is read after the last appointing word (决定 + 任命 + 李为民: not 任命李, a
surname's character opening the verb), so a given name opening with 为 is whole (李为民,
侯为东); and a name of three it reads is that name wherever the text writes it again (rule
per.repeat), where the tagger cuts it (侯 + 为东同志不再担任, 王明 + 宪离)."""
from __future__ import annotations

import pytest

import kg
from tests.kgread import posts_of

_PLACE = "鄂尔多斯市"


@pytest.mark.parametrize("text, post", [
    ("会议决定任命李为民为鄂尔多斯市人民政府副市长。", ("李为民", "副市长", "鄂尔多斯市人民政府")),
    ("会议决定任命侯为东为市人民政府副市长。侯为东同志不再担任市委常委职务。",
     ("侯为东", "常委", "中共鄂尔多斯市委员会")),
])
def test_posts(text, post):
    assert post in posts_of(text, date="2024-05-01", place=_PLACE)


@pytest.mark.parametrize("text, name, at", [
    ("会议决定任命侯为东为市人民政府副市长。侯为东同志不再担任市委常委职务。", "侯为东", 19),
    ("会议选举王明宪为省人民政府省长。2021年1月，王明宪离鲁入皖，任省委副书记。", "王明宪", 24),
])
def test_names(text, name, at):
    assert (name, at) in [(m.text, m.start) for m in kg.extract(text, place=_PLACE) if m.type == "PER"]
