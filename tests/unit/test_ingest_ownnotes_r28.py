"""Sentences that are no fact of a pair: one economy's growth foretold or aimed at (the
forecaster told between, "as a whole", a growth target), and a note of where figures come
from. Wording of our own."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.indicators import own_indicators
from briefer.ingest.sourcenotes import source_note


def _found(body: str, partner: str) -> list[str]:
    meta = Metadata(
        published_on="2025-10-01",
        context_year=2025,
        partners=(partner,),
        language="en" if body.isascii() else "vi",
    )
    return [c.quote for c in find_candidates(body, meta)]


def test_growth_foretold_with_its_forecaster_between_is_a_gauge() -> None:
    assert own_indicators(
        "Ghana's economy is projected by the central bank to grow by 4.8% next year."
    )
    assert own_indicators("The Belgian economy as a whole is expected to grow 1.1% in 2026.")
    assert own_indicators(
        "Tăng trưởng kinh tế Fiji năm 2025 được Quỹ Tiền tệ Quốc tế (IMF) dự báo đạt 3,2%."
    )
    assert own_indicators("Chính phủ Ghana đặt mục tiêu tăng trưởng GDP 5% năm 2026.")
    assert own_indicators("Kenya has set a GDP target of 6% for 2026.")


def test_the_pairs_growth_is_no_gauge() -> None:
    assert not own_indicators("Kim ngạch thương mại Việt Nam - Ghana dự kiến tăng trưởng 12%.")
    assert not own_indicators("Trade between Vietnam and Ghana is expected to grow 12% in 2026.")
    found = _found("Xuất khẩu của Việt Nam sang Ghana năm 2024 đạt 310 triệu USD.", "GH")
    assert len(found) == 1


def test_a_foreign_growth_forecast_gives_no_candidate() -> None:
    body = "Ghana's economy is projected by the central bank to grow by 4.8% next year."
    assert _found(body, "GH") == []


def test_source_notes() -> None:
    assert source_note(
        "³ Tính toán của tác giả dựa trên số liệu của Tổng cục Thống kê (2015-2024)."
    )
    assert source_note("Nguồn: Bộ Công Thương, 2025.")
    assert source_note("Source: UN Comtrade (2020-2024).")
    assert source_note("2. Authors' calculations based on customs data, 2018-2024.")
    assert not source_note("Theo nguồn tin từ Đại sứ quán, hai bên sẽ ký Hiệp định năm 2026.")
    assert not source_note("Tác giả cuốn sách đã thăm Việt Nam năm 2019.")


def test_a_source_note_gives_no_candidate_its_span_no_event() -> None:
    body = "¹ Tổng hợp của nhóm tác giả từ số liệu của Tổng cục Hải quan (2018-2024)."
    assert _found(body, "GH") == []
    assert _found("Source: Ghana Statistical Service, 2019-2024.", "GH") == []


def test_a_whole_provinces_totals_are_its_own_gauges() -> None:
    assert own_indicators("Kim ngạch xuất khẩu của toàn tỉnh Nghệ An năm 2024 đạt 3,2 tỷ USD.")
    assert own_indicators("Đến nay, tỉnh đã thu hút trên 1.200 dự án FDI với tổng vốn 20 tỷ USD.")
    assert own_indicators("Thành phố thu hút khoảng 600 dự án đầu tư nước ngoài.")


def test_a_provinces_flow_with_the_partner_stays() -> None:
    assert not own_indicators("Năm 2024, kim ngạch xuất khẩu của tỉnh sang Hàn Quốc đạt 2 tỷ USD.")
    assert not own_indicators("Năm 2025, tỉnh thu hút thêm 12 dự án mới của Nhật Bản.")
    found = _found("Năm 2024, xuất khẩu của toàn tỉnh sang Ghana đạt 40 triệu USD.", "GH")
    assert len(found) == 1
