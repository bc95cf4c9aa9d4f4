"""People who take part with nothing after the verb (made-up texts: …开展集中视察活动。A、B等人大代表参加。)
take part in the happening the sentence right before told, though nobody was named in it yet; one
told with people in that sentence stays the one they join (…会见了X一行,双方…进行了会谈。Y等参加。)."""
from __future__ import annotations

from tests.kgread import article_of


def _events(text: str):
    return [(e.type, {a.text for a in e.attendees}) for e in article_of(text, date="2023-05-10").events]


def test_the_happening_just_told():
    text = "5月8日，市人大代表来我区开展集中视察活动。市人大常委会副主任王大明、李建华等人大代表参加。"
    assert any(t == "Inspection" and {"王大明", "李建华"} <= people for t, people in _events(text))


def test_the_one_with_people_in_that_sentence():
    text = ("5月8日，市长王大明在市政府会见了青山集团董事长赵小军一行，双方就合作事宜进行了会谈。"
            "副市长李建华等参加。")
    receptions = [people for t, people in _events(text) if t == "Reception"]
    assert len(receptions) == 1 and {"王大明", "赵小军", "李建华"} <= receptions[0]
