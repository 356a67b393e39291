"""r69: foreign agencies in the outlet table by the names their own pages print — the Gulf
agency by its spelled-out name (its initials an alias), the Turkish agency's site name in
Turkish as an alias of its English name (wording of our own)."""

from __future__ import annotations

from pathlib import Path

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
