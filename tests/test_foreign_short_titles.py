"""Foreign officials' titles news writes short or that only some states have (kg/rules/titles/titles.txt,
posts/roles.tsv, posts/words.tsv; every sentence made up): a finance or defence minister written short (财长,
防长) is of that ministry of the state written before it, a supreme leader (最高领袖) is the state's, and a
state governor (州督) is of the state named before the title."""
import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("德国财长施密德纳表示，将增加投资。", ("施密德纳", "财长", "德国财政部")),
    ("会上，加拿大财长弗里兰发言。", ("弗里兰", "财长", "加拿大财政部")),
    ("俄罗斯防长安德烈·别洛夫表示。", ("安德烈·别洛夫", "防长", "俄罗斯国防部")),
    ("伊朗最高领袖阿里·萨迪表示。", ("阿里·萨迪", "最高领袖", "伊朗")),
    ("澳大利亚新南威尔士州州督玛丽·史密斯出席。", ("玛丽·史密斯", "州督", "新南威尔士州")),
])
def test_foreign_short_titles(text, post):
    assert post in posts_of(text, date="2024-05-01", place="北京市", publisher="新华网")
