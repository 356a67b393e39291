"""A clause cut by a PDF's column or page break is joined again (ingest/pdfjoin.py)."""

from briefer.ingest.pdfjoin import clause_runs_on, numbered_opens
from briefer.ingest.pdflayout import reflow


def test_clause_runs_on() -> None:
    assert clause_runs_on("kim ngạch xuất khẩu đạt 2,4 tỷ USD;", "trong đó gạo chiếm 30%.")
    assert clause_runs_on("exports rose to USD 40 million,", "mostly coffee and pepper.")
    assert clause_runs_on("đoàn công tác làm việc từ ngày 3 đến", "5/6/2025.")
    assert clause_runs_on("the fair runs from 3 May to", "5 May 2025.")
    assert not clause_runs_on("Hai bên ký biên bản ghi nhớ.", "trong đó có hợp tác.")
    assert not clause_runs_on("- xuất khẩu gạo;", "- Nhập khẩu phân bón.")


def test_reflow_joins_across_a_column_break() -> None:
    text = (
        "Trong 9 tháng đầu năm 2025, kim ngạch hai chiều\n"
        "giữa hai nước đạt 640 triệu USD;\n"
        "\n"
        "trong đó xuất khẩu của Việt Nam đạt 410\n"
        "triệu USD, tăng 12% so với cùng kỳ.\n"
        "Đoàn doanh nghiệp sẽ sang làm việc từ ngày\n"
        "12 đến\n"
        "15/3/2026."
    )
    paragraphs = reflow(text).split("\n\n")
    assert any("640 triệu USD; trong đó xuất khẩu" in p for p in paragraphs)
    assert any(p.endswith("từ ngày 12 đến 15/3/2026.") for p in paragraphs)


def test_numbered_heading_under_a_short_line() -> None:

    assert numbered_opens("Keywords: Chile, trade, Pacific", "1. Introduction", short=True)
    assert numbered_opens("Từ khóa: Chile, thương mại", "1. Đặt vấn đề", short=True)
    assert not numbered_opens("quan hệ giữa Việt Nam và", "2. Chile …", short=True)
    assert not numbered_opens("a full line of a paragraph that runs on", "3. May", short=False)
