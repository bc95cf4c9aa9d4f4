"""A member or an alternate member of the Central Committee written with no party (kg/rules/titles/titles.txt,
kg/rules/posts/roles.tsv 中央委员, 中央候补委员: of 中共中央), and a term before the post written without 第
(kg/extract/appointments.py _ORDINAL: 为十八届中央委员); every sentence made up. A democratic party's
中央委员 (民盟中央委员, 越共中央委员) is of that party's central committee."""
import pytest

from tests.kgread import posts_of

CC = "中国共产党中央委员会"


@pytest.mark.parametrize("text, post", [
    ("其中，李国强为十八届中央委员。", ("李国强", "委员", CC)),
    ("赵海、钱文为十九届中央委员。", ("钱文", "委员", CC)),
    ("中央委员、省委书记孙立平出席会议。", ("孙立平", "委员", CC)),
    ("中央候补委员、省长周明远出席会议。", ("周明远", "候补委员", CC)),
    # ... and with the party written, after a verb too
    ("李海峰现任第二十届中共中央委员。", ("李海峰", "委员", CC)),
    ("中共中央委员、省委书记孙立平出席会议。", ("孙立平", "委员", CC)),
])
def test_a_central_committee_member(text, post):
    assert post in posts_of(text, date="2017-01-20")


@pytest.mark.parametrize("text, post", [
    ("民盟中央委员吴华出席会议。", ("吴华", "委员", "中国民主同盟中央委员会")),
    ("会见越共中央委员、河内市委书记阮文明。", ("阮文明", "委员", "越南共产党中央委员会")),
])
def test_another_partys_central_committee_member(text, post):
    assert post in posts_of(text, date="2017-01-20")
