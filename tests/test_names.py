"""Name boundaries of issue 12 (people), one table per error class; every sentence is made up."""
from __future__ import annotations

import pytest

from kg.extract import Context, extract_mentions
from kg.nlp.normalize import View
from tests.kgread import article_of


def _people(text: str) -> list[str]:
    return [m.text for m in extract_mentions(View.of(text), Context()) if m.type == "PER"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts joined by a middle dot, on either side of the part a rule found
        ("俄罗斯外长谢尔盖·伊万诺维奇·彼得罗夫表示，", ["谢尔盖·伊万诺维奇·彼得罗夫"]),
        ("原最高法院大法官穆罕默德·拉斐克·塔拉尔今天当选。", ["穆罕默德·拉斐克·塔拉尔"]),
        ("拉脱维亚总理伊尔泽·卡尔宁娅会见了代表团。", ["伊尔泽·卡尔宁娅"]),
        ("乌兹别克斯坦议员沙夫卡特·努尔马托夫说，", ["沙夫卡特·努尔马托夫"]),
        ("总统夫人玛丽娅娜·戈麦斯出席仪式。", ["玛丽娅娜·戈麦斯"]),
        ("她的丈夫拉吉夫·甘地遇刺后，", ["拉吉夫·甘地"]),  # a last part of common characters
        ("会见了以议长托马斯·萨维诺为团长的代表团", ["托马斯·萨维诺"]),  # not 为
        ("耶鲁大学的布拉德利·谢弗等人发现", ["布拉德利·谢弗"]),  # not 等
        ("冠军获得者约翰·戴维特说，", ["约翰·戴维特"]),  # 戴 read as a verb
        # syllables the tagger cut off as words of their own
        ("北爱统一党领导人特林布尔后表示，", ["特林布尔"]),
        ("意大利内政部长纳波里塔诺认为，", ["纳波里塔诺"]),
        ("俄罗斯选手利索夫斯基名列第三。", ["利索夫斯基"]),
        ("美国第一夫人梅拉尼娅表示，", ["梅拉尼娅"]),
        # two pieces read as names side by side, perhaps a syllable between them read as a word: one name
        ("议会主席伊斯莫伊洛夫在门口迎接。", ["伊斯莫伊洛夫"]),
        ("会见了伊万和伊洛夫。", ["伊万", "伊洛夫"]),
        # a last part after the dot that is a body's head word too (科, 局) is the name's, not a body's
        ("青山国总理阿利斯泰尔·科率团来访。", ["阿利斯泰尔·科"]),
    ],
)
def test_foreign_names_whole(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他会见了俄罗斯总统普京。", ["普京"]),  # no place's name is taken in without a dot
        ("克林顿—叶利钦会晤", ["克林顿", "叶利钦"]),  # a dash joins no name
        ("执旗的才旺多吉说，", ["多吉"]),  # an adverb is no syllable (才 + 旺)
    ],
)
def test_foreign_names_stop(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本经济产业大臣高桥雅之说，", ["高桥雅之"]),
        ("公司社长佐藤健一郎在会上说，", ["佐藤健一郎"]),
        ("日本前首相森田喜朗访华。", ["森田喜朗"]),
        ("日本首相石井正人与美国总统会谈。", ["石井正人"]),
        ("日本驻华大使中村英树会见了他。", ["中村英树"]),
        ("演员木村拓也主演。", ["木村拓也"]),
        ("首相石井正人也表示，", ["石井正人"]),  # 也 ends a given name of one character only
        # the surname of a Japanese name found whole is the person elsewhere in the text
        ("证券公司职员井口俊英说，他隐瞒了损失。井口通过这种手段掩盖。", ["井口俊英", "井口"]),
    ],
)
def test_japanese_names_whole(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone character between a two-character name and the rest of its clause is its third
        ("银行业总监刘海亮认为，目前", ["刘海亮"]),
        ("住房办副主任黄信敬昨日表示，", ["黄信敬"]),
        ("研究员易飞凡表示，", ["易飞凡"]),
        # ... and so is the first character of a word made of it and the next word's first
        ("管理局局长刘海生曾明确表示，", ["刘海生"]),
        ("吴江林是本地人。", ["吴江林"]),
        # never a character that starts the next word, nor one that may be a verb of its own
        ("经理张明也表示，", ["张明"]),
        ("（新华社记者赵鹏摄）", ["赵鹏"]),
        ("张某调到深圳发展。", ["张某"]),
        # a function word or a credit's verb the tagger glued to a two-character name
        ("北京的王晨以２∶０战胜对手。", ["王晨"]),
        ("当晚，郑铮用热水器洗澡。", ["郑铮"]),
        ("张华谈两国合作", ["张华"]),  # a headline's verb of speech (people/next_word_chars 谈)
        # a newspaper's 昨 and 今 (yesterday, today) the tagger glued to a name
        ("市长李强昨在会上表示。", ["李强"]),
        ("行政长官崔世安今(17)晚启程。", ["崔世安"]),
    ],
)
def test_three_character_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of names whose last item stands before a time word (先后) and ends in a character that is a
        # function word elsewhere (才)
        ("审议中，周立旺、刘谦成、陈邂华、葛天才先后发言。", ["周立旺", "刘谦成", "陈邂华", "葛天才"]),
    ],
)
def test_names_in_lists(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name the tagger tags as one, and the items of the same shape listed with it
        ("大师如克劳斯、博斯科夫斯基、马泽尔和穆蒂等。", ["克劳斯", "博斯科夫斯基", "马泽尔", "穆蒂"]),
        ("俄罗斯、乌克兰和白俄罗斯签署协议。", []),  # places
    ],
)
def test_foreign_names_in_lists(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lists after a verb naming people: the last name before 的, a surname read as a place
        ("免去吴建华、郑爱林的副县长职务。", ["吴建华", "郑爱林"]),
        # a surname read as a word of its own and a given name read as an adverb, after 免去
        ("免去钱立新的市财政局局长职务。", ["钱立新"]),
        # a surname tagged alone and a given name read as an adverb, before 等
        ("赵立新等三人当选为副主任。", ["赵立新"]),
        # the person of an appointment decision
        ("会议通过了关于接受林志武辞去市长职务的请求。", ["林志武"]),
        ("会议决定王海涛为副市长。", ["王海涛"]),
        # ... its 的 before the resignation is no part of the name (接受王强的辞职请求)
        ("会议决定接受王强的辞职请求。", ["王强"]),
        ("常委会同意李海的辞职申请。", ["李海"]),
    ],
)
def test_names_in_appointments(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("市人大常委会主任刘季安主持会议。", ["刘季安"]),  # 刘 read as a morpheme
        ("集团董事局主席方威林一行参观。", ["方威林"]),
        ("集团董事局主席方威一行参观。", ["方威"]),  # a weak surname's name out of the dictionary
        # a word of it (高峰) when the tagger tags it as a name right after a post's title, before a verb
        ("集团董事长高峰表示，", ["高峰"]),
        ("集团高峰论坛开幕，", []),
        ("乌克兰外长乌多文科30日指出，", ["乌多文科"]),  # tagged foreign (文 is no syllable)
        ("德国前总理勃兰特凭吊死难者。", ["勃兰特"]),
    ],
)
def test_names_after_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("论坛的特色化、高端化和国际化。", []),
        ("一位郭姓员工说。", []),
        ("检查了汽车站、马家巷和超市。", []),
        ("促进合作上新水平。（记者 周琳）", ["周琳"]),  # the reporter's role is no name
        ("我爱逛农贸市场\n董其中\n近些年来，生活好了。", ["董其中"]),  # a byline alone on its line
        # every name of a credit in brackets, a two-character name padded with a space included
        ("本报香港9月27日电 (记者 谢晔 朱依琼) 27日上午，", ["谢晔", "朱依琼"]),
        ("领导列席会议。 (陈甜甜 徐 峰)", ["陈甜甜", "徐 峰"]),
        ("访问纪实\n江西\n近日，", []),  # a place alone on its line
    ],
)
def test_false_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("恩佐说，两国关系很好。", ["恩佐"]),  # a foreign name tagged with the verb after it
        ("他刚刚同恩佐分别代表本国政府签字。", ["恩佐"]),  # ... or the preposition before it
        ("沙曼说，访问很成功。", ["沙曼"]),  # two characters, and a cue
        ("切尔西击败了阿森纳。", []),  # a club before a verb is no person
    ],
)
def test_foreign_names_in_context(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a three-character name after a post's title, whatever pieces the tagger cuts it into
        ("县政协主席张润之，县委常委周明出席。", ["张润之", "周明"]),
        ("党委书记叶子弘，副书记王海出席。", ["叶子弘", "王海"]),
        ("县人民法院院长张高峰、副院长李军列席会议。", ["张高峰", "李军"]),
        ("副区长孟景伟及有关部门负责人参加。", ["孟景伟"]),
        ("公司总经理刘家强等出席签约仪式。", ["刘家强"]),
        # the name ends before 率 or 及 glued to it
        ("常务副市长崔旺率队检查。", ["崔旺"]),
        # not a verb or adverb after the title, nor a third character that starts a verb
        ("集团副总经理尹跃陪同调研。", ["尹跃"]),
        ("美国财政部长曾表示，", []),
        ("主任代表大会主席团发言。", []),
        # surnames that are common words too, read after a title or in a list only
        ("省政府秘书长别必雄，副秘书长李刚出席。", ["别必雄", "李刚"]),
        ("镇党委书记代侃让同志讲话。", ["代侃让"]),
        ("区领导赵通、黑团辉出席会议。", ["赵通", "黑团辉"]),
        ("各方代表在会上发言，邻里和睦，黑帮覆灭。", []),
    ],
)
def test_three_character_names_after_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # transliteration characters of Russian, Armenian and Filipino names (京, 良, 别, 友)
        ("应俄罗斯总理米哈伊尔·舒斯京邀请，", ["米哈伊尔·舒斯京"]),
        ("亚美尼亚驻华大使马努基良阁下出席。", ["马努基良"]),
        ("会见了即将离任的菲律宾驻华总领事玛友。", ["玛友"]),
        # a first syllable the tagger reads as a measure word (米/q), a name after 和 glued to it
        ("俄罗斯总理米舒斯京表示，", ["米舒斯京"]),
        ("在王明主席和普京总统的引领下", ["王明", "普京"]),
    ],
)
def test_foreign_names_new_syllables(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more common Japanese surnames; a given name the tagger glues to the word after it
        ("会见了以知事西胁隆俊为团长的代表团。", ["西胁隆俊"]),
        ("交流中心委员长斋藤彰一为团长的代表团", ["斋藤彰一"]),
        ("大田区议会议长大森昭彦、副议长山口政嘉等出席。", ["大森昭彦", "山口政嘉"]),
        ("任天堂社长岩田聪与记者交谈。", ["岩田聪"]),
        # the surname alone later in the text
        ("市议长岩永敏博出席。岩永议长表示欢迎。", ["岩永敏博", "岩永"]),
        # no Japanese surname in common words
        ("这符合两国人民的根本利益。", []),
    ],
)
def test_japanese_names_more(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words ending in a noun's suffix are no names (感, 节, 岛, 派 ...; 商 and 州 of two characters)
        ("持续提升群众幸福感、获得感、安全感。", []),
        ("弘扬晋商文化，服务异地晋商。", []),
        ("游客来到普吉岛和苏梅岛度假。", []),
        # a word only the tagger reads as a name, quoted whole, is a slogan or a nickname
        ("架起“连心桥”，抓住“牛鼻子”。", []),
        # names stay names
        ("副市长王海出席。著名数学家潘承洞同志逝世。", ["王海", "潘承洞"]),
    ],
)
def test_common_words_no_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a three-character name after an occupation's title before a line's end, a bracket or a delimiter
        ("本报记者许立新\n提起这件事，", ["许立新"]),
        ("艺术研究院研究员沈达人、京剧院艺术总监王海出席。", ["沈达人", "王海"]),
        # before 的 after a post's title; a surname of context (回)
        ("分社社长王启人的新年三愿", ["王启人"]),
        ("省长回良玉强调，", ["回良玉"]),
        # a Mongolian name after a title
        ("团中央书记处书记巴音朝鲁、姜大明出席。", ["巴音朝鲁", "姜大明"]),
        # no name in a word of a place's suffix, nor a verb after a reporter
        ("包裹放在校区的保安门卫室，", []),
        ("陈先生向记者回忆，", ["陈"]),
    ],
)
def test_names_after_occupations(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a three-character name right before its holder's title
        ("会议强调;冷劲松市长在会上讲话。", ["冷劲松"]),
        ("经过田家政副会长与医院多次沟通，", ["田家政"]),
        ("我会姜常胜名誉会长出席。", ["姜常胜"]),
        # not a verb or preposition and a body before a title
        ("应国家主席邀请，", []),
        ("谢谢肖秘书长。", ["肖"]),
    ],
)
def test_names_before_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common word of the tagger's dictionary after a student's or an occupation's title is no name,
        # nor spread over the text as one
        ("今年共有3000名本科生毕业，其中研究生毕业500人。毕业典礼在体育馆举行。", []),
        ("博士生毕业答辩在学院举行，毕业生代表发言。", []),
        ("听取战士呼声，加强干部纪律。", []),
        # after a post's title a verb or an adjective is no name either
        ("卡省长简要介绍了灾后重建情况。", []),
        # names stay: a reporter's, a name in the dictionary, a name of three the tagger cut
        ("本报讯（记者马力）近日，国务委员罗干出席会议。", ["马力", "罗干"]),
        ("应急管理局局长王国权作报告。", ["王国权"]),
    ],
)
def test_common_words_after_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every name of a byline after a reporter's role, set apart by 、 or a space, after a colon too
        ("本报讯（记者张爱虎、周三春、通讯员李小龙）3月25日，", ["张爱虎", "周三春", "李小龙"]),
        ("（新华社北京电 记者田栋栋 鲁金博）", ["田栋栋", "鲁金博"]),
        ("规模创历届之最。\n全媒体记者：宋户户", ["宋户户"]),
        # a name of two characters padded with a space; a photographer's name before 摄
        ("会议开幕。记者 王 欢 摄\n8月17日，", ["王 欢"]),
        ("（新华社记者黄文摄）", ["黄文"]),
        # an editor's credit before a colon
        ("记者 唐俊 摄\n责编：唐先彬", ["唐俊", "唐先彬"]),
        ("编辑部的同志们", []),
    ],
)
def test_byline_names(text, expected):
    assert _people(text) == expected


def test_vietnamese_names():
    assert _people("越南国会副主席阮氏金银会见代表团。") == ["阮氏金银"]


def test_cue_verbs_after_names():
    # 参加 and 列席 after a name tell a foreign name as 出席 does
    assert _people("从目前情况看，索尼亚参加竞选，可能使局势改变。") == ["索尼亚"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in Latin letters in brackets after a name found is the same person's name as written
        ("美国国务院发言人塔米·布鲁斯（Tammy Bruce）就会晤发表声明。", ["塔米·布鲁斯", "Tammy Bruce"]),
        # not a link's word, nor brackets after no name
        ("导演陈冲（blog）的新片，美国国务院（DOS）发表声明。", ["陈冲"]),
    ],
)
def test_original_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person an appointing verb names before 为, and a name opening a clause before 当选
        ("会议任命张勇为区人民政府副区长。", ["张勇"]),
        ("依法选举严飞虎同志为乡人民政府副乡长。", ["严飞虎"]),
        ("王科当选为区人民法院院长；程权当选为区人民检察院检察长。", ["王科", "程权"]),
        # not a place before 新当选, nor a family word
        ("韩国新当选的总统出席。", []),
        ("母子当选县人大代表。", []),
    ],
)
def test_names_in_appointments_and_elections(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county's name written without its 县 is no name on the tagger's word alone
        ("为推动徐闻经济社会持续健康发展打下基础，现代化美好霍山建设。", []),
        # but a name the tagger cut after it, or one a title points at, is
        ("由吴江林发起的活动。县长王益出席。", ["吴江林", "王益"]),
    ],
)
def test_short_county_names(text, expected):
    assert _people(text) == expected


def test_seasons_are_no_names():
    assert _people("会长不顾盛夏酷热前往调研，参加金秋行活动。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name glued to 作 or 到 that the tagger reads as a verb, after a post's title (issue 12, class 5)
        ("市长李建作报告。", ["李建"]),
        ("市长李建作了报告。", ["李建"]),
        ("省长王小平作政府工作报告。", ["王小平"]),
    ],
)
def test_names_glued_to_verbs_after_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name of three characters or more before 的 or a verb, or after a cue and 了
        ("赴美国参加特朗普的就职典礼。", ["特朗普"]),
        ("习近平会见了马哈蒂尔。", ["习近平", "马哈蒂尔"]),
        # a place of the gazetteer stays a place
        ("代表团访问了伊拉克的首都。", []),
    ],
)
def test_foreign_names_before_de_or_verbs(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname the tagger reads as a preposition (于, 向), its given name read as a noun or a place,
        # after a post's title, when a delimiter, a cue, an address or a verb of a meeting follows
        ("区政府副区长于珊，市卫健委主任李建出席。", ["于珊", "李建"]),
        ("区委书记于世军在会上强调，", ["于世军"]),
        ("由董事于新建先生代行职责。", ["于新建"]),
        ("县人大常委会副主任向福建参加慰问。", ["向福建"]),
        # ... or a cue that comes before a name elsewhere (会见, 看望: people/cues 'before'), here its verb
        ("区政府副区长于珊看望了困难群众。", ["于珊"]),
        ("县人大常委会副主任向福建会见了代表团。", ["向福建"]),
        # ... or a given name read as a verb of two characters (no verb is the object of 于 or 向)
        ("市长于继海在会议室会见客人。", ["于继海"]),
        ("副县长向继东、局长李明出席。", ["向继东", "李明"]),
        # ... not the preposition before a noun, nor before a cue
        ("局长向记者介绍了情况。", []),
        ("主任于会上说，", []),
        ("书记向群众拜年。", []),
        ("市长于出席会议时说，", []),
    ],
)
def test_surnames_read_as_prepositions_after_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a character that often starts the next word (来, 才, 中) is a name's third before a delimiter
        ("县商务局局长黄来英，县高新区副主任邓一平出席。", ["黄来英", "邓一平"]),
        ("公司总经理助理单业才，副总经济师李卫东，", ["单业才", "李卫东"]),
        ("副校长许记中，", ["许记中"]),
        # ... not one that ends a clause after a name (等, 说; people/next_word_chars 'end': 来, 去, 了)
        ("市长李强说，", ["李强"]),
        ("市委书记陈明去，", ["陈明"]),
        ("董事长刘强来了，", ["刘强"]),
        # a name of three before 以 (以普通代表身份)
        ("副主任杨文民以普通代表身份参加视察。", ["杨文民"]),
        # surnames that are common words too, read after a title (那, 信, 巨)
        ("区政府副区长那慧敏、区经合局局长李欣陪同。", ["那慧敏", "李欣"]),
        ("技术总监巨晓林，", ["巨晓林"]),
        ("那天信用社主任那里很忙。", []),
    ],
)
def test_names_after_titles_session_15(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name's last character glued to 率 in a word of no dictionary (丽率), not 任 of 担任
        ("副局长张大丽率检查组一行深入学校。", ["张大丽"]),
        ("主任由司法部部长肖扬担任。", ["肖扬"]),
    ],
)
def test_names_glued_to_lead(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long list of names keeps its names when one item has another shape (a name the rules cannot
        # read) or its first item cannot be cut from the word before it
        # (阿刘时布, of no name's shape, is read whole as the one odd item of a long list)
        ("副指挥长黄平林、于丽、廖磊、阿刘时布、胡强强、郭捷、胡国民出席会议。",
         ["黄平林", "于丽", "廖磊", "阿刘时布", "胡强强", "郭捷", "胡国民"]),
        ("校领导程红兵、张文学、李涛、林雪荣、张友兵、张红霞、高刃、陈海峰以及相关部门负责人参加。",
         ["程红兵", "张文学", "李涛", "林雪荣", "张友兵", "张红霞", "高刃", "陈海峰"]),
        # ... not a short list with an odd item, nor a list of things
        ("华西、黄淮、江南、东北等地普降大雨。", []),
    ],
)
def test_long_lists_of_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Japanese surname that is a place too, read whole with its given name (longer than the place)
        ("日本福冈市市长高岛宗一郎出席。", ["高岛宗一郎"]),
        ("日本驻韩国大使长岭安政等参加。", ["长岭安政"]),
        # a Japanese name after a title is no body's name, though its given name ends in 司 (恭司)
        ("合作秘书处副秘书长山本恭司。", ["山本恭司"]),
        # ... the place alone stays a place
        ("吉林省长岭县委书记出席。", []),
    ],
)
def test_japanese_names_that_are_places(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name the tagger tags nrt ending in 塔 is a person, not a tower
        ("东帝汶总统奥尔塔将对中国进行国事访问。", ["奥尔塔"]),
    ],
)
def test_foreign_names_ending_like_towers(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body written short (农委, 经委) is no name before a post's title
        ("县农委主任出席会议。", []),
        ("市经委主任讲话。", []),
        # a common noun starting with a surname, before a cue verb
        ("他向毕业生提出四点建议。", []),
        # a surname and a title after a cue is the surname alone (as People's Daily marks it), not a name
        ("官员将陪同李总理访华。", ["李"]),
        # ... a given name after a cue still is
        ("官员将陪同李强访华。", ["李强"]),
    ],
)
def test_no_names_of_bodies_nouns_and_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two surnames and a given name (a married woman's name in Hong Kong) before a time word
        ("行政长官林郑月娥明日率团访问成都。", ["林郑月娥"]),
        ("行政长官林郑月娥，", ["林郑月娥"]),
    ],
)
def test_double_surname_names_before_time_words(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of parts joined by middle dots right after a post's title, whatever its characters: a part
        # of one character, characters no transliteration uses (孙, 包), a first syllable read as a verb
        ("尼泊尔某市市长曼·巴哈杜尔，日本某市市长出席。", ["曼·巴哈杜尔"]),
        ("美国某市执行主任乔·戴、市经济发展局主任埃里克参加。", ["乔·戴", "埃里克"]),
        ("蒙古国交通部部长包·德力格尔赛罕，以及企业代表。", ["包·德力格尔赛罕"]),
        ("老挝驻昆总领事本廉·洪翁孙在昆明履职。", ["本廉·洪翁孙"]),
        ("泰国副首相兼旅游部大臣塞密西·西卡、商会会长出席。", ["塞密西·西卡"]),
        # ... up to a verb, a time or an idiom after it, not over them
        ("英国首相托尼·布莱尔举行会谈，", ["托尼·布莱尔"]),
        ("德国外交部长沃纳·福诺斯今天抵达。", ["沃纳·福诺斯"]),
        ("泰国总理川·立派表示，", ["川·立派"]),
        # ... its last syllable glued by the tagger to the word after (法西 + 诺会/nz + 以)
        ("意大利外交部国务秘书皮埃罗·法西诺会以这样的口吻说话。", ["皮埃罗·法西诺"]),
        # ... nor read into a body: a name before a middle dot ends in no organisation's suffix (科)
        ("美国国务卿马尔科·卢比奥会晤了代表团。", ["马尔科·卢比奥"]),
    ],
)
def test_dotted_names_after_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name of three after a post's title ends before a cue that comes before names elsewhere (陪同)
        ("区委常委、副区长江存富陪同考察。", ["江存富"]),
        # a name of two characters after a title glued to its surname (副主 + 任何/r + 智/ng, 局 + 长江 + 涛)
        ("市人大常委会副主任何智、陈玉莲主持座谈会。", ["何智", "陈玉莲"]),
        ("公安局局长江涛说，案件已告破。", ["江涛"]),
        # ... and of three, its given name read as a place (主 + 任何/r + 永安/ns + 、)
        ("办公室主任何永安、局长王明陪同。", ["何永安", "王明"]),
        ("主任何时到达？", []),
        # a byline's name ends before the slash of what the person did, or a closing bracket
        ("（首席记者 项乐茹/文 记者 孙凛/图）昨晚，会议召开。", ["项乐茹", "孙凛"]),
        ("【本网报道 记者乌元春】外交部发言人主持例行记者会。", ["乌元春"]),
    ],
)
def test_cues_before_and_byline_slashes(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two surnames and a given name of two right after a post's title: a married name as Hong Kong
        # writes it, however the tagger cut it, and again elsewhere in the article
        ("香港特区政务司司长陈方安生出任主席。陈方安生表示，", ["陈方安生", "陈方安生"]),
        ("世界卫生组织总干事陈冯富珍等国际组织负责人出席。", ["陈冯富珍"]),
        # ... not a name of two or three and the word after it (a time, a verb, a function word)
        ("国务院总理乔石今天会见了代表团。", ["乔石"]),
        ("市长张高丽在会上说，", ["张高丽"]),
        ("市长王强参观考察了青山公司。", ["王强"]),
        ("董事长李明座谈时表示，", ["李明"]),
    ],
)
def test_married_names_after_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak or compound surname's name after a title, whole up to a delimiter or a verb (欧阳 + 莉)
        ("副主任欧阳莉等出席会议。", ["欧阳莉"]),
        # ... not a common word and the particle or function word after it (全国 + 的, 方面 + 的, 全部 + 被)
        ("毛泽东等转战陕北，参与领导全国的解放战争。", ["毛泽东"]),
        ("很高兴请到知名的设计师方面的专家。", []),
    ],
)
def test_no_name_ends_in_a_particle(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name read from its context wins over a place only the tagger tags ns (in no gazetteer)
        ("国家地震局副局长葛治洲带领地震现场工作队。", [("葛治洲", "PER")]),
        ("新华社北京1月4日电（记者安江）中东和平进程", [("安江", "PER")]),
        # ... which stays a place with no person's reading
        ("代表团前往安江考察。", [("安江", "LOC")]),
    ],
)
def test_names_in_context_over_tagger_places(text, expected):
    names = dict(expected)
    found = extract_mentions(View.of(text), Context())
    assert [(m.text, m.type) for m in found if m.type in ("PER", "LOC") and m.text in names] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name of a photograph's credit in brackets, alone before 摄
        ("战士们进行训练。（缪青民摄）另一篇报道开始。", ["缪青民"]),
        ("乘客们上车。（彭孜林摄）", ["彭孜林"]),
    ],
)
def test_photo_credits(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of holders run together with no delimiter: a name of three after a post's title ends where
        # the next item's province starts
        ("市科协科普部部长安喜良山东省农业厅副处长卢增全", ["安喜良", "卢增全"]),
        ("县医院副院长杜庆生河南省科委主任李明", ["杜庆生", "李明"]),
        ("县文化馆馆长安喜榜湖北省图书馆馆长王强", ["安喜榜", "王强"]),
        # ... not a word of a sentence before a province (书记 inside 控诉书记述)
        ("一份控诉书记述了河南省宝丰县的事。", []),
    ],
)
def test_names_before_the_next_items_province(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long list of names given a post: one item of no name's shape is a name too
        ("会议选举张明为市政协主席，李华、王刚、赵强、朝鲁、孙丽为市政协副主席。",
         ["张明", "李华", "王刚", "赵强", "朝鲁", "孙丽"]),
        # ... an item with a note on its bearer, whatever its shape, and the verb after the last item's note
        ("会议选举张明为市政协主席，李华、宝音（蒙古族）、孙丽为市政协副主席。",
         ["张明", "李华", "宝音", "孙丽"]),
        ("会议选举张明为市政协主席，李华、王刚、扎西次仁（藏族）为市政协副主席。",
         ["张明", "李华", "王刚", "扎西次仁"]),
        # 丘 and 贝 are surnames (丘广钟, 贝福荣)
        ("会议选举张明为市长，李华、王刚、丘建平为副市长。", ["张明", "李华", "王刚", "丘建平"]),
        ("青山商会会长贝志明专程到北京。", ["贝志明"]),
    ],
)
def test_long_and_noted_lists_of_appointed_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the tagger tags right after a post's title, before the day of the month (digits or numerals)
        ("秘鲁总统藤森１０日在利马说，", ["藤森"]),
        ("墨西哥总统塞迪略十二月七日签署法令。", ["塞迪略"]),
    ],
)
def test_names_after_titles_before_a_day(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 赛 is a surname read in context only: after a title or in a list (赛熙军), not in 赛后 or 比赛
        ("波兰驻华大使赛熙军出席。", ["赛熙军"]),
        ("青山协会会长赛明远、副会长李华出席。", ["赛明远", "李华"]),
        ("足球协会主席赛后说，球队表现很好。", []),
        ("参加比赛的选手赛出了风格。", []),
    ],
)
def test_a_surname_that_is_a_common_word(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a post's title, a surname the tagger reads as a verb and a given name it reads as a noun,
        # before a delimiter or a cue (党委书记 + 安/v + 鸿志/n + 、), but not a foreign name's pieces
        # (蒙/v + 塔尔/nrt + 托)
        ("青山医院党委书记安鸿志、副院长张明利参加。", ["安鸿志", "张明利"]),
        ("马耳他工业部长蒙塔尔托，旅游部长韦拉出席。", ["蒙塔尔托", "韦拉"]),
        # ... or as an adverb (科长 + 曾/d + 庆元/nz + 、; 须, a surname in context only: 副主任 + 须/d +
        # 华威/ns)
        ("青山法院政工科科长曾庆元、办公室主任李华出席。", ["曾庆元", "李华"]),
        ("区人大常委会主任李萍、副主任须华威带队。", ["李萍", "须华威"]),
    ],
)
def test_a_surname_read_as_a_verb_after_a_title(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tagged name of Chinese shape whose characters also write foreign names (彭, 扬) is a name before a
        # post's title, as before a cue (彭扬 + 所长 + 介绍)
        ("据青山花卉研究所彭扬所长介绍，产量很高。", ["彭扬"]),
        ("彭扬局长说，产量很高。", ["彭扬"]),
    ],
)
def test_a_name_like_a_foreign_one_before_a_title(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's last name ends before the 等 the tagger reads apart, even when a title-like word follows
        # (张明 + 等/u + 人大代表: not 张明等)
        ("市人大常委会副主任李书亭、张明等人大代表参加。", ["李书亭", "张明"]),
        ("王润培、李广尊等出席。", ["王润培", "李广尊"]),
    ],
)
def test_a_lists_last_name_before_deng(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word closing a list of names after a post's title (等) is no part of the last name, though a
        # three-character name would end right before the verb after it
        ("副局长张德明、李茂等在现场值守。", ["张德明", "李茂"]),
        ("副县长王海、刘洋等到村里调研。", ["王海", "刘洋"]),
        ("副院长陈立、周红等在场指导。", ["陈立", "周红"]),
        # ... a name of three before the verb stays whole
        ("副局长张德明、李茂林在现场值守。", ["张德明", "李茂林"]),
    ],
)
def test_a_lists_closing_word_is_no_part_of_its_last_name(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 致 (致欢迎词, 致贺信) glued by the tagger to a name after a title is the verb, not the name's last
        ("德州市市长李珂致欢迎词。", ["李珂"]),
        ("市长王启致贺信。", ["王启"]),
        ("党委书记孙伟致答谢词。", ["孙伟"]),
        # ... a given name holding 致 stays whole
        ("局长王致远出席。", ["王致远"]),
        ("副县长赵敏致辞。", ["赵敏"]),
    ],
)
def test_zhi_glued_to_a_name_after_a_title_is_the_verb(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname the tagger read alone and a title it read as a word after it are no name, though a
        # title (保安, 秘书) stands before them: the 司 of 保安司 and its head's 司长
        ("主要负责人包括财政司司长李平、保安司司长黄少明、工务司司长王伟。", ["李平", "黄少明", "王伟"]),
        ("出席的有秘书处处长张红、保安司司长刘强。", ["张红", "刘强"]),
    ],
)
def test_a_surname_and_a_title_after_a_title_are_no_name(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 代表 (代表双方签约) follows a name of three after a title, as 主持 and 出席 do
        ("集团党委副书记、董事李广进代表双方签约。", ["李广进"]),
        # a given name the tagger reads as one word, then a list's conjunction or a delimiter, though its
        # first character starts words after a name elsewhere (从, 在)
        ("党委委员、副总经理王从权及有关人员陪同调研。", ["王从权"]),
        # ... not a function word nor a word ending in one (老师 + 谈/v + 一下/m, 副主编 + 周 + 明说)
        ("请章老师谈一下。", []),
    ],
)
def test_names_of_three_before_daibiao_and_given_words(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name right after a foreign state's envoy's title, whatever the tagger reads it as (坎葆/vg,
        # 邯伯盼/ns, 菲嘉贝/j), up to a delimiter, a form of address or a preposition
        ("加拿大大使鲍达民、老挝大使坎葆、文莱大使拉赫玛尼出席。", ["鲍达民", "坎葆", "拉赫玛尼"]),
        ("印尼驻沪总领事邯伯盼、巴西驻沪总领事王古文出席。", ["邯伯盼", "王古文"]),
        ("奥地利驻华大使馆公使菲嘉贝对新城赞不绝口。", ["菲嘉贝"]),
        # ... not the words after a name other rules found (朱昌骏 + 今天晚上), nor after China's envoy
        ("朝鲜驻华大使朱昌骏今天晚上举行招待会。", ["朱昌骏"]),
        ("中国驻老挝大使姜再冬出席。", ["姜再冬"]),
    ],
)
def test_the_name_after_a_foreign_envoys_title(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a three-character word the tagger tags as a name after a post's title, though its last character
        # ends buildings and places (楼, 陵), before a delimiter or a cue's word
        ("副区长徐启楼列席会议。", ["徐启楼"]),
        ("副区长徐启楼、李明出席。", ["徐启楼", "李明"]),
    ],
)
def test_a_tagged_name_of_three_after_a_title_ending_like_a_place(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 暨 (and) is a surname read only in context: not after a word, before a title (宣讲暨界别委员)
        ("开展宣讲暨界别委员座谈会。", []),
        ("副市长暨明出席。", ["暨明"]),
    ],
)
def test_ji_and_is_a_surname_of_context(text, expected):
    assert _people(text) == expected


# a name of a common surname the tagger reads as a place (常江/ns), in no gazetteer, right after a post's
# title and before a delimiter or a verb, is the holder's name (校党委常委、副校长常江，)
@pytest.mark.parametrize("text, expected", [
    ("青山大学校长郭立宏，校党委常委、副校长常江，东平大学校长阮双琛出席仪式。",
     ["郭立宏", "常江", "阮双琛"]),
    ("会议由副市长常江主持。", ["常江"]),
    ("副市长常江出席会议。", ["常江"]),  # before a set phrase (出席会议/l)
])
def test_a_name_read_as_a_place_after_a_post(text, expected):
    assert _people(text) == expected


# a name read right after a title beats a place the gazetteer knows only by a short form there (阿里 of
# 阿里地区, 江夏 of 江夏区)
@pytest.mark.parametrize("text, expected", [
    ("驻圭亚那使馆举办招待会。圭总统阿里参加。", ["阿里"]),
    ("本报讯记者江夏从北京报道。", ["江夏"]),
])
def test_a_name_after_a_title_over_a_short_place_name(text, expected):
    assert _people(text) == expected


# a foreign name's first syllable the tagger reads as a word of its own (安/v + 瓦尔/nrt) is the name's when
# written right after a verb naming the people after it (会见, 会晤, 看望)
@pytest.mark.parametrize("text, expected", [
    ("今年3月，习近平主席会见安瓦尔总理。", ["习近平", "安瓦尔"]),
])
def test_a_foreign_names_first_syllable_after_a_cue(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's sections listed by a common word and their head word are no names (宣传科, 卫生科); a name
        # ending in the head word stays one (王明科: 王明 is a name)
        ("宣传科、卫生科、财务科负责人参加。", []),
        ("副县长王明科出席。", ["王明科"]),
    ],
)
def test_sections_are_no_names(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a three-character name whose last character the tagger reads as a verb (呈), before a degree written
        # after the name (博士, 教授): the name is whole; a verb before a post stays a verb (王刚 + 任 + 教授)
        ("会长周兆呈博士出席。", ["周兆呈"]),
        ("院长王建呈教授出席。", ["王建呈"]),
        ("主席王刚任教授。", ["王刚"]),
        # Malaysian honours between a title and a name are no part of it
        ("执行会长拿督斯里刘为强等出席活动。", ["刘为强"]),
        ("名誉会长丹斯里拿督张仕国出席。", ["张仕国"]),
    ],
)
def test_degrees_and_honours_around_a_name(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 当选 follows a name as 出席 does: a given name that is a common word (友谊) after a surname and a
        # title
        ("集美区政协副主席陈友谊当选为侨联主席。", ["陈友谊"]),
        ("青山县副县长王和平当选为县长。", ["王和平"]),
    ],
)
def test_a_common_word_given_name_before_elected(text, expected):
    assert _people(text) == expected


# a name of three whose first two the tagger reads as a surname and 家 (李家/nrfg + 超/v): 家 ends no name
# of two, but may be a name's second character
@pytest.mark.parametrize("text, name", [
    ("行政长官李家超出席。", "李家超"),
    ("副市长王家伟出席会议。", "王家伟"),
])
def test_a_name_of_three_whose_second_is_jia(text, name):
    assert name in [m.text for m in article_of(text, date="2023-01-01").mentions if m.type == "PER"]


# a name right before a post's title, after a body's name (日本大使馆 + 程永华 + 临时代办) or with a surname
# the tagger reads as a function word before a given name it tags as one (于/p + 淑媛/nrt + 参赞)
@pytest.mark.parametrize("text, name", [
    ("中国驻东湖国大使馆孙永华临时代办出席恳亲会。", "孙永华"),
    ("青山集团程永华总经理出席。", "程永华"),
    ("于美玲参赞出席。", "于美玲"),
])
def test_a_name_before_its_title_after_a_body_or_a_function_word(text, name):
    assert name in [m.text for m in article_of(text, date="2023-01-01").mentions if m.type == "PER"]


@pytest.mark.parametrize("text", ["于是市长讲话。", "经过安排主任出席。"])
def test_no_name_of_a_function_word_and_a_word(text):
    assert [m.text for m in article_of(text, date="2023-01-01").mentions if m.type == "PER"] == []
