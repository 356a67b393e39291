"""r69: foreign agencies in the outlet table by the names their own pages print — the Gulf
agency by its spelled-out name (its initials an alias), the Turkish agency's site name in
Turkish as an alias of its English name (wording of our own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.outletnames import known_outlet

_BODY = (
    "<h1>Vietnam and partner review trade ties</h1>"
    "<p>Trade between Vietnam and the partner reached $2.1 billion in 2025, up 12 percent"
    " on the year before, officials said on Tuesday.</p>"
    "<p>Both sides agreed to study a new investment framework.</p>"
)


def _outlet(tmp_path: Path, site: str, foot: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(
        f'<html lang="en"><head><title>Vietnam and partner review trade ties</title>'
        f'<meta property="og:site_name" content="{site}"></head>'
        f"<body>{_BODY}<footer>{foot}</footer></body></html>",
        encoding="utf-8",
    )
    return analyse(path).metadata.outlet


def test_the_names_stand_for_the_table_s_outlets() -> None:
    assert known_outlet("WAM") == "Emirates News Agency"
    assert known_outlet("Emirates News Agency") == "Emirates News Agency"
    assert known_outlet("wam.ae") == "Emirates News Agency"
    assert known_outlet("Anadolu Ajansı") == "Anadolu Agency"
    assert known_outlet("ANADOLU AJANSI") == "Anadolu Agency"


def test_a_page_by_its_site_name(tmp_path: Path) -> None:
    got = _outlet(tmp_path, "Emirates News Agency", "© 2025 Emirates News Agency (WAM).")
    assert got == "Emirates News Agency"
    got = _outlet(tmp_path, "Anadolu Ajansı", "© Anadolu Ajansı 2025.")
    assert got == "Anadolu Agency"


_RELEASE = (
    "Republic of Palau Government\n"
    "Office of the Prime Minister | Ministries | Newsroom | Speeches | Contact Us\n"
    "Home > Newsroom > Releases\n\n"
    "PALAU AND VIETNAM AGREE TO EXPAND COOPERATION IN TUNA FISHERIES\n\n"
    "Press Release\n"
    "Posted on 14 October 2025\n\n"
    "Palau and Vietnam have agreed to expand cooperation in tuna fisheries and crew training"
    " after talks between the Minister for Natural Resources and a visiting Vietnamese"
    " delegation in Koror on Monday.\n"
    "Trade between Palau and Vietnam was valued at about US$6 million in 2024, officials"
    " said.\n"
    "-ENDS-\n"
    "Copyright © 2025 Republic of Palau Government. All Rights Reserved. | Privacy\n"
)


@pytest.mark.parametrize("site", ["Republic of Palau Government", "Palau Government"])
def test_a_first_line_the_copyright_repeats_is_the_masthead(tmp_path: Path, site: str) -> None:
    # (the menu row under it opens on a menu item: "Office of the Prime Minister" is no site)
    page = _RELEASE.replace("Republic of Palau Government", site)
    path = tmp_path / "release.txt"
    path.write_text(page, encoding="utf-8")
    assert analyse(path).metadata.outlet == site
    # (a first line the foot does not name stays a label)
    path.write_text(page.replace(f"{site}.", "PNA."), encoding="utf-8")
    assert analyse(path).metadata.outlet != site


def test_a_unit_then_its_parent_is_no_translation() -> None:
    from briefer.ingest.bilingualhead import english_body, unit_before_parent

    row = ("TRADE OFFICE OF VIETNAM IN CHILE", "Ministry of Industry and Trade of Vietnam")
    assert english_body(*row) == ""
    assert unit_before_parent(*row) == "Trade Office of Vietnam in Chile"
    # (a body's own-language name, then its English one: still the English name)
    assert english_body("BANCO CENTRAL DE CHILE", "Central Bank of Chile") == (
        "Central Bank of Chile"
    )
    assert unit_before_parent("BANCO CENTRAL DE CHILE", "Central Bank of Chile") == ""


def test_a_bulletin_head_row_names_the_unit(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text(
        "VIETNAM TRADE OFFICE IN CHILE | Ministry of Industry and Trade of Vietnam\n"
        "Market Brief No. 2/2025 | Santiago, 3 July 2025\n\n"
        "Vietnam - Chile trade in the first half of 2025\n\n"
        "Two-way trade between Vietnam and Chile reached USD 910 million in the first half of"
        " 2025, up 9 percent year-on-year, the Trade Office said.\n\n"
        "Vietnam's exports to Chile were led by phones, footwear and garments.\n",
        encoding="utf-8",
    )
    assert analyse(path).metadata.outlet == "Vietnam Trade Office in Chile"


def test_a_mission_s_host_as_the_letterhead_writes_it() -> None:
    from briefer.ingest.officeplace import plain_office

    # (the state's style dropped, the host's own spelling kept, not the table's Vietnamese name)
    assert (
        plain_office("Thương vụ Việt Nam tại Cộng hòa Türkiye") == "Thương vụ Việt Nam tại Türkiye"
    )
    assert plain_office("Đại sứ quán Việt Nam tại Cộng Hòa Türkiye") == (
        "Đại sứ quán Việt Nam tại Türkiye"
    )
    # (a style before the Vietnamese name: that name, as before)
    assert plain_office("Đại sứ quán Việt Nam tại Cộng hòa Liên bang Đức") == (
        "Đại sứ quán Việt Nam tại Đức"
    )


def test_a_pdf_headline_over_its_first_numbered_section() -> None:
    from briefer.ingest.pdflayout import reflow

    text = (
        "MARKET BRIEF | No. 2/2025 | Santiago, 3 July 2025\n"
        "Vietnam - Chile trade: first half review\n"
        "1. Trade performance\n"
        "Two-way trade between Vietnam and Chile reached USD 910 million in the first half\n"
        "of 2025, up 9 percent year-on-year, the highest half-year figure on record, and the\n"
        "Trade Office expects the full year to exceed USD 1.8 billion as demand recovers.\n"
    )
    paragraphs = reflow(text).split("\n\n")
    assert "Vietnam - Chile trade: first half review" in paragraphs
    assert "1. Trade performance" in paragraphs
