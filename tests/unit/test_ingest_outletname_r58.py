"""r58: an outlet named as the page's own marks name it when they never write the table's name."""

from briefer.ingest.editionname import in_page_language


def test_agency_initials_take_the_copyright_lines_spelled_name() -> None:
    text = "Hanoi (VNA) – The two ministers met on Tuesday to review rice trade."
    marks = ("Vietnam News Agency",)
    assert in_page_language("TTXVN", text, "en", marks) == "Vietnam News Agency"


def test_agency_initials_kept_when_the_page_writes_them() -> None:
    text = "Hanoi (TTXVN) – The two ministers met on Tuesday."
    assert in_page_language("TTXVN", text, "en", ("Vietnam News Agency",)) == "TTXVN"


def test_agency_site_named_by_its_own_brand() -> None:
    text = "Rabat – Senior officials of the two countries held talks on Monday."
    marks = ("MAP Express", "Agence Marocaine De Presse")
    brand = ("MAP Express",)
    assert in_page_language("Maghreb Arabe Presse", text, "en", marks, brand) == "MAP Express"


def test_agency_name_kept_when_a_mark_writes_it() -> None:
    text = "Rabat – Senior officials of the two countries held talks on Monday."
    marks = ("MAP Express", "Maghreb Arabe Presse")
    got = in_page_language("Maghreb Arabe Presse", text, "en", marks, ("MAP Express",))
    assert got == "Maghreb Arabe Presse"


def test_a_title_parts_other_order_is_no_brand() -> None:
    text = "Port Vila – The two ministers discussed kava exports."
    # (the table's other name for the paper, in a title part alone: no brand)
    marks = ("Daily Post Vanuatu", "DAILY POST", "Daily Post")
    got = in_page_language("Vanuatu Daily Post", text, "en", marks, ("DAILY POST",))
    assert got == "Vanuatu Daily Post"


def test_spelled_name_in_the_text_alone_renames_nothing() -> None:
    text = "Officials told MAP Express that the talks went well."
    assert in_page_language("Maghreb Arabe Presse", text, "en", ()) == "Maghreb Arabe Presse"
