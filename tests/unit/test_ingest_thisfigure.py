"""A figure told as "this figure" of the one before it ("…; trong 10 tháng đầu năm 2025, con
số này đạt 1,7 tỷ USD"): filed under that figure's metric in its own period, and stated with
that figure's subject, so a brief's line never reads "con số này đạt 1,7 tỷ USD" alone."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.thisfigure import refers_back, restated, subject_of
from tests.cli import run_briefer


def _figures(body: str, lang: str = "vi") -> list[tuple[str, float | None, str, str, str]]:
    meta = Metadata(language=lang, published_on="2025-11-20")
    return [
        (c.metric, c.value, c.period, c.statement_vi, c.statement_en)
        for c in find_candidates(body, meta)
        if c.kind == "figure" and c.unit != "%"
    ]


def test_next_sentence_takes_the_metric_and_the_subject() -> None:
    body = (
        "Năm 2024, kim ngạch thương mại song phương Việt Nam - Chile đạt 1,8 tỷ USD. "
        "Trong 10 tháng đầu năm 2025, con số này đạt 1,7 tỷ USD, tăng 12% so với cùng kỳ."
    )
    first, second = _figures(body)
    assert first[:3] == ("trade.total", 1.8e9, "2024")
    assert second[:3] == ("trade.total", 1.7e9, "2025-01..2025-10")
    assert second[3].startswith(
        "Trong 10 tháng đầu năm 2025, kim ngạch thương mại song phương Việt Nam - Chile đạt "
        "1,7 tỷ USD"
    )
    assert "con số này" not in second[3]


def test_same_sentence_after_a_growth_rate() -> None:
    body = (
        "Năm 2024, kim ngạch thương mại hai chiều Việt Nam - Hy Lạp đạt 432 triệu USD, tăng 15% "
        "so với năm 2023; trong quý I/2025, con số này đạt 118 triệu USD."
    )
    _, quarter = _figures(body)
    assert quarter[:3] == ("trade.total", 1.18e8, "2025-01..2025-03")
    assert quarter[3] == (
        "Trong quý I/2025, kim ngạch thương mại hai chiều Việt Nam - Hy Lạp đạt 118 triệu USD."
    )


def test_one_way_flow_and_sentence_opening_pointer() -> None:
    body = (
        "Năm 2024, xuất khẩu của Việt Nam sang Peru đạt 500 triệu USD.\n\n"
        "Con số này là 420 triệu USD trong 9 tháng đầu năm 2025."
    )
    _, nine = _figures(body)
    assert nine[:3] == ("trade.exports", 4.2e8, "2025-01..2025-09")
    assert nine[3].startswith("Xuất khẩu của Việt Nam sang Peru là 420 triệu USD")


def test_english_the_figure_stood_at() -> None:
    body = (
        "Bilateral trade between Vietnam and Chile reached US$1.8 billion in 2024. "
        "In the first ten months of 2025, the figure stood at US$1.7 billion."
    )
    _, ten = _figures(body, "en")
    assert ten[:3] == ("trade.total", 1.7e9, "2025-01..2025-10")
    assert ten[4] == (
        "In the first ten months of 2025, bilateral trade between Vietnam and Chile stood at "
        "US$1.7 billion."
    )
    # a country opening the subject keeps its capital
    assert restated("In 2025, the figure was X.", "Vietnam's exports to Peru") == (
        "In 2025, Vietnam's exports to Peru was X."
    )


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a comparison with the figure, or a part of it: not the figure itself
        ("Some 28,000 tourists came, more than double the figure for 2023", "28,000"),
        ("Exports accounted for USD 140 million of that figure", "USD 140"),
        ("Năm 2024 đạt 1,6 tỷ USD, nhưng con số này vẫn chưa tương xứng", "1,6 tỷ"),
    ],
)
def test_pointing_words_after_the_amount_point_nowhere(text: str, amount: str) -> None:
    assert not refers_back(text, text.index(amount))


def test_far_paragraph_does_not_lend_its_metric() -> None:
    body = (
        "Năm 2024, kim ngạch thương mại song phương Việt Nam - Chile đạt 1,8 tỷ USD.\n\n"
        "Hai bên nhất trí tăng cường hợp tác.\n\n"
        "Hai nước cũng bàn về giáo dục.\n\n"
        "Trong 9 tháng đầu năm 2025, con số này đạt 1,5 tỷ USD."
    )
    assert [f[0] for f in _figures(body)] == ["trade.total", ""]


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        (
            "Năm 2024, kim ngạch thương mại Việt Nam - Chile đạt ",
            "kim ngạch thương mại Việt Nam - Chile",
        ),
        (
            "Trong đó, xuất khẩu của Việt Nam sang Peru đạt khoảng ",
            "xuất khẩu của Việt Nam sang Peru",
        ),
        ("Bilateral trade reached ", "Bilateral trade"),
        ("Xuất khẩu của Việt Nam sang Chile năm 2024 đạt ", "Xuất khẩu của Việt Nam sang Chile"),
        ("Peru's exports to Vietnam in 2024 totalled ", "Peru's exports to Vietnam"),
        ("Nhập khẩu từ Chile trong 9 tháng năm 2025 đạt ", "Nhập khẩu từ Chile"),
        # (a year opening the clause without a comma: an untuned Báo Đồng Nai page)
        (
            "Theo Đại sứ, năm 2024 thương mại song phương Việt Nam - Ireland đạt khoảng ",
            "thương mại song phương Việt Nam - Ireland",
        ),
        ("Năm 2024, con số này đạt ", ""),  # (pointing words are no subject)
        ("Năm 2024, đạt ", ""),  # (one word is no noun phrase)
        ("Theo thống kê năm 2024 ", ""),  # (no verb of reaching)
    ],
)
def test_subject_of_a_figure(before: str, subject: str) -> None:
    assert subject_of(before) == subject


ARTICLE = """Việt Nam và Chile thúc đẩy thương mại song phương

Hà Nội, ngày 20 tháng 11 năm 2025

Năm 2024, kim ngạch thương mại song phương Việt Nam - Chile đạt 1,8 tỷ USD. \
Trong 10 tháng đầu năm 2025, con số này đạt 1,7 tỷ USD, tăng 12% so với cùng kỳ.

Hai nước thiết lập quan hệ ngoại giao ngày 25/3/1971.
"""


_run = run_briefer


def test_brief_line_names_what_the_figure_is(tmp_path: Path) -> None:
    store = str(tmp_path / "store.sqlite")
    article = tmp_path / "chile.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _run("init", "--store", store).returncode == 0
    assert _run("import", str(article), "--store", store).returncode == 0
    assert _run("approve", "--pair", "VN-CL", "--all", "--store", store).returncode == 0
    out = tmp_path / "brief.docx"
    exported = _run("export", "--pair", "VN-CL", "--type", "fact-sheet", "--lang", "vi",
                    "--format", "docx", "--out", str(out), "--date", "2025-12-01",
                    "--store", store)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    text += "\n".join(c.text for t in docx.Document(str(out)).tables for r in t.rows
                      for c in r.cells)  # fmt: skip
    # the line says what reached 1,7 tỷ USD, as the officer reads it in the economy section
    assert "kim ngạch thương mại song phương Việt Nam - Chile đạt 1,7 tỷ USD" in " ".join(
        text.split()
    )
    assert "con số này" not in text.casefold()
