"""Round 50: a third country's figure in a pair's text — Việt Nam's trade with it told in
passing with Việt Nam unsaid, and its figure compared with the partner after it — is no
figure of the pair; the partner's own figure in the same shapes stays."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates


def _figures(body: str) -> list[tuple[str, float | None]]:
    return [(c.pair, c.value) for c in find_candidates(body) if c.kind == "figure"]


# -- Việt Nam's trade with a third country in passing, Việt Nam unsaid --


def test_a_third_countrys_trade_in_passing_with_vietnam_unsaid() -> None:
    body = (
        "Xuất khẩu sang Hàn Quốc tăng mạnh.\n\nXuất khẩu của Việt Nam sang Hàn Quốc 9 tháng "
        "đạt 19 tỷ USD. Hàn Quốc là thị trường lớn. Doanh nghiệp Hàn Quốc đặt thêm đơn hàng. "
        "Hàn Quốc cũng giảm thuế. Cùng kỳ, xuất khẩu sang Nhật Bản đạt 18,6 tỷ USD."
    )
    found = _figures(body)
    assert all(v != 18_600_000_000 for _, v in found)
    assert ("VN-KR", 19_000_000_000) in found


# -- a third country's figure compared with the partner after it --


def test_a_third_countrys_figure_compared_with_the_partner() -> None:
    body = (
        "Việt Nam và Chile.\n\nKim ngạch thương mại Việt Nam - Chile 10 tháng đạt 1,4 tỷ USD. "
        "Chile là đối tác quan trọng. Doanh nghiệp Chile quan tâm. Chile mở cửa thị trường. "
        "Trong khi đó, xuất khẩu của Việt Nam sang Peru đạt 650 triệu USD, cao hơn Chile."
    )
    found = _figures(body)
    assert ("VN-CL", 650_000_000) not in found
    assert ("VN-CL", 1_400_000_000) in found


def test_the_partners_figure_compared_with_a_third_country_stays() -> None:
    body = (
        "Việt Nam và Chile.\n\nChile là đối tác quan trọng. Doanh nghiệp Chile quan tâm. Chile "
        "mở cửa thị trường. Trong khi đó, xuất khẩu của Việt Nam sang Chile đạt 650 triệu USD, "
        "cao hơn Peru."
    )
    assert ("VN-CL", 650_000_000) in _figures(body)
