"""A speaker written after a foreign state holds the post in its parliament, by its name when the article
gives it, else the state's 议会 (爱沙尼亚议长 -> 爱沙尼亚议会); a chargé d'affaires heads the mission, so
holds the state's post as an ambassador does (posts/words envoy-head); a title a verb gives the name before
it (王五 + 当选 + 省人大主任) is no title of the name after it, and the name's post ends before that name
(two headlines run together)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("副总理今天会见了爱沙尼亚议长托马斯·萨维一行。", [("托马斯·萨维", "议长", "爱沙尼亚议会")]),
    ("伊拉克国民议会今天开会。伊拉克议长哈马迪出席。", [("哈马迪", "议长", "伊拉克国民议会")]),
    ("美国驻华大使馆临时代办史密斯参加会见。", [("史密斯", "临时代办", "美国")]),
    ("王建明当选湖北省人大主任李国强当选湖北省省长",
     [("王建明", "主任", "湖北省人民代表大会常务委员会"), ("李国强", "省长", "湖北省人民政府")]),
    # (a list after the verb: the item after the 、 is the next name's title)
    ("由市外办主任王明担任领队、青山商会会长李华担任团长的考察团一行来访。",
     [("王明", "主任", "市人民政府外事办公室"), ("王明", "领队", None), ("李华", "会长", "青山商会"),
      ("李华", "团长", None)]),
])
def test_speakers_envoys_and_headlines(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected
