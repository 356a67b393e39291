"""A standfirst that sums the piece up in general words is no statement (round r53): the
body's first paragraph, one sentence without figure or name but the countries', over the
article. The same sentence inside the article stays a candidate. Wording of its own."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.statementscreen import no_statement

_DECK = "Coffee, pepper and timber lead the trade between the two countries."
_LEAD = (
    "Vietnam and Cameroon agreed on Tuesday in Yaoundé to raise bilateral trade to USD 500 "
    "million by 2030 at the first meeting of their joint trade committee."
)
_MORE = "Trade between Vietnam and Cameroon reached USD 310 million in 2025, up 12 percent."


def test_a_general_standfirst_over_the_article_is_no_statement() -> None:
    body = f"{_DECK}\n\n{_LEAD}\n\n{_MORE}"
    quotes = [c.quote for c in find_candidates(body)]
    assert _DECK not in quotes
    assert any("USD 500" in q for q in quotes)


def test_the_screen_takes_a_longer_topic_line_only_as_a_standfirst() -> None:
    assert no_statement(_DECK, "", made=False, main="CM", standfirst=True)
    assert not no_statement(_DECK, "", made=False, main="CM", standfirst=False)
    # (a standfirst that names a minister or gives a figure tells something: kept)
    named = (
        "Minister Alain Mbarga wants more Vietnamese rice in the trade between the two countries."
    )
    assert not no_statement(named, "", made=False, main="CM", standfirst=True)
