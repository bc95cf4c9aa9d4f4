"""国家元首 (a head of state) and 总司令 (a commander in chief) are titles (titles/titles): after a state, the
state's post; 总司令 whole, not 总 + 司令; an army named by its kind (武装部队) its body."""
import pytest
from kgread import posts_of


@pytest.mark.parametrize("text, expected", [
    ("尼日利亚国家元首奥卢将军发来贺电。", [("奥卢", "国家元首", "尼日利亚")]),
    ("印度尼西亚武装部队总司令费萨尔说。", [("费萨尔", "总司令", "印度尼西亚武装部队")]),
])
def test_heads_of_state_and_forces(text, expected):
    assert posts_of(text, date="1998-01-05", publisher="人民日报") == expected
