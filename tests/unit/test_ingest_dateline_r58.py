"""r58: a wire's dateline opening the lead ("City, Mon. D (AGENCY).") dates the story and is
never a candidate itself; a month's short name with its dot is read in datelines."""

from briefer.ingest.candidateparts import DATELINE_ONLY
from briefer.ingest.metadata import published_on


def test_dateline_with_dotted_month_opening_the_lead_dates_the_story() -> None:
    paragraphs = [
        "Quito, Sept. 18 (EFE). Ecuador and Vietnam signed a fisheries accord on Thursday.",
        "Trade reached US$ 300 million in 2025.",
    ]
    assert published_on(paragraphs)[0] == "2025-09-18"


def test_dotted_month_dateline_alone_is_no_candidate_sentence() -> None:
    assert DATELINE_ONLY.match("Santiago, Dec. 2 (XINHUA).")
    assert DATELINE_ONLY.match("NAIROBI, Feb. 14.")
    assert not DATELINE_ONLY.match("In Oct. 2024, exports rose by 12.")
