"""A dotted name read whole where the tagger cut its ends (kg/extract/people.py; every sentence made up): its
last two syllables of one character each before a delimiter, whatever the tagger reads them as (胡加 + 买/v +
提/v + ，); a nationality written right after it is its bearer's, no part of it (X + 哈萨克族，生于…); a first
syllable the tagger read as an adverb after a verb or at a sentence's start (选举 + 莫/d + 拉力·…)."""
import pytest

from kg.model import Document
from kg.pipeline import process_document


def _people(text: str) -> list[str]:
    doc = Document(id="d", text=text, date="2023-03-01", place="新疆维吾尔自治区伊犁哈萨克自治州")
    return [m.text for r in process_document(doc) for m in r.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("市政府副市长帕尔哈·胡加买提，市法院院长李明出席。", "帕尔哈·胡加买提"),
    ("会上，阿依丁·吐尔买提，县长王强先后讲话。", "阿依丁·吐尔买提"),
    ("县委副书记、县长艾合·巴拉买提，副县长张丽出席。", "艾合·巴拉买提"),
    ("副州长吐尔逊·阿不都热合曼维吾尔族，大学学历。", "吐尔逊·阿不都热合曼"),
    ("莫拉提·阿不都满金哈萨克族，1970年生，现任县长。", "莫拉提·阿不都满金"),
    ("会议选举莫拉力·吐尔逊为县长。莫拉力·吐尔逊表示。", "莫拉力·吐尔逊"),
])
def test_dotted_names_read_whole(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text, wrong", [
    ("副州长吐尔逊·阿不都热合曼维吾尔族，大学学历。", "吐尔逊·阿不都热合曼维吾尔族"),
    ("莫拉提·阿不都满金哈萨克族，1970年生，现任县长。", "莫拉提·阿不都满金哈萨克族"),
])
def test_no_nationality_in_a_name(text, wrong):
    assert wrong not in _people(text)
