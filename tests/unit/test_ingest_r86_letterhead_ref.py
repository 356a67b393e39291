"""An English letterhead's reference line is its number: the headline is under its kind; a
pasted foot's owner label and English imprint (r86)."""

from briefer.ingest.clean import clean
from briefer.ingest.found import Found
from briefer.ingest.imprint import offer_closing_name, offer_imprints
from briefer.ingest.lines import Line
from briefer.ingest.pastedfoot import foot_outlet
from briefer.ingest.strayrows import stray_row


def test_a_reference_line_with_an_issuers_code_is_the_documents_number() -> None:
    assert stray_row("Ref: 57/ĐSQ-TM") == "document number"
    assert stray_row("Our ref. 1203/TV-NB") == "document number"
    assert stray_row("Reference: 9/2026/CQĐD-KT") == "document number"


def test_a_reference_that_names_no_issuers_code_is_not_a_number_line() -> None:
    # (a citation in running text, a ticket number: no issuer's code after the slash)
    assert stray_row("Ref: 57/2026") != "document number"
    assert stray_row("Ref: see the annex for the tariff schedule") != "document number"


_NOTE = "\n\n".join(
    [
        "CONSULATE GENERAL OF THE SOCIALIST REPUBLIC OF VIET NAM",
        "IN SYDNEY",
        "Ref: 88/TLS-KT",
        "Level 4, 77 King Street, Sydney NSW 2000",
        "Sydney, 14 March 2026",
        "INFORMATION NOTE",
        "Viet Nam – Australia seafood trade: outlook for the second half of 2026",
        "Australia bought USD 410 million of Vietnamese shrimp and pangasius in 2025, up 6.4% "
        "on the year before, the consulate said in its quarterly review.",
        "Importers in New South Wales expect demand to hold through the winter months.",
        "Consul (Trade)",
        "Tran Minh Khoa",
    ]
)


def test_a_notes_title_is_its_subject_line_not_its_letterhead() -> None:
    cleaned = clean(_NOTE)
    assert cleaned.title == (
        "Viet Nam – Australia seafood trade: outlook for the second half of 2026"
    )
    assert not cleaned.metadata.author  # (the note's signer signs it: no author)


# --- a pasted page's foot: its owner's label and an English imprint -------------------------


def _offered(texts: list[str]) -> list[str]:
    found = Found()
    offer_imprints([Line(t) for t in texts], found)
    return [name for name, _rank, _credit in found.outlet_offers]


def test_an_owners_label_in_capitals_is_never_the_outlets_name() -> None:
    foot = "ĐƠN VỊ CHỦ QUẢN: SỞ VĂN HÓA TỈNH KON TUM. Tổng biên tập: Lê Hồng Phúc"
    offered = _offered(["Lễ hội cồng chiêng khai mạc", foot])
    assert not any("chủ quản" in name.casefold() for name in offered)
    # (the masthead in capitals before its imprint's statements is still offered)
    masthead = "TIN TÂY NGUYÊN. Tổng biên tập: Lê Hồng Phúc"
    assert "Tin Tây Nguyên" in [n.title() for n in _offered(["Lễ hội", masthead])]


def test_an_english_imprint_names_the_site_before_the_body_it_answers_to() -> None:
    text = (
        "Dutch dredging firm wins port contract\nThe contract is worth EUR 40 million.\n"
        "Mekong Business Times under the Ministry of Planning. License No. 88/GP-BTTTT"
    )
    assert foot_outlet(text) == "Mekong Business Times"
    assert stray_row(
        "Mekong Business Times under the Ministry of Planning. License No. 88/GP-BTTTT"
    )


def test_a_sentence_under_a_body_with_no_licence_after_it_names_no_site() -> None:
    text = (
        "Rice exports climb\nShipments rose 8%.\n"
        "Exporters under the Ministry of Agriculture's scheme. Shipments start in May."
    )
    assert foot_outlet(text) == ""
    # (a sentence citing a licence goes on past its number: no imprint line)
    assert not stray_row("The plant was approved. License No. 14 was issued to the firm in March.")


def _closing_author(row: str) -> str:
    lines = [Line("Ministers met in Lagos on Monday to review the cocoa accord."), Line(row)]
    lines += [Line("© 2026 Gulf Wire Agency. All rights reserved.")]
    lines[1].reason = "related headline"
    lines[2].reason = "copyright"
    found = Found()
    offer_closing_name(lines, found)
    return found.author


def test_a_tag_row_naming_the_home_country_over_the_foot_is_no_writer() -> None:
    assert _closing_author("Viet Nam Shipping") == ""
    assert _closing_author("Việt Nam Du lịch") == ""
    # (a writer's name alone over the site's foot is still the closing byline)
    assert _closing_author("Daniel Okafor") == "Daniel Okafor"
