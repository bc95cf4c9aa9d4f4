"""助理 before a post makes another post (助理秘书长, 助理总干事: titles/modifiers and posts/words
post-qualifier), as 副 does, and no longer cuts the post from the body before it."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("联合国助理秘书长张三出席会议。", [("张三", "助理秘书长", "联合国")]),
    ("世贸组织助理总干事李四说，谈判将继续。", [("李四", "助理总干事", "世贸组织")]),
    ("国际奥委会助理秘书长赵六说。", [("赵六", "助理秘书长", "国际奥林匹克委员会")]),  # its full name
    ("市长助理王五出席。", [("王五", "市长助理", "市政府")]),  # 助理 after the post: the post's own name
    # a head's assistant of a bureau, a department, an office, an institute: the head's post and 助理
    ("国家林业总局党组成员、局长助理王五出席。",
     [("王五", "党组成员", "国家林业总局党组"), ("王五", "局长助理", "国家林业总局")]),
    ("省交通厅厅长助理李四出席。", [("李四", "厅长助理", "交通厅")]),
    ("市政府办公室主任助理赵六出席。", [("赵六", "主任助理", "市政府办公室")]),
    ("镇长助理孙八出席。", [("孙八", "镇长助理", "镇政府")]),
])
def test_assistant_posts(text, expected):
    got = posts_of(text, date="1998-01-13", publisher="人民日报")
    assert got == expected
