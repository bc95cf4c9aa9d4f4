"""Posts kg wrote that name no body: an occupation (titles/titles ``occ``) whose only "organisation" is a
state (美国诗人X, 中国作家Y: a state employs no poet) or the field an epithet opens after a chain's 、
(、著名戏剧 + 评论家: no body's name, and the chain goes on before it); an official's residence read as a
name after its title (首相官邸); a state's former body after a chain's 、 (、法国 + 前 + 三军参谋长: the
state's 三军, a former post); a justice's title whole (大法官, not 大 + 法官)."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("我们想起了美国诗人惠特曼的诗句。", [("惠特曼", "诗人", None)]),
    ("这是中国作家刘青山为我画的。", [("刘青山", "作家", None)]),
    ("日本首相田中一郎在首相官邸举行记者招待会。", [("田中一郎", "首相", "日本")]),
    ("中国曲协副主席、著名曲艺评论家刘长春在会上说。",
     [("刘长春", "副主席", "中国曲艺家协会"), ("刘长春", "评论家", None)]),
    # a field with a place's name or a head word is a body
    ("中国评剧院演员李芳、山东农大副教授王海明等人获奖。",
     [("李芳", "演员", "中国评剧院"), ("王海明", "副教授", "山东农业大学")]),
    ("出席的有路透社社长约翰·史密斯、英国前三军参谋长布朗等人。",
     [("约翰·史密斯", "社长", "路透社"), ("布朗", "参谋长", "英国三军")]),
    ("出席的有路透社社长约翰·史密斯、英国原子能机构总干事布朗等人。",
     [("约翰·史密斯", "社长", "路透社"), ("布朗", "总干事", "英国原子能机构")]),
    ("美国最高法院大法官史密斯说。", [("史密斯", "大法官", "美国最高法院")]),
])
def test_occupations_of_no_body(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected
