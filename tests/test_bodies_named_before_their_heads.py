"""A post written alone whose body the article named before: a democratic party's leaders' posts are
of its central committee (民盟副主席: posts/orgs); an abbreviation of an organisation named before, its
characters in order (贸促会 of 中国国际贸易促进委员会; not its end, 使馆, nor 公司); a mine's or
works' head of the mine or works the paragraph named last (posts/heads 矿长, 厂长). Made-up sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("民盟副主席张明出席了会议。", [("张明", "副主席", "中国民主同盟中央委员会")]),
    ("致公党名誉副主席李华等三人获一等奖。", [("李华", "名誉副主席", "中国致公党中央委员会")]),
    ("共青团中央书记处书记张明出席。", [("张明", "书记", "中国共产主义青年团中央委员会书记处")]),
    ("代表团是应中国国际贸易促进委员会的邀请来访的。贸促会会长王建华参加了会见。",
     [("王建华", "会长", "中国国际贸易促进委员会")]),
    ("贸促会会长王建华参加了会见。", [("王建华", "会长", None)]),
    ("领导看望了北京第五建筑公司。公司第一代干部王建华看到领导。", [("王建华", "干部", None)]),
    ("欢迎中国驻美国大使馆新公使。使馆官员王建华出席。", [("王建华", "官员", None)]),
    ("记者来到东滩煤矿。矿长张建国介绍情况。", [("张建国", "矿长", "东滩煤矿")]),
    ("记者来到北京第一机床厂。厂长王明介绍情况。", [("王明", "厂长", "北京第一机床厂")]),
])
def test_body_named_before(text, expected):
    assert posts_of(text, date="1998-01-14", publisher="人民日报") == expected


def test_common_noun_is_no_abbreviation():
    """国会 (a common noun) is no abbreviation of a committee named before (…政治局常委会)."""
    posts = posts_of("越共中央政治局常委会成员包括国会主席农德孟。", date="1998-01-09", publisher="人民日报")
    assert all(not (org or "").endswith("常委会") for _, _, org in posts)
