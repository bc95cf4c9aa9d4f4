"""Honours glued to a name and forms of address after it in overseas and Hong Kong news, and names before
an adverb the tagger cuts otherwise (session 37, made-up sentences): a Malaysian honour the tagger reads
with the name (拿督林国强/nr), 局绅 and 太平绅士 after the name; 李建 + 一/m + 曾, 王国 + 中曾/nr, 于/p +
世明 + 曾."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("東方會館主席拿督林國強出席。", [("林國強", "主席", "东方会馆")]),
    ("東方會館主席拿督林國強局紳出席。", [("林國強", "主席", "东方会馆")]),
    ("東方會館主席林國強局紳、副主席陳大文出席。",
     [("林國強", "主席", "东方会馆"), ("陳大文", "副主席", "东方会馆")]),
])
def test_honours_around_names(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("东方公司总经理李建一曾在会上指出，要抓好落实。", [("李建一", "总经理", "东方公司")]),
    ("东方公司总经理王国中曾在会上指出，要抓好落实。", [("王国中", "总经理", "东方公司")]),
    ("东方公司总经理于世明曾在会上指出，要抓好落实。", [("于世明", "总经理", "东方公司")]),
    # (a preposition and a common noun before an adverb: no name 向群众)
    ("副主任向群众也作了说明。", []),
])
def test_names_before_an_adverb(text, expected):
    assert posts_of(text) == expected
