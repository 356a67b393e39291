"""A printed page's site named with its desk (r94): a browser prints the page's <title>,
"Headline - Site Section", in its header; where the address's outlet (the table's name for
the page's host) opens that site part, the words after it are the section the story is filed
under, no part of the outlet. Near misses: a longer name after the outlet's, and a site the
table does not know, are kept as printed."""

from __future__ import annotations

from briefer.ingest.printedsite import printed_page


def _outlet(title: str, url: str) -> str:
    return printed_page([f"1/5/2026, 14:02    {title}", f"{url}    1/3"])[1]


def test_the_desk_after_the_address_outlet_is_dropped() -> None:
    got = _outlet(
        "Xuất khẩu cà phê sang Bỉ tăng mạnh - Thanh Niên Kinh tế",
        "https://thanhnien.vn/xuat-khau-ca-phe-185.htm",
    )
    assert got == "Thanh Niên"
    got = _outlet(
        "Belgian buyers sign for Vietnamese pepper - VnExpress Thời sự",
        "https://vnexpress.net/pepper-4970001.html",
    )
    assert got == "VnExpress"


def test_a_longer_name_after_the_outlet_is_kept() -> None:
    got = _outlet(
        "Xuất khẩu cà phê sang Bỉ tăng mạnh - Thanh Niên Kinh tế Quốc tế Online",
        "https://thanhnien.vn/xuat-khau-ca-phe-185.htm",
    )
    assert got == "Thanh Niên Kinh tế Quốc tế Online"


def test_a_site_the_table_lacks_keeps_its_words() -> None:
    got = _outlet(
        "Belgian coffee imports climb - Harbourpost Business", "https://harbourpost.xx/a-185.htm"
    )
    assert got == "Harbourpost Business"
