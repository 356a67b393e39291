"""Round r75 (unseen82/83's misses, by structure): Italy's one-syllable name "Ý", a visit
"to the country", a capital as its government, a "working trip", a base year's amount in
brackets, a transcribed capital in a letterhead's date line, Dublin Core's day in any case,
a state body in a writer's place, an issue line "Issue No. N", a bulletin's foot past its
own name, the copyright's name of a renamed paper, a logo's motto, a rival country and a
numbered table's caption. Wording of our own, not the corpus'."""

from __future__ import annotations

import lxml.html

from briefer.ingest.candidates import find_candidates
from briefer.ingest.countries import find_countries
from briefer.ingest.edgedays import issue_month
from briefer.ingest.found import Found
from briefer.ingest.furniture import PLACE_DATE
from briefer.ingest.keywords import VISIT
from briefer.ingest.lines import line_noise
from briefer.ingest.metachoice import Claim, choose_outlet
from briefer.ingest.pagemeta import declared_date
from briefer.ingest.publisher import bulletin_publisher
from briefer.ingest.venues import visit_side
from briefer.ingest.visitdirection import direction_of
from briefer.ingest.writerchoice import choose_author


def _codes(text: str) -> list[str]:
    return [m.code for m in find_countries(text)]


# --- "Ý": Italy, or an ordinary word ----------------------------------------------------


def test_italy_by_its_one_syllable_name_after_a_country_word_or_alone() -> None:
    assert _codes("Nhập khẩu từ Ý tăng 12% trong quý II") == ["IT"]
    assert _codes("Thương mại Việt Nam - Ý vượt 7 tỷ USD") == ["VN", "IT"]
    assert _codes("Ý là thị trường lớn thứ tư của ngành da giày") == ["IT"]
    # (Germany's "Đức" heads the list with no country word before it: a given name's doubt)
    assert {"IT", "NL"} <= set(_codes("Đức, Ý và Hà Lan"))


def test_the_word_y_in_a_compound_or_a_name_is_no_country() -> None:
    # near-misses: an opinion box, an all-caps notice, a prize for ideas, a given name
    assert "IT" not in _codes("Ý kiến của bạn đọc về bài viết")
    assert "IT" not in _codes("LƯU Ý KHI ĐĂNG KÝ")
    assert "IT" not in _codes("Giải thưởng Ý tưởng sáng tạo trẻ")
    assert "IT" not in _codes("Bà Lê Như Ý, Giám đốc công ty, cho biết")


# --- a visit's direction -----------------------------------------------------------------


def test_a_visit_to_the_country_goes_away_from_the_subjects_side() -> None:
    inbound = (
        "Norway's State Secretary for Trade, Lise Berg, said on Monday that Oslo hopes to double "
        "seafood sales, during a working visit to the country from 3 to 5 March."
    )
    assert direction_of(inbound, "NO") == "inbound"
    outbound = (
        "Vietnam's Deputy Minister of Industry, Tran Van B, on a three-day visit to the country, "
        "met Norwegian shipbuilders in Bergen's harbour district."
    )
    assert direction_of(outbound, "NO") == "outbound"


def test_a_visit_to_the_country_names_no_side_without_a_subjects_country() -> None:
    # near-miss: the first clause names neither side
    text = "The report, released during a visit to the country, counts 40 joint projects."
    assert direction_of(text, "NO") == ""


def test_a_capital_that_wants_something_is_its_government_not_a_place() -> None:
    assert visit_side("Officials said Madrid hopes to open a second consulate soon.", "ES") == ""
    # near-miss: the capital as a place the delegation worked in still sends the visit out
    assert visit_side("The delegation surveyed port facilities near Madrid last week.", "ES") == (
        "outbound"
    )


def test_a_working_trip_is_a_visit_but_a_round_trip_is_not() -> None:
    assert VISIT.search("during the Deputy Prime Minister's working trip to Norway in May")
    assert VISIT.search("his official trip ended on Friday")
    assert not VISIT.search("a round trip ticket costs 900 euros")


# --- a base year's amount in brackets -------------------------------------------------------


def test_an_amount_in_brackets_after_the_year_compared_with_is_that_years() -> None:
    text = (
        "Năm 2024, kim ngạch thương mại Việt Nam - Đan Mạch đạt 1,3 tỷ USD, tăng 11% so với năm "
        "2023 (1,17 tỷ USD)."
    )
    periods = {c.value: c.period for c in find_candidates(text) if c.unit == "USD"}
    assert periods[1_170_000_000] == "2023"
    assert periods[1_300_000_000] == "2024"


def test_an_amount_in_brackets_after_a_period_of_its_own_keeps_the_sentences() -> None:
    # near-miss: the bracket follows the sentence's own period, no comparison
    text = "Trong năm 2024 (1,3 tỷ USD), kim ngạch thương mại Việt Nam - Đan Mạch tăng 11%."
    periods = [c.period for c in find_candidates(text) if c.unit == "USD"]
    assert periods == ["2024"]


# --- metadata ------------------------------------------------------------------------------------


def test_a_letterhead_dates_from_a_transcribed_capital() -> None:
    assert PLACE_DATE.match("Pa-ri, ngày 3 tháng 02 năm 2026")
    assert PLACE_DATE.match("Niu Đê-li, ngày 14/5/2025")
    assert not PLACE_DATE.match("Pa-ri là nơi ngày 3 tháng 02 năm 2026 diễn ra hội nghị")


def test_dublin_core_day_is_read_in_any_letter_case() -> None:
    page = '<html><head><meta name="DCTERMS.Issued" content="2024-03-02"></head><body/></html>'
    assert declared_date(lxml.html.fromstring(page)) == "2024-03-02"
    # near-miss: the day it was changed is no publication's
    other = '<html><head><meta name="DC.Date.Modified" content="2024-03-09"></head></html>'
    assert declared_date(lxml.html.fromstring(other)) == ""


def test_a_state_body_in_the_writers_place_is_no_writer() -> None:
    assert choose_author("", "The Federal Chancellery") == ""
    assert choose_author("The Foreign Trade Commission", "") == ""
    assert choose_author("", "Anna Bergström") == "Anna Bergström"


def test_an_issue_line_with_issue_no_dates_the_bulletin_by_its_month() -> None:
    assert issue_month(["Market Watch | Issue No. 4 | April 2026"]) == "2026-04"
    assert issue_month(["Trade Letter · Volume 2, No. 7 · July 2024"]) == "2024-07"
    assert issue_month(["Market Watch | April 2026"]) == ""  # no issue number: no issue line


def test_a_bulletins_foot_names_its_body_past_its_own_name() -> None:
    foot = "Market Bulletin No. 3/2026 - Trade Office of Viet Nam in Kenya - Page 1/2"
    assert bulletin_publisher("Market Bulletin", [foot]) == "Trade Office of Viet Nam in Kenya"
    # near-miss: a foot of the bulletin's name alone names no body
    assert bulletin_publisher("Market Bulletin", ["Market Bulletin No. 3/2026 - Page 1/2"]) == ""


def test_a_renamed_papers_copyright_line_names_it_today() -> None:
    claims = [
        Claim("Báo Quốc tế", 3, "copyright"),
        Claim("Báo Thế giới và Việt Nam", 2.0, "text 0"),
    ]
    assert choose_outlet(claims) == "Báo Quốc tế"
    # near-miss: without a line naming today's title the page's former one stands
    assert choose_outlet([Claim("Báo Thế giới và Việt Nam", 2.0, "text 0")]) == (
        "Báo Thế giới và Việt Nam"
    )


def test_a_logos_motto_after_a_dot_is_no_longer_name() -> None:
    claims = [
        Claim("Kavala Post", 6, "title part"),
        Claim("Kavala Post · The voice of the north since 1921", 4, "logo"),
    ]
    assert choose_outlet(claims) == "Kavala Post"


# --- pairs and body lines ----------------------------------------------------------------------


def test_a_rival_country_is_no_figures_partner() -> None:
    text = (
        "Peru là đối tác lớn của Việt Nam tại Nam Mỹ; hàng Việt vào Peru chủ yếu là cà phê. "
        "Trong 6 tháng đầu năm 2025, kim ngạch thương mại đạt 61 triệu USD, giảm 3% do cà phê "
        "chịu cạnh tranh từ Brazil."
    )
    pairs = {c.pair for c in find_candidates(text) if c.unit == "USD"}
    assert pairs == {"VN-PE"}


def test_a_country_as_a_buyer_is_still_the_figures_partner() -> None:
    # near-miss: the same shape with the country as the market, not as a competitor
    text = "Trong 6 tháng đầu năm 2025, xuất khẩu cà phê sang Brazil đạt 61 triệu USD."
    pairs = {c.pair for c in find_candidates(text) if c.unit == "USD"}
    assert pairs == {"VN-BR"}


def test_a_numbered_tables_caption_is_no_article_text() -> None:
    assert line_noise("Bảng 2: Cơ cấu hàng nhập khẩu từ Na Uy 9 tháng năm 2025", Found())
    assert line_noise("Table 3. Two-way trade by quarter (US$ million)", Found())
    # near-miss: a sentence that names a table is prose
    assert not line_noise("Bảng xếp hạng mới cho thấy Na Uy dẫn đầu về đầu tư xanh.", Found())
