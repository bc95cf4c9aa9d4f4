"""Names after a post's title followed by an adverb, a preposition or a conjunction that opens the clause's
predicate (曾, 则, 向, 也): the tagger glues it to the name or cuts the name around it (session 37, made-up
sentences)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    # a name of two the tagger glued to the preposition or adverb after it (陈燕向/nr + 来宾)
    ("东方公司总经理陈燕向来宾介绍了公司的情况。", [("陈燕", "总经理", "东方公司")]),
    ("东方公司总经理范鸿则强调，要抓好安全生产。", [("范鸿", "总经理", "东方公司")]),
    ("东方公司总经理吕鸿曾在会上指出，要抓好落实。", [("吕鸿", "总经理", "东方公司")]),
    # a foreign name's last syllable and the adverb after it (莫华伦 + 则/d + 强调)
    ("东方公司总经理莫华伦则强调，要抓好安全生产。", [("莫华伦", "总经理", "东方公司")]),
    # a tagged name of three whose last character ends places (堂, 楼) before the adverb or conjunction
    ("东方公司总经理李新堂也参加了会议。", [("李新堂", "总经理", "东方公司")]),
    ("东方公司总经理王春楼曾在会上指出，要抓好落实。", [("王春楼", "总经理", "东方公司")]),
    # a name of three the tagger does not read, before 曾 or 则
    ("东方公司总经理林皎亮曾在会上指出，要抓好落实。", [("林皎亮", "总经理", "东方公司")]),
    ("东方公司总经理林皎明则强调，要抓好安全生产。", [("林皎明", "总经理", "东方公司")]),
    # (之 ends a name: no preposition glued to it)
    ("东方公司总经理邹静之说，要抓好安全生产。", [("邹静之", "总经理", "东方公司")]),
])
def test_name_before_an_adverb(text, expected):
    assert posts_of(text, place="临泉县") == expected
