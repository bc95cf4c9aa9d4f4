"""Job titles of the 1990s' lists of honours (农艺师, 高级农艺师, 编审, 副编审, 研究馆员, 住院医师, 编导,
发行员; posts 股长, 副股长, 副站长: titles/titles), and a company's short name written after its full name
(珠江钢琴集团 of 珠江钢琴集团公司, 广东核电合营公司 of 广东核电合营有限公司): the post is of the full name."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("中国农业科学院作物研究所高级农艺师李明获奖。", [("李明", "高级农艺师", "中国农业科学院作物研究所")]),
    ("青山人民出版社副编审王芳获奖。", [("王芳", "副编审", "青山人民出版社")]),
    ("发行股股长赵强获奖。", [("赵强", "股长", None)]),
    ("青山钢琴集团公司今年出口增长。青山钢琴集团总经理李华说。", [("李华", "总经理", "青山钢琴集团公司")]),
    ("青山核电合营有限公司今年发电增长。青山核电合营公司总经理李华说。",
     [("李华", "总经理", "青山核电合营有限公司")]),
])
def test_job_titles_and_company_short_names(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected
