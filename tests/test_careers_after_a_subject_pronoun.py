"""Careers whose later clauses have no subject after a first clause opened by 他 or 她
(kg/extract/appointments.py; every sentence made up): 她1993年入党，1993年参加工作，先后担任A、B: the
clauses after the pronoun's are the person's the pronoun is (the article's own), as they are after a name."""
import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("拟任青田县委书记的刘海涛，1973年3月出生。之后，他转战嘉善，先后任嘉善县委常委、副县长。",
     ("刘海涛", "常委", "中共嘉善县委员会")),
    ("拟任青田县委书记的刘海涛，1973年3月出生。之后，他转战嘉善，先后任嘉善县委常委、副县长。",
     ("刘海涛", "副县长", "嘉善县人民政府")),
    ("拟任松阳县长的张丽，一直在丽水工作。她1993年7月加入中国共产党，1993年8月参加工作，"
     "先后担任缙云县政府办公室副主任，丽水市信访局副局长等职。", ("张丽", "副局长", "丽水市信访局")),
    ("拟任松阳县长的张丽，一直在丽水工作。她1993年8月参加工作，历任遂昌县副县长、丽水市商务局局长。",
     ("张丽", "局长", "丽水市商务局")),
    ("新任市长赵建平是河北人。他早年在保定工作，2015年任沧州市副市长。",
     ("赵建平", "副市长", "沧州市人民政府")),
])
def test_posts_after_a_pronoun_clause(text, post):
    assert post in posts_of(text, date="2023-03-20")


def test_a_pronoun_speaking_holds_no_post():
    # 他表示，…: a clause after a speech verb opens no career step of his
    posts = posts_of("新任市长赵建平是河北人。他表示，2015年沧州市副市长李伟曾来过这里。", date="2023-03-20")
    assert ("赵建平", "副市长", "沧州市人民政府") not in posts
