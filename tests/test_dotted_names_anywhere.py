"""Names of parts joined by a middle dot wherever written, no title next to them (rule ``per.dotted`` of
kg/extract/people.py; every sentence made up): the dots say it is a foreign or minority name whatever
characters its parts have (an initial of one character, Uyghur syllables no transliteration table holds,
a first part the tagger reads as a place); a Uyghur name in a list under one title holds the title as
the other members do; no name is read from numbers, places or a work's title in book marks."""
import pytest

from kg.model import Document
from kg.pipeline import process_document
from tests.kgread import posts_of


def _people(text: str) -> list[str]:
    doc = Document(id="d", text=text, date="1998-01-13", publisher="人民日报")
    return [m.text for r in process_document(doc) for m in r.mentions if m.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("据警方说，这次袭击的策划者是沙迪·卡里姆。", "沙迪·卡里姆"),
    ("法院下令冻结吉·萨马德的存款。", "吉·萨马德"),  # a first part of one character
    ("买买提·吐尔洪说，今年棉花收成很好。", "买买提·吐尔洪"),  # Uyghur syllables
    ("记者在村口见到了阿不都克里木·艾买提。", "阿不都克里木·艾买提"),
    ("热合曼·托乎提和妻子一起去了乌鲁木齐。", "热合曼·托乎提"),
])
def test_dotted_names_without_a_title(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("text, wrong", [
    ("去年出口增长１２·５％。", "１２·５"),
    ("纪念“一二·九”运动的长跑开始了。", "一二·九"),
    ("他读过《读实践论·笔记》一文。", "读实践论·笔记"),
    ("展览名为“中国·北京”。", "中国·北京"),
])
def test_no_dotted_name_from_numbers_places_or_works(text, wrong):
    assert wrong not in _people(text)


def test_a_dotted_name_in_a_titled_list_holds_the_title():
    posts = posts_of("县人大常委会副主任王立平、买买提·吐尔洪、张国华出席了会议。", date="1998-01-13")
    assert ("买买提·吐尔洪", "副主任", "县人大常委会") in posts
    assert ("张国华", "副主任", "县人大常委会") in posts


def test_an_elected_uyghur_name():
    posts = posts_of("大会选举艾力·托合提为自治区人大常委会主任。", date="1998-01-13")
    assert ("艾力·托合提", "主任", "自治区人大常委会") in posts


def test_an_elected_list_ending_in_a_dotted_name():
    posts = posts_of("大会选举周立新、赵明光、艾力·托合提为自治区人大常委会副主任。", date="1998-01-13")
    assert {p for p, _, _ in posts} >= {"周立新", "赵明光", "艾力·托合提"}


def test_a_listed_name_before_the_appointing_verb_is_no_word_glued_to_it():
    # 华为 (a company) is no part of the name: 赵华 + 为副市长
    posts = posts_of("会议选举王建平为市长，刘明、赵华为副市长。", date="1998-01-13")
    assert ("赵华", "副市长", "市政府") in posts
    assert ("刘明", "副市长", "市政府") in posts


def test_a_name_ending_in_wei_before_a_conjunction_keeps_it():
    # 为 before 及 is no appointing verb: 李大为 + 及相关部门负责人
    assert "李大为" in _people("县领导张冠林、李大为及相关部门负责人参加调研。")
