"""Made-up texts: a city's or a county's numbered secondary school written short after the place
(青岛三中, 南丰县一中) is the school, keyed by its full name (青岛市第三中学); a school subject written
between a school and a teacher's post (数学教师, 语文老师) is the title's, and the post is the school's;
教员 is an occupation."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("谈到原因，青岛三中校长王立新说，学生很努力。", ("王立新", "校长", "青岛市第三中学")),
    ("南丰县一中教师刘春梅二十年来资助了许多贫困生。", ("刘春梅", "教师", "南丰县第一中学")),
    ("谈到原因，青山中学数学教师张丽华说，学生很努力。", ("张丽华", "教师", "青山中学")),
    ("谈到原因，长沙二中语文老师赵红说，学生很努力。", ("赵红", "老师", "长沙市第二中学")),
    ("青山军事学院教员王大伟说，这出戏很感人。", ("王大伟", "教员", "青山军事学院")),
]


@pytest.mark.parametrize("text,post", CASES)
def test_school_of_the_teacher(text, post):
    assert post in posts_of(text, date="1998-01-10")


def test_a_plenary_session_is_no_school():
    posts = posts_of("党的十五届八中全会召开，中央委员张立新出席。", date="1998-01-10")
    assert all("中学" not in (org or "") for _, _, org in posts)
