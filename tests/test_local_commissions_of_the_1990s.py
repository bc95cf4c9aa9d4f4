"""Local commissions as the 1990s named them (orgs/departments: 体委, 农委, 计委, 计生委 after a level word:
省体委 -> 省体育运动委员会), and a relative clause's verb (曾任, 现任, 时任: posts/words verb) that no body's
name written after it holds (曾任 + 省教委主任的X: the commission's post, a former one)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("省体委主任张明出席。", [("张明", "主任", "省体育运动委员会")]),
    ("市农委副主任李红出席。", [("李红", "副主任", "市农业委员会")]),
    ("县计生委主任王芳出席。", [("王芳", "主任", "县计划生育委员会")]),
    ("曾任省体委主任的常务副省长周明出席。",
     [("周明", "主任", "省体育运动委员会"), ("周明", "常务副省长", "省政府")]),
    ("曾任省教委主任的周明出席。", [("周明", "主任", "省教育委员会")]),
])
def test_local_commissions(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected
