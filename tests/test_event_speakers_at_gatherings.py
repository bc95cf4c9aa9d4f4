"""People told doing a gathering's set parts in a sentence after it (made-up text: X致贺词, X宣读了…,
X担任监誓员, X汇报了…) take part in the event the article tells, as 致辞 and 发言 already did; 汇报 as a
noun (情况汇报, 听取…的汇报) tells no one taking part and makes no event."""
from __future__ import annotations

import pytest

from tests.kgread import events_of

_OPENINGS = {
    "Conference": "青山日报讯 5月9日，青山市侨联第五次代表大会在市会议中心召开。",
    "Ceremony": "青山日报讯 5月9日，青山同乡会第三届理事就职典礼在青山会馆举行。",
    "Inspection": "青山日报讯 5月9日，市委书记王大明到青山区调研。",
}


@pytest.mark.parametrize(("type_", "said"), [
    ("Conference", "市政协副主席李小军代表各民主党派致贺词。"),
    ("Conference", "市民政局副局长李小军宣读了批准成立的文件。"),
    ("Conference", "接着，市侨联副主席李小军致答谢辞。"),
    ("Ceremony", "驻英国大使李小军担任监誓员。"),
    ("Ceremony", "同乡会秘书长李小军宣读了新一届理事名单。"),
    ("Ceremony", "随后，市委统战部副部长李小军致贺辞。"),
    ("Inspection", "区委书记李小军汇报了全区工作情况。"),
    ("Inspection", "青山镇党委书记李小军汇报了村居建设情况。"),
])
def test_speaker_takes_part(type_: str, said: str) -> None:
    events = events_of(_OPENINGS[type_] + said, date="2024-05-10")
    (e,) = [e for e in events if e.type == type_]
    assert "李小军" in {a.text for a in e.attendees}
    assert len(events) == 1


@pytest.mark.parametrize("heard", [
    "在随后的座谈会上，王大明听取了各街道情况汇报。",
    "会议听取了副区长李小军关于全区工作的综合汇报。",
])
def test_report_as_a_noun_is_no_act(heard: str) -> None:
    events = events_of("青山日报讯 5月9日，市委书记王大明到青山区调研。" + heard, date="2024-05-10")
    assert all("汇报" not in e.trigger.text for e in events)
    assert all("李小军" not in {a.text for a in e.attendees} for e in events if e.type == "Inspection")


@pytest.mark.parametrize("said", [
    "省委组织部副部长李小军在会上宣布了省委决定。",
    "会上，省委组织部副部长李小军宣布了省委的任职决定。",
    "市发展改革委主任李小军在会上介绍了全市重点项目情况。",
])
def test_speaker_announcing_at_the_meeting_takes_part(said: str) -> None:
    text = "青山日报讯 5月9日，青山市召开全市领导干部会议。" + said
    (e,) = [e for e in events_of(text, date="2024-05-10") if e.type == "Meeting"]
    assert "李小军" in {a.text for a in e.attendees}


@pytest.mark.parametrize("witnessed", [
    "青山集团总裁李小军、北山州州长张小兵共同见签。",
    "市委书记李小军见签。",
])
def test_witnesses_of_a_signing_take_part(witnessed: str) -> None:
    text = "青山日报讯 5月9日，王大明出席青山经济特区投资开发备忘录签约仪式并讲话。" + witnessed
    (e,) = [e for e in events_of(text, date="2024-05-10") if e.type == "Signing"]
    assert "李小军" in {a.text for a in e.attendees}
