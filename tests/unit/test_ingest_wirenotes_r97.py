"""Round 97: a wire service's bracketed note to editors on the story's version leaves the
body; a bracketed aside of the article's own stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.corrections import version_note
from briefer.ingest.wirenotes import wire_note


@pytest.mark.parametrize(
    "line",
    [
        "(ATTN: UPDATES with minister's comments in paras 7-9)",
        "(EDS: RECASTS lead, ADDS background)",
        "(UPDATE 3)",
        "(2ND LD-WRITETHRU)",
        "[LEAD]",
        "(Note to editors: corrects spelling of the port's name in para 2)",
        "(Ghi chú cho biên tập viên: bổ sung ý kiến Bộ trưởng ở đoạn 6)",
        "(Lưu ý biên tập: thay ảnh minh họa)",
    ],
)
def test_a_wires_bracketed_note_to_editors_is_a_version_note(line: str) -> None:
    assert wire_note(line)
    assert version_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "(The figures exclude re-exports through Singapore.)",
        "(Theo số liệu của Tổng cục Hải quan)",
        "(Lead exporters include rice and coffee traders.)",
        "(Update on the talks is expected on Friday.)",
        "ATTN: the embassy closes at noon on Friday.",
        "(EDSA, the main avenue, was closed for the parade.)",
    ],
)
def test_an_articles_bracketed_aside_is_not_a_wire_note(line: str) -> None:
    assert not wire_note(line)


def test_the_note_leaves_the_body_and_the_story_stays(tmp_path: Path) -> None:
    text = "\n\n".join(
        [
            "Chile and Vietnam agree to double copper trade",
            "SANTIAGO, March 4 (Agencia Andes) -- Chile and Vietnam agreed on Tuesday to double "
            "trade in refined copper by 2028, the Chilean trade ministry said.",
            "(ATTN: ADDS quote from minister in para 3)",
            "Bilateral trade reached $1.9 billion last year, the ministry said.",
            '"Vietnam is a growing market for our copper," the minister told reporters.',
        ]
    )
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    body = analyse(path).cleaned.body
    assert "ATTN" not in body
    assert "Bilateral trade reached $1.9 billion last year" in body
