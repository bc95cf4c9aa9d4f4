"""A street's party committee written 党委 (南湖街道党委书记; 街道党委副书记 after the street is named) is
the street's 委员会 (中共南湖街道委员会: ``posts/place-posts``, the row of the post with its written body),
not the 工作委员会 of a 党工委 nor no body. Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("城南街道党委副书记孙立平出席。", [("孙立平", "副书记", "中共城南街道委员会")]),
    # the street named in a sentence before, its committee written 街道党委
    ("上午，青禾街道召开会议。街道党委书记周建国主持会议。", [("周建国", "书记", "中共青禾街道委员会")]),
    ("青禾街道人大工委主任沈秀兰主持会议，街道党委副书记、综治工作分管领导郑国平出席。",
     [("沈秀兰", "主任", "青禾街道人大工委"), ("郑国平", "副书记", "中共青禾街道委员会")]),
    # a 党工委 stays a 工作委员会, written or not
    ("青禾街道党工委副书记孙立平出席。", [("孙立平", "副书记", "中共青禾街道工作委员会")]),
    ("青禾街道召开会议，街道党工委书记周建国主持。", [("周建国", "书记", "中共青禾街道工作委员会")]),
    # a party post written after 街道 with no body: the street's, as after its name (南湖街道书记)
    ("青禾街道召开会议，街道书记周建国主持。", [("周建国", "书记", "中共青禾街道工作委员会")]),
    # a town's committee, as before
    ("青禾镇党委书记周建国出席。", [("周建国", "书记", "中共青禾镇委员会")]),
])
def test_street_party_committee(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="新华网") == expected
