"""The outlet's mark opening a lead stays in the body and the quote, never in the draft's
statement (briefer.ingest.statementmark, hooked where candidates.py builds a statement)."""

from pathlib import Path

from briefer.ingest.drafts import draft_of
from briefer.ingest.statementmark import without_outlet_mark
from tests.imported import imported

_PAGE_VI = (
    "Norland và Việt Nam thúc đẩy hợp tác thủy sản\n\n"
    "Sông Lam Online - Chiều 4/11, tại Hà Nội, Bộ trưởng Công Thương tiếp Đại sứ Norland; năm "
    "2024 kim ngạch thương mại Việt Nam - Norland đạt 320 triệu USD, tăng 11% so với năm 2023."
    "\n\nHai bên nhất trí mở văn phòng kiểm định chung tại Đà Nẵng vào năm tới."
)

_PAGE_VI_DIEN_TU = (
    "Việt Nam - Norland ký thỏa thuận hợp tác giáo dục\n\n"
    "Bình Sơn điện tử - Sáng 6/11, Việt Nam và Norland ký thỏa thuận hợp tác giáo dục, theo đó "
    "Norland cấp 40 suất học bổng mỗi năm cho sinh viên Việt Nam.\n\n"
    "Thỏa thuận có hiệu lực trong 5 năm."
)

_PAGE_EN = (
    "Norland and Viet Nam lift seafood trade\n\n"
    "NTA - Seafood trade between Norland and Viet Nam reached 410 million US dollars in 2024, "
    "up 9 percent from a year earlier.\n\n"
    "The two sides will open a joint inspection office next year."
)


def _drafts(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    found = imported(tmp_path, text)
    return [
        (c.quote, draft_of(c, "u").statement_vi, draft_of(c, "u").statement_en)
        for c in found.candidates
    ]


def test_a_marks_shapes_come_off_and_pairs_stay() -> None:
    assert without_outlet_mark("Cà Mau Online - Sáng 2/3, hai bên ký kết.") == (
        "Sáng 2/3, hai bên ký kết."
    )
    assert without_outlet_mark("Tây Sơn điện tử – Năm 2025, xuất khẩu tăng.") == (
        "Năm 2025, xuất khẩu tăng."
    )
    assert without_outlet_mark("(Tin Miền Tây) - Hôm nay, hai bên ký.") == "Hôm nay, hai bên ký."
    assert without_outlet_mark("NTA - Trade rose 9 percent.") == "Trade rose 9 percent."
    assert without_outlet_mark("NORTOWN — The minister met traders.") == "The minister met traders."
    # (two sides of a pair, a post's double title: no outlet's mark)
    for text in (
        "EU - Việt Nam thương mại tăng 5%.",
        "Việt Nam - Lào ký 5 văn bản.",
        "ABC - Lào và Việt Nam ký kết.",
        "Bộ trưởng - Chủ nhiệm Văn phòng cho biết.",
        "Norland - Viet Nam trade rose.",
    ):
        assert without_outlet_mark(text) == text


def test_an_online_mark_is_kept_in_the_quote_and_dropped_from_the_statement(
    tmp_path: Path,
) -> None:
    drafts = _drafts(tmp_path, _PAGE_VI)
    marked = [d for d in drafts if d[0].startswith("Sông Lam Online - ")]
    assert marked  # the quote is the source's exact words, its mark too
    assert all(not vi.startswith("Sông Lam") and vi.startswith("Chiều 4/11") for _, vi, _ in marked)


def test_an_e_paper_mark_comes_off_a_vietnamese_statement(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path, _PAGE_VI_DIEN_TU)
    marked = [d for d in drafts if d[0].startswith("Bình Sơn điện tử - ")]
    assert marked
    assert all(vi.startswith("Sáng 6/11") for _, vi, _ in marked)


def test_an_agencys_initials_come_off_an_english_statement(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path, _PAGE_EN)
    marked = [d for d in drafts if d[0].startswith("NTA - ")]
    assert marked
    assert all(en.startswith("Seafood trade between Norland") for _, _, en in marked)
    assert all(not vi.startswith("NTA") for _, vi, _ in marked)


def test_a_dispatch_city_opening_the_lead_is_no_part_of_the_statement() -> None:
    # (a wire's place before the dash, in title case or capitals; the quote keeps it)
    assert without_outlet_mark("Nairobi - Trade Minister Jane Mwangi met Vietnam's envoy.") == (
        "Trade Minister Jane Mwangi met Vietnam's envoy."
    )
    assert without_outlet_mark("HÀ NỘI – Chiều 2/12, hai bên ký kết biên bản.") == (
        "Chiều 2/12, hai bên ký kết biên bản."
    )
    # a route or a pair of cities is the sentence's own subject
    text = "Hà Nội - Viêng Chăn là tuyến bay mới của hãng."
    assert without_outlet_mark(text) == text
    # a word that is no city stays
    text = "Minister - Ambassador talks were held on Monday."
    assert without_outlet_mark(text) == text
    # a state after the dash is the subject, even a city-state's name
    assert without_outlet_mark("HANOI — Singapore and Vietnam signed seven agreements.") == (
        "Singapore and Vietnam signed seven agreements."
    )
