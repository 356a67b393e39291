"""A province's own output value is its own gauge, no figure of the pair."""

from briefer.ingest.indicators import own_indicators
from briefer.ingest.owngauges import own_gauge
from tests.mined import candidates


def test_a_province_output_value_is_its_own() -> None:
    text = "Giá trị sản xuất nông nghiệp của tỉnh Sóc Trăng năm 2025 ước đạt 30.000 tỷ đồng."
    assert own_gauge(text)
    assert own_indicators(text)


def test_a_city_harvest_is_its_own() -> None:
    assert own_gauge("Sản lượng lúa của thành phố Cần Thơ đạt 1,4 triệu tấn.")


def test_exports_to_the_partner_stay() -> None:
    text = "Xuất khẩu thủy sản của tỉnh sang Chile đạt 12 triệu USD."
    assert not own_gauge(text)


def test_the_provinces_output_gives_no_candidate_its_exports_do() -> None:
    # (what the desk sees: no 30,000 billion đồng figure offered for the pair)
    output = "Giá trị sản xuất nông nghiệp của tỉnh Sóc Trăng năm 2025 ước đạt 30.000 tỷ đồng."
    assert candidates(output, "CL", "2025-11-20") == []
    exports = "Xuất khẩu thủy sản của tỉnh sang Chile đạt 12 triệu USD."
    found = [(c.metric, c.value) for c in candidates(exports, "CL", "2025-11-20")]
    assert found == [("trade.exports.goods", 12e6)]
