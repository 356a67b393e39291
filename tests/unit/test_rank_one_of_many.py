"""A superlative that names a group the partner is in ("one of the ten largest") is no rank 1.

Seen in a store: "India one of Vietnam's ten largest trading partners" drafted as a figure
"rank 1" beside the sentence that gives the real rank ("đối tác thương mại lớn thứ 8").
"""

from __future__ import annotations

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.rankfind import ranks_in


@pytest.mark.parametrize(
    "text",
    [
        "Ấn Độ tiếp tục là một trong 10 đối tác thương mại lớn nhất của Việt Nam.",
        "Đức là một trong những nhà đầu tư châu Âu lớn nhất tại Việt Nam.",
        "Brazil remains one of Vietnam's ten largest trading partners in the Americas.",
        "Korea is among the largest foreign investors in Vietnam's electronics industry.",
    ],
)
def test_one_of_the_largest_ranks_nothing(text: str) -> None:
    assert ranks_in(text) == []


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Hàn Quốc là nhà đầu tư nước ngoài lớn nhất tại Việt Nam.", 1),
        ("Among ASEAN members, Vietnam is Japan's largest trading partner.", 1),
        ("Chile là một trong những đối tác, và là thị trường lớn thứ 3 của Việt Nam.", 3),
        ("Canada is one of the CPTPP members and Vietnam's second-largest partner there.", 2),
    ],
)
def test_a_place_of_its_own_still_ranks(text: str, rank: int) -> None:
    assert [value for value, _start, _end in ranks_in(text)] == [rank]


def test_an_imported_one_of_the_largest_is_no_first_place(tmp_path) -> None:
    text = (
        "Việt Nam và Ấn Độ thúc đẩy thương mại song phương\n\n"
        "Năm 2024, thương mại song phương Việt Nam - Ấn Độ đạt 14,8 tỷ USD. Ấn Độ tiếp tục là "
        "một trong 10 đối tác thương mại lớn nhất của Việt Nam, còn Việt Nam là đối tác thương "
        "mại lớn thứ 4 của Ấn Độ trong ASEAN.\n"
    )
    page = tmp_path / "an-do.txt"
    page.write_text(text, encoding="utf-8")
    ranks = [c.value for c in analyse(page).candidates if c.unit == "rank"]
    assert 4 in ranks and 1 not in ranks
