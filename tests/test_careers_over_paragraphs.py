"""A biography's career told over the paragraphs after its opening line, with no subject
(kg/extract/appointments.py ``_resume_lines``; every text made up): 李明，1930年3月出生于河北清苑。
\\n1948年任…\\n抗日战争时期，任…: the steps are the person's the résumé opened with, up to a line that names
someone; a résumé opening a sentence inside a line (新华社电 … 。 李明，1917年生于…) is one too; a
list's clause of titles after 先后任A，B、C等 is the list's (former); a step of the life told is no
Appointment."""
import pytest

from tests.kgread import article_of, posts_of

_LIFE = ("李明，1930年3月出生于河北清苑。\n1948年参加工作。\n解放战争时期，任清苑县县长。\n"
         "新中国成立后，任保定市副市长。")


@pytest.mark.parametrize("text, post", [
    (_LIFE, ("李明", "县长", "清苑县人民政府")),
    (_LIFE, ("李明", "副市长", "保定市人民政府")),
    ("赵刚，1921年5月生于山西代县。\n1938年任代县县长。\n1949年起任忻州市市长。",
     ("赵刚", "市长", "忻州市人民政府")),
    ("新华社北京电 王平同志逝世。 王平，曾用名王安，1917年7月生于广东省平远县。1938年任平远县县长。",
     ("王平", "县长", "平远县人民政府")),
])
def test_steps_after_the_opening_line(text, post):
    assert post in posts_of(text, date="2017-03-25")


def test_a_line_naming_someone_ends_the_life():
    text = ("李明，1930年出生于河北清苑。\n1948年任清苑县县长。\n王强1950年任保定市市长。\n"
            "1952年任保定市副市长。")
    posts = posts_of(text, date="2017-03-25")
    assert ("李明", "县长", "清苑县人民政府") in posts
    assert ("李明", "副市长", "保定市人民政府") not in posts


@pytest.mark.parametrize("text, post", [
    ("周军，1927年生于江苏沛县。1945年8月至1949年5月，先后任沛县县长，徐州市委委员、副市长等。",
     ("周军", "副市长", "徐州市人民政府")),
    ("周军，1927年生于江苏沛县。1951年起先后任沛县县长，淮阴市委常委、宣传部部长等。",
     ("周军", "部长", "淮阴市委宣传部")),
])
def test_the_last_clause_of_a_list_is_former(text, post):
    r = article_of(text, date="2017-03-25")
    held = {(m.person.text, m.role, m.organization): m.former for m in r.memberships}
    assert held.get(post) is True


def test_titles_opening_a_resume_sentence_still_held():
    posts = posts_of("邵明，1955年出生，湖北人。党的十五大代表，武汉铁路分局局长。", date="1998-01-05")
    assert ("邵明", "局长", "武汉铁路分局") in posts


def test_a_step_of_a_life_is_no_appointment():
    r = article_of("李明，1930年3月出生于河北清苑。\n1948年参加工作。\n解放战争时期，任清苑县县长。",
                   date="2017-03-25")
    held = [(m.person.text, m.role, m.organization) for m in r.memberships]
    assert ("李明", "县长", "清苑县人民政府") in held
    assert not [e for e in r.events if e.type == "Appointment"]
