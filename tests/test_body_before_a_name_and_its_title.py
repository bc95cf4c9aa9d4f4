"""A body the NER missed written right before a name whose title follows it (菲华青禾总会 + 李国华 + 会长) is
the title's body when the title heads a body of its kind (会长, 理事长 of a 会: posts/words
``school-officer``), as one opening with its place is. Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("总领事张立，菲华青禾总会李国华会长，旅菲青禾商会陈明理事长出席。",
     [("张立", "总领事", None), ("李国华", "会长", "菲华青禾总会"), ("陈明", "理事长", "旅菲青禾商会")]),
    # no name before the head word: none
    ("来自各地的商会李国华会长出席。", [("李国华", "会长", None)]),
])
def test_body_before_a_name(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="新华网") == expected
