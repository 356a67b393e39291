"""A printed paper's running head set with spaces alone between its parts ("LAO ĐỘNG Số
12.045 Thứ hai, 3-11-2025 Trang 5") names the paper and dates the issue; a wire's place and
day where a byline would be ("Lima, June 3") is no writer."""

from __future__ import annotations

from briefer.ingest.printmarks import issue_header
from briefer.ingest.writerchoice import choose_author, dateline


def test_a_running_head_with_spaces_between_its_parts() -> None:
    assert issue_header("LAO ĐỘNG Số 12.045 Thứ hai, 3-11-2025 Trang 5") == (
        "LAO ĐỘNG",
        "Thứ hai, 3-11-2025",
    )
    assert issue_header("TIỀN PHONG Số 88 ngày 14/4/2025") == ("TIỀN PHONG", "ngày 14/4/2025")


def test_a_sentence_naming_an_issue_number_is_no_running_head() -> None:
    assert issue_header("Theo Quyết định Số 15 ngày 26/9/2025") == ("", "")
    assert issue_header("Tạp chí Cộng sản Số 1.020 tháng 9/2025 đăng bài") == ("", "")


def test_a_place_and_a_day_is_no_writer() -> None:
    assert dateline("Lima, June 3")
    assert dateline("Đà Nẵng, ngày 4/7")
    assert not dateline("Rosa Díaz")
    assert not dateline("Díaz, Rosa")
    assert choose_author("", "Lima, June 3") == ""
    assert choose_author("Rosa Díaz", "") == "Rosa Díaz"
