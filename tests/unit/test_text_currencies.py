"""Another country's currency is read as itself, never as US dollars: "A$1.2 billion" is
Australian dollars, "1 tỷ đô la Úc" too; a dollar sign with letters we do not know gives no
unit rather than a wrong one; South Asia's crore and lakh are scales."""

from __future__ import annotations

import pytest

from briefer.text.numbers import find_amounts


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("two-way trade hit A$24.1 billion last year", "en", 24.1e9, "AUD"),
        ("investment of S$ 850 million", "en", 850e6, "SGD"),
        ("exports worth NZ$1.7bn", "en", 1.7e9, "NZD"),
        ("orders of C$300 million", "en", 300e6, "CAD"),
        ("a fund of HK$2 billion", "en", 2e9, "HKD"),
        ("sales of R$4.5 billion", "en", 4.5e9, "BRL"),
        ("trade reached RM31.2 billion", "en", 31.2e9, "MYR"),
        ("imports of ¥1.4 trillion", "en", 1.4e12, "JPY"),
        ("₩3 trillion of orders", "en", 3e12, "KRW"),
        ("kim ngạch đạt 1,2 tỷ đô la Úc", "vi", 1.2e9, "AUD"),
        ("vốn 300 triệu đô la Singapore", "vi", 300e6, "SGD"),
        ("đơn hàng trị giá 5.000 tỷ won", "vi", 5e12, "KRW"),
        ("3 million Canadian dollars", "en", 3e6, "CAD"),
        ("Rs 4,500 crore of exports", "en", 4.5e10, ""),
        ("500 triệu đô la", "vi", 500e6, "USD"),
        ("US$ 1.2bn", "en", 1.2e9, "USD"),
        ("$40 million", "en", 40e6, "USD"),
        # the ISO code written before the sign, as partner governments often do
        ("merchandise trade totalled CAD$16.8 billion", "en", 16.8e9, "CAD"),
        ("AUD$ 3.1 billion of two-way trade", "en", 3.1e9, "AUD"),
    ],
)
def test_each_currency_is_its_own(text: str, lang: str, value: float, unit: str) -> None:
    [amount] = find_amounts(text, lang)
    assert (amount.value, amount.unit) == pytest.approx((value, unit))


def test_a_dollar_we_do_not_know_is_no_us_dollar() -> None:
    [amount] = find_amounts("a deal worth XY$5 million", "en")
    assert (amount.value, amount.unit) == (5e6, "")


def test_letters_before_a_number_are_no_currency() -> None:
    assert [a.unit for a in find_amounts("FROM 2 MILLION", "en")] == [""]
    assert [a.unit for a in find_amounts("from 2 million people", "en")] == ["người"]


def test_money_in_any_currency_is_a_figure_but_a_rate_is_not() -> None:
    from tests.mined import candidates

    found = candidates("Two-way trade reached just over N$1 billion in 2024.", "NA")
    assert [(c.value, c.unit) for c in found if c.kind == "figure"] == [(1e9, "NAD")]
    assert candidates("The naira traded at around NGN 1,480 per US dollar in October.", "NG") == []


def test_metric_tons_are_tonnes() -> None:
    [amount] = find_amounts("a supply of up to 1.5 million metric tons of rice", "en")
    assert (amount.value, amount.unit) == (1.5e6, "tấn")
