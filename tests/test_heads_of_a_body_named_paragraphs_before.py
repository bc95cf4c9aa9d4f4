"""A head's title written alone (矿长, 厂长, 支队长: posts/heads) in a paragraph that names no body of its
kind is of the one body of that kind the article named before it (kg.extract.posts.bodies.of_kind_named);
none when the article named two. Made-up articles."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("西山煤矿是全省安全生产先进单位。\n记者在井下看到，工人们干劲很足。\n矿长王建国介绍，今年产煤三百万吨。",
     [("王建国", "矿长", "西山煤矿")]),
    ("红旗机械厂去年扭亏为盈。\n记者来到车间，机器轰鸣。\n厂长刘建华说，今年要上新台阶。",
     [("刘建华", "厂长", "红旗机械厂")]),
    ("青山市公安局交警支队去年获得表彰。\n全体民警很高兴。\n支队长周明华说，要严格执法。",
     [("周明华", "支队长", "青山市公安局交警支队")]),
    ("青山市人民检察院去年办案一千件。\n干警们加班加点。\n副检察长林海说，今年要再上台阶。",
     [("林海", "副检察长", "青山市人民检察院")]),
])
def test_head_of_the_one_body_named(text, expected):
    assert posts_of(text, date="1998-01-10", publisher="人民日报") == expected


@pytest.mark.parametrize("text", [
    "红旗机械厂和青山钢铁厂去年都扭亏为盈。\n记者来到车间，机器轰鸣。\n厂长刘建华说，今年要上新台阶。",
    "记者来到车间，机器轰鸣。\n厂长刘建华说，今年要上新台阶。\n红旗机械厂去年扭亏为盈。",
])
def test_no_one_body_named_before(text):
    assert posts_of(text, date="1998-01-10", publisher="人民日报") == [("刘建华", "厂长", None)]
