"""Facts of the r42 round: a signing's date (a declaration of intent signed during a visit; a
plan "for the 2026-2030 period" signed after undated talks; a signing retold with its day in
the next sentence, retoldsigning.py), a delegation's stay as a visit,
"this year" closing a part of it, a base "a year earlier", a visit named as a dated
milestone's occasion, a delegation that came over to a place of Việt Nam's, a partner's own
exports (ownflow.py), a pact the partner signed with a third country (thirdsigning.py) and
Việt Nam's trade with a third country named in passing (passingpair.py) or with a whole
bloc (regionpair.py), a paper's own proposals (authorview.py) and a share of a foreign
economy's GDP (owneconomy.py)."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.authorview import author_view
from briefer.ingest.baseamount import year_before
from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.flowperiod import said_year
from briefer.ingest.owneconomy import own_economy
from briefer.ingest.ownflow import own_flow
from briefer.ingest.regionpair import region_sided
from briefer.ingest.signingday import signs_undated
from briefer.ingest.thirdsigning import signed_with_third
from briefer.ingest.visitdirection import direction_of
from briefer.text.dates import find_dates
from tests.imported import imported

_VI = Metadata(published_on="2026-03-12", language="vi", context_year=2026)  # a Thursday
_EN = Metadata(published_on="2026-03-12", language="en", context_year=2026)


def _events(body: str, meta: Metadata) -> list[tuple[str, str, str, str]]:
    return [
        (c.pair, c.metric, c.event_date, c.quote[:30])
        for c in find_candidates(body, meta)
        if c.kind == "event"
    ]


def test_a_declaration_of_intent_is_a_document_signed() -> None:
    text = "Nhân dịp này, hai bên đã ký Tuyên bố ý định về hợp tác giáo dục nghề nghiệp."
    assert signs_undated(text, [], 0) == len(text)
    text = "The two ministers signed a declaration of intent on vocational training."
    assert signs_undated(text, [], 0) == len(text)


def test_a_signing_during_a_visit_takes_its_month() -> None:
    body = (
        "Bộ trưởng Kinh tế Chile thăm làm việc tại Việt Nam từ ngày 2 đến 5/3/2026.\n"
        "Trong chuyến thăm, hai bên đã ký Tuyên bố ý định về hợp tác năng lượng sạch."
    )
    signed = [e for e in _events(body, _VI) if e[3].startswith("Trong chuyến")]
    assert signed == [("VN-CL", "", "2026-03", "Trong chuyến thăm, hai bên đã ")]


def test_a_plans_term_dates_no_signing_after_undated_talks() -> None:
    text = "After the talks, the two ministers signed a work plan for the 2027-2029 period."
    assert signs_undated(text, find_dates(text, 2026), 0) == len(text)
    body = (
        "The Prime Minister received visiting Chilean Foreign Minister Ana Soto in Hanoi on "
        "Tuesday.\n"
        "Soto is paying an official visit to Vietnam from March 9 to 11.\n"
        "After the talks, the two ministers signed a work plan for the 2027-2029 period."
    )
    signed = [e for e in _events(body, _EN) if e[3].startswith("After the talks")]
    assert signed == [("VN-CL", "", "2026-03-10", "After the talks, the two minis")]


def test_a_delegation_staying_in_the_partner_country_is_a_visit_out() -> None:
    body = "The Vietnamese delegation is in Chile from March 2 to 6 at the invitation of Congress."
    assert _events(body, _EN) == [
        ("VN-CL", "visit.outbound", "2026-03-02..2026-03-06", "The Vietnamese delegation is i")
    ]


def test_this_year_closing_a_part_of_it_is_no_whole_year() -> None:
    text = "In the first 8 months of this year, exports to Chile accounted for $90 million."
    assert said_year(text, 0, len(text), "2026-03-12") == ""
    text = "Trong 5 tháng đầu năm nay, xuất khẩu sang Chile đạt 90 triệu USD."
    assert said_year(text, 0, len(text), "2026-03-12") == ""
    text = "Exports to Chile accounted for $90 million this year."
    assert said_year(text, 0, len(text), "2026-03-12") == "2026"


def test_a_base_told_a_year_earlier_is_a_year_back() -> None:
    text = "Trade hit $80 million in 2025, up from $64 million a year earlier."
    at = text.index("$64")
    assert year_before(text, at, at + len("$64 million"), "2025") == "2024"
    text = "6 tháng đầu năm 2026 đạt 40 triệu USD, tăng so với 35 triệu USD cùng kỳ năm trước."
    at = text.index("35 triệu")
    assert year_before(text, at, at + len("35 triệu USD"), "2026-01..2026-06") == (
        "2025-01..2025-06"
    )
    text = "Trade hit $80 million in 2025, up from $64 million in 2023."
    at = text.index("$64")
    assert year_before(text, at, at + len("$64 million"), "2023") == "2023"


def test_a_visit_named_after_a_dated_milestone_by_its_visitor() -> None:
    body = (
        "Vietnam and Chile upgraded ties to a Comprehensive Partnership in May 2025 during "
        "the Chilean President's state visit to Hanoi."
    )
    found = {(e[1], e[2]) for e in _events(body, _EN)}
    assert ("visit.inbound", "2025-05") in found


def test_a_partner_delegation_that_came_over_to_a_place_of_vietnams() -> None:
    text = "Ngày 3/3/2026, đoàn Bộ Kinh tế Chile do Thứ trưởng dẫn đầu đã sang Đà Nẵng làm việc."
    assert direction_of(text, "CL") == "inbound"
    text = "Ngày 3/3/2026, đoàn doanh nghiệp tỉnh đã sang Santiago khảo sát thị trường."
    assert direction_of(text, "CL") == "outbound"


def test_a_partners_own_exports_told_before_or_by_what_they_earned() -> None:
    text = "Kim ngạch xuất khẩu của Chile năm 2025 đạt 99 tỷ USD, chủ yếu là đồng."
    assert own_flow(text, text.index("99"))
    text = "Chile earned about US$50 billion from copper exports last year."
    assert own_flow(text, text.index("US$50"))
    text = "Chile earned about US$50 million from wine exports to Vietnam last year."
    assert not own_flow(text, text.index("US$50"))
    text = "Kim ngạch xuất khẩu của Việt Nam sang Chile năm 2025 đạt 1 tỷ USD."
    assert not own_flow(text, text.index("1 tỷ"))


def test_a_pact_the_partner_signed_with_a_third_country() -> None:
    assert signed_with_third("Chile đã ký Hiệp định thương mại tự do với Hàn Quốc từ năm 2004.")
    assert signed_with_third("Chile signed a free trade agreement with Japan in 2007.")
    assert not signed_with_third("Chile signed a free trade agreement with Vietnam in 2011.")
    assert not signed_with_third("Hai nước đã ký Hiệp định với Chile năm 2011.")
    body = "Chile signed a free trade agreement with Japan in 2007."
    assert find_candidates(body, _EN) == []


def test_an_undated_signing_dated_by_the_next_sentence_that_retells_it() -> None:
    body = (
        "Chile and Vietnam have signed a memorandum of understanding on wine and fruit trade.\n"
        "The memorandum was signed in Santiago on Tuesday by the two deputy ministers."
    )
    lead = [c for c in find_candidates(body, _EN) if c.quote.startswith("Chile and")]
    assert [(c.kind, c.topic, c.event_date) for c in lead] == [
        ("event", "agreements", "2026-03-10")
    ]
    body = (
        "Việt Nam và Chile đã ký Bản ghi nhớ hợp tác trong lĩnh vực khai khoáng.\n"
        "Văn kiện được ký ngày 4/3 tại Santiago, với sự chứng kiến của hai Bộ trưởng."
    )
    lead = [c for c in find_candidates(body, _VI) if c.quote.startswith("Việt Nam và")]
    assert [(c.kind, c.event_date) for c in lead] == [("event", "2026-03-04")]
    # a next sentence about something else dates no signing
    body = body.replace("Văn kiện được ký ngày 4/3", "Hội thảo diễn ra ngày 4/3")
    lead = [c for c in find_candidates(body, _VI) if c.quote.startswith("Việt Nam và")]
    assert [c.event_date for c in lead if c.kind == "event"] == []


_CHILE_NOTE = (
    "Năm 2025, kim ngạch thương mại Việt Nam - Chile đạt 1,9 tỷ USD.\n"
    "Chile là đối tác thương mại lớn thứ 3 của Việt Nam tại Mỹ Latinh.\n"
    "Việt Nam xuất khẩu sang Chile chủ yếu điện thoại, giày dép và gạo.\n"
    "Chile và Việt Nam thiết lập quan hệ ngoại giao năm 1971.\n"
    "Để so sánh, kim ngạch xuất khẩu của Việt Nam sang Peru năm 2025 đạt 700 triệu USD."
)


def test_vietnams_trade_with_a_neighbour_named_in_passing_is_no_fact() -> None:
    meta = Metadata(published_on="2026-03-12", language="vi", context_year=2026, title="Chile")
    pairs = {c.pair for c in find_candidates(_CHILE_NOTE, meta) if c.kind == "figure"}
    assert pairs == {"VN-CL"}
    text = _CHILE_NOTE.replace("Để so sánh, kim", "Trade between Vietnam and Peru, by contrast,")
    text = text.replace(" năm 2025 đạt 700 triệu USD.", " reached $700 million in 2025.")
    en = Metadata(published_on="2026-03-12", language="en", context_year=2026, title="Chile")
    assert "VN-PE" not in {c.pair for c in find_candidates(text, en) if c.kind == "figure"}


def test_an_imported_note_drafts_no_trade_with_a_neighbour_named_in_passing(
    tmp_path: Path,
) -> None:
    text = "Quan hệ thương mại Việt Nam - Chile\n\n" + _CHILE_NOTE.replace("\n", "\n\n")
    figures = {c.pair for c in imported(tmp_path, text).candidates if c.kind == "figure"}
    assert figures == {"VN-CL"}


def test_a_second_partner_named_often_or_in_the_title_keeps_its_trade() -> None:
    meta = Metadata(
        published_on="2026-03-12", language="vi", context_year=2026, title="Chile và Peru"
    )
    pairs = {c.pair for c in find_candidates(_CHILE_NOTE, meta) if c.kind == "figure"}
    assert pairs == {"VN-CL", "VN-PE"}


def test_what_a_paper_or_its_writer_proposes_or_reckons_is_no_fact() -> None:
    assert author_view("Để mở rộng hợp tác, bài viết đề xuất: một là, sớm lập Tiểu ban hỗn hợp.")
    assert author_view("Theo ước tính của tác giả, kim ngạch có thể đạt 500 triệu USD năm 2030.")
    assert author_view("The paper recommends that both sides open a direct shipping route.")
    assert not author_view("Tác giả cho rằng: Chile đã miễn thị thực cho công dân Việt Nam.")
    assert not author_view("Bài viết phân tích thực trạng thương mại Việt Nam - Chile.")
    assert not author_view("Bộ trưởng đề xuất hai bên sớm lập Tiểu ban hỗn hợp.")
    body = "Theo tính toán của tác giả, kim ngạch Việt Nam - Chile có thể đạt 3 tỷ USD năm 2030."
    assert find_candidates(body, _VI) == []


def test_vietnams_trade_with_a_whole_bloc_is_no_members_figure() -> None:
    assert region_sided("Thương mại Việt Nam - EAEU năm 2024 đạt khoảng ")
    assert region_sided("Trade between Vietnam and Mercosur reached ")
    assert not region_sided("Thương mại Việt Nam - Chile năm 2024 đạt ")
    # (an agreement with the bloc is no flow: its sentence's size of market is not the pair's)
    assert not region_sided("They discussed a free trade agreement between Vietnam and Mercosur, ")


def test_a_share_of_a_foreign_economys_own_gdp_is_no_fact() -> None:
    assert own_economy("Chile's mining sector accounted for about 12 per cent of its GDP in 2024.")
    assert own_economy("Ông Pérez cho biết ngành đồng chiếm khoảng 12% GDP của Chile.")
    assert not own_economy("Thương mại với Việt Nam chiếm 2% GDP của Chile.")
    assert not own_economy("Xuất khẩu chiếm hơn 90% GDP của Việt Nam.")


def test_a_signing_told_as_a_condition_or_a_possibility_is_no_signing() -> None:
    assert signs_undated("Doanh nghiệp cần xác minh đối tác trước khi ký hợp đồng.", [], 0) < 0
    assert signs_undated("The treaty could be signed during the next visit.", [], 0) < 0
    assert signs_undated("Sau khi ký Bản ghi nhớ, hai bên trao quà lưu niệm.", [], 0) > 0
