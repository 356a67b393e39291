"""A fact sheet's "label: value" rows under its title stay in the body (r28)."""

from briefer.ingest.clean import clean
from briefer.ingest.factsheet import sheet_rows


def test_a_run_of_rows_with_figures_is_a_sheet() -> None:
    rows = [
        "A. GENERAL INFORMATION",
        "Official name: Republic of Exampleland",
        "Capital: Port Sample",
        "Population (2024): about 4.2 million",
        "GDP (2024): USD 18 billion",
    ]
    assert sheet_rows(rows) == {1, 2, 3, 4}


def test_a_heads_labelled_cells_are_no_sheet() -> None:
    # (two labelled cells, or three without figures: a page's head, not data)
    assert sheet_rows(["Chuyên mục: Kinh tế", "Tác giả: Minh An"]) == set()
    assert sheet_rows(["Chuyên mục: Kinh tế", "Tác giả: Minh An", "Nguồn: Báo X"]) == set()


def test_clean_keeps_the_sheets_short_rows() -> None:
    text = (
        "THÔNG TIN CƠ BẢN VỀ THỊ TRƯỜNG MẪU\n\n"
        "1. Thông tin chung\n"
        "Tên nước: Cộng hòa Mẫu\n"
        "Thủ đô: Thành phố Mẫu\n"
        "Dân số (2024): khoảng 5,1 triệu người\n"
        "GDP (2024): 20,4 tỷ USD\n"
        "Thiết lập quan hệ ngoại giao với Việt Nam: ngày 10/5/1993\n"
    )
    body = clean(text).body
    assert "Tên nước: Cộng hòa Mẫu" in body
    assert "Thủ đô: Thành phố Mẫu" in body
