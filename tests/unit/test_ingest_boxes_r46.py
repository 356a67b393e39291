"""Body rules of r46: a box of milestones under or beside a story stays as its facts; a
printed fact box's Vietnamese labels and a panel's next heading leave with the box; a page's
lead in an element whose class abbreviates "description" ("…-desc") is article text."""

from briefer.ingest.boxheads import box_headings
from briefer.ingest.chronology import chronology_entry, chronology_rows
from briefer.ingest.clean import clean
from briefer.ingest.typesize import LARGE, SMALL
from briefer.ingest.webpage import read_webpage
from tests.prose import AFTER, BEFORE, VI_AFTER, VI_BEFORE


def test_a_dated_entry_is_a_date_a_colon_and_an_event_in_words() -> None:
    assert chronology_entry("12/5/1968: Thiết lập quan hệ ngoại giao")
    assert chronology_entry("3/2019: Đối tác toàn diện")
    assert chronology_entry("Năm 2001: Ký Hiệp định thương mại")
    assert chronology_entry("1998: Diplomatic relations established")
    assert chronology_entry("June 2016: Comprehensive partnership signed")
    # (a table's row, a timestamp, a news list's dated entry, a sentence)
    assert not chronology_entry("2023: 13.400")
    assert not chronology_entry("08/10/2025 - 19:05")
    assert not chronology_entry("14/6/2025 - Hai nước ký biên bản ghi nhớ")
    assert not chronology_entry("The ministers met in 2019: a turning point.")


def test_only_a_run_of_dated_entries_is_a_chronology() -> None:
    texts = ["Mốc quan hệ", "1994: Thiết lập quan hệ", "2010: Đối tác chiến lược", "Quảng cáo"]
    assert chronology_rows(texts) == {1, 2}
    assert chronology_rows(["2019: Năm của thương mại số", "Giá vàng hôm nay"]) == set()


def test_a_box_of_milestones_under_the_story_stays() -> None:
    head = "Tỉnh Mẫu mở rộng hợp tác nông nghiệp\n\n"
    text = (
        f"{head}{VI_BEFORE}\n\n{VI_AFTER}\n\nMốc quan hệ\n\n12/5/1968: Thiết lập quan hệ "
        "ngoại giao\n\n2009: Đối tác chiến lược\n\nGiá cà phê hôm nay tăng mạnh\n\n"
        "Thời tiết miền Bắc chuyển lạnh"
    )
    body = clean(text).body
    assert "12/5/1968: Thiết lập quan hệ ngoại giao" in body
    assert "2009: Đối tác chiến lược" in body
    assert "Thời tiết miền Bắc chuyển lạnh" not in body  # (the other stories still leave)
    english = (
        f"Sampleland trade grows\n\n{BEFORE}\n\n{AFTER}\n\nKey dates\n\n"
        "1995: Diplomatic relations established\n\n2018: Strategic partnership\n\n"
        "Coffee prices hit a record\n\nStorms close northern ports"
    )
    body = clean(english).body
    assert "1995: Diplomatic relations established" in body
    assert "2018: Strategic partnership" in body
    assert "Storms close northern ports" not in body


def test_a_milestone_box_in_small_print_stays() -> None:
    text = (
        f"Sampleland trade grows\n\n{BEFORE}\n\n{AFTER}\n\n{SMALL}1995: Diplomatic relations"
        f" established\n\n{SMALL}2018: Strategic partnership\n\n{SMALL}Hotline: 1900 0000"
    )
    body = clean(text).body
    assert "1995: Diplomatic relations established" in body
    assert "2018: Strategic partnership" in body
    assert "Hotline" not in body


def test_a_fact_box_with_vietnamese_labels_leaves_with_its_heading() -> None:
    paragraphs = [
        VI_BEFORE,
        LARGE + "Nhập khẩu từ Nước Mẫu 9 tháng",
        SMALL + "Thiết bị, phụ tùng máy:",
        SMALL + "2,4 tỷ USD",
        SMALL + "Sắt thép: 310 triệu",
        SMALL + "USD",
        VI_AFTER,
    ]
    out = box_headings(paragraphs, SMALL, LARGE)
    assert out[1] == SMALL + "Nhập khẩu từ Nước Mẫu 9 tháng"
    assert out[0] == VI_BEFORE and out[-1] == VI_AFTER


def test_a_panels_next_heading_leaves_with_its_box() -> None:
    paragraphs = [
        BEFORE,
        LARGE + "Sampleland at a glance",
        SMALL + "Capital: Port Sample",
        SMALL + "Ties since: 1994",
        LARGE + "Data source",
        SMALL + "Customs Office, Ministry",
        SMALL + "of Finance",
        AFTER,
        LARGE + "Outlook",
        SMALL + "Prices may rise again",
        VI_AFTER,
    ]
    out = box_headings(paragraphs, SMALL, LARGE)
    assert out[4] == SMALL + "Data source"
    # (a body paragraph ends the panel: a heading further down keeps its size)
    assert out[8] == LARGE + "Outlook"


def _page(lead_class: str) -> bytes:
    return f"""<html><head><title>Rice trade grows</title></head><body>
<h1>Rice trade grows</h1>
<div class="{lead_class}">Hai bên nhất trí nâng kim ngạch thương mại song phương lên 2 tỷ USD.</div>
<div class="article-content"><p>{VI_BEFORE}</p><p>{VI_AFTER}</p><p>{BEFORE}</p></div>
</body></html>""".encode()


def test_a_lead_whose_class_abbreviates_description_is_article_text() -> None:
    text = read_webpage(_page("article-detail-desc"), "a.html").text
    assert "Hai bên nhất trí nâng kim ngạch" in text
    assert text.index("Hai bên nhất trí") < text.index(VI_BEFORE)
    assert "Hai bên nhất trí" not in read_webpage(_page("article-detail-box"), "b.html").text
