"""Splitting a newspaper page into articles: headlines, bylines, credits, page breaks, repeats."""
from __future__ import annotations

from pathlib import Path

import pytest
from kgread import article_of

from kg.ingest.page import infer_year, paragraphs, published_date, split_articles
from kg.model import Document
from kg.nlp.normalize import View

SEED = Path(__file__).resolve().parent.parent / "seeds" / "ordos-daily-2025-06-page.txt"


def page(text: str) -> list:
    return split_articles(Document(id="p", text=text))


def span(text: str, s) -> str | None:
    return text[s[0]:s[1]] if s else None


@pytest.mark.parametrize(
    "body, reporters, media, dateline",
    [
        ("本报融媒记者张诗曼 赵琛玮 6月13日,市委常委会召开会议。", ["张诗曼", "赵琛玮"], "本报", None),
        ("本报讯 市融媒体中心记者张媛 张浩 6月13日,会议召开。", ["张媛", "张浩"], "本报", None),
        ("本报综合消息 奔腾融媒记者阿荣 杨和平 市融媒体中心记者张诗曼 赵琛玮 6月13日,会议召开。",
         ["阿荣", "杨和平", "张诗曼", "赵琛玮"], "本报", None),
        ("本报融媒记者边舒帆 刘亚楠 近年来,市工信局推动制造业转型。", ["边舒帆", "刘亚楠"], "本报", None),
        ("康巴什讯 近年来,我市全面加强政务服务领域标准化工作。", [], None, "康巴什"),
        # 记者 followed by a verb is no byline.
        ("工作人员向记者演示安全矩阵系统在厂区的综合应用。", [], None, None),
    ],
)
def test_byline(body, reporters, media, dateline):
    text = f"标题一则\n\n{body}"
    [art] = page(text)
    assert span(text, art.headline) == "标题一则"
    assert [m.text for m in art.reporters] == reporters
    assert all(text[m.start:m.end] == m.text for m in art.reporters)
    assert (art.media.text if art.media else None) == media
    assert (art.dateline.text if art.dateline else None) == dateline


@pytest.mark.parametrize(
    "last, photographers, credits",
    [
        ("让更多人感受鄂尔多斯文化的魅力。王琪 胡杨 摄", ["王琪", "胡杨"], []),
        ("为全市优化营商环境注入强劲动能。(祁淑婧 方瑞敏)", [], ["祁淑婧", "方瑞敏"]),
        ("同胞们致以问候。（新华社记者兰红光摄）", ["兰红光"], []),
        # 拍摄 for 摄: its 拍 is no part of the name
        ("主席在这里欢迎来宾。（央视记者章大猛拍摄）", ["章大猛"], []),
        ("等待拍摄合影的记者。（记者张晓鹏拍摄）", ["张晓鹏"], []),
        # A bracket that is no credit.
        ("公开情况一览表(第7批)》(详情见今日二、三版)", [], []),
        ("首批国家紧急救援基地牵头单位(筹)。", [], []),
    ],
)
def test_credits(last, photographers, credits):
    text = f"标题\n\n{last}"
    [art] = page(text)
    assert [m.text for m in art.photographers] == photographers
    assert [m.text for m in art.credits] == credits


def test_page_break_is_read_past_through_the_view():
    text = "标题\n\n本报讯 会议要求,要深入学习贯彻习近平总书记\n\n关于精神文明建设的重要论述。"
    [art] = page(text)
    view = View.of(text, art.start, art.end, drop=art.skipped)
    assert "习近平总书记关于精神文明" in view.text
    i = view.text.index("总书记关于")
    a, b = view.to_source(i, i + 5)
    assert text[a:b] == "总书记\n\n关于"


def test_closed_paragraphs_are_not_joined():
    text = "标题\n\n第一段。\n\n第二段。"
    [art] = page(text)
    assert art.skipped == ()


def test_repeated_sentences_are_marked_and_different_ones_kept():
    s1, s2, s3 = "会议进一步传达学习《论述摘编》。", "强调要严格落实责任制。", "会议传达了《论述摘编》。"
    text = "标题\n\n" + s1 + s2 + s3 + s2 + s3 + s2
    [art] = page(text)
    repeated = [text[a:b] for a, b in art.repeats]
    assert repeated == [s2, s3, s2]
    first = text.index(s2)
    assert all(a > first for a, _ in art.repeats)


def test_heading_block_headline_is_the_longest():
    text = "中央督察在内蒙古\n\n督察组向内蒙古自治区交办第十六批信访举报件情况\n\n6月13日,督察组交办信访件。"
    [art] = page(text)
    assert span(text, art.headline) == "督察组向内蒙古自治区交办第十六批信访举报件情况"
    assert [span(text, s) for s in art.subheadlines] == ["中央督察在内蒙古"]


def test_year_is_inferred_from_the_page():
    assert infer_year("2017年试点。2025年5月28日—6月28日。2025年计划。") == "2025"
    assert infer_year("没有年份。") is None
    [art] = page("标题\n\n2024年6月13日,会议召开。")
    assert art.date == "2024"
    [art] = split_articles(Document(id="p", text="标题\n\n2024年,会议召开。"), date="2025-06-14")
    assert art.date == "2025-06-14"


def test_jsonl_record_is_one_article():
    text = "标题一\n\n第一段。\n\n标题二\n\n第二段。"
    arts = split_articles(Document(id="r", text=text, line=3))
    assert len(arts) == 1 and (arts[0].start, arts[0].end) == (0, len(text))


def test_empty_and_blank_documents_have_no_articles():
    assert page("") == []
    assert page(" \n\n\u3000\n") == []


def test_paragraph_spans_are_stripped():
    text = "\n\n  甲。\n\n乙\n丙\n\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["甲。", "乙\n丙"]


@pytest.mark.skipif(not SEED.exists(), reason="seed page missing")
def test_seed_page_articles():
    text = SEED.read_text(encoding="utf-8")
    arts = split_articles(Document(id="seed", text=text))
    heads = [span(text, a.headline) for a in arts]
    assert heads[0] == "全区精神文明建设成果交流会召开"
    assert heads[2] == "市政府召开常务会议"
    assert "北京大学人民医院·鄂尔多斯市中心医院 专科区域协作中心成功签约" in heads
    assert heads[-1] is None  # the closing photo caption has no headline
    by_head = {span(text, a.headline): a for a in arts}
    first = by_head["全区精神文明建设成果交流会召开"]
    assert [m.text for m in first.reporters] == ["阿荣", "杨和平", "张诗曼", "赵琛玮"]
    assert [m.text for m in arts[-1].photographers] == ["王琪", "胡杨"]
    assert any(a.dateline is not None and a.dateline.text == "康巴什" for a in arts)
    assert any(a.credits and [m.text for m in a.credits] == ["祁淑婧", "方瑞敏"] for a in arts)
    assert len(by_head["市政府召开常务会议"].repeats) == 3
    assert all(a.date == "2025" for a in arts)
    # Articles tile the page in order and never overlap.
    assert all(x.end <= y.start for x, y in zip(arts, arts[1:], strict=False))


# A page's (or a record's) own date of publication in its first lines, when the input gives none: labelled
# (发布时间：), with a time of day, or alone on its line; not a date opening the story's first sentence
@pytest.mark.parametrize("text, expected", [
    ("发布时间：2023-03-14 10:20  来源：日照日报\n昨天，市委书记调研。", "2023-03-14"),
    ("2023年03月14日 10:20\n正文", "2023-03-14"),
    ("标题\n2023/3/14\n正文", "2023-03-14"),
    ("日期：2023.03.14 星期二\n正文", "2023-03-14"),
    ("2023年3月14日，市委召开会议。", None),
    ("发布时间：2023-02-30 10:20\n正文", None),
    ("正文一\n正文二\n正文三\n2023-03-14", None),
])
def test_published_date(text, expected):
    assert published_date(text) == expected


def test_yesterday_on_a_page_dated_by_its_header():

    text = "发布时间：2023-03-14 10:20  来源：日照日报\n昨天，市委书记张海波到东港区调研。"
    r = article_of(text)
    assert [(e.type, e.date) for e in r.events] == [("Inspection", "2023-03-13")]


# A paper's or an agency's dateline names no place (山西晚报讯, 据新华社电); a place's does (康巴什讯)
@pytest.mark.parametrize("body, dateline", [
    ("山西晚报讯 2月7日，省委常委张吉福到省直新闻单位调研。", None),
    ("据新华社电 外交部发言人汪文斌1日宣布，老挝外长将访问中国。", None),
    ("康巴什讯 近年来，我市全面加强政务服务领域标准化工作。", "康巴什"),
])
def test_a_dateline_names_a_place_not_a_paper(body, dateline):
    [art] = page(f"标题一则\n\n{body}")
    assert (art.dateline.text if art.dateline else None) == dateline


# Many sites and text files part paragraphs by a blank line: a story with subheads, captions, list items
# and credit lines so written is one story, with the facts of the same text with single line breaks
STORIES = [
    # a subhead inside the story: the appointments keep the date told before it
    "2月2日下午，省十二届人大常委会第二十七次会议表决通过了多项人事任免案。\n省人大常委会主任提议任免2人次\n"
    "经大会表决通过，任命纪冰为省人大常委会财政经济工作委员会副主任。",
    # captions and list items have no punctuation: no sentence runs on into the next paragraph
    "7月5日，林秘书长出席兰州投资贸易洽谈会。\n天津市市长张工 福建省省长赵龙\n"
    "林秘书长在当天的欢迎晚宴上还与天津市长张工、福建省长赵龙亲切交流。",
    "带队赴上海的各省份地级市领导包括：\n四川\n四川省委常委、成都市委书记施小琳（11月4日至7日）",
    # a photo caption with its credit opens the story, a credit line closes it
    "县委书记李理会见客商一行。记者 杨槐 摄\n本报讯（记者 王磊）18日，县委书记李理在县城会见了客商一行。"
    "\n（郭颖 天乐）",
    # a title with a comma before the wire's dateline
    "东帝汶总统将对中国进行国事访问，外交部介绍情况\n【环球时报-环球网报道 记者乌元春】"
    "外交部发言人毛宁主持7月26日例行记者会。",
]


def _story_facts(text: str) -> tuple[list, list, list]:
    from kg.pipeline import process_document

    results = process_document(Document(id="p", text=text, date="2024-07-27"))
    assert all(text[m.start:m.end] == m.text for r in results for m in r.mentions)
    posts = [(m.person.text, m.role, m.organization) for r in results for m in r.memberships]
    events = [(e.type, e.date, e.place.key if e.place else None, e.trigger.text)
              for r in results for e in r.events]
    return posts, events, [(m.text, m.type) for r in results for m in r.mentions]


@pytest.mark.parametrize("text", STORIES)
def test_paragraphs_apart_by_blank_lines_read_as_one_story(text):
    spaced = text.replace("\n", "\n\n")
    assert len(page(spaced)) == 1
    assert _story_facts(spaced) == _story_facts(text)


def test_a_titled_story_with_subheads_is_one_article():
    text = ("省人大常委会任免27人次\n\n2月2日下午，省人大常委会会议表决通过了多项人事任免案。\n\n"
            "因年龄原因7人提出辞职\n\n提出辞职7人，因年龄原因，朱勇提出辞去职务。")
    [art] = page(text)
    assert span(text, art.headline) == "省人大常委会任免27人次" and art.skipped == ()


def test_stories_with_headlines_and_datelines_are_split():
    text = ("老挝外长将访华\n\n据新华社电 外交部发言人汪文斌1日宣布，老挝外长沙伦赛将于4月2日访问中国。\n\n"
            "外交部：欢迎旧金山市市长访华\n\n据新华社电（记者 成欣） 旧金山市市长布里德宣布将访问中国。")
    arts = page(text)
    assert [span(text, a.headline) for a in arts] == ["老挝外长将访华", "外交部：欢迎旧金山市市长访华"]
    assert all(a.dateline is None for a in arts)


# A dateline glued to its date (山西晚报讯2月7日，…) dates the story's event as with a space (讯 2月7日)
@pytest.mark.parametrize("dateline", ["山西晚报讯", "康巴什讯", "本报讯", "本网讯（记者 张三）"])
def test_a_dateline_glued_to_its_date_dates_the_event(dateline):

    for glue in ("", " "):
        text = f"{dateline}{glue}2月7日，市委书记李理到康巴什区调研。"
        r = article_of(text, date="2024-02-08")
        assert [(e.type, e.date) for e in r.events] == [("Inspection", "2024-02-07")]
