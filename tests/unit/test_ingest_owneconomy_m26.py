"""Review of r103, finding 8: a partner's economy told as a statement's subject — one test
of the subject for figures and statements, and no country search for a sentence whose
opening names no economy."""

from __future__ import annotations

import pytest

from briefer.ingest import owneconomy
from briefer.ingest.owneconomy import economy_state, own_economy


def test_an_economy_as_subject_is_read_alike_with_or_without_a_figure() -> None:
    assert economy_state("Kinh tế Uruguay vẫn phụ thuộc nhiều vào xuất khẩu thịt bò.")
    assert own_economy("Kinh tế Uruguay dự kiến tăng trưởng 3% năm nay.")
    assert economy_state("Theo giới phân tích, kinh tế nước bạn đang chững lại.")
    # near misses: Việt Nam's own economy is no partner's
    assert not economy_state("Kinh tế Việt Nam vẫn phụ thuộc nhiều vào xuất khẩu.")
    assert not own_economy("Kinh tế Việt Nam dự kiến tăng trưởng 7% năm nay.")


def test_a_statement_with_no_economy_as_subject_searches_no_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def counted(text: str) -> list[object]:
        calls.append(text)
        return []

    monkeypatch.setattr(owneconomy, "find_countries", counted)
    assert not economy_state("Hai đoàn đã thăm cảng Montevideo và nhà máy chế biến thịt.")
    assert calls == []
