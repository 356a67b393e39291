"""r55: a saved page's masthead set in words names its publisher: a plain top bar above the
headline that writes "X - Cơ quan của Y", a logo in capitals with its organ clause; such a
masthead naming a renamed paper by today's name declares it; an agency's English news site
is the agency."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from briefer.ingest.analysis import analyse
from briefer.ingest.metachoice import Claim, choose_outlet
from briefer.ingest.sitemarks import text_marks

_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Hợp tác giáo dục Việt Nam - Hungary bước sang giai đoạn mới</title>
</head><body>
<div id="topline">{top}</div>
<ul id="nav"><li>Thời sự</li><li>Kinh tế</li><li>Xã hội</li></ul>
<div class="article">
<h1>Hợp tác giáo dục Việt Nam - Hungary bước sang giai đoạn mới</h1>
<div class="meta"><span class="author">Lan Hương</span> <span>14/05/2026 09:30</span></div>
<div class="content">
<p>Năm học 2025-2026, Hungary cấp 200 suất học bổng cho sinh viên Việt Nam theo Hiệp định hợp
tác giáo dục ký năm 2018.</p>
<p>Hai bên cũng thống nhất mở rộng trao đổi giảng viên trong lĩnh vực y khoa và kỹ thuật.</p>
</div></div>
<div id="foot">Địa chỉ: 12 Phố Huế, Hà Nội.</div>
</body></html>
"""


def test_top_bar_organ_line_names_the_publisher(tmp_path: Path) -> None:
    top = "Báo Xây dựng - Cơ quan ngôn luận của Bộ Xây dựng | Thứ Năm, 14/05/2026 | English"
    path = tmp_path / "page.html"
    path.write_text(_PAGE.format(top=top), encoding="utf-8")
    assert analyse(path).metadata.outlet == "Báo Xây dựng"


def test_organ_clause_below_the_headline_is_no_masthead() -> None:
    page = _PAGE.format(top="Thứ Năm, 14/05/2026").replace(
        "<p>Hai bên", "<p>Tạp chí Giáo dục - Cơ quan của Bộ Giáo dục đưa tin.</p><p>Hai bên"
    )
    assert ("logo", "Tạp chí Giáo dục") not in text_marks(lxml.html.fromstring(page))


def test_capital_logo_gives_the_name_before_its_organ_clause() -> None:
    page = _PAGE.format(top="").replace(
        '<div id="topline"></div>',
        '<div class="site-logo">BÁO XÂY DỰNG - CƠ QUAN NGÔN LUẬN CỦA BỘ XÂY DỰNG VIỆT NAM</div>',
    )
    assert ("logo", "BÁO XÂY DỰNG") in text_marks(lxml.html.fromstring(page))


def test_masthead_in_todays_name_outweighs_a_lead_mark_of_the_former() -> None:
    claims = [Claim("BÁO XÂY DỰNG", 4, "logo"), Claim("Báo Giao thông", 2.0, "text 0")]
    assert choose_outlet(claims, "vi") == "Báo Xây dựng"
    # (without a masthead in today's name, the page shows the former title)
    assert choose_outlet([Claim("Báo Giao thông", 2.0, "text 0")], "vi") == "Báo Giao thông"


def test_agency_english_site_is_the_agency() -> None:
    claims = [
        Claim("MAP Express", 8, "site name"),
        Claim("MapNews", 6, "title part"),
        Claim("MAP", 3, "copyright"),
    ]
    assert choose_outlet(claims, "en") == "Maghreb Arabe Presse"
