"""Where a name ends, and the posts of foreign places' heads (session 45, made-up sentences).

- A name's third character that may end a clause as a verb of motion (来, 去) is the name's before 、, which
  joins the names of a list, not clauses (会长周志来、会长王明).
- A transliteration's last character that the tagger reads as a measure word (米, 克) before a date's
  figures is the name's: a measure comes after its figure (卡里米 + 5日).
- A military rank right after a name of three (陈国祖上将) ends the name, though the tagger glued the
  name's last character to the rank's first (祖上 + 将): ``people/ranks``.
- A state's name and 新 before a title are the state's new holder of the post (韩国 + 新 + 总统), no name
  opening with a surname (韩, 伊); a name that is no title's qualifier stays (副市长韩国新出席).
- A name of two glued to the first character of its verb, a cue of two (张工 + 会见, the tagger's word 工会),
  is the name without it.
- A member of a legislature's presidium (主席团成员) holds a post in the presidium (posts/roles: 成员 of
  {上级}主席团), and no name opens with 成 of 成员 (伊朗议会主席团成员莫吉塔巴·优素菲).
- A name in Latin letters may carry the accented letters of European alphabets (Rinkēvičs, Sánchez).
- ``X省长Y`` is Y, the 省长 of the place X, not two people: X is no person anywhere in the text, and a
  foreign province's or state's name written without its level gets it (曼托瓦 + 省长: 曼托瓦省).
- Taiwan's, Hong Kong's and overseas papers' names of countries (哈萨克, 纽西兰, 义大利) and American states
  written short (麻州) are the gazetteer's: a post there is the foreign state's, with no 人民政府.
"""
import pytest
from kgread import article_of, posts_of


def _people(text: str) -> list[str]:
    return [m.text for m in article_of(text, date="2024-05-06").mentions if m.type == "PER"]


@pytest.mark.parametrize("text, expected", [
    ("协会会长周志来、商会会长王明出席。", ["周志来", "王明"]),
    ("副县长赵光去、县长助理王明出席。", ["赵光去", "王明"]),
    ("联合会会长李群来、同乡会会长王士晃出席开幕式。", ["李群来", "王士晃"]),
])
def test_third_before_a_list_mark(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("委员会主席阿卜杜拉·卡里米5日表示，选举结果有效。", ["阿卜杜拉·卡里米"]),
    ("选举委员会主席穆罕默德·伊斯拉米7月7日宣布结果。", ["穆罕默德·伊斯拉米"]),
])
def test_last_syllable_before_a_date(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("公安部副部长陈国祖上将、外交部副部长阮明姮出席。", ["陈国祖", "阮明姮"]),
    ("国防部副部长林国祖上将会见了代表团。", ["林国祖"]),
    ("在习近平主席和普京总统的战略引领下，两国关系不断发展。", ["习近平", "普京"]),
])
def test_rank_after_a_name(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("拉脱维亚总统Edgars Rinkēvičs会见了代表团。", ["Edgars Rinkēvičs"]),
    ("西班牙首相Pedro Sánchez表示欢迎。", ["Pedro Sánchez"]),
    ("捷克总理Petr Fiala出席论坛。", ["Petr Fiala"]),
])
def test_latin_names_with_accents(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("意大利曼托瓦省长博塔尼致辞。曼托瓦华侨华人总会会长林明出席。", ["博塔尼", "林明"]),
    ("希利州长会见了New Brunswick省长Susan Holt。", ["Susan Holt"]),
    ("意大利帕尔马省长博尼尼、梅多莱市长莫兰迪分别致辞。", ["博尼尼", "莫兰迪"]),
])
def test_place_before_its_heads_title(text, expected):
    assert [p for p in _people(text) if p != "希利"] == expected


@pytest.mark.parametrize("text, expected", [
    ("意大利曼托瓦省长博塔尼致辞。", [("博塔尼", "省长", "曼托瓦省")]),
    ("埃塞俄比亚奥罗米亚州长施梅雷斯见证签约。", [("施梅雷斯", "州长", "奥罗米亚州")]),
    ("美国加州州长纽森会见了代表团。", [("纽森", "州长", "加利福尼亚")]),
    ("麻州州长希利会见了中国驻纽约总领事。", [("希利", "州长", "马萨诸塞")]),
    ("宾州州长夏皮罗出席了活动。", [("夏皮罗", "州长", "宾夕法尼亚")]),
    ("哈萨克总统托卡耶夫会见了代表团。", [("托卡耶夫", "总统", "哈萨克斯坦")]),
    ("纽西兰总理拉克森出席论坛。", [("拉克森", "总理", "新西兰")]),
])
def test_foreign_heads(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("韩国新总统尹锡悦宣誓就职。", ["尹锡悦"]),
    ("伊朗新总统佩泽什基安宣誓就职。", ["佩泽什基安"]),
    ("时任副总统拉马福萨成为南非新总统。", ["拉马福萨"]),
    ("副市长韩国新出席会议。", ["韩国新"]),
])
def test_state_and_new_before_a_title(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("市委副书记、市长张工会见新加坡驻华大使。", ["张工"]),
    ("省委书记李工会见了代表团。", ["李工"]),
    ("省长王明会见了代表团。", ["王明"]),
])
def test_name_before_its_verb(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("伊朗议会主席团成员莫吉塔巴·优素菲表示，典礼将于30日举行。",
     [("莫吉塔巴·优素菲", "成员", "伊朗议会主席团")]),
    ("越南国会主席团成员阮文山出席。", [("阮文山", "成员", "越南国会主席团")]),
])
def test_presidium_member(text, expected):
    assert posts_of(text) == expected
