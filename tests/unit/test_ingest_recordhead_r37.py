"""A record's "Label: value" head cells over its text leave the body; a fact sheet's rows,
which state amounts, stay (r37)."""

from briefer.ingest.clean import clean
from briefer.ingest.found import Line
from briefer.ingest.recordhead import mark_record_head

_TEXT = "Tám tháng đầu năm 2025, lượng nhập khẩu sản phẩm này vào nước Mẫu tăng 18%, trong đó "
_LEAD = _TEXT + "hàng Việt Nam chiếm khoảng 30%."


def test_an_alerts_index_card_leaves_the_body() -> None:
    text = (
        "CẢNH BÁO PHÒNG VỆ THƯƠNG MẠI\n\n"
        "Nước Mẫu điều tra chống bán phá giá thép dây\n\n"
        "Số vụ việc: AD-07-2025\n"
        "Nước điều tra: Cộng hòa Mẫu\n"
        "Sản phẩm: Thép dây (mã HS 7217.10)\n"
        "Tình trạng: Khởi xướng\n\n"
        f"{_LEAD}\n"
    )
    cleaned = clean(text)
    assert (cleaned.title, cleaned.body) == ("Nước Mẫu điều tra chống bán phá giá thép dây", _LEAD)


def test_an_english_case_card_leaves_the_body() -> None:
    text = (
        "Sampleland opens safeguard probe into glass fibre\n\n"
        "Case no.: SG-2025-04\n"
        "Market: Sampleland\n"
        "Product: Glass fibre (HS 7019.12)\n"
        "Risk level: Medium\n\n"
        "Sampleland's trade remedies authority said on Monday that imports of glass fibre "
        "rose 25 percent a year between 2022 and 2024.\n"
    )
    assert clean(text).body == (
        "Sampleland's trade remedies authority said on Monday that imports of glass fibre "
        "rose 25 percent a year between 2022 and 2024."
    )


def test_a_fact_sheets_rows_stay() -> None:
    text = (
        "THÔNG TIN CƠ BẢN VỀ THỊ TRƯỜNG MẪU\n\n"
        "1. Thông tin chung\n"
        "Tên nước: Cộng hòa Mẫu\n"
        "Thủ đô: Thành phố Mẫu\n"
        "Dân số (2024): khoảng 5,1 triệu người\n"
        "GDP (2024): 20,4 tỷ USD\n"
        "Thiết lập quan hệ ngoại giao với Việt Nam: ngày 10/5/1993\n\n"
        f"{_LEAD}\n"
    )
    assert clean(text).body.split("\n\n") == [
        "1. Thông tin chung",
        "Tên nước: Cộng hòa Mẫu",
        "Thủ đô: Thành phố Mẫu",
        "Dân số (2024): khoảng 5,1 triệu người",
        "GDP (2024): 20,4 tỷ USD",
        "Thiết lập quan hệ ngoại giao với Việt Nam: ngày 10/5/1993",
        _LEAD,
    ]


def test_a_sheets_rows_without_amounts_stay_with_those_stating_one() -> None:
    lines = [
        Line("Official name: Republic of Sampleland"),
        Line("Capital: Port Sample"),
        Line("Language: Samplish"),
        Line("Population (2024): about 4.2 million people"),
        Line(
            "Trade between Viet Nam and Sampleland reached US$86 million in 2025, up 9 percent "
            "from a year earlier, customs data show."
        ),
    ]
    mark_record_head(lines)
    assert all(line.kept for line in lines)


def test_the_cells_are_read_only_above_the_text() -> None:
    prose = Line(
        "Ngày 14/10/2025, cơ quan điều tra nước Mẫu thông báo khởi xướng vụ việc điều tra "
        "chống bán phá giá mới đối với thép dây nhập khẩu."
    )
    rows = [Line("Mã vụ việc: SG-01"), Line("Thị trường: Mẫu"), Line("Tình trạng: Khởi xướng")]
    lines = [prose, *rows]
    mark_record_head(lines)
    assert all(line.kept for line in lines)
    lines = [*rows, prose]
    mark_record_head(lines)
    assert [line.reason for line in lines] == ["record head"] * 3 + [""]
