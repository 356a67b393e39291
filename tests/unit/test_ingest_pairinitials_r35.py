"""A two-word "X and Y" country goes by its initials ("T&T") in its own press."""

from briefer.ingest.countries import find_countries


def test_initials_of_a_two_word_pair_name_are_the_country() -> None:
    found = find_countries("Last year T&T bought US$80 million of rice from Vietnam.")
    assert [(m.code, m.text) for m in found] == [("TT", "T&T"), ("VN", "Vietnam")]


def test_initials_in_vietnamese_text() -> None:
    found = find_countries("Kim ngạch giữa Việt Nam và A&B đạt 5 triệu USD.")
    assert [m.code for m in found] == ["VN", "AG"]


def test_longer_and_names_make_no_initials() -> None:
    # "Saint Pierre and Miquelon" is no one-word pair: "P&M" stays no country
    assert find_countries("P&M shipped goods.") == []
