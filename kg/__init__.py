"""kg: a rule-based knowledge-graph builder for Chinese news.

``kg.build(inputs)`` returns the graph, ``kg.open(store_dir)`` the graph of a store built by
``kg build``, ``kg.extract(text)`` the mentions.
"""
from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "build", "extract", "open"]

if TYPE_CHECKING:
    from kg.api import build, extract, open  # noqa: A004

_API = ("build", "extract", "open")


class _Package(types.ModuleType):
    """``kg.build``, ``kg.extract`` and ``kg.open`` come from :mod:`kg.api`, imported at first use.

    kg.api imports the whole pipeline (jieba's dictionary, rdflib): commands such as ``kg query``
    start in a fraction of a second without it.
    """

    def __getattr__(self, name: str) -> Any:
        if name not in _API:
            raise AttributeError(f"module 'kg' has no attribute {name!r}")
        from kg import api

        value = getattr(api, name)
        types.ModuleType.__setattr__(self, name, value)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        # importing the subpackage kg.extract would bind it here: kg.extract stays the function
        # (the subpackage is still sys.modules["kg.extract"], what `from kg.extract import ...` reads)
        if name in _API and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
