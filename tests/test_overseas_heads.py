"""Heads of overseas Chinese associations (session 40, made-up sentences): a Chinese name after a Malaysian
honour the tagger glues to its surname (拿督林/ng + 国华/nz: people/patterns per.honoured); a body's head word
that makes a title with the next word's first character (联合会 + 总会 + 长: 总会长) ends no name when a
head word comes before it; 署理 (acting) belongs to the role (署理主席), as 代理 does."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("马来西亚南洋林氏宗亲总会总会长拿督林国华认为，人民必须团结。",
     [("林国华", "总会长", "马来西亚南洋林氏宗亲总会")]),
    ("马来西亚中华总商会会长拿督林国华致辞。", [("林国华", "会长", "马来西亚中华总商会")]),
    ("出席者包括青山华人姓氏总会联合会总会长拿督林家明、青山叶氏宗亲总会永久名誉总会长拿督叶谋明。",
     [("林家明", "总会长", "青山华人姓氏总会联合会"), ("叶谋明", "永久名誉总会长", "青山叶氏宗亲总会")]),
    ("青山华人社团联合会总会长林家明出席。", [("林家明", "总会长", "青山华人社团联合会")]),
    ("青山会馆吴佶华署理会长出席。", [("吴佶华", "署理会长", "青山会馆")]),
    ("颁发拿督斯里乌达玛（DUPN）勋衔给王明。", []),
])
def test_overseas_heads(text, expected):
    assert posts_of(text) == expected


# a former holder of a body's one head's post listed after its new head (新任会长A、前任会长B, 会长A、原会长B)
# holds that post of the same body: only another current holder is another body's (西方商会会长A … 新任会长B)
@pytest.mark.parametrize("text, expected", [
    ("大使会见青山华侨华人联合会新任会长高建华、前任会长郭文明。",
     [("高建华", "会长", "青山华侨华人联合会"), ("郭文明", "会长", "青山华侨华人联合会")]),
    ("西方商会会长李明出席。新任会长王刚致辞。", [("李明", "会长", "西方商会"), ("王刚", "会长", None)]),
])
def test_a_former_head_listed_after_the_new(text, expected):
    assert posts_of(text) == expected
