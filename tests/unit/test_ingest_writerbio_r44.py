"""The author box under a pasted article: the writer's name and the sentence about them."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.lines import Line
from briefer.ingest.writerbio import mark_writer_bios

_PARA = (
    "Both governments expect the new shipping line to cut freight costs for exporters of "
    "coffee, cashew and rice by a fifth within two years."
)


def test_name_and_bio_under_the_last_paragraph() -> None:
    lines = [
        Line(_PARA),
        Line("Jane Roe"),
        Line("Jane Roe is a Lima-based journalist covering trade and farming."),
    ]
    mark_writer_bios(lines)
    assert lines[1].reason == lines[2].reason == "author box"
    assert lines[0].kept


def test_the_author_is_and_served_as() -> None:
    lines = [
        Line(_PARA),
        Line("Nguyen Van An"),
        Line("The author is Vietnam's Ambassador to Peru."),
        Line("Nguyen Van An has served as Ambassador since 2021. He previously headed a desk."),
    ]
    mark_writer_bios(lines)
    assert [ln.reason for ln in lines[1:]] == ["author box"] * 3


def test_vietnamese_bio_and_a_profile_inside_the_text() -> None:
    lines = [Line(_PARA), Line("Tác giả là nghiên cứu viên Viện Kinh tế.")]
    mark_writer_bios(lines)
    assert lines[1].reason == "author box"
    # a profile with the article going on under it is the article's
    lines = [Line("Jane Roe is a freelance writer who grew up in Lima."), Line(_PARA)]
    mark_writer_bios(lines)
    assert all(ln.kept for ln in lines)
    # a different name over the bio is not the box's
    lines = [Line(_PARA), Line("Richard Roe"), Line("Jane Roe is a journalist.")]
    mark_writer_bios(lines)
    assert lines[1].kept and lines[2].reason == "author box"


def test_a_pasted_articles_author_box_leaves_the_body() -> None:
    text = "\n".join(
        [
            "Peru and Vietnam open a shipping line",
            "LIMA - Peru and Vietnam opened a direct shipping line on Monday, the ministry said.",
            _PARA,
            "Jane Roe",
            "Jane Roe is a Lima-based journalist covering trade and farming.",
        ]
    )
    body = clean(text).body
    assert _PARA in body
    assert "Lima-based journalist" not in body
