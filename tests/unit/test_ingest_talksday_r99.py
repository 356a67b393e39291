"""Milestones of the talks' day (r99): a joint statement adopted after dated talks, ties told
as raised in the perfect ("have elevated …") dated by a weekday of the report, a raising told
beside an older milestone of another kind, and a signing retold as done "this morning"."""

from __future__ import annotations

from typing import Any

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata


def _found(body: str, lang: str = "en", day: str = "2025-06-18") -> list[Any]:
    meta = Metadata(title="", language=lang, published_on=day, context_year=int(day[:4]))
    return find_candidates(body, meta)


def _events(body: str, lang: str = "en", day: str = "2025-06-18") -> set[tuple[str, str]]:
    return {(c.metric, c.event_date) for c in _found(body, lang, day) if c.kind == "event"}


def test_joint_statement_adopted_after_dated_talks() -> None:
    body = (
        "Kazakh President Kassym-Jomart Tokayev and Vietnamese President Luong Cuong agreed to"
        " widen cooperation in mining and rail following talks in Astana on June 16.\n\n"
        "Following the talks, the two presidents adopted a joint statement on the priorities"
        " of their partnership for the coming decade."
    )
    joint = [c for c in _found(body) if "joint statement" in c.quote]
    assert [(c.kind, c.event_date) for c in joint] == [("event", "2025-06-16")]


def test_joint_statement_without_talks_stays_a_statement() -> None:
    # near-miss: no talks told anywhere, so no day to give the statement
    body = (
        "The two presidents adopted a joint statement on the priorities of their partnership"
        " for the coming decade."
    )
    assert all(c.kind != "event" for c in _found(body))


def test_ties_elevated_in_the_perfect_take_the_weekday_of_the_talks() -> None:
    # 2025-06-18 is a Wednesday; the founding's day in the same sentence is no talks' day
    body = (
        "Kazakhstan and Vietnam have elevated their relationship to a Strategic Partnership"
        " during Prime Minister Olzhas Bektenov's official visit to Hanoi.\n\n"
        "The upgrade was announced after talks with Prime Minister Pham Minh Chinh on"
        " Wednesday, 33 years after the two countries established diplomatic relations on"
        " June 29, 1992."
    )
    got = _events(body)
    assert ("relations.strategic_partnership", "2025-06-18") in got
    assert ("relations.strategic_partnership", "1992-06-29") not in got


def test_raising_beside_an_older_partnership_of_another_kind() -> None:
    body = (
        "Chiều 16/6, tại Astana, Chủ tịch nước và Tổng thống Kazakhstan đã hội đàm.\n\n"
        "Sau hội đàm, hai nhà lãnh đạo thông qua Tuyên bố chung về việc nâng cấp quan hệ Việt"
        " Nam - Kazakhstan lên Đối tác chiến lược, mười năm sau khi hai nước thiết lập quan hệ"
        " Đối tác toàn diện năm 2015."
    )
    got = _events(body, "vi")
    assert ("relations.strategic_partnership", "2025-06-16") in got


def test_signing_retold_as_done_this_morning() -> None:
    body = (
        "Samoa and Vietnam have signed a memorandum of understanding on fisheries, opening"
        " Samoan waters to two Vietnamese longline firms.\n\n"
        "The agreement was signed in Apia this morning during the visit of Vietnam's Deputy"
        " Minister of Agriculture."
    )
    signed = [c for c in _found(body) if c.quote.startswith("Samoa and Vietnam have signed")]
    assert [(c.kind, c.event_date) for c in signed] == [("event", "2025-06-18")]


def test_this_morning_before_a_noun_is_no_day() -> None:
    from briefer.text.dates import weekday_dates

    assert [d.start for d in weekday_dates("It was signed this morning in Apia.", "2025-06-18")]
    # near-miss: "this morning's" names a thing, not when it was done
    assert weekday_dates("This morning's session covered fisheries.", "2025-06-18") == []


def test_a_raising_dated_by_its_own_talks_is_told_once() -> None:
    # near-miss: the sentence's event is already the raising on the talks' day; its clause
    # is no second event
    body = (
        "Kazakhstan and Vietnam have upgraded their relationship to a Strategic Partnership,"
        " following talks between the two Prime Ministers in Astana on 16 June 2025."
    )
    raised = [c for c in _found(body) if "have upgraded" in c.quote and c.kind == "event"]
    assert len(raised) == 1
    assert raised[0].event_date == "2025-06-16"
