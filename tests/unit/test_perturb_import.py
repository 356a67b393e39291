"""The perturbation harness (benchmarks/perturb_import.py) rewrites a page's shape, never its
answers: the variants keep the headline, outlet, day and writer of the key."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html

from benchmarks.perturb_import import variants
from benchmarks.perturbations import date_forms
from briefer.text.dates import find_dates

_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="Hai tỉnh ký thỏa thuận hợp tác về du lịch biển">
<meta property="og:site_name" content="Báo Gió Nam">
<title>Hai tỉnh ký thỏa thuận hợp tác về du lịch biển</title></head><body>
<h1>Hai tỉnh ký thỏa thuận hợp tác về du lịch biển</h1>
<div class="meta">Chủ Nhật, 07/09/2025 10:15</div>
<article><p>Ngày 6/9, lãnh đạo hai tỉnh đã ký thỏa thuận hợp tác về du lịch biển giai đoạn
2025-2030 với nhiều nội dung cụ thể về quảng bá và đường bay.</p>
<p>Hai bên thống nhất trao đổi đoàn doanh nghiệp lữ hành mỗi năm một lần.</p>
<p class="by">Lâm Khuê</p></article></body></html>"""
_KEY = {
    "title": "Hai tỉnh ký thỏa thuận hợp tác về du lịch biển",
    "outlet": "Báo Gió Nam",
    "date": "2025-09-07",
    "author": "Lâm Khuê",
}


def test_every_written_form_of_the_day_is_the_same_day() -> None:
    for english in (False, True):
        for form, text in date_forms("2025-09-07", english).items():
            # (a stamp's dotted day is a day, as the page readers take it)
            probe = re.sub(r"\b(\d\d)\.(\d\d)\.(\d{4})\b", r"\1/\2/\3", text)
            days = [d.start for d in find_dates(probe) if d.precision == "day"]
            assert days[:1] == ["2025-09-07"], (form, text)


def test_a_page_is_rewritten_in_shape_with_its_answers_kept(tmp_path: Path) -> None:
    built = dict(variants("page.html", _PAGE, _KEY, tmp_path))
    assert {"html.same", "html.title:S - T", "html.byline-footer", "html.date:iso"} <= set(built)

    titled = lxml.html.fromstring(built["html.title:S - T"].read_bytes())
    assert (
        titled.findtext(".//title")
        == "Báo Gió Nam - Hai tỉnh ký thỏa thuận hợp tác về du lịch biển"
    )
    assert not titled.xpath("//meta[@property='og:title' or @property='og:site_name']")

    moved = lxml.html.fromstring(built["html.byline-footer"].read_bytes())
    foot = moved.xpath("//div[@class='post-bottom']")[0].text_content()
    assert "Lâm Khuê" in foot and "07/09/2025" in foot  # the writer and the stamp, under the body

    dated = lxml.html.fromstring(built["html.date:iso"].read_bytes())
    assert "2025-09-07 08:30" in dated.text_content()
    assert "07/09/2025" not in dated.text_content()


def test_a_text_gets_a_masthead_and_its_stamp_written_otherwise(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "Hai tỉnh ký thỏa thuận hợp tác về du lịch biển",
            "07/09/2025 10:15",
            "Ngày 6/9, lãnh đạo hai tỉnh đã ký thỏa thuận hợp tác về du lịch biển.",
            "Lâm Khuê",
        ]
    )
    built = dict(variants("page.txt", text, _KEY, tmp_path))
    menu = built["txt.masthead:menu"].read_text(encoding="utf-8").splitlines()
    assert menu[0].startswith("Báo Gió Nam | ") and menu[1] == _KEY["title"]
    weekday = built["txt.date:weekday"].read_text(encoding="utf-8").splitlines()
    assert weekday[1].startswith("Chủ Nhật, 07/09/2025")
    assert (
        built["txt.title-caps"].read_text(encoding="utf-8").splitlines()[0] == _KEY["title"].upper()
    )
