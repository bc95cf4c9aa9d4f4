"""News in any encoding or script reads the same as UTF-8 simplified news (issue #5)."""
from __future__ import annotations

import codecs
import functools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from kgread import SHARED_EVAL, article_of

from kg.api import extract, extract_documents
from kg.cli import cli
from kg.ingest.read import decode, read_documents
from kg.nlp.normalize import View, fold, to_simplified

SENTENCES = [
    "市委书记李理主持会议，研究部署全市安全生产工作。",
    "6月13日，全区精神文明建设成果交流会在呼和浩特市召开。",
    "自治区党委常委、宣传部部长刘永富出席会议并讲话。",
    "鄂尔多斯市人民政府与内蒙古大学签署战略合作协议。",
    "国务院总理在北京会见了来访的德国总理。",
    "本报记者张明 通讯员王芳 报道",
]
PAGE = "\n\n".join(SENTENCES) + "\n"

# (encoding to write with, name decode() must report)
ENCODINGS = [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("gb18030", "gb18030"),
    ("gbk", "gb18030"),  # GBK is a subset of GB18030
    ("utf-16", "utf-16"),  # with a byte-order mark
    ("utf-16-le", "utf-16-le"),  # without
    ("utf-16-be", "utf-16-be"),
    ("utf-32", "utf-32"),
]


@pytest.mark.parametrize("text", [PAGE, *SENTENCES])
@pytest.mark.parametrize("encoding,reported", ENCODINGS)
def test_decode_detects_encoding(text, encoding, reported):
    got, name = decode(text.encode(encoding), "news.txt")
    assert got == text
    assert name == reported


@functools.cache
def _s2tw():
    from opencc import OpenCC

    return OpenCC("s2tw")


def _traditional(text: str) -> str:
    return _s2tw().convert(text)


@pytest.mark.parametrize("text", [PAGE, *SENTENCES[:4]])
def test_decode_big5(text):
    trad = _traditional(text)
    got, name = decode(trad.encode("big5"), "news.txt")
    assert (got, name) == (trad, "big5")


@pytest.mark.parametrize("text", ["市委书记", "李理主持", "副市长", "鄂尔多斯"])
def test_decode_short_gb18030_prefers_chinese(text):
    # 市委书记 in GB18030 is also valid cp949 (Korean); the common-hanzi reading wins
    assert decode(text.encode("gb18030"), "a.txt") == (text, "gb18030")


def _mentions(path):
    return [r["mentions"] for r in extract_documents([path])]


@pytest.mark.parametrize("encoding", [e for e, _ in ENCODINGS if e != "utf-8"])
def test_same_mentions_as_utf8(tmp_path, encoding):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    expected = _mentions(path)
    path.write_bytes(PAGE.encode(encoding))
    assert [d.text for d in read_documents([path])] == [PAGE]
    assert _mentions(path) == expected
    assert any(expected), "the page should have mentions"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_same_graph_as_utf8(tmp_path, encoding):
    from rdflib.compare import isomorphic

    from kg.api import build

    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    expected = build([path])
    path.write_bytes(PAGE.encode(encoding))
    assert isomorphic(build([path]), expected)


def test_jsonl_in_gb18030(tmp_path):
    lines = [json.dumps({"id": f"a{i}", "text": s}, ensure_ascii=False) for i, s in enumerate(SENTENCES)]
    path = tmp_path / "news.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode("gb18030"))
    assert [d.text for d in read_documents([path])] == SENTENCES


@pytest.mark.parametrize("encoding,reported",
                         [("gb18030", "gb18030"), ("utf-16", "utf-16"), ("utf-8", "utf-8")])
def test_verbose_reports_encoding(tmp_path, encoding, reported):
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode(encoding))
    result = CliRunner().invoke(cli, ["-v", "extract", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}: read as {reported}" in result.stderr
    quiet = CliRunner().invoke(cli, ["extract", str(path)])
    assert "read as" not in quiet.stderr


def test_utf8_with_a_few_broken_bytes_is_kept(tmp_path, caplog):
    data = PAGE.encode("utf-8")
    data = data[:30] + b"\xff" + data[30:]
    text, name = decode(data, "page.txt")
    assert "\ufffd" in text and text.replace("\ufffd", "") == PAGE
    assert "replaced" in caplog.text


# --- traditional script -------------------------------------------------------------------------

TRADITIONAL = [
    ("市委書記李理主持會議。", "市委书记李理主持会议。"),
    ("國務院總理在北京會見了來訪的德國總理。", "国务院总理在北京会见了来访的德国总理。"),
    ("鄂爾多斯市人民政府與內蒙古大學簽署戰略合作協議。", "鄂尔多斯市人民政府与内蒙古大学签署战略合作协议。"),
    ("這個問題一目瞭然。", "这个问题一目了然。"),  # a phrase of OpenCC (瞭 -> 了 only in phrases)
]


@pytest.mark.parametrize("trad,simp", TRADITIONAL)
def test_to_simplified_one_for_one(trad, simp):
    assert to_simplified(trad) == simp
    view = View.of(trad)
    assert view.text == simp
    assert view.source_text(0, len(simp)) == trad


@pytest.mark.parametrize("text", [*SENTENCES, "乾隆年间的乾坤", "我们于是决定著书立说。", "么麽小丑"])
def test_simplified_text_untouched(text):
    assert to_simplified(text) == text
    assert View.of(text).text == fold(text)


@pytest.mark.parametrize("text", SENTENCES[:4])
def test_traditional_mentions_match_simplified(text):
    trad = _traditional(text)
    assert len(trad) == len(text)
    simp_mentions = extract(text)
    trad_mentions = extract(trad)
    spans = [(m.start, m.end, m.type) for m in trad_mentions]
    assert spans == [(m.start, m.end, m.type) for m in simp_mentions]
    for m in trad_mentions:
        assert trad[m.start:m.end] == m.text  # names keep the original characters


@pytest.mark.parametrize("trad,expected", [
    ("市委書記李理主持會議。", {("TITLE", "市委書記"), ("PER", "李理")}),
    ("鄂爾多斯市人民政府與內蒙古大學簽署協議。", {("ORG", "內蒙古大學")}),
    ("交流會在呼和浩特市召開，會議由副市長王強主持。", {("LOC", "呼和浩特市"), ("TITLE", "副市長")}),
])
def test_traditional_matched_against_simplified_lexicons(trad, expected):
    got = {(m.type, m.text) for m in extract(trad)}
    assert expected <= got


# Facts of an article in traditional script are those of the same article in simplified script: every
# stage reads it in simplified characters (a traditional surname is a surname: 楊潔篪 is no foreign name,
# so 國務委員 is China's; 訪華 goes to China; 昨天 is dated), and the mentions give back the characters as
# written.
FACT_ARTICLES = [
    "新华社北京11月4日电（记者侯丽军）国务委员杨洁篪4日在中南海会见了应全国友协邀请访华的英国苏格兰地方政府"
    "首席部长萨蒙德一行。",
    "3月8日，越南国会主席访华。国家主席在人民大会堂同他举行会谈。",
    "县委书记陆卫东昨天主持召开县委常委会会议，县委副书记、县长顾国标出席会议。",
]


def _facts(text: str) -> tuple[list, list]:

    r = article_of(text, date="2024-03-09")
    posts = [(m.person.start, m.person.end, m.role, m.organization) for m in r.memberships]
    events = [(e.type, e.date, e.place.key if e.place else None, e.trigger.start) for e in r.events]
    return posts, events


@pytest.mark.parametrize("text", FACT_ARTICLES)
def test_traditional_facts_match_simplified(text):
    trad = _traditional(text)
    assert len(trad) == len(text) and trad != text
    assert _facts(trad) == _facts(text)

    r = article_of(trad, date="2024-03-09")
    assert r.doc.text == trad
    for m in [*r.mentions, *(p.person for p in r.memberships), *(e.trigger for e in r.events)]:
        assert trad[m.start:m.end] == m.text


def test_big5_file_gives_traditional_names(tmp_path):
    trad = _traditional(SENTENCES[0])
    path = tmp_path / "tw.txt"
    path.write_bytes(trad.encode("big5"))
    (rec,) = extract_documents([path])
    texts = {(m["type"], m["text"]) for m in rec["mentions"]}
    assert ("TITLE", "市委書記") in texts
    for m in rec["mentions"]:
        assert trad[m["start"]:m["end"]] == m["text"]


def test_bom_names_are_codecs():
    # the names decode() reports are ones Python's codecs know
    for _, name in ENCODINGS:
        codecs.lookup(name)


CLUENER = SHARED_EVAL / "cluener-dev.jsonl"


@pytest.mark.skipif(not CLUENER.exists(), reason="needs ../shared/eval/cluener-dev.jsonl")
@pytest.mark.parametrize("encoding", ["gb18030", "utf-16-be", "big5"])
def test_short_news_sentences_detected(encoding):
    # CLUENER sentences are short and often mix in Latin letters: the hard case for detection
    lines = CLUENER.read_text(encoding="utf-8").splitlines()[:300:2]
    texts = [json.loads(line)["text"] for line in lines]
    if encoding == "big5":
        texts = [_traditional(t) for t in texts]
    exact = total = 0
    for text in texts:
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        total += 1
        exact += decode(data, "x.txt")[0] == text
    assert exact >= 0.99 * total, (exact, total)  # charset-normalizer alone: 94%, 98%, 87%


# A paragraph's indentation (　　 opening each line, as pages print it) is layout: the view leaves it out
# and a sentence opens after it, so an indented article gives the facts of the same article unindented (会议
# opening the second paragraph still dates the resignation on the day of the session).
INDENTED = [
    "13日，县十七届人大常委会召开第二十八次会议。县人大常委会副主任陈德明主持会议。\n"
    "会议审议表决通过有关人事任免事项，决定接受蔡贤中同志辞去县人民政府县长职务。",
    "3月14日，外交部发言人秦刚主持例行记者会。\n当日，他回答了记者提问。",
]


@pytest.mark.parametrize("text", INDENTED)
@pytest.mark.parametrize("indent", ["\u3000\u3000", "  ", "\t"])
def test_indented_paragraphs_give_the_same_facts(text, indent):
    indented = indent + text.replace("\n", "\n" + indent)
    posts, events = _facts(indented)
    plain_posts, plain_events = _facts(text)
    assert [p[2:] for p in posts] == [p[2:] for p in plain_posts]
    assert [e[:3] for e in events] == [e[:3] for e in plain_events]
    assert any(e[1] for e in events)


# Windows line ends leave the \r out of the view: a post whose body is written before the name
# (X处古文力副处长) keeps that body after a \r\n as after a \n (the body's mention, already in view
# offsets, was converted again and fell before its sentence)
@pytest.mark.parametrize("text", [
    "调研座谈。\n中山大学国际合作与交流处古文力副处长、张哲副处长出席。",
    "会议召开。\n\n驻日本大使馆为他们举行壮行会，郭燕公使出席。",
])
def test_crlf_line_ends_give_the_same_posts(text):
    shifted = [(a + text[:a].count("\n"), b + text[:b].count("\n"), role, org)
               for a, b, role, org in _facts(text)[0]]
    assert _facts(text.replace("\n", "\r\n"))[0] == shifted


# What a scraped page hides (zero-width spaces after its commas and full stops) is left out of the document
# every stage reads, and given back in the offsets: the held-out modern articles give the same facts with
# them, every mention's text the input's own
def test_zero_width_spaces_give_the_same_facts():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "eval_input_forms.py"
    spec = importlib.util.spec_from_file_location("eval_input_forms", path)
    assert spec is not None and spec.loader is not None
    forms = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(forms)
    ef = forms._eval_facts()
    articles = ef.read_jsonl(str(path.parent.parent / "eval" / "modern-heldout" / "articles.jsonl"))
    hidden = [dict(a, text=forms.FORMS["zero-width"](a["text"])) for a in articles]
    plain = [forms.facts(r, str) for r in ef.run_kg(articles)]
    got = [forms.facts(r, str) for r in ef.run_kg(hidden)]
    assert got == plain
    for a, r in zip(hidden, ef.run_kg(hidden), strict=True):
        assert [m["text"] for m in r["mentions"]] == [a["text"][m["start"]:m["end"]] for m in r["mentions"]]


# Corner quotes (「」『』, as Hong Kong and Taiwan print quotations) are read as the quotes the rules know: a
# quotation is no event of its own (「这次签约仪式…」), and the mentions keep the input's characters
@pytest.mark.parametrize("text", [
    "“这次签约仪式的成功举行，标志着合作进入新阶段。”市长说。",
    "4月1日，“日本大分周”开幕式在日本大分县举行。",
])
def test_corner_quotes_read_as_quotes(text):

    cornered = text.translate(str.maketrans("“”‘’", "「」『』"))
    assert _facts(cornered) == _facts(text)
    r = article_of(cornered, date="2024-03-09")
    assert all(cornered[m.start:m.end] == m.text for m in r.mentions)
