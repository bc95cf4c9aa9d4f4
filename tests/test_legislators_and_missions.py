"""Legislators (session 40, made-up sentences): 议员 is a post only of the legislature its title names
(香港立法会议员X, 蒙古国议会议员Y, 苏北省议员Z -> 苏北省议会), given to each name of a list after it; a
member of a parliament's house (国会众议员) holds a post of that house, as the modern gold gives it
(People's Daily's gave none; tests/test_members_of_a_parliaments_house.py); a state's own senate
(加州参议员) is not yet told from the federal one; Hong Kong's and Macao's legislatures written short by
their full names (澳门立法会 -> 澳门特别行政区立法会). A consul written after a section of a mission
(大使馆领侨处领事) or a mission with no place (中国大使馆X总领事) is of the state (envoy-head); 国侨办 is
国务院侨务办公室."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, place, expected", [
    ("香港立法会议员郭志明出席。", None, [("郭志明", "议员", "香港特别行政区立法会")]),
    ("澳门立法会议员何志伟、李文辉出席。", None,
     [("何志伟", "议员", "澳门特别行政区立法会"), ("李文辉", "议员", "澳门特别行政区立法会")]),
    ("澳门立法会主席高开贤致辞。", "深圳市", [("高开贤", "主席", "澳门特别行政区立法会")]),
    ("立法会议员郭志明出席。", "香港特别行政区", [("郭志明", "议员", "香港特别行政区立法会")]),
    ("蒙古国议会议员、交通部部长巴特尔出席。", None,
     [("巴特尔", "议员", "蒙古国议会"), ("巴特尔", "部长", "蒙古国交通部")]),
    ("出席活动的有美国国会众议员李安德。", None, [("李安德", "众议员", "美国国会众议院")]),
    pytest.param("出席活动的有加州参议员王明德。", None, [("王明德", "参议员", "加州参议院")],
                 marks=pytest.mark.xfail(reason="a state's own senate: read as the federal 美国参议院",
                                         strict=True)),
    ("议员金正浩出席。", None, []),
    ("市议会事务官史密斯议员、香港驻巴黎经贸办处长李文辉到场。", None,
     [("李文辉", "处长", "香港驻巴黎经贸办")]),
    ("澳大利亚工党议员哈里出席。", None, []),
    ("中国驻波兰大使馆领侨处领事吴小梅出席。", None, [("吴小梅", "领事", "中华人民共和国")]),
    ("中国大使馆费明华总领事到场。", None, [("费明华", "总领事", "中华人民共和国")]),
    ("美国驻广州总领事馆总领事史密斯出席。", None, [("史密斯", "总领事", "美国")]),
    ("国侨办副主任许大声出席。", None, [("许大声", "副主任", "国务院侨务办公室")]),
])
def test_legislators_and_missions(text, place, expected):
    assert posts_of(text, place=place) == expected
