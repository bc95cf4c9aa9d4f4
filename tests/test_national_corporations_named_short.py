"""The central government's corporations and banks of the 1990s, written by their short names (船舶总公司,
农发行), are keyed by their full names (made-up texts)."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, post", [
    ("船舶总公司总经理李小平在会上讲话。", ("李小平", "总经理", "中国船舶工业总公司")),
    ("航天总公司副总经理张建国出席了会议。", ("张建国", "副总经理", "中国航天工业总公司")),
    ("农发行青山省分行行长刘强出席了会议。", ("刘强", "行长", "中国农业发展银行青山省分行")),
])
def test_short_names_are_keyed_in_full(text, post):
    assert post in posts_of(text, date="1998-01-12")

