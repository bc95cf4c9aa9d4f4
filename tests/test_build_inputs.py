"""What kg.build takes for a path and what for text."""
from __future__ import annotations

import pytest

import kg
from kg.errors import InputError
from kg.graph.vocab import SCHEMA


def test_text_with_a_slash_is_text_not_a_path():
    """kg.build takes a byline's 文/记者张三 as text; a missing ``news/`` folder is still an error."""
    graph = kg.build(["本报鄂尔多斯6月13日电 文/记者张三 市委书记李理主持会议。"], place="鄂尔多斯市")
    people = {str(n) for p in graph.subjects(None, SCHEMA.Person) for n in graph.objects(p, SCHEMA.name)}
    assert "李理" in people
    with pytest.raises(InputError, match="no such file"):
        kg.build(["no-such-folder/"])
