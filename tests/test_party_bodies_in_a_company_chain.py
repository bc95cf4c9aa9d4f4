"""A bare party body's post written in a chain after a post of the company a notice names by its word for
itself (集团董事、党委副书记X) is of that company's party committee, not of another company named last
before the person; and a party body the title writes (纪委书记) is never inherited from a post of another
party body named before (a 党委书记 named: the 纪委书记 after it is of the 纪委). Made-up names and
sentences."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("5月9日，青禾集团与黄河集团公司签署协议。集团党委书记、董事长张晓，与黄河集团党委书记、董事局主席周云会谈。"
     "集团董事、党委副书记丁国庆，黄河集团执行总经理徐志代表双方签约。",
     [("张晓", "书记", "青禾集团党委"), ("张晓", "董事长", "青禾集团"),
      ("周云", "书记", "黄河集团公司党委"), ("周云", "董事局主席", "黄河集团公司"),
      ("丁国庆", "董事", "青禾集团"), ("丁国庆", "副书记", "青禾集团党委"),
      ("徐志", "执行总经理", "黄河集团公司")]),
    ("5月9日，青禾集团与黄河集团公司签署协议。黄河集团党委书记周云出席。公司董事、党委副书记、纪委书记丁国庆主持。",
     [("周云", "书记", "黄河集团公司党委"), ("丁国庆", "董事", "黄河集团公司"),
      ("丁国庆", "副书记", "黄河集团公司党委"), ("丁国庆", "书记", "黄河集团公司纪委")]),
])
def test_party_body_of_the_chain_company(text, expected):
    assert posts_of(text, date="2023-05-10", publisher="新华网") == expected
