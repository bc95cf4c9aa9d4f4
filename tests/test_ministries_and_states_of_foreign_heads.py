"""Foreign ministers' and state governors' bodies (session 45, made-up sentences).

- A state's ministry written by its own name (外交部, 财政部: ``orgs/national`` use state) listed after a post
  in a party organ (越共中央对外部副部长A、外交部副部长B) is a body of its own, not a unit of the party's.
- A body's name the NER missed, written right before its head's title that opens with the body's head word,
  shares that word (文体旅游 + 部长: 文体旅游部; ``posts/words`` shared-head), unless the name ends like a
  body's head word already (总理府 + 部长, 时报 + 社长).
- A body of the CPC's central committee written short (中央组织部, 中央宣传部) right after another
  party's name (越共 + 中央组织部) is that party's central committee's, and so is a department right after
  that party's central committee (朝鲜劳动党中央 + 国际部): 越南共产党中央委员会组织部, not 中共中央组织部.
- A state's or province's head whose government no place fills (州长 with no home place) is of the one
  state or province of that level its sentence names that is no Chinese one, before or after the title.
"""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("越共中央对外部副部长吴黎文、外交部副部长阮明姮出席。",
     [("吴黎文", "副部长", "越南共产党中央委员会对外部"), ("阮明姮", "副部长", "外交部")]),
    ("越共中央对外部部长黎怀忠、财政部副部长武成兴、工贸部副部长阮生出席。",
     [("黎怀忠", "部长", "越南共产党中央委员会对外部"), ("武成兴", "副部长", "财政部"),
      ("阮生", "副部长", "工贸部")]),
    ("市法院政工科科长王明、办公室主任李华出席。",
     [("王明", "科长", "市法院政工科"), ("李华", "主任", "市法院办公室")]),
])
def test_ministry_after_a_party_organ(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("越南文体旅游部长阮文雄出席。", [("阮文雄", "部长", "越南文体旅游部")]),
    ("陪同出访的有越南农业与农村发展部长黎明欢、文体旅游部长阮文雄。",
     [("黎明欢", "部长", "越南农业与农村发展部"), ("阮文雄", "部长", "文体旅游部")]),
    ("加拿大联邦公民及移民部长麦克出席。", [("麦克", "部长", "加拿大联邦公民及移民部")]),
    ("加拿大联邦公民及移民部长麦克、安省国际贸易厅长陈国治出席。",
     [("麦克", "部长", "加拿大联邦公民及移民部"), ("陈国治", "厅长", "安省国际贸易厅")]),
    ("德国总理府部长博尔出席。", [("博尔", "部长", "德国总理府")]),
    ("欧洲时报社长杨明出席。", [("杨明", "社长", "欧洲时报")]),
])
def test_head_word_written_once(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("墨西哥恰帕斯州议会7日批准鲁伊斯辞去州长职务。", [("鲁伊斯", "州长", "恰帕斯州")]),
    ("主席今天会见了以州长卡尔森率领的美国明尼苏达州代表团。", [("卡尔森", "州长", "明尼苏达州")]),
    ("巴伐利亚州政府和索德尔州长热情接待了代表团。", [("索德尔", "州长", "巴伐利亚州")]),
    ("恩施州召开会议，州长王明出席。", [("王明", "州长", "恩施土家族苗族自治州人民政府")]),
    ("州长王明出席会议。", [("王明", "州长", "州政府")]),
])
def test_state_of_a_placeless_governor(text, expected):
    assert posts_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("越共中央组织部副部长阮明出席。", [("阮明", "副部长", "越南共产党中央委员会组织部")]),
    ("老挝人民革命党中央宣传部副部长坎平出席。", [("坎平", "副部长", "老挝人民革命党中央委员会宣传部")]),
    ("朝鲜劳动党中央国际部部长金成南出席。", [("金成南", "部长", "朝鲜劳动党中央委员会国际部")]),
    ("中央组织部副部长王明出席。", [("王明", "副部长", "中共中央组织部")]),
    ("中共中央宣传部副部长王明出席。", [("王明", "副部长", "中国共产党中央委员会宣传部")]),
])
def test_department_of_another_partys_central_committee(text, expected):
    assert posts_of(text) == expected
