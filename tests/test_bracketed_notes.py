"""A note in brackets after a name holding a chain of titles (出席的有王明（市委书记）) may open with the
terms of the body (第六、七届 + 全国政协委员) or with the verb of a post held now or before (曾任 +
北京市政协副主席: a former post)."""
import pytest
from kgread import article_of


@pytest.mark.parametrize("text, expected", [
    ("萧三同志的夫人叶华（第六、七届全国政协委员）把稿费捐出。",
     [("叶华", "委员", "中国人民政治协商会议全国委员会", False)]),
    ("他的夫人李华（曾任北京市政协副主席）将奖金全部捐献。",
     [("李华", "副主席", "中国人民政治协商会议北京市委员会", True)]),
    ("他的夫人李华（现任北京市政协副主席）将奖金全部捐献。",
     [("李华", "副主席", "中国人民政治协商会议北京市委员会", False)]),
])
def test_bracketed_notes(text, expected):
    r = article_of(text, date="1998-01-05", publisher="人民日报")
    assert [(m.person.text, m.role, m.organization, m.former) for m in r.memberships] == expected
