"""An embassy's diplomatic ranks (session 50, made-up sentences): 政务参赞, 侨务参赞 and 武官助理 are posts
of their own (titles/titles), so that a mission written before them is theirs, and so is a rank listed after
them (中国驻巴西大使馆政务参赞A、武官B); before, 政务 was read as no title and the chain lost its body."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("中国驻巴西大使馆政务参赞王大海、武官李小龙出席活动。",
     [("王大海", "政务参赞", "中国驻巴西大使馆"), ("李小龙", "武官", "中国驻巴西大使馆")]),
    ("中国驻秘鲁大使馆侨务参赞王大海会见侨领代表。",
     [("王大海", "侨务参赞", "中国驻秘鲁大使馆")]),
    ("中国驻秘鲁大使馆举行招待会，使馆侨务参赞王大海主持。",
     [("王大海", "侨务参赞", "中国驻秘鲁大使馆")]),
    ("中国驻肯尼亚大使馆武官助理刘一鸣出席仪式。",
     [("刘一鸣", "武官助理", "中国驻肯尼亚大使馆")]),
])
def test_embassy_ranks(text, expected):
    assert posts_of(text) == expected
