"""Japanese cabinet ministers' short titles (通产相, 大藏相, 运输相: X相 like 外相) are posts in the ministry
the title names (kg/rules/posts/roles.tsv), also with the state written before them (日本通产相); a Japanese
minister of a field (日本外务大臣) is of the field's 省."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("日本通产相佐藤一郎今天抵达北京。", [("佐藤一郎", "通产相", "日本通商产业省")]),
    ("大藏相松田健二表示，将稳定金融体系。", [("松田健二", "大藏相", "日本大藏省")]),
    ("通产相佐藤一郎说，将扩大出口。", [("佐藤一郎", "通产相", "日本通商产业省")]),
    ("建设相铃木太郎出席。", [("铃木太郎", "建设相", "日本建设省")]),
    ("日本法相中村正雄说，将修改法律。", [("中村正雄", "法相", "日本法务省")]),
    ("日本外相小渊惠三今天抵达北京。", [("小渊惠三", "外相", "日本外务省")]),
    ("阿尔及利亚外长阿塔夫说。", [("阿塔夫", "外长", "阿尔及利亚外交部")]),
    # a minister of a field (大臣) is of the field's 省 in Japan (posts/words sho-state), of its 部 elsewhere
    ("日本外务大臣佐藤健一说。", [("佐藤健一", "大臣", "日本外务省")]),
    ("英国外交大臣库克说。", [("库克", "大臣", "英国外交部")]),
])
def test_japanese_ministers_short_titles(text, expected):
    got = posts_of(text, date="1998-01-13", publisher="人民日报")
    assert got == expected
