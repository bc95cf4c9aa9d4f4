"""Names of three whose second character is 家 (刘家明, 胡家福): the tagger reads the surname and 家 as a
whole name (胡家/nrfg) and the given name's last character apart, and no name of two ends in 家; the
three are one name where what follows may follow a name (同志, a verb of speech, a delimiter), and a
post written with the name is theirs. Not a word the tagger reads as a name of another kind (敬礼/nr +
边, 高坡/nr + 陡) (made-up)."""
import pytest
from kgread import article_of


@pytest.mark.parametrize("text, name", [
    ("省委书记王立新指出，胡家福同志任州委书记。", "胡家福"),
    ("刘家明同志任县委书记。", "刘家明"),
    ("陈家辉同志任副县长，不再担任县委常委。", "陈家辉"),
    ("记者采访了赵家宝，他说，今年收成不错。", "赵家宝"),
])
def test_name_with_jia_second(text, name):
    r = article_of(text, date="2024-01-05")
    assert name in [m.text for m in r.mentions if m.type == "PER"]


def test_post_of_a_name_with_jia_second():
    r = article_of("省委书记王立新指出，胡家福同志任州委书记，李明同志不再担任州委书记。", date="2024-01-05",
                   place="吉林省延边朝鲜族自治州")
    assert any(p.person.text == "胡家福" and p.role == "书记" for p in r.memberships)


@pytest.mark.parametrize("text", ["山高坡陡，不能行车。", "他边敬礼边说：“我来了。”"])
def test_no_name_of_other_tagged_words(text):
    r = article_of(text, date="2024-01-05")
    assert not [m.text for m in r.mentions if m.type == "PER"]
