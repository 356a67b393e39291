"""A visit told as a meeting (issue 19, ninth round): a minister met in the partner's city,
a commission's session, consultations held there, a delegation received, a Vietnamese
guest named after the title ("the Deputy Prime Minister of Viet Nam, who is on …"), a
foreign office's delegation at a province's people's committee. Wording of our own."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata


def _events(body: str, partner: str, published: str = "2025-06-10") -> list[Candidate]:
    meta = Metadata(
        published_on=published,
        context_year=int(published[:4]),
        partners=(partner,),
        language="en" if body.isascii() else "vi",
    )
    return [c for c in find_candidates(body, meta) if c.kind == "event"]


@pytest.mark.parametrize(
    ("body", "partner", "day", "metric"),
    [
        (
            "Ghana's trade minister spoke to reporters after meeting Vietnam's Deputy Minister "
            "of Agriculture Tran Van Binh in Accra on March 4.",
            "GH",
            "2025-03-04",
            "visit.outbound",
        ),
        (
            "The Vietnamese delegation then flew to Lomé, where it will hold political "
            "consultations with the Togolese Foreign Ministry on June 9.",
            "TG",
            "2025-06-09",
            "visit.outbound",
        ),
        (
            "The Ghanaian Minister of Energy received a delegation led by Vietnamese Deputy "
            "Minister of Industry Le Van Tam in Accra on 12 May.",
            "GH",
            "2025-05-12",
            "visit.outbound",
        ),
        (
            "The session was chaired by the Foreign Minister of Ghana and the Deputy Prime "
            "Minister of Viet Nam, who is on an official visit to the Republic from 4th to "
            "6th May.",
            "GH",
            "2025-05-04",
            "visit.outbound",
        ),
        (
            "The second session of the joint committee between the Ministry of Trade of the "
            "Republic of Ghana and the Ministry of Industry and Trade of the Socialist "
            "Republic of Viet Nam was held in Accra on 14 May 2025.",
            "GH",
            "2025-05-14",
            "visit.outbound",
        ),
        (
            "Tại A-cra, đoàn làm việc với Cục Xúc tiến Đầu tư Ga-na ngày 16/4 về nhập khẩu "
            "hạt điều thô.",
            "GH",
            "2025-04-16",
            "visit.outbound",
        ),
        (
            "Ngày 8/4, đoàn công tác Đại sứ quán Ga-na tại Hà Nội đã đến làm việc với UBND "
            "tỉnh Đắk Lắk về hợp tác cà phê.",
            "GH",
            "2025-04-08",
            "visit.inbound",
        ),
    ],
)
def test_a_meeting_in_one_sides_place_is_a_visit_there(
    body: str, partner: str, day: str, metric: str
) -> None:
    found = _events(body, partner)
    assert [(c.event_date.split("..")[0], c.metric) for c in found] == [(day, metric)]


def test_a_meeting_without_a_day_is_no_event() -> None:
    body = "The meeting of the two trade ministers discussed rice and cocoa prices."
    assert _events(body, "GH") == []


def test_a_visit_to_a_city_and_its_country_before_the_days_is_to_that_country() -> None:
    body = (
        "The talks were co-chaired by the Foreign Minister of Ghana and the Deputy Foreign "
        "Minister of Viet Nam, whose delegation reached Accra after visiting Lomé, Togo, "
        "from 2 to 4 May 2025."
    )
    meta = Metadata(
        published_on="2025-05-06", context_year=2025, partners=("GH", "TG"), language="en"
    )
    found = [c for c in find_candidates(body, meta) if c.kind == "event"]
    assert [(c.pair, c.event_date, c.metric) for c in found] == [
        ("VN-TG", "2025-05-02..2025-05-04", "visit.outbound")
    ]
