"""A press release's notes to editors at its foot leave with their heading (r30); the same
heading with the release going on under it heads the release's own text."""

from briefer.ingest.clean import clean
from briefer.ingest.pressnotes import notes_heading

_P1 = (
    "The Minister for Trade today concluded a four-day mission to Vietnam with 25 companies "
    "from the food, education and medical technology sectors."
)
_P2 = (
    "Exports of goods to Vietnam reached €310 million last year, led by dairy products and "
    "pharmaceuticals, the department said in a statement."
)
_AGENCY = (
    "The Trade Board is the state agency responsible for helping domestic companies grow their "
    "sales in world markets."
)


def test_the_heading_addresses_editors() -> None:
    assert notes_heading("Notes to Editors")
    assert notes_heading("Note for editors:")
    assert notes_heading("Ghi chú cho biên tập viên")
    assert not notes_heading("Notes to the financial statements")
    assert not notes_heading("Editors from 12 countries attended the forum in Hanoi.")


def test_the_notes_at_the_foot_leave() -> None:
    cleaned = clean(
        f"Minister ends trade mission to Vietnam\n\n{_P1}\n\n{_P2}\n\nNotes to Editors\n\n"
        f"{_AGENCY}\n\nMedia enquiries: press@trade.example"
    )
    assert _AGENCY not in cleaned.body
    assert _P1 in cleaned.body and _P2 in cleaned.body


def test_the_vietnamese_notes_leave_too() -> None:
    p1 = (
        "Bộ Công Thương cho biết kim ngạch thương mại hai chiều Việt Nam - Ireland năm 2024 "
        "đạt 1,6 tỷ USD, tăng 9% so với năm trước."
    )
    p2 = (
        "Hai bên nhất trí thúc đẩy hợp tác trong lĩnh vực nông nghiệp, giáo dục và công nghệ "
        "y tế trong giai đoạn tới."
    )
    note = (
        "Cục Xúc tiến thương mại là đơn vị trực thuộc Bộ Công Thương, có chức năng hỗ trợ "
        "doanh nghiệp."
    )
    head = "Thúc đẩy thương mại Việt Nam - Ireland"
    cleaned = clean(f"{head}\n\n{p1}\n\n{p2}\n\nGhi chú cho biên tập viên\n\n{note}")
    assert note not in cleaned.body and p2 in cleaned.body


def test_a_release_going_on_under_the_heading_keeps_its_text() -> None:
    text = f"Minister ends trade mission\n\n{_P1}\n\nNotes to editors\n\n" + "\n\n".join(
        [_P2, _AGENCY, _P1.replace("four", "five"), _P2.replace("310", "320"), _AGENCY + " X",
         _P1.replace("25", "26"), _P2.replace("last", "this")]
    )  # fmt: skip
    assert _AGENCY in clean(text).body
