"""当选为X的还有A、B (also elected to X): the people the sentence elected before it to posts of the same body
hold X too (the secretary and deputies of a 省委 elected with its standing committee are 常委); with 有 (no
还有) only the people listed. Made-up names."""
import pytest
from kgread import posts_of

_PLENUM = "中共湖南省第七届委员会第一次全体会议１月１０日"


@pytest.mark.parametrize("text, expected", [
    (_PLENUM + "选举王建华为省委书记，张建国、李明为省委副书记，当选为省委常委的还有赵立新、孙海。",
     [("王建华", "书记", "中共湖南省委员会"), ("王建华", "常委", "中共湖南省委员会"),
      ("张建国", "副书记", "中共湖南省委员会"), ("张建国", "常委", "中共湖南省委员会"),
      ("李明", "副书记", "中共湖南省委员会"), ("李明", "常委", "中共湖南省委员会"),
      ("赵立新", "常委", "中共湖南省委员会"), ("孙海", "常委", "中共湖南省委员会")]),
    (_PLENUM + "选举王建华为省委书记，当选为省委常委的有赵立新、孙海。",
     [("王建华", "书记", "中共湖南省委员会"), ("赵立新", "常委", "中共湖南省委员会"),
      ("孙海", "常委", "中共湖南省委员会")]),
])
def test_also_elected(text, expected):
    assert sorted(posts_of(text, date="1998-01-11", publisher="人民日报")) == sorted(expected)
