"""A paper's byline in capitals under its lead, as a scan or a paste keeps it (r39)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.capsbyline import lead_byline

_VI = """BÁO MẪU CUỐI TUẦN

VIỆT NAM - PERU: MỞ RỘNG HỢP TÁC NÔNG SẢN

Hai nước đang tìm cách đưa kim ngạch thương mại lên mức mới trong những năm tới.

LÊ MINH CHÂU

Tháng trước, đoàn doanh nghiệp Peru đã sang làm việc tại Hà Nội.
"""

_EN = """THE HARBOUR WEEKLY

PERU AND VIETNAM WIDEN FARM TRADE

The two countries want to lift their trade to a new level over the coming years.

ANA TORRES

A Peruvian business delegation visited Hanoi last month.
"""


def test_a_name_in_capitals_under_the_lead() -> None:
    assert lead_byline(_VI, "VIỆT NAM - PERU: MỞ RỘNG HỢP TÁC NÔNG SẢN") == "Lê Minh Châu"
    assert lead_byline(_EN, "PERU AND VIETNAM WIDEN FARM TRADE") == "Ana Torres"


def test_a_heading_or_a_country_under_the_lead_is_no_writer() -> None:
    text = _VI.replace("LÊ MINH CHÂU", "BÁO CÁO")
    assert lead_byline(text, "VIỆT NAM - PERU: MỞ RỘNG HỢP TÁC NÔNG SẢN") == ""
    text = _EN.replace("ANA TORRES", "NEW ZEALAND")
    assert lead_byline(text, "PERU AND VIETNAM WIDEN FARM TRADE") == ""


def test_no_lead_above_no_byline() -> None:
    text = "TITLE OF A PAGE\n\nLÊ MINH CHÂU\n\nBody text follows here.\n"
    assert lead_byline(text, "TITLE OF A PAGE") == ""


def test_an_import_reads_the_byline_as_the_author(tmp_path: Path) -> None:
    for name, text, writer in (("vi.txt", _VI, "Lê Minh Châu"), ("en.txt", _EN, "Ana Torres")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert analyse(path).metadata.author == writer
