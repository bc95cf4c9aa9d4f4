"""A veteran's life told in an obituary (张三同志1910年出生于…): its sentences and their clauses
that open with a verb of a post and no subject (，任…; 后任…; 因…，调任…) are its person's, in every
paragraph; the bodies of such careers by their full names: a county's youth league committee (X县团委:
中国共产主义青年团X县委员会), a special committee of the party (X特委: 中共X特别委员会), the central
committee's bureaus (华北局, X中央局), its advisory commission (中顾委), the party school of the chain's
body (华北局…党校). Made-up lives."""
import pytest
from kgread import posts_of

_HEAD = "王立新同志生平\n王立新同志１９１１年３月出生于陕西省绥德县一个农民家庭。"


@pytest.mark.parametrize("text, expected", [
    (_HEAD + "１９２７年加入中国共产主义青年团，任绥德县团委委员、宣传部长等职。",
     [("王立新", "委员", "中国共产主义青年团绥德县委员会"),
      ("王立新", "部长", "中国共产主义青年团绥德县委员会宣传部")]),
    (_HEAD + "后任清涧县团委书记。", [("王立新", "书记", "中国共产主义青年团清涧县委员会")]),
    (_HEAD + "１９２９年转为中共党员，任陇东特委秘书长，同李明华等同志一起开展斗争。",
     [("王立新", "秘书长", "中共陇东特别委员会")]),
    (_HEAD + "\n１９３７年，王立新同志到绥东前线。因被通缉，调任中共天津市委副书记。",
     [("王立新", "副书记", "中共天津市委员会")]),
    # another person named before the clause: not the life's person's
    (_HEAD + "１９３０年，赵建民任陇东特委书记。", [("赵建民", "书记", "中共陇东特别委员会")]),
])
def test_clauses_of_a_life(text, expected):
    assert posts_of(text, date="1998-01-07", publisher="人民日报") == expected


@pytest.mark.parametrize("text, expected", [
    ("张国华担任华北局常委兼组织部部长。",
     [("张国华", "常委", "中国共产党中央委员会华北局"),
      ("张国华", "部长", "中国共产党中央委员会华北局组织部")]),
    ("张国华任中共晋冀鲁豫中央局副书记。", [("张国华", "副书记", "中国共产党中央委员会晋冀鲁豫中央局")]),
    ("在党的十二大上，张国华当选为中央顾问委员会常委。", [("张国华", "常委", "中国共产党中央顾问委员会")]),
    ("张国华任华北局常委、党校校长。",
     [("张国华", "常委", "中国共产党中央委员会华北局"),
      ("张国华", "校长", "中国共产党中央委员会华北局党校")]),
])
def test_bodies_of_party_careers(text, expected):
    assert posts_of(text, date="1998-01-07", publisher="人民日报") == expected
