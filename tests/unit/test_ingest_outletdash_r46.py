"""A logo's "Name — tagline": the tagline goes and so does the dash it hung on
(briefer/ingest/outlettidy.py::tidy_outlet)."""

from __future__ import annotations

from briefer.ingest.outlettidy import tidy_outlet


def test_an_em_dash_before_a_tagline_leaves_with_it() -> None:
    assert tidy_outlet("Harbour Courier — Tasmania's Leading Daily Newspaper", "") == (
        "Harbour Courier"
    )


def test_a_name_without_a_tagline_is_kept() -> None:
    assert tidy_outlet("Harbour Courier", "") == "Harbour Courier"
