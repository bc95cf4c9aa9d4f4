"""Made-up texts: a public service station (监测站, 指导站, 加油站: orgs/suffixes) or a design
institute (设计院) written right before a post is the post's body, as a 研究院 is; a station of
transport (北京西站) is a place."""
from __future__ import annotations

import pytest

from tests.kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("青岛市环境监测站站长王建国说，水质好转。", ("王建国", "站长", "青岛市环境监测站")),
    ("山东省莱阳县农业技术指导站副站长刘慧敏说。", ("刘慧敏", "副站长", "山东省莱阳县农业技术指导站")),
    ("青岛市建筑设计院总工程师赵立群介绍，工程已完工。", ("赵立群", "总工程师", "青岛市建筑设计院")),
])
def test_a_station_before_its_post(text, expected):
    assert expected in posts_of(text, date="1998-01-10")


def test_a_railway_station_is_no_body():
    assert all(org is None for _, _, org in posts_of("北京西站站长王建国说，春运开始了。", date="1998-01-10"))
