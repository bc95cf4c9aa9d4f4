"""The Organisation of African Unity written short before its officers' posts (非统秘书长, 非统组织秘书长;
orgs/national): its full name, 非洲统一组织, as for the other bodies news writes short; made-up sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("非统秘书长萨利姆今天在亚的斯亚贝巴说，非洲国家应加强合作。", [("萨利姆", "秘书长", "非洲统一组织")]),
    ("非统组织秘书长萨利姆发表声明，呼吁冲突双方停火。", [("萨利姆", "秘书长", "非洲统一组织")]),
    ("非洲统一组织秘书长萨利姆出席了会议。", [("萨利姆", "秘书长", "非洲统一组织")]),
])
def test_african_unity(text, expected):
    assert posts_of(text, date="1998-01-09", publisher="人民日报") == expected
