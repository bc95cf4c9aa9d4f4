"""A people's congress's special committees by their short names (orgs/departments: 内司委, 教科文卫委,
环资委, 法工委), written after the congress or its standing committee: the committee's full name (in a 泰州
paper). Made-up sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("省人大内司委主任委员张明出席。", [("张明", "主任委员", "江苏省人民代表大会内务司法委员会")]),
    ("市人大教科文卫委副主任委员李红出席。",
     [("李红", "副主任委员", "泰州市人民代表大会教育科学文化卫生委员会")]),
    ("省人大环资委主任委员王芳出席。", [("王芳", "主任委员", "江苏省人民代表大会环境与资源保护委员会")]),
    ("省人大常委会法工委主任周明出席。", [("周明", "主任", "江苏省人民代表大会常务委员会法制工作委员会")]),
])
def test_congress_committees(text, expected):
    assert posts_of(text, date="2015-05-05", place="泰州市", publisher="泰州日报") == expected
