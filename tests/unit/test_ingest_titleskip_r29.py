"""Round 29: a delivery disclaimer or a bulletin's masthead is no title; the headline below is."""

from __future__ import annotations

from briefer.ingest.titleskip import past_disclaimer, past_masthead


def test_disclaimer_gives_headline_below() -> None:
    vi = (
        "BỘ CÔNG THƯƠNG\nBài phát biểu - Chỉ dùng để tham khảo\n"
        "PHÁT BIỂU CỦA BỘ TRƯỞNG TẠI HỘI NGHỊ XÚC TIẾN THƯƠNG MẠI\nHà Nội, ngày 2/4/2026\nKính thưa"
    )
    assert past_disclaimer(vi, "Bài phát biểu - Chỉ dùng để tham khảo") == (
        "PHÁT BIỂU CỦA BỘ TRƯỞNG TẠI HỘI NGHỊ XÚC TIẾN THƯƠNG MẠI"
    )
    en = "Check against delivery\n\nRemarks by the Minister at the Trade Forum in Lima\nThank you."
    assert past_disclaimer(en, "Check against delivery") == (
        "Remarks by the Minister at the Trade Forum in Lima"
    )


def test_ordinary_title_is_kept() -> None:
    assert past_disclaimer("Trade rises 10% in May\nText.", "Trade rises 10% in May") == ""
    assert past_masthead("Trade rises 10% in May\nText.", "Trade rises 10% in May") == ("", "")


def test_masthead_gives_headline_and_bulletin() -> None:
    vi = (
        "BẢN TIN KINH TẾ ĐỐI NGOẠI - Số 12/2025\nLưu hành nội bộ\n-----\nSỰ KIỆN\n"
        "Thương mại Việt Nam - Chile tăng trưởng mạnh trong năm 2025\nNội dung."
    )
    assert past_masthead(vi, "BẢN TIN KINH TẾ ĐỐI NGOẠI - Số 12/2025") == (
        "Thương mại Việt Nam - Chile tăng trưởng mạnh trong năm 2025",
        "BẢN TIN KINH TẾ ĐỐI NGOẠI",
    )
    en = "ASEAN TRADE NEWSLETTER – No. 4/2026\nIN FOCUS\nVietnam and Peru open talks on a pact\n"
    assert past_masthead(en, "ASEAN TRADE NEWSLETTER – No. 4/2026") == (
        "Vietnam and Peru open talks on a pact",
        "ASEAN TRADE NEWSLETTER",
    )
