"""A body's name written in one word with its head's title (政协主席, as 医院院长): the name ends at the
body's head word, and the body is an organisation."""
from __future__ import annotations

import pytest

from kg.extract.context import Context
from kg.extract.orgs import extract_orgs
from kg.nlp.normalize import View


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李沧区政协主席赵六在会上讲话。", [("李沧区政协", "中国人民政治协商会议李沧区委员会")]),
        ("铜鼓县政协主席王五出席。", [("铜鼓县政协", "中国人民政治协商会议铜鼓县委员会")]),
    ],
)
def test_body_before_its_heads_title(text, expected):
    assert [(m.text, m.key) for m in extract_orgs(View.of(text), Context())] == expected
