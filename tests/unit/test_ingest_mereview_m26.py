"""Review of r103, findings 3: a view that wishes, commits, or names the two countries as
one is kept a statement; advice beside a partner ministry's rule points to that rule."""

from __future__ import annotations

from briefer.ingest.mereview import mere_view


def test_a_wish_or_a_commitment_is_no_mere_view() -> None:
    assert not mere_view(
        "Bà bày tỏ mong muốn Việt Nam sớm mở cửa thị trường cho quả việt quất Uruguay"
    )
    assert not mere_view("Bộ trưởng nhấn mạnh cam kết mở rộng hợp tác giáo dục với Jamaica")
    assert not mere_view("The two countries affirmed they would widen cooperation in rice")
    assert not mere_view("Hai nước khẳng định sẽ mở đường bay thẳng")
    # near miss: a view with no wish, accord or sides stays a view
    assert mere_view("Bà đánh giá cao tiềm năng hợp tác giữa các địa phương")


def test_advice_beside_a_partner_ministrys_rule_points_to_that_rule() -> None:
    assert not mere_view(
        "Thương vụ khuyến nghị các doanh nghiệp tìm hiểu quy định kiểm dịch mới do Bộ Nông"
        " nghiệp Uruguay ban hành"
    )
    assert not mere_view(
        "The trade office advised Vietnamese exporters to follow the new Ministry of Health"
        " labelling rules"
    )
    # near miss: advice about buyers' taste alone stays advice
    assert mere_view("Thương vụ khuyến nghị các doanh nghiệp chú trọng mẫu mã và bao bì")
