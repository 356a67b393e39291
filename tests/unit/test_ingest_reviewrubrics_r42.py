"""A press review's numbered beat rubrics are its section labels; a report's numbered
headings, and any text that is no press review, keep theirs."""

from briefer.ingest.found import Line
from briefer.ingest.reviewrubrics import mark_review_rubrics

_CLIP = "Báo Tuổi Trẻ (3/5) đưa tin hai nước đã ký kết thỏa thuận hợp tác thương mại."


def test_a_press_reviews_rubrics_vi() -> None:
    lines = [Line("ĐIỂM TIN NGÀY 4/5/2025"), Line("1. Kinh tế & Đầu tư"), Line(_CLIP),
             Line("2. An ninh - Quốc phòng"), Line(_CLIP)]  # fmt: skip
    mark_review_rubrics(lines)
    assert [line.reason for line in lines] == ["", "section label", "", "section label", ""]


def test_a_press_reviews_rubrics_en() -> None:
    lines = [Line("PRESS REVIEW - 4 May 2025"), Line("II. Politics and Diplomacy"),
             Line("The Daily reported that the two ministers met in Hanoi.")]  # fmt: skip
    mark_review_rubrics(lines)
    assert lines[1].reason == "section label"


def test_a_reports_headings_stay() -> None:
    lines = [Line("ĐIỂM TIN NGÀY 4/5/2025"), Line("1. Tình hình thương mại song phương"),
             Line(_CLIP)]  # fmt: skip
    mark_review_rubrics(lines)
    assert lines[1].kept
    report = [Line("BÁO CÁO"), Line("1. Kinh tế - Thương mại"), Line(_CLIP)]
    mark_review_rubrics(report)
    assert report[1].kept
