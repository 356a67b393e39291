"""r58: a desk's or a news service's credit in the byline's place is no writer."""

from briefer.ingest.writerchoice import choose_author


def test_service_and_desk_credits_are_no_writer() -> None:
    credits = ["Kathmandu Post News Service", "Our Staff Reporter"]
    credits += ["Our Correspondent", "Web Desk", "Business Desk", "Staff Correspondent"]
    for credit in credits:
        assert choose_author(credit, "") == "", credit


def test_a_person_stays_the_writer() -> None:
    assert choose_author("Gabriel Tomasi", "") == "Gabriel Tomasi"
