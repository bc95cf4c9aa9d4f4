"""Two titles joined by 和 before one name are both its posts (国家主席和国防委员会主席X); a title written
after another person's name is that person's, not the next name's (A总统和总理B) (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("越南国家主席和国防委员会主席黎明山今天会见了客人。", ("黎明山", "主席", "越南")),
    ("越南国家主席和国防委员会主席黎明山今天会见了客人。", ("黎明山", "主席", "越南国防委员会")),
    ("青山大学物理系教授和理论物理研究所所长王大明今天在京逝世。", ("王大明", "教授", "青山大学物理系")),
])
def test_both_titles_are_the_names(text, post):
    assert post in posts_of(text, date="1998-01-12")


def test_a_title_after_a_name_stays_its_own():
    posts = posts_of("新华社莫斯科电 叶利钦总统和总理切尔诺梅尔金今天会见了客人。", date="1998-01-12")
    assert all(not (person == "切尔诺梅尔金" and role == "总统") for person, role, _ in posts)
