"""Round 97: an outlet's mark opening the lead introduces article text — the lead is kept
whole, an unbracketed mark ("KTĐT. …", "ANTD.VN - …", "LIMA — …") inside it, a bracketed tag
("(Baoxyz.vn) - …") taken off the lead and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse

_LEAD = (
    "Sáng 12/9, tại Santiago, Đại sứ quán Việt Nam tại Chile tổ chức hội thảo xúc tiến "
    "thương mại nông sản với sự tham dự của 60 doanh nghiệp hai nước."
)


def _page(tmp_path: Path, lead: str) -> list[str]:
    html = f"""<html lang="vi"><head><meta charset="utf-8">
<title>Việt Nam - Chile thúc đẩy thương mại nông sản</title>
<meta name="description" content="{_LEAD}"></head><body>
<h1>Việt Nam - Chile thúc đẩy thương mại nông sản</h1><div class="meta">12/09/2025 10:00</div>
<div class="sapo">{lead}</div><div class="content">
<p>Phát biểu tại hội thảo, Đại sứ cho biết kim ngạch thương mại song phương năm 2024 đạt
1,8 tỷ USD, tăng 12% so với năm trước.</p>
<p>Các doanh nghiệp Chile quan tâm tới gạo, cà phê và hạt điều của Việt Nam, trong khi Việt
Nam nhập khẩu đồng, trái cây và rượu vang.</p></div></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return analyse(path).cleaned.paragraphs


@pytest.mark.parametrize("mark", ["KTĐT. ", "ANTD.VN - ", "SANTIAGO — ", "BQT. "])
def test_an_unbracketed_mark_stays_in_the_lead_it_opens(tmp_path: Path, mark: str) -> None:
    # (even when the lead repeats the page's description word for word)
    assert _page(tmp_path, mark + _LEAD)[0] == mark + _LEAD


@pytest.mark.parametrize("mark", ["(Baoxyz.vn) - ", "(KTSG)- "])
def test_a_bracketed_tag_comes_off_and_the_lead_stays(tmp_path: Path, mark: str) -> None:
    assert _page(tmp_path, mark + _LEAD)[0] == _LEAD
