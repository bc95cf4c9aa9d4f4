"""A government site known by its address alone (session 40, made-up sentences): a bureau's or a street's
page under .gov.cn is no one body its bare party body belongs to (局党委书记, 工委副书记), as a company's
page is (集团党委书记X on qsjt.com: the site's own party committee); no post takes the address as its body."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, publisher, expected", [
    ("会议由局党委书记、局长张建明主持。", "qs.abc.gov.cn",
     [("张建明", "书记", None), ("张建明", "局长", None)]),
    ("会议由集团党委书记、董事长张建明主持。", "qsjt.com",
     [("张建明", "书记", "qsjt.com党委"), ("张建明", "董事长", "qsjt.com")]),
])
def test_government_sites(text, publisher, expected):
    assert posts_of(text, publisher=publisher, place="陕西省渭南市华州区") == expected
