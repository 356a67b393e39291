"""Title, outlet and author shapes the unseen15 and unseen16 held-out sets showed, each on
wording of our own (never the sets'): writers in every form a page gives them, a <title>
whose first part is a menu's section, a printed page's site the address spells, a site name
that is only a kind, an agency's full name over the table's initials, and a headline in
large type run into the byline in small type under it."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.metachoice import Claim, choose_outlet
from briefer.ingest.pdflayout import printed_page
from briefer.ingest.typesize import LARGE, SMALL, mark_sizes

_BODY_EN = (
    "<p>Two-way trade between Vietnam and Estonia reached US$310 million in 2024, up 9% on "
    "2023.</p><p>The two sides agreed to hold the next round of talks in Tallinn on May 12, "
    "2026.</p><p>Both ministers said digital services and timber would lead the new plan.</p>"
)
_BODY_VI = (
    "Ngày 4/3/2025, tại Hà Nội, hai bên đã trao đổi về hợp tác thương mại và đầu tư.\n\n"
    "Năm 2024, kim ngạch thương mại song phương đạt 1,2 tỷ USD, tăng 8% so với năm trước.\n\n"
    "Hai bên nhất trí tổ chức kỳ họp tiếp theo vào năm 2026 tại thủ đô của nước bạn.\n"
)


def _page(tmp_path: Path, page: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return analyse(path).metadata


def _text(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(path)


def _html(head: str, body: str) -> str:
    return (
        "<html><head><title>Estonia and Vietnam widen digital trade</title></head><body>"
        f"{head}<h1>Estonia and Vietnam widen digital trade</h1>{body}{_BODY_EN}</body></html>"
    )


def test_a_reporting_label_gives_a_name_with_a_particle(tmp_path: Path) -> None:
    page = _html("", "<p class='author-box'>Reporting by Ana da Costa</p>")
    assert _page(tmp_path, page).author == "Ana da Costa"


def test_a_name_beside_a_stamp_under_the_headline_is_the_writer(tmp_path: Path) -> None:
    # no class names the row: a person's name, then the day (dotted) and its update
    row = (
        "<div class='meta-x'><span>Marta Ilves</span> "
        "<span>|04.11.2025 - Update : 05.11.2025</span></div>"
    )
    assert _page(tmp_path, _html("", row)).author == "Marta Ilves"


def test_outlets_credited_beside_a_stamp_are_no_writer(tmp_path: Path) -> None:
    row = "<div class='meta-x'>KYODO WITH REUTERS · TALLINN · Nov 4, 2025 9:10 am</div>"
    assert _page(tmp_path, _html("", row)).author == ""


def test_a_speakers_name_under_a_speechs_headline_is_its_author(tmp_path: Path) -> None:
    row = "<div class='field-person'>Hon Priya Raman</div><div>Foreign Affairs</div>"
    assert _page(tmp_path, _html("", row)).author == "Priya Raman"


def test_a_credit_block_of_labelled_lines_gives_the_writer_not_the_camera(
    tmp_path: Path,
) -> None:
    page = _html("", "").replace(
        "</body>", "<p class='credit'>News: Siti Aminah Yusof<br>Camera: Rizal Omar</p></body>"
    )
    assert _page(tmp_path, page).author == "Siti Aminah Yusof"


def test_a_sign_offs_labelled_author_is_the_writer_not_the_translator(tmp_path: Path) -> None:
    foot = "<p>(NORDPRESS - EE - author: Kadri Tamm, editor: Jaan Sepp; EN - author: Liis Org)</p>"
    page = _html("", "").replace("</body>", f"{foot}</body>")
    assert _page(tmp_path, page).author == "Kadri Tamm"


def test_an_author_and_editor_row_gives_the_author(tmp_path: Path) -> None:
    text = (
        "Estonia and Vietnam Widen Digital Trade at a Forum in Tallinn\n\n"
        "Author: Mari Kask | Editor: Toomas Lepp\n\n"
        "Tallinn trade officials said the forum drew 60 companies from both countries.\n\n"
        "Two-way trade between Vietnam and Estonia reached US$310 million in 2024.\n\n"
        "The two sides agreed to meet again in Hanoi next spring.\n"
    )
    result = _text(tmp_path, text)
    assert result.metadata.author == "Mari Kask"
    assert "Toomas Lepp" not in result.cleaned.body


def test_a_writers_name_with_a_note_on_translating_signs_the_foot(tmp_path: Path) -> None:
    text = (
        "HAI NƯỚC THÚC ĐẨY HỢP TÁC THƯƠNG MẠI\n\n"
        + _BODY_VI
        + "\nThu Trang (lược dịch theo báo chí nước ngoài)\n"
    )
    assert _text(tmp_path, text).metadata.author == "Thu Trang"


def test_an_author_label_with_the_writers_unit_gives_the_name(tmp_path: Path) -> None:
    text = (
        "Quan hệ thương mại hai nước sau chuyến thăm cấp cao\n\n"
        "Tác giả: Đỗ Quang Vinh, Phòng Nghiên cứu Châu Âu\n\n" + _BODY_VI
    )
    result = _text(tmp_path, text)
    assert result.metadata.author == "Đỗ Quang Vinh"
    assert "Phòng Nghiên cứu Châu Âu" not in result.cleaned.body


def test_a_title_whose_first_part_is_a_menu_section_is_not_the_headline(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Hoạt động - Đối ngoại | Học viện Hàng hải Miền Trung</title></head>"
        "<body><ul class='menu'><li>Giới thiệu</li><li>Đào tạo</li><li>Hoạt động - Đối ngoại</li>"
        "</ul><div class='post-title'>Học viện ký thỏa thuận đào tạo thuyền viên với đối tác "
        "Na Uy</div><div class='post-body'><p>"
        + _BODY_VI.replace("\n\n", "</p><p>")
        + "</p></div></body></html>"
    )
    meta = _page(tmp_path, page)
    assert meta.title == "Học viện ký thỏa thuận đào tạo thuyền viên với đối tác Na Uy"
    assert meta.outlet == "Học viện Hàng hải Miền Trung"


def test_a_printed_pages_site_is_the_name_its_address_spells() -> None:
    edges = [
        "3/4/25, 9:12 AM   Ministers sign a port accord | The Harbour Office",
        "https://www.harbouroffice.gov/news/2025/ministers-sign   1/2",
    ]
    assert printed_page(edges)[1] == "The Harbour Office"
    # (an address written without its scheme spells the name as well)
    edges = [
        "Autoridad Portuaria del Sur · Oficina de Prensa",
        "Puerto 12 · www.autoridadportuaria.gob.ar · 1",
    ]
    assert printed_page(edges)[1] == "Autoridad Portuaria del Sur"


def test_a_portal_named_by_its_kind_alone_gives_way_to_the_institution() -> None:
    edges = ["Học viện Ngoại giao - Cổng thông tin điện tử", "In ngày 2/3/2024 · Trang 1/2"]
    assert printed_page(edges)[1] == "Học viện Ngoại giao"


def test_a_declared_full_name_beats_the_tables_initials() -> None:
    claims = [
        Claim("Associated Press", 8, "site name"),
        Claim("AP", 6, "title part"),
        Claim("AP", 4, "logo"),
    ]
    assert choose_outlet(claims) == "Associated Press"
    assert choose_outlet([Claim("AP", 6, "title part"), Claim("AP", 4, "logo")]) == "AP"


def test_a_large_headline_run_into_a_small_byline_is_parted() -> None:
    rows = [
        (14.0, "Ministers review the"),
        (14.0, "five-year trade plan"),
        (8.0, "LÊ HOÀNG YẾN"),
        (10.5, "The plan was agreed by both ministers on Monday"),
        (10.5, "after two days of talks in the capital."),
    ]
    body = "The plan was agreed by both ministers on Monday after two days of talks in the capital."
    text = f"Ministers review the five-year trade plan LÊ HOÀNG YẾN\n\n{body}"
    assert mark_sizes(text, rows).split("\n\n") == [
        LARGE + "Ministers review the five-year trade plan",
        SMALL + "LÊ HOÀNG YẾN",
        body,
    ]
    # (a headline wholly in large type keeps its last words, whatever else is small)
    rows.append((8.0, "trade plan"))
    whole = "Ministers review the five-year trade plan"
    assert mark_sizes(f"{whole}\n\n{body}", rows).split("\n\n")[0] == LARGE + whole


def test_a_masthead_in_capitals_that_the_heads_address_spells_is_the_outlet(
    tmp_path: Path,
) -> None:
    text = (
        "CƠ KHÍ TƯƠNG LAI\nTạp chí chuyên ngành · Số 12\nwww.cokhituonglai.vn\n\n"
        "DOANH NGHIỆP HAI NƯỚC TÌM ĐỐI TÁC CHẾ TẠO\n\n" + _BODY_VI
    )
    assert _text(tmp_path, text).metadata.outlet.casefold() == "cơ khí tương lai"


def _wire(tmp_path: Path, sign_off: str, site: str, author: str = "") -> str:
    declared = f"<meta name='author' content='{author}'>" if author else ""
    page = (
        f"<html><head><title>Estonia and Vietnam widen digital trade | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>{declared}</head><body>"
        "<h1>Estonia and Vietnam widen digital trade</h1>"
        f"{_BODY_EN.replace('.</p>', '.' + sign_off + '</p>', 1)}</body></html>"
    )
    return str(_page(tmp_path, page).author)


def test_a_wire_agencys_sign_off_is_the_writer_unless_it_is_the_outlet(tmp_path: Path) -> None:
    assert _wire(tmp_path, " — ENA", "The Baltic Courier") == "ENA"
    # ("— VNS" on Việt Nam News: the paper signing its own story names no writer)
    assert _wire(tmp_path, " — VNS", "Viet Nam News") == ""


def test_a_declared_agency_author_is_the_writer(tmp_path: Path) -> None:
    assert _wire(tmp_path, "", "The Baltic Courier", author="QNA") == "QNA"


def test_a_writers_label_in_the_pages_language_in_a_signature_block(tmp_path: Path) -> None:
    foot = "<div class='signature'>Texte : Bảo Ngọc/Lumière<br>Photos : Anh Tú</div>"
    page = _html("", "").replace("</body>", f"{foot}</body>")
    assert _page(tmp_path, page).author == "Bảo Ngọc"


def test_a_labelled_writer_under_a_notes_title_is_its_author(tmp_path: Path) -> None:
    text = (
        "VIỆN NGHIÊN CỨU BIỂN\nSố: 12/VNCB\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 5 tháng 3 năm 2025\nTHÔNG TIN CHUYÊN ĐỀ\n"
        "Hợp tác nghề cá giữa hai nước\n"
        "Người viết: TS. Phan Minh Khuê, Phòng Nghiên cứu Chính sách - Pháp luật\n" + _BODY_VI
    )
    assert _text(tmp_path, text).metadata.author == "Phan Minh Khuê"


def test_a_name_in_capitals_dashed_to_whose_organ_it_is_names_the_outlet(
    tmp_path: Path,
) -> None:
    text = "KIỂM TOÁN — Cơ quan của Kiểm toán Nhà nước\nQuốc tế > Hợp tác\n\n" + (
        "HAI NƯỚC THÚC ĐẨY HỢP TÁC KIỂM TOÁN CÔNG\n\n" + _BODY_VI
    )
    assert _text(tmp_path, text).metadata.outlet.casefold() == "kiểm toán"


def test_a_place_in_capitals_beside_a_stamp_under_the_headline_is_no_writer(
    tmp_path: Path,
) -> None:
    row = "<div class='meta-x'>NEW DELHI | 04.11.2025 - Update : 05.11.2025</div>"
    assert _page(tmp_path, _html("", row)).author == ""


def test_a_sites_generic_account_declared_in_capitals_is_no_writer(tmp_path: Path) -> None:
    assert _wire(tmp_path, "", "The Baltic Courier", author="ADMIN") == ""


def test_a_speakers_office_before_the_name_under_the_headline_is_no_part_of_it(
    tmp_path: Path,
) -> None:
    row = "<div class='speaker'>Minister of State Orla Byrne</div><div>Trade Promotion</div>"
    assert _page(tmp_path, _html("", row)).author == "Orla Byrne"


def test_a_title_whose_section_is_a_link_in_a_row_of_links_names_the_site(
    tmp_path: Path,
) -> None:
    page = (
        "<html><head><title>Tin hoạt động - Viện Hải dương học Miền Nam</title></head><body>"
        "<div class='top'><a>Trang chủ</a> <a>Tin hoạt động</a> <a>Đào tạo</a></div>"
        "<h2 class='entry-title'>Viện đón đoàn chuyên gia Na Uy về nghiên cứu biển</h2><p>"
        + _BODY_VI.replace("\n\n", "</p><p>")
        + "</p></body></html>"
    )
    assert _page(tmp_path, page).outlet == "Viện Hải dương học Miền Nam"


def test_one_word_after_a_bylines_full_name_is_its_outlet(tmp_path: Path) -> None:
    text = (
        "Estonia and Vietnam widen digital trade\n\nBy Kadri Tamm, Balticwire\n\n"
        "Tallinn trade officials said the forum drew 60 companies from both countries.\n\n"
        "Two-way trade between Vietnam and Estonia reached US$310 million in 2024.\n\n"
        "The two sides agreed to meet again in Hanoi next spring.\n"
    )
    meta = _text(tmp_path, text).metadata
    assert meta.author == "Kadri Tamm" and meta.outlet == "Balticwire"


def test_an_agencys_initials_after_a_spaced_hyphen_sign_off_the_text(tmp_path: Path) -> None:
    assert _wire(tmp_path, " - ENA", "The Baltic Courier") == "ENA"


def test_a_headline_run_into_a_byline_in_the_bodys_size_is_parted() -> None:
    rows = [
        (14.0, "Ministers review the"),
        (14.0, "five-year trade plan"),
        (10.5, "LÊ HOÀNG YẾN"),
        (10.5, "The plan was agreed by both ministers on Monday"),
        (10.5, "after two days of talks in the capital."),
    ]
    body = "The plan was agreed by both ministers on Monday after two days of talks in the capital."
    text = f"Ministers review the five-year trade plan LÊ HOÀNG YẾN\n\n{body}"
    assert mark_sizes(text, rows).split("\n\n") == [
        LARGE + "Ministers review the five-year trade plan",
        "LÊ HOÀNG YẾN",
        body,
    ]


def test_a_one_page_prints_title_part_names_the_site_its_address_spells(
    tmp_path: Path,
) -> None:
    from benchmarks.corpus import build_pdf

    spec = {
        "columns": 1,
        "print_header": "5/6/25, 3:10 PM   Ports accord signed | Ministry of Harbours",
        "print_footer": "https://www.harbours.gov.xx/news/ports-accord   1/1",
        "blocks": [{"h": "Ports accord signed"}, *({"p": p} for p in _BODY_VI.split("\n\n"))],
    }
    out = tmp_path / "printed.pdf"
    build_pdf(spec, out)
    assert analyse(out).metadata.outlet == "Ministry of Harbours"


def test_a_bylines_post_after_the_name_is_no_part_of_it(tmp_path: Path) -> None:
    text = (
        "Estonia and Vietnam widen digital trade\n\nBy Kadri Tamm, Second Secretary\n\n"
        "Tallinn trade officials said the forum drew 60 companies from both countries.\n\n"
        "Two-way trade between Vietnam and Estonia reached US$310 million in 2024.\n"
    )
    assert _text(tmp_path, text).metadata.author == "Kadri Tamm"


def test_a_notes_drafter_is_its_author(tmp_path: Path) -> None:
    text = (
        "Hợp tác nghề cá giữa hai nước trong bối cảnh mới\n\n"
        "Người soạn thảo: Vũ Thanh Mai, Phòng Châu Âu - Châu Mỹ\n\n" + _BODY_VI
    )
    assert _text(tmp_path, text).metadata.author == "Vũ Thanh Mai"


def test_a_city_beside_a_stamp_under_the_headline_is_a_datelines_place(tmp_path: Path) -> None:
    assert _page(tmp_path, _html("", "<div>Kuala Lumpur | 04/03/2025</div>")).author == ""


def test_posted_by_and_written_by_rows_name_the_writer(tmp_path: Path) -> None:
    posted = _html("", "<p class='x'>Posted by Liis Org on 4 March 2025</p>")
    assert _page(tmp_path, posted).author == "Liis Org"
    written = _html("", "<div>Written by: Liis Org</div>")
    assert _page(tmp_path, written).author == "Liis Org"


def test_a_title_with_a_menu_section_between_headline_and_site_is_parted(
    tmp_path: Path,
) -> None:
    page = (
        "<html><head><title>Estonia and Vietnam widen digital trade - Business - Tallinn Post"
        "</title></head><body><nav><a>Home</a><a>Business</a><a>World</a></nav>"
        + _BODY_EN
        + "</body></html>"
    )
    meta = _page(tmp_path, page)
    assert meta.title == "Estonia and Vietnam widen digital trade"
    assert meta.outlet == "Tallinn Post"


def test_a_title_that_is_the_site_name_alone_gives_way_to_the_first_heading(
    tmp_path: Path,
) -> None:
    page = (
        "<html><head><title>Tallinn Post</title></head><body>"
        "<h1><img class='logo' alt='Tallinn Post' src='/logo.png'></h1>"
        "<h2>Estonia and Vietnam widen digital trade</h2>" + _BODY_EN + "</body></html>"
    )
    assert _page(tmp_path, page).title == "Estonia and Vietnam widen digital trade"
