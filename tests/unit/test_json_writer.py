"""The commands' JSON writer prints exactly what ``json.dumps(..., indent=2)`` prints (the
JSON shapes are a contract: only the speed may change)."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.cli.output import indented_json

_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
_documents = st.recursive(
    _leaves,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=40,
)


def _standard(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


@settings(max_examples=400, deadline=None)
@given(_documents)
def test_same_text_as_the_standard_encoder(document: Any) -> None:
    assert indented_json(document) == _standard(document)


def test_vietnamese_controls_and_quotes_are_escaped_as_the_standard_encoder_does() -> None:
    document = {
        "statement_vi": 'Tổng thống Chile "Gabriel Boric" thăm Việt Nam\n\t\x00\u2028',
        "value": 1.3e9,
        "empty": {"list": [], "dict": {}},
        "n": [1, -0.0, 2.5, True, None, "Đoàn"],
    }
    assert indented_json(document) == _standard(document)
    assert json.loads(indented_json(document)) == document


def test_values_it_does_not_know_are_left_to_the_standard_encoder() -> None:
    class Number(int):
        pass

    for document in (
        {1: "an int key"},
        {"nan": math.nan},
        [Number(3)],
        {"nested": [{"ok": 1}, {None: 2}]},
    ):
        assert indented_json(document) == _standard(document)
