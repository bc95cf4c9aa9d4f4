"""Made-up texts: a company named after 与 or 同 that follows another company, or a body of a company's kind
(厂), of its sentence is that one's partner (A公司与日本B公司合资, A厂同B公司合作): a bare officer's post
written after them (总经理X, 总工程师Y) is of the first, the sentence's subject, not of the partner named
last."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of

CASES = [
    ("广州电梯企业集团公司在１９９５年与日本日立公司合资。总经理戴锡文说，引进技术不是目的。",
     ("戴锡文", "总经理", "广州电梯企业集团公司")),
    ("上海大众汽车有限公司与德国大众公司合作多年。总经理陈祥林介绍说，合资企业发展很快。",
     ("陈祥林", "总经理", "上海大众汽车有限公司")),
    ("天津电子仪表公司去年同美国摩托罗拉公司签订了合作协议。董事长王建国说，这是一个双赢的结果。",
     ("王建国", "董事长", "天津电子仪表公司")),
    # a body of a company's kind (厂) before 与 or 同: its officer, not the partner company's
    ("上海汽轮机厂与美国西屋电气公司建立了技术合作关系。总经济师王海涛介绍，双方合作已有十年。",
     ("王海涛", "总经济师", "上海汽轮机厂")),
    ("哈尔滨电机厂同德国西门子公司合作生产大型发电机。总工程师赵国华表示，新机组年底投产。",
     ("赵国华", "总工程师", "哈尔滨电机厂")),
    ("武汉锅炉厂去年同美国福斯特惠勒公司签订了合作协议。总工程师刘志强说，这是一个双赢的结果。",
     ("刘志强", "总工程师", "武汉锅炉厂")),
]


@pytest.mark.parametrize("text,post", CASES)
def test_officer_of_the_subject_company(text, post):
    assert post in posts_of(text, date="1998-01-10")


NOT_PARTNERS = [
    # two sentences: the company named last heads the officer's post
    ("上海大众汽车有限公司与德国大众公司合作多年。德国大众公司是欧洲最大的汽车企业，董事长皮耶希说，合作很成功。",
     ("皮耶希", "董事长", "德国大众公司")),
    # a joint venture founded by the two: named after them, no partner
    ("广州电梯企业集团公司与日本日立公司合资成立了广州日立电梯有限公司。总经理戴锡文说，效益很好。",
     ("戴锡文", "总经理", "广州日立电梯有限公司")),
    # the partner named again by its short name: the company's word for itself (公司纪委) is the partner's
    ("华兴集团与长江集团公司签署合作协议。长江集团总经理刘明出席。公司纪委书记赵磊主持。",
     ("赵磊", "书记", "长江集团公司纪委")),
    # the partner named again before the officer: its
    ("哈尔滨电机厂同德国西门子公司合作生产大型发电机。西门子公司总工程师施密特表示，新机组年底投产。",
     ("施密特", "总工程师", "西门子公司")),
    # a school is no body of a company's kind: the company after 与 may head an officer's post
    ("青山大学与华光电子公司签署合作协议。总经理王建国说，合作前景广阔。",
     ("王建国", "总经理", "华光电子公司")),
]


@pytest.mark.parametrize("text,post", NOT_PARTNERS)
def test_officer_of_the_company_named_last(text, post):
    assert post in posts_of(text, date="1998-01-10")
