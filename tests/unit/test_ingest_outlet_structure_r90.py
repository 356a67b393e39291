"""The outlet from the page's own structure (r90): a name's parts joined by a bar, a label
with a contact, an organisation's imprint line with its street address, a Vietnamese body in
capitals over a market's line, an English mission's head, and the outlet's own masthead
left at the body's end."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.addressedname import addressed_name
from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean
from briefer.ingest.cleantypes import Cleaned, Metadata
from briefer.ingest.editionname import english_edition
from briefer.ingest.officeplace import office_as_written
from briefer.ingest.orgparts import contact_field, organisation_part
from briefer.ingest.owntagline import own_tagline, without_own_masthead
from briefer.ingest.unithead import unit_rows

# -- a name of parts: the part naming an organisation ------------------------------------


def test_a_state_part_beside_the_organisation_is_dropped_either_side() -> None:
    assert organisation_part("Republic of Palau | National Information Office") == (
        "National Information Office"
    )
    # (the organisation first, the state after it)
    assert organisation_part("Ministry of Foreign Affairs · Kingdom of Tonga") == (
        "Ministry of Foreign Affairs"
    )
    assert organisation_part("REPUBLIC OF KOREA | Ministry of Oceans") == "Ministry of Oceans"


def test_an_accreditation_note_is_no_part_of_the_name() -> None:
    assert organisation_part("Embassy of Viet Nam in Peru | also accredited to Bolivia") == (
        "Embassy of Viet Nam in Peru"
    )
    assert organisation_part("THƯƠNG VỤ VIỆT NAM TẠI ÁO | Kiêm nhiệm Slovenia") == (
        "THƯƠNG VỤ VIỆT NAM TẠI ÁO"
    )


def test_parts_that_all_name_something_stay() -> None:
    # near misses: a section, a language edition, a name without a bar
    assert organisation_part("Harbour Herald | Business") == "Harbour Herald | Business"
    assert organisation_part("Radio Free Asia | Vietnamese") == "Radio Free Asia | Vietnamese"
    assert organisation_part("Republic of Palau") == "Republic of Palau"


def test_an_office_line_with_a_note_after_a_bar_is_no_written_name() -> None:
    text = "THƯƠNG VỤ VIỆT NAM TẠI ÁO | Kiêm nhiệm Slovenia\n\nBẢN TIN THỊ TRƯỜNG ÁO\n"
    # (the line in capitals, its note aside, is no mixed-case spelling of the office)
    assert office_as_written("THƯƠNG VỤ VIỆT NAM TẠI ÁO", text) == ""
    signed = text + "Thương vụ Việt Nam tại Áo | Kiêm nhiệm Slovenia\n"
    assert office_as_written("THƯƠNG VỤ VIỆT NAM TẠI ÁO", signed) == "Thương vụ Việt Nam tại Áo"


# -- a label and a contact ----------------------------------------------------------------


def test_a_label_and_a_contact_is_no_name() -> None:
    assert contact_field("For enquiries: trade.pe@mofa.gov.vn")
    assert contact_field("Hotline: +51 1 440 0000 | Page 2")
    assert contact_field("Website: www.harbourherald.example")
    # near misses: a name and whose organ it is, a source's label and a body's name
    assert not contact_field("Báo Biển Xanh: Cơ quan của Hội Nghề cá")
    assert not contact_field("Source: Ministry of Trade")


# -- an organisation, then its street address ----------------------------------------------


def test_an_imprint_line_names_its_organisation() -> None:
    assert addressed_name("Northshore Information Bureau. 14b Harbour View Road, Port Elin 3.") == (
        "Northshore Information Bureau"
    )
    assert addressed_name("Institut des Études Andines, 12 Rue des Lilas, 75011 Paris") == (
        "Institut des Études Andines"
    )
    assert addressed_name("The Coast & Delta Review - 9 Quay Street, Port Elin") == (
        "The Coast & Delta Review"
    )


def test_an_address_inside_a_sentence_names_no_imprint() -> None:
    assert addressed_name("The talks took place at the Ministry, 5 Main Street, Port Elin.") == ""
    assert addressed_name("He met the Governor. 12 accords were signed, Minister Ola said.") == ""
    assert addressed_name("Trade rose 12%. 58 firms, 3 sectors.") == ""
    # (a building's name opening the address is where the body sits, not the body)
    assert addressed_name("Menara Samudra, No. 9, Jalan Pantai, 88000 Kota Kinabalu") == ""


_PASTED = """Northshore and Viet Nam open a seafood desk

Port Elin, March 3, 2026

Northshore and Viet Nam opened a joint seafood desk in Port Elin on Monday, officials said.

Two-way trade reached US$61.4 million in 2025, up 9% from a year earlier.

The desk will help exporters of shrimp and tuna meet food-safety rules.

Northshore and Viet Nam established diplomatic relations in 1994.

Related Articles
Share  Print
Northshore Information Bureau. 14b Harbour View Road, Port Elin 3.
"""


def test_a_pasted_pages_imprint_is_furniture_and_its_outlet(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text(_PASTED, encoding="utf-8")
    result = analyse(path)
    assert "Harbour View Road" not in result.cleaned.body
    assert result.metadata.outlet == "Northshore Information Bureau"
    assert "Two-way trade reached US$61.4 million" in result.cleaned.body


# -- a Vietnamese body in capitals over a market's line -----------------------------------

_MARKET = """THỊ TRƯỜNG PERU

Peru mở rộng nhập khẩu gạo từ Việt Nam

Năm 2025, kim ngạch thương mại Việt Nam - Peru đạt 512 triệu USD, tăng 11% so với năm 2024.

Việt Nam xuất khẩu sang Peru chủ yếu gạo, điện thoại và giày dép.
"""


def test_a_vietnamese_body_over_a_market_line_keeps_its_known_name() -> None:
    # (not re-cased as a foreign state's English ministry: "báo Công Thương - bản tin")
    assert clean(f"BÁO CÔNG THƯƠNG - BẢN TIN\n\n{_MARKET}").metadata.outlet == "Báo Công Thương"
    assert clean(f"BỘ CÔNG THƯƠNG - MOIT\n\n{_MARKET}").metadata.outlet == "Bộ Công Thương"


# -- an English mission's head --------------------------------------------------------------


def test_an_english_missions_line_alone_at_the_top_is_its_unit() -> None:
    head = [
        "EMBASSY OF THE SOCIALIST REPUBLIC OF VIET NAM IN THE REPUBLIC OF PERU",
        "Trade Bulletin No. 3 - March 2026",
        "Peru eyes more rice",
    ]
    assert unit_rows(head) == 1
    # near miss: a foreign embassy in Viet Nam is no Vietnamese unit abroad
    assert unit_rows(["EMBASSY OF THE REPUBLIC OF PERU IN VIET NAM", *head[1:]]) == 0


# -- the outlet's own masthead left in the body ---------------------------------------------


def test_the_outlets_name_with_an_organ_clause_is_its_tagline() -> None:
    assert own_tagline("Báo Biển Xanh - Diễn đàn của Hội Nghề cá Việt Nam", "Biển Xanh")
    assert own_tagline(
        "The Harbour Herald — the official newspaper of the Island Labour Party", "Harbour Herald"
    )
    # near misses: a sentence opening on the outlet's name; another outlet's tagline
    assert not own_tagline("Harbour Herald - the paper founded in 1986 - said", "Harbour Herald")
    assert not own_tagline("Báo Sóng Mới - Diễn đàn của Hội Nghề cá Việt Nam", "Biển Xanh")


def _cleaned(body: str) -> Cleaned:
    return Cleaned(body=body, removed=[], title="T", metadata=Metadata())


def test_the_masthead_at_the_bodys_end_goes_once_the_outlet_is_known() -> None:
    body = "\n\n".join(
        (
            "Biển Xanh",
            "Báo Biển Xanh - Diễn đàn của Hội Nghề cá Việt Nam",
            "Biển Xanh reported that tuna exports rose 8% in 2025.",
            "The two sides signed three agreements.",
        )
    )
    kept = without_own_masthead(_cleaned(body), "Biển Xanh")
    assert kept.paragraphs == [
        "Biển Xanh reported that tuna exports rose 8% in 2025.",  # (a sentence: it stays)
        "The two sides signed three agreements.",
    ]
    assert [r.reason for r in kept.removed] == ["masthead", "masthead"]
    # (another outlet chosen: the lines are no masthead of its)
    assert without_own_masthead(_cleaned(body), "Sóng Mới").body == body


# -- an English name the page prints ---------------------------------------------------------


def test_a_printed_pages_running_head_names_its_english_edition() -> None:
    head = ["VIETNAM PICTORIAL  |  Culture  |  Issue 12 - May 2026", "Hue hosts a lantern fair"]
    assert english_edition("Báo ảnh Việt Nam", head, "en", brand_only=True) == "Vietnam Pictorial"
    # near miss: the English name as one of a menu's links, not the page's head
    menu = ["Home  |  Vietnam Pictorial  |  Contact", "Hue hosts a lantern fair"]
    assert english_edition("Báo ảnh Việt Nam", menu, "en", brand_only=True) == ""


def test_an_english_name_printed_with_an_ampersand_is_written_so() -> None:
    marks = ["Ministry of Planning & Investment"]
    assert english_edition("Bộ Kế hoạch và Đầu tư", marks, "en") == (
        "Ministry of Planning & Investment"
    )
    assert english_edition("Bộ Kế hoạch và Đầu tư", ["Ministry of Planning"], "en") == ""
