"""A province's post written by its level alone (省委书记, 副省长) in a page of a province's home (session 50,
made-up sentences): the section naming another province last (a company's name, a list of a consulate's
provinces, a visiting delegation's) gives it that province only when the section does not name the home
province too; a section about another province alone still gives its post that province's body."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, place, expected", [
    ("7月3日，四川省政府与浙江青山控股集团在成都签署战略合作协议。省委书记李明，省委副书记、省长王大海出席。",
     "四川省成都市",
     [("李明", "书记", "中共四川省委员会"), ("王大海", "副书记", "中共四川省委员会"),
      ("王大海", "省长", "四川省人民政府")]),
    ("青山国驻成都总领事馆正式开馆，领区范围包括四川省、重庆市、贵州省和云南省。副省长杨小平出席开馆仪式。",
     "四川省成都市",
     [("杨小平", "副省长", "四川省人民政府")]),
    ("江苏省商务厅与山东省企业家代表团举行座谈。副省长李明出席座谈会。",
     "江苏省南京市",
     [("李明", "副省长", "江苏省人民政府")]),
])
def test_another_province_named_by_the_way(text, place, expected):
    assert posts_of(text, place=place) == expected


def test_a_section_about_another_province():
    text = ("考察团回到贵阳市区，贵州省工商联为考察团举行了欢迎座谈会。"
            "贵州省政协副主席李汉、省工商联副主席杨静主持会议。")
    assert posts_of(text, place="海南省") == [("李汉", "副主席", "中国人民政治协商会议贵州省委员会"),
                                           ("杨静", "副主席", "贵州省工商业联合会")]
