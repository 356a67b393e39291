"""Shapes the unseen18 held-out set showed, each on wording of our own: a picture's caption
opened by a bracketed label of more than one word ("[Hình ảnh] …"), and a joint label ("Bài,
ảnh:") over two writers."""

from __future__ import annotations

import pytest

from briefer.ingest.clean import clean
from briefer.ingest.credits import labelled_picture
from briefer.ingest.metadata import writer_of
from tests.prose import VI_AFTER, VI_BEFORE


@pytest.mark.parametrize(
    "caption",
    [
        "[Hình ảnh] Tàu hàng cập cảng Tiên Sa lúc bình minh. Nguồn: Internet",
        "(Ảnh minh họa) Một góc khu công nghiệp ven sông",
        "[Photo gallery] Delegates at the opening of the trade fair",
    ],
)
def test_a_bracketed_picture_label_of_any_length_opens_a_caption(caption: str) -> None:
    assert labelled_picture(caption)
    body = clean("\n".join(["Hai tỉnh ký kết hợp tác", VI_BEFORE, caption, VI_AFTER])).body
    assert caption not in body and VI_BEFORE in body and VI_AFTER in body


def test_a_bracketed_aside_in_a_sentence_is_no_picture_label() -> None:
    assert not labelled_picture("(Hình thức hợp tác) được hai bên thống nhất trong năm tới.")


@pytest.mark.parametrize(
    ("byline", "writers"),
    [
        ("Bài, ảnh: Minh Tâm - Quốc Huy", "Minh Tâm - Quốc Huy"),
        ("Tin, ảnh: Lan Hương", "Lan Hương"),
        ("Text and photos: Hannah Berg", "Hannah Berg"),
    ],
)
def test_a_joint_label_over_its_writers_leaves_them_all(byline: str, writers: str) -> None:
    assert writer_of(byline) == writers
