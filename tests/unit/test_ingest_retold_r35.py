"""A figure told twice: the telling that names the partner is the one kept."""

from briefer.ingest.candidate import Candidate, unique_readings
from briefer.ingest.retold import preferred_tellings


def _figure(quote: str, start: int) -> Candidate:
    return Candidate(quote, start, start + len(quote), "figure", "trade", "VN-CL",
                     value=2e9, unit="USD", period="2024", metric="trade.total")  # fmt: skip


def test_the_telling_naming_the_partner_wins_over_a_lead() -> None:
    lead = _figure("Two-way trade hit US$2b last year, officials said.", 0)
    full = _figure("Trade between Chile and Vietnam reached US$2 billion in 2024.", 80)
    assert unique_readings([lead, full]) == [full]


def test_vietnamese_lead_and_full_sentence() -> None:
    lead = _figure("Thương mại hai chiều năm ngoái đạt 2 tỷ USD.", 0)
    full = _figure("Kim ngạch thương mại Việt Nam - Chi-lê năm 2024 đạt 2 tỷ USD.", 60)
    assert preferred_tellings([(lead.quote, ("VN-CL", 1)), (full.quote, ("VN-CL", 1))]) == {0}


def test_no_telling_names_the_partner_keeps_the_first() -> None:
    one = _figure("Two-way trade hit US$2b last year.", 0)
    two = _figure("Trade reached US$2 billion in 2024, up 5 per cent.", 50)
    assert unique_readings([one, two]) == [one]
