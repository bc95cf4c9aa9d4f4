"""A post given in the clause right after one that founds or renames a body (成立了X，A任书记; X改称为Y，
B任书记) is of that body; a founded committee the NER does not read is its founder's (中共中央成立X委员会，
C为主任), a renamed one the NER does not read gives none (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("１９３８年７月，在青山县办事处的基础上成立了中共青山特委，王大明同志任书记，党组织进入了大发展阶段。",
     ("王大明", "书记", "中共青山特别委员会")),
    ("冀中军政委员会改称为冀南军政委员会，李小平同志任书记。", ("李小平", "书记", "冀南军政委员会")),
    ("１９６２年１１月，中共中央成立专门委员会，张建国为主任，负责领导原子能工业建设。",
     ("张建国", "主任", "中国共产党中央委员会专门委员会")),
])
def test_the_body_founded_before(text, post):
    assert post in posts_of(text, date="1998-01-12")


@pytest.mark.parametrize("text, person", [
    ("１９３８年，青山县成立了抗日救国会。王大明同志任书记，工作很快打开了局面。", "王大明"),
    ("青山军政委员会改称为绿水军政委员会，李小平同志任书记。", "李小平"),
])
def test_no_body_of_another_sentence_or_of_a_name_not_read(text, person):
    posts = posts_of(text, date="1998-01-12")
    assert all(org is None for who, _, org in posts if who == person)
