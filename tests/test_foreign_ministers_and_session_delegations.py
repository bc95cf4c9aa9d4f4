"""Foreign ministers and the delegations of a national congress's session (made-up):

- a minister titled by the field of the ministry (大臣) whose field is also a title's
  qualifier (新闻, 财务) or reads as a name (卫生: 卫 a surname) holds a post of that state's
  ministry of the field (约旦新闻部, 英国卫生部; Japan's ministries are 省: 日本财务省), as
  英国外交大臣 does; the post's qualifiers are no part of the field (约旦代理新闻大臣: 约旦新闻部);
- a foreign state written by its one character that is also a surname (韩) before a
  minister's short title (外长) is the state, no person: 韩外长X is of 韩国外交部;
- in a page whose home city is another, a city's body written by its level (市委书记) after
  a province-level city's delegation to the national congress's session (重庆代表团) is that
  city's; a guest delegation of another head word (党政代表团), or a text that names the
  congress only in a deputy's title (全国人大代表), keeps the home city.
"""
import pytest
from kgread import article_of


def _posts(r):
    return {(p.person.text, p.role, p.organization) for p in r.memberships}


@pytest.mark.parametrize("text, post", [
    ("约旦新闻大臣穆罕默德·穆马尼会见了代表团。", ("穆罕默德·穆马尼", "大臣", "约旦新闻部")),
    ("英国卫生大臣斯特里廷当天表示。", ("斯特里廷", "大臣", "英国卫生部")),
    ("英国文化大臣南迪出席开幕式。", ("南迪", "大臣", "英国文化部")),
    ("马来西亚投资大臣扎夫鲁出席论坛。", ("扎夫鲁", "大臣", "马来西亚投资部")),
    ("英国外交大臣拉米出席。", ("拉米", "大臣", "英国外交部")),
    ("约旦代理新闻大臣纳赛尔出席。", ("纳赛尔", "大臣", "约旦新闻部")),
])
def test_minister_of_the_field(text, post):
    r = article_of(text, date="2024-01-05")
    assert post in _posts(r)


@pytest.mark.parametrize("text, post", [
    ("韩外长朴振在会谈中表示，双方应加强合作。", ("朴振", "外长", "韩国外交部")),
    ("据报道，韩外长赵兑烈当天抵达北京。", ("赵兑烈", "外长", "韩国外交部")),
])
def test_state_initial_before_a_minister(text, post):
    r = article_of(text, date="2024-01-05")
    assert post in _posts(r)
    assert "韩" not in {m.text for m in r.mentions if m.type == "PER"}


@pytest.mark.parametrize("text, posts", [
    ("本报北京3月5日电 出席十四届全国人大二次会议的重庆代表团5日在人民大会堂举行全体会议。"
     "市委书记袁家军主持会议，市长胡衡华发言。",
     {("袁家军", "书记", "中共重庆市委员会"), ("胡衡华", "市长", "重庆市人民政府")}),
    ("天津代表团6日举行全体会议，审议全国人大常委会工作报告。市委书记陈敏尔说，要抓好落实。",
     {("陈敏尔", "书记", "中共天津市委员会")}),
    ("上海市党政代表团来京考察，出席全国两会的代表参加。市委书记尹力会见代表团一行。",
     {("尹力", "书记", "中共北京市委员会")}),
    ("上海市代表团来京考察，全国人大代表王五陪同。市委书记尹力会见代表团一行。",
     {("尹力", "书记", "中共北京市委员会")}),
])
def test_city_of_a_session_delegation(text, posts):
    r = article_of(text, date="2024-03-06", place="北京市", publisher="北京日报")
    assert posts <= _posts(r)
