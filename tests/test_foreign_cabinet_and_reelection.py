"""A foreign state's government named as a body before its head's title (posts/words cabinet: 政府,
政务院) gives the state's post, not China's 国务院 the bare title gives (朝鲜政务院总理); 连任 right after a
name says the post is held again (posts/appointments hold; people/cues after: 莫伊连任肯尼亚总统)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("朝鲜政务院总理李成民会见了客人。", [("李成民", "总理", "朝鲜")]),
    ("朝鲜政务院副总理金光浩率团访问泰国。", [("金光浩", "副总理", "朝鲜")]),
    ("朝鲜政务院代总理朴永植致电表示慰问。", [("朴永植", "代理总理", "朝鲜")]),
    ("日本政府首相田中一郎发表讲话。", [("田中一郎", "首相", "日本")]),
    ("国务院总理李鹏会见了朝鲜政务院副总理金光浩。",
     [("李鹏", "总理", "中华人民共和国国务院"), ("金光浩", "副总理", "朝鲜")]),
])
def test_foreign_cabinet(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected


@pytest.mark.parametrize("text, expected", [
    ("姆卡帕连任坦桑尼亚总统。", [("姆卡帕", "总统", "坦桑尼亚")]),
    ("各国领导人祝贺莫伊连任肯尼亚总统。", [("莫伊", "总统", "肯尼亚")]),
    ("张建国连任南京市市长。", [("张建国", "市长", "南京市人民政府")]),
])
def test_reelected(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected
