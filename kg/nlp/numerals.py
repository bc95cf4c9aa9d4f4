"""Written Chinese numbers as pieces of regular expressions: the one place every rule reads them from.

>>> import re
>>> bool(re.fullmatch(rf"第?{SMALL}届", "第十四届")), bool(re.fullmatch(ORDINAL, "第一百零一"))
(True, True)
"""
from __future__ import annotations

__all__ = ["DIGITS", "ORDINAL", "SMALL", "TERM"]

#: the digits and ten of a small written number (sessions, terms, bureaus: 十四届, 二局)
DIGITS = "一二三四五六七八九十"
#: a small written number, one to three characters (三, 十二, 二十三)
SMALL = f"[{DIGITS}]{{1,3}}"
#: an ordinal of any size, in characters or digits (第十四, 第一百零一, 第3)
ORDINAL = rf"第[{DIGITS}百零〇\d]+"
#: a body's term, written in its name or before it (第十四届, 十四届, 新一届: 第十九届人大常委会), or a
#: list of its terms a person served in (第四、五、六届全国委员会)
TERM = f"(?:新一|第?{SMALL}(?:、第?{SMALL})*)届"
