"""Round 87: a pasted line opening on a note that the picture only illustrates ("Photo for
illustration purposes only.", "Ảnh mang tính minh họa."), whatever credit follows, is a
picture's caption."""

from __future__ import annotations

import pytest

from briefer.ingest.pastedcaption import credited_caption


@pytest.mark.parametrize(
    "line",
    [
        "Picture for illustrative purposes only. —photoKNA (2024) ALL RIGHTS RESERVED",
        "Ảnh mang tính minh họa. Nguồn: Báo Sông Lam",
        "Image used for illustration purposes",
    ],
)
def test_illustration_note_is_a_caption(line: str) -> None:
    assert credited_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        # (a sentence about such pictures goes on after "purposes": no note of its own)
        "Photos for illustration purposes were withdrawn from the trade fair brochure.",
        "Ảnh minh họa cho thấy lượng hàng qua cảng tăng mạnh trong quý ba năm nay.",
    ],
)
def test_near_miss_sentences_about_pictures(line: str) -> None:
    assert not credited_caption(line)
