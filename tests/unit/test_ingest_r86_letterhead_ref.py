"""An English letterhead's reference line is its number: the headline is under its kind (r86)."""

from briefer.ingest.clean import clean
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
