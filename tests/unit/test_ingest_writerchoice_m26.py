"""Review of r102, finding 16: an outlet's regional bureau after its hyphen ("VOV-Tây Bắc")
is no part of the writer's name, as a city's bureau ("VOV-TP.HCM") is not."""

from __future__ import annotations

from briefer.ingest.writerchoice import bare_name


def test_a_regional_bureau_after_the_outlet_is_cut() -> None:
    assert bare_name("Thu Trang/VOV-Tây Bắc") == "Thu Trang"
    assert bare_name("Quốc Việt/VOV-Đông Nam Bộ") == "Quốc Việt"
    assert bare_name("Hồng Nhung/TTXVN-Duyên hải miền Trung") == "Hồng Nhung"
    # near misses: a region after a slash with no outlet, or words that are no region
    assert bare_name("Thu Trang/Tây Bắc") == "Thu Trang/Tây Bắc"
    assert bare_name("Thu Trang/VOV-Tây Sơn Hạ") == "Thu Trang/VOV-Tây Sơn Hạ"
