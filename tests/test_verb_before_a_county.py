"""任 right after a name is the verb of an appointment, not the first character of a county (任县)
(session 36, made-up sentences): the body after it is of the county the text means, not of 任县."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("王明任县教育局局长，赵刚任县财政局局长。",
     [("王明", "局长", "县教育局"), ("赵刚", "局长", "县财政局")]),
    # (任县 of 邢台 after a place is the county)
    ("邢台市任县县委书记王明出席。", [("王明", "书记", "中共邢台市任县委员会")]),
])
def test_ren_after_a_name(text, expected):
    assert posts_of(text) == expected
