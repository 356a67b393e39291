"""Round 97: the outlet's pointer to an earlier story of its own under the article leaves
the body; an article's last sentence that opens with "earlier" and names anyone else stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.owntail import own_earlier


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "Earlier, Trend reported that Azerbaijan had opened a trade house in Hanoi.",
            "Trend News Agency",
        ),
        ("Previously, The Jakarta Post wrote that coffee prices had doubled.", "The Jakarta Post"),
        ("Trước đó, Báo Lao Động đã đưa tin về lễ khai trương đường bay mới.", "Báo Lao Động"),
        ("Trước đó, Dân trí đưa tin giá gạo xuất khẩu tăng mạnh.", "Dân trí"),
    ],
)
def test_the_outlets_own_earlier_story_is_a_pointer(line: str, outlet: str) -> None:
    assert own_earlier(line, outlet)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        (
            "Earlier, the minister said the two sides would sign a trade deal in May.",
            "Trend News Agency",
        ),
        ("Earlier, Reuters reported that the talks had stalled over tariffs.", "The Jakarta Post"),
        ("Trước đó, Thủ tướng đã thông tin về kết quả chuyến thăm.", "Báo Lao Động"),
        ("Earlier, Trend reported that Azerbaijan had opened a trade house in Hanoi.", ""),
        # a ministry's or an embassy's own announcement on its own page, a sentence with
        # "có bài", a line with a figure: the article's (review of session 25)
        (
            "Trước đó, Bộ Ngoại giao đã thông tin về việc Thủ tướng sẽ thăm chính thức Chile.",
            "Bộ Ngoại giao",
        ),
        ("Trước đó, Chính phủ đã có bài trả lời chất vấn về xuất khẩu gạo.", "Báo Chính phủ"),
        ("Trước đó, Dân trí đưa tin xuất khẩu gạo sang Chile tăng 20%.", "Dân trí"),
    ],
)
def test_an_earlier_sentence_of_someone_else_is_the_articles(line: str, outlet: str) -> None:
    assert not own_earlier(line, outlet)


_PAGE = """<html lang="en"><head><meta charset="utf-8"><title>Peru, Vietnam to expand coffee
trade | Andina</title><meta property="og:site_name" content="Andina"></head><body>
<header><div class="logo">Andina</div></header>
<h1>Peru, Vietnam to expand coffee trade</h1><div class="date">12 May 2025</div>
<div class="text">
<p>LIMA - Peru and Vietnam agreed on Monday to expand trade in coffee and cocoa, the Peruvian
foreign trade ministry said.</p>
<p>Bilateral trade reached USD 640 million in 2024, up 8 percent from a year earlier.</p>
<p>{last}</p></div></body></html>"""


def test_the_pointer_leaves_the_body_and_the_article_stays(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        _PAGE.format(last="Earlier, Andina reported that Peru had opened a trade office in Lima."),
        encoding="utf-8",
    )
    body = analyse(path).cleaned.body
    assert "trade office" not in body
    assert "Bilateral trade reached USD 640 million" in body


def test_a_last_sentence_opening_with_earlier_stays(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    last = "Earlier, the minister said both sides would sign a coffee protocol in June."
    path.write_text(_PAGE.format(last=last), encoding="utf-8")
    assert last in analyse(path).cleaned.body
