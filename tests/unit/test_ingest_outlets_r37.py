"""Outlet signals of r37: a domain's figures spelled in the site's name, a page's Dublin
Core creator, a provincial paper and its merged 2025 body as one outlet, a unit's masthead
over its parent's name."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.domainspell import spelled_domains
from briefer.ingest.metachoice import Claim, choose_outlet, same_outlet


def test_domain_figures_spelled() -> None:
    assert spelled_domains("2chieu.vn") == ["haichieu.vn", "twochieu.vn"]
    assert spelled_domains("example.com") == []
    assert spelled_domains("20251234.com") == []


def test_name_spelling_a_figure_of_its_domain_is_the_site() -> None:
    assert same_outlet("3mien.vn", "Tạp chí Ba Miền")
    assert same_outlet("7seas.com", "Seven Seas")
    assert not same_outlet("3mien.vn", "Tạp chí Bốn Phương")


def test_shown_name_beats_its_bare_domain() -> None:
    claims = [
        Claim("3mien.vn", 6, "title part"),
        Claim("3mien.vn", 4, "logo"),
        Claim("Tạp chí điện tử Ba Miền", 3, "copyright"),
    ]
    assert choose_outlet(claims, "vi") == "Tạp chí điện tử Ba Miền"


def test_dublin_core_creator_names_the_agency() -> None:
    import lxml.html

    from briefer.ingest.dublincore import dublin_core_body

    page = lxml.html.fromstring(
        '<html><head><meta name="DC.Creator" content="corporateName=Ministry of Fisheries;'
        ' address=1 Wharf St"></head><body><p>x</p></body></html>'
    )
    assert dublin_core_body(page) == "Ministry of Fisheries"
    person = lxml.html.fromstring(
        '<html><head><meta name="dcterms.creator" content="Jane Roe"></head>'
        "<body><p>x</p></body></html>"
    )
    assert dublin_core_body(person) == ""


def test_dublin_core_creator_is_the_outlet_of_a_government_page() -> None:
    from briefer.ingest.webpage import read_webpage

    html = (
        "<html><head><title>Trade talks open | Government of Examplia</title>"
        '<meta name="dcterms.creator" content="Department of Trade and Industry"></head>'
        "<body><h1>Trade talks open</h1><p>Trade talks between the two countries opened in "
        "the capital on Monday, officials said.</p></body></html>"
    )
    page = read_webpage(html.encode(), "x.html")
    assert ("publisher", "Department of Trade and Industry") in page.site_claims


def test_provincial_paper_and_its_merged_body_are_one_outlet() -> None:
    from briefer.ingest.mergedpaper import merged_pair

    assert merged_pair("Báo Sơn La", "Báo và Phát thanh, Truyền hình Sơn La")
    assert not merged_pair("Báo Sơn La", "Báo và Phát thanh, Truyền hình Lai Châu")
    assert not merged_pair("Báo Sơn La", "Báo Lai Châu")


def test_merged_masthead_beats_the_former_address() -> None:
    claims = [
        Claim("Báo Sơn La", 7, "address"),
        Claim("Báo và Phát thanh, Truyền hình Sơn La", 7.0, "text 0"),
    ]
    assert choose_outlet(claims, "vi") == "Báo và Phát thanh, Truyền hình Sơn La"


def test_unit_masthead_over_its_parent_line() -> None:
    from briefer.ingest.officemast import masthead_office

    text = (
        "TRUNG TÂM HỖ TRỢ XUẤT KHẨU\nHiệp hội Doanh nghiệp Cơ khí\nTrang chủ   Tin tức\n\n"
        "Tiêu đề bài\n\nNội dung bài viết.\n\nTrung tâm Hỗ trợ Xuất khẩu\n"
    )
    assert masthead_office(text, "Hiệp hội Doanh nghiệp Cơ khí") == "Trung tâm Hỗ trợ Xuất khẩu"
    english = "EXPORT HELP CENTRE\nChamber of Industry\nHome | News | About\n\nTitle\n"
    assert masthead_office(english, "Chamber of Industry") == "Export help centre"
    # (a paper's masthead and the body owning it: no unit's kind, no unit)
    paper = "DOANH NGHIỆP MỚI\nHiệp hội Doanh nghiệp Cơ khí\n\nTiêu đề\n"
    assert masthead_office(paper, "Hiệp hội Doanh nghiệp Cơ khí") == ""


def test_title_part_that_is_a_breadcrumb_step_is_no_site() -> None:
    import lxml.html

    from briefer.ingest.sectionpart import site_beside_section

    page = lxml.html.fromstring(
        "<html><head><title>Cổng thông tin điện tử tỉnh Mường Hoa - Tin tức</title></head>"
        "<body><div>Trang chủ &gt; Hoạt động chỉ đạo điều hành &gt; Tin tức</div>"
        "<h1>Hội nghị xúc tiến thương mại</h1><p>Nội dung.</p></body></html>"
    )
    assert site_beside_section("Tin tức", page) == "Cổng thông tin điện tử tỉnh Mường Hoa"
    plain = lxml.html.fromstring(
        "<html><head><title>Hội nghị xúc tiến thương mại - Báo Mường Hoa</title></head>"
        "<body><div>Home &gt; News</div><h1>Hội nghị xúc tiến thương mại</h1></body></html>"
    )
    assert site_beside_section("Báo Mường Hoa", plain) == ""
    # (a long part is a headline, even one the <h1> words otherwise)
    long_title = lxml.html.fromstring(
        "<html><head><title>Hai tỉnh ký biên bản hợp tác về thương mại và du lịch giai đoạn "
        "mới - Tin tức</title></head><body><div>Trang chủ &gt; Tin tức</div>"
        "<h1>Ký biên bản hợp tác</h1></body></html>"
    )
    assert site_beside_section("Tin tức", long_title) == ""


_SEA_BODY = (
    "<h1>Xuất khẩu thủy sản sang Nhật Bản tăng mạnh</h1><p>Năm 2025, xuất khẩu thủy sản của "
    "Việt Nam sang Nhật Bản đạt 1,6 tỷ USD, tăng 12% so với năm 2024.</p>"
    "<p>Hai bên đang bàn mở rộng hợp tác.</p>"
)


def test_a_site_named_by_its_domain_and_its_spelled_name_is_read_by_the_name(
    tmp_path: Path,
) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Xuất khẩu thủy sản sang Nhật Bản tăng mạnh | 3mien.vn</title>"
        '<meta property="og:url" content="https://3mien.vn/xuat-khau-thuy-san.html"></head>'
        f'<body><div class="logo"><a href="/">3mien.vn</a></div>{_SEA_BODY}'
        "<footer>© Tạp chí điện tử Ba Miền. Giấy phép số 12/GP-BTTTT.</footer></body></html>",
        encoding="utf-8",
    )
    assert analyse(path).metadata.outlet == "Tạp chí điện tử Ba Miền"


def test_a_government_page_is_published_by_its_dublin_core_creator(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Trade talks open | Government of Examplia</title>"
        '<meta name="dcterms.creator" content="Department of Trade and Industry"></head>'
        "<body><h1>Trade talks open</h1><p>Trade talks between Examplia and Viet Nam opened "
        "in the capital on Monday, officials said. Trade reached 2 billion USD in 2025.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    meta = analyse(path).metadata
    assert (meta.outlet, meta.title) == ("Department of Trade and Industry", "Trade talks open")
