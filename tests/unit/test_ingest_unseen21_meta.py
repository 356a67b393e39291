"""Title, outlet and author shapes the unseen20 and unseen21 held-out sets showed, each on
wording of our own (never the sets'): a site's name in an element classed as the site's
title, a <title> that opens on a section's words before the site's name."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse

_BODY_VI = (
    "<p>Sáng 4/3/2026, Học viện Thủy sản Cửa Lò đã tiếp đoàn công tác của Đại học Bergen "
    "(Na Uy) sang làm việc về đào tạo nuôi trồng thủy sản.</p>"
    "<p>Hai bên thống nhất trao đổi 20 sinh viên mỗi năm từ năm học 2026-2027.</p>"
)


def _page(tmp_path: Path, html: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return analyse(path).metadata


def test_a_sections_words_before_the_sites_name_are_no_outlet(tmp_path: Path) -> None:
    # "Tin tức" reads as the short name of a paper the table knows; here it is a section
    meta = _page(
        tmp_path,
        "<html><head><title>Tin tức - Hoạt động | Học viện Thủy sản Cửa Lò</title></head>"
        '<body><div class="branding"><p class="site-title">HỌC VIỆN THỦY SẢN CỬA LÒ</p></div>'
        '<article><h2 class="entry-title">Học viện Thủy sản Cửa Lò đón đoàn Đại học Bergen'
        f"</h2>{_BODY_VI}</article></body></html>",
    )
    assert meta.outlet == "Học viện Thủy sản Cửa Lò"
    assert meta.title == "Học viện Thủy sản Cửa Lò đón đoàn Đại học Bergen"


def test_an_element_classed_as_the_sites_title_is_no_headline(tmp_path: Path) -> None:
    meta = _page(
        tmp_path,
        "<html><head><title>Học viện Thủy sản Cửa Lò</title></head><body>"
        '<div class="header"><span class="blog_title">Học viện Thủy sản Cửa Lò</span></div>'
        '<div class="post"><div class="post-title">Đoàn Đại học Bergen thăm Học viện Thủy sản'
        f"</div>{_BODY_VI}</div></body></html>",
    )
    assert meta.title == "Đoàn Đại học Bergen thăm Học viện Thủy sản"


def test_a_titles_site_name_first_then_the_headline_stays_the_site(tmp_path: Path) -> None:
    # a site's one-word name before the headline is no section
    meta = _page(
        tmp_path,
        "<html><head><title>Fishwire.no - Norway, Vietnam talk salmon, shrimp</title></head>"
        "<body><div><h2>Norway, Vietnam talk salmon, shrimp</h2></div>"
        "<p>Norway and Vietnam agreed on 4 March 2026 to open a joint aquaculture lab in "
        "Bergen, the ministers said.</p><p>Trade in seafood reached $310 million in 2025."
        "</p></body></html>",
    )
    assert meta.outlet == "Fishwire.no"


_BODY_EN = (
    "Norway and Vietnam agreed on 4 March 2026 to open a joint aquaculture lab in Bergen.\n\n"
    "Two-way trade in seafood reached US$310 million in 2025, up 6% on 2024.\n\n"
    "The ministers will meet again in Hanoi in the autumn.\n"
)


def _text(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(path).metadata


def test_a_writers_post_under_the_name_is_no_writer(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Norway and Vietnam open a salmon lab</title></head><body>"
        "<h1>TRANSCRIPT: Norway, Vietnam open a salmon lab</h1>"
        "<p><strong>Ingrid Halvorsen</strong><br>Chief Fisheries Correspondent</p>"
        + "".join(f"<p>{p}</p>" for p in _BODY_EN.split("\n\n"))
        + "</body></html>"
    )
    assert _page(tmp_path, page).author == "Ingrid Halvorsen"


def test_a_documents_kind_before_its_stamp_is_no_writer(tmp_path: Path) -> None:
    text = "Norway and Vietnam open a salmon lab\n\nMEDIA RELEASE · 4 March 2026\n\n" + _BODY_EN
    assert _text(tmp_path, text).author == ""


def test_outlets_credited_together_name_no_writer(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Norway and Vietnam open a salmon lab</title>"
        '<meta name="author" content="Reuters with AFP"></head><body>'
        "<h1>Norway and Vietnam open a salmon lab</h1>"
        + "".join(f"<p>{p}</p>" for p in _BODY_EN.split("\n\n"))
        + "</body></html>"
    )
    assert _page(tmp_path, page).author == ""


def test_a_menus_word_news_names_no_agency(tmp_path: Path) -> None:
    # ("news" is the stem of an agency's domain the table knows)
    text = (
        "Fjordposten.no | Norwegian Coastal News\n"
        "News | Business | Culture | Sport | EN | NO\n\n"
        "Norway and Vietnam open a salmon lab\n\n" + _BODY_EN
    )
    meta = _text(tmp_path, text)
    assert meta.outlet == "Fjordposten.no"


def test_a_section_stamp_and_name_row_names_the_writer(tmp_path: Path) -> None:
    text = (
        "Norway and Vietnam open a salmon lab\n\n"
        "FISHERIES · 04/03/2026 09:40 · Ingrid Halvorsen\n\n" + _BODY_EN
    )
    meta = _text(tmp_path, text)
    assert (meta.author, meta.published_on) == ("Ingrid Halvorsen", "2026-03-04")


def test_a_provinces_station_is_named_in_full_over_its_initials(tmp_path: Path) -> None:
    text = (
        "THVL - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH VĨNH LONG\n\n"
        "Vĩnh Long đón đoàn doanh nghiệp Na Uy\n\n"
        "Sáng 4/3/2026, tỉnh Vĩnh Long đã đón đoàn 15 doanh nghiệp thủy sản Na Uy sang tìm "
        "hiểu cơ hội đầu tư.\n\nKim ngạch thương mại Việt Nam - Na Uy năm 2025 đạt 310 triệu USD.\n"
    )
    assert _text(tmp_path, text).outlet == "Đài Phát thanh và Truyền hình Vĩnh Long"
