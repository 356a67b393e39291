"""r70: outlets a page names by its structure — a masthead in capitals running straight into
its organ clause, a paper's name alone in the page's top bar, a ministry's unit and the
ministry joined by a comma, a mission's letterhead whose host stands on the line under it,
and a masthead giving the body's own name, a dash, then its English name (wording of our
own)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.bilingualhead import own_before_english
from briefer.ingest.missionplace import mission_below
from briefer.ingest.outlettidy import tidy_outlet

_VI_BODY = (
    "Năm 2024, kim ngạch thương mại song phương Việt Nam - Ai Cập đạt 1,2 tỷ USD, tăng 9%"
    " so với năm trước.\n\n"
    "Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực nông nghiệp và năng lượng.\n"
)


def _text_outlet(tmp_path: Path, text: str) -> str:
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    return analyse(path).metadata.outlet


def test_a_capitals_masthead_running_into_its_organ_clause_is_the_paper(tmp_path: Path) -> None:
    text = (
        "BÌNH MINH MỚI Cơ quan Trung ương của Hội Nông dân Việt Nam - Tiếng nói của nhà nông\n\n"
        "Số 112 Thứ ba, ngày 21/10/2025\n\n"
        "Việt Nam - Ai Cập thúc đẩy hợp tác nông nghiệp\n\n" + _VI_BODY
    )
    assert "Bình Minh Mới" in _text_outlet(tmp_path, text)


def test_a_paper_s_name_alone_in_the_top_bar_is_its_masthead(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        '<html lang="vi"><head><title>Việt Nam - Ai Cập thúc đẩy hợp tác</title></head><body>'
        '<header class="top-wrap"><header class="bar">Báo Sông Lam điện tử</header>'
        '<span class="bar">Thứ Ba, 21/10/2025</span><nav><ul><li><a href="/0">Thời sự | Kinh'
        ' tế</a></li><li><a href="/a">Báo in</a></li></ul></nav></header>'
        "<main><article><h1>Việt Nam - Ai Cập thúc đẩy hợp tác</h1>"
        + "".join(f"<p>{p}</p>" for p in _VI_BODY.split("\n\n") if p.strip())
        + "</article></main></body></html>",
        encoding="utf-8",
    )
    assert analyse(path).metadata.outlet.startswith("Báo Sông Lam")


def test_a_unit_and_its_ministry_joined_by_a_comma_are_a_unit_and_its_parent() -> None:
    assert (
        tidy_outlet("Vụ Thị trường châu Á - châu Phi, Bộ Công Thương", "")
        == "Vụ Thị trường châu Á - châu Phi - Bộ Công Thương"
    )
    # (commas inside a unit's own name, no ministry after them: as written)
    assert tidy_outlet("Vụ Thị trường châu Phi, Tây Á, Nam Á", "") == (
        "Vụ Thị trường châu Phi, Tây Á, Nam Á"
    )


def test_a_mission_s_host_on_the_line_under_its_letterhead_places_it() -> None:
    assert mission_below(
        "EMBASSY OF THE SOCIALIST REPUBLIC OF VIET NAM", "in the Republic of Kenya"
    ) == ("Embassy of the Socialist Republic of Viet Nam in the Republic of Kenya")
    assert mission_below("EMBASSY OF VIET NAM", "in the spirit of friendship") == ""
    assert mission_below("Embassy of Viet Nam", "in Kenya") == ""  # (no letterhead's capitals)


def test_a_letterhead_mission_is_the_document_s_outlet(tmp_path: Path) -> None:
    text = (
        "EMBASSY OF THE SOCIALIST REPUBLIC OF VIET NAM\n"
        "in the Republic of Kenya\n"
        "Plot 12, Riverside Drive, Nairobi\n\n"
        "Viet Nam and Kenya discuss tea and coffee trade\n\n"
        "Trade between Viet Nam and Kenya reached US$210 million in 2024, the Embassy said.\n\n"
        "The two sides agreed to hold a business forum in Nairobi later this year.\n"
    )
    assert _text_outlet(tmp_path, text) == "Embassy of Viet Nam in Kenya"


def test_a_masthead_in_two_languages_gives_the_body_s_own_name() -> None:
    assert (
        own_before_english("THƯƠNG VỤ VIỆT NAM TẠI KENYA", "TRADE OFFICE OF VIET NAM IN KENYA")
        == "THƯƠNG VỤ VIỆT NAM TẠI KENYA"
    )
    # (a unit over its English parent, both English: two bodies, not one name twice)
    assert own_before_english("TRADE OFFICE IN KENYA", "MINISTRY OF INDUSTRY AND TRADE") == ""
    # (a headline in capitals over a dash: no English body after it)
    assert own_before_english("VIỆT NAM", "AI CẬP THÚC ĐẨY HỢP TÁC") == ""


def test_a_two_language_masthead_names_the_pasted_bulletin(tmp_path: Path) -> None:
    text = (
        "THƯƠNG VỤ VIỆT NAM TẠI KENYA - TRADE OFFICE OF VIET NAM IN KENYA\n"
        "Trang chủ > Tin tức\n"
        "Thị trường Kenya quý III/2025\n\n" + _VI_BODY
    )
    assert _text_outlet(tmp_path, text).casefold() == "thương vụ việt nam tại kenya"
