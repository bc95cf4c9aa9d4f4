"""A division named alone before its head's title after a listed person's name and a joining word
(校长A以及 + 国际交流处处长B) is the post's body, as after a delimiter; and a body whose name opens with no
place (国际合作与交流处, another body's unit) is no full name of a short one (国际交流处). Made-up names
and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("在青禾大学校长李庆明以及国际交流处处长赵宝山、副处长王磊陪同下，来宾参观了校史馆。",
     [("李庆明", "校长", "青禾大学"), ("赵宝山", "处长", "国际交流处"), ("王磊", "副处长", "国际交流处")]),
    ("省教育厅国际合作与交流处副处长宗希明来校调研，校长李庆明以及国际交流处处长赵宝山陪同。",
     [("宗希明", "副处长", "国际合作与交流处"), ("李庆明", "校长", None),
      ("赵宝山", "处长", "国际交流处")]),
])
def test_division_after_a_listed_name(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="新华网") == expected
