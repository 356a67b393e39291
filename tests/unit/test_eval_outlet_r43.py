"""The corpus judge's outlet rule (benchmarks/eval_import.py::_same_outlet): strict but fair."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks import eval_import
from benchmarks.eval_import import _same_outlet, evaluate


@pytest.mark.parametrize(
    ("key", "got"),
    [
        ("Nhân Dân", "Báo Nhân Dân"),  # a leading kind word
        ("Dân Sinh", "Báo điện tử Dân Sinh"),
        ("Kinh tế Biển", "Tạp chí điện tử Kinh tế Biển"),
        ("Trường Đại học Vinh", "Cổng thông tin điện tử Trường Đại học Vinh"),
        ("Yonhap News Agency", "Yonhap"),  # trailing kind words
        ("Amandala", "Amandala Newspaper"),
        ("BusinessWorld", "BusinessWorld Online"),
        ("Thế giới và Việt Nam", "Báo Thế giới và Việt Nam (baoquocte.vn)"),  # brackets
        ("Con số và Sự kiện", "Con số & Sự kiện"),  # "&" for "và"
        ("The Jordan Times", "Jordan Times"),  # a leading "The"
        ("Bộ Ngoại giao", "Vụ châu Âu - Bộ Ngoại giao"),  # a unit before its parent
        ("Bộ Công Thương", "Vụ Thị trường châu Á - châu Phi - Bộ Công Thương"),
        ("Vụ Thị trường châu Á - châu Phi", "Vụ Thị trường châu Á - châu Phi - Bộ Công Thương"),
        ("Viện Nghiên cứu Châu Âu", "Viện Nghiên cứu châu Âu - Viện Hàn lâm khoa học xã hội"),
        ("Vietnam Investment Review", "Vietnam Investment Review - VIR"),  # an acronym
        ("Emirates News Agency - WAM", "WAM"),
        ("Vietnam+", "TTXVN/Vietnam+"),
        ("Bahrain News Agency", "BNA Bahrain News Agency"),
        ("Đại học Mỏ - Địa chất", "Bản Tin Đại Học Mỏ - Địa Chất"),
    ],
)
def test_a_name_with_only_generic_parts_or_its_organisations_beside_it_is_right(
    key: str, got: str
) -> None:
    assert _same_outlet(key, got)


@pytest.mark.parametrize(
    ("key", "got"),
    [
        # cut at a dash inside the name
        ("Hội Hữu nghị Việt Nam - Cuba", "Hội Hữu nghị Việt Nam"),
        ("Tạp chí Kinh tế Châu Á - Thái Bình Dương", "Tạp chí Kinh tế Châu Á"),
        ("Hiệp hội Da - Giày - Túi xách Việt Nam", "Túi xách Việt Nam"),
        # junk after or before the name
        ("KUNA", "KUNA 2025"),
        ("Tạp chí Dầu khí", "© Tạp chí Dầu khí"),
        ("The Peninsula", "The Peninsula Qatar's leading English daily"),
        (
            "Trường Đại học Hà Nội",
            "Trường Đại học Hà Nội bài phát biểu của hiệu trưởng - Bộ Giáo dục và Đào tạo",
        ),
        ("Hiệp hội Mía Đường Việt Nam", "Hiệp hội Mía đường Việt Nam vssa"),
        ("Globes", "Globes Publisher Itonut"),
        # lower-cased
        ("Báo Cựu chiến binh Việt Nam", "cựu chiến binh"),
        (
            "Trung ương Đoàn TNCS Hồ Chí Minh",
            "Đoàn Tncs hồ chí minh - Ban Chấp hành trung ương đoàn tncs hồ chí minh",
        ),
        # another outlet, or none
        ("The Gleaner", "Jamaica Observer"),
        ("The Star", ""),
    ],
)
def test_a_cut_name_junk_beside_it_or_a_lower_cased_one_is_wrong(key: str, got: str) -> None:
    assert not _same_outlet(key, got)


def test_a_keys_other_names_count_and_a_text_naming_none_wants_none() -> None:
    assert not _same_outlet("The Gleaner", "Jamaica Gleaner")
    assert _same_outlet("The Gleaner", "Jamaica Gleaner", ["Jamaica Gleaner"])
    assert _same_outlet("", "")
    assert not _same_outlet("", "Nhân Dân")
    # a year, a "©" or a lower-case start is a reader's junk even with an other name
    assert not _same_outlet("KUNA", "KUNA 2025", ["KUNA 2025"])


def test_a_bodys_own_office_is_its_unit_and_a_lower_case_brand_keyed_so_is_right() -> None:
    assert _same_outlet("Ủy ban nhân dân tỉnh Nam Định", "Văn phòng Ủy ban nhân dân tỉnh Nam Định")
    assert not _same_outlet("Ủy ban nhân dân tỉnh Nam Định", "Văn phòng Tỉnh ủy Nam Định")
    assert _same_outlet("eKathimerini.com", "ekathimerini.com")
    assert not _same_outlet("PetroTimes", "petrotimes.vn")


_BODY = (
    "<h1>Fiji and Vietnam open talks on rice trade</h1>"
    "<p>SUVA - Fiji and Vietnam opened talks on Monday on a rice supply deal, the trade "
    "ministry said.</p>"
)


def test_the_corpus_run_judges_each_imported_outlet_by_the_strict_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (through evaluate: two pages whose site names import as written, one the key's name
    # with a kind word, one the key's name cut at its dash — right and wrong, one outlet)
    def build(_set: str, out: Path) -> list[tuple[Path, dict[str, Any]]]:
        built = []
        for name, site, key in (
            ("a.html", "Báo Nhân Dân", "Nhân Dân"),
            ("b.html", "Hội Hữu nghị Việt Nam", "Hội Hữu nghị Việt Nam - Cuba"),
        ):
            path = out / name
            path.write_text(
                f'<html><head><meta property="og:site_name" content="{site}"></head>'
                f"<body>{_BODY}</body></html>",
                encoding="utf-8",
            )
            fields: dict[str, Any] = {"title": "", "outlet": key, "date": ""}
            built.append((path, fields | {"furniture": [], "keep": [], "facts": []}))
        return built

    monkeypatch.setattr(eval_import, "build", build)
    totals = evaluate("any", verbose=False)
    assert (totals["files"], totals["outlet"]) == (2, 1)
