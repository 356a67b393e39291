"""A paper kept to its readers' work ("Tài liệu phục vụ công tác - không phổ biến rộng") is
a handling marking, as a classification is; a sentence about such work is not."""

from briefer.ingest.handling import handling_marking


def test_a_work_only_marking_vi() -> None:
    assert handling_marking("TÀI LIỆU PHỤC VỤ CÔNG TÁC - KHÔNG PHỔ BIẾN RỘNG")
    assert handling_marking("Tài liệu phục vụ công tác nghiên cứu | Không phổ biến rộng rãi")


def test_a_work_only_marking_en() -> None:
    assert handling_marking("For reference only - not for wider distribution")
    assert handling_marking("NOT FOR GENERAL CIRCULATION")


def test_a_sentence_about_the_work_is_no_marking() -> None:
    assert not handling_marking("Phục vụ công tác đối ngoại là nhiệm vụ trọng tâm của Sở.")
    assert not handling_marking("The paper is for reference when drafting the agreement.")
