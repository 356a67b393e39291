"""A notice's "for your information" closing ("… thông báo để … biết …./.") is its form."""

from __future__ import annotations

import pytest

from briefer.ingest.closings import courtesy
from briefer.ingest.found import Line
from briefer.ingest.tail import mark_note

_LEAD = (
    "Ngày 3/3/2025, Sở Nông nghiệp tiếp đoàn doanh nghiệp Peru; năm 2024 kim ngạch thương mại "
    "hai nước đạt 540 triệu USD."
)


@pytest.mark.parametrize(
    ("closing", "formula"),
    [
        ("Ban Quản lý thông báo để các doanh nghiệp trong khu biết, phối hợp./.", True),
        ("Phòng Kinh tế thông tin đến các hợp tác xã được biết, chuẩn bị./.", True),
        ("Sở Tài chính báo cáo để Ủy ban nhân dân tỉnh biết, chỉ đạo./.", True),
        # a request of its own, or a sentence that only mentions knowing, stays
        ("Đề nghị các doanh nghiệp đăng ký trước ngày 15/4./.", False),
        ("Đề nghị các đơn vị phối hợp để doanh nghiệp biết thị trường Peru./.", False),
    ],
)
def test_a_notices_information_formula_goes(closing: str, formula: bool) -> None:
    assert courtesy(closing) is formula
    lines = [Line(t) for t in ("V/v tiếp đoàn doanh nghiệp Peru", _LEAD, closing)]
    mark_note(lines)
    assert lines[1].kept
    assert lines[2].kept is not formula
