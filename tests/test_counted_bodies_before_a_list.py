"""A head's title written after a count of bodies (三家附属医院院长A、B、C: ``posts/words`` count) is held by
each name of the list after it, each the head of one of the bodies, named without the count (附属医院);
a place's name with such characters (五家渠市) is no count, nor a name's before a name alone or a list of
names with titles of their own (八家岭有限责任公司董事长A、副董事长B). Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("青禾大学三家附属医院院长王立、李强、张华参加会议。",
     [("王立", "院长", "青禾大学附属医院"), ("李强", "院长", "青禾大学附属医院"),
      ("张华", "院长", "青禾大学附属医院")]),
    ("青禾大学两所附属中学校长王立、李强参加会议。",
     [("王立", "校长", "青禾大学附属中学"), ("李强", "校长", "青禾大学附属中学")]),
    # no count: a body's one head goes to the first name alone, as before
    ("青禾大学附属医院院长王立、李强参加会议。", [("王立", "院长", "青禾大学附属医院")]),
    ("五家渠市市长王立参加会议。", [("王立", "市长", "五家渠市人民政府")]),
    # a number and a measure word inside a name, before a name alone or a list of titled names: no count
    ("据悉，八家岭有限责任公司董事长王立出席。", [("王立", "董事长", "八家岭有限责任公司")]),
    ("八家岭有限责任公司董事长王立、副董事长李强出席。",
     [("王立", "董事长", "八家岭有限责任公司"), ("李强", "副董事长", "八家岭有限责任公司")]),
])
def test_counted_bodies(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="新华网") == expected
