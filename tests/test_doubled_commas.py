"""Pages copied from sites that double their punctuation (session 50, made-up sentences): a comma written
right before another mark (市委副书记,、市长A; 下午,,市委书记B; 会议,。) is left out as the page is read, so a
chain of titles or a list of names reads as its source wrote it; every mention still points at the characters
of the text as written."""
import pytest
from kgread import article_of, posts_of

from kg.nlp.normalize import doubled_commas


@pytest.mark.parametrize("text, place, expected", [
    ("2月4日下午,,市委副书记,、市长李明主持召开专题研判会,市委常委,、常务副市长王大海参加。",
     "湖北省荆门市京山市",
     [("李明", "副书记", "中共京山市委员会"), ("李明", "市长", "湖北省荆门市京山市人民政府"),
      ("王大海", "常委", "中共京山市委员会"), ("王大海", "常务副市长", "湖北省荆门市京山市人民政府")]),
    ("青山同乡会召开理事会,,会长李明,、副会长王大海,、张小红出席。",
     None,
     [("李明", "会长", "青山同乡会"), ("王大海", "副会长", "青山同乡会"),
      ("张小红", "副会长", "青山同乡会")]),
])
def test_chains_and_lists_with_doubled_commas(text, place, expected):
    assert posts_of(text, place=place) == expected


def test_mentions_keep_the_written_offsets():
    text = "下午,,市委副书记,、市长李明主持会议,。"
    r = article_of(text)
    assert [(m.text, text[m.start:m.end]) for m in r.mentions if m.type == "PER"] == [("李明", "李明")]
    assert [text[a:b + 1] for a, b, _ in doubled_commas(text)] == [",,", ",、", ",。"]


def test_single_commas_are_kept():
    assert doubled_commas("市委副书记、市长李明,副市长王大海。") == []
