"""Names next to a post's title (kg/extract/people.py, titles.py; every sentence made up): foreign names
of parts joined by a middle dot before the title too (宋·立差 + 总理), a part of one character or of
characters no transliteration uses, the last syllable the tagger cut off as a word of one character before
a verb (坎·布拉 + 达/v + 等到); a Japanese name after a minister's 相 the tagger glued to it (建设 +
相中/v + 村太郎); a given name glued to 说 (吴 + 明说); 时 after a name ends it (会见王刚时表示:
people/next_word_chars)."""
import pytest

from kg.model import Document
from kg.pipeline import process_document


def _people(text: str) -> list[str]:
    doc = Document(id="d", text=text, date="1998-01-13", publisher="人民日报")
    return [m.text for r in process_document(doc) for m in r.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("会后记者见到了宋·立差总理。", "宋·立差"),  # before a title, a first part of one character
    ("诺·沙旺派议长说，议会将开会。", "诺·沙旺派"),  # the last syllable cut off before the title (派/v)
    ("旺·西里派部长今天抵达北京。", "旺·西里派"),
    ("驻华大使坎·布拉达等到机场迎接。", "坎·布拉达"),  # after a title, the last syllable before a verb
    ("仰光市长苏·拉达军拿出一笔钱。", "苏·拉达军"),
    ("建设相中村太郎说，将修路。", "中村太郎"),
    ("副主编吴明说：这部书好。", "吴明"),  # a given name glued to 说 before a delimiter (吴 + 明说/v)
])
def test_dotted_names_next_to_titles(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text, wrong", [
    ("外交部长乔治·韦拉将访问中国。", "乔治·韦拉将"),  # an adverb before a verb ends the name
    ("他读过《读实践论·笔记》一文。", "读实践论·笔记"),  # no title next to it
    ("会见了苏丹和诺·沙旺总理。", "和诺·沙旺"),  # no conjunction opens the name
    ("李鹏在会见王刚时表示，两国关系良好。", "王刚时"),
    ("部长阿莱·帕帕多斯时表示，将修改法律。", "阿莱·帕帕多斯时"),
    ("书记张又说，要努力。", "张又"),
])
def test_dotted_names_stop_at_function_words(text, wrong):
    assert wrong not in _people(text)
