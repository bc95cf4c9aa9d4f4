"""Helpers of the hostile-input battery: run kg as users do and check what it says."""
from __future__ import annotations

from pathlib import Path

from kgrun import kg_process, one_line_errors, run_kg

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "ordos-daily-2025-06-page.txt"

__all__ = ["ROOT", "SEED", "kg_process", "one_line_errors", "run_kg"]
