"""A town of the list (places/towns) the tagger cut up is still the town: after a word of one character the
tagger glued to its first character (为青 + 山镇: places/affixes town-glue), or opening with a count word
before more than one word (三/m + 和/c + 镇); a word of one character before a word of the tagger's (新 +
城镇, 小城镇) stays no town. A person elected with a note in brackets after the name (张三同志(女)全票当选为)
holds the post. Made-up sentences."""
from __future__ import annotations

import pytest
from kgread import posts_of

from kg.extract.context import Context
from kg.extract.places import extract_places
from kg.nlp.normalize import View


@pytest.mark.parametrize("text, towns", [
    ("李建华当选为青山镇人民政府镇长。", ["青山镇"]),  # 为青 + 山镇
    ("会议选举李建华为三和镇镇长。", ["三和镇"]),  # 为 + 三/m + 和/c + 镇
    ("9月30日，李建华到三和镇调研。", ["三和镇"]),
    ("李建华在三和镇调研。", ["三和镇"]),
    ("发展小城镇建设。", []),  # a word of the tagger's
    ("推进新城镇化建设。", []),
])
def test_towns_the_tagger_cut(text, towns):
    got = [m.text for m in extract_places(View.of(text), Context()) if m.rule == "places.town-list"]
    assert got == towns


@pytest.mark.parametrize("text, expected", [
    ("会议选举李建华为三和镇镇长。", ("李建华", "镇长", "三和镇人民政府")),
    ("李建华同志全票当选为青山镇人民政府镇长。", ("李建华", "镇长", "青山镇人民政府")),
    ("经过无记名投票，王秀梅同志(女)全票当选为和平镇人民政府镇长。", ("王秀梅", "镇长", "和平镇人民政府")),
    ("王秀梅同志（女）当选为和平镇人民政府副镇长。", ("王秀梅", "副镇长", "和平镇人民政府")),
])
def test_elected_to_a_town(text, expected):
    assert expected in posts_of(text, date="2018-09-30")
