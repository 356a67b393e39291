"""A colophon row kept whole by the PDF reflow: its initials and name open it, the address
follows in the same row (r46: pdfblocks no longer parts the row where the page wrapped it)."""

from briefer.ingest.issuerlines import colophon_name


def test_whole_colophon_row_names_its_owner_en_vi() -> None:
    foot = "Body text.\nLITS · Lake Institute for Trade Studies · 12 Shore Rd · Port Town · ISBN 1"
    assert colophon_name(foot) == "Lake Institute for Trade Studies"
    foot_vi = "Bài.\nViện Kinh tế Sông Mây · VKTSM · Số 9 Phố Hồ · Thủ đô"
    assert colophon_name(foot_vi) == "Viện Kinh tế Sông Mây"


def test_address_row_without_initials_names_no_one() -> None:
    # (the pair must open the row: a name later in an address row is no colophon)
    foot = "Body.\n12 Shore Rd · Port Town · LITS · Lake Institute for Trade Studies"
    assert colophon_name(foot) == ""
    assert colophon_name("Body.\nTel · Fax · Email · Web") == ""
