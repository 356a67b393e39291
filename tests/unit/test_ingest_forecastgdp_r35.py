"""A forecaster fronted before 'tăng trưởng GDP của X' tells X's own gauge, no pair's fact."""

from briefer.ingest.indicators import own_indicators
from tests.mined import candidates


def test_fronted_forecast_of_gdp_growth_is_own() -> None:
    sentence = (
        "Theo dự báo của Ngân hàng Trung ương Áo, tăng trưởng GDP của Áo năm 2025 chỉ ở mức "
        "0,3%, khiến nhu cầu nhập khẩu chững lại."
    )
    assert own_indicators(sentence)
    assert candidates(sentence, "AT", "2025-11-27") == []


def test_forecast_beside_the_pairs_trade_stays() -> None:
    sentence = (
        "Theo dự báo của IMF, tăng trưởng GDP của Áo năm 2025 đạt 0,3%, trong khi thương mại "
        "hai nước tăng 10%."
    )
    assert not own_indicators(sentence)
    # what the desk sees: the pair's trade beside the forecast is still drafted
    beside = (
        "Theo dự báo của IMF, tăng trưởng GDP của Áo năm 2025 đạt 0,3%, trong khi kim ngạch "
        "thương mại Việt Nam - Áo đạt 2 tỷ USD."
    )
    assert [(c.metric, c.value) for c in candidates(beside, "AT", "2025-11-27")] == [
        ("trade.total", 2e9)
    ]
