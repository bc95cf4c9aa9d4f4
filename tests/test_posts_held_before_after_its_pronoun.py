"""A clause opening with 其 before a verb saying the posts after it were held before (X当选Y，其此前任Z;
posts/appointments ``was``): Z is a former post of X, the person named before in the sentence, as after 他.
Made-up sentences."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process_document


def posts(text: str):
    doc = Document(id="t", text=text, date="2024-01-07")
    return sorted((m.person.text, m.role, m.organization, m.former)
                  for r in process_document(doc, date="2024-01-07") for m in r.memberships)


@pytest.mark.parametrize("text, expected", [
    ("在河北,张建国当选河北省人大常委会主任,其此前任河北省政协主席。",
     [("张建国", "主任", "河北省人民代表大会常务委员会", False),
      ("张建国", "主席", "中国人民政治协商会议河北省委员会", True)]),
    ("李秀英当选河北省政协主席，其曾任河北省委副书记、石家庄市市长。",
     [("李秀英", "主席", "中国人民政治协商会议河北省委员会", False),
      ("李秀英", "副书记", "中共河北省委员会", True), ("李秀英", "市长", "石家庄市人民政府", True)]),
    # the person named last before 其, in each clause of a sentence naming several
    ("在河北,张建国当选河北省人大常委会主任,其此前任河北省政协主席;在山西,王德明当选山西省人大常委会主任,"
     "其此前担任山西省人大常委会副主任。",
     [("张建国", "主任", "河北省人民代表大会常务委员会", False),
      ("张建国", "主席", "中国人民政治协商会议河北省委员会", True),
      ("王德明", "主任", "山西省人民代表大会常务委员会", False),
      ("王德明", "副主任", "山西省人民代表大会常务委员会", True)]),
    # 其中 opens no clause of the person named before
    ("张建国当选河北省人大常委会主任,其中李明任副主任。",
     [("张建国", "主任", "河北省人民代表大会常务委员会", False),
      ("李明", "副主任", "河北省人民代表大会常务委员会", False)]),
])
def test_posts_held_before_after_its_pronoun(text, expected):
    assert posts(text) == expected
