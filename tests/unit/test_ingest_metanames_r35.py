"""Office names in short, an authors' box under its label, a wiki's last-edited day, a
page's media buttons as no byline (round 35)."""

from briefer.ingest.authorbox import box_writers
from briefer.ingest.bylinenoise import is_share_row
from briefer.ingest.editedday import last_edited_day
from briefer.ingest.officeplace import plain_office


def test_mission_abroad_in_its_country_short_name() -> None:
    assert plain_office("Thương vụ Việt Nam tại vương quốc hà lan - Bộ Công Thương") == (
        "Thương vụ Việt Nam tại Hà Lan"
    )
    assert plain_office("Đại sứ quán Việt Nam tại cộng hòa hồi giáo pakistan thông báo") == (
        "Đại sứ quán Việt Nam tại Pakistan"
    )
    assert plain_office("Trade Office of Viet Nam in the Kingdom of Sweden and Norway") == (
        "Trade Office of Viet Nam in Sweden"
    )


def test_short_names_and_cities_stay() -> None:
    assert plain_office("Thương vụ Việt Nam tại Hà Lan") == ""
    assert plain_office("Đại sứ quán Việt Nam tại Cộng hòa Séc") == ""
    assert plain_office("Trade Office of Viet Nam in Italy") == ""
    assert plain_office("Tổng Lãnh sự quán Việt Nam tại Thượng Hải") == ""
    assert plain_office("Cục Xúc tiến thương mại - Bộ Công Thương") == ""


def test_member_association_without_its_federation() -> None:
    long = "Hội Hữu nghị Việt Nam - Nhật Bản - Liên hiệp Các tổ chức hữu nghị tỉnh Huế"
    assert plain_office(long) == "Hội Hữu nghị Việt Nam - Nhật Bản tỉnh Huế"
    assert plain_office("Hiệp hội Gỗ X - Liên đoàn Y") == "Hiệp hội Gỗ X"


def test_authors_box_lists_the_writers_under_its_label() -> None:
    text = "Tiêu đề\nTÁC GIẢ\n\nPGS.TS. Lê Văn An ThS. Trần Thị Bình Nhóm Chính sách\n\nThân bài."
    assert box_writers("Tác Giả", text) == "Lê Văn An, Trần Thị Bình"
    text_en = "Brief\nAUTHORS\nDr. Jane Roe\nProf. John Doe\nTrade Policy Team\nBody."
    assert box_writers("Authors", text_en) == "Jane Roe, John Doe"


def test_a_real_writer_or_a_box_of_no_persons_is_left() -> None:
    assert box_writers("Lê Văn An", "TÁC GIẢ\nTS. Lê Văn An") == ""
    assert box_writers("Tác giả", "TÁC GIẢ\nNhóm nghiên cứu chính sách\n") == ""


def test_wiki_last_edited_line_gives_the_day() -> None:
    assert last_edited_day(
        "Trang này được sửa đổi lần cuối vào ngày 2 tháng 3 năm 2026, lúc 9:10."
    ) == ("2026-03-02")
    assert (
        last_edited_day("This page was last edited on 7 May 2025, at 11:02 (UTC).") == "2025-05-07"
    )
    assert last_edited_day("Truy cập ngày 2 tháng 3 năm 2026.") == ""


def test_media_and_print_buttons_are_no_byline() -> None:
    assert is_share_row("Watch Video Print Share")
    assert is_share_row("Nghe Xem In")
    assert not is_share_row("Watch Nguyen")


def test_plain_by_row_names_its_writer_without_the_post() -> None:
    from briefer.ingest.byrow import by_row_name, name_core

    assert by_row_name("By Maria van der Berg, Trade Adviser") == "Maria van der Berg"
    assert name_core("Maria van der Berg") == "Maria Berg"
    assert by_row_name("Bởi Trần Văn An - phóng viên") == "Trần Văn An"
    assert by_row_name("The mission was led by the minister.") == ""
