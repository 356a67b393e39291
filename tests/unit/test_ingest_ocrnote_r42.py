"""An OCR'd official note: lines broken at every width are joined again, a page number set
between dashes is furniture, and the letterhead's motto in a two-column row is no title."""

from briefer.ingest.hardwrap import unwrap
from briefer.ingest.printmarks import print_stamp
from briefer.ingest.titleguards import past_head_line

_RAGGED_VI = """UBND HUYỆN BÌNH AN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG KINH TẾ              Độc lập - Tự do - Hạnh phúc
Số: 88/BC-PKT              Bình An, ngày 12 tháng 5 năm 2025
     ĐẾN Số: 301
     Chuyển: VP

BÁO CÁO
Tình hình xuất khẩu nông sản của huyện
trong quý I năm 2025

Trong quý I, các doanh nghiệp của huyện
đã xuất khẩu 2.400 tấn hạt điều sang thị trường châu Âu, tăng
nhẹ so với cùng kỳ nhờ giá
thế giới phục hồi.
Hai hợp tác xã đã ký hợp đồng cung ứng
dài hạn với nhà nhập khẩu, mở ra hướng đi
ổn định cho người trồng điều trong
vùng nguyên liệu của huyện.
II. KIẾN NGHỊ
Phòng Kinh tế đề nghị huyện hỗ trợ
kinh phí tham gia hội chợ năm 2026."""

_RAGGED_EN = """The mission visited three processing plants
in the southern province and held talks
with exporters on the quality rules that
apply to cashew kernels shipped to Europe.
The exporters asked for a faster procedure
for phytosanitary certificates, which now
take up to ten working days to be issued
by the provincial office.
RECOMMENDATIONS
The office should publish a checklist of
documents required for each product."""

_WHOLE = """Ghana and Vietnam agree to expand trade in cashew and rice
The two countries signed a memorandum on farm trade on Monday.
Trade reached 500 million USD last year.
www.example.com"""


def test_an_ocr_text_broken_at_every_width_is_joined_vi() -> None:
    text = unwrap(_RAGGED_VI)
    assert (
        "Trong quý I, các doanh nghiệp của huyện đã xuất khẩu 2.400 tấn hạt điều sang thị "
        "trường châu Âu, tăng nhẹ so với cùng kỳ nhờ giá thế giới phục hồi."
    ) in text.split("\n")
    assert "Tình hình xuất khẩu nông sản của huyện trong quý I năm 2025" in text.split("\n")
    # (a heading in capitals stays a line of its own, and the letterhead's rows too)
    assert "II. KIẾN NGHỊ" in text.split("\n")
    assert "BÁO CÁO" in text.split("\n")


def test_an_ocr_text_broken_at_every_width_is_joined_en() -> None:
    lines = unwrap(_RAGGED_EN).split("\n")
    assert lines[0].startswith("The mission visited") and lines[0].endswith("to Europe.")
    assert "RECOMMENDATIONS" in lines


def test_a_text_of_whole_paragraphs_is_left_alone() -> None:
    assert unwrap(_WHOLE) == _WHOLE


def test_a_page_number_between_dashes_is_a_page_mark() -> None:
    assert print_stamp("- 2 -") == "page number"
    assert print_stamp("– 12 –") == "page number"
    assert print_stamp("- 2 triệu USD -") == ""


def test_the_motto_in_a_two_column_row_gives_way_to_the_headline() -> None:
    text = unwrap(_RAGGED_VI)
    title = past_head_line(text, "Độc lập - Tự do - Hạnh phúc")
    assert title == "Tình hình xuất khẩu nông sản của huyện trong quý I năm 2025"


def test_a_decomposed_ocr_text_is_joined_too() -> None:
    import unicodedata

    text = unwrap(unicodedata.normalize("NFD", _RAGGED_VI))
    joined = unicodedata.normalize("NFC", text).split("\n")
    assert "Tình hình xuất khẩu nông sản của huyện trong quý I năm 2025" in joined


_RAGGED_HEADED_EN = """Market overview of the coffee trade
Kenya exported 52,000 tonnes of coffee in the last
season, most of it to Europe, and the board expects a
larger crop next year as new farms come into pro-
duction in the central highlands and the western region.
The ministry will send a trade mission to Hanoi in
March to meet roasters and importers of green coffee,
and it has asked the embassy to help arrange
meetings with the country's largest coffee chains
and with the national coffee association."""


def test_a_heading_in_sentence_case_over_its_paragraph_stays_en() -> None:
    lines = unwrap(_RAGGED_HEADED_EN).split("\n")
    assert lines[0] == "Market overview of the coffee trade"
    assert lines[1].startswith("Kenya exported") and "into production in" in lines[1]


def test_the_motto_in_a_tab_separated_row_gives_way_too() -> None:
    text = (
        "SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-SCT\n\nBÁO CÁO\n"
        "Kết quả xúc tiến thương mại tại thị trường Nam Phi\n\nNgày 3/5, Sở đã làm việc với đoàn."
    )
    title = past_head_line(text, "Độc lập - Tự do - Hạnh phúc")
    assert title == "Kết quả xúc tiến thương mại tại thị trường Nam Phi"
