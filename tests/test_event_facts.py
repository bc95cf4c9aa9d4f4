"""Events of issue 12's error classes: dates by the clause of the trigger (当地时间), venues as places and
not organisers, the place a visit goes to, a word inside a name is no event, a bare 论坛 refers back.
Made-up sentences of the shapes news uses."""
from __future__ import annotations

import pytest
from kgread import events_of

from kg.model import Document
from kg.pipeline import process_document


def events_with_people(text: str):
    """Type, date, place and the sorted attendees of each event the whole pipeline reads in ``text``."""
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return [(e.type, e.date, e.place.text if e.place else None, sorted(a.text for a in e.attendees))
            for r in process_document(doc, date="2025-06-14", place="鄂尔多斯市") for e in r.events]


def events(text: str):
    return [(e.type, e.date, e.place.text if e.place else None, e.place.type if e.place else None,
             e.organizer.text if e.organizer else None)
            for e in events_of(text, date="2025-06-14", place="鄂尔多斯市")]


@pytest.mark.parametrize("text, expected", [
    # a venue named like a body is the place (a Place in the graph), not the organiser
    ("3月8日晚，市长王强在国际会议中心会见客人。",
     [("Reception", "2025-03-08", "国际会议中心", "LOC", None)]),
    ("5月2日，市委书记赵军在会展中心会见了客商。", [("Reception", "2025-05-02", "会展中心", "LOC", None)]),
    # the place a visit or an inspection goes to is its verb's object
    ("省长张三访问美国。", [("Visit", None, "美国", "LOC", None)]),
    ("市委书记李明考察了深圳。", [("Inspection", None, "深圳", "LOC", None)]),
    # ... or the place it names after 位于, the place of 对X进行国事访问, the place its doer came to
    ("省长王强考察了位于包头市的企业。", [("Inspection", None, "包头市", "LOC", None)]),
    # a place's name after a modifier ending in 的 that says how it looks, not whose it is
    ("6月3日,签约仪式在宽敞明亮的青山宾馆会议室举行。",
     [("Signing", "2025-06-03", "青山宾馆会议室", "LOC", None)]),
    ("12月7日,王明同志遗体告别仪式在庄严肃穆的白水山革命公墓举行。",
     [("Ceremony", "2025-12-07", "白水山革命公墓", "LOC", None)]),
    ("6月3日,签约仪式在市政府的会议室举行。", [("Signing", "2025-06-03", "市政府的会议室", "LOC", None)]),
    # ... the place named after 位于, not the words after its 的 (no site's name opens with 的)
    ("9月3日,参访团抵达悉尼,首站拜访位于沙利山的青山同乡总堂。",
     [("Visit", "2025-09-03", "沙利山", "LOC", None)]),
    ("9月3日,考察团首站参观位于白水镇的青山博物馆。", [("Visit", "2025-09-03", "白水镇", "LOC", None)]),
    ("美国总统李特将对中国进行国事访问。", [("Visit", None, "中国", "LOC", None)]),
    ("6月2日，市委书记李明来到杭锦旗走访村民。", [("Visit", "2025-06-02", "杭锦旗", "LOC", None)]),
    # 于 ending a name (张中于) or before a verb of going (于前往) opens no place
    ("6月2日，副主任张中于带队前往青山市中级人民法院调研。",
     [("Inspection", "2025-06-02", "青山市中级人民法院", "LOC", "青山市中级人民法院")]),
    # the place ends before the partner (同, 与); 当地时间 and 北京时间 dates open the sentence
    ("当地时间6日，主席张明在美国佛罗里达州海湖庄园同美国总统李特举行会晤。",
     [("Reception", "2025-06-06", "美国佛罗里达州海湖庄园", "LOC", None)]),
    ("北京时间5日，总理陈平在日内瓦与瑞士总统会谈。", [("Reception", "2025-06-05", "日内瓦", "LOC", None)]),
    # a forum that opens is one event, its opening (eval/modern's convention), and a bare 论坛 after it
    # refers back to it
    ("12月1日，2022青山论坛开幕。本届论坛为期3天。", [("Opening", "2025-12-01", "青山", "LOC", None)]),
])
def test_event_dates_and_places(text, expected):
    assert events(text) == expected


# A meeting only named (学习贯彻…精神, 报…会议备案, 经大会) is no reported event: it needs a date, a place or
# people taking part in the text; a meeting the text dates is one even when only its spirit is studied
@pytest.mark.parametrize("text, expected", [
    ("会议要求，认真学习贯彻党的二十大精神。", []),
    ("任免事项报市十六届人民代表大会第三次会议备案。", []),
    ("6月3日，县委常委会召开会议，传达学习市委三届五次全会精神。", [("Meeting", "2025-06-03")]),
    ("会议传达学习了5月28日全市经济工作会议精神。", [("Meeting", "2025-05-28")]),
    ("全市干部大会在市委礼堂召开。", [("Conference", None)]),
    ("市委书记李明主持召开座谈会。", [("Conference", None)]),
    ("会前进行了集体学习。", [("StudySession", None)]),
    # a meeting named in the title of a document is no event, even after 召开
    ("6月3日，县委常委会召开会议，同意《关于召开县委第九次全体会议的建议》。", [("Meeting", "2025-06-03")]),
    ("6月3日，县委举行签约仪式，印发《关于举办青山论坛的通知》。", [("Signing", "2025-06-03")]),
    # a parliament named 最高会议 and its chambers (立法院, 参议院) are bodies, not meetings
    ("6月3日,主席王强在青山国最高会议立法院发表演讲。", []),
    ("6月3日,青山国最高会议参议院主席李明会见代表团。", [("Reception", "2025-06-03")]),
])
def test_a_meeting_only_named_is_no_event(text, expected):
    assert [e[:2] for e in events(text)] == expected


# A meeting's noun inside a body's name (青年会 holds 年会: ``except_before`` of events/triggers.jsonl)
# or before a word that makes it a speech or a speaker at it (大会发言, 大会主讲人: ``noun-end`` of
# events/words.tsv) names no event of its own
@pytest.mark.parametrize("text, expected", [
    ("9月5日,青山商会召开会长会议,会长王强、副会长兼青年会主任李明参加会议。", [("Meeting", "2025-09-05")]),
    ("王强等8名委员围绕优化营商环境等内容作大会发言。", []),
    ("青山商会在白水市隆重举行新届就职典礼。参议长李明担任大会主讲人,白水市长王强等先后致辞。",
     [("Ceremony", None)]),
    ("9月5日,青山商会召开2025年年会。", [("Conference", "2025-09-05")]),
])
def test_a_meeting_noun_in_a_name_or_a_speech(text, expected):
    assert [e[:2] for e in events(text)] == expected


# A conference, a visit, an inspection, a reception or a ceremony told with no day, no place and nobody
# taking part is spoken of in passing; with any of them it is a happening; an opening, a closing or a
# signing is told by what opens or is signed, no one named
@pytest.mark.parametrize("text, expected", [
    ("连日来，代表们在观摩调研中看到了新变化。", []),
    ("为扩大影响，代表团还考察了部分在沪企业。", []),
    ("大会在庄严的升国旗仪式中拉开序幕。", []),
    ("调研组还分别召开了座谈会，听取村两委班子的介绍。", []),
    ("6月3日，代表团考察了青山公司。", [("Inspection", "2025-06-03")]),
    ("代表团在青山县考察了部分企业。", [("Inspection", None)]),
    ("市长王强会见了客商张伟一行。", [("Reception", None)]),
    ("青山商品展开幕。", [("Opening", None)]),
])
def test_an_event_told_in_passing_is_no_event(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 检查 and 巡查 by a named person or body are inspections, with their own date and place
    ("9月27日，市委书记李明深入青山汽车站检查节日安全工作。", [("Inspection", "2025-09-27", "青山汽车站")]),
    ("12月3日，省巡查组组长王强对青山县开展安全生产巡查。", [("Inspection", "2025-12-03", "青山县")]),
    # a name the tagger glued to 到 still does what it does (部长赵吉福到…调研), at the unit gone to
    ("2月7日，省委常委、宣传部部长赵吉福到省直新闻单位调研。",
     [("Inspection", "2025-02-07", "省直新闻单位")]),
    # no person, no inspection: a check-up of equipment
    ("设备检查完毕。", []),
])
def test_inspections_of_modern_news(text, expected):
    assert [e[:3] for e in events(text)] == expected


# Dates by the clause and the paragraph: a date in brackets says which day (今日(6月13日)), a byline in
# 【】 is no part of the clause that opens with a date, a paragraph's opening date holds for the events of its
# later sentences, and a bare noun of a meeting is dated by its sentence.
@pytest.mark.parametrize("text, expected", [
    ("全市运动会今日(6月13日)闭幕后,市长王强将出席记者会。", [("Closing", "2025-06-13"), ("Release", None)]),
    ("昨晚(6月12日),第五届冰雪节在哈尔滨开幕。", [("Opening", "2025-06-12")]),
    ("【记者 王芳】6月10日,县委书记赵建平主持召开县委常委会第24次会议。", [("Meeting", "2025-06-10")]),
    ("6月10日下午,市政府与青山集团签署合作协议。市委书记王强会见了青山集团董事长李明一行。",
     [("Signing", "2025-06-10"), ("Reception", "2025-06-10")]),
    ("6月10日,县委书记赵建平主持召开县委常委(扩大)会,各副县长参加会议。", [("Meeting", "2025-06-10")]),
    # a paragraph of its own has no opening date of the paragraph before
    ("6月10日,市委书记王强在我市调研。\n市长李明会见了客商张华。",
     [("Inspection", "2025-06-10"), ("Reception", None)]),
    # a time of day in Chinese numerals between the date and the comma (上午十时三十分, 下午五时许)
    ("12月7日上午十时三十分,青山商会新届理事就职典礼在白水酒店举行。", [("Ceremony", "2025-12-07")]),
    ("十一月八日(星期六)上午十时,青山联乡会会长王锐率访问团莅临白水同乡会访问。", [("Visit", "2025-11-08")]),
    ("5月8日下午五时许,市长王强会见了客商李明。", [("Reception", "2025-05-08")]),
    # days of one month listed with 、 (2月24、25日): the first of them, not the last in the paper's month
    ("2月24、25日,省委常委王强率队来青山县开展工作调研,并组织召开座谈会。",
     [("Inspection", "2025-02-24"), ("Conference", "2025-02-24")]),
])
def test_event_dates_by_clause_and_paragraph(text, expected):
    assert [e[:2] for e in events(text)] == expected


# Places: a one-character short name after 在 or 来 (在京会见, 来深考察), a place named right after 在 before
# other words of the clause (在人民大会堂接受…递交国书), the venue of an event attended (在X出席记者会).
@pytest.mark.parametrize("text, expected", [
    ("政协主席王强13日在京会见越南客人阮秋。", [("Reception", "2025-06-13", "京", "LOC", None)]),
    ("6月13日,自治区主席张建国率党政代表团来深考察交流。", [("Inspection", "2025-06-13", "深", "LOC", None)]),
    ("国家主席王强13日下午在人民大会堂接受新任驻华大使递交国书。",
     [("Ceremony", "2025-06-13", "人民大会堂", "LOC", None)]),
    ("6月13日,总理王强在人民大会堂金色大厅出席记者会。",
     [("Release", "2025-06-13", "人民大会堂金色大厅", "LOC", None)]),
    # 在 before a word that is no place gives none
    ("6月13日,市长王强在会上会见了客商。", [("Reception", "2025-06-13", None, None, None)]),
    # the body a meeting is held in after 在 is its place, not its organiser (a body written right before the
    # verb is both: 鄂尔多斯市中级人民法院召开座谈会)
    ("6月13日,在鄂尔多斯市中级人民法院召开座谈会。",
     [("Conference", "2025-06-13", "鄂尔多斯市中级人民法院", "ORG", None)]),
])
def test_short_names_and_venues_as_places(text, expected):
    assert events(text) == expected


# A one-character short name in a visit's verb (访津, 访华; not 访澳: Australia or Macao) or after 在 before
# a partner's preposition (在汉与…座谈); a place visited before an event joined to the visit (访问X并会见,
# 途经X时会见).
@pytest.mark.parametrize("text, expected", [
    ("6月3日,青山市经济交流代表团访津。", [("Visit", "2025-06-03", "津", "LOC", None)]),
    ("6月3日,肯尼亚总统访华。", [("Visit", "2025-06-03", "华", "LOC", None)]),
    ("6月3日,中国杂技团访澳演出。",
     [("Visit", "2025-06-03", None, None, "中国杂技团"),
      ("Performance", "2025-06-03", None, None, "中国杂技团")]),
    ("6月3日,省长王强在汉与青山集团董事长李明座谈。", [("Conference", "2025-06-03", "汉", "LOC", None)]),
    ("6月3日,总领事王强访问青山县并会见县长李明。",
     [("Visit", "2025-06-03", "青山县", "LOC", None), ("Reception", "2025-06-03", "青山县", "LOC", None)]),
    ("6月3日,外长王强结束访问南非回国途经香港时会见特首李明。",
     [("Visit", "2025-06-03", "南非", "LOC", None), ("Reception", "2025-06-03", "香港", "LOC", None)]),
])
def test_short_names_in_verbs_and_places_visited(text, expected):
    assert events(text) == expected


def short_places_of(text: str, home: str):
    doc = Document(id="t", text=text, date="2025-06-14", place=home)
    return [(e.type, e.place.text if e.place else None, e.place.key if e.place else None)
            for r in process_document(doc, date="2025-06-14", place=home) for e in r.events]


# A place's first character stands for it after 在 or a verb of coming (在眉会见, 莅清, 来秀考察,
# 赴秘访问) when the place is the publisher's home (or a part of its name: 秀山 of 重庆市秀山…自治县)
# or one the article names from the gazetteer, and no other place the article names starts with it.
@pytest.mark.parametrize("text, home, expected", [
    ("18日,市委书记王强在眉会见了香港客商李明一行。", "眉山市", [("Reception", "眉", "眉山市")]),
    ("9月21日上午,市安全生产督导组莅清,就我县安全生产工作进行督导。", "清徐县",
     [("Inspection", "清", "清徐县")]),
    ("6月3日,青山县代表团来秀考察。", "重庆市秀山土家族苗族自治县",
     [("Inspection", "秀", "秀山土家族苗族自治县")]),
    ("4月,局长王强率团赴秘访问,会见了秘鲁外长李特。", "鄂尔多斯市",
     [("Visit", "秘", "秘鲁"), ("Reception", None, None)]),
    ("王强走访了青山县。6月3日,王强在青会见客商李明。", "鄂尔多斯市",
     [("Visit", "青山县", "青山县"), ("Reception", "青", "青山县")]),
    # not a character no place of the article or home starts with, nor one two places start with
    ("18日,市委书记王强在眉会见了香港客商李明一行。", "鄂尔多斯市", [("Reception", None, None)]),
    ("4月,局长王强率团赴秘访问。", "鄂尔多斯市", [("Visit", None, None)]),
    ("王强走访了青山县和青河县。6月3日,王强在青会见客商李明。", "鄂尔多斯市",
     [("Visit", "青山县", "青山县"), ("Reception", None, None)]),
])
def test_short_names_of_the_article(text, home, expected):
    assert short_places_of(text, home) == expected


def named_places(text: str):
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return [(e.type, e.trigger.text, e.place.text if e.place else None)
            for r in process_document(doc, date="2025-06-14", place="鄂尔多斯市") for e in r.events]


# A chain of places gone to ends before a list of places inside the last one (白关镇南峰村、望山村:
# 白关镇) and before a count of sites (和平街道5个社区: 和平街道); 开展 holds an event as 召开 does (its
# place the town or community opening the clause, the event's name after it).
@pytest.mark.parametrize("text, expected", [
    ("3月19日,市委调研组赴青山县白关镇南峰村、望山村开展蹲点调研。", [("Inspection", "调研", "白关镇")]),
    ("3月19日,市委调研组赴青山县白关镇南峰村开展调研。", [("Inspection", "调研", "南峰村")]),
    ("6月13日,区政协主席王强赴和平街道5个社区开展走访。", [("Visit", "走访", "和平街道")]),
    ("9月12日,河西街道锦霞社区开展党建联席会,区质监局参加会议。",
     [("Meeting", "党建联席会", "河西街道锦霞社区")]),
    ("3月5日,白关镇新民村开展党员大会。", [("Conference", "党员大会", "白关镇新民村")]),
    # a venue's name ends before the verb holding the act (在…会议室举行座谈)
    ("6月13日,双方在市政府第一会议室举行座谈。", [("Conference", "座谈", "市政府第一会议室")]),
    # words describing the place the NER named, between the verb of going and it (转赴西部另一省份贵州)
    ("5月25日,代表团转赴西部另一省份贵州,展开正式访问。", [("Visit", "访问", "贵州")]),
])
def test_places_gone_to_and_holding(text, expected):
    assert named_places(text) == expected


# A place named between a series' name and the noun of an event's name is where it is held
# (…西博会圣保罗推介会; not a topic: 全国青山工作会议), unless the name opens with a place
# (2022腾冲科学家论坛); the places of partners listed before a name are not (青山、奥克兰、惠灵顿…峰会:
# the visit's place, of the clause before).
@pytest.mark.parametrize("text, expected", [
    ("4月,局长王强举办第十七届西博会圣保罗推介会。",
     [("Conference", "第十七届西博会圣保罗推介会", "圣保罗")]),
    ("5月14日,友协会长王强率团访问奥克兰,并出席第二届青山、奥克兰、惠灵顿“三城联盟”峰会。",
     [("Visit", "访问", "奥克兰"), ("Conference", "惠灵顿“三城联盟”峰会", "奥克兰")]),
    ("4月,局长王强出席2022腾冲科学家论坛。", [("Conference", "2022腾冲科学家论坛", "腾冲")]),
])
def test_places_in_names(text, expected):
    assert named_places(text) == expected


# An act verb right after a verb of holding or chairing opens the name of the meeting held (召开调研座谈会:
# one conference named 调研座谈会, no inspection beside it; 举行签约暨揭牌仪式, a signing: the act verb before
# 暨 says which ceremony, tests/test_joint_names_and_acts_done_to.py); an act verb held alone
# (举行会见) or told apart from the meeting (调研后召开座谈会) stays an event of its own.
@pytest.mark.parametrize("text, expected", [
    ("6月3日,市长王强主持召开调研协商座谈会。", [("Conference", "调研协商座谈会", None)]),
    ("6月3日,局长李明在项目部主持召开调研座谈会。", [("Conference", "调研座谈会", "项目部")]),
    ("6月3日,青山医院举行签约暨揭牌仪式。", [("Signing", "签约暨揭牌仪式", "青山医院")]),
    ("6月3日,市长王强举行会见。", [("Reception", "会见", None)]),
    ("6月3日,市长王强调研后召开座谈会。", [("Inspection", "调研", None), ("Conference", "座谈会", None)]),
])
def test_act_verbs_opening_names(text, expected):
    assert named_places(text) == expected


def keyed_places(text: str):
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return [(e.type, e.place.text if e.place else None, e.place.key if e.place else None)
            for r in process_document(doc, date="2025-06-14", place="鄂尔多斯市") for e in r.events]


# The place after 在 that opens a long clause before its verb (在X出席论坛的外长李特会晤…) is the chain of
# places written there, keyed by its last (泰国首都曼谷: 曼谷), also across an aside of a Latin name or a
# date.
@pytest.mark.parametrize("text, expected", [
    ("在泰国首都曼谷出席论坛的法国外长李特(Li Te)12日会晤了外交部长王强。",
     [("Conference", "泰国首都曼谷", "曼谷"), ("Reception", "泰国首都曼谷", "曼谷")]),
    ("在泰国首都曼谷出席论坛的法国外长李特12日会晤了外交部长王强。",
     [("Conference", "泰国首都曼谷", "曼谷"), ("Reception", "泰国首都曼谷", "曼谷")]),
    ("在曼谷出席论坛的法国外长李特12日会晤了外交部长王强。",
     [("Conference", "曼谷", "曼谷"), ("Reception", "曼谷", "曼谷")]),
])
def test_place_opening_a_long_clause(text, expected):
    assert keyed_places(text) == expected


# A visit's object after 了 and a modifier ending in 的 is its place: a place the NER names (参观了新建成的
# 青山博物馆) or a venue named in quotes (首次设立的“青山创新馆”); not after a verb that itself modifies
# (来青山参访省亲的台湾客人: 青山, not 台湾).
@pytest.mark.parametrize("text, expected", [
    ("省委书记王强参观了首次设立的“青山创新馆”。", [("Visit", "青山创新馆", "青山创新馆")]),
    ("省委书记王强参观了新建成的青山博物馆。", [("Visit", "青山博物馆", "青山博物馆")]),
    ("省委书记王强考察了青山县的企业。", [("Inspection", "青山县", "青山县")]),
    ("10月8日,市委书记刘强会见了来青山参访省亲的台湾客人丁一一行。",
     [("Reception", None, None), ("Visit", "青山", "青山区")]),
])
def test_visits_of_modified_objects(text, expected):
    assert keyed_places(text) == expected


# A clause opening with time words of its own and a verb goes on from the place the clause before arrived at
# (启程前往西安,翌日傍晚出席…闭幕式: 西安), as one opening with the verb does. (启程前往X is a visit of its
# own since session 37: the stop of a trip.)
@pytest.mark.parametrize("text, expected", [
    ("王强9月26日启程前往青山市,翌日傍晚出席第5届全省运动会闭幕式。",
     [("Visit", "青山市", "青山市"), ("Closing", "青山市", "青山市")]),
    ("王强9月26日抵达青山市,出席第5届全省运动会闭幕式。", [("Closing", "青山市", "青山市")]),
])
def test_time_words_before_going_on(text, expected):
    assert keyed_places(text) == expected


# A clause made of a continuing word and an agent verb (…进行了座谈,并考察了X) goes on with the subject of
# its sentence: the act has someone doing it when the sentence names them (a body, a person, a group).
@pytest.mark.parametrize("text, expected", [
    ("6月3日,青山市代表团与开发区进行了座谈,并考察了市民之家、地铁站点等场所。",
     [("Conference", "座谈", None), ("Inspection", "考察", "市民之家")]),
    ("6月3日,总领事王强会见副市长李明,陪同访问马赛,并参访马赛港。",
     [("Reception", "会见", None), ("Visit", "参访", "马赛")]),
    ("6月3日,会议听取了汇报,并交办了信访件。", []),
])
def test_agent_verbs_going_on(text, expected):
    assert named_places(text) == expected


# A visit and an inspection of one sentence by the same people are one inspection (开展摸排走访,就…进行深入
# 调研), as 走访调研 is; a visit and 考察 (a guest's word) stay a visit.
@pytest.mark.parametrize("text, expected", [
    ("6月13日,区政协主席王强赴西园街道开展摸排走访,就基层党组织建设工作进行深入调研。",
     [("Inspection", "走访", "西园街道")]),
    ("6月13日,区长王强参观了青山博物馆,考察了青山公司。", [("Visit", "参观", "青山博物馆")]),
])
def test_visit_and_inspection_of_one_sentence(text, expected):
    assert named_places(text) == expected


# A clause of 开展 or 进行 and an act (…来到青山镇,开展调研) goes on with the people of the clause of going
# before it, or of the clause before that one when the clause of going opens with its verb (王强在李明陪同下,
# 来到青山镇,开展调研); an act verb opening its clause after a visit's clause stays part of the visit.
@pytest.mark.parametrize("text, expected", [
    ("6月3日,市长王强来到青山镇,开展调研。", [("Inspection", "调研", "青山镇")]),
    ("6月3日,市长王强在局长李明陪同下,来到青山镇,开展调研。", [("Inspection", "调研", "青山镇")]),
    ("6月3日,市长王强带领有关部门负责同志,赴青山市对接协作工作,考察合作项目。",
     [("Visit", "对接", "青山市")]),
])
def test_acts_held_after_going(text, expected):
    assert named_places(text) == expected


# ... and when the clause of going opens with words of going on (先后, 分别) before its verb: the act's people
# are those of the clause before it (王强带队,先后到A、B等企业,调研…)
@pytest.mark.parametrize("text, expected", [
    ("6月3日,区长王强带队,先后到青山公司、白河公司等企业,调研指导生产工作。",
     [("Inspection", "2025-06-03", "青山公司", ["王强"])]),
    ("6月3日,市长王强带领有关部门负责同志,分别到青山镇、白河镇,检查安全生产工作。",
     [("Inspection", "2025-06-03", "青山镇", ["王强"])]),
    ("6月3日,书记王强带领班子成员,分两路深入各村,开展慰问活动。", [("Visit", "2025-06-03", None, ["王强"])]),
    # the people of a list of title and name groups before the clause of going (书记A,院长B率领…来到…)
    ("6月3日,党委书记王强,院长李明,副院长张华率领有关部门负责人来到病区,开展安全检查。",
     [("Inspection", "2025-06-03", None, ["张华", "李明", "王强"])]),
])
def test_acts_after_going_on(text, expected):
    assert events_with_people(text) == expected


# a surname alone before a title (李局长) attends as the article's one person named in full with it, or not
# at all (宋校长); a credit line's label (发布:) and an act inside a phrase of how another is done
# (通过…座谈交流等方式) are no events
@pytest.mark.parametrize("text, expected", [
    ("6月3日,局长李明、科长王华到青山中学视察。李局长检查了食堂。在宋校长陪同下,李局长参观了"
     "校园。",
     [("Inspection", "2025-06-03", "青山中学", ["李明", "王华"])]),
    ("6月3日,局长李明到青山中学调研。调研组通过听取汇报、座谈交流等方式了解情况。\n发布:王华",
     [("Inspection", "2025-06-03", "青山中学", ["李明"])]),
])
def test_surnames_alone_labels_and_manners(text, expected):
    assert events_with_people(text) == expected


# a wire's dateline ending in a slash before the day of the event (中评社北京4月28日电/4月27日，…)
def test_a_dateline_before_a_slash():
    text = "青山社北京4月28日电/4月27日,外长王强在纽约会见了李明。"
    assert [e[:2] for e in events_with_people(text)] == [("Reception", "2025-04-27")]


# Visits dated by one month only are trips of their own (4月赴A访问…4月赴B访问), not stops of one tour;
# stops of a tour of one day stay one event.
@pytest.mark.parametrize("text, expected", [
    ("局长李明4月赴青山市访问。局长李明4月赴白河市访问。",
     [("Visit", "访问", "青山市"), ("Visit", "访问", "白河市")]),
    ("6月3日,局长李明在青山市调研。李明随后来到白河市考察。", [("Inspection", "调研", "青山市")]),
])
def test_trips_of_a_month(text, expected):
    assert named_places(text) == expected


# A meeting named in an earlier sentence and referred to by a bare noun before an act verb (…第一次会议胜利
# 召开。…大会胜利开幕) stays the meeting: its opening is a part of the session; a forum so told is its
# opening, as before (eval/modern's convention).
@pytest.mark.parametrize("text, expected", [
    ("9月8日,青山镇第六届人民代表大会第一次会议胜利召开。在雄壮的国歌声中,大会胜利开幕。",
     [("Meeting", "青山镇第六届人民代表大会第一次会议", "青山镇")]),
    ("12月1日,2022青山论坛举行。论坛今日隆重开幕。", [("Opening", "开幕", "青山")]),
])
def test_session_opened_later(text, expected):
    assert named_places(text) == expected


# 督查 is an inspection (对X进行督查); an office named by the act (督查室, 巡查办, 调研室) tells none.
@pytest.mark.parametrize("text, expected", [
    ("9月22日,副局长宋砚敏率督查组对西岗区安全生产工作进行督查。",
     [("Inspection", "2025-09-22", "西岗区", "LOC", None)]),
    ("市委督查室主任李明、市委巡查办主任王强出席。", []),
    ("这项改革得到了国家体改委调研室的大力支持。", []),
    # a meeting named by the act it starts or pushes is that meeting only
    ("2月28日,青山市召开巡查动员部署会。", [("Meeting", "2025-02-28", "青山市", "LOC", None)]),
])
def test_supervision_and_offices_named_by_acts(text, expected):
    assert events(text) == expected


# A group named without its people's names acts as a person does (访问团拜访了X, 人大代表参观视察了X); not
# each group (各巡查组要…抓好巡查工作) nor a group's belongings (人大代表的专项视察).
@pytest.mark.parametrize("text, expected", [
    ("6月3日,访问团拜访了我国驻蒙古国大使沈敏娟。", [("Visit", "2025-06-03", None, None, None)]),
    ("6月3日,人大代表参观视察了青竹苑幼儿园。", [("Inspection", "2025-06-03", "青竹苑幼儿园", "ORG", None)]),
    ("6月3日,代表团考察了市民之家。", [("Inspection", "2025-06-03", "市民之家", "LOC", None)]),
    ("各巡查组要以高度的政治责任感抓好巡查工作。", []),
    ("要落实好人大代表的专项视察。", []),
    ("6月3日,市民之家考察了。", []),
])
def test_groups_named_without_names_act(text, expected):
    assert events(text) == expected


# What is striven for or urged has not happened (力争在3月签订, 鼓励积极加入); what is looked forward to in a
# headline is kept (南非各界热切期待习主席到访: the visit the article reports).
@pytest.mark.parametrize("text, expected", [
    ("双方达成合作意向,力争在3月与青山县签订框架合作协议。", []),
    ("王强向青山省介绍了联合会的情况并鼓励积极加入联合会。", []),
    ("6月3日,青山市长王强与李明签订合作协议。", [("Signing", "2025-06-03", None, None, None)]),
])
def test_what_is_striven_for_or_urged_is_no_event(text, expected):
    assert events(text) == expected


# A visit's place is the body or site its verb names when nothing else says where (拜访了青山区政府, 走访了
# 白云居民区和…), not the body of a person visited (拜会了港澳办主任李明); two verbs of one act share the
# place of their object (参观视察了X: one inspection at X).
@pytest.mark.parametrize("text, expected", [
    ("6月3日,市长王强带队拜访了北京市海淀区政府。", [("Visit", "北京市海淀区政府")]),
    ("6月3日,镇长王强走访了白云居民区和青山居民区两户困难家庭。", [("Visit", "白云居民区")]),
    ("6月3日,特首王强拜会了国务院港澳办主任李明。", [("Visit", None)]),
    ("6月3日,人大代表参观视察了青竹苑幼儿园、白云湿地公园。", [("Inspection", "青竹苑幼儿园")]),
    ("6月3日,王强赴上海拜访多国驻沪总领事馆。", [("Visit", "上海")]),
])
def test_bodies_and_sites_visited(text, expected):
    assert places(text) == expected


# A visit calling on an official goes to the place the official's post is of (拜会碧瑶市市长X, also a
# place the NER does not know), not a place referred to (该市) nor none (市长X); a capital named after its
# country is the place (访问哈萨克斯坦首都阿斯塔纳, 赴美国首都华盛顿出席…, the country untagged).
@pytest.mark.parametrize("text, expected", [
    ("6月3日，总领事王强拜会青山市市长李特。", [("Visit", "青山市")]),
    ("6月3日，总领事王强拜会了白沙县县长李特。", [("Visit", "白沙县")]),
    ("6月3日，总领事王强拜会该市市长李特。", [("Visit", None)]),
    ("6月3日，总领事王强拜会市长李特。", [("Visit", None)]),
    ("6月3日，总统王强访问哈萨克斯坦首都阿斯塔纳。", [("Visit", "阿斯塔纳")]),
    ("6月3日，总统王强访问哈萨克斯坦。", [("Visit", "哈萨克斯坦")]),
    ("6月3日，副主席王强赴美国首都华盛顿出席就职典礼。", [("Ceremony", "华盛顿")]),
    ("6月3日，副主席王强赴上海出席就职典礼。", [("Ceremony", "上海")]),
])
def test_officials_called_on_and_capitals(text, expected):
    assert places(text) == expected


# A town named by how its name ends opening the clause before the verb holding the event is its place
# (戴庙镇召开…对接会); a body (省军区, 国务院) or a word pointing at a place (我县) is not.
@pytest.mark.parametrize("text, expected", [
    ("7月6日上午,戴庙镇召开第一书记对接会。", [("Meeting", "戴庙镇")]),
    ("今天,省军区召开英雄事迹表彰会。", [("Ceremony", None)]),
    ("7月6日,我县召开第一书记对接会。", [("Meeting", None)]),
])
def test_towns_holding_events(text, expected):
    assert places(text) == expected


# A body named like a site (医院, 学校, 中心) opening the clause before the verb holding the event is where it
# is held, with the part of it written between (X医院新华院区); a body meeting (县政协召开主席会议) is no
# place.
@pytest.mark.parametrize("text, expected", [
    ("7月6日上午,青山市第一人民医院东院区举行签约仪式。", [("Signing", "青山市第一人民医院东院区")]),
    ("7月6日上午,青山市第一人民医院举行签约仪式。", [("Signing", "青山市第一人民医院")]),
    ("7月6日上午,青山县政协召开主席会议。", [("Meeting", None)]),
])
def test_sites_holding_events(text, expected):
    assert places(text) == expected


# 莅临 (to honour with one's presence) is a visit when nothing else is done in its clause (一行莅临我会); with
# an act after it (莅临X检查调研) that act is the event, and 对X莅临表示欢迎 is no visit.
@pytest.mark.parametrize("text, expected", [
    ("6月3日上午，青山市市长王刚一行莅临我会，会长李明热情接待。", [("Visit", "2025-06-03")]),
    ("6月3日上午，董事长王刚一行莅临青山项目部检查调研。", [("Inspection", "2025-06-03")]),
    ("会长李明对王刚一行莅临表示欢迎。", []),
])
def test_visits_honoured(text, expected):
    assert [(t, d) for t, d, _, _, _ in events(text)] == expected


# A visit to a country begins in the city arrived at (抵达北京,开始对中国进行国事访问: 北京); a site named
# after 在 before a preposition is where the event is held (在机场为X举行欢迎仪式), a word pointing at no
# site is not.
@pytest.mark.parametrize("text, expected", [
    ("美国总统李明8日下午抵达北京,开始对中国进行国事访问。", [("Visit", "北京")]),
    ("总统李明8日抵达拉巴特,开始对摩洛哥进行为期3天的正式友好访问。", [("Visit", "拉巴特")]),
    ("总统李明8日对摩洛哥进行正式友好访问。", [("Visit", "摩洛哥")]),
    ("6月3日,俄方在机场为王强举行隆重的欢迎仪式。", [("Ceremony", "机场")]),
    ("6月3日,市长王强在会上同李明会见。", [("Reception", None)]),
    # a clause opening with a verb goes on from the place the clause before arrived at (the arrival by
    # special plane a visit of its own)
    ("6日上午,总理王强乘专机抵达圣彼得堡,出席中俄总理定期会晤。",
     [("Visit", "圣彼得堡"), ("Reception", "圣彼得堡")]),
])
def test_cities_arrived_at_and_sites_after_zai(text, expected):
    assert places(text) == expected


def test_guests_who_come_separately_make_a_visit_each():
    text = "外交部发言人王强宣布:越南外长阮明山、老挝外长宋赛将于6月16日至18日分别访问中国。"
    found = [(e.type, e.date, sorted(a.text for a in e.attendees))
             for r in process_document(Document(id="t", text=text, date="2025-06-14")) for e in r.events]
    assert sorted(found) == [("Visit", "2025-06-16", ["宋赛"]), ("Visit", "2025-06-16", ["阮明山"])]


# Who takes part: speakers (致辞, 发言) as attendees; a named event that opens is the opening, the opening
# ceremony named after it the same event; 议息会议将宣布降息 is no subject of its verb
@pytest.mark.parametrize("text, expected", [
    ("6月13日,全市经济工作会议召开。市长王强、副市长李明先后发言。",
     [("Meeting", "2025-06-13", ["李明", "王强"])]),
    ("6月13日,2025青山论坛在青山市隆重开幕。市委书记王强致辞。开幕式后,与会领导参观了青山科技园。",
     [("Opening", "2025-06-13", ["王强"]), ("Visit", "2025-06-13", [])]),
    ("第十届全市运动会13日上午在市体育中心开幕。", [("Opening", "2025-06-13", [])]),
])
def test_speakers_and_openings(text, expected):
    found = [(e.type, e.date, sorted(a.text for a in e.attendees))
             for r in process_document(Document(id="t", text=text, date="2025-06-14")) for e in r.events]
    assert found == expected


# The date opening a sentence is the saying's when speech opens after it (发文称,…; 表示,…): what is said
# happened on a day the text does not tell
@pytest.mark.parametrize("text, expected", [
    ("6月10日,一名网友在微博发文称,嫌疑男子黄某已被警方抓获。", [("Arrest", None)]),
    ("6月10日,警方通报称,嫌疑男子黄某已被抓获。", [("Arrest", None)]),
    ("6月10日,嫌疑男子黄某被警方抓获。", [("Arrest", "2025-06-10")]),
])
def test_a_date_before_speech_is_the_sayings(text, expected):
    assert [e[:2] for e in events(text)] == expected


# One who speaks at a named meeting takes part in it (X在例行记者会上表示); not in a meeting only spoken of
@pytest.mark.parametrize("text, expected", [
    ("6月13日,外交部发言人王强在例行记者会上表示,双方将加强合作。", [("Release", "2025-06-13", ["王强"])]),
    ("会议传达学习了市委书记王强在全市干部大会上的讲话。", []),
])
def test_a_speaker_at_a_meeting_takes_part(text, expected):
    found = [(e.type, e.date, sorted(a.text for a in e.attendees))
             for r in process_document(Document(id="t", text=text, date="2025-06-14")) for e in r.events]
    assert found == expected


def places(text: str):
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return [(e.type, e.place.text if e.place else None)
            for r in process_document(doc, date="2025-06-14", place="鄂尔多斯市") for e in r.events]


@pytest.mark.parametrize("text, expected", [
    # the place the doer went to in the trigger's clause; of several, the first
    ("3月25日，副主席王明赴青岛、烟台出席迎春宴会。", [("Ceremony", "青岛")]),
    ("副主席王明赴青岛、烟台出席签约仪式。", [("Signing", "青岛")]),
    ("9日上午，代表团飞抵银川出席庆祝大会。", [("Visit", "银川"), ("Conference", "银川")]),
    # not a place gone to in another clause
    ("市长李强赴青岛考察，回来后主持召开常务会议。", [("Inspection", "青岛"), ("Meeting", None)]),
    # the foreign place whose local time opens the sentence
    ("开罗当地时间5日下午，总理陈平同埃及总理举行会谈。", [("Reception", "开罗")]),
    # the dateline's place, for an event held somewhere in the dateline's paragraph
    ("本报广州6月3日电 3日上午，市委书记赵军会见了客商。", [("Reception", "广州")]),
    ("本报广州6月3日电 3日上午，市委书记赵军会见了客商。\n赵军说，双方要加强合作。4日，赵军主持召开会议。",
     [("Reception", "广州"), ("Meeting", None)]),
    # a visit or an inspection goes to its own place: several after 对, the first
    ("新华社北京6月11日电 总理李强将对新西兰、澳大利亚和马来西亚进行正式访问。", [("Visit", "新西兰")]),
    ("12月3日，巡查组对青山县开展为期2天的安全生产巡查。", [("Inspection", "青山县")]),
])
def test_places_of_clauses_datelines_and_lists(text, expected):
    assert places(text) == expected


def test_a_place_s_local_time_dates_the_events_of_its_sentence():
    text = "开罗当地时间5日下午，总理陈平结束与埃及总理的会谈，共同出席签字仪式。"
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == [
        ("Reception", "2025-06-05", "开罗"), ("Signing", "2025-06-05", "开罗")]


def test_a_body_named_like_a_meeting_is_no_meeting():
    assert events("国防部长佩里和参谋长联席会议主席沙利卡什维利出席。") == []


@pytest.mark.parametrize("text, expected", [
    # a clause opening with the verb goes on with the subject of the clause before it, which tells where
    # the doer went: an event of its own, at that place (a body's or venue's name after a verb of going too)
    ("6月2日，市委书记李明一行来到青山市，考察当地企业。", [("Inspection", "2025-06-02", "青山市")]),
    ("6月2日，省长王强走进白云村，看望慰问困难群众。", [("Visit", "2025-06-02", "白云村")]),
    ("6月2日，县长赵军先后来到青山县、白云区等地，调研农业生产。", [("Inspection", "2025-06-02", "青山县")]),
    ("6月2日，副市长孙明来到青山机械公司，随后调研了生产线。",
     [("Inspection", "2025-06-02", "青山机械公司")]),
    # ... or where the doer stays (在X期间)
    ("6月2日，省长王强一行在青山市期间，会见了企业代表。", [("Reception", "2025-06-02", "青山市")]),
    # several places after 在 (在A、B等地): the first
    ("6月2日，省委书记李明在青山县、白云区调研。", [("Inspection", "2025-06-02", "青山县")]),
    ("6月2日，省委书记李明在长沙、株洲等地调研乡村振兴工作。", [("Inspection", "2025-06-02", "长沙")]),
    ("这台话剧先后在广州、上海等地巡回演出。", [("Performance", None, "广州")]),
    # no one went anywhere: a verb opening a clause after a saying is no event of a subject before it
    ("6月2日，省长王强表示，调研工作要深入基层。", []),
    # one place after 在 before a named event's verb is no list: the meeting is not held where its
    # delegates are received
    ("3日下午，总理王强在人民大会堂接见全国青山工作会议代表。",
     [("Reception", "2025-06-03", "人民大会堂"), ("Meeting", "2025-06-03", None)]),
])
def test_places_gone_to_and_stayed_at(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the chair's verb places the meeting it opens (在X主持召开)
    ("6月2日，市委书记李明在青山宾馆主持召开座谈会。", [("Conference", "2025-06-02", "青山宾馆")]),
    ("6月2日，市长王强在长沙主持召开专题会议。", [("Meeting", "2025-06-02", "长沙")]),
    # courtesy calls and talks named by their verbs
    ("6月2日，省长王强在北京拜会了国家发展改革委主任张伟。", [("Visit", "2025-06-02", "北京")]),
    ("6月2日，省长王强拜访了青山集团董事长张伟。", [("Visit", "2025-06-02", None)]),
    ("6月2日，省长王强在长沙同企业家代表座谈。", [("Conference", "2025-06-02", "长沙")]),
    # ... and not inside a noun (团拜会 is a New Year gathering, no call on anyone)
    ("1月9日，市委举行老干部迎春团拜会。", []),
])
def test_meetings_placed_by_their_chair_and_calls(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 当天, 同日: the day already told; 会见前, 会谈结束后: the day of the event named
    ("6月2日，省长王强抵达莫斯科。当天，王强会见了俄罗斯总理李特。", [("Reception", "2025-06-02", "莫斯科")]),
    ("6月2日，省长王强会见了客商。同日，王强出席了青山论坛。",
     [("Reception", "2025-06-02", None), ("Conference", "2025-06-02", None)]),
    # 会后: after the meeting just told, on its day
    ("6月3日，区政协一届五次会议闭幕。会后，区政协组织委员开展集中视察活动。",
     [("Meeting", "2025-06-03", None), ("Inspection", "2025-06-03", None)]),
    ("新华社北京6月2日电 国家主席王强2日会见美国总统李特。\n会见前，王强在人民大会堂为李特举行欢迎仪式。",
     [("Reception", "2025-06-02", "北京"), ("Ceremony", "2025-06-02", "人民大会堂")]),
    # a dateline's place holds for the events of its dispatch on its day, in later paragraphs too; the
    # month may be left out
    ("新华社北京6月2日电 国家主席王强2日会见美国总统李特。\n王强说，双方要加强合作。\n"
     "当天，王强还会见了英国首相张伟。",
     [("Reception", "2025-06-02", "北京"), ("Reception", "2025-06-02", "北京")]),
    ("新华社莫斯科2日电 国家主席王强2日会见俄罗斯总理李特。", [("Reception", "2025-06-02", "莫斯科")]),
    # an event of another day in a later paragraph is not placed by the dateline
    ("新华社北京6月2日电 国家主席王强2日会见美国总统李特。\n5月28日，王强出席了青山论坛。",
     [("Reception", "2025-06-02", "北京"), ("Conference", "2025-05-28", None)]),
])
def test_events_on_the_day_told_and_datelines(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a relative day with its date in brackets, then the part of the day
    ("昨天（13日）上午，市长王强会见了客商。", [("Reception", "2025-06-13")]),
    ("昨日（6月13日）下午，青山论坛在青山宾馆开幕。", [("Opening", "2025-06-13")]),
    # a day written without 日 before a comma or a part of the day
    ("6月13，市长王强在青山宾馆会见了客商。", [("Reception", "2025-06-13")]),
    ("6月13上午，市长王强会见了客商。", [("Reception", "2025-06-13")]),
    # an arrival dates the visit its next clause begins (当地时间12日抵达…，开始…访问)
    ("国家主席王强于当地时间12日抵达莫斯科，开始对俄罗斯进行国事访问。", [("Visit", "2025-06-12")]),
    # ... not an event whose clause tells a time of its own (本月下旬: no day, so no date)
    ("特使李特于6月5日抵达开罗，本月下旬同埃及总统王强会谈。", [("Reception", None)]),
    # a year in an event's name is no date when its sentence tells the day
    ("2025年夏季青山论坛将于6月24日至26日在天津举行。", [("Conference", "2025-06-24")]),
    ("青山市2025年秋季招商引资签约仪式昨天在青山宾馆举行。", [("Signing", "2025-06-13")]),
    ("昨天，青山市2025年秋季招商引资项目签约仪式举行。", [("Signing", "2025-06-13")]),
    # ... nor the days of a trip the sentence opens with (and the year alone is no day: no date)
    ("3月25日至27日，副主席王明赴香港出席2019年迎春宴会。", [("Ceremony", None)]),
])
def test_relative_days_arrivals_and_years_in_names(text, expected):
    assert [e[:2] for e in events(text)] == expected


def attended(text: str):
    doc = Document(id="t", text=text, date="2025-06-14", place="鄂尔多斯市")
    return [(e.type, e.date, e.place.text if e.place else None, sorted(a.text for a in e.attendees))
            for r in process_document(doc, date="2025-06-14", place="鄂尔多斯市") for e in r.events]


@pytest.mark.parametrize("text, expected", [
    # several leaders who meet someone separately: one reception each, also with where between
    ("6月2日，国家主席王强和国务院总理李明分别在北京会见美国国务卿张伟。",
     [("Reception", "2025-06-02", "北京", ["张伟", "李明"]),
      ("Reception", "2025-06-02", "北京", ["张伟", "王强"])]),
    # ... and 当天 within the clause dates the second reception of the day
    ("国家主席王强2日在人民大会堂会见美国国务卿张伟。国务院总理李明当天也会见了张伟。",
     [("Reception", "2025-06-02", "人民大会堂", ["张伟", "王强"]),
      ("Reception", "2025-06-02", None, ["张伟", "李明"])]),
    # the stops of one tour on one day are one inspection, at its first place
    ("6月2日，省长王强在青山县调研。王强随后来到白云区，考察了当地企业。",
     [("Inspection", "2025-06-02", "青山县", ["王强"])]),
    # ... and a stop with no day of its own, no other day told since
    ("6月2日，省长王强在青山县调研。\n王强先后考察了白云村和青山中学。",
     [("Inspection", "2025-06-02", "青山县", ["王强"])]),
    # ... not tours of two days, nor of other people
    ("6月2日，省长王强在青山县调研。6月3日，王强来到白云区，考察了当地企业。",
     [("Inspection", "2025-06-02", "青山县", ["王强"]), ("Inspection", "2025-06-03", "白云区", ["王强"])]),
    ("6月2日，省长王强在青山县调研。副省长李明来到白云区，考察了当地企业。",
     [("Inspection", "2025-06-02", "青山县", ["王强"]), ("Inspection", "2025-06-02", "白云区", ["李明"])]),
])
def test_one_event_per_happening(text, expected):
    assert attended(text) == expected


@pytest.mark.parametrize("text, expected", [
    # retiring and leaving are no resignations: 退休 mostly qualifies people (退休职工, 离退休干部) and 离开 a
    # departure from a place; a post ends by 辞职, 辞去, 卸任, 离职, 不再担任
    ("6月2日，市长王强看望了退休职工。", [("Visit", "2025-06-02")]),
    ("副总理王强6月2日离开北京。", []),
    ("青山集团总裁王强因到龄退休离任。", []),
    ("6月2日，青山集团总裁王强宣布辞职。", [("Resignation", "2025-06-02")]),
])
def test_retiring_and_leaving_are_no_resignations(text, expected):
    assert [e[:2] for e in events(text)] == expected


def test_a_departure_ends_no_post():
    doc = Document(id="t", text="外交部部长王强今天离开北京，前往青山访问。", date="2025-06-14")
    (r,) = process_document(doc)
    assert [m.former for m in r.memberships] == [False]


@pytest.mark.parametrize("text, expected", [
    # a change with no date of its own takes the day of the meeting that decided it, told before it
    ("6月3日，市人大常委会召开会议。会议决定任命王强为青山市副市长。",
     [("Meeting", "2025-06-03"), ("Appointment", "2025-06-03")]),
    ("公司于2025年6月6日召开董事会会议，会议选举王强为公司董事长。",
     [("Meeting", "2025-06-06"), ("Appointment", "2025-06-06")]),
    # ... or of the sentence's 当日, but not the day a notice was published
    ("6月2日，市长王强同李明谈话。当日下午，市政府任命李明为青山市财政局局长。",
     [("Appointment", "2025-06-02")]),
    ("青山公司今日发布公告。公司近日收到董事长王强的辞职报告，王强申请辞去公司董事长职务。",
     [("Removal", None)]),
])
def test_changes_dated_by_the_meeting_that_decided_them(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a deputy's resignation accepted in a later paragraph the session opens (会议…决定接受) is on its day
    ("6月3日，县人大常委会召开第二十次会议。\n会议审议了有关报告，决定接受李明辞去县人大代表职务的请求。",
     [("Meeting", "2025-06-03"), ("Resignation", "2025-06-03")]),
    ("6月3日，青山镇第六届人民代表大会第一次会议召开。\n大会决定接受李明辞去县人大代表职务的请求。",
     [("Meeting", "2025-06-03"), ("Resignation", "2025-06-03")]),
    # not when the sentence opens with something else, or no session was told: no day is told for it
    ("6月3日，县人大常委会召开第二十次会议。\n此前，李明辞去县人大代表职务。",
     [("Meeting", "2025-06-03"), ("Resignation", None)]),
    ("6月3日，市长王强调研青山公司。\n会议决定接受李明辞去县人大代表职务的请求。",
     [("Inspection", "2025-06-03"), ("Resignation", None)]),
    # ... or a part of the session opening the sentence (在第三次全体会议上)
    ("6月3日，县人大常委会召开第二十次会议。\n在第三次全体会议上，表决通过了关于接受李明同志辞职请求的决定。",
     [("Meeting", "2025-06-03"), ("Resignation", "2025-06-03")]),
])
def test_a_session_opening_a_sentence_dates_its_decisions(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a change told again (a lead, then the decisions in full) is one change
    ("6月3日，市人大常委会召开会议，任命王强为青山市副市长、代理市长。经表决决定：任命王强为青山市副市长；"
     "免去李明的青山市副市长职务。",
     [("Meeting", "2025-06-03"), ("Appointment", "2025-06-03"), ("Removal", "2025-06-03")]),
    ("青山公司6月3日收到董事长王强的辞职报告，王强申请辞去公司董事长、董事职务。此次王强辞去董事长职务，"
     "不会影响公司正常运作。", [("Removal", "2025-06-03")]),
    # the same person named to another post is a change of its own
    ("6月3日，市人大常委会召开会议，任命王强为青山市中级人民法院副院长。会议决定王强为青山市中级人民法院代理院长。",
     [("Meeting", "2025-06-03"), ("Appointment", "2025-06-03"), ("Appointment", "2025-06-03")]),
])
def test_a_change_told_again_is_one_change(text, expected):
    assert [e[:2] for e in events(text)] == expected


# the meeting's date in the clause that names the meeting, before a colon and the decisions
@pytest.mark.parametrize("text, expected", [
    ("青山市第十六届人民代表大会常务委员会第三次会议于2025年6月12日决定：任命张三为青山市副市长；免去李四的青山市副市长职务。",
     [("Meeting", "2025-06-12"), ("Appointment", "2025-06-12"), ("Removal", "2025-06-12")]),
    ("青山市十六届人大常委会第三次会议6月12日表决通过：接受李四辞去青山市副市长职务的请求。",
     [("Meeting", "2025-06-12"), ("Removal", "2025-06-12")]),
])
def test_changes_dated_by_their_meeting_before_a_colon(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a deputy's resignation told with an appointment in one sentence stays an event of its own
    ("6月2日，市人大常委会召开会议，决定任命王强为青山市副市长，接受李明辞去市人大代表职务的请求。",
     [("Meeting", "2025-06-02"), ("Appointment", "2025-06-02"), ("Resignation", "2025-06-02")]),
    # briefings are meetings
    ("6月2日，市政府召开新闻通报会，通报全市经济运行情况。", [("Conference", "2025-06-02")]),
    # (吹风会 a Release since session 50: the read gold types both its briefings so, t855 and t1103)
    ("6月2日，外交部举行中外媒体吹风会。", [("Release", "2025-06-02")]),
    # a trigger word before a noun it qualifies tells no event of its own (访问期待, 会晤成果, 访问日程)
    ("外交部介绍王强总理访问新西兰的安排和访问期待。", [("Visit", None)]),
    ("双方要落实首脑会晤成果。", []),
])
def test_briefings_deputies_and_qualifying_words(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a later sentence places the event by its word (会见在X举行), not one told again in between
    ("6月2日，市委书记李明会见了青山集团董事长张伟一行。会见在青山宾馆举行。",
     [("Reception", "2025-06-02", "青山宾馆", ["张伟", "李明"])]),
    ("6月2日，国家主席王强同美国总统李特举行会谈。会谈在人民大会堂举行。",
     [("Reception", "2025-06-02", "人民大会堂", ["李特", "王强"])]),
    # a clause going on with a verb of going keeps its sentence's subject (来到X，先后深入A、B等地调研)
    ("6月2日上午，省委书记李明来到青山县，先后深入白云村、青山中学等地调研。",
     [("Inspection", "2025-06-02", "白云村", ["李明"])]),
])
def test_places_told_later_and_tours_going_on(text, expected):
    assert attended(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a congress named right after the verb of its closing or opening is that Closing or Opening
    ("崔大明介绍了刚刚胜利闭幕的青山市第十次代表大会的有关情况。", [("Closing", None)]),
    ("市长王强在今天开幕的全市工作会议上讲话。", [("Opening", "2025-06-14")]),
    # a session's closing told by its bare noun is part of the session (the session, once)
    ("6月2日，市十六届人大常委会第三次会议举行第一次全体会议，完成各项议程后，会议闭幕。",
     [("Meeting", "2025-06-02")]),
    # a forum's closing is a Closing
    ("6月2日，青山论坛在青山宾馆闭幕。", [("Closing", "2025-06-02")]),
])
def test_openings_and_closings_of_congresses_and_sessions(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence going on from one that tells an arrival is held where the doer arrived
    ("6月12日，国家主席王强抵达莫斯科。随后，王强会见了俄罗斯总理李特。",
     [("Reception", "2025-06-12", "莫斯科")]),
    ("6月12日，国家主席王强抵达莫斯科。抵达后，王强出席了中俄经贸论坛。",
     [("Conference", "2025-06-12", "莫斯科")]),
    # ... not one that does not go on from it
    ("6月12日，国家主席王强抵达莫斯科。6月15日，王强会见了俄罗斯总理李特。",
     [("Reception", "2025-06-15", None)]),
    # ... or where the last sentence of the paragraph that opens with a stay stayed (在X调研期间)
    ("6月12日下午，在青山大学调研期间，李明一行参观了校史馆，与党委书记王强进行座谈。双方探讨了合作。"
     "座谈前，青山大学校长张华会见了李明一行。",
     [("Inspection", "2025-06-12", "青山大学"), ("Visit", "2025-06-12", "校史馆"),
      ("Conference", "2025-06-12", "青山大学"), ("Reception", "2025-06-12", "青山大学")]),
    ("6月12日下午，在青山县调研期间，李明一行考察了产业园。\n座谈前，县长张华会见了李明一行。",
     [("Inspection", "2025-06-12", "青山县"), ("Reception", "2025-06-12", None)]),  # another paragraph
])
def test_events_held_where_the_doer_arrived(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a later sentence referring back to the event by its noun places it (本届研讨会在福州举办)
    ("21日，市委书记王宁会见了出席第十八届青山交流研讨会的客人。\n本届研讨会在福州举办。",
     [("Reception", "2025-06-21", None), ("Conference", "2025-06-21", "福州")]),
    # the place that opens an event's name, after a year (2025天津经济论坛), unless a body's name holds it
    ("6月2日，2025天津经济论坛开幕。", [("Opening", "2025-06-02", "天津")]),
    ("6月2日，北京市经济工作会议召开。", [("Meeting", "2025-06-02", "北京市")]),
])
def test_places_referred_back_and_named(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the declaring of an opening or a closing told before is that event, whoever declares it
    ("9月21日，第七届青山论坛在青山国际会展中心开幕。副省长王刚宣布大会开幕，市长李明主持开幕式。",
     [("Opening", "2025-09-21", "青山国际会展中心")]),
    ("9月16日，第十届青山博览会开幕式暨合作论坛在成都举行。副总理王刚致辞并宣布开幕。",
     [("Opening", "2025-09-16", "成都")]),
    ("9月18日，青山论坛在青山宾馆闭幕。主席王刚宣布论坛闭幕。", [("Closing", "2025-09-18", "青山宾馆")]),
    # ... not an opening of another day
    ("9月16日，青山博览会开幕。9月18日，副总理王刚宣布开幕。",
     [("Opening", "2025-09-16", "青山"), ("Opening", "2025-09-18", None)]),
])
def test_an_opening_declared_by_a_bare_name(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's event told again below is one event, of the body's day, when the headline's date is a
    # page's stamp on a line below it (publisher and day), not written in the headline
    ("青山市工商联六届四次执委会议召开\n青山日报 2025-06-03\n6月2日下午，青山市工商联召开六届四次执委会议。",
     [("Meeting", "2025-06-02")]),
    ("青山区委常委会召开会议\n青山日报 2025-06-03\n6月2日，区委书记李明主持召开区委常委会会议。",
     [("Meeting", "2025-06-02")]),
])
def test_a_headline_s_event_dated_by_a_stamp(text, expected):
    assert [e[:2] for e in events(text)] == expected


# a venue with a word of where in it after its name (在操场上, 在县委大院内, 在办公楼前) is the place
@pytest.mark.parametrize("text, expected", [
    ("9月2日，青山中学在操场上隆重举行开学典礼。", [("Ceremony", "2025-09-02", "操场")]),
    ("6月3日，县委在县委大院内举行升旗仪式。", [("Ceremony", "2025-06-03", "县委大院")]),
    ("6月3日，县民政局在办公楼前举行冬令物资发放仪式。", [("Ceremony", "2025-06-03", "办公楼")]),
    ("6月3日，县政府在青山广场上举行签约仪式。", [("Signing", "2025-06-03", "青山广场")]),
])
def test_a_venue_and_where_in_it(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


# 于 before a venue's name and the verb is where the event is held (学校党委于行政楼会议室召开…), as 在
# is; not the 于 of 关于, 位于, 由于
@pytest.mark.parametrize("text, expected", [
    ("9月28日，学校党委于行政楼会议室召开中秋座谈会。", [("Conference", "2025-09-28", "行政楼会议室")]),
    ("12月8日下午，青山中学业余党校开班仪式于五楼阶梯教室举行。",
     [("Ceremony", "2025-12-08", "五楼阶梯教室")]),
    ("9月2日，青山中学于操场上隆重举行开学典礼。", [("Ceremony", "2025-09-02", "操场")]),
    ("9月2日，青山中学由于操场改造推迟举行开学典礼。", [("Ceremony", "2025-09-02", None)]),
])
def test_a_venue_after_yu(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a "place" of level words only that the tagger reads after an inspection's verb (调研镇村疫情防控, 考察
# 城乡建设) names no place: the place gone to before it is the inspection's
@pytest.mark.parametrize("text, expected", [
    ("5月7日下午，区委书记李明深入青山镇调研镇村常态化疫情防控。", [("Inspection", "2025-05-07", "青山镇")]),
    ("5月7日下午，区委书记李明来到青山镇调研镇村常态化疫情防控工作。",
     [("Inspection", "2025-05-07", "青山镇")]),
    ("5月7日下午，区委书记李明调研镇村常态化疫情防控工作。", [("Inspection", "2025-05-07", None)]),
])
def test_level_words_name_no_place_visited(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a venue named after 在 in a clause of its own opening the sentence, after its date or not, is where the
# sentence's events are held (在区委、区政府三楼中心接待室，A与B签署…); not sites counted (在两个联系村，) nor
# the scene of another event (在开幕式现场，)
@pytest.mark.parametrize("text, expected", [
    ("11月5日，在青山区委、区政府三楼中心接待室，青山大学与青山区签署战略合作协议。",
     [("Signing", "2025-11-05", "青山区委、区政府三楼中心接待室")]),
    ("在区政府三楼会议室，青山大学与青山区签署战略合作协议。", [("Signing", None, "区政府三楼会议室")]),
    ("6月3日，县长李明到青山镇调研。在两个联系村，李明还分别召开了座谈会。",
     [("Inspection", "2025-06-03", "青山镇"), ("Conference", "2025-06-03", None)]),
    ("6月3日，青山论坛开幕。在开幕式现场，青山区与白水公司签署了合作协议。",
     [("Opening", "2025-06-03", None), ("Signing", "2025-06-03", None)]),
])
def test_a_venue_opening_its_sentence(text, expected):
    assert [e[:3] for e in events(text)] == expected


# 祝贺 and 预祝 (congratulating a meeting, wishing it well) end a name to their left: 祝贺大会召开 is the
# session already told, whose people they are, not a 祝贺大会 of its own
@pytest.mark.parametrize("text, expected", [
    ("8月21日下午，青山区政协第十五届委员会第四次会议开幕。区委书记李明等应邀出席并在主席台就座，祝贺大会召开。",
     [("Opening", "2025-08-21", None)]),
    ("8月21日，中国共产党青山区第五次代表大会开幕。区长李明到会祝贺大会召开。",
     [("Opening", "2025-08-21", None)]),
])
def test_a_meeting_congratulated_is_the_one_told(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a ceremony or a campaign said to start at a place (X仪式在Y启动) is held there, as with 在Y举行
@pytest.mark.parametrize("text, expected", [
    ("4月22日上午，“再唱山歌”——青山公益行（白水）慈善捐赠仪式在青山县白水镇怡海小学启动。",
     [("Ceremony", "2025-04-22", "青山县白水镇怡海小学")]),
    ("4月22日上午，青山区慈善捐赠仪式在青山小学启动。", [("Ceremony", "2025-04-22", "青山小学")]),
])
def test_a_ceremony_started_at_a_place(text, expected):
    assert [e[:3] for e in events(text)] == expected


def test_a_group_that_went_acts_where_it_went():
    text = "9月21日上午，市第四督导组来到青山县，就安全生产工作进行督导。"
    assert [e[:3] for e in events(text)] == [("Inspection", "2025-09-21", "青山县")]


def test_a_headline_s_event_told_again_is_one_event():
    text = "青山市政协十四届一次会议在青山开幕\n3月4日，青山市政协第十四届委员会第一次会议在青山会堂开幕。"
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == [("Opening", "2025-03-04", "青山会堂")]


@pytest.mark.parametrize("text, expected", [
    # a site the NER does not name after a verb of going (a town, a community, a pumping station): the
    # words up to a list mark, a clause mark or a verb, ending in a venue word
    ("6月3日，市委书记李明来到青山镇调研乡村振兴工作。", [("Inspection", "2025-06-03", "青山镇")]),
    ("6月3日，市委书记李明深入和美街道东风社区，走访慰问困难群众。",
     [("Visit", "2025-06-03", "和美街道东风社区")]),
    ("6月3日，市委书记李明走进东风社区，调研基层治理工作。", [("Inspection", "2025-06-03", "东风社区")]),
    ("6月3日，市长王刚来到白沙泵站、东堤水闸，检查防汛工作。", [("Inspection", "2025-06-03", "白沙泵站")]),
    ("6月3日，市长王刚来到青山镇开展调研。", [("Inspection", "2025-06-03", "青山镇")]),
    # a project's office, a camp, a site (项目部, 营地, 现场)
    ("6月3日，董事长王刚莅临青山花园项目部检查调研。", [("Inspection", "2025-06-03", "青山花园项目部")]),
    ("6月3日，市长王刚来到东风营地，检查防汛工作。", [("Inspection", "2025-06-03", "东风营地")]),
    # ... and after 在 (a meeting room, a square)
    ("6月3日，市长王刚在市民中心三楼会议室主持召开专题会议。",
     [("Meeting", "2025-06-03", "市民中心三楼会议室")]),
    ("6月3日，市长王刚在人民广场出席启动仪式。", [("Ceremony", "2025-06-03", "人民广场")]),
    # no site: a verb's object after 深入 (深入推进), a determiner (该社区), 到 inside another verb (受到)
    ("6月3日，市长王刚深入推进美丽乡村建设，调研农业生产。", [("Inspection", "2025-06-03", None)]),
    ("6月3日，市长王刚来到该社区，调研基层治理工作。", [("Inspection", "2025-06-03", None)]),
    ("6月3日，市长王刚受到乡镇干部欢迎，调研农业生产。", [("Inspection", "2025-06-03", None)]),
])
def test_sites_gone_to(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a country named only as the state of a mission (巴西驻华使馆) gives its first character as a short name
    ("6月3日，局长王刚拜访了巴西驻华使馆参赞卡洛斯。局长李明4月赴巴访问。",
     [("Visit", "2025-06-03", None), ("Visit", None, "巴")]),
    # ... an event whose name holds its place keeps that one (圣保罗), not where its doer came
    ("6月3日，局长王刚拜访了巴西驻华使馆参赞卡洛斯。王刚介绍了局长李明4月赴巴访问并举办第十届西博会圣保罗推介会等情况。",
     [("Visit", "2025-06-03", None), ("Visit", None, "巴"), ("Conference", None, "圣保罗")]),
    # ... not when another place named starts with it (巴基斯坦)
    ("6月3日，局长王刚拜访了巴西驻华使馆和巴基斯坦驻华使馆。局长李明4月赴巴访问。",
     [("Visit", "2025-06-03", "巴西驻华使馆"), ("Visit", None, None)]),
])
def test_short_names_of_mission_states(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a visit's or an inspection's object named as a place is its place, not the place of the stay it is
    # told in (在X期间): the site, not the city
    ("4月1日，代表团在武汉期间考察了青山公园。", [("Inspection", "2025-04-01", "青山公园")]),
    ("4月1日，代表团在北京期间参观了故宫博物院。", [("Visit", "2025-04-01", "故宫博物院")]),
    # ... a stay with no place named as the object keeps the stay's
    ("4月1日，代表团在武汉期间考察了多家企业。", [("Inspection", "2025-04-01", "武汉")]),
])
def test_sites_visited_during_a_stay(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 至 as a verb of going: the place gone to is the place (一行至X调研, 率队至X走访)
    ("6月3日，市委书记李明一行至青山镇调研乡村振兴工作。", [("Inspection", "2025-06-03", "青山镇")]),
    ("6月3日，县长王刚率队至东湖村走访慰问困难群众。", [("Visit", "2025-06-03", "东湖村")]),
    ("6月3日，市长王刚一行先后至东湖村、西湖村检查防汛工作。", [("Inspection", "2025-06-03", "东湖村")]),
    # ... not after a place or a day, where it ends a span (北京至上海, 1日至3日)
    ("6月3日，开通北京至上海航线后，市长王刚调研了机场。", [("Inspection", "2025-06-03", None)]),
    ("6月3日至5日，市长王刚到青山镇调研。", [("Inspection", "2025-06-03", "青山镇")]),
])
def test_places_gone_to_after_zhi(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name's year of account (2024年度) reviewed on a day of the next year is dated by that day
    ("6月8日，市委书记李明主持召开2024年度民主生活会征求意见座谈会。", [("Conference", "2025-06-08")]),
    ("1月20日，青山公司召开2024年度工作总结座谈会。", [("Conference", "2025-01-20")]),
    # ... not a year of account of another year, nor a past event named by its year (1950年)
    ("6月8日，市委书记李明主持召开2022年度民主生活会征求意见座谈会。", [("Conference", None)]),
    ("6月3日，她拿起2024年全国劳动模范代表会议的照片。", [("Meeting", None)]),
])
def test_years_of_account_in_names(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a day with 号 in brackets after a relative day (今天（18号）); a range's first day without 日
    ("今天（14号）上午，市委书记李明会见了客商张伟一行。", [("Reception", "2025-06-14")]),
    ("3月5-7日，市委书记李明率团访问日本。", [("Visit", "2025-03-05")]),
    ("3月5至7日，市委书记李明率团访问日本。", [("Visit", "2025-03-05")]),
    # a year is part of an event's name, with the place before it, and no day (青山市2025年工作会议)
    ("6月3日，青山市2025年工作会议召开。", [("Meeting", "2025-06-03")]),
    ("6月3日，青山市2025年度工作会议召开。", [("Meeting", "2025-06-03")]),
    ("2025年度青山市工作会议，今天在青山召开。", [("Meeting", "2025-06-14")]),
    # ... a past event named by its year is not of that day (and its year is no day: no date)
    ("6月3日，她拿起1950年全国劳动模范代表会议的照片。", [("Meeting", None)]),
    # ... and the name without the year later is the same event
    ("6月3日，2025年新年音乐会在青山举行。新年音乐会吸引了很多人。", [("Performance", "2025-06-03")]),
])
def test_days_in_brackets_ranges_and_years_in_names(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a call on someone (拜会) and a trip abroad (出访) are visits
    ("6月3日，市委书记李明率团出访日本。", [("Visit", "2025-06-03", "日本", ["李明"])]),
    ("6月3日，市委书记李明在东京拜会日本会长张伟。", [("Visit", "2025-06-03", "东京", ["张伟", "李明"])]),
    # one who meets several people each on their own (分别会见 A、B) makes one reception (or visit) of them
    # all, as one meeting of several people together does (eval/modern-test's gold: 分别拜会A、B is one Visit)
    ("6月3日，市委书记李明分别会见了日本客商张伟和韩国客商王五。",
     [("Reception", "2025-06-03", None, ["张伟", "李明", "王五"])]),
    ("6月3日，市委书记李明在东京分别拜会了张伟、王五。",
     [("Visit", "2025-06-03", "东京", ["张伟", "李明", "王五"])]),
    ("6月3日，市委书记李明会见了日本客商张伟和韩国客商王五。",
     [("Reception", "2025-06-03", None, ["张伟", "李明", "王五"])]),
])
def test_visits_and_separate_meetings(text, expected):
    assert attended(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a brief or a list item: the date after its mark opens the sentence (图片新闻 ２、１月１０日，…)
    ("■6月3日，市长王刚主持召开市政府常务会议。", [("Meeting", "2025-06-03")]),
    ("一、6月3日，市长王刚会见了客商张伟一行。", [("Reception", "2025-06-03")]),
    ("2. 6月3日，市长王刚会见了客商张伟一行。", [("Reception", "2025-06-03")]),
    # 加入 is a joining with someone who joins, not an entry of a biography, an intent, a noun or the ranks
    # of many (加入…行列)
    ("6月3日，前锋张伟正式加入青山足球俱乐部。", [("Joining", "2025-06-03")]),
    ("1992年7月加入中国共产党，1996年7月参加工作。", []),
    ("该国积极谋求加入世界贸易组织。", []),
    ("由于大量股东的加入，股价上涨。", []),
    ("越来越多的青年加入志愿者队伍。", []),
])
def test_dated_briefs_and_joining(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the stops of a tour told by another verb of visiting are that tour (调研 … 走访, 考察 … 参观)
    ("6月2日，省长王强在青山县调研。王强走访了白云村的农户。", [("Inspection", "2025-06-02", "青山县")]),
    ("6月2日至5日，省长王强在青山市考察。王强参观了青山科技园。", [("Inspection", "2025-06-02", "青山市")]),
    # a session's closing told by a bare 会议/大会 opening its clause is part of the session (or of its
    # opening), not an event of its own
    ("6月3日，青山镇第十八届人民代表大会第一次会议召开。会议在国歌声中闭幕。",
     [("Meeting", "2025-06-03", "青山镇")]),
    ("6月3日，青山镇第十八届人民代表大会第一次会议隆重开幕。大会在雄壮的国歌声中胜利闭幕。",
     [("Opening", "2025-06-03", "青山镇")]),
])
def test_tours_and_sessions_are_one_event(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a place opening the clause right before a verb of holding holds the event there (a town, a county)
    ("6月3日，白关镇召开党员大会。", [("Conference", "2025-06-03", "白关镇")]),
    ("6月3日，青山县举行签约仪式。", [("Signing", "2025-06-03", "青山县")]),
    # ... not a place inside a body's name before the verb
    ("6月3日，青山县委召开常委会会议。", [("Meeting", "2025-06-03", None)]),
])
def test_places_that_hold_events(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a site or a body after a one-character verb of going that is a word of its own (带队到, 王强到)
    ("6月3日，市长王强带队到人和路街道视察防汛工作。", [("Inspection", "2025-06-03", "人和路街道")]),
    ("6月3日，董事长王强到青山艾希公司进行调研。", [("Inspection", "2025-06-03", "青山艾希公司")]),
    # a chain of places one inside the next: the last, the most precise
    ("6月3日，国家主席王强赴印度尼西亚巴厘岛出席峰会。", [("Conference", "2025-06-03", "巴厘岛")]),
    ("6月3日，市政协主席王强到南大街街道金色新城社区视察。", [("Inspection", "2025-06-03", "金色新城社区")]),
    # ... not the next place of a list
    ("6月3日，主任王强前往青山市第一福利院和青山市儿童福利院，看望孤寡老人。",
     [("Visit", "2025-06-03", "青山市第一福利院")]),
    # a place in brackets before an event's name
    ("6月3日，第十五届中国(温州)国际园林博览会开幕。", [("Opening", "2025-06-03", "温州")]),
    # 得到 is no verb of going
    ("6月3日，张伟得到省长王强的接见。", [("Reception", "2025-06-03", None)]),
])
def test_places_gone_to_chains_and_brackets(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # public life's events are dated by a day or not at all (eval/modern's convention): a month or a year
    # the text tells, or the publication's month read for 近日, is no day
    ("省委书记李明于2015年11月前往老挝访问。", [("Visit", None)]),
    ("近日，青山大学研究院的开工仪式隆重举行。", [("Ceremony", None)]),
    # ... news of what happened keeps the month the text tells
    ("张伟，1963年5月出生。", [("Birth", "1963-05")]),
    # a year in the name, written before a verb telling the event, yields to the day opening the
    # sentence, after a news lead's credit too, or the last of its first clause after a dateline
    ("青山日报讯(记者 张伟)5月25日，市政协开展2025年度集中视察活动。", [("Inspection", "2025-05-25")]),
    ("新华网北京6月2日电 (张伟)1日，2025年外国使节新年音乐会在北京举行。", [("Performance", "2025-06-01")]),
])
def test_events_are_dated_by_a_day(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a session told closing in a later clause of its sentence is the session, held where it closed
    ("6月3日，青山县第十八届人民代表大会第一次会议圆满完成各项议程，在青山宾馆胜利闭幕。",
     [("Meeting", "2025-06-03", "青山宾馆")]),
    ("6月3日，青山县第十八届人民代表大会第一次会议，圆满完成各项议程后胜利闭幕。",
     [("Meeting", "2025-06-03", "青山县")]),
    # ... and its closing sitting (举行闭幕会: a part told by its verb) is part of it
    ("6月3日，青山县第十八届人民代表大会第一次会议召开。下午4时，闭幕会分两个阶段进行。",
     [("Meeting", "2025-06-03", "青山县")]),
])
def test_a_session_closing_is_the_session(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name that names people or a form tells no happening: a group (…培训班一行), a congress's deputies,
    # a manner (以视频会议形式), a team (视察分团)
    ("6月3日，副主席王强率市政协常委培训班一行赴上海学习。", []),
    ("大会选举产生了青山县出席青山市第十六届人民代表大会代表。", []),
    ("职工代表以视频会议形式参加了会议。", []),
    ("以副主席王强为第一视察分团团长的视察团到青山县。", []),
    # ... a meeting of deputies held is still one (会见…会议代表)
    ("6月3日，省长王强会见全省统计工作会议代表。", [("Reception", "2025-06-03"), ("Meeting", "2025-06-03")]),
    # the teams or the members of a group touring do the tour's stops: one inspection
    ("6月3日，市政协开展集中视察活动。以副主席王强为团长的视察团实地视察了青山中学。以副主席李明为团长的"
     "视察团实地视察了白云医院。", [("Inspection", "2025-06-03")]),
    ("6月3日，省长王强率代表团到青山集团调研。省发改委主任李明等组成的代表团一行50余位领导深入集团总部调研。",
     [("Inspection", "2025-06-03")]),
])
def test_names_of_people_and_teams_of_a_tour(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a 考察 the host tells of a guest who came (来我州, 到我院, 莅临) is a visit
    ("6月3日，青山市市长王强率团来我州考察访问。", [("Visit", "2025-06-03")]),
    ("6月3日，会长王强一行莅临青山商会考察交流。", [("Visit", "2025-06-03")]),
    # ... a superior's 调研 there, or a 考察 of a place gone to, stays an inspection
    ("6月3日，省长王强来我市调研。", [("Inspection", "2025-06-03")]),
    ("6月3日，省长王强来到青山镇考察。", [("Inspection", "2025-06-03")]),
])
def test_a_guest_s_visit(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 莅临 (a guest's coming, honoured) goes to the place of the visit or the inspection
    ("6月3日，省长王强一行莅临青山集团总部调研。", [("Inspection", "2025-06-03", "青山集团总部")]),
    ("6月3日，会长王强一行莅临青山商会考察交流。", [("Visit", "2025-06-03", "青山商会")]),
])
def test_places_of_an_honoured_coming(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a stay opening the sentence as a clause of its own places each event the sentence tells
    ("6月3日，在天津期间，区长王强参加了对口合作推进会，与河西区签署合作协议。",
     [("Meeting", "2025-06-03", "天津"), ("Signing", "2025-06-03", "天津")]),
])
def test_places_of_a_stay_opening_the_sentence(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an event told in a clause after a stay the visit told before it is (期间,…; 访问期间,…) is held where
    # the visit went
    ("6月3日，总领事王强访问圣地亚哥，期间，与市长李特座谈。",
     [("Visit", "2025-06-03", "圣地亚哥"), ("Conference", "2025-06-03", "圣地亚哥")]),
    # ... not one of a stay elsewhere (在北京期间)
    ("6月3日，总领事王强访问圣地亚哥。在北京期间，王强与市长李特座谈。",
     [("Visit", "2025-06-03", "圣地亚哥"), ("Conference", "2025-06-03", "北京")]),
])
def test_places_during_a_visit(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an event told when someone arrived (抵达时,…) happened on the day the arrival was told
    ("总理王强当地时间16日下午乘专机抵达圣彼得堡。王强专机抵达时，俄方在机场为王强举行隆重的欢迎仪式。",
     [("Visit", "2025-06-16"), ("Ceremony", "2025-06-16")]),
    # 现场 opening a clause: on the spot of the happening told before, on its day
    ("6月3日，青山大学参加青山区对接大会。\n现场，院长王强与青山公司签订了服务协议。",
     [("Conference", "2025-06-03"), ("Signing", "2025-06-03")]),
])
def test_days_of_an_arrival_and_of_the_spot(text, expected):
    assert [e[:2] for e in events(text)] == expected


def test_a_decision_told_again_in_the_same_words_is_one():
    text = ("6月3日，青山县第十六届人民代表大会第五次会议闭幕。会议选举李逸为青山县人民政府县长。"
            "会议以无记名投票方式，选举李逸为青山县人民政府县长。")
    assert [t for t, *_ in events(text) if t == "Appointment"] == ["Appointment"]


@pytest.mark.parametrize("text, expected", [
    # the signings told with no day after the article's first event of its only day were signed that day
    ("6月3日，青山大学参加青山区对接大会。\n院长王强代表学校与青山公司签署了合作协议。",
     [("Conference", "2025-06-03"), ("Signing", "2025-06-03")]),
    # ... not one yet to come, nor one of an article telling several days
    ("6月3日，青山大学参加青山区对接大会。\n该协议将在下次大会上正式签署。",
     [("Conference", "2025-06-03"), ("Signing", None)]),
    ("6月3日，青山大学参加青山区对接大会。6月5日，校长李明会见了客商。\n院长王强与青山公司签署了合作协议。",
     [("Conference", "2025-06-03"), ("Reception", "2025-06-05"), ("Signing", None)]),
])
def test_later_signings_of_the_day(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an undated meeting whose decisions or spirit are carried out is only named, whoever chairs later
    ("活动旨在贯彻落实党的二十大精神和市委六届二次全会决策部署。市委副书记王强主持开幕会。",
     [("Opening", None)]),
    # ... a dated one is held
    ("6月3日，市委六届二次全会召开。会议要求贯彻落实全会决策部署。", [("Conference", "2025-06-03")]),
])
def test_meetings_whose_decisions_are_carried_out(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a joint name (A暨B) is of the type of its first part: a fair's opening joined with a forum is an Opening
    ("6月3日，第十八届青山博览会开幕式暨第十届青山论坛在成都举行。", [("Opening", "2025-06-03", "成都")]),
    ("6月3日，青山公司召开庆祝建团100周年暨五四表彰大会。", [("Conference", "2025-06-03", None)]),
    # ... not when it ends with an opening or a closing: that is the opening or closing of both parts
    ("6月3日，第八届青山博览会暨第二届白水博览会开幕式在青山广场举行。",
     [("Opening", "2025-06-03", "青山广场")]),
    ("6月3日，青山论坛暨白水博览会开幕式在青山广场隆重举行。", [("Opening", "2025-06-03", "青山广场")]),
    ("6月6日，青山论坛暨白水博览会闭幕式在青山广场举行。", [("Closing", "2025-06-06", "青山广场")]),
])
def test_joint_names_take_their_first_part_s_type(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


# 开幕仪式 and 开幕典礼 name an opening, 闭幕仪式 and 闭幕典礼 a closing, as 开幕式 and 闭幕式 do
# (青山会展中心举行…开幕仪式 was no event: 开幕 inside a name, 仪式 a bare noun)
@pytest.mark.parametrize("text, expected", [
    ("10月12日下午，青山会展中心举行第二届青山高交会开幕仪式。", [("Opening", "2025-10-12")]),
    ("10月12日，第二届青山运动会开幕典礼在市体育馆隆重举行。", [("Opening", "2025-10-12")]),
    ("10月15日，第二届青山运动会闭幕仪式在市体育馆举行。", [("Closing", "2025-10-15")]),
    ("10月15日，第二届青山运动会闭幕典礼在市体育馆举行。", [("Closing", "2025-10-15")]),
])
def test_opening_and_closing_ceremonies(text, expected):
    assert [e[:2] for e in events(text)] == expected


def test_a_meeting_of_two_names_is_one():
    # a meeting named after 暨 right after another's name (its year in its name) is that meeting
    text = "6月3日，我市召开市安全生产巡查工作领导小组会议暨2025年巡查动员部署会。"
    assert [e[:2] for e in events(text) if e[0] == "Meeting"] == [("Meeting", "2025-06-03")]


@pytest.mark.parametrize("text, expected", [
    # a place referred back to after an event's name (在这里举行: the place opening the clause before, up to
    # its verb; 在该展区举行: the last name ending with 展区 before)
    ("6月3日下午，青山国际酒店二楼国际厅座无虚席，青山市集中签约仪式在这里举行。",
     [("Signing", "2025-06-03", "青山国际酒店二楼国际厅")]),
    ("6月3日，博览会首次设立了省属国企创新馆综合展区。青山市项目签约仪式在该展区举行。",
     [("Exhibition", "2025-06-03", None), ("Signing", "2025-06-03", "省属国企创新馆综合展区")]),
])
def test_places_referred_back_to(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a host's words of welcome, thanks or wishes speak of a guest's visit: no event of its own
    ("6月3日，省长王强会见了厄瓜多尔大使李特一行。王强欢迎李特大使来川访问。", [("Reception", "2025-06-03")]),
    ("6月3日，主席王强会见美国总统李特。王强祝李特在中国访问愉快。", [("Reception", "2025-06-03")]),
    ("6月3日，市委书记王强会见运动员。王强向运动员表示热烈祝贺和诚挚慰问。", [("Reception", "2025-06-03")]),
    # ... a ceremony of welcome tells it
    ("6月3日，主席王强举行仪式，欢迎美国总统李特对我国进行国事访问。",
     [("Ceremony", "2025-06-03"), ("Visit", "2025-06-03")]),
])
def test_visits_spoken_of_by_their_host(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # two verbs of one act: after a verb of visiting an inspection verb makes it an inspection (参观视察,
    # 走访调研), a guest's word (考察: merges.tsv guest) keeps the visit (参观考察)
    ("6月3日，市长王强走访调研了青山公司。", [("Inspection", "2025-06-03")]),
    ("6月3日，市长王强参观视察了青山公司。", [("Inspection", "2025-06-03")]),
    ("6月3日，市长王强参观考察了青山公司。", [("Visit", "2025-06-03")]),
])
def test_compounds_of_visits_and_inspections(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an event its sentence says is yet to come (将), with no day of its own there, is not of the report's day
    ("6月3日，总理王强抵达莫斯科。王强将同总统李特举行会谈，见证两国合作文件的签署。",
     [("Reception", None), ("Signing", None)]),
    # ... with its own day it keeps it; 将军 is no 将
    ("6月3日，外交部宣布，外长王强将于6月18日访问日本。", [("Visit", "2025-06-18")]),
    ("6月3日，纪念红军将领黄公略将军百年诞辰庆典在湘乡举行。", [("Ceremony", "2025-06-03")]),
    # ... nor 将 before what is acted on (as 把): a name, a determiner, a number
    ("6月3日，公安机关将张平逮捕。", [("Arrest", "2025-06-03")]),
    ("6月3日，他驾车将一骑车的女青年撞倒在地。", [("TrafficAccident", "2025-06-03")]),
])
def test_events_yet_to_come(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a body holding a meeting names it, with the date between them or not
    ("市人大常委会4月28日召开会议，审议有关议案。", [("Meeting", "2025-04-28")]),
    ("4月28日，市人大常委会召开会议，审议有关议案。", [("Meeting", "2025-04-28")]),
])
def test_a_body_holding_a_meeting_on_a_day(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an event being prepared, or its committee, has not happened (论坛筹备情况, 论坛组委会主任)
    ("6月10日，市政府举行新闻发布会，介绍青山论坛筹备情况。", [("Release", "2025-06-10")]),
    ("青山论坛组委会主任李明出席。", []),
])
def test_events_being_prepared(text, expected):
    assert [e[:2] for e in events(text)] == expected


def test_a_weekday_in_brackets_after_the_date_opening_a_sentence():
    text = "7月5日(星期三),秘书长王强出席青山博览会,并参加欢迎晚宴。"
    assert [e[:2] for e in events(text)] == [("Exhibition", "2025-07-05"), ("Ceremony", "2025-07-05")]


@pytest.mark.parametrize("text, expected", [
    # an event at the airport told right after the sentence of an arrival with a day happened that day
    ("总理王强当地时间20日下午乘包机抵达莫斯科。俄方在机场为王强举行隆重的欢迎仪式。",
     [("Visit", "2025-06-20"), ("Ceremony", "2025-06-20")]),
    # ... not one after a sentence telling no arrival
    ("总理王强当地时间20日下午会见了客人。俄方在机场为王强举行隆重的欢迎仪式。",
     [("Reception", "2025-06-20"), ("Ceremony", None)]),
])
def test_ceremonies_at_the_airport_of_an_arrival(text, expected):
    assert [e[:2] for e in events(text)] == expected


def test_later_meetings_of_the_day():
    # a meeting told with no day after the article's first event of its only day was held that day
    text = "6月3日，青山籍乡友考察团一行来我区考察。\n在区政府会议室举行的乡友座谈会上，区长王强介绍了区情。"
    assert [e[:2] for e in events(text)] == [("Visit", "2025-06-03"), ("Conference", "2025-06-03")]


def test_a_meeting_named_again_in_brackets_is_one():
    # a meeting named in brackets right after another's name (学习(扩大会)) is that meeting, on its day
    text = "5月6日，公司召开2025年二季度党委理论学习中心组学习(扩大会)。"
    assert [e[1] for e in events(text)] == ["2025-05-06"]


@pytest.mark.parametrize("text, expected", [
    # a name only defined (X博览会是…平台) or used (借助X博览会等平台) tells no happening
    ("6月3日，青山博览会开幕。青山博览会是两地交流合作的重要平台。", [("Opening", "2025-06-03")]),
    ("6月3日，青山博览会开幕。希望借助青山博览会等平台深化合作。", [("Opening", "2025-06-03")]),
])
def test_names_only_defined_or_used(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a closing told as the time of something else, or congratulated on, is no event told
    ("这是十九大胜利闭幕后中方接待的第一起国事访问。", []),
    ("李特祝贺十九大圆满闭幕。", []),
    # ... a closing told is one
    ("6月3日，青山论坛在青山宾馆闭幕。", [("Closing", "2025-06-03")]),
])
def test_closings_told_as_a_time(text, expected):
    assert [e[:2] for e in events(text) if e[0] in ("Closing", "Opening")] == expected


def test_an_opening_declared_is_the_opening_told():
    # an opening of the session told before, its name written before the verb, whoever speaks, is that opening
    text = ("6月3日，青山区第十九届人民代表大会第四次会议开幕。\n会议由王强主持。"
            "李明宣布青山区第十九届人民代表大会第四次会议开幕。")
    assert [e[:2] for e in events(text) if e[0] == "Opening"] == [("Opening", "2025-06-03")]


@pytest.mark.parametrize("text, expected", [
    # one decision accepting a list of resignations is one removal of them all
    ("6月3日，会议决定接受张三辞去市长职务、李四辞去副市长职务的请求。", [["张三", "李四"]]),
    # ... two decisions listed are two
    ("6月3日，会议通过了关于接受张三辞去市长职务请求的决定、关于接受李四辞去副市长职务请求的决定。",
     [["张三"], ["李四"]]),
])
def test_a_list_of_resignations_accepted(text, expected):
    assert [people for t, _, _, people in attended(text) if t == "Removal"] == expected


@pytest.mark.parametrize("text, expected", [
    # a verb before a body's or a plan's noun names no event (巡查工作领导小组组长, 第一批巡查安排)
    ("6月3日，我市召开安全生产会议。市委常委、市安全生产巡查工作领导小组组长王加培参加会议。会议听取了我市"
     "第一批巡查安排的汇报。", []),
])
def test_verbs_before_bodies_plans_and_instructions(text, expected):
    assert [e[:2] for e in events(text) if e[0] == "Inspection"] == expected


def test_events_during_a_trip_of_several_days_are_undated():
    # an event told during a trip on the trip's days (期间,…) happened on one of them, which one untold
    text = "6月3日至4日，总领事王强访问圣地亚哥，期间，与市长李特座谈。"
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == [
        ("Visit", "2025-06-03", "圣地亚哥"), ("Conference", None, "圣地亚哥")]


def test_an_arrival_dates_the_visit_not_the_meeting_it_comes_for():
    text = "总理王强当地时间12日下午乘专机抵达圣彼得堡，对俄罗斯进行正式访问并举行中俄总理定期会晤。"
    assert [e[:2] for e in events(text)] == [("Visit", "2025-06-12"), ("Reception", None)]


# the date shapes of kg/extract/dates.py date the event of their clause (a paper of Saturday 2025-06-14)
@pytest.mark.parametrize("text, expected", [
    ("本月10日，市长王强在市政府会见了客人。", [("Reception", "2025-06-10")]),
    ("上月28日，市长王强会见了客人。", [("Reception", "2025-05-28")]),
    ("昨晚，市长王强会见了客人。", [("Reception", "2025-06-13")]),
    ("上周五，市长王强会见了客人。", [("Reception", "2025-06-06")]),
    ("当地时间周五，国家主席习近平在莫斯科会见了普京总统。", [("Reception", "2025-06-13")]),
    ("6月10日，市长王强抵达北京。翌日，王强会见了客人。", [("Reception", "2025-06-11")]),
    # a stay of a trip (其间, 访问期间): one of its days, untold
    ("6月10日至12日，市长王强访问北京。其间，王强会见了客人。",
     [("Visit", "2025-06-10"), ("Reception", None)]),
    # an item of a lineup is not dated by a later item's day
    ("本期内容简介\n1.习近平会见马来西亚最高元首;\n2.国内联播快讯:(1)总台与农业农村部签署合作协议;"
     "(2)《高端访谈》今晚播出专访。", [("Reception", None), ("Signing", None), ("Premiere", "2025-06-14")]),
])
def test_relative_dates(text, expected):
    assert [(t, d) for t, d, *_ in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the people of a clause ending with their leading a team do the next clause's act
    ("6月3日，副市长李明带队，深入重点企业开展安全生产巡查。",
     [("Inspection", "2025-06-03", None, None, None)]),
    ("6月3日，副市长李明率队，对全市重点企业开展安全生产巡查。",
     [("Inspection", "2025-06-03", None, None, None)]),
    # a place right after 来 is where a visit or an inspection went (not 以来)
    ("3月22日，省委书记王强来我市调研。", [("Inspection", "2025-03-22", "我市", "LOC", None)]),
    ("3月22日，省长王强来北京考察。", [("Inspection", "2025-03-22", "北京", "LOC", None)]),
    # ... and a short name after a verb of coming of its own before the event in its clause (not 未来华为)
    ("6月3日，法国总统马克龙来华进行国事访问。", [("Visit", "2025-06-03", "华", "LOC", None)]),
    ("6月3日，特首李家超赴京出席座谈会。", [("Conference", "2025-06-03", "京", "LOC", None)]),
    # an inspection of a place's work named between 对X and 进行 (对西岗区安全生产工作进行督查)
    ("9月22日，副市长宋砚敏对西岗区安全生产工作进行督查。",
     [("Inspection", "2025-09-22", "西岗区", "LOC", None)]),
    ("9月22日，副市长宋砚敏对西岗区节前安全生产工作展开督查。",  # 展开: launched, as 开展
     [("Inspection", "2025-09-22", "西岗区", "LOC", None)]),
    # a sentence opening with 在X, alone in its clause: the place of its events
    ("在北京，市长王强会见了客人。", [("Reception", None, "北京", "LOC", None)]),
    # ... or with a stay told by a happening named with its place (G20大阪峰会期间,…; not 疫情期间)
    ("北京冬奥会期间，习近平会见了国际奥委会主席巴赫。", [("Reception", None, "北京", "LOC", None)]),
    ("疫情期间，市长王强会见了客人。", [("Reception", None, None, None, None)]),
    # a clause going on with the subject of one that wrote 在X before its verb: still there
    ("6月3日，市长王强在北京会见了客人，并出席了招商推介会。",
     [("Reception", "2025-06-03", "北京", "LOC", None), ("Conference", "2025-06-03", "北京", "LOC", None)]),
    ("6月3日，市长王强在北京会见了客人，随后前往天津出席了招商推介会。",
     [("Reception", "2025-06-03", "北京", "LOC", None), ("Conference", "2025-06-03", "天津", "LOC", None)]),
    # ... or one whose visit went to a place its verb names (参观了X,并与…座谈)
    ("6月3日，市长王强参观了青山大学，并与该校党委书记李明进行座谈。",
     [("Visit", "2025-06-03", "青山大学", "ORG", None),
      ("Conference", "2025-06-03", "青山大学", "ORG", None)]),
    ("6月3日，市长王强考察了青山公司，随后与企业负责人举行座谈会。",
     [("Inspection", "2025-06-03", "青山公司", "ORG", None),
      ("Conference", "2025-06-03", "青山公司", "ORG", None)]),
    # a headline's event placed where the body's sentence telling it again says (merged before the clauses'
    # places are read)
    ("特使出席就职典礼\n外交部今天宣布，特使王强将赴法国首都巴黎出席于20日举行的新任总统的就职典礼。",
     [("Ceremony", "2025-06-20", "巴黎", "LOC", None)]),
    ("论坛开幕\n6月3日，市长王强赴北京出席青山论坛开幕式。",
     [("Opening", "2025-06-03", "北京", "LOC", None)]),
    # a place before 驻 names whose envoy it is, not where the visit went (拜访了X国驻华大使)
    ("6月3日，副局长王强赴北京拜访了乌拉圭驻华大使李明。", [("Visit", "2025-06-03", "北京", "LOC", None)]),
    ("6月3日，副局长王强赴上海拜会了法国驻沪总领事李明。", [("Visit", "2025-06-03", "上海", "LOC", None)]),
])
def test_agent_led_and_place_come_to(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an act someone is invited to is asked for, not told
    ("会后，书记曾廷富热情邀请院长张刚率队到资中县进行实地考察。", []),
    # ... an invitation accepted tells it, and so does one named
    ("应国家主席习近平邀请，法国总统马克龙6月3日访华。", [("Visit", "2025-06-03")]),
    ("6月3日，在市长王强的邀请下，李明一行来我市考察。", [("Visit", "2025-06-03")]),
    # an inspection named by 的 and thanked for is the one told, not another
    ("6月3日，市长王强到商会调研。会上，会长李明对王强的调研表示热烈欢迎。", [("Inspection", "2025-06-03")]),
])
def test_invited_acts(text, expected):
    assert [(t, d) for t, d, *_ in events(text)] == expected


def test_a_site_of_a_place_referred_to_by_gai():
    # 该县电视台 after 石棉县: the site as written, keyed by the place referred to
    doc = Document(id="t", text="11月8日，石棉县县委书记苟乙权一行来到该县电视台，看望慰问基层新闻工作者。",
                   date="2025-11-14")
    (e,) = [e for r in process_document(doc, date="2025-11-14") for e in r.events]
    assert (e.type, e.place.text, e.place.key) == ("Visit", "该县电视台", "石棉县电视台")


# Two events named one after the other with a conjunction alone between them are two events (出席座谈会和
# 签约仪式), held at one occasion: one undated takes the other's day; a name joined by 暨 stays one event.
@pytest.mark.parametrize("text, expected", [
    ("6月3日，市长王强出席座谈会和签约仪式。", [("Conference", "2025-06-03"), ("Signing", "2025-06-03")]),
    ("6月3日，市长王强出席青山论坛开幕式和签约仪式。",
     [("Opening", "2025-06-03"), ("Signing", "2025-06-03")]),
    ("6月3日，我校与青山市政府签署合作协议。\n市委书记王强等出席座谈会和签约仪式。",
     [("Conference", "2025-06-03"), ("Signing", "2025-06-03")]),
    ("6月3日，县委召开党组会议暨理论学习中心组学习会议。", [("Meeting", "2025-06-03")]),
])
def test_events_joined_by_a_conjunction(text, expected):
    assert [e[:2] for e in events(text)] == expected


# A meeting told as held after what the article reported (在随后召开的座谈会上) took place: on the day of the
# visit before it; one yet to come (即将召开的) is only named.
@pytest.mark.parametrize("text, expected", [
    ("6月3日，企业家一行参观了青山科创园。在随后召开的座谈会上，王强介绍了情况。",
     [("Visit", "2025-06-03"), ("Conference", "2025-06-03")]),
    ("6月3日，企业家一行参观了青山科创园。在随后召开的座谈交流会上，王强介绍了情况。",
     [("Visit", "2025-06-03"), ("Conference", "2025-06-03")]),
    ("6月3日，企业家一行参观了青山科创园。在即将召开的座谈会上，王强将介绍情况。", [("Visit", "2025-06-03")]),
])
def test_meetings_held_after_the_happening_told(text, expected):
    assert [e[:2] for e in events(text)] == expected


# Someone leading a group (率领代表团, 带领考察团一行) in a clause of their own does the next clause's act,
# whose date may open it (…，于15日至17日访问杭州); a group led by nobody named does not.
@pytest.mark.parametrize("text, expected", [
    ("秘书长王强率领代表团，于15日访问杭州。", [("Visit", "2025-06-15", "杭州")]),
    ("秘书长王强将率领代表团，于15日至17日访问杭州；局长李明将于17日率领代表团到访北京。",
     [("Visit", "2025-06-15", "杭州"), ("Visit", "2025-06-17", "北京")]),
    ("6月3日，秘书长王强带领考察团一行，深入青山县调研。", [("Inspection", "2025-06-03", "青山县")]),
    ("6月3日，我们组织代表团，于15日访问杭州。", []),
])
def test_leaders_of_groups_act(text, expected):
    assert [e[:3] for e in events(text)] == expected


# A clause naming people and their group alone (市长王强一行,) is the subject of the act the next clause
# tells; a clause of other words is not.
@pytest.mark.parametrize("text, expected", [
    ("6月3日，市长王强一行，拜访了青山公司。", [("Visit", "2025-06-03", "青山公司")]),
    ("6月3日，市长王强等一行，拜访了青山公司。", [("Visit", "2025-06-03", "青山公司")]),
    ("6月3日，市长王强，拜访了青山公司。", [("Visit", "2025-06-03", "青山公司")]),
    ("6月3日，为了推动合作一行，拜访了青山公司。", []),
])
def test_people_and_their_group_before_the_act(text, expected):
    assert [e[:3] for e in events(text)] == expected


# A clause opening with the topic of the act (就…进行专题视察) goes on with the people of the clause before
# that tells where they went; with no such clause, the act names nobody and is no event.
@pytest.mark.parametrize("text, expected", [
    ("8月26日，副主席陈明带领委员来到区检察院，就“检察建议”进行专题视察。",
     [("Inspection", "2025-08-26", "区检察院")]),
    ("8月26日，副主席陈明来到青山公司，就安全生产工作开展调研。", [("Inspection", "2025-08-26", "青山公司")]),
    ("8月26日，就安全生产工作进行调研。", []),
])
def test_acts_on_a_topic_after_going_somewhere(text, expected):
    assert [e[:3] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a numbered session deciding a change, after another happening of a day told: the change is undated
    # and the session named as its doer (刚刚闭幕的…会议任命) is no closing reported
    ("6月5日，市人大常委会在市会堂举行宪法宣誓仪式。刚刚闭幕的市人大常委会第九次会议任命王强为青山市副市长。",
     [("Ceremony", "2025-06-05"), ("Appointment", None)]),
    ("6月5日，市人大常委会举行宪法宣誓仪式。市人大常委会第九次会议决定任命王强为青山市副市长;"
     "任命李明为青山市财政局局长。",
     [("Ceremony", "2025-06-05"), ("Appointment", None), ("Appointment", None)]),
    # the session dated where it is named keeps its day for its decisions
    ("6月5日，市人大常委会第九次会议召开。刚刚闭幕的市人大常委会第九次会议任命王强为青山市副市长。",
     [("Meeting", "2025-06-05"), ("Appointment", "2025-06-05")]),
    # a session named only as a document's (…第九次会议选举办法) decides nothing
    ("6月5日，青山镇第九届人民代表大会第一次会议召开。表决通过了青山镇第九届人民代表大会第一次会议选举办法，"
     "会议选举了王强为镇长。", [("Meeting", "2025-06-05"), ("Appointment", "2025-06-05")]),
])
def test_a_numbered_session_deciding_after_another_day(text, expected):
    assert [e[:2] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a trip to learn (考察学习, 学习考察) is a visit, to the place gone to; 考察 alone stays an inspection
    ("6月2日，青山市党政代表团赴江苏省苏州市考察学习。", [("Visit", "2025-06-02", "苏州市", "LOC", None)]),
    ("6月2日至3日，市长王强率代表团赴杭州市学习考察。", [("Visit", "2025-06-02", "杭州市", "LOC", None)]),
    ("6月2日，市长王强赴杭州市考察。", [("Inspection", "2025-06-02", "杭州市", "LOC", None)]),
])
def test_a_trip_to_learn_is_a_visit(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 对接 is a visit after a verb of going and the place gone to, not alone (与企业对接)
    ("6月2日，市长王强赴苏州市对接东西部协作工作。", [("Visit", "2025-06-02", "苏州市", "LOC", None)]),
    ("6月2日，青山区考察团到江宁区对接结对合作事宜。", [("Visit", "2025-06-02", "江宁区", "LOC", None)]),
    ("6月2日，市长王强与企业对接用工需求。", []),
    ("6月2日，市长王强来访对接合作。", [("Visit", "2025-06-02", None, None, None)]),
])
def test_going_somewhere_to_connect_is_a_visit(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body named after 在 by a clause of its own opening the sentence is the site of its events
    ("6月2日，王强一行前往青山公司调研。在青山公司，董事长李明会见了王强一行。",
     [("Inspection", "2025-06-02", "青山公司", "LOC", "青山公司"),
      ("Reception", "2025-06-02", "青山公司", "LOC", None)]),
    ("在青山大学调研期间，王强一行与校长李明举行座谈会。",
     [("Inspection", None, "青山大学", "ORG", None), ("Conference", None, "青山大学", "LOC", None)]),
    # not a body inside the clause (在青山公司的支持下 opens no stay)
    ("在青山公司的支持下，王强与李明举行座谈会。", [("Conference", None, None, None, None)]),
])
def test_a_body_opening_a_sentence_is_its_site(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the words between 在 and 举行 right after an event's name are its place when the NER named none there
    ("10月4日，青山社区卫生服务中心揭牌仪式在善禾街道丰苑社区举行。",
     [("Ceremony", "2025-10-04", "善禾街道丰苑社区", "LOC", "青山社区卫生服务中心")]),
    ("10月4日，青山医院揭牌仪式在新华院区门诊楼举行。",
     [("Ceremony", "2025-10-04", "新华院区门诊楼", "LOC", "青山医院")]),
    # not a place referred to (在该处举行)
    ("10月4日，青山社区卫生服务中心揭牌仪式在该处举行。",
     [("Ceremony", "2025-10-04", None, None, "青山社区卫生服务中心")]),
])
def test_a_place_written_right_after_an_event_s_name(text, expected):
    assert events(text) == expected


# Where and when an event was held, told in the clause after its name with only its date and 于 before 在
# (…庆典，于8月8日在X举行; …仪式，今早在X隆重举行), or after 假座/假 of Hong Kong and Macao papers
# (典禮今晚假X舉行): the place and the day of that clause; a clause going on with another act (在X开展)
# places nothing.
@pytest.mark.parametrize("text, expected", [
    ("青山同乡会成立十周年庆典，于5月8日在悉尼唐人街举行。",
     [("Ceremony", "2025-05-08", "悉尼唐人街", "LOC", "青山同乡会")]),
    ("新任州元首宣誓就职仪式，今早在州大会堂隆重举行。",
     [("Ceremony", "2025-06-14", "州大会堂", "LOC", None)]),
    ("青山商會第五屆理事就職典禮，於5月3日在城東海景酒店舉行。",
     [("Ceremony", "2025-05-03", "城東海景酒店", "LOC", "青山商會")]),
    ("青山商會第五屆理事就職典禮今晚假座城東海景酒店舉行。",
     [("Ceremony", "2025-06-14", "城東海景酒店", "LOC", "青山商會")]),
    ("青山商会第五届理事就职典礼今晚假城东海景酒店举行。",
     [("Ceremony", "2025-06-14", "城东海景酒店", "LOC", "青山商会")]),
    ("5月8日，青山镇安全生产动员仪式，在青山广场开展整治行动。",
     [("Ceremony", "2025-05-08", "青山镇", "LOC", None)]),
])
def test_a_place_held_in_the_clause_after_an_event_s_name(text, expected):
    assert events(text) == expected


# Error class (modern news): a meeting held in a building named with 会议 (县会议中心) ran its name into the
# building's (全市经济工作会议在市会议); the study sessions of a 理论学习中心组 were read as reported (学习 of
# 学习…精神) and had no date, or no event.
@pytest.mark.parametrize("text, expected", [
    ("5月5日，全市经济工作会议在市会议中心召开。", [("Meeting", "2025-05-05", "市会议中心", "LOC", None)]),
    ("5月5日，市政协十届二次会议在市会议中心开幕。",
     [("Opening", "2025-05-05", "市会议中心", "LOC", "市政协")]),
    ("5月5日，市委理论学习中心组学习会召开。", [("StudySession", "2025-05-05", None, None, "市委")]),
    ("5月5日，理论学习中心组学习会在市行政中心举行。",
     [("StudySession", "2025-05-05", "市行政中心", "LOC", None)]),
])
def test_buildings_named_with_meetings_and_study_groups(text, expected):
    assert events(text) == expected


# A venue named in quotes after 在 is the event's place when the verb of the happening, a partner or whom
# it is for follows it (在“皇居”为X举行欢迎仪式); a quoted word before 上 is none (在“两会”上表示).
@pytest.mark.parametrize("text, expected", [
    ("6月2日上午，天皇在“皇居”为来访的总统举行欢迎仪式。",
     [("Ceremony", "2025-06-02", "“皇居”", "LOC", None)]),
    ("6月2日，两国元首在“松园”举行会谈。", [("Reception", "2025-06-02", "“松园”", "LOC", None)]),
    ("6月2日，代表团在“两会”上发言。", []),
])
def test_a_venue_named_in_quotes(text, expected):
    assert events(text) == expected


# An inspection told in the clause after its leader's (X率相关单位负责人，对…开展…检查): the clause
# opening with 对 and a verb of making goes on with the subject before it, whoever the leader led (负责人: a
# group).
@pytest.mark.parametrize("text, expected", [
    ("1月7日，常务副市长崔旺率相关单位负责人，对重点行业领域开展综合性安全生产检查。",
     [("Inspection", "2025-01-07", None, None, None)]),
])
def test_an_inspection_after_its_leaders_clause(text, expected):
    doc = Document(id="t", text=text, date="2025-06-14")
    got = [(e.type, e.date, e.place.text if e.place else None, e.place.type if e.place else None,
            e.organizer.text if e.organizer else None) for r in process_document(doc) for e in r.events]
    assert got == expected


# A venue's or community's name ending right before the verb of holding (在X举行) is one place whatever the
# tagger read inside it: the street the NER names at its head (善南街道, a sub-district of places/towns) and a
# person read in the community's name (贾苑) make no clause of it.
def test_a_venue_named_after_its_street():
    text = "10月4日，青山社区卫生服务中心揭牌仪式在善南街道善国贾苑社区举行。"
    expected = [("Ceremony", "2025-10-04", "善南街道善国贾苑社区")]
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


# a stay named by a short name as a clause of its own (在京期间,) places the events its sentence tells, not
# the country of the visit (访华); an event told in passing gets no place from it and stays no event
@pytest.mark.parametrize("text, expected", [
    ("6月3日至5日，青山代表团访华。在京期间，外交部副部长李明会见了代表团。",
     [("Visit", "华"), ("Reception", "京")]),
    ("6月3日，在沪期间，省长王强与企业家代表座谈。", [("Conference", "沪")]),
    ("在湘期间，省委书记刘平会见了考察团成员。", [("Reception", "湘")]),
    ("在京期间，代表团进行了多场会见。", []),
])
def test_a_stay_named_by_a_short_name_places_its_events(text, expected):
    assert [(e[0], e[2]) for e in events(text)] == expected


# a headquarters (总部) and a building (办公楼) are venues: 在X总部会见, 在X办公楼会见 place the event there
@pytest.mark.parametrize("text, expected", [
    ("6月3日，市长王强在集团总部会见了客商。", "集团总部"),
    ("6月3日，副总理李明在政府总部同青山省长王强举行会谈。", "政府总部"),
    ("6月3日，市长王强在市政府办公楼会见了客商。", "市政府办公楼"),
])
def test_headquarters_and_buildings_are_venues(text, expected):
    assert [e[2] for e in events(text)] == [expected]


# a sentence opening with 晚上 or 中午 goes on from the day told before: its event is held where the sentence
# before arrived (…抵达青山市。晚上，…宴请…)
@pytest.mark.parametrize("text, expected", [
    ("6月3日，考察团抵达青山市。晚上，市长王强宴请考察团一行。", [("Ceremony", "2025-06-03", "青山市")]),
    ("6月3日，代表团抵达青山市。中午，市长王强会见了代表团。", [("Reception", "2025-06-03", "青山市")]),
])
def test_evening_and_noon_go_on_from_the_day_told(text, expected):
    assert [e[:3] for e in events(text)] == expected


# 亲切 and 热情 before the verb are adverbs, no part of the place after 在 (在弘毅楼第一会议室亲切会见)
@pytest.mark.parametrize("text, expected", [
    ("1月7日，校长罗大玉在弘毅楼第一会议室亲切会见了北帕克大学代表团。", "弘毅楼第一会议室"),
    ("6月3日，院长李明在学院行政楼二楼会议室热情会见了来宾。", "学院行政楼二楼会议室"),
])
def test_warmly_is_no_part_of_the_place(text, expected):
    assert [e[2] for e in events(text)] == [expected]


# a trip of several days told before (6月3日至5日,…赴X考察) places the events of its later sentences with no
# place of their own, on one of its days or on no day told: not one told in passing (nobody, no day), not one
# on a day after the trip, not one of a trip yet to come (将于…访问, 将会见)
@pytest.mark.parametrize("text, expected", [
    ("6月3日至5日，青山市市长王强率团赴东平县考察。\n6月4日上午，东平县县长李明会见了王强一行。",
     [("Inspection", "2025-06-03", "东平县"), ("Reception", "2025-06-04", "东平县")]),
    ("6月3日至5日，青山大学校长王强一行赴东川省参访。期间，代表团出席了交流活动。\n东川省副省长李明会见王强一行。",
     [("Visit", "2025-06-03", "东川省"), ("Reception", None, "东川省")]),
    ("6月3日至5日，青山市访问团出访蒙古国。\n副市长王强代表青山市与东戈壁省签署友好城市协议书。",
     [("Visit", "2025-06-03", "蒙古国"), ("Signing", None, "蒙古国")]),
    ("6月3日至5日，青山市访问团出访蒙古国。\n同时，青山区与东戈壁省白河县签署了友好交流合作意向书。",
     [("Visit", "2025-06-03", "蒙古国"), ("Signing", None, "蒙古国")]),
    ("6月3日至5日，青山市市长王强率团赴东平县考察。\n6月9日，市长王强会见了来访的企业家代表。",
     [("Inspection", "2025-06-03", "东平县"), ("Reception", "2025-06-09", None)]),
    ("6月3日至5日，青山市市长王强将率团访问蒙古国。\n市长王强将会见蒙古国总理李明。",
     [("Visit", "2025-06-03", "蒙古国"), ("Reception", None, None)]),
])
def test_a_trip_of_several_days_places_its_later_events(text, expected):
    assert [e[:3] for e in events(text)] == expected


# the place written right after an event's name is read after each of its mentions: a headline naming the
# ceremony (the name alone, or 隆重举行 after it) that the body tells again with 在Y举行 is held at Y, not at
# nothing or at the place its name opens with
@pytest.mark.parametrize("text, expected", [
    ("青山大学校史馆开馆仪式\n6月3日上午，青山大学校史馆开馆仪式在学校南门举行。", "学校南门"),
    ("东平县大桥通车仪式\n6月3日上午，东平县大桥通车仪式在大桥北岸举行。", "大桥北岸"),
    ("青山区图书馆开馆仪式隆重举行\n6月3日上午，青山区图书馆开馆仪式在图书馆北门举行。", "图书馆北门"),
    ("青山中学新校门落成典礼\n6月3日，青山中学新校门落成典礼在学校东门广场前举行。", "学校东门广场"),
])
def test_a_headline_s_event_held_where_the_body_says(text, expected):
    assert [e[2] for e in events(text)] == [expected]


# a leader's clause (X带领/率…,), then a clause that only goes somewhere (深入到A, 来到A), then the act: the
# leader acts there (the going clause tells no act of its own)
@pytest.mark.parametrize("text, expected", [
    ("6月3日，市长王强带领相关部门负责人，深入到东平县青山镇，走访慰问困难群众。",
     [("Visit", "2025-06-03", "青山镇")]),
    ("6月3日，县长李明率住建、应急等部门负责人，来到白河镇，检查防汛工作。",
     [("Inspection", "2025-06-03", "白河镇")]),
])
def test_a_leader_acts_after_a_clause_of_going(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a visit or an inspection named in the headline and told again in the body goes where the body says it
# went (the headline names no place): the place of each mention is read, in the order written
@pytest.mark.parametrize("text, expected", [
    ("县长王强冒雪慰问困难群众\n1月11日下午，县长王强深入到青山镇，慰问困难群众。",
     [("Visit", "2025-01-11", "青山镇")]),
    ("县长王强带队检查防汛工作\n1月11日下午，县长王强到青山镇检查防汛工作。",
     [("Inspection", "2025-01-11", "青山镇")]),
    ("县长王强调研安全生产工作\n1月11日下午，县长王强来到白河镇，调研安全生产工作。",
     [("Inspection", "2025-01-11", "白河镇")]),
])
def test_a_headline_s_visit_goes_where_the_body_says(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a clause going on with 并 after an inspection made where its doer went (赴A调研，并与…座谈) is held at A,
# the places holding A written between or not; not after several places gone to (前往A、B检查…，并…)
@pytest.mark.parametrize("text, expected", [
    ("6月3日，市长王强赴东平县调研，并与县长李明座谈。",
     [("Inspection", "2025-06-03", "东平县"), ("Conference", "2025-06-03", "东平县")]),
    ("6月3日，院长王强带队赴河北省东平县进行调研，并与东平县县长等进行交流座谈。",
     [("Inspection", "2025-06-03", "东平县"), ("Conference", "2025-06-03", "东平县")]),
    ("6月3日，市长王强率队赴东平县考察，并与东平县签订合作协议。",
     [("Inspection", "2025-06-03", "东平县"), ("Signing", "2025-06-03", "东平县")]),
    ("6月3日，市委书记王强前往东平县、白河县检查疫情防控工作，并主持召开疫情防控工作会议。",
     [("Inspection", "2025-06-03", "东平县"), ("Meeting", "2025-06-03", None)]),
])
def test_a_clause_going_on_after_going_somewhere(text, expected):
    assert [e[:3] for e in events(text)] == expected


# an inspection's stay told by a clause of its own (调研期间，) places the events its sentence tells, on the
# inspection's day or on none told, at the place inspected; not an event of another day
@pytest.mark.parametrize("text, expected", [
    ("3月13日，市委书记王强到东平区调研。调研期间，王强召开座谈会，听取汇报。",
     [("Inspection", "2025-03-13", "东平区"), ("Conference", "2025-03-13", "东平区")]),
    ("3月13日，副省长李明赴白河县考察。\n考察期间，李明会见了白河县企业家代表。",
     [("Inspection", "2025-03-13", "白河县"), ("Reception", None, "白河县")]),
    ("3月13日，市委书记王强到东平区调研。\n3月20日，王强主持召开市委常委会会议。",
     [("Inspection", "2025-03-13", "东平区"), ("Meeting", "2025-03-20", None)]),
])
def test_an_inspection_s_stay_places_its_events(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a list of days opening a sentence (5月22日、23日，…) dates its events by the first day, as a span does
@pytest.mark.parametrize("text, expected", [
    ("5月22日、23日，市委书记王强到东平区调研。", [("Inspection", "2025-05-22", "东平区")]),
    ("5月22日、23日、24日，副省长李明赴白河县考察。", [("Inspection", "2025-05-22", "白河县")]),
])
def test_a_list_of_days_opening_a_sentence(text, expected):
    assert [e[:3] for e in events(text)] == expected


# 围绕 opens the topic of an act like 就 and 对 (…前往A，围绕…开展调研): the leader of the going clause acts
@pytest.mark.parametrize("text, expected", [
    ("10月12日，市长王强带队前往东平县，围绕乡村振兴开展调研。", [("Inspection", "2025-10-12", "东平县")]),
    ("10月12日，校长王强带队前往白河学院，围绕产学研合作、校园文化建设等工作开展调研交流。",
     [("Inspection", "2025-10-12", "白河学院")]),
])
def test_a_topic_opened_by_weirao(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a sentence opening with one of the stops of a one-day trip told before (…前往A、B开展调研。在A，…) is on
# the trip's day
@pytest.mark.parametrize("text, expected", [
    ("10月12日，副书记王强带队前往东平大学、白河学院开展调研交流。\n在东平大学，党委副书记李明会见王强一行。",
     [("Inspection", "2025-10-12", "东平大学"), ("Reception", "2025-10-12", "东平大学")]),
    ("10月12日，副书记王强带队前往东平大学开展调研交流。\n在白河学院，党委副书记李明会见王强一行。",
     [("Inspection", "2025-10-12", "东平大学"), ("Reception", None, "白河学院")]),
])
def test_a_stop_of_a_one_day_trip_is_on_its_day(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a body gone to after a verb of going of two characters is the place up to the verb opening the act
# (前往A大学开展调研: A大学, not A大学开展)
@pytest.mark.parametrize("text, expected", [
    ("10月12日，副书记王强带队前往东平大学开展调研交流。", [("Inspection", "2025-10-12", "东平大学")]),
    ("9月13日，副县长李明来到白河中心校开展秋季开学工作检查。", [("Inspection", "2025-09-13", "白河中心校")]),
])
def test_a_body_gone_to_ends_before_the_act(text, expected):
    assert [e[:3] for e in events(text)] == expected


# 来访 and 到访 right before the guests they qualify (来访嘉宾, 到访客人) tell no visit of their own
@pytest.mark.parametrize("text, expected", [
    ("5月21日，青山大学校长王强一行来校访问。校长李明接待并与来访嘉宾座谈交流。",
     [("Visit", "2025-05-21", None), ("Conference", "2025-05-21", None)]),
    ("5月21日，校长李明会见了到访客人。", [("Reception", "2025-05-21", None)]),
])
def test_visiting_guests_are_no_visit(text, expected):
    assert [e[:3] for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a body named right after 来 (来 + 青山医院), and a party's headcount before its verb of going
    # (一行9人来)
    ("6月3日，市长王刚一行来青山医院座谈交流。", [("Conference", "2025-06-03", "青山医院")]),
    ("6月3日，市长王刚、副市长李明一行9人来青山医院座谈交流。", [("Conference", "2025-06-03", "青山医院")]),
])
def test_a_body_come_to_after_a_headcount(text, expected):
    assert [(t, d, p) for t, d, p, _, _ in events(text)] == expected


# a headline's event whose name holds a year (2024年全区干部大会召开), told again below on a day of that year:
# the day, not the year of its name
def test_a_headline_events_year_is_no_day():
    text = "2025年全区干部大会召开\n2月26日，2025年全区干部大会召开，区委书记李明出席会议并讲话。"
    assert [(t, d) for t, d, _, _, _ in events(text)] == [("Conference", "2025-02-26")]


# a clause opening with a partner's preposition (与, 同, 跟 as a word of its own) goes on with the
# subject of the clause before: its act has that clause's people, and the place they went to there
# (…来到青山镇，与企业家座谈); not 与会 or 同时, which open no partner
@pytest.mark.parametrize("text, expected", [
    ("5月3日，市长王强来到青山镇，与当地企业家进行座谈。",
     [("Conference", "2025-05-03", "青山镇", ["王强"])]),
    ("6月1日，省长李明抵达东平市，同当地侨胞代表座谈交流。",
     [("Conference", "2025-06-01", "东平市", ["李明"])]),
    ("6月1日，副县长赵强来到青山公司，跟企业负责人进行座谈。",
     [("Conference", "2025-06-01", "青山公司", ["赵强"])]),
    ("6月1日，王强出席开幕式。同时，要加强座谈。", [("Opening", "2025-06-01", None, ["王强"])]),
])
def test_a_partner_clause_goes_on_with_the_subject_before(text, expected):
    assert events_with_people(text) == expected


# a venue's name after 在 ends before the first adverb after it (在政府一楼报告厅圆满完成各项议程
# 胜利闭幕), and a meeting said to close there is the session held there (its closing no event of its
# own); a forum's closing stays a closing
@pytest.mark.parametrize("text, expected", [
    ("1月6日，青山镇人民代表大会第一次会议在政府一楼报告厅圆满完成各项议程胜利闭幕。",
     [("Meeting", "2025-01-06", "政府一楼报告厅")]),
    ("1月6日，东平县政协第三次会议在县会议中心顺利完成各项议程后闭幕。",
     [("Meeting", "2025-01-06", "县会议中心")]),
    ("1月6日，青山镇人民代表大会第一次会议在政府报告厅闭幕。", [("Meeting", "2025-01-06", "政府报告厅")]),
    ("1月6日，青山论坛在国际会议中心隆重闭幕。", [("Closing", "2025-01-06", "国际会议中心")]),
])
def test_a_session_closing_at_a_venue(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a delegation's lodging (驻地) and a site named …之家 (市民之家, 职工之家: 之 inside the name) are venues
@pytest.mark.parametrize("text, expected", [
    ("3月10日，省委书记王强在驻地看望慰问记者。", [("Visit", "2025-03-10", "驻地")]),
    ("4月1日，代表团考察了市民之家、地铁站点等场所。", [("Inspection", "2025-04-01", "市民之家")]),
    ("4月1日，区长王强在职工之家会见了劳模代表。", [("Reception", "2025-04-01", "职工之家")]),
    ("4月1日，书记王强来到党员之家，看望老党员。", [("Visit", "2025-04-01", "党员之家")]),
])
def test_lodgings_and_homes_are_venues(text, expected):
    assert [e[:3] for e in events(text)] == expected


# the place gone to is read back over every clause opening with a verb, up to the one with the subject
# (…赴常州市对接工作，考察项目，与X会见: 常州市); not past a clause with a subject of its own
@pytest.mark.parametrize("text, expected", [
    ("11月2日，市长王浩带领有关部门负责同志，赴常州市对接协作工作，考察产业合作项目，与常州市市长盛蕾会见座谈。",
     [("Visit", "2025-11-02", "常州市"), ("Reception", "2025-11-02", "常州市")]),
    ("5月3日，市长王强来到青山镇，察看农田，走访农户，与当地企业家进行座谈。",
     [("Visit", "2025-05-03", "青山镇"), ("Conference", "2025-05-03", "青山镇")]),
])
def test_the_place_gone_to_read_back_over_verb_clauses(text, expected):
    assert [e[:3] for e in events(text)] == expected


# 军人 is a head a trigger is written before as its modifier (退役军人, 复员军人): a kind of people, no event
@pytest.mark.parametrize("text, expected", [
    ("1月21日，县委书记徐华明看望困难党员、退役军人党员。", [("Visit", "2025-01-21")]),
    ("6月1日，县长王强走访慰问了退役军人代表。", [("Visit", "2025-06-01")]),
    ("6月1日，名将张明宣布退役。", [("Retirement", "2025-06-01")]),
])
def test_a_kind_of_soldier_is_no_event(text, expected):
    assert [e[:2] for e in events(text)] == expected


# a date with a festival after its day (2月15日除夕上午，…) opens its sentence: the event's date
@pytest.mark.parametrize("text, expected", [
    ("2月15日除夕上午，副市长王明华带队对城区重点场所进行了全面细致检查指导。",
     [("Inspection", "2025-02-15")]),
    ("1月1日元旦，市委书记王强看望慰问了值班民警。", [("Visit", "2025-01-01")]),
])
def test_a_festival_day_dates_its_sentence(text, expected):
    assert [e[:2] for e in events(text)] == expected


# a clause that goes somewhere itself (…，到青山村慰问…) has the people of the clause before when that
# one does nothing but take part (X在Y的陪同下): they went there
@pytest.mark.parametrize("text, expected", [
    ("2月9日下午，县人大副主任闫业忠在镇党委书记石岩的陪同下，到西陵寺镇李家村慰问老党员沈自发。",
     [("Visit", "2025-02-09", "李家村", ["石岩", "闫业忠"])]),
    ("2月9日，副县长王强在局长李明的陪同下，来到青山中学调研。",
     [("Inspection", "2025-02-09", "青山中学", ["李明", "王强"])]),
])
def test_people_taking_part_before_a_clause_of_going(text, expected):
    assert events_with_people(text) == expected


# the leaders of a body named as a group (班子领导, 领导班子, 班子成员) act as a person does, also from the
# clause before one that goes somewhere itself (…领导分成11个小组，分别到各乡镇慰问…)
@pytest.mark.parametrize("text, expected", [
    ("2月9日，温县四大班子领导分成11个小组，分别到各乡镇看望慰问部分特困党员。", [("Visit", "2025-02-09")]),
    ("2月9日，县领导班子成员深入基层走访慰问困难群众。", [("Visit", "2025-02-09")]),
])
def test_leaders_of_a_body_act(text, expected):
    assert [e[:2] for e in events(text)] == expected


# 造访 is a visit and a verb of going (…专程造访长崎华侨会馆，看望…: the doer's visit there); the place after
# 在 ends before 由, whom the event is held by (在X大酒店由Y举办的招待会)
@pytest.mark.parametrize("text, expected", [
    ("6月21日，总领事李文亮专程造访青山华侨会馆，看望华侨华人代表。",
     [("Visit", "2025-06-21", "青山华侨会馆")]),
    ("昨天下午在青山大酒店由总领事馆举办的国庆招待会上，总领事张善利致辞。",
     [("Reception", "2025-06-13", "青山大酒店")]),  # (a 招待会 is a reception since session 37)
])
def test_a_call_and_a_place_held_by(text, expected):
    assert [e[:3] for e in events(text)] == expected


# 到访 is a verb of going (…到访澳大利亚悉尼，与侨胞举办座谈: the talks are held there), and 省会 names the
# capital of the province before it as 首都 does a country's (抵达贵州省会贵阳访问: 贵阳)
@pytest.mark.parametrize("text, expected", [
    ("7月25日，市长王强到访东平市，与当地华人举办座谈交流活动。",
     [("Visit", "2025-07-25", "东平市"), ("Conference", "2025-07-25", "东平市")]),
    ("5月28日，考察团抵达贵州省会贵阳访问考察。", [("Visit", "2025-05-28", "贵阳")]),
    ("5月28日，省长王强赴美国首都华盛顿出席会议。", [("Meeting", "2025-05-28", "华盛顿")]),
])
def test_visits_and_capitals(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a visit to the publisher's own body, named as its news names itself after a verb of coming (…一行来到我院
# 参观交流, 莅临我会) is placed there, keyed by the publisher, when the publisher is that kind of body or
# known by its web address alone (no name in Chinese); not when it is unknown
@pytest.mark.parametrize("text, publisher, expected", [
    ("3月25日，陇南市第一人民医院院长闫晓光一行来到我院参观交流。", "青山市中心医院",
     ("我院", "青山市中心医院")),
    ("5月23日，山西商会副会长李慧等一行莅临我会考察。", "东平市山西商会", ("我会", "东平市山西商会")),
    ("3月25日，院长闫晓光一行来到我院参观交流。", "青山日报", None),
    ("3月25日，青山医院院长闫晓光一行莅临我院参观交流。", "qingshan-hospital.cn",
     ("我院", "qingshan-hospital.cn")),
    ("3月25日，青山医院院长闫晓光一行莅临我院参观交流。", None, None),
    # the act in a clause of its own opened by 进行 (到我院,进行专题调研)
    ("5月22日,青山卫健委吴朝晖处长一行到我院,进行专题调研。", "白水市中心医院", ("我院", "白水市中心医院")),
    # a meeting held there, told again in the next sentence (one happening: placed from its first mention)
    ("5月31日,青山医院马平一行来到我院进行交流座谈。座谈会上,我院院长游平表示欢迎。", "白水市中心医院",
     ("我院", "白水市中心医院")),
    # what the act is done to (对我校进行友好访问), and a visit's object right after its verb (访问我校)
    ("10月31日,青山大学代表马平先生对我校进行友好访问。", "白水师范大学", ("我校", "白水师范大学")),
    ("10月31日,青山大学校长马平一行访问我校。", "白水大学国际交流处", ("我校", "白水大学")),
    ("10月31日,县教育局局长马平一行莅临我校视察。", "青山县白水中学", ("我校", "青山县白水中学")),
])
def test_a_visit_to_the_publishers_own_body(text, publisher, expected):
    doc = Document(id="t", text=text, date="2025-06-14", publisher=publisher)
    found = [(e.place.text, e.place.key) if e.place else None
             for r in process_document(doc, date="2025-06-14") for e in r.events]
    assert found == [expected]


# an event held somewhere with no place of its own takes the place written after 在 in an earlier clause
# of its sentence (市领导在成都参加…活动,市委书记X会见了…), the place named in that clause's own words too
# (四川行活动); not across a later clause that names another place
@pytest.mark.parametrize("text, expected", [
    ("4月17日，市领导在成都参加招商活动，市委书记李强会见了部分重点客商。", "成都"),
    ("4月17日，市领导在成都参加四川行活动，市委书记李强会见了部分客商。", "成都"),
    ("4月17日，市领导在成都参加招商活动，随后到重庆，市委书记李强会见了部分客商。", None),
])
def test_a_place_held_in_a_clause_before(text, expected):
    doc = Document(id="t", text=text, date="2025-06-14", publisher="青山日报")
    found = [e.place.text if e.place else None
             for r in process_document(doc, date="2025-06-14") for e in r.events if e.type == "Reception"]
    assert found == [expected]


# a verb used as a noun may be inside a site's name when a venue's word ends it (农产品加工/vn产业园,
# 社区卫生服务/vn中心); not when none does (调研双桥经开区教育工作: 双桥经开区)
@pytest.mark.parametrize("text, expected", [
    ("9月20日，委员们先后实地观摩了霍岭特色农产品加工产业园、青山大桥等。",
     [("Inspection", "2025-09-20", "霍岭特色农产品加工产业园")]),
    ("近日，区政协组织委员调研双桥经开区教育工作。", [("Inspection", None, "双桥经开区")]),
])
def test_a_verbal_noun_inside_a_site(text, expected):
    assert [e[:3] for e in events(text)] == expected


# 当天 after a date opening its sentence (1日当天，…) leaves it the sentence's date
@pytest.mark.parametrize("text, expected", [
    ("4月1日当天，行政长官梁振英与李斌展开会晤。", [("Reception", "2025-04-01")]),
    ("10月1日国庆节当天，市长王强看望了值班民警。", [("Visit", "2025-10-01")]),
])
def test_the_day_itself_after_a_date(text, expected):
    assert [e[:2] for e in events(text)] == expected


# a venue's name after 在 ends before the verb opening the act (在青山社区进行了实地调研: 青山社区, not 青山)
@pytest.mark.parametrize("text, expected", [
    ("7月10日，代表王强在青山社区进行了实地调研。", [("Inspection", "2025-07-10", "青山社区")]),
    ("7月10日，王强在青山社区开展了专题调研。", [("Inspection", "2025-07-10", "青山社区")]),
])
def test_a_venue_before_the_act_opening(text, expected):
    assert [e[:3] for e in events(text)] == expected


# 专题, 集中 and 现场 before an act verb open a clause that goes on with the subject before it (李萍带队，
# 专题视察…; …带队，现场巡查河道)
@pytest.mark.parametrize("text, expected", [
    ("12月9日下午，区人大常委会主任李萍带队，专题视察建设工作。",
     [("Inspection", "2025-12-09", None, ["李萍"])]),
    ("8月8日，街道党工委书记张高旺带队，现场巡查河道等易涝点。",
     [("Inspection", "2025-08-08", None, ["张高旺"])]),
])
def test_topic_and_scene_words_go_on_with_the_subject(text, expected):
    assert events_with_people(text) == expected


# a meeting named as what a paper is about (关于提请审议召开X会议决定(草案)的议案) or by its agenda
# (X会议日程, X会议议程) is to be held: no event
@pytest.mark.parametrize("text, expected", [
    ("1月5日，区人大常委会召开会议。会议审议了关于提请审议召开区十九届人大第三次会议决定(草案)的议案。",
     [("Meeting", "2025-01-05")]),
    ("1月5日，区人大常委会召开会议。会议审议了区十九届人大第三次会议日程(草案)。",
     [("Meeting", "2025-01-05")]),
])
def test_a_meeting_to_be_held_named_by_its_papers(text, expected):
    assert [e[:2] for e in events(text)] == expected


# 实地查看 and 实地察看 (an on-site inspection) are inspections, a stop of the day's tour when one is told
@pytest.mark.parametrize("text, expected", [
    ("6月3日，市长王强实地查看了青山水库。", [("Inspection", "2025-06-03", "青山水库", ["王强"])]),
    ("6月3日，市长王强来到青山镇调研，实地察看了青山水库。",
     [("Inspection", "2025-06-03", "青山镇", ["王强"])]),
    # a clause opening with the verb itself (实地 opens a clause going on and the verb 实地察看) goes on with
    # the subject before it
    ("6月3日，市长王强来到青山公司，实地察看了生产情况。",
     [("Inspection", "2025-06-03", "青山公司", ["王强"])]),
    ("6月3日，市长王强来到青山公司，并实地查看了生产情况。",
     [("Inspection", "2025-06-03", "青山公司", ["王强"])]),
])
def test_on_site_inspections(text, expected):
    assert events_with_people(text) == expected


# a government's executive meeting and a party group's meeting written short (常务会, 党组会) are meetings
@pytest.mark.parametrize("text, expected", [
    ("6月2日，县政府召开常务会，研究有关工作。", [("Meeting", "2025-06-02")]),
    ("6月2日，市人大常委会召开党组会，研究有关工作。", [("Meeting", "2025-06-02")]),
])
def test_meetings_written_short(text, expected):
    assert [e[:2] for e in events(text)] == expected


# a word opening with 在 that is no preposition (在建, 在职) opens no place after it
@pytest.mark.parametrize("text, expected", [
    ("6月28日下午,总经理高平一行对公司所属在建工地进行实地查看。", [("Inspection", "2025-06-28", None)]),
    ("6月28日下午,总经理高平在青山工地进行实地查看。", [("Inspection", "2025-06-28", "青山工地")]),
    ("6月28日,市长王强在建设银行青山分行会见了客人。", [("Reception", "2025-06-28", "建设银行青山分行")]),
])
def test_no_place_after_a_word_opening_with_zai(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a verb before 小组 names a group (督查小组), no act: the group's trip is read, not a place after the verb
@pytest.mark.parametrize("text, expected", [
    ("6月9日,总经理郑平率督查小组前往长沙进行督查。", [("Inspection", "2025-06-09", "长沙")]),
    ("6月9日,总经理郑平率督查小组前往市区两个市政项目进行督查。", [("Inspection", "2025-06-09", None)]),
])
def test_a_verb_before_a_group_word(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a body's other name in brackets after it (到白水医院(金阳医院)参观) is inside the clause, not a clause mark
@pytest.mark.parametrize("text, expected", [
    ("11月9日,青山医院党委书记葛平一行到白水医院(金阳医院)参观交流。", [("Visit", "2025-11-09", "白水医院")]),
])
def test_a_bodys_other_name_in_brackets(text, expected):
    assert [e[:3] for e in events(text)] == expected


# a quoted name or slogan (“…，…”专题调研组) is inside its clause, its commas too: the leader before it
# takes part
@pytest.mark.parametrize("text, expected", [
    ("4月17日，副主席胡平率“加强农村污水治理，建设宜居乡村”专题调研组在四川调研。",
     [("Inspection", "2025-04-17", "四川", ["胡平"])]),
])
def test_a_quoted_name_with_a_comma(text, expected):
    assert events_with_people(text) == expected


# a venue named for the service of meetings (会议接待中心, 会议服务中心) names no meeting
@pytest.mark.parametrize("text, expected", [
    ("11月8日,市长宋平在市会议接待中心会见客人一行。", [("Reception", "2025-11-08", "市会议接待中心")]),
])
def test_a_venue_of_meeting_services(text, expected):
    assert [e[:3] for e in events(text)] == expected


# the place of a visit its doer is on, qualifying them (正在X访问的…团长Y会见…), when the event has none
@pytest.mark.parametrize("text, expected", [
    ("6月17日,正在蒙古国乌兰巴托市访问的长春市政府代表团团长、长春市外事办公室主任齐平会见乌兰巴托市办公厅"
     "主任奥坦巴耶尔。", [("Reception", "2025-06-17", "乌兰巴托市")]),
    ("6月17日,正在美国访问的国务院副总理李平在纽约会见了客人。", [("Reception", "2025-06-17", "纽约")]),
])
def test_the_place_of_a_visit_its_doer_is_on(text, expected):
    assert [e[:3] for e in events(text)] == expected


# an act opened by 进行 after a long topic (进行党的群众路线教育实践活动专题调研) goes on with the subject
# of the clause of going before it
@pytest.mark.parametrize("text, expected", [
    ("5月22日,省卫健委吴平处长一行到青山医院,进行党的群众路线教育实践活动专题调研指导。",
     [("Inspection", "2025-05-22", "青山医院", ["吴平"])]),
])
def test_an_act_after_a_long_topic(text, expected):
    assert events_with_people(text) == expected


# an act verb before 工作 inside a meeting's name (全国政协视察工作座谈会) is part of the name, no act
@pytest.mark.parametrize("text, expected", [
    ("12月12日，全国政协视察工作座谈会在京召开。", [("Conference", "2025-12-12")]),
])
def test_the_work_an_act_names_inside_a_meetings_name(text, expected):
    assert [e[:2] for e in events(text)] == expected


# a session's ordinal 第一次 (第十一次) is part of its name, not 一次 (once) ending it: a congress's and a
# CPPCC committee's first sessions joined by 和 are two meetings, each named whole; a meeting named right
# before or after another whose clause writes where it is held (A会议和B会议在X召开,
# 在X出席座谈会和签约仪式) is held there too
@pytest.mark.parametrize("text, expected", [
    ("1月8日，青山区第一届人民代表大会第一次会议和政协青山区委员会第一届第一次会议在区政务中心召开。",
     [("Meeting", "2025-01-08", "区政务中心"), ("Meeting", "2025-01-08", "区政务中心")]),
    ("6月3日，市长王明在青山宾馆出席座谈会和签约仪式。",
     [("Conference", "2025-06-03", "青山宾馆"), ("Signing", "2025-06-03", "青山宾馆")]),
])
def test_first_sessions_and_meetings_joined_by_and(text, expected):
    assert [e[:3] for e in events(text)] == expected


def test_a_first_session_is_named_whole():
    name = "政协青山区第五届委员会第一次会议"
    doc = Document(id="t", text=f"1月8日，{name}在区政务中心召开。", date="2025-06-14")
    assert [e.trigger.text for r in process_document(doc) for e in r.events] == [name]


# a session's name before 主席团 names the session's presidium, a body, not a meeting
# (人大三次会议主席团举行第一次会议: the presidium's meeting, its executive chairs named there taking part in
# it); a meeting named after 关于 is what a report is about, not the one its attendees sit at
# (听取了…关于…分组会议情况的汇报。…出席会议: the meeting told)
@pytest.mark.parametrize("text, expected", [
    ("5月27日下午，新选出的县十六届人大三次会议主席团举行第一次会议。会议推选王明、李强为大会主席团常务主席。",
     [("Meeting", "第一次会议", ["李强", "王明"]), ("Appointment", "推选", ["李强", "王明"])]),
    ("3月14日，青山市政协第五次会议主席团常务主席会议第二次会议在青山举行。会议听取了秘书长张红关于青山市政协第五次"
     "会议分组会议情况的汇报。市政协常务主席王明、李强出席会议。",
     [("Meeting", "青山市政协第五次会议主席团常务主席会议第二次会议", ["张红", "李强", "王明"])]),
])
def test_a_presidium_and_a_meeting_reported_on(text, expected):
    assert [(e[0], e[1], e[3]) for e in events_named(text)] == expected


def events_named(text: str):
    doc = Document(id="t", text=text, date="2025-06-14")
    return [(e.type, e.trigger.text, e.date, sorted(a.text for a in e.attendees))
            for r in process_document(doc) for e in r.events]
