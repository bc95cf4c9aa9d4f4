"""Posts read from a list's neighbour (session 43, made-up sentences): a deputy's post with no body
(副书记) listed after the holder of the post it is the deputy of (学院党委书记A、副书记B) is of that post's
body, not of a body whose 书记 the article named earlier; a title after a name listed after a body, a name
and a title (青山市民政局张三局长、李四主任) is of that body; a term written alone in a chain (、十三届 +
全国政协委员) is no body, and the chain goes on before it."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, publisher, expected", [
    ("9月7日,区政协党组书记、主席王明远一行来学院走访慰问。学院党委书记李建华、副书记张志强接待了来访客人。",
     "青山职业学院",
     [("王明远", "书记", "区政协党组"), ("王明远", "主席", "区政协"), ("李建华", "书记", "青山职业学院党委"),
      ("张志强", "副书记", "青山职业学院党委")]),
    ("青山市民政局张建国局长、俞文康主任等领导出席了本次大会。", "青山日报",
     [("张建国", "局长", "青山市民政局"), ("俞文康", "主任", "青山市民政局")]),
    ("江苏省青山县人民检察院党组书记、检察长张建国一行来访。青山县检察院张建国检察长、李文华常务副检察长陪同参观。",
     "青山日报",
     [("张建国", "书记", "江苏省青山县人民检察院党组"), ("张建国", "检察长", "江苏省青山县人民检察院"),
      ("李文华", "常务副检察长", "江苏省青山县人民检察院")]),
    ("青山集团董事长、十三届全国政协委员张建国出席。", "青山日报",
     [("张建国", "董事长", "青山集团"), ("张建国", "委员", "中国人民政治协商会议全国委员会")]),
    ("中国书法家协会会长、第十三届全国政协委员张建国出席。", "青山日报",
     [("张建国", "会长", "中国书法家协会"), ("张建国", "委员", "中国人民政治协商会议全国委员会")]),
])
def test_posts_of_list_neighbours(text, publisher, expected):
    assert posts_of(text, date="2021-05-01", publisher=publisher) == expected
