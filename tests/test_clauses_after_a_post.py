"""A clause that opens with a verb of a post and no subject (，后任…; ，1995年任…; ，先后任…) is about the
person whose post the sentence told last before it; not when the clause names someone. Made-up sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("王建华１９９０年任南京市副市长，１９９５年任南京市市长。",
     [("王建华", "副市长", "南京市人民政府"), ("王建华", "市长", "南京市人民政府")]),
    ("王建华１９９０年任南京市副市长，后任江苏省副省长。",
     [("王建华", "副市长", "南京市人民政府"), ("王建华", "副省长", "江苏省人民政府")]),
    ("王建华在会上讲话。他兼任南京市委常委，先后任南京市副市长、市长等职。",
     [("王建华", "常委", "中共南京市委员会"), ("王建华", "副市长", "南京市人民政府"),
      ("王建华", "市长", "南京市人民政府")]),
    # the clause names its own subject
    ("王建华任南京市市长，赵立军任南京市副市长。",
     [("王建华", "市长", "南京市人民政府"), ("赵立军", "副市长", "南京市人民政府")]),
])
def test_clause_after_a_post(text, expected):
    assert sorted(posts_of(text, date="1998-01-08", publisher="人民日报")) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("王建华在沈阳市第十二届人民代表大会第一次会议上当选为市长。", [("王建华", "市长", "沈阳市人民政府")]),
    ("王建华在政协沈阳市第十一届委员会第一次会议上当选为市政协主席。",
     [("王建华", "主席", "中国人民政治协商会议沈阳市委员会")]),
    ("王建华在沈阳市第十二届人民代表大会第一次会议上作了讲话。", []),
])
def test_elected_at_a_session_of_a_long_name(text, expected):
    """The session a name is elected at (在…会议上当选为), however long its name, stands between the name
    and the verb."""
    assert posts_of(text, date="1998-01-08", publisher="人民日报") == expected
