"""Events in made-up text: a body whose name ends like a gathering's (联谊会) right before a verb of holding
with what it holds after it is no event (青山同乡联谊会举行“…就职典礼”; 青山新春联谊会举行。 is one); an
event held after 并 in the clause of a visit takes the place visited (走访省检察院并召开座谈会)."""
from __future__ import annotations

from tests.kgread import article_of


def test_a_body_holding_an_event_is_no_event():
    text = ("青山同乡联谊会举行“庆国庆暨第二届理事就职典礼”\n"
            "9月20日晚，青山同乡联谊会于尖沙咀一酒楼举行“庆国庆暨第二届理事就职典礼”。会长张大伟致辞。")
    r = article_of(text, date="2024-09-22")
    assert [e.type for e in r.events] == ["Ceremony"]


def test_a_gathering_held_is_an_event():
    r = article_of("9月20日晚，青山新春联谊会举行，会长张大伟致辞。", date="2024-09-22")
    assert [e.type for e in r.events] == ["Conference"]


def test_a_meeting_joined_by_bing_to_a_visit_is_at_its_place():
    r = article_of("12月24日，省委常委惠建林走访省检察院并召开座谈会。", date="2024-12-25")
    meetings = [e for e in r.events if e.type == "Conference"]
    assert meetings and meetings[0].place is not None and meetings[0].place.text == "省检察院"
