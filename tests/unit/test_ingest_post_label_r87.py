"""Round 87: a byline whose writer is labelled by their post ("Reporter: X | Editor: Y",
"Phóng viên: X") names the writer without the label."""

from __future__ import annotations

from briefer.ingest.metadata import author_of


def test_reporter_label_beside_an_editor_credit() -> None:
    assert author_of("Reporter: Kofi Mensah Asante | Editor: Ruth Adjei") == "Kofi Mensah Asante"


def test_vietnamese_reporter_label_alone() -> None:
    assert author_of("Phóng viên: Đinh Quang Vũ") == "Đinh Quang Vũ"


def test_correspondent_label_beside_a_photo_credit() -> None:
    assert author_of("Correspondent: Ines Barros; Photos: Tiago Lemos") == "Ines Barros"


def test_near_miss_post_without_a_colon_is_kept() -> None:
    # (a post before the name without a label's colon is no label this rule removes)
    assert author_of("Senior Reporter Ines Barros") == "Senior Reporter Ines Barros"
