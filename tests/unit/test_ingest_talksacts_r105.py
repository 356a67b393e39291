"""Acts at the talks and visits told by their guest (r105): a signing in the clause after
dated talks, a raising agreed "during the talks" of a visit whose talks' day is untold, a
"today" before the talks' verb beside the visit's span, and a "visiting" guest of a report
whose news is of its own week — each with a near miss."""

from __future__ import annotations

from typing import Any

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata


def _found(body: str, lang: str = "en", day: str = "2026-04-09") -> list[Any]:
    meta = Metadata(title="", language=lang, published_on=day, context_year=int(day[:4]))
    return find_candidates(body, meta)


def _kinds(body: str, words: str, lang: str = "en", day: str = "2026-04-09") -> list[Any]:
    return [(c.kind, c.metric, c.event_date) for c in _found(body, lang, day) if words in c.quote]


def test_signing_in_the_clause_after_dated_talks_is_on_their_day() -> None:
    body = (
        "Tại Lusaka, ngày 7/4/2026, Thứ trưởng Nguyễn Văn Bình đã hội đàm với Bộ trưởng Thương"
        " mại Zambia Chipoka Mulenga; hai bên ký Biên bản thỏa thuận về hợp tác nông nghiệp."
    )
    got = _kinds(body, "hai bên ký Biên bản", "vi")
    assert ("event", "", "2026-04-07") in got


def test_signing_still_to_come_after_dated_talks_stays_a_statement() -> None:
    # near miss: the clause after the talks signs nothing yet
    body = (
        "Tại Lusaka, ngày 7/4/2026, Thứ trưởng Nguyễn Văn Bình đã hội đàm với Bộ trưởng Thương"
        " mại Zambia Chipoka Mulenga; hai bên sẽ sớm ký Biên bản thỏa thuận về hợp tác nông"
        " nghiệp."
    )
    assert all(k != "event" for k, _, _ in _kinds(body, "hai bên sẽ sớm ký", "vi"))


_VISIT = (
    "President Wavel Ramkalawan has begun a four-day state visit to Vietnam, the first by a"
    " Seychellois head of state.\n\n"
    "The President arrived in Hanoi on Sunday, 5 April 2026, at the invitation of"
    " Vietnamese President Luong Cuong.\n\n"
)


def test_raising_agreed_during_talks_of_an_undated_day_takes_the_visits_month() -> None:
    body = _VISIT + (
        "At the talks, the two presidents agreed to upgrade relations to a Strategic"
        " Partnership and witnessed the exchange of three agreements."
    )
    got = _kinds(body, "agreed to upgrade relations")
    assert got == [("event", "relations.strategic_partnership", "2026-04")]


def test_talks_agreed_to_go_on_are_no_milestone() -> None:
    # near miss: the talks frame the sentence, but the sides only agree to keep talking
    body = _VISIT + (
        "At the talks, the two presidents agreed to continue talks on a Strategic"
        " Partnership at an appropriate time."
    )
    assert all(k != "event" for k, _, _ in _kinds(body, "agreed to continue talks"))


def test_raising_put_off_during_talks_stays_a_statement() -> None:
    # near miss: a raising the sides will only consider
    body = _VISIT + (
        "At the talks, the two presidents agreed to consider upgrading relations to a"
        " Strategic Partnership."
    )
    assert all(k != "event" for k, _, _ in _kinds(body, "agreed to consider"))


def test_today_before_the_talks_verb_dates_the_talks_beside_the_visit_span() -> None:
    body = (
        "Victoria, April 9 (SNA): Foreign Minister Sylvestre Radegonde today held talks with"
        " Vietnamese Deputy Foreign Minister Le Thi Thu Hang, who is on an official visit to"
        " Seychelles from 8 to 10 April 2026.\n\n"
        "The two sides signed an agreement on visa exemption for holders of diplomatic"
        " passports."
    )
    assert ("event", "", "2026-04-09") in _kinds(body, "signed an agreement on visa")
    visit = [d for k, m, d in _kinds(body, "official visit to") if m == "visit.outbound"]
    assert visit == ["2026-04-08..2026-04-10"]


def test_today_meaning_nowadays_dates_nothing() -> None:
    # near miss: "today" before a state, not an act: the signing keeps the visit's month
    body = (
        "Seychelles today is a partner of growing weight for Vietnamese Deputy Foreign"
        " Minister Le Thi Thu Hang, who is on an official visit to Seychelles from 8 to 10"
        " April 2026.\n\n"
        "The two sides signed an agreement on visa exemption for holders of diplomatic"
        " passports."
    )
    assert ("event", "", "2026-04") in _kinds(body, "signed an agreement on visa")


_NEWS = (
    "HÀ NỘI — Việt Nam and Zambia should widen trade in copper and rice, Deputy Minister of"
    " Industry and Trade Nguyễn Sinh Nhật Tân said on Wednesday.\n\n"
)


def test_reception_of_a_visiting_guest_opening_a_figure_sentence_is_a_visit() -> None:
    # 2026-04-09 is a Thursday: the news is of Wednesday the 8th
    body = _NEWS + (
        "Meeting visiting Zambian Minister of Commerce Chipoka Mulenga in Hà Nội, Tân said"
        " two-way trade reached US$64.2 million in 2025."
    )
    found = _found(body)
    visits = [(c.quote, c.metric, c.event_date) for c in found if c.metric.startswith("visit.")]
    quote = "Meeting visiting Zambian Minister of Commerce Chipoka Mulenga in Hà Nội"
    assert visits == [(quote, "visit.inbound", "2026-04")]
    assert any(c.value == 64_200_000 for c in found)  # (the figure stays beside it)


def test_visiting_vietnamese_guest_is_an_outbound_visit_of_the_news_month() -> None:
    body = (
        "LUSAKA — Zambia and Vietnam yesterday signed an agreement on rice trade in Lusaka.\n\n"
        "The agreement was signed by Commerce Minister Chipoka Mulenga and visiting Vietnamese"
        " Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan."
    )
    got = _kinds(body, "visiting Vietnamese Deputy Minister")
    assert ("event", "visit.outbound", "2026-04") in got


def test_visiting_guest_of_a_report_with_no_day_of_its_week_stays_undated() -> None:
    # near miss: nothing tells the news by a day near the report's own
    body = (
        "Zambia and Vietnam have long cooperated in agriculture.\n\n"
        "The agreement was signed by Commerce Minister Chipoka Mulenga and visiting Vietnamese"
        " Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan."
    )
    got = _kinds(body, "visiting Vietnamese Deputy Minister")
    assert got and all(k != "event" for k, _, _ in got)


def test_visiting_tourists_are_no_guest() -> None:
    # near miss: "visiting" before a noun with no nationality and title
    body = _NEWS + (
        "Meeting visiting tourists in Hà Nội, Tân said two-way trade reached US$64.2 million"
        " in 2025."
    )
    assert not [c for c in _found(body) if c.metric.startswith("visit.")]


_JOINT = (
    "1. Nhận lời mời của Thủ tướng Phạm Minh Chính, Thủ tướng Cộng hòa Fiji Sitiveni Rabuka"
    " thăm chính thức Việt Nam từ ngày 3 đến 5/3/2026.\n\n"
)


def test_raising_the_two_leaders_agree_in_a_visits_joint_statement() -> None:
    body = (
        _JOINT + "2. Hai Thủ tướng nhất trí nâng cấp quan hệ Việt Nam - Fiji lên Đối tác toàn diện."
    )
    got = _kinds(body, "Hai Thủ tướng nhất trí", "vi", "2026-03-05")
    assert got == [("event", "relations.comprehensive_partnership", "2026-03")]


def test_raising_the_two_leaders_only_aim_at_stays_a_statement() -> None:
    # near miss: the leaders agree to raise the ties later
    body = _JOINT + (
        "2. Hai Thủ tướng nhất trí hướng tới nâng cấp quan hệ Việt Nam - Fiji lên Đối tác toàn"
        " diện trong thời gian tới."
    )
    got = _kinds(body, "Hai Thủ tướng nhất trí", "vi", "2026-03-05")
    assert got and all(k != "event" for k, _, _ in got)


def test_a_minister_writing_today_i_met_dates_the_signing_that_day() -> None:
    body = (
        "Today I met Viet Nam's Minister of Finance, Nguyen Van Thang, in Suva.\n\n"
        "Minister Thang's visit from 7 to 10 April 2026 included meetings with Fijian firms.\n\n"
        "The two ministers also signed a memorandum of understanding on customs cooperation."
    )
    assert ("event", "", "2026-04-09") in _kinds(body, "signed a memorandum")


def test_a_raising_recalled_is_not_dated_by_the_visit() -> None:
    # (review of session 26: "Since the two countries agreed to upgrade …" took the visit's
    # month; the sides decide only as a clause's subject)
    body = _JOINT + (
        "Kể từ khi hai nước nhất trí nâng cấp quan hệ lên Đối tác toàn diện, thương mại song "
        "phương tăng gấp đôi."
    )
    got = _kinds(body, "Kể từ khi hai nước", "vi", "2026-03-05")
    assert all(kind != "event" for kind, _metric, _day in got)
    assert got, "the sentence still gives its candidate"


def test_a_guest_visiting_at_the_sentences_start_is_the_partners() -> None:
    # (review of session 26: "Visiting …" opening a sentence was not read as a guest)
    from briefer.ingest.visitors import visitor_side

    text = "Visiting Zambian Minister of Commerce Chipoka Mulenga said trade with Viet Nam grew."
    assert visitor_side(text, "ZM") == "inbound"
    assert visitor_side("Visiting Vietnamese Deputy Minister Lan met Zambian firms.", "ZM") == (
        "outbound"
    )
