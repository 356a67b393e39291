"""Found by the review on text never tuned to (a partner paper's page pasted as text): a
share row set like a menu under the headline, and a caption's credit after a bar or slash."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse

_LEAD = (
    "Maputo. Mozambique and Vietnam signed a memorandum on rice trade on Tuesday, the trade "
    "ministry said."
)
_NEXT = "The two countries established diplomatic relations on June 25, 1975."


def _page(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_share_row_under_the_headline_leaves_the_headline_the_title(tmp_path: Path) -> None:
    headline = "Mozambique and Vietnam sign rice memorandum"
    path = _page(
        tmp_path,
        headline + "\nBy Ana Mucavele\nShare this: WhatsApp | Facebook | X | LinkedIn",
        _LEAD,
        _NEXT,
    )
    result = analyse(path)
    assert result.metadata.title == headline
    assert result.metadata.author == "Ana Mucavele"
    assert "WhatsApp" not in result.cleaned.body and _LEAD in result.cleaned.body


@pytest.mark.parametrize("credit", ["PHOTO | JOSÉ TEMBE", "PHOTO/JOSÉ TEMBE"])
def test_a_caption_ending_on_its_credit_after_a_bar_or_slash_is_furniture(
    tmp_path: Path, credit: str
) -> None:
    caption = f"The two ministers exchange the signed memorandum in Maputo on Tuesday. {credit}"
    path = _page(tmp_path, "Mozambique and Vietnam sign rice memorandum", _LEAD, caption, _NEXT)
    result = analyse(path)
    body = result.cleaned.body
    assert "TEMBE" not in body and "exchange the signed memorandum" not in body
    assert _LEAD in body and _NEXT in body  # the article around it stays whole
    assert not any("exchange the signed" in c.quote for c in result.candidates)
