"""A portal's joint release and a notice naming its own kind name no publisher
(briefer/ingest/issuerlines.py::portal_issuer, outletnames.copyright_holder)."""

from __future__ import annotations

from briefer.ingest.issuerlines import portal_issuer
from briefer.ingest.outletnames import copyright_holder

_PAGE = "Press release\nCanada and Viet Nam open talks on seafood\n{line}\nPublished 2 May 2026\n"


def test_a_single_body_on_the_issuer_line_publishes() -> None:
    line = "From: Department of Fisheries and Oceans"
    assert portal_issuer(_PAGE.format(line=line)) == "Department of Fisheries and Oceans"


def test_a_body_joined_with_an_office_holder_is_a_joint_release() -> None:
    line = "From: Department of Fisheries and Oceans and The Rt Hon Jane Roe MP"
    assert portal_issuer(_PAGE.format(line=line)) == ""
    line = "From: Ministry of Trade and Hon. John Doe"
    assert portal_issuer(_PAGE.format(line=line)) == ""


def test_crown_copyright_is_no_holder_but_a_named_one_is() -> None:
    assert copyright_holder("© Crown copyright") == ""
    assert copyright_holder("© 2026 Harbour Courier") == "Harbour Courier"


def test_the_body_of_a_joint_release_is_its_author() -> None:
    from briefer.ingest.issuerlines import joint_issuer

    line = "From: Department of Fisheries and Oceans and The Rt Hon Jane Roe MP"
    assert joint_issuer(_PAGE.format(line=line)) == "Department of Fisheries and Oceans"
    assert joint_issuer(_PAGE.format(line="From: Department of Fisheries and Oceans")) == ""
