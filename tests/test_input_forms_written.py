"""The same news written otherwise gives the same facts, its offsets those of the input as given.

Converted and typeset pages space their punctuation and figures (，  他 / 2023 年 3 月) or every character,
text files are hard-wrapped; scraped pages keep HTML (&ldquo;, &#8220;, &nbsp;, <p>, <strong>). kg reads
each document as the page shows it (``kg.pipeline._as_read``) and gives every offset back in the input's
characters.
"""
from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kgread import article_of

from kg.model import ArticleResult, Document, Mention
from kg.pipeline import process_document

ARTICLES = [
    "2023年3月5日9:00，县委书记陆卫东主持召开县委常委会会议，县委副书记、县长顾国标出席会议。",
    "新华社北京11月4日电（记者侯丽军）国务委员杨洁篪4日在中南海会见了应全国友协邀请访华的英国苏格兰地方政府"
    "首席部长萨蒙德一行，双方进行了友好交谈。",
    "3月8日，越南国会主席访华。“国家主席”在人民大会堂同他举行会谈。\n当日，市委常委、秘书长王强出席第3次会议。",
    "1月5日,县委书记申文霞主持召开县委常委(扩大)会,县四大班子主要领导、各常委、各副县长参加会议。会议还研究并原则"
    "同意了县委办公室提交的《关于召开中国共产党阜城县第十四届委员会第九次全体会议的建议安排》等。针对议题,申文霞指出,"
    "市委四届八次全会是在“十三五”收官、“十四五”开局的关键节点召开的一次重要会议。",
]

_REFERENCES = {"“": "&ldquo;", "”": "&#8221;", "、": "&#x3001;", "，": "&#65292;", "（": "&#xFF08;"}

FORMS: dict[str, Callable[[str], str]] = {
    "a space after punctuation": lambda text: re.sub("([，。、；：）])", "\\1 ", text),
    "a space before punctuation": lambda text: re.sub("([，。])", " \\1", text),
    "no-break spaces after punctuation": lambda text: re.sub("([，,。])", "\\1\u00a0\u00a0", text),
    "half-width commas and a space": lambda text: re.sub("[，,]", ", ", text),
    "figures spaced": lambda text: re.sub("(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9])(?=[\u4e00-\u9fff])", " ",
                                          text),
    "character references": lambda text: re.sub("[“”、，（]", lambda m: _REFERENCES[m.group()], text),
    "&nbsp; after punctuation": lambda text: re.sub("([，。])", "\\1&nbsp;", text),
    "HTML paragraphs and tags": lambda text: "".join(
        "<p class='t'>" + re.sub("“([^”]*)”", r"“<b>\1</b>”", line) + "</p>" for line in text.split("\n")),
    "HTML line breaks": lambda text: "<div>" + text.replace("\n", "<br/>\n") + "</div>",
    "letter-spaced": lambda text: re.sub("(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", " ", text),
    # pages copied from sites that gloss characters with their reading (會(huì)見): any toned syllable
    "pinyin glosses": lambda text: re.sub("[会议长记委见]", lambda m: m.group() + _GLOSSES[m.group()], text),
}
_GLOSSES = {"会": "(huì)", "议": "（yì）", "长": "(zhǎng)", "记": "(jì)", "委": "(wěi)", "见": "(jiàn)"}
_GLOSS = re.compile("[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+[)）]")


def _facts(text: str) -> tuple[list, list, list]:
    """Posts, events and mentions of ``text``, a mention's text as read (2023 年 as 2023年, &ldquo; as “,
    會(huì) as 會)."""
    def s(m: Mention) -> str:
        return html.unescape(re.sub("\\s", "", _GLOSS.sub("", m.text)))

    r = article_of(text, date="2024-03-09")
    posts = [(s(m.person), m.role, m.organization) for m in r.memberships]
    events = [(e.type, e.date, e.place.key if e.place else None, s(e.trigger)) for e in r.events]
    mentions = [(s(m), m.type) for m in r.mentions]
    return posts, events, mentions


def _mentions(obj: object) -> Iterator[Mention]:
    """Every mention held anywhere in ``obj`` (a result, its facts and their parts)."""
    if isinstance(obj, Mention):
        yield obj
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            yield from _mentions(x)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, (type, Document)):
        for f in dataclasses.fields(obj):
            yield from _mentions(getattr(obj, f.name))


def _assert_offsets(result: ArticleResult, text: str) -> None:
    """Every offset of ``result`` indexes ``text`` as given: each mention's text is ``text``'s characters at
    its offsets, each span is in bounds, and none starts or ends inside a character reference or a tag."""
    markup = re.finditer("&[#0-9A-Za-z]+;|<[^<>]+>", text)
    inside = {i for m in markup for i in range(m.start() + 1, m.end())}
    art = result.article
    spans = [(m.start, m.end) for m in _mentions(result)]
    for a, b in [*spans, (art.start, art.end), *filter(None, [art.headline, art.body, art.byline]),
                 *art.subheadlines, *art.skipped, *art.repeats]:
        assert 0 <= a <= b <= len(text) and not {a, b} & inside
    assert all(text[m.start:m.end] == m.text for m in _mentions(result))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("text", ARTICLES)
def test_a_form_gives_the_facts_of_the_plain_text(text, form):
    written = FORMS[form](text)
    assert written != text
    posts, events, mentions = _facts(text)
    assert posts and mentions
    assert _facts(written) == (posts, events, mentions)
    # offsets index the input as given, and no span starts or ends inside a character reference or a tag
    r = article_of(written, date="2024-03-09")
    _assert_offsets(r, written)


@pytest.mark.parametrize("text, spaces", [
    ("记者王琪 胡杨 摄", [" ", " "]),  # two names: the space parts them
    ("记者 王琪 胡杨 李 明", [" "] * 4),  # a list of names is not letter-spaced
    ("山西晚报讯 2月7日，省委常委张吉福到省直新闻单位调研。", [" "]),  # a dateline's space
    ("CCTV 报道，Apple 公司", [" ", " "]),  # by Latin letters
])
def test_spaces_that_part_words_are_read(text, spaces):
    from kg.pipeline import _as_read

    read, _ = _as_read(text)
    assert [c for c in read if c == " "] == spaces


@pytest.mark.parametrize("written, read", [
    ("&ldquo;两会&rdquo;&copy2023&unknown;&amp;", "“两会”&copy2023&unknown;&"),  # only whole references
    ("&amp;ldquo;", "&ldquo;"),  # read once
    ("&#20013;&#x56FD;", "中国"),
])
def test_character_references_read_as_their_characters(written, read):
    from kg.pipeline import _as_read

    got, index = _as_read(written)
    assert got == read and index is not None
    # each character read is read from one whole reference, or from itself
    assert "".join(html.unescape(written[a:b]) for a, b in zip(*index, strict=True)) == read


@pytest.mark.parametrize("written, read", [
    ("市长（zhǎng）李明会(huì)见来宾", "市长李明会见来宾"),
    ("饕餮(tāotiè)纹的青铜器", "饕餮纹的青铜器"),  # a rare word's reading
    ("旧金山市长李孟贤(Ed Lee)会见", "旧金山市长李孟贤(Ed Lee)会见"),  # a name in Latin letters, no tone mark
    ("代表团(delegation)一行", "代表团(delegation)一行"),
    ("参加(canjia)会议", "参加(canjia)会议"),  # no tone mark: no reading
    ("2024(nián)年", "2024(nián)年"),  # after a figure, not a character
    # a space inside a bracket (pages that set each reading apart: 會(huì )見(jiàn))
    ("省長(zhǎng )會(huì )見(jiàn)了來賓", "省长会见了来宾"),
    ("市委書記( shū)李明", "市委书记李明"),
    ("主任( director )一行", "主任( director )一行"),  # no tone mark: no reading
])
def test_readings_in_pinyin_after_characters_are_left_out(written, read):
    from kg.pipeline import _as_read

    got, index = _as_read(written)
    assert got == read
    assert (index is None) == (got == written)


def _wrap(text: str, width: int) -> str:
    return "\n".join("\n".join(line[i:i + width] for i in range(0, len(line), width))
                     for line in text.split("\n"))


# A hard-wrapped text (a file filled at a width) is read a paragraph a line: its paragraphs stay paragraphs
# (a shorter line ends one), so the facts are those of the text unwrapped
@pytest.mark.parametrize("width", [16, 24, 30])
def test_a_hard_wrapped_text_is_read_a_paragraph_a_line(width):
    from kg.pipeline import _as_read

    text = "\n".join(ARTICLES)
    wrapped = _wrap(text, width)
    assert _as_read(wrapped)[0] == _as_read(text)[0]
    assert _facts(wrapped) == _facts(text)
    r = article_of(wrapped, date="2024-03-09")
    _assert_offsets(r, wrapped)


@pytest.mark.parametrize("text", [
    "\n".join(ARTICLES),
    # paragraphs of one length, each a sentence: not hard-wrapped
    "县委书记李理主持召开县委常委会会议。\n县委副书记王强主持召开专题会议。\n县委常委张明主持召开县政府常务会议。\n次日调研。",
])
def test_news_a_paragraph_a_line_is_not_joined(text):
    from kg.nlp.normalize import wrap_breaks

    assert wrap_breaks(text) == []


@pytest.mark.parametrize("written, read", [
    ("<P>县委<b>召开</b>会议。</p>\n\n<p>　　次日</P>", "县委召开会议。\n次日"),  # paragraph tags: a break
    ("<中国共产党党委理论学习中心组学习规则>", "<中国共产党党委理论学习中心组学习规则>"),  # no tag
    # a script, a style sheet, a drawing a scraper kept: no text of the page, read as nothing with its content
    ("县委<script>var t = \"召开\";</script>召开会议。", "县委召开会议。"),
    ("<STYLE type='text/css'>p { margin: 0 }</STYLE>县委召开会议。", "县委召开会议。"),
    ("县委召开<svg width='9'><circle r='4'/></svg>会议。<iframe src='x'></iframe>", "县委召开会议。"),
    ("县委</script>召开会议。<svg/onload=f()>", "县委召开会议。"),  # a tag of one alone
])
def test_html_tags_read_as_the_page_shows_them(written, read):
    from kg.pipeline import _as_read

    assert _as_read(written)[0] == read


# Random text made of the pieces the forms add (references, tags, spaces, line breaks) around pieces of news:
# reading never fails and every offset still indexes the input, whatever comes first or last
_PIECES = ["&ldquo;", "&rdquo;", "&amp;", "&nbsp;", "&#20013;", "&#x56FD;", "&bogus;", "&", "<p>", "</p>",
           "<br/>", "<b>", "</b>", "<span class='x'>", "<script>f('<p>')</script>", "</script>", "<style>",
           " ", "  ", "\u00a0", "\u3000", "\n", "\r\n", "\u200b",
           "2023", " 年 ", "３月", "市 委 书 记 李 理", "，", "。", "记者", "王琪", "主持召开会议",
           "县委书记陆卫东", "第 3 次"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_any_mix_of_forms_keeps_offsets(text):
    for r in process_document(Document(id="t", text=text, date="2024-03-09")):
        _assert_offsets(r, text)


# An act is named by the words of its clause as the page shows them: a script or a style sheet left in a
# scraped page is no part of it (before: 'alert(2)</script>市会见了王强' opened the clause at its bracket)
@pytest.mark.parametrize("text, name", [
    ("6月12日，市委书记李理在</script><script>alert(2)</script>市会见了王强。", "李理在市会见了王强"),
    ("6月12日，<script>document.write('<b>')</script>市长刘洋会见了日本客人王芳。", "刘洋会见了日本客人王芳"),
    ("6月12日，<style>.x{color:red}</style>省长张华会见了李强。", "张华会见了李强"),
    ("6月12日，区长赵刚<svg/onload=f(1)>会见了投资商代表孙明。", "赵刚会见了投资商代表孙明"),
])
def test_an_act_is_named_without_the_code_of_its_page(text, name):
    from kgread import events_of

    (event,) = events_of(text, date="2025-06-13")
    assert event.name == name
