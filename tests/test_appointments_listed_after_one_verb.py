"""A removing verb's list (session 45, made-up sentences): 免去A的X职务，B的Y职务 removes B from Y too:
the next item right after the first's 职务 and a comma, a name, 的, a post and 职务, is the verb's (no
event of its own: the verb's is told with A), after a semicolon too (；B的Y职务); not a name that a verb of
its own follows (李四任Y), nor one after a full stop."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("会议决定：免去张三的市交通局局长职务，李四的市财政局局长职务。",
     [("张三", "局长", "市交通运输局"), ("李四", "局长", "市财政局")]),
    ("会议进行了人事任免。免去王明的县人大常委会办公室副主任职务，李华的县人大常委会农业农村工作委员会主任职务。",
     [("王明", "副主任", "县人大常委会办公室"), ("李华", "主任", "人大常委会农业农村工作委员会")]),
    ("会议决定：免去张三的市交通局局长职务，李四任市财政局局长。",
     [("张三", "局长", "市交通运输局"), ("李四", "局长", "市财政局")]),
    ("任命张三为市交通局局长，李四的意见得到采纳。", [("张三", "局长", "市交通运输局")]),
    ("会议决定：免去张三的市交通局局长职务；李四的市财政局局长职务。",
     [("张三", "局长", "市交通运输局"), ("李四", "局长", "市财政局")]),
    ("会议决定：免去张三的市交通局局长职务。李四的市财政局局长职务保留。",
     [("张三", "局长", "市交通运输局")]),
])
def test_removals_listed_after_one_verb(text, expected):
    assert posts_of(text) == expected
