"""A 招待会 is a reception (made-up texts: 大使馆举行国庆招待会, 市长举行了招待会); an envoy's or a mission's
word in its name (驻华使节招待会, 使馆招待会) is no stop: 使 stops a name only as the verb (使…成为)."""
from __future__ import annotations

import pytest

from tests.kgread import article_of


@pytest.mark.parametrize("text, name", [
    ("5月8日，青山国驻华大使馆举行国庆招待会，大使王大明致辞。", "国庆招待会"),
    ("5月8日，2023年外国驻华使节招待会在青山市举办，市长王大明致辞。", "2023年外国驻华使节招待会"),
])
def test_a_reception(text, name):
    r = article_of(text, date="2023-05-10")
    found = [e for e in r.events if e.type == "Reception"]
    assert found and found[0].name.endswith(name)
