"""Words before a post that the NER did not read as a body are no body when a verb opens them (被聘为 +
学院院长助理: ``posts/words`` verb) or when they name a class of bodies (二级学院 + 院长助理:
``orgs/not-orgs``): no false school (聘为学院, 二级学院) that later posts of the article would take.
Made-up names and sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("南阳理工学院举行聘任仪式，王立、赵强被聘为学院院长助理。学院党委书记陈明主持仪式。",
     [("陈明", "书记", "南阳理工学院党委")]),
    ("南阳理工学院召开新聘任二级学院院长助理座谈会，党委委员、副院长李凡出席。",
     [("李凡", "委员", "南阳理工学院党委"), ("李凡", "副院长", "南阳理工学院")]),
])
def test_no_false_school(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="新华网") == expected
