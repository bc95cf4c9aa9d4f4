"""The people who sign for the sides (made-up text: A、B分别代表双方在协议上签字; A和B代表双方签字) take
part in the signing told before them; a signature with no signing or ceremony told
(…召开居民大会。A在承诺书上签字) makes no attendee of another happening."""
from __future__ import annotations

import pytest

from tests.kgread import events_of


@pytest.mark.parametrize(("text", "signers"), [
    ("5月6日，青山市政府与华东建设集团签署战略合作协议。市委书记王立新出席签约仪式。"
     "副市长张海涛、华东建设集团总经理刘文斌分别代表双方在协议上签字。", {"张海涛", "刘文斌"}),
    ("5月6日，青山县与远达科技公司举行项目签约仪式。县长李国华出席。"
     "县委常委、常务副县长陈明和远达科技公司董事长赵永强代表双方签字。", {"陈明", "赵永强"}),
    ("8月1日，江北区与海川集团举行合作签约仪式，区长杨志远，海川集团董事长林国栋出席。"
     "区委常委、副区长何建军与海川集团副总裁黄志明签字。", {"何建军", "黄志明"}),
])
def test_signers_attend(text: str, signers: set[str]) -> None:
    signings = [e for e in events_of(text, date="2024-05-07") if e.type == "Signing"]
    assert len(signings) == 1 and signers <= {a.text for a in signings[0].attendees}


@pytest.mark.parametrize("text", [
    "5月6日，社区召开居民大会。居民代表张明华在承诺书上签字。",
    "5月6日，市委召开常委会议。会后，市长王立新在责任书上签字。",
    "5月6日，村民李大山在协议上签字。",
])
def test_signature_of_no_signing(text: str) -> None:
    events = events_of(text, date="2024-05-07")
    assert not [e for e in events if e.type == "Signing"]
    assert not [a for e in events for a in e.attendees if a.text in ("张明华", "王立新", "李大山")]
