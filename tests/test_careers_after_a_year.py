"""Careers told after a name (kg/extract/appointments.py; every sentence made up): a year the date reader
leaves (a year then 后: 1949年后历任…, which after a count is a duration) before the list of posts held,
in a résumé's clause and right after the name; a form of address or a rank between the name and a date or
the verb (张三同志1950年任…, 某某少将任…)."""
import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("王立新同志１９５５年后历任青州市副市长、市委书记。", ("王立新", "副市长", "青州市人民政府")),
    ("王立新同志，山东青县人，１９２０年生，１９４９年后历任青州市市长、山东省副省长。",
     ("王立新", "副省长", "山东省人民政府")),
    ("王立新同志，山东青县人，一九二〇年生，一九四九年后历任青州市市长、山东省副省长。",
     ("王立新", "市长", "青州市人民政府")),
    ("王立新同志１９５０年任青州市市长，１９５５年后历任山东省副省长、省委书记。",
     ("王立新", "市长", "青州市人民政府")),
    ("王立新同志１９５０年任青州市市长，１９５５年后历任山东省副省长、省委书记。",
     ("王立新", "副省长", "山东省人民政府")),
    ("国防部宣布，刘建新少将任国防部副部长。", ("刘建新", "副部长", "国防部")),
])
def test_career_posts(text, post):
    assert post in posts_of(text, date="1998-01-07", publisher="人民日报")


def test_a_duration_is_no_year():
    # 3年后 is a duration: no career list is read from a count of years
    posts = posts_of("王立新同志说，３年后他要回到青州市。", date="1998-01-07", publisher="人民日报")
    assert posts == []

