"""Names opening a clause before 于 and a date and 任, or before a verb of a move to a post
(kg/rules/people/patterns.jsonl ``per.moves``; every sentence made up): the tagger glues the name's end to
于 (赵世 + 勇于, 王 + 强于) or to the verb (张晓 + 强调 + 任), so the name and its post were lost; 已 before
the date is read past (kg/extract/appointments.py ``_after_time``). 强调 after a name is still its verb."""
import pytest

from tests.kgread import article_of, posts_of


@pytest.mark.parametrize("text, post", [
    ("陈世勇已于4月任浙江省委常委、省委秘书长。", ("陈世勇", "秘书长", "中共浙江省委员会")),
    ("陈世勇于2021年4月任浙江省委常委。", ("陈世勇", "常委", "中共浙江省委员会")),
    ("何强于1998年任安徽省委常委。", ("何强", "常委", "中共安徽省委员会")),
    ("2015年5月，刘晓强调任绍兴市委常委、诸暨市委书记。", ("刘晓强", "书记", "中共诸暨市委员会")),
    ("2019年3月，马志强调任南京市副市长。", ("马志强", "副市长", "南京市人民政府")),
])
def test_a_name_glued_before_its_move(text, post):
    assert post in posts_of(text, date="2023-05-20")


@pytest.mark.parametrize("text, name", [
    ("会上，刘晓强调，要抓好春耕。", "刘晓"),
    ("市长刘晓强调任务很重。", "刘晓"),
])
def test_a_speech_verb_after_a_name_stays_the_verb(text, name):
    people = [m.text for m in article_of(text, date="2023-05-20").mentions if m.type == "PER"]
    assert people == [name]
