"""An acting holder made the full holder (posts/words made-full: 2022年2月“去代转正”; kg/extract/facts.py
``_made_full``; every sentence made up): the acting post ends that day and the post itself starts; the posts
taken with the acting one stay as they were."""
from tests.kgread import article_of

_TEXT = "刘海平出生于1969年4月，2021年7月，他出任淮安市委副书记、代市长，2022年2月“去代转正”。"


def _posts(text: str) -> dict[tuple[str, str, str | None], tuple[str, str | None, str | None]]:
    r = article_of(text, date="2023-03-20")
    return {(m.person.text, m.role, m.organization): ("former" if m.former else "current", m.start_date,
                                                      m.end_date) for m in r.memberships}


def test_the_acting_post_ends_on_the_day():
    assert _posts(_TEXT)[("刘海平", "代理市长", "淮安市人民政府")] == ("former", "2021-07", "2022-02")


def test_the_full_post_starts_on_the_day():
    assert _posts(_TEXT)[("刘海平", "市长", "淮安市人民政府")] == ("current", "2022-02", None)


def test_the_deputy_secretaryship_goes_on():
    assert _posts(_TEXT)[("刘海平", "副书记", "中共淮安市委员会")] == ("current", "2021-07", None)


def test_a_party_members_full_membership_is_no_post():
    text = "张海涛，2018年11月加入中国共产党，2019年11月转正，现任淮安市副市长。"
    assert not any(role == "市长" for _, role, _ in _posts(text))
