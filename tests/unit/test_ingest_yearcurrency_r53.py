"""r53: a page's year is not the year of an event it announces or of a plan's target
("Expo 2027", "Tầm nhìn 2045", "mục tiêu đến năm 2030"); East Africa's shillings read with
their country's letters, a bare "Sh"/"shillings" an amount without a (wrong) unit."""

from __future__ import annotations

from briefer.ingest.analysis import metadata_of
from briefer.ingest.clean import clean
from briefer.ingest.metadata import context_year
from briefer.ingest.plannedyears import planned_spans, witness_years
from briefer.ingest.readers import RawDocument
from briefer.text.numbers import find_amounts
from tests.mined import candidates as _found


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_an_events_year_in_the_lead_does_not_date_a_dateline() -> None:
    text = _page(
        "Hungary and Vietnam to deepen water cooperation",
        "BUDAPEST, April 22 (MTI) - Hungarian and Vietnamese ministers met on Monday to "
        "prepare a joint stand at the World Water Forum 2027 in Budapest.",
        "Vietnam will send a delegation to the forum, the ministry said.",
    )
    # (the event's year is the text's only one: no year, so no day, rather than 2027's)
    assert clean(text).metadata.published_on == ""


def test_a_plans_years_lose_the_vote_to_a_reporting_year() -> None:
    vi = [
        "Hai bên thống nhất thực hiện kế hoạch hợp tác giai đoạn 2026–2030 và Tầm nhìn 2045.",
        "Năm 2024 kim ngạch thương mại song phương đạt 1,2 tỷ USD, tăng 8% so với năm 2023.",
        "Mục tiêu đến năm 2030 là nâng kim ngạch lên 3 tỷ USD; Việt Nam sẽ tham dự APEC 2027.",
    ]
    assert context_year(vi, "") == 2024
    en = [
        "Both sides aim to lift trade to US$5 billion by 2030 under the Vision 2045 plan.",
        "In 2023 trade stood at US$2.1 billion, and it reached US$2.6 billion in 2024.",
        "Vietnam will co-host the 2030 World Cup fan festival and APEC 2027 events.",
    ]
    assert context_year(en, "") == 2024


def test_reporting_years_stay_witnesses() -> None:
    assert witness_years("In 2024 exports rose; since 2020 they have doubled.") == [2024, 2020]
    assert witness_years("Năm 2024 đạt 1 tỷ USD; cuối năm 2023 đạt 800 triệu USD.") == [
        2024,
        2023,
    ]
    assert witness_years("The plan was adopted in 2021.") == [2021]
    # (a deadline before a year's end is set within the year the page is written in)
    assert witness_years("They hope to ratify it before the end of 2026.") == [2026]
    assert witness_years("They hope to ratify it by 2030.") == []
    text = "ahead of Expo 2027 and the Hanoi Marathon 2026 and a goal for 2030"
    assert len(planned_spans(text)) == 3


def _units(text: str) -> list[tuple[float, str]]:
    return [(a.value, a.unit) for a in find_amounts(text)]


def test_shillings_with_their_countrys_letters() -> None:
    assert _units("tea earnings of KSh 48.6 billion") == [(48.6e9, "KES")]
    assert _units("a Ksh12bn cold-storage plant") == [(12e9, "KES")]
    assert _units("some 3.1 trillion Tanzanian shillings") == [(3.1e12, "TZS")]
    assert _units("TSh 900 million for the port") == [(900e6, "TZS")]
    assert _units("USh 7.5 billion in coffee") == [(7.5e9, "UGX")]
    assert _units("2 billion Ugandan shillings") == [(2e9, "UGX")]
    assert _units("khoảng 15 tỷ shilling Kenya") == [(15e9, "KES")]


def test_a_bare_shilling_is_an_amount_without_a_unit() -> None:
    assert _units("imports climbed to Sh31 billion") == [(31e9, "")]
    assert _units("worth Shs 2.4bn") == [(2.4e9, "")]
    assert _units("about 31 billion shillings") == [(31e9, "")]


def test_a_shilling_figure_never_becomes_a_dollar_figure() -> None:
    body = (
        "Kenya's imports from Vietnam climbed to Sh31 billion in 2024, while two-way trade "
        "reached US$260 million, the statistics office said."
    )
    figures = {(c.value, c.unit) for c in _found(body, "KE") if c.kind == "figure"}
    assert (31e9, "") in figures
    assert all(not (value == 31e9 and unit == "USD") for value, unit in figures)


def test_a_year_only_text_day_takes_the_addresss_day_in_that_year() -> None:
    # (a printed statement: its address under the title, its text dating only a year)
    text = _page(
        "Joint Statement on the Visit of the Prime Minister of Vietnam to Chile",
        "https://www.gob.cl/en/news/2024/05/14/joint-statement-vietnam-chile/",
        "At the invitation of the President of Chile, the Prime Minister of Vietnam paid an "
        "official visit to Chile on May 12-14, 2024.",
        "The two leaders welcomed bilateral trade of nearly US$1.8 billion in 2023 and "
        "looked forward to the Vietnam-Chile Business Forum 2026.",
        "Both sides agreed to celebrate the anniversary of diplomatic relations in 2031 "
        "with a cultural week.",
    )
    raw = RawDocument(text=text, kind="pdf", filename="statement.pdf", sha256="0")
    assert metadata_of(raw, clean(text)).published_on == "2024-05-14"
