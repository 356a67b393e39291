"""'set up / forged diplomatic ties' names the founding of relations, as 'established' does."""

from briefer.ingest import keywords as kw
from tests.mined import events

_ESTABLISHED = next(c for c in kw.EVENT_CUES if c.metric == "relations.established")


def test_set_up_diplomatic_ties_is_the_founding() -> None:
    text = "The two nations set up diplomatic ties on March 3, 1980, and trade has grown since."
    assert _ESTABLISHED.pattern.search(text) is not None


def test_forged_diplomatic_relations_is_the_founding() -> None:
    assert _ESTABLISHED.pattern.search("They forged diplomatic relations in 1992.") is not None


def test_setting_up_a_trade_office_is_not() -> None:
    assert _ESTABLISHED.pattern.search("They set up a trade office in 1992.") is None


def test_the_founding_is_drafted_with_its_day() -> None:
    # (what the desk sees: the milestone and its day, not only the cue's match)
    ties = "Vietnam and Fiji set up diplomatic ties on March 3, 1980, and trade has grown since."
    assert events(ties, "FJ") == [("1980-03-03", "relations.established")]
    office = "Vietnam and Fiji set up a trade office in 1992."
    assert [m for _d, m in events(office, "FJ") if m == "relations.established"] == []
