"""A country named by its region (r74): "the Andean nation", "quốc gia Nam Mỹ" stands for the
article's partner, so a clause that also names a third country keeps the article's pair; an
epithet set right after a third country's name describes that country."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.countries import CountryMention, find_countries
from briefer.ingest.epithets import epithet_mentions as _epithets


def epithet_mentions(text: str, main: str) -> list[CountryMention]:
    return _epithets(text, main, find_countries(text))


def _pairs(text: str, partner: str, lang: str) -> list[str]:
    meta = Metadata(
        language=lang, partners=(partner,), published_on="2025-06-20", context_year=2025
    )
    return [c.pair for c in find_candidates(text, meta)]


@pytest.mark.parametrize(
    ("text", "partner", "lang"),
    [
        (
            "Addressing an investment seminar in Da Nang on May 4, the minister said the Andean "
            "nation could serve as a bridge for Vietnamese exporters heading to Brazil.",
            "PE",
            "en",
        ),
        (
            "Tại diễn đàn ngày 4/5 ở Cần Thơ, ông khẳng định quốc gia Nam Mỹ có thể là cầu nối "
            "để hàng Việt Nam vào thị trường Argentina.",
            "UY",
            "vi",
        ),
    ],
)
def test_an_epithet_beside_a_third_country_keeps_the_pair(
    text: str, partner: str, lang: str
) -> None:
    pairs = _pairs(text, partner, lang)
    assert pairs and set(pairs) == {f"VN-{partner}"}


def test_epithets_are_mentions_of_the_partner() -> None:
    text = "Exports to the Central American country rose; đất nước Trung Mỹ cũng mua gạo."
    found = epithet_mentions(text, "HN")
    assert [(m.code, m.text) for m in found] == [
        ("HN", "the Central American country"),
        ("HN", "đất nước Trung Mỹ"),
    ]


def test_a_third_countrys_apposed_epithet_and_names_are_no_epithets() -> None:
    # (near misses: the epithet describes Brazil; an organisation; a country's own name)
    assert epithet_mentions("Brazil, the South American nation, buys rice.", "PE") == []
    assert epithet_mentions("Chile là quốc gia Nam Mỹ đầu tiên ký FTA.", "PE") == []
    assert epithet_mentions("It spoke at the United Nations in May.", "PE") == []
    assert epithet_mentions("Quốc gia Việt Nam và quốc gia Peru hợp tác.", "PE") == []
    # (the same epithet with nothing before it is the partner's)
    assert len(epithet_mentions("The South American nation buys rice.", "PE")) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Canada's trade with Viet Nam reached US$13 billion in 2025. The United States is "
            "the largest export market of the Southeast Asian nation, buying goods worth US$120 "
            "billion in 2025.",
            "en",
        ),
        (
            "Thương mại Việt Nam - Canada năm 2025 đạt 13 tỷ USD. Hoa Kỳ là thị trường xuất khẩu "
            "lớn nhất của quốc gia Đông Nam Á với 120 tỷ USD trong năm 2025.",
            "vi",
        ),
    ],
)
def test_an_epithet_of_viet_nams_own_region_is_viet_nam(text: str, lang: str) -> None:
    # ("the Southeast Asian nation" beside a partner from elsewhere is Việt Nam: the figure
    # with the United States is Việt Nam's and theirs, not the partner's)
    assert _pairs(text, "CA", lang) == ["VN-CA", "VN-US"]
    assert "CA" not in [m.code for m in epithet_mentions(text, "CA")]
