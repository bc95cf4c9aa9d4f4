"""A special administrative region's own press (made-up texts): a page that names its government or itself as
Hong Kong's or Macao's press does (特區政府, 本港, 全澳) and names that region is the region's page, so its
bare posts (政務司司長, 行政長官) are the region's government's."""
from __future__ import annotations

import pytest

from kg.ingest.home import infer_place
from tests.kgread import posts_of


@pytest.mark.parametrize("text, home", [
    ("特區政府今日公布措施。香港經濟穩定,本港就業改善。", "香港特别行政区"),
    ("全澳居民踴躍參與。澳門特區政府感謝各界。", "澳门特别行政区"),
    ("香港和澳门的代表出席会议。", None),  # no word of the region's own press
    ("本港代表与澳门代表、澳門同胞、澳门青年交流。", "澳门特别行政区"),  # named more often
])
def test_a_regions_own_press_is_its_home(text, home):
    assert infer_place(text) == home


def test_bare_posts_of_a_regions_page_are_its_governments():
    text = "政務司司長陳大文今日出席典禮。行政長官李小明致辭。特區政府將推出措施,香港經濟穩定。"
    posts = posts_of(text, date="2023-12-01", publisher="某某新聞網")
    assert ("陳大文", "司长", "香港特别行政区政府政务司") in posts
    # the chief executive is the region's (its government where the text writes it): no bare 特区政府
    assert [org for person, _, org in posts if person == "李小明"][0].startswith("香港特别行政区")


def test_a_regions_commission_against_corruption_and_the_liaison_office():
    text = "行政長官岑大明、中央駐澳聯絡辦主任鄭新明、廉政專員歐陽大出席。澳門特區政府感謝全澳居民。"
    posts = posts_of(text, date="2023-12-01", publisher="某某日報")
    assert ("鄭新明", "主任", "中央人民政府驻澳门特别行政区联络办公室") in posts
    assert ("歐陽大", "廉政专员", "澳门特别行政区廉政公署") in posts


def test_a_secretary_of_the_region_written_after_its_government():
    text = "立法会主席王大明宴请行政长官李小明。特区政府政务司司长林美华出席。本港各界代表出席。"
    posts = posts_of(text, date="2023-12-01", publisher="某某网")
    assert ("林美华", "司长", "香港特别行政区政府政务司") in posts


def test_the_characters_a_press_word_may_open_with_once_simplified():
    # _sar_home simplifies a text only when it holds one (most texts hold none): the first characters of the
    # region's press words and what simplifies into them (written_as)
    from kg.ingest.home import _press_words
    from kg.nlp.normalize import written_as

    assert {"本", "特", "全"} <= _press_words()[4]
    assert written_as("区") >= {"区", "區"}
    assert written_as("国") >= {"国", "國"} and "區" not in written_as("国")


@pytest.mark.parametrize("text", [
    "行政長官今日出席典禮。香港經濟穩定。",  # traditional, but no press word: not its home
    "市长李明出席会议。北京市民参加活动。",  # simplified, no character a press word opens with
])
def test_a_text_without_a_press_words_opening_has_no_region(text):
    assert infer_place(text) is None
