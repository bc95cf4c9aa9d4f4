"""Names opening a clause before 任 and a post (kg/rules/people/patterns.jsonl ``per.takes``;
kg/extract/people.py ``_step_verb_and_place``; every sentence made up): the tagger glues the name's end
to 任 or splits the name, so the name and the post it takes were lost (他们分别是，蒋志刚任镇江市委书记，…);
a name's last character that makes a verb with 任 stays the verb's (郭建 + 历任), and 任 of a career step
before an unknown place is no surname (1936年，任 + 红泉 + 县团委书记)."""
import pytest

from tests.kgread import article_of, posts_of


@pytest.mark.parametrize("text, post", [
    ("近日，江苏省三个地级市迎来新任书记，他们分别是，蒋志刚任镇江市委书记，吴新华任泰州市委书记，"
     "孙立明任无锡市委书记。", ("蒋志刚", "书记", "中共镇江市委员会")),
    ("近日，江苏省三个地级市迎来新任书记，他们分别是，蒋志刚任镇江市委书记，吴新华任泰州市委书记，"
     "孙立明任无锡市委书记。", ("吴新华", "书记", "中共泰州市委员会")),
    ("会议宣布：史建军任常州市副市长。", ("史建军", "副市长", "常州市人民政府")),
])
def test_a_name_before_its_post_verb(text, post):
    assert post in posts_of(text, date="2023-03-20")


def _people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2023-03-20").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("郭建历任石家庄市副市长、市委副书记。", "郭建历"),
    ("凌海调任合肥市委常委、组织部部长。", "凌海调"),
    ("1936年，任红泉县团委书记，1938年任红泉县县长。", "任红泉"),
])
def test_no_name_of_a_verb(text, name):
    assert name not in _people(text)


def test_a_name_opening_with_ren_written_twice():
    # 任红泉 written again: a name, before its title too
    assert _people("县长任红泉出席。任红泉县长指出，要抓好春耕。").count("任红泉") == 2
