"""Who attends an inauguration told by lists (made-up texts): a body's name ending like a happening
(联谊会) that holds the ceremony somewhere (联谊会在X举办…典礼, 联谊会9月20日晚于X举行“…典礼”) is no
event, and its officers listed after 出席活动的有 attend the ceremony; 出席典礼的主礼嘉宾有A、B and
出席者包括A、B等 list who attend, as do 出席典礼的嘉宾包括A、B and 出席嘉宾包括A、B; a term of office may
stand between a body's name and its officer's title (联谊会2025-2028年理事会主席X); a ceremony named again
after 正式 (的正式就职仪式) is the one told, not another."""
from __future__ import annotations

import pytest

from tests.kgread import article_of

_HELD = "3月2日，青山客属联谊会在青山国际会议中心举办第八届理事就职典礼。\n"
_GUESTS = "青山客属联谊会总主席王大明、理事会主席李小华、中国驻青山总领事馆副总领事张国强"


@pytest.mark.parametrize("text", [
    f"{_HELD}出席活动的有{_GUESTS}，社团代表及其他嘉宾。",
    f"{_HELD}出席典礼的主礼嘉宾有：{_GUESTS}。",
    f"{_HELD}出席者包括{_GUESTS}等。",
    # 包括 in place of 有 after the guests' noun (出席典礼的嘉宾包括, 出席嘉宾包括), and 出席嘉宾有
    f"{_HELD}出席典礼的嘉宾包括{_GUESTS}等。",
    f"{_HELD}出席嘉宾包括{_GUESTS}。",
    f"{_HELD}出席嘉宾有{_GUESTS}。",
    # a term of office between a body's name and its officer's title (联谊会2025-2028年理事会主席)
    f"{_HELD}出席活动的有青山客属联谊会2025-2028年理事会主席王大明、副会长李小华、副总领事张国强。",
    # the ceremony named again with 正式 before it (此次盛会是…的正式就职仪式) is the one told
    f"{_HELD}此次盛会是新一届理事会的正式就职仪式。出席活动的有{_GUESTS}。",
])
def test_listed_guests_attend_the_ceremony(text):
    r = article_of(text, date="2025-03-05")
    assert [e.type for e in r.events] == ["Ceremony"]
    assert {"王大明", "李小华", "张国强"} <= {a.text for a in r.events[0].attendees}


def test_a_body_holding_a_named_ceremony():
    r = article_of("青山光泽联谊会9月20日晚于尖沙咀一酒楼举行“庆祝国庆暨第二届理事就职典礼”。",
                   date="2025-09-22")
    assert [e.type for e in r.events] == ["Ceremony"]


def test_a_gathering_held_stays_an_event():
    r = article_of("2月3日，青山市迎春联谊会在市民中心举行。市长王明出席。", date="2025-02-05")
    assert len(r.events) == 1 and r.events[0].trigger.text.endswith("联谊会")
