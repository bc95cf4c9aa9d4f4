"""kg: a rule-based knowledge-graph builder for Chinese news."""
from __future__ import annotations

__version__ = "0.1.0"
