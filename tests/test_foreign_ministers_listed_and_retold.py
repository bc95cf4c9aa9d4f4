"""Foreign ministers (session 50, made-up sentences): a minister listed after a post of a foreign state or
of its ministry holds that state's ministry even when the title writes a ministry with no state (交通部长,
住建部长: not China's ministry whose short name it also is); and a foreign minister's short title (外长)
written again after the minister's post of the ministry by the state's own name for it (国际关系与合作部,
外交与地区一体化部) is that post, told once."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("肯尼亚外交部长彼得•奥马、能源部长约翰•基巴、交通部长塞缪尔•恩乔出席开幕式。",
     [("彼得•奥马", "部长", "肯尼亚外交部"), ("约翰•基巴", "部长", "肯尼亚能源部"),
      ("塞缪尔•恩乔", "部长", "肯尼亚交通部")]),
    ("赞比亚共和国总统约翰•班达、外交部长彼得•姆瓦、住建部部长托马斯•卡翁出席仪式。",
     [("约翰•班达", "总统", "赞比亚"), ("彼得•姆瓦", "部长", "赞比亚外交部"),
      ("托马斯•卡翁", "部长", "赞比亚住建部")]),
    ("新西兰外交部长温斯顿、财政部长格兰特、卫生部长安德鲁出席招待会。",
     [("温斯顿", "部长", "新西兰外交部"), ("格兰特", "部长", "新西兰财政部"),
      ("安德鲁", "部长", "新西兰卫生部")]),
])
def test_ministers_listed_after_a_foreign_state(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry of its own state, written with it
    ("缅甸商务部部长昂乃温、泰国商业部长朱林出席论坛。",
     [("昂乃温", "部长", "缅甸商务部"), ("朱林", "部长", "泰国商业部")]),
    # the department's name before the list's 部长 (session 39's rule)
    ("马耳他财政部长卡鲁阿纳、旅游部长巴蒂吉格出席会议。",
     [("卡鲁阿纳", "部长", "马耳他财政部"), ("巴蒂吉格", "部长", "马耳他旅游部")]),
])
def test_ministers_of_their_own_states(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("应南非国际关系与合作部长娜莱迪邀请，李明将访问南非。访问期间，李明将同南非外长娜莱迪举行会谈。",
     [("娜莱迪", "部长", "南非国际关系与合作部")]),
    ("应瑞士外交部长伊尼亚齐奥邀请，李明将访问瑞士，同伊尼亚齐奥外长举行会谈。",
     [("伊尼亚齐奥", "部长", "瑞士外交部")]),
    ("加纳外交与地区一体化部长阿布拉卡出席仪式。加纳外长阿布拉卡感谢中方。",
     [("阿布拉卡", "部长", "加纳外交与地区一体化部")]),
    # (a minister of another short title's ministry: 财政部 is no 外长's)
    ("新西兰财政部长格兰特出席会议。新西兰外长格兰特随后发言。",
     [("格兰特", "部长", "新西兰财政部"), ("格兰特", "外长", "新西兰外交部")]),
])
def test_a_foreign_ministers_short_title_told_again(text, expected):
    assert posts_of(text) == expected
