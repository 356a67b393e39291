"""A printed headline wrapped over two rows, run into its first paragraph by the PDF's
paragraph joining, stands apart as the heading. Wording of our own, in both languages."""

from __future__ import annotations

from briefer.ingest.typesize import LARGE, mark_sizes


def test_headline_over_two_rows_run_into_the_first_paragraph_stands_apart() -> None:
    rows = [
        (14.0, "Peru: a small market with"),
        (14.0, "high buying power for coffee"),
        (10.5, "With fewer than two million buyers, the market imports most of its food."),
        (10.5, "Coffee and cashew lead the list of goods from Vietnam."),
    ]
    text = (
        "Peru: a small market with high buying power for coffee With fewer than two million "
        "buyers, the market imports most of its food.\n\n"
        "Coffee and cashew lead the list of goods from Vietnam."
    )
    paragraphs = mark_sizes(text, rows).split("\n\n")
    assert paragraphs[0] == LARGE + "Peru: a small market with high buying power for coffee"
    assert paragraphs[1].startswith("With fewer than two million buyers")
    rows_vi = [
        (14.0, "Peru: Thị trường nhỏ nhưng"),
        (14.0, "sức mua cao cho cà phê"),
        (10.5, "Với dân số không lớn, Peru nhập khẩu phần lớn lương thực và đồ uống."),
        (10.5, "Cà phê và hạt điều dẫn đầu các mặt hàng từ Việt Nam."),
    ]
    text_vi = (
        "Peru: Thị trường nhỏ nhưng sức mua cao cho cà phê Với dân số không lớn, Peru nhập "
        "khẩu phần lớn lương thực và đồ uống.\n\nCà phê và hạt điều dẫn đầu các mặt hàng từ "
        "Việt Nam."
    )
    head = mark_sizes(text_vi, rows_vi).split("\n\n")[0]
    assert head == LARGE + "Peru: Thị trường nhỏ nhưng sức mua cao cho cà phê"


def test_fact_box_heading_over_label_items_leaves_with_its_small_type() -> None:
    from briefer.ingest.boxheads import box_headings
    from briefer.ingest.typesize import SMALL

    paragraphs = [
        LARGE + "Peru: a small market with high buying power",
        "Coffee and cashew lead the list of goods from Vietnam.",
        LARGE + "Fast facts",
        SMALL + "Capital: Lima",
        SMALL + "Currency: Sol (PEN)",
        LARGE + "Liên hệ Thương vụ",
        SMALL + "Điện thoại: +51 1 000 0000",
        SMALL + "Email: pe@example.vn",
        "Đoàn doanh nghiệp sẽ sang Lima vào tháng Năm.",
    ]
    out = box_headings(paragraphs, SMALL, LARGE)
    assert out[0] == paragraphs[0]  # (the article's headline: before its text begins)
    assert out[2] == SMALL + "Fast facts"
    assert out[5] == SMALL + "Liên hệ Thương vụ"


def test_related_box_heading_over_headlines_and_a_byline_keep_their_size() -> None:
    from briefer.ingest.boxheads import box_headings
    from briefer.ingest.typesize import SMALL

    paragraphs = [
        "Coffee and cashew lead the list of goods from Vietnam.",
        LARGE + "MOST READ",
        SMALL + "Lima port expands its container terminal for Asian lines",
        SMALL + "Cusco: Hơn 3.000 ha cà phê được thu hoạch sớm trong vụ mùa năm nay",
    ]
    assert box_headings(paragraphs, SMALL, LARGE) == paragraphs
