"""Round r102 (unseen99–102's key-fact misses, by structure): "US" as the United States's
short name (not the dollar's mark nor the pronoun in capitals). Wording of our own, not the
corpus'."""

from __future__ import annotations

from briefer.ingest.countries import find_countries


def _codes(text: str) -> list[str]:
    return [m.code for m in find_countries(text)]


# --- "US": the United States, or the pronoun / the dollar's mark ------------------------


def test_us_alone_names_the_united_states() -> None:
    assert _codes("US buyers took 40% of Cambodia's cashew shipments last year") == ["US", "KH"]
    assert _codes("The US was Thailand's third largest source of tourists") == ["US", "TH"]
    assert _codes("Exports to the US and Mexico rose in the quarter") == ["US", "MX"]
    assert _codes("TARIFF TALKS: THE US SETS A DEADLINE") == ["US"]


def test_us_as_a_dollar_mark_or_a_pronoun_in_capitals_is_no_country() -> None:
    # near-misses: the currency's mark, the currency's name, a site's call in capitals
    assert _codes("Peru shipped US$3.4 billion of copper") == ["PE"]
    assert _codes("Prices in Chile are quoted in US dollars") == ["CL"]
    assert _codes("SUBSCRIBE NOW AND FOLLOW US ON SOCIAL MEDIA") == []
    assert _codes("WRITE TO US") == []
