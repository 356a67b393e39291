"""A headline's row in large type whose words also open an article line in the body's size:
the article line stays whole (it is the body's cell, which runs longer)."""

from briefer.ingest.typesize import LARGE, mark_sizes

BODY = 10.0
HEAD = 18.0


def _cells(large: list[str], plain: list[str]) -> list[tuple[float, str]]:
    return [(HEAD, t) for t in large] + [(BODY, t) for t in plain]


def test_an_article_line_opening_with_a_headline_rows_words_stays_whole() -> None:
    cells = _cells(
        ["Bộ trưởng Ngoại giao Lê", "Minh Khôi thăm Brazil"],
        [
            "Bộ trưởng Ngoại giao Lê Minh Khôi",
            "đang ở Brasília từ ngày 3 đến 5/6, theo lời",
            "mời của Ngoại trưởng Brazil.",
        ],
    )
    text = (
        "Bộ trưởng Ngoại giao Lê Minh Khôi thăm Brazil\n\n"
        "Bộ trưởng Ngoại giao Lê Minh Khôi đang ở Brasília từ ngày 3 đến 5/6, theo lời "
        "mời của Ngoại trưởng Brazil."
    )
    head, body = mark_sizes(text, cells).split("\n\n")
    assert head == LARGE + "Bộ trưởng Ngoại giao Lê Minh Khôi thăm Brazil"
    assert body == (
        "Bộ trưởng Ngoại giao Lê Minh Khôi đang ở Brasília từ ngày 3 đến 5/6, theo lời "
        "mời của Ngoại trưởng Brazil."
    )


def test_a_heading_run_into_the_paragraph_under_it_still_comes_out() -> None:
    cells = _cells(
        ["Trade and investment"],
        ["Two-way trade reached US$2.1 billion in", "2024, up 9 per cent on the year."],
    )
    text = (
        "Trade and investment Two-way trade reached US$2.1 billion in 2024, up 9 per cent "
        "on the year."
    )
    parts = mark_sizes(text, cells).split("\n\n")
    assert parts[0] == LARGE + "Trade and investment"
    assert parts[1] == "Two-way trade reached US$2.1 billion in 2024, up 9 per cent on the year."
