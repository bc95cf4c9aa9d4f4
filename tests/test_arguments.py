"""Event arguments read by the roles of kg/rules/events/roles.jsonl."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from kg.errors import RuleError
from kg.extract.arguments import duee_arguments, read_arguments, roles, roles_of
from kg.extract.context import Context
from kg.extract.dates import extract_dates
from kg.extract.events import extract_events, scheme
from kg.model import Mention
from kg.nlp.normalize import View
from kg.rules import load_rules

CTX = Context(date="2025-06-14")


def args(text, people=(), orgs=(), places=()):
    view = View.of(text)
    ms = list(extract_dates(view, CTX))
    for typ, words in (("PER", people), ("ORG", orgs), ("LOC", places)):
        for w in words:
            ms += [Mention(m.start(), m.end(), typ, w, key=w) for m in re.finditer(re.escape(w), text)]
    ms.sort()
    evs = read_arguments(view, ms, extract_events(view, ms, CTX))
    return [(e.type, sorted((roles()[r].duee, m.text) for r, m in e.arguments)) for e in evs]


@pytest.mark.parametrize("text, people, orgs, expected", [
    ("著名演员张三因病去世,享年85岁。", ["张三"], [], [("Death", [("死者", "张三"), ("死者年龄", "85岁")])]),
    ("犯罪嫌疑人李四被警方抓获。", ["李四"], [], [("Arrest", [("拘捕者", "警方"), ("被拘捕者", "李四")])]),
    # everyone arrested, and the count of those arrested with them
    ("李四、王五被警方抓获。", ["李四", "王五"], [],
     [("Arrest", [("拘捕者", "警方"), ("被拘捕者", "李四"), ("被拘捕者", "王五")])]),
    ("警方抓获6名犯罪嫌疑人。", [], [], [("Arrest", [("拘捕者", "警方"), ("被拘捕者", "6名犯罪嫌疑人")])]),
    # 被拘, 被捕 are passive by themselves: the one written before them is arrested
    ("涉事男子被拘14天。", [], [], [("Arrest", [("被拘捕者", "涉事男子")])]),
    ("男子张三被捕。", ["张三"], [], [("Arrest", [("被拘捕者", "张三")])]),
    # adverbs of manner (依法, 行政, 刑事) name no one who arrests
    ("男子被依法刑事拘留。", [], [], [("Arrest", [("被拘捕者", "男子")])]),
    ("湖人负于勇士。", [], ["湖人", "勇士"], [("Match", [("胜者", "勇士"), ("败者", "湖人")])]),
    ("市场监管局对该公司罚款50万元。", [], ["市场监管局"],
     [("Fine", [("执法机构", "市场监管局"), ("罚款对象", "该公司"), ("罚款金额", "50万元")])]),
    ("地震造成3人死亡。", [], [], [("Earthquake", [("死亡人数", "3人")]), ("Death", [])]),
    # a building is no one who died (滨江大酒店死亡1人: one died there)
    ("滨江大酒店死亡1人。", [], [], [("Death", [])]),
    # a count before 死 is a tally of casualties (致两死两伤, 13死199伤), not a death told
    ("地震造成13死199伤。", [], [], [("Earthquake", [])]),
    ("山体滑坡致1死。", [], [], []),
    # a trigger word before a noun of a kind or a count of events modifies it: no event told
    ("网易的裁员潮仍未结束。", [], ["网易"], []),
    ("网易宣布裁员。", [], ["网易"], [("Layoff", [("裁员方", "网易")])]),
    # a product is released (上市, 亮相, 发售 are inverse): it is written before the word, as a subject
    ("2020款宝马X3正式上市。", [], [], [("Release", [("发布产品", "2020款宝马X3")])]),
    # a film that goes online has its premiere (上线 of a clause naming a film)
    ("电影《长河》今日上线。", [], [], [("Premiere", [("上映影视", "《长河》"), ("时间", "今日")])]),
    ("新款名爵ZS将于10月17日上市。", [], [],
     [("Release", [("发布产品", "新款名爵ZS"), ("时间", "10月17日")])]),
    ("华为推出新款手机。", [], ["华为"], [("Release", [("发布产品", "新款手机"), ("发布方", "华为")])]),
    # 发布, 推出 ending their clause: what is released is written before them, and no one need act
    ("新款轿车将于10月正式发布。", [], [], [("Release", [("发布产品", "新款轿车"), ("时间", "10月")])]),
    ("该款手表即将推出了!", [], [], [("Release", [("发布产品", "该款手表")])]),
    ("新款相机国内发布 获得高分", [], [], [("Release", [("发布产品", "新款相机国内")])]),
    ("政府发布新规定。", [], [], []),
    ("该系列新款手表即将登场。", [], [], [("Release", [("发布产品", "该系列新款手表")])]),
    # a possessive opening the object is no part of what is released
    ("华为发布了它的mate30系列。", [], ["华为"],
     [("Release", [("发布产品", "mate30系列"), ("发布方", "华为")])]),
    # what is taken off sale is written after 下架, or before it when passive
    ("苹果下架所涉商品。", [], ["苹果"], [("Delisting", [("下架产品", "所涉商品"), ("下架方", "苹果")])]),
    ("多款应用被下架。", [], [], [("Delisting", [("下架产品", "多款应用")])]),
    # a space between Chinese characters parts a headline's clauses
    ("新款轿车正式上市 搭1.3T发动机", [], [], [("Release", [("发布产品", "新款轿车")])]),
    # people at large (大家, 人们) are no one who takes part
    ("两人的分手被大家称为和平分手。", [], [], [("BreakUp", [])]),
    # what is only meant (欲, 拟, 计划) has not happened
    ("该公司拟收购一家银行。", [], [], []),
    # a filler its cue marks is no other role's: the body before 对 fines, the one after it is fined
    ("市场监管局对万科集团罚款50万元。", [], ["市场监管局", "万科集团"],
     [("Fine", [("执法机构", "市场监管局"), ("罚款对象", "万科集团"), ("罚款金额", "50万元")])]),
    # what is released after a speaker's 宣布 is the speaker's words' subject, not the speaker
    ("谷歌宣布新手机将于11月20日正式发布。", [], ["谷歌"],
     [("Release", [("发布产品", "新手机"), ("时间", "11月20日")])]),
    # a meeting's place is the one after 在 before its verb, not a place naming its guest
    ("李明在人民大会堂会见英国伯明翰大学校长。", ["李明"], [], [("Reception", [
        ("会见主体", "李明"), ("会见对象", "英国伯明翰大学校长"), ("地点", "人民大会堂")])]),
    ("该公司收购一家银行。", [], [], [("Acquisition", [("交易物", "一家银行"), ("收购方", "该公司")])]),
    # a trigger word that says it is passive (被罚): the one before it undergoes it; 三万五 is 35,000
    ("保罗被罚三万五。", ["保罗"], [], [("Fine", [("罚款对象", "保罗"), ("罚款金额", "三万五")])]),
    # a time the date extractor leaves alone; a word inside a work's title is no trigger
    ("该公司根据《召回管理条例》,决定自即日起召回部分车型。", [], [],
     [("Recall", [("召回内容", "部分车型"), ("时间", "自即日起")])]),
])
def test_arguments(text, people, orgs, expected):
    assert args(text, people, orgs) == expected


def times(text, people=(), orgs=()):
    return [dict(a).get("时间") for _, a in args(text, people, orgs)]


@pytest.mark.parametrize("text, people, expected", [
    ("6月9日,男子贾某被警方行政拘留。", ["贾某"], ["6月9日"]),
    # the time opening the text holds for a later sentence's event told with no time of its own
    ("6月9日,警方通报一起案件。男子贾某被行政拘留。", ["贾某"], ["6月9日"]),
    ("警方通报一起案件。男子贾某6月9日被行政拘留。", ["贾某"], ["6月9日"]),
    ("警方6月9日通报一起案件。男子贾某被行政拘留。", ["贾某"], [None]),
    # 自…以来: a period begins then
    ("英国央行自2016年6月以来加息两次。", [], [None]),
    ("从6月份开始,该公司开始了新一轮裁员。", [], [None]),
    ("6月份,该公司开始了新一轮裁员。", [], ["6月份"]),
    # a time after the trigger is how long (被拘15日), not when
    ("项目负责人被行拘15日。", [], [None]),
    # the time of a report (记者…获悉) is not the time of what it reports
    ("记者15日从警方获悉,嫌疑人已被刑事拘留。", [], [None]),
    # 随后, 目前: the clause places the event after the time written before it
    ("她6月9日刺伤男友,随后警方将她逮捕。", [], ["6月9日", None]),
    # speech opened after the time: the time is the speaking's, not the time of what is said
    ("7月9日,该公司代表对媒体表示,“已对两家公司提起诉讼”。", [], [None]),
    ("7月9日,该公司对两家公司提起诉讼。", [], ["7月9日"]),
    # a period (最近, 今年) holds many events; it says when none of them happened
    ("最近,男子贾某被警方抓获。", ["贾某"], [None]),
    # a time inside a source and its report (据美媒周二报道) is the report's
    ("据外媒周二(10月15日)报道,该公司宣布召回一批汽车。", [], [None]),
    ("10月15日,该公司宣布召回一批汽车。", [], ["10月15日"]),
])
def test_event_times(text, people, expected):
    assert times(text, people) == expected


@pytest.mark.parametrize("text, places, expected", [
    # the place phrase after 在, not only the place names in it
    ("一架小型飞机8日在纽约州长岛坠毁。", ["纽约州", "长岛"], "纽约州长岛"),
    # a place naming a body (镇江应急管理部门) is not where the event happened
    ("镇江应急管理部门称,一架直升机坠毁。", ["镇江"], None),
    # 地点 is no role of a collapse or an earthquake in DuEE's schema
    ("青岛地铁施工段坍塌。", ["青岛"], None),
    # a place qualifying a person (美国人, 英国女王) is not where the event happened
    ("数千名美国人举行游行。", ["美国"], None),
    # a place before a number says whose they are (恩施2少年) or where a dispatch was filed (柳州8月5日电)
    ("恩施2少年失联。", ["恩施"], None),
    ("中新网柳州8月5日电 一辆货车起火。", ["柳州"], None),
    ("柳州8月5日发生一起火灾。", ["柳州"], "柳州"),
    # a place right before a verb of speaking or announcing speaks: an actor, not where it happened
    ("土耳其宣布对边境一处据点发动空袭。", ["土耳其"], None),
    ("据悉,乌拉圭表示一架运输机已坠毁。", ["乌拉圭"], None),
    ("冰岛称一座化工厂发生爆炸。", ["冰岛"], None),
    ("土耳其东部发生爆炸。", ["土耳其"], "土耳其"),
    ("一架运输机在乌拉圭坠毁,机上人员均已获救。", ["乌拉圭"], "乌拉圭"),
    # a building or a site as the subject of a fire or an explosion (or of 发生 before it) is its place
    ("市中心一栋商业大厦起火。", [], "市中心一栋商业大厦"),
    ("江边一座仓库突发大火,消防员迅速赶到。", [], "江边一座仓库"),
    ("位于城南的一家化工厂发生爆炸。", [], "城南的一家化工厂"),
    # so are the words after 在 before the trigger when they end so, with no place name there
    ("一架战机在边境坠毁。", [], "边境"),
    ("一辆大巴在高速上起火。", [], "高速"),
    ("一名老人在家中去世。", [], "家中"),
    ("一名老人在睡梦中去世。", [], None),
    # ... up to the last such word (在205国道附近被货车撞倒, 在医院抢救无效死亡)
    ("一名男子在205国道附近被一辆货车撞倒。", [], "205国道附近"),
    ("一名男子在医院抢救无效死亡。", [], "医院"),
    # a sentence that says where (地点就在X) places its event
    ("数万人参加游行示威,地点就在首都莫斯科。", ["莫斯科"], "首都莫斯科"),
    ("数万人参加游行示威。", ["莫斯科"], None),
])
def test_event_places(text, places, expected):
    assert [dict(a).get("地点") for _, a in args(text, places=places)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a place in the words naming the person who died is where the person is from, not where it happened
    ("美国著名歌手张三去世。", None),
    ("美国著名歌手张三在洛杉矶去世。", "洛杉矶"),
    ("美国一家酒店里,歌手张三遇难。", "美国"),
    # where the person was born or lives (出生于, 家住) is not where the person died
    ("出生于美国的歌手张三去世。", None),
    ("家住美国的张三在洛杉矶去世。", "洛杉矶"),
])
def test_a_place_naming_a_persons_origin(text, expected):
    places = [dict(a).get("地点") for t, a in args(text, ["张三"], places=["美国", "洛杉矶"]) if t == "Death"]
    assert places == [expected]


@pytest.mark.parametrize("text, people, expected", [
    # news of what happened tells it as a modifier of a noun too (刚刚退役的X, 被抓的导演, 新上映的电影)
    ("刚刚退役的传奇球星张三当选形象大使。", ["张三"], [("Retirement", None)]),
    ("这次被抓的导演是谁？", [], [("Arrest", None)]),
    # its time is the one written right before it, not the sentence's (8月1日，…当选)
    ("8月1日,刚刚退役的球星张三当选形象大使。", ["张三"], [("Retirement", None)]),
    ("该公司5月收购的地块位置优越。", [], [("Acquisition", "5月")]),
    # what may happen (被裁掉的风险, 加息的预期) is no event; nor is 是…的 closing a clause
    ("就算有被裁掉的风险,也值得一试。", [], []),
    ("市场对加息的预期升温。", [], []),
    ("这款手机是去年上市的,搭载骁龙处理器。", [], []),
    # public life's meetings and visits told as modifiers name what they qualify (刚刚闭幕的大会)
    ("他介绍了刚刚闭幕的全国代表大会的情况。", [], [("Conference", None)]),
])
def test_events_told_as_modifiers(text, people, expected):
    view = View.of(text)
    ms = sorted([*extract_dates(view, CTX), *(Mention(m.start(), m.end(), "PER", w, key=w)
                                              for w in people for m in re.finditer(w, text))])
    evs = read_arguments(view, ms, extract_events(view, ms, CTX))
    when = [next((m.text for r, m in duee_arguments(e) if r == "时间"), None) for e in evs]
    assert list(zip([e.type for e in evs], when, strict=True)) == expected


def test_a_place_is_one_events():
    """A place read for one event is not read again for a later one (DuEE gives it to one event), nor a
    part of it."""
    text = "一架飞机在长岛坠毁，事故导致机上2人死亡。"
    assert [(t, dict(a).get("地点")) for t, a in args(text, places=["长岛"])] == [("PlaneCrash", "长岛"),
                                                                                ("Death", None)]
    text = "城南区一栋居民楼发生火灾，造成2人死亡。"
    assert [(t, dict(a).get("地点")) for t, a in args(text, places=["城南区"])] == \
        [("Fire", "城南区一栋居民楼"), ("Death", None)]


def test_a_happening_told_again_is_where_it_was_told_first():
    """A fire told after the blast of its sentence, or a march told again in the next sentence or by
    这次/此次, is where the first telling says, when it names nobody new; a death stays without."""
    def places(text, people=(), where=()):
        return [(t, dict(a).get("地点")) for t, a in args(text, people, places=where)]
    assert places("城北一座化工厂发生爆炸，现场火势猛烈。") == \
        [("Explosion", "城北一座化工厂"), ("Fire", "城北一座化工厂")]
    assert places("数万人在莫斯科游行示威。示威者要求总统下台，游行持续到深夜。", where=["莫斯科"]) == \
        [("Demonstration", "莫斯科"), ("Demonstration", "莫斯科")]
    assert places("数万人在莫斯科游行示威。次日各地平静。此后又有人游行。", where=["莫斯科"]) == \
        [("Demonstration", "莫斯科"), ("Demonstration", None)]
    assert places("一架飞机在长岛坠毁，事故导致机上2人死亡。", where=["长岛"]) == \
        [("PlaneCrash", "长岛"), ("Death", None)]
    # someone else's death is not the one told before
    assert places("张三在北京去世。李四也于当天去世。", ["张三", "李四"], ["北京"]) == \
        [("Death", "北京"), ("Death", None)]


def test_a_place_acting_is_no_place():
    """A country or a city that is the whole subject of a type done by someone acts (以色列8日空袭叙利亚: the
    attacker, not where it happened); 以 of 以色列 ends no subject, nor does a date after it belong to it."""
    got = dict(args("以色列8日空袭叙利亚首都。", places=["以色列", "叙利亚"])[0][1])
    assert (got.get("地点"), got.get("袭击者"), got.get("时间")) == (None, "以色列", "8日")
    assert dict(args("8日，北京一家工厂发生爆炸。", places=["北京"])[0][1]).get("地点") == "北京一家工厂"
    assert dict(args("一名男子在伦敦桥袭击路人。", places=["伦敦桥"])[0][1]).get("地点") == "伦敦桥"
    # the subject of an earlier clause's own verb is that clause's, not the event's (华尔街为…欢呼)
    assert "地点" not in dict(args("华尔街为造富欢呼，愤怒的司机却示威游行。", places=["华尔街"])[0][1])
    assert dict(args("华尔街，愤怒的司机示威游行。", places=["华尔街"])[0][1]).get("地点") == "华尔街"


def test_a_phrase_runs_over_a_word_that_is_no_trigger_there():
    """A phrase stops at another event's trigger, not at a word its context makes none (世界冠军: a title) nor
    at a public-life act told as a modifier (到访的日本队)."""
    assert dict(args("张三击败了世界冠军。", ["张三"])[0][1]).get("败者") == "世界冠军"
    # 到访的: a visit told as a modifier is no event of its own (its words name the team)
    assert dict(args("到访的日本队以1-2负于中国队。")[0][1]).get("败者") == "到访的日本队"


def test_a_place_opening_the_name_of_a_series():
    """渑池县第七届红叶文化旅游节, 2019湖南服博会: the place opening an event series' name is no place of
    the event (DuEE); 在上海开幕 and a place ending the name (艺览北京开幕) are."""
    def place(text, where):
        return dict(args(text, places=where)[0][1]).get("地点")
    assert place("渑池县第七届红叶文化旅游节10月12日开幕。", ["渑池县"]) is None
    assert place("2019湖南服博会开幕。", ["湖南"]) is None
    assert place("2019艺览北京开幕。", ["北京"]) == "北京"
    assert place("今天，车展在上海开幕。", ["上海"]) == "上海"


def test_the_agent_after_you():
    """由 marks who releases (第一部5G手机由中兴发布); 由于 gives a cause, no one releasing."""
    assert dict(args("第一部5G手机由中兴发布。", orgs=["中兴"])[0][1]).get("发布方") == "中兴"
    assert "发布方" not in dict(args("由于苹果公司的规定，新款手机下周才会发售。", orgs=["苹果公司"])[0][1])


def test_owners_and_former_organisations():
    # the owner before 旗下 releases what its clause says is released
    assert args("开瑞新能源旗下的全新车型海豚EV正式上市。") == \
        [("Release", [("发布产品", "开瑞新能源旗下的全新车型海豚EV"), ("发布方", "开瑞新能源")])]
    # one who leaves leaves the organisation written after 从 or in the subject's words
    assert args("张三从腾讯离职。", ["张三"], ["腾讯"]) == \
        [("Resignation", [("原所属组织", "腾讯"), ("离职者", "张三")])]
    assert args("腾讯副总裁张三辞职。", ["张三"], ["腾讯"]) == \
        [("Resignation", [("原所属组织", "腾讯"), ("离职者", "张三")])]
    # 据悉, 预计 open no subject: an event told again with nobody new is the one told before
    assert args("华为发布新款手机,预计下月将在国内发布。", [], ["华为"]) == \
        [("Release", [("发布产品", "新款手机"), ("发布方", "华为")])]


def test_attacks_undergone_intended_or_of_the_weather():
    # 遇刺, 遇袭 are undergone (inverse): the one before them is attacked, and dies in 遇刺身亡
    assert args("该国总统甘地遇刺身亡。") == [("Attack", [("袭击对象", "该国总统甘地")]),
                                           ("Death", [("死者", "该国总统甘地")])]
    assert args("一支巡逻队遭武装分子袭击。") == \
        [("Attack", [("袭击对象", "一支巡逻队"), ("袭击者", "武装分子")])]
    # what is only attempted (企图) and the weather's 袭击 are no attack
    assert args("警方破获一个企图暗杀总统的团伙。") == []
    assert args("该市遭受台风袭击。") == []


def test_a_clause_naming_no_one_goes_on_with_the_person_before():
    # a type with no object (a death, a pregnancy): its clause names no one, the one who died is the subject
    # of the clause before (the first named there)
    assert args("演员李华因病医治无效，于7月8日在北京逝世。", ["李华"], places=["北京"]) == \
        [("Death", [("地点", "北京"), ("时间", "7月8日"), ("死者", "李华")])]
    assert ("Pregnancy", [("怀孕者", "蔡少芬")]) in args("蔡少芬与老公张晋在微博上宣布，成功怀上第三胎。",
                                                         ["蔡少芬", "张晋"])
    # not a type with an object: who was arrested is not carried over
    assert args("张三来到北京，随后被抓获。", ["张三"], places=["北京"]) == [("Arrest", [])]


def test_a_death_told_as_a_modifier_of_a_person():
    # 悼念去世的歌手张三: the one who died is the person the modifier qualifies, not the one mourning
    assert ("Death", [("死者", "张三")]) in args("总统李四发文悼念去世的歌手张三。", ["李四", "张三"])
    # not the noun it qualifies when that is no person (离世的消息)
    assert ("Death", [("死者", "李咏")]) in args("同事们不敢相信李咏突然离世的消息。", ["李咏"])


def test_passive_and_happening():
    # 遭到 makes its trigger passive like 被: the one written before it is attacked
    assert args("一支巡逻队遭到武装分子袭击。") == \
        [("Attack", [("袭击对象", "一支巡逻队"), ("袭击者", "武装分子")])]
    # a type reading nothing after its trigger has no passive: 被 is the other verb's (the man is the dead)
    assert args("男子被一辆货车撞死。")[0] == ("TrafficAccident", [])
    assert ("Death", [("死者", "男子")]) in args("男子被确诊后死亡。")
    # what comes before 发生 is where an attack happened, not who attacked; 事件 names nobody
    assert args("一所学校附近发生一起枪击事件。") == [("Attack", [("地点", "一所学校附近")])]
    assert args("城南一家超市发生枪击。", orgs=["城南一家超市"]) == [("Attack", [("地点", "城南一家超市")])]
    # an adverb (突然) is no verb of happening: the one before it died; a cause of death ends the subject
    assert args("一名男子突然死亡。") == [("Death", [("死者", "男子")])]
    assert args("一名男子坠楼身亡。") == [("Death", [("死者", "男子")])]


def test_words_of_disasters():
    assert [t for t, _ in args("一名消防员在救火时因公牺牲。")] == ["Death"]
    assert [t for t, _ in args("男子纵火焚烧邻居家的柴草。")] == ["Fire"]
    assert [t for t, _ in args("一辆货车撞向路边护栏。")] == ["TrafficAccident"]
    # words of general news usage for deaths, accidents and attacks
    assert [t for t, _ in args("一名民警在执行任务时殉职。")] == ["Death"]
    assert [t for t, _ in args("老人在家中摔倒后不幸坠亡。")] == ["Death"]
    assert [t for t, _ in args("一辆客车在大桥上坠江。")] == ["TrafficAccident"]
    assert [t for t, _ in args("一名男子在街头持刀砍人。")] == ["Attack"]
    assert [t for t, _ in args("该国前总统遇刺。")] == ["Attack"]
    assert [t for t, _ in args("一辆轿车在高速上突然自燃。")] == ["Fire"]
    assert [t for t, _ in args("一辆三轮车翻入沟中。")] == ["TrafficAccident"]
    # 失事 inside 损失事件 is no crash
    assert args("这是又一起银行巨额损失事件。") == []
    # words of death, blasts and attacks used as idioms, rates and figures of speech tell nothing happened
    for text in ("腐败现象不久就死灰复燃。", "他成了欺诈的牺牲品。", "该地区婴儿死亡率仍然较高。",
                 "湖州传出一条爆炸性新闻。", "他还是个没见过世面的孩子。", "金融危机袭击韩国。",
                 "球队全面死守。"):
        assert args(text) == [], text


def test_sport():
    # a score is no part of who won; a defending champion is a title; what did not happen is no event
    assert args("纳达尔3-2击败梅德韦杰夫。", ["纳达尔", "梅德韦杰夫"]) == \
        [("Match", [("胜者", "纳达尔"), ("败者", "梅德韦杰夫")])]
    assert args("卫冕冠军纳达尔在首轮出场。", ["纳达尔"]) == []
    assert [t for t, _ in args("费德勒惜败德约科维奇，无缘第九座温网冠军。")] == ["Match"]
    assert times("昨晚,中国男篮不敌波兰队。") == ["昨晚"]
    # the contest: a name ending in a contest word, or a league's short name
    assert args("2019年美网男单决赛,纳达尔3-2击败梅德韦杰夫。", ["纳达尔", "梅德韦杰夫"]) == \
        [("Match", [("胜者", "纳达尔"), ("败者", "梅德韦杰夫"), ("赛事名称", "2019年美网男单决赛")])]
    assert dict(args("恒大在中超第25轮2-0战胜上港。")[0][1])["赛事名称"] == "中超"
    # a colon inside a score is no clause mark
    assert args("湖人以110:102击败快船。", orgs=["湖人", "快船"]) == \
        [("Match", [("胜者", "湖人"), ("败者", "快船")])]


def test_a_reading_by_clause():
    # 退出 of a contest is 退赛; 上市 of shares is a listing, of a product a launch
    assert [t for t, _ in args("苏炳添退出钻石联赛。", ["苏炳添"])] == ["Forfeit"]
    assert [t for t, _ in args("英国退出欧盟。")] == ["Withdrawal"]
    assert [t for t, _ in args("该公司在港交所上市。")] == ["Listing"]
    assert [t for t, _ in args("新车将于9月上市。")] == ["Release"]
    # 冠军 right before a person's name is a title (美网冠军安德莱斯库), not a win
    assert args("美网冠军安德莱斯库在首轮出场。", ["安德莱斯库"]) == []
    assert [t for t, _ in args("安德莱斯库获得美网冠军。", ["安德莱斯库"])] == ["Championship"]
    assert args("这位大满贯冠军表示满意。") == []  # a title, no win
    # what a phrase names when it names nobody (赢下比赛) is no one who lost
    assert args("湖人赢下比赛。", orgs=["湖人"]) == [("Match", [("胜者", "湖人")])]


def test_a_place_qualifying_a_title_is_no_event_place():
    text = "英国女王伊丽莎白遇袭。"
    ms = [Mention(0, 2, "LOC", "英国", key="英国"), Mention(2, 4, "TITLE", "女王"),
          Mention(4, 8, "PER", "伊丽莎白", key="伊丽莎白")]
    (e,) = read_arguments(View.of(text), ms, extract_events(View.of(text), ms, CTX))
    assert e.type == "Attack" and "地点" not in {roles()[r].duee for r, _ in e.arguments}


def test_two_words_of_one_event():
    (e,) = extract_events(View.of("数万人在莫斯科游行示威。"), [], CTX)
    assert e.type == "Demonstration" and [m.text for m in e.mentions] == ["游行", "示威"]


def test_an_event_told_twice_in_a_sentence_is_one():
    assert args("湖人以110:102击败快船，湖人取胜。", orgs=["湖人", "快船"]) == \
        [("Match", [("胜者", "湖人"), ("败者", "快船")])]
    # somebody new: another event
    assert len(args("湖人击败快船，勇士击败火箭。", orgs=["湖人", "快船", "勇士", "火箭"])) == 2


def test_no_release_of_an_announcement():
    assert [t for t, _ in args("国家市场监督管理总局发布消息,召回部分车型。")] == ["Recall"]
    assert [t for t, _ in args("华为今天发布了新手机。", orgs=["华为"])] == ["Release"]


def test_every_duee_type_is_mapped_once():
    mapped = [d for c in scheme().values() for d in c.duee]
    assert len(mapped) == len(set(mapped)) == 65


def test_roles_hold_for_narrower_types():
    assert {r.duee for r in roles_of("Fire")} >= {"时间", "地点", "死亡人数", "受伤人数"}
    assert all(r.curie.partition(":")[0] in ("schema", "sem", "kg") for r in roles().values())


def test_arguments_in_the_graph():
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS, XSD

    from kg.graph import GraphBuilder
    from kg.graph.vocab import KG, SCHEMA
    from kg.model import Article, ArticleResult, Document

    text = "张三因病去世,享年85岁。"
    view = View.of(text)
    per = Mention(0, 2, "PER", "张三", key="张三")
    (ev,) = read_arguments(view, [per], extract_events(view, [per], CTX))
    b = GraphBuilder()
    b.add(ArticleResult(Document(id="d", text=text), Article("d", 0, 0, len(text)), [per], events=[ev]))
    g = b.finish()
    e = next(s for s, _, _ in g.triples((None, KG.trigger, None)))
    deceased = URIRef(str(KG._NS) + "deceased")
    assert {str(o) for o in g.objects(g.value(e, deceased), SCHEMA.name)} == {"张三"}
    assert g.value(e, URIRef(str(KG._NS) + "ageAtDeath")) == Literal("85", datatype=XSD.integer)
    assert Literal("死者", lang="zh") in set(g.objects(deceased, RDFS.label))


def _user_rules(tmp_path, table, rows):
    path = tmp_path / "words.tsv"
    path.write_text(f"# source: a test\n# table: {table}\n" + "".join(f"{w}\t{k}\n" for w, k in rows),
                    encoding="utf-8")
    return load_rules([str(path)])


def _read(text, orgs, rules):
    ctx = Context(date="2025-06-14", rules=rules)
    view = View.of(text)
    ms = sorted(Mention(m.start(), m.end(), "ORG", w, key=w) for w in orgs for m in re.finditer(w, text))
    evs = read_arguments(view, ms, extract_events(view, ms, ctx), rules)
    return [(e.type, sorted((roles(rules)[r].duee, m.text) for r, m in e.arguments)) for e in evs]


def test_word_classes_are_data(tmp_path):
    """The word classes of the event and argument readers are tables a user file extends (--rules)."""
    text = "湖人险些击败勇士。"
    assert _read(text, ["湖人", "勇士"], load_rules()) == [("Match", [("胜者", "湖人"), ("败者", "勇士")])]
    assert _read(text, ["湖人", "勇士"], _user_rules(tmp_path, "events/words", [("险些", "negation")])) == []
    text = "市场监管局对该公司罚款50比特币。"
    fined = [("执法机构", "市场监管局"), ("罚款对象", "该公司")]
    assert _read(text, ["市场监管局"], load_rules()) == [("Fine", fined)]
    rules = _user_rules(tmp_path, "events/argument_words", [("比特币", "currency")])
    assert _read(text, ["市场监管局"], rules) == [("Fine", [*fined, ("罚款金额", "50比特币")])]


@pytest.mark.parametrize("table", ["events/words", "events/argument_words"])
def test_a_word_of_an_unknown_kind_names_its_line(tmp_path, table):
    rules = _user_rules(tmp_path, table, [("险些", "colour")])
    with pytest.raises(RuleError, match="words.tsv:3: kind 'colour' is not one of"):
        _read("湖人击败勇士。", ["湖人", "勇士"], rules)


def test_a_dismissal_ends_the_post_its_sentence_names():
    """A DuEE personnel event of the Removal family (解雇) ends the post the sentence names, as a resignation
    does; an appointment starts one."""
    from rdflib.namespace import ORG, PROV

    import kg
    from kg.graph.vocab import KG

    ended = kg.build(["2019年6月3日，万科集团副总裁李明被公司解雇。"])
    ((post, event),) = ended.subject_objects(PROV.wasInvalidatedBy)
    assert str(ended.value(post, ORG.member)).endswith(quote("李明"))
    assert str(ended.value(event, KG.eventType)).endswith("/Dismissal")
    started = kg.build(["2019年6月3日，李明被任命为万科集团副总裁。"])
    assert len(list(started.subject_objects(PROV.wasGeneratedBy))) == 1


def test_no_attacker_from_a_capital_or_a_manner():
    # 都 of 首都 ends no subject; what happens after 发生 and a manner (自杀式) is done by no one named there
    assert args("阿富汗首都喀布尔发生自杀式袭击。", places=["阿富汗", "喀布尔"]) == \
        [("Attack", [("地点", "喀布尔")])]
    # the manner of an attack (恐怖, 持枪) is nobody
    assert args("一辆警车遭到持枪袭击。") == [("Attack", [("袭击对象", "一辆警车")])]
    assert args("该国一家酒店遭到恐怖袭击。") == [("Attack", [])]


def test_the_site_before_the_thing_it_happened_to():
    # 该市大路通用机场直升机坠毁: the place is the words up to the site word, the helicopter is what crashed
    assert args("该市大路通用机场直升机坠毁。") == [("PlaneCrash", [("地点", "该市大路通用机场")])]
    assert args("某小区一辆电动车起火。") == [("Fire", [("地点", "某小区")])]


def test_the_missing_named_as_such():
    # 失联者, 失联人员: the missing tell that they went missing (a head noun 者 tells no event else)
    assert [t for t, _ in args("目前仍有2名失联人员正在搜寻中。")] == ["MissingPerson"]
    assert [t for t, _ in args("2名失联者仍在搜救。")] == ["MissingPerson"]


def test_an_agent_verb_in_a_clause_a_preposition_opens():
    # 对Y进行约谈: the clause has no subject of its own; the body acting is the sentence's (江苏省消保委)
    text = "江苏省消保委结合调查情况，对七家智能电视品牌进行了集体性约谈。"
    assert args(text, orgs=["江苏省消保委"]) == [("Summons", [("约谈对象", "七家智能电视品牌")])]
    # with no body or person in the sentence, 约谈 makes no event
    assert args("结合调查情况，对七家品牌进行了约谈。") == []
