"""A body the NER missed written as the end of an organisation named before (同乡总会 + 名誉理事长) is that
organisation when one body named before ends so, and none of them when two do (世界X同乡总会 …
菲律宾X同乡总会): the body as written. Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("菲律宾青禾同乡总会会长林国华致辞。同乡总会名誉理事长王建平讲话。",
     [("林国华", "会长", "菲律宾青禾同乡总会"), ("王建平", "名誉理事长", "菲律宾青禾同乡总会")]),
    ("世界青禾同乡总会会长陈志明出席，菲律宾青禾同乡总会会长林国华致辞。同乡总会名誉理事长王建平讲话。",
     [("陈志明", "会长", "世界青禾同乡总会"), ("林国华", "会长", "菲律宾青禾同乡总会"),
      ("王建平", "名誉理事长", "同乡总会")]),
])
def test_bodies_ending_alike(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="新华网") == expected
