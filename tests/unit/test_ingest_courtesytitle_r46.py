"""A courtesy title before a writer's name is no part of the name (r46: a booklet's speaker
line, "Ông Name", alone on its line once the PDF reflow parts it from the post under it)."""

from briefer.ingest.metachoice import choose_author


def test_courtesy_title_leaves_the_name_vi_en() -> None:
    assert choose_author("Ông Lê Văn An", "") == "Lê Văn An"
    assert choose_author("Bà Phạm Thị Bình", "") == "Phạm Thị Bình"
    assert choose_author("Ms Jane Roe", "") == "Jane Roe"
    assert choose_author("Mr. John Poe", "") == "John Poe"


def test_one_word_after_the_title_stays() -> None:
    # (a title and one word may be a place's name: "Bà Rịa"; no sure name follows it)
    assert choose_author("Bà Rịa", "") == "Bà Rịa"
