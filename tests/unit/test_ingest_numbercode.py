"""A letter whose letterhead prints no body is issued by the body its number's code names."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import build_docx
from briefer.ingest.analysis import analyse
from briefer.ingest.numbercode import numbered_body


@pytest.mark.parametrize(
    ("number", "body"),
    [
        ("7215/BCT-ATP", "Bộ Công Thương"),
        ("15/BNG-CÂ", "Bộ Ngoại giao"),
        ("01/2025/NQ-CP", "Chính phủ"),
        ("123/CĐ-TTg", "Thủ tướng Chính phủ"),
        ("88/BKHĐT-KTĐN", "Bộ Kế hoạch và Đầu tư"),
        ("45/UBND-KT", ""),  # (a province's committee: which province, the code does not say)
        ("12/TB", ""),
        ("", ""),
    ],
)
def test_a_numbers_code_names_its_body(number: str, body: str) -> None:
    assert numbered_body(number) == body


def _letter(head: list[list[str]]) -> dict[str, object]:
    return {
        "blocks": [
            {"table": head},
            {"p": "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"},
            {"p": "Việt Nam và Oman thiết lập quan hệ ngoại giao ngày 1/6/1992. Năm 2024, kim"
                  " ngạch thương mại song phương đạt 812 triệu USD."},
            {"p": "Đề nghị Quý Cơ quan thông báo tới các doanh nghiệp quan tâm."},
        ]
    }  # fmt: skip


_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def test_a_letter_naming_no_body_is_its_numbers(tmp_path: Path) -> None:
    spec = _letter(
        [["Số: 7215/BCT-ATP", "V/v tổ chức Diễn đàn doanh nghiệp Việt Nam - Oman"],
         [*_MOTTO, "Hà Nội, ngày 24 tháng 10 năm 2025"]]
    )  # fmt: skip
    path = tmp_path / "congvan.docx"
    build_docx(spec, path)
    assert analyse(path).metadata.outlet == "Bộ Công Thương"


def test_a_letterheads_own_body_comes_first(tmp_path: Path) -> None:
    spec = _letter(
        [["BỘ NGOẠI GIAO", *_MOTTO],
         ["Số: 7215/BCT-ATP", "Hà Nội, ngày 24 tháng 10 năm 2025"]]
    )  # fmt: skip
    path = tmp_path / "congvan.docx"
    build_docx(spec, path)
    assert analyse(path).metadata.outlet == "Bộ Ngoại giao"
