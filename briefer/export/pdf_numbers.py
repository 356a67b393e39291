"""ReportLab's number formatting for PDF operators, remembered per value.

Every coordinate, size and colour reportlab writes into a page goes through ``fp_str``; without
the optional C accelerator (``rl_accel``, not installed: its ``sameFrag`` is slower than the
Python one for Briefer's paragraphs, so the two together measured 12 ms *slower* per brief)
that is a pure-Python function, ~12,000 calls and ~15 ms per 23-page brief. A brief writes
few distinct numbers (18,000 values, 1,800 different: the margins, font sizes, leadings, the
same x positions on every line), so :func:`install` gives the reportlab modules a version
that keeps each value's text: the text is reportlab's own (computed by its function on first
sight), so every PDF is byte for byte the same.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

MEMO_MAX = 20_000  # distinct values kept; beyond it, values are formatted each time

_memo: dict[Any, str] = {}


def remembering(format_number: Callable[..., str]) -> Callable[..., str]:
    """``fp_str`` that formats each value once with ``format_number`` (reportlab's)."""
    memo = _memo

    def fp_str(*values: Any) -> str:
        if len(values) == 1:
            value = values[0]
            if isinstance(value, list | tuple):
                values = tuple(value)
            else:
                text = memo.get(value)
                if text is None:
                    text = format_number(value)
                    if len(memo) < MEMO_MAX:
                        memo[value] = text
                return text
        parts = []
        for value in values:
            text = memo.get(value)
            if text is None:
                text = format_number(value)
                if len(memo) < MEMO_MAX:
                    memo[value] = text
            parts.append(text)
        return " ".join(parts)

    return fp_str


def install() -> None:
    """Give the loaded reportlab modules the remembering ``fp_str`` (once; only where the
    pure-Python one is in use: the C accelerator's is left alone)."""
    from reportlab.lib import rl_accel

    python_version = rl_accel._py_funcs.get("fp_str")
    if python_version is None or rl_accel.fp_str is not python_version:
        return  # the C accelerator, or already installed
    fast = remembering(python_version)
    for name, module in list(sys.modules.items()):
        if name.startswith("reportlab.") and getattr(module, "fp_str", None) is python_version:
            setattr(module, "fp_str", fast)  # noqa: B010  # a module of reportlab
