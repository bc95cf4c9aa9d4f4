"""A state's head elected and not yet in office (当选总统X: posts/words elect) holds no post yet; newly
elected (新当选的总统X, who may be sworn in the same day) and other titles after 当选 are read as before."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("韩国总统金泳三和当选总统朴正浩分别发表新年献词。", [("金泳三", "总统", "韩国")]),
    ("菲律宾总统拉莫斯和当选总统埃斯特拉达分别发表讲话。", [("拉莫斯", "总统", "菲律宾")]),
    ("新当选的巴基斯坦总统拉菲克·塔拉尔今天宣誓就职。", [("拉菲克·塔拉尔", "总统", "巴基斯坦")]),
])
def test_president_elect(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected
