"""A long kicker in mixed case over a headline in capitals is no title (r84)."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.found import Line
from briefer.ingest.kickerline import kicker_over_caps

_STAMP = "Thứ Năm, 12/06/2027 09:15"
_LEAD = (
    "Nhân dịp kỷ niệm 30 năm thiết lập quan hệ ngoại giao, Đại sứ Việt Nam tại Fiji đã trả "
    "lời phỏng vấn về những kết quả hợp tác giữa hai nước trong lĩnh vực nghề cá và nông nghiệp."
)


def test_caps_headline_under_a_long_kicker_is_the_title() -> None:
    text = (
        "Ba mươi năm quan hệ ngoại giao Việt Nam - Fiji\n\n"
        "VIỆT NAM - FIJI: BA THẬP KỶ GẮN BÓ, MỞ RỘNG HỢP TÁC NGHỀ CÁ VÀ NÔNG NGHIỆP\n\n"
        f"{_STAMP}\n\n{_LEAD}\n"
    )
    assert clean(text).title.startswith("VIỆT NAM - FIJI: BA THẬP KỶ")


def test_kicker_wants_a_long_caps_line_right_under_it() -> None:
    caps = [Line("FIJI VÀ VIỆT NAM MỞ RỘNG HỢP TÁC NGHỀ CÁ TRONG NĂM 2027")]
    assert kicker_over_caps("Quan hệ Việt Nam - Fiji nhìn từ Suva", caps)
    # near-misses: a short line in capitals under it is a byline; a sentence is a dek
    assert not kicker_over_caps("Quan hệ Việt Nam - Fiji nhìn từ Suva", [Line("TRẦN MINH ANH")])
    dek = [Line("FIJI VÀ VIỆT NAM ĐÃ MỞ RỘNG HỢP TÁC NGHỀ CÁ TRONG NĂM 2027.")]
    assert not kicker_over_caps("Quan hệ Việt Nam - Fiji nhìn từ Suva", dek)
    # a line in capitals over another is no kicker of this kind
    assert not kicker_over_caps("QUAN HỆ VIỆT NAM - FIJI NHÌN TỪ SUVA", caps)


def test_mixed_case_headline_over_its_mixed_case_lead_stays_the_title() -> None:
    text = f"Fiji và Việt Nam mở rộng hợp tác nghề cá trong năm 2027\n\n{_STAMP}\n\n{_LEAD}\n"
    assert clean(text).title == "Fiji và Việt Nam mở rộng hợp tác nghề cá trong năm 2027"
