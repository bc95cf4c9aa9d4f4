"""Names and posts kg lost where the tagger cut the words around them (session 36, made-up sentences): a
post's last character glued to the surname (主 + 任何/r) before any given name and a name's verb; a surname
read as 于, a measure word or a morpheme before a given name and a list's 等 or a name's verb; 携 after a
name; a name's third character read as a proper name; a weak surname's name the tagger reads as a morpheme;
a relative clause opened by 当选, 新任, 出任, 兼任, 接任; 辞任, a verb that ends a post."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    # 主 + 任何/r + 军/n + 主持: the post's 任 glued to the surname 何, the given name any word before a
    # name's verb
    ("镇人大主席团副主任何军主持会议。", [("何军", "副主任", "镇人大主席团")]),
    ("县妇联主任何平出席活动。", [("何平", "主任", "县妇女联合会")]),
    ("区科协主任何东讲话。", [("何东", "主任", "区科学技术协会")]),
    # ... or a character read as a morpheme before a delimiter (伟/zg + 、)
    ("区侨联副主任何伟、副主任王强出席。", [("何伟", "副主任", "区归国华侨联合会"),
                                            ("王强", "副主任", "区归国华侨联合会")]),
    # no name: 任何 + 时
    ("主任何时到？", []),
])
def test_post_glued_to_the_surname(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 于/p + 新华/n + 等: a given name read as a noun after the surname read as a preposition, then 等
    ("县侨联主席于新华等领导出席。", [("于新华", "主席", "县归国华侨联合会")]),
    ("市台联会长于富强等出席。", [("于富强", "会长", "市台湾同胞联谊会")]),
    # (向 takes a noun and a list: 向 + 群众 + 等 is no name)
    ("社区主任向群众等发放物资。", []),
    # 刘/zg + 为民/v + 带队: a surname read as a morpheme or a measure word, the given name as a verb before
    # a name's verb
    ("县工商联主席刘为民带队考察。", [("刘为民", "主席", "县工商业联合会")]),
    ("区残联理事长张为民带队慰问。", [("张为民", "理事长", "区残疾人联合会")]),
])
def test_surname_read_as_a_word(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 携 starts the word after a name (钟森 + 携/v + 该院), no given name's last character
    ("县医院院长周森携该院班子成员看望患者。", [("周森", "院长", "县医院")]),
    # 张名 + 君/nz: a name's third character read as another proper name
    ("东方科技收到副总裁张名君提交的书面辞职报告。", [("张名君", "副总裁", None)]),
    # 高戟/ng: a weak surname's name of two the tagger reads as a morpheme
    ("东方学院党委常委、副院长高戟主持典礼。",
     [("高戟", "常委", "东方学院党委"), ("高戟", "副院长", "东方学院")]),
])
def test_name_ends(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新当选东方集团董事长的赵刚表示，将做好工作。", [("赵刚", "董事长", "东方集团")]),
    ("当选为东方集团副董事长的马丽说，集团将做好服务。", [("马丽", "副董事长", "东方集团")]),
    ("新任东方公司总经理的赵刚表示，将做好工作。", [("赵刚", "总经理", "东方公司")]),
    ("接任东方集团董事长的赵刚出席。", [("赵刚", "董事长", "东方集团")]),
])
def test_relative_clause_of_a_new_post(text, expected):
    assert posts_of(text) == expected


def test_resigning_with_ci_ren():
    assert posts_of("东方科技公告，王丽女士辞任公司董事会秘书、副总裁职务。") == [
        ("王丽", "董事会秘书", None), ("王丽", "副总裁", None)]
