"""'set up / forged diplomatic ties' names the founding of relations, as 'established' does."""

from briefer.ingest import keywords as kw

_ESTABLISHED = next(c for c in kw.EVENT_CUES if c.metric == "relations.established")


def test_set_up_diplomatic_ties_is_the_founding() -> None:
    text = "The two nations set up diplomatic ties on March 3, 1980, and trade has grown since."
    assert _ESTABLISHED.pattern.search(text) is not None


def test_forged_diplomatic_relations_is_the_founding() -> None:
    assert _ESTABLISHED.pattern.search("They forged diplomatic relations in 1992.") is not None


def test_setting_up_a_trade_office_is_not() -> None:
    assert _ESTABLISHED.pattern.search("They set up a trade office in 1992.") is None
