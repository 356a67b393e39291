"""An interviewer's turn gives no candidate, the answer after it does."""

from __future__ import annotations

import pytest

from briefer.ingest.interviews import interviewer_turn
from tests.mined import candidates


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "PV: Hợp tác giữa hai nước hiện còn khiêm tốn. Theo ông, đâu là dư địa?",
            "Đại sứ: Năm 2024, kim ngạch thương mại Việt Nam - Peru đạt 150 triệu USD.",
        ),
        (
            "Q: Trade between the two countries remains small. Where is the room to grow?",
            "A: Trade between Vietnam and Peru reached US$150 million in 2024.",
        ),
    ],
)
def test_the_interviewers_remark_is_no_candidate_the_answer_is(question: str, answer: str) -> None:
    found = candidates(f"{question}\n\n{answer}", "PE")
    assert found
    assert all(c.start > len(question) for c in found)
    assert [c.value for c in found if c.kind == "figure"] == [150_000_000]


def test_a_paragraph_without_the_label_is_no_turn() -> None:
    body = "Hợp tác giữa hai nước hiện còn khiêm tốn. Hai bên đã ký Hiệp định thương mại năm 2024."
    assert not interviewer_turn(body, body.index("Hai bên"))
    assert candidates(body, "PE")
