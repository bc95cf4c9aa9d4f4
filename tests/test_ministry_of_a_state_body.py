"""A minister's title whose ministry shares its 部 with 部长, written after a body of a foreign state
(泰国国务院 + 事务部长), is of that body's ministry, as after the state itself (马耳他 + 旅游部长);
not after China's; a ministry of four characters (蒙古 + 对外关系部长) too."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("泰国国务院事务部长颂猜·翁沙瓦今天说。", [("颂猜·翁沙瓦", "部长", "泰国国务院事务部")]),
    ("马耳他旅游部长卡尔梅努·韦拉说。", [("卡尔梅努·韦拉", "部长", "马耳他旅游部")]),
    ("中国国务院事务部长张三说。", [("张三", "部长", None)]),
    # a ministry of four characters the dictionary knows (对外关系部) after its state
    ("蒙古对外关系部长巴特尔说。", [("巴特尔", "部长", "蒙古对外关系部")]),
])
def test_a_ministry_of_a_foreign_states_body(text, expected):
    got = posts_of(text, date="1998-01-13", publisher="人民日报")
    assert got == expected
