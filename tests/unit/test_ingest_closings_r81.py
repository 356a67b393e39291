"""A long closing that hands a notice to its readers, with respect, for a purpose (to know
it, to carry it) is the notice's form however many readers it lists; one that carries its
own news after the verb stays."""

from __future__ import annotations

import pytest

from briefer.ingest.closings import handed_over
from briefer.ingest.found import Line
from briefer.ingest.tail import mark_note

_LEAD = (
    "Sáng 12/3/2026, Bộ Nông nghiệp và Môi trường tiếp đoàn doanh nghiệp Chile; năm 2025 kim "
    "ngạch hai chiều đạt 1,8 tỷ USD."
)

_CLOSINGS = [
    # (long: more than fifteen words, so only the purpose clause lets them go)
    (
        "Bộ Nông nghiệp và Môi trường trân trọng thông báo để các cơ quan báo chí, phát thanh "
        "và truyền hình đưa tin./.",
        True,
    ),
    (
        "Ban Quản lý các khu công nghiệp tỉnh kính thông tin đến các doanh nghiệp có vốn đầu tư "
        "nước ngoài trên địa bàn được biết./.",
        True,
    ),
    (
        "Văn phòng Ủy ban nhân dân tỉnh trân trọng gửi tới các cơ quan thông tấn, báo chí trung "
        "ương và địa phương để phổ biến rộng rãi./.",
        True,  # (sent to the press "to spread it widely": the purpose, a word after it)
    ),
    # near misses: the notice's own news after the verb, or no courtesy word at all
    (
        "Bộ Ngoại giao trân trọng thông báo: nhận lời mời của Tổng thống Chile, Thủ tướng Chính "
        "phủ sẽ thăm chính thức Chile và dự hội nghị cấp cao./.",
        False,
    ),
    (
        "Sở Công Thương đề nghị các cơ quan báo chí, phát thanh và truyền hình trên địa bàn tỉnh "
        "tiếp tục đưa tin./.",
        False,
    ),
]


@pytest.mark.parametrize(("closing", "formula"), _CLOSINGS)
def test_a_closing_handing_the_notice_over_goes(closing: str, formula: bool) -> None:
    assert len(closing.split()) > 15
    assert handed_over(closing) is formula
    lines = [Line(t) for t in ("V/v tiếp đoàn doanh nghiệp Chile", _LEAD, closing)]
    mark_note(lines)
    assert lines[1].kept
    assert lines[2].kept is not formula


def test_the_purpose_clause_ends_the_sentence() -> None:
    # ("… để báo chí đưa tin về chuyến thăm Chile của đoàn và các thỏa thuận …": the
    # sentence goes on past the purpose with news of its own)
    longer = (
        "Bộ trân trọng thông báo để các cơ quan báo chí đưa tin về chuyến thăm của đoàn cấp "
        "cao và những thỏa thuận hợp tác nông nghiệp đã ký./."
    )
    assert not handed_over(longer)
    assert handed_over("Bộ trân trọng thông báo để các cơ quan báo chí đưa tin./.")
