"""Outlets and authors that generalise: the outlet table (national, sector and provincial
papers, foreign agencies, former names), papers named by their country, letterheads split
over two lines, an embassy's page, and bylines in their labelled forms. Wording of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest import metadata as meta
from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean
from briefer.ingest.metachoice import Claim, choose_author, choose_outlet, same_outlet
from briefer.ingest.outlet_table import OUTLET_TABLE
from briefer.ingest.outletnames import known_outlet, outlet_of_url, press_name
from briefer.ingest.provinces import PROVINCES

_LEAD = (
    "Sáng 14/4/2025, tại Hà Nội, Thứ trưởng Bộ Ngoại giao đã tiếp Đại sứ Fiji nhân dịp "
    "kết thúc nhiệm kỳ công tác tại Việt Nam."
)
_MORE = (
    "Năm 2024, kim ngạch thương mại giữa Việt Nam và Fiji đạt khoảng 48 triệu USD, tăng 9% "
    "so với năm trước."
)


def test_the_table_holds_well_over_a_hundred_national_outlets_and_every_provinces_paper() -> None:
    names = {name for name, _domains, _aliases in OUTLET_TABLE}
    assert len([n for n in names if not n.startswith(("Báo ", "Đài Phát thanh"))]) > 100
    for province in PROVINCES:
        if province in ("Hà Nội", "TP Hồ Chí Minh"):
            continue
        assert known_outlet(f"Báo {province} điện tử") in (f"Báo {province}", ""), province
    assert known_outlet("Sóc Trăng Online") == "Báo Sóc Trăng"
    assert known_outlet("GLO") == "Báo Gia Lai"  # a web edition's initials
    assert known_outlet("QNO") == ""  # (Quảng Ninh, Quảng Nam, Quảng Ngãi: no one's)
    assert outlet_of_url("https://baosoctrang.org.vn/kinh-te/a-1.html") == "Báo Sóc Trăng"
    assert outlet_of_url("https://www.baocamau.vn/x") == "Báo Cà Mau"
    merged = "Báo và Phát thanh, Truyền hình Gia Lai"  # (2025: by the name its page shows)
    assert known_outlet(merged.upper()) == merged
    assert known_outlet("Đài PT-TH Kon Tum") == "Đài Phát thanh và Truyền hình Kon Tum"


@pytest.mark.parametrize(
    ("written", "outlet"),
    [
        ("KHOA HỌC & PHÁT TRIỂN", "Khoa học & Phát triển"),
        ("baodauthau.vn", "Báo Đấu thầu"),
        ("Báo Bảo hiểm xã hội", "Báo Bảo hiểm xã hội"),
        ("GD&TĐ", "Giáo dục & Thời đại"),
        ("Yonhap News Agency", "Yonhap"),
        ("www.bernama.com", "Bernama"),
        ("Agence Kampuchea Presse", "AKP"),
        ("straitstimes.com", "The Straits Times"),
        ("Tân Hoa xã", "Xinhua"),
    ],
)
def test_sector_papers_and_partner_agencies_are_known(written: str, outlet: str) -> None:
    assert known_outlet(written) == outlet


def test_a_renamed_paper_is_shown_by_the_title_its_page_shows_and_groups_with_todays() -> None:
    old = "Báo Tài nguyên và Môi trường"
    assert same_outlet(old, "nongnghiepmoitruong.vn")
    claims = [Claim(old, 8, "site name"), Claim("Báo Nông nghiệp và Môi trường", 3, "copyright")]
    assert choose_outlet(claims) == old
    assert choose_outlet([Claim("nongnghiepmoitruong.vn", 7, "address")]) == (
        "Báo Nông nghiệp và Môi trường"
    )


@pytest.mark.parametrize(
    ("written", "paper"),
    [
        ("GUYANA CHRONICLE", "Guyana Chronicle"),
        ("The Malta Independent", "The Malta Independent"),
        ("Fiji Sun Online", "Fiji Sun"),
        ("St. Kitts Observer", "St. Kitts Observer"),
        ("Morning Chronicle", ""),
        ("Hợp tác Việt Nam", ""),
    ],
)
def test_a_paper_named_by_its_country_and_a_newspapers_noun(written: str, paper: str) -> None:
    assert press_name(written) == paper


def test_an_unknown_address_groups_with_the_name_the_page_writes_it_with() -> None:
    claims = [Claim("kavanews.to", 8, "site name"), Claim("KAVA NEWS NETWORK", 3, "text 0")]
    assert choose_outlet(claims) == "KAVA NEWS NETWORK"
    assert not same_outlet("kavanews.to", "Daily Mirror")


def test_a_letterhead_split_over_two_lines_is_one_name() -> None:
    text = (
        "HIỆP HỘI CHẾ BIẾN GỖ VÀ\nLÂM SẢN BÌNH DƯƠNG (BIFA)\nSố: 08/HH-BIFA\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Bình Dương, ngày 5 tháng 5 năm 2025\nTHÔNG TIN THỊ TRƯỜNG\n"
        f"Thị trường gỗ Fiji\n{_LEAD}\n{_MORE}"
    )
    outlet = clean(text).metadata.outlet
    assert outlet.casefold().startswith("hiệp hội chế biến gỗ và lâm sản bình dương")
    assert outlet.endswith("Bình Dương")  # (a place in a name set in capitals stays a name)
    # a unit under its parent stays the unit of the parent; a line running on the name above
    # ("KHOA HỌC …", "XÃ HỘI …") joins it
    for head, unit in (
        (
            "BỘ CÔNG THƯƠNG\nTHƯƠNG VỤ VIỆT NAM TẠI FIJI",
            "thương vụ việt nam tại fiji - bộ công thương",
        ),
        ("VIỆN HÀN LÂM KHOA HỌC\nXÃ HỘI VIỆT NAM", "viện hàn lâm khoa học xã hội việt nam"),
    ):
        joined = clean(text.replace("HIỆP HỘI CHẾ BIẾN GỖ VÀ\nLÂM SẢN BÌNH DƯƠNG (BIFA)", head))
        assert joined.metadata.outlet.casefold() == unit
    text = text.replace(
        "HIỆP HỘI CHẾ BIẾN GỖ VÀ\nLÂM SẢN BÌNH DƯƠNG (BIFA)", "BỘ CÔNG THƯƠNG\nVỤ THỊ TRƯỜNG CHÂU Á"
    )
    assert clean(text).metadata.outlet.casefold() == "vụ thị trường châu á - bộ công thương"


def test_an_embassy_named_in_its_pages_title_is_its_outlet(tmp_path: Path) -> None:
    headline = "Tổng Lãnh sự quán tổ chức gặp mặt cộng đồng người Việt dịp Tết"
    page = tmp_path / "tlsq.html"
    page.write_text(
        f"<html><head><title>Tổng Lãnh sự quán Việt Nam tại Osaka :: Tin tức :: {headline}"
        f"</title></head><body><h1>{headline}</h1><p>{_LEAD}</p><p>{_MORE}</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.outlet == "Tổng Lãnh sự quán Việt Nam tại Osaka"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Tin, ảnh: Quế Chi (tổng hợp)", "Quế Chi"),
        ("Text and photos: Lan Huong", "Lan Huong"),
        ("Story by Pham Duy", "Pham Duy"),
        ("Words: Bao Ngoc", "Bao Ngoc"),
        ("Phóng viên: Hữu Tài\nQuay phim: Minh Trí", "Hữu Tài"),
        ("Người biên soạn: Đỗ Thị Hạnh, Phòng Xúc tiến thương mại", "Đỗ Thị Hạnh"),
        ("Pacific Media Group", ""),
        ("Photo and text: Tran Mai", "Tran Mai"),
        ("Do Quyen, VNA correspondent in Suva", "Do Quyen"),
        ("Ảnh: Văn Toàn", ""),
    ],
)
def test_labelled_bylines_at_the_foot_give_the_writer(byline: str, author: str) -> None:
    cleaned = clean(f"Việt Nam và Fiji thúc đẩy hợp tác nghề cá\n{_LEAD}\n{_MORE}\n{byline}")
    assert cleaned.metadata.author == author


def test_a_media_group_or_company_is_never_the_author() -> None:
    assert choose_author("Island News Media Group", "") == ""
    assert choose_author("", "Công ty CP Truyền thông Sao Mai") == ""
    assert choose_author("Hồng Nhung", "Sunrise Publishing Ltd") == "Hồng Nhung"
    assert choose_author("Bảo Trâm", "admin") == "Bảo Trâm"  # a site's account is no writer
    assert choose_author("", "Ban biên tập") == choose_author("", "Yonhap") == ""
    assert meta.author_of("Bài: Trần Vũ") == "Trần Vũ"


def test_a_long_known_outlet_in_brackets_before_the_lead_is_the_outlet_and_leaves_the_lead() -> (
    None
):
    cleaned = clean(
        f"Việt Nam và Fiji hợp tác nghề cá\n(Tạp chí Quốc phòng toàn dân) - {_LEAD}\n{_MORE}"
    )
    assert cleaned.metadata.outlet == "Tạp chí Quốc phòng toàn dân"
    assert cleaned.paragraphs[0].startswith("Sáng 14/4/2025")


def test_a_bare_domain_over_the_headline_names_the_site_by_the_tables_name_or_itself() -> None:
    for domain, outlet in (
        ("baodauthau.vn", "Báo Đấu thầu"),
        ("fijinewsroom.fj", "fijinewsroom.fj"),
    ):
        cleaned = clean(f"{domain}\nViệt Nam và Fiji hợp tác nghề cá\n{_LEAD}\n{_MORE}")
        assert cleaned.metadata.outlet == outlet
        assert domain not in cleaned.body


def test_theo_names_an_outlet_opening_on_a_marked_capital_and_a_degree_is_no_name() -> None:
    cleaned = clean(f"Việt Nam và Fiji hợp tác nghề cá\n{_LEAD}\n{_MORE}\nTheo Ủy ban Dân tộc")
    assert cleaned.metadata.outlet == "Ủy ban Dân tộc"
    cleaned = clean(
        f"Việt Nam và Fiji hợp tác nghề cá\nTác giả: PGS.TS. Lê Minh Hải\n{_LEAD}\n{_MORE}"
    )
    assert cleaned.metadata.author == "Lê Minh Hải"


def test_a_printed_page_whose_header_is_its_domain_alone(tmp_path: Path) -> None:
    from benchmarks.corpus import build_pdf

    spec = {
        "columns": 1,
        "print_header": "baobaohiemxahoi.vn",
        "print_footer": "Trang {page}/{pages}",
        "blocks": [{"h": "Việt Nam và Fiji hợp tác nghề cá"}, {"p": _LEAD}, {"p": _MORE}],
    }
    build_pdf(spec, tmp_path / "in.pdf")
    assert analyse(tmp_path / "in.pdf").metadata.outlet == "Báo Bảo hiểm xã hội"


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        ("ĐẠI SỨ QUÁN VIỆT NAM TẠI CỘNG HÒA ÁO", "Đại sứ quán Việt Nam tại Cộng Hòa Áo"),
        (
            "Tổng Lãnh sự quán Việt Nam tại Vladivostok",
            "Tổng Lãnh sự quán Việt Nam tại Vladivostok",
        ),
        (
            "Embassy of the Socialist Republic of Viet Nam in the Kingdom of Tonga",
            "Embassy of the Socialist Republic of Viet Nam in the Kingdom of Tonga",
        ),
    ],
)
def test_an_embassys_name_over_the_headline_is_the_outlet(top: str, outlet: str) -> None:
    cleaned = clean(f"{top}\nĐại sứ dự lễ khai trương văn phòng xúc tiến\n{_LEAD}\n{_MORE}")
    assert cleaned.metadata.outlet.casefold() == outlet.casefold()
    assert cleaned.title == "Đại sứ dự lễ khai trương văn phòng xúc tiến"


def test_a_partner_agency_after_a_place_and_a_day_opens_the_lead() -> None:
    lead = f"SUVA, 14/4 (Antara) - {_LEAD}"
    assert clean(f"Việt Nam và Fiji thúc đẩy hợp tác nghề cá\n{lead}\n{_MORE}").metadata.outlet == (
        "Antara"
    )
