"""The corpus judge's precision (benchmarks/eval_import.py::_real): a candidate from a key
fact's sentence is real only when it is of that fact's kind; the key's ``also`` fragments and
facts keyed without a value or date take any kind."""

from __future__ import annotations

from benchmarks.eval_import import _real
from briefer.ingest.candidate import Candidate

_SENTENCE = "Trong tháng 1 và tháng 2 năm 2025, thương mại song phương đạt 47,5 triệu USD."
_FIGURE = {"q": "thương mại song phương đạt 47,5 triệu USD", "value": 47.5e6, "unit": "USD"}


def _candidate(kind: str, quote: str = _SENTENCE) -> Candidate:
    return Candidate(quote=quote, start=0, end=len(quote), kind=kind, topic="", pair="VN-CR")


def test_a_figure_from_a_figures_sentence_is_real() -> None:
    assert _real(_candidate("figure"), {"facts": [_FIGURE]})


def test_a_stray_event_from_a_figures_sentence_is_not() -> None:
    assert not _real(_candidate("event"), {"facts": [_FIGURE]})


def test_an_also_fragment_takes_any_kind() -> None:
    key = {"facts": [_FIGURE], "also": ["Trong tháng 1 và tháng 2 năm 2025"]}
    assert _real(_candidate("event"), key)


def test_a_fact_keyed_without_value_or_date_takes_any_kind() -> None:
    key = {"facts": [{"q": "thương mại song phương đạt 47,5 triệu USD"}]}
    assert _real(_candidate("statement"), key)


def test_another_sentence_is_not_real() -> None:
    assert not _real(_candidate("figure", "Giá xăng RON 95 tăng 300 đồng."), {"facts": [_FIGURE]})
