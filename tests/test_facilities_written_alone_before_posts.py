"""A library, museum or cultural centre written alone right before its head's title (图书馆馆长X,
市博物馆副馆长Y: ``orgs/suffixes`` facility words marked ``post``) is the post's body, as a body the NER
missed.
Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("6月5日，图书馆馆长王立、副馆长李红出席。", [("王立", "馆长", "图书馆"), ("李红", "副馆长", "图书馆")]),
    ("图书馆馆长王立出席。", [("王立", "馆长", "图书馆")]),
])
def test_facility_written_alone(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="南阳理工大学") == expected
