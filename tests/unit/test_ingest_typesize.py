"""A PDF's small type — what a printed page sets smaller than its article — leaves the body
whatever its words (none of the wording below is in any rule), after the metadata readers
have read it; the article's sentences and PDFs in one size stay (a labelled abstract over
the article is front matter)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import build_pdf
from briefer.ingest.analysis import analyse
from briefer.ingest.readers import read_file
from briefer.ingest.typesize import SMALL, mark_sizes
from tests.prose import AFTER, BEFORE, VI_AFTER, VI_BEFORE

_SMALL_LINES = (
    "Lanterns along the old quay on the evening of the forum",  # a caption, no credit
    "Rice barges wait at the river mouth before dawn",
    "Elsewhere in Business: Copper cable plant opens in the north",
    "Send us your story ideas at the newsroom desk",
)


def _pdf(tmp_path: Path, blocks: list[dict[str, Any]], columns: int = 1) -> Path:
    out = tmp_path / "printed.pdf"
    build_pdf({"columns": columns, "blocks": blocks}, out)
    return out


def _article(extra: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"h": "Ministers review the five-year trade plan"},
        {"p": BEFORE},
        *extra,
        {"p": AFTER},
        {"p": VI_BEFORE},
        {"p": VI_AFTER},
    ]


@pytest.mark.parametrize("columns", [1, 2])
def test_lines_in_small_type_leave_the_body_whatever_their_words(
    tmp_path: Path, columns: int
) -> None:
    extra = [{"p": line, "small": True} for line in _SMALL_LINES]
    result = analyse(_pdf(tmp_path, _article(extra), columns))
    body = " ".join(result.cleaned.body.split())
    for line in _SMALL_LINES:
        assert line not in body
    for kept in (BEFORE, AFTER, VI_BEFORE, VI_AFTER):
        assert kept in body


def test_a_lone_small_caption_between_paragraphs_leaves_as_small_type(tmp_path: Path) -> None:
    caption = "Delegates tour the container terminal on the second day of the visit"
    result = analyse(_pdf(tmp_path, _article([{"p": caption, "small": True}])))
    assert caption not in result.cleaned.body
    assert "small type" in {r.reason for r in result.cleaned.removed if r.text == caption}


def test_a_small_row_run_into_a_paragraph_is_taken_out_of_it() -> None:
    rows = [(10.5, AFTER), (8.0, "Send us your story ideas")]
    text = f"Send us your story ideas {AFTER}\n\n{BEFORE} Send us your story ideas"
    assert mark_sizes(text, rows).split("\n\n") == [
        SMALL + "Send us your story ideas",
        AFTER,
        BEFORE,
        SMALL + "Send us your story ideas",
    ]


def test_a_small_byline_and_date_still_give_the_author_and_the_day(tmp_path: Path) -> None:
    head = [{"p": "Lê Hoàng Yến", "small": True}, {"p": "Thứ Sáu, 14/03/2025 08:20", "small": True}]
    blocks = [_article([])[0], *head, *_article([])[1:]]
    result = analyse(_pdf(tmp_path, blocks))
    assert result.metadata.author == "Lê Hoàng Yến"
    assert result.metadata.published_on == "2025-03-14"
    assert "Lê Hoàng Yến" not in result.cleaned.body


def test_a_labelled_abstract_in_small_type_is_front_matter(tmp_path: Path) -> None:
    abstract = (
        "Tóm tắt: Bài viết phân tích quan hệ thương mại hai nước trong giai đoạn 2019 - 2024."
    )
    blocks = _article([])
    result = analyse(_pdf(tmp_path, [blocks[0], {"p": abstract, "small": True}, *blocks[1:]]))
    assert "phân tích quan hệ thương mại" not in result.cleaned.body
    assert BEFORE in " ".join(result.cleaned.body.split())


def test_a_pdf_in_one_size_is_read_as_before(tmp_path: Path) -> None:
    extra = [{"p": line} for line in _SMALL_LINES[:1]]
    path = _pdf(tmp_path, _article(extra))
    assert SMALL not in read_file(path).text


def test_only_paragraphs_made_wholly_of_small_rows_are_marked() -> None:
    rows = [(10.5, BEFORE[:60]), (10.5, BEFORE[60:]), (8.0, "Port at dawn"), (8.0, "Photo desk")]
    text = f"{BEFORE}\n\nPort at dawn\n\nPhoto desk\n\nPort at dawn, then {AFTER}"
    marked = mark_sizes(text, rows).split("\n\n")
    assert marked[0] == BEFORE
    assert marked[1] == SMALL + "Port at dawn" and marked[2] == SMALL + "Photo desk"
    assert not marked[3].startswith(SMALL)


def test_a_mark_in_a_text_file_is_not_taken_for_small_type(tmp_path: Path) -> None:
    page = tmp_path / "pasted.txt"
    page.write_text(f"Ministers meet\n\n{SMALL}{BEFORE}\n\n{AFTER}\n", encoding="utf-8")
    result = analyse(page)
    assert BEFORE in result.cleaned.body and SMALL not in result.raw.text


def test_the_headline_in_large_type_is_the_title_not_a_small_menu_row(tmp_path: Path) -> None:
    blocks = [
        {"p": "Home  Economy  Ports  Weather  Sport", "small": True},
        {"h": "Ministers review the five-year trade plan"},
        *_article([])[1:],
    ]
    result = analyse(_pdf(tmp_path, blocks))
    assert result.metadata.title == "Ministers review the five-year trade plan"
    assert "Weather" not in result.cleaned.body


def test_a_heading_in_large_type_after_the_article_is_no_byline(tmp_path: Path) -> None:
    blocks = [*_article([]), {"h": "NỔI BẬT"}, {"p": "Giá cà phê tăng nhẹ", "small": True}]
    result = analyse(_pdf(tmp_path, blocks))
    assert result.metadata.author == ""
    assert "NỔI BẬT" not in result.cleaned.body


def test_a_numbered_heading_run_into_a_paragraph_is_a_paragraph_of_its_own() -> None:
    from briefer.ingest.typesize import LARGE

    rows = [(10.5, AFTER), (14.0, "4. Triển vọng"), (8.0, "Bảng: số liệu")]
    text = f"{AFTER} 4. Triển vọng\n\n4. Triển vọng {VI_BEFORE}"
    assert mark_sizes(text, [*rows, (10.5, VI_BEFORE)]).split("\n\n") == [
        AFTER,
        LARGE + "4. Triển vọng",
        LARGE + "4. Triển vọng",
        VI_BEFORE,
    ]


def test_a_headline_over_two_rows_in_large_type_stays_whole() -> None:
    from briefer.ingest.typesize import LARGE

    rows = [(14.0, "Hai tỉnh ký kết biên bản"), (14.0, "Hợp tác nông nghiệp"), (10.5, AFTER)]
    text = f"Hai tỉnh ký kết biên bản Hợp tác nông nghiệp\n\n{AFTER}"
    assert mark_sizes(text, rows).split("\n\n")[0] == (
        LARGE + "Hai tỉnh ký kết biên bản Hợp tác nông nghiệp"
    )


def test_a_heading_wrapped_over_two_rows_run_into_a_paragraph_is_its_own() -> None:
    from briefer.ingest.typesize import LARGE

    rows = [(8.0, "Từ khóa: hợp tác,"), (8.0, "nông nghiệp."), (14.0, "2. Quan hệ kinh tế"),
            (14.0, "và thương mại"), (10.5, AFTER)]  # fmt: skip
    text = f"Từ khóa: hợp tác,\n\nnông nghiệp. 2. Quan hệ kinh tế và thương mại\n\n{AFTER}"
    assert mark_sizes(text, rows).split("\n\n") == [
        SMALL + "Từ khóa: hợp tác,",
        SMALL + "nông nghiệp.",
        LARGE + "2. Quan hệ kinh tế và thương mại",
        AFTER,
    ]


def test_a_capitals_headline_wrapped_in_a_narrow_column_is_one_title() -> None:
    """Each row of a headline in capitals came out a paragraph of its own (capitals give the
    reflow no case to join by): rows in large type one after another make one headline; a
    row ending a sentence, a small byline under it and body text stay apart."""
    rows = [
        (16.0, "QUAN HỆ HỢP TÁC"),
        (16.0, "THỦY SẢN GIỮA HAI"),
        (16.0, "NƯỚC: CƠ HỘI MỚI"),
        (8.0, "ĐINH THỊ MAI ANH"),
        (10.5, AFTER),
    ]
    text = "\n\n".join(t for _, t in rows)
    assert mark_sizes(text, rows).split("\n\n") == [
        "\ue001QUAN HỆ HỢP TÁC THỦY SẢN GIỮA HAI NƯỚC: CƠ HỘI MỚI",
        SMALL + "ĐINH THỊ MAI ANH",
        AFTER,
    ]


def test_two_capitals_headings_apart_by_a_full_stop_stay_two() -> None:
    rows = [(16.0, "BẢN TIN SỐ 12."), (16.0, "TIN HOẠT ĐỘNG"), (10.5, AFTER)]
    text = "\n\n".join(t for _, t in rows)
    assert mark_sizes(text, rows).split("\n\n")[:2] == [
        "\ue001BẢN TIN SỐ 12.",
        "\ue001TIN HOẠT ĐỘNG",
    ]
