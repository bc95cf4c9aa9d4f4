"""The name between a post's title and the 时 of a meeting's words (kg/extract/people.py _met_when; every
sentence made up): 会见 + a foreign state's title + a name the tagger reads as a common noun, glued to 时说
(瓦力/n + 时说/n); no name from a rank, a couple or a delegation after the title."""
import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("李鹏今天在会见泰国外长素林时说，两国是邻邦。", ("素林", "外长", "泰国外交部")),
    ("朱镕基在会见老挝副总理坎代时表示，两国合作良好。", ("坎代", "副总理", "老挝")),
])
def test_a_name_before_the_when_of_a_meeting(text, post):
    assert post in posts_of(text, date="1998-01-09", publisher="人民日报")


@pytest.mark.parametrize("text", [
    "李鹏在会见日本部长级官员时说，两国是邻邦。",
    "李鹏在会见泰国总理夫妇时说，两国是邻邦。",
    "李鹏在会见泰国外长一行时说，两国是邻邦。",
])
def test_no_name_from_words_after_the_title(text):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == []


def test_a_visits_verb_glued_to_a_dotted_name_is_no_part_of_it():
    # the tagger glues 访 to the name's last part (…迪访/nr + 巴/ns): 访 starts the word after a name
    posts = posts_of("伊朗特使阿里·布鲁杰迪访巴，两国达成共识。", date="1998-01-09", publisher="人民日报")
    assert any(p == "阿里·布鲁杰迪" for p, _, _ in posts)
