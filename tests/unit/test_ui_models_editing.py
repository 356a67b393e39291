"""The officer's edits as pure functions on frozen briefs (no Qt involved)."""

from __future__ import annotations

from briefer.domain import brief_edits as editing
from briefer.domain.brief import Brief, BriefItem, BriefSection


def _brief() -> Brief:
    def items(*names: str) -> tuple[BriefItem, ...]:
        return tuple(BriefItem(n, "fact", f"fact-{n}") for n in names)

    return Brief(
        pair="VN-CL",
        brief_type="state-visit",
        language="vi",
        brief_date="2026-11-24",
        marking="",
        title="T",
        sections=(
            BriefSection("overview", "A", items("a1", "a2", "a3")),
            BriefSection("economic", "B", items("b1", "b2")),
            BriefSection("talking_points", "C", ()),
        ),
    )


def _order(brief: Brief) -> list[list[str]]:
    return [[i.uuid for i in s.items] for s in brief.sections]


def test_move_within_a_section_uses_drop_rows() -> None:
    brief = _brief()
    assert _order(editing.move_items(brief, ["a1"], 0, 3)) == [["a2", "a3", "a1"], ["b1", "b2"], []]
    assert _order(editing.move_items(brief, ["a3"], 0, 0)) == [["a3", "a1", "a2"], ["b1", "b2"], []]
    assert editing.move_items(brief, ["a2"], 0, 1) is brief  # onto its own place


def test_move_across_sections_keeps_brief_order_of_several_items() -> None:
    brief = _brief()
    moved = editing.move_items(brief, ["a3", "a1"], 1, 1)
    assert _order(moved) == [["a2"], ["b1", "a1", "a3", "b2"], []]
    assert _order(editing.move_items(brief, ["b2"], 2, -1)) == [["a1", "a2", "a3"], ["b1"], ["b2"]]
    assert _order(brief) == [["a1", "a2", "a3"], ["b1", "b2"], []]  # the original is untouched


def test_step_crosses_section_edges() -> None:
    brief = _brief()
    assert _order(editing.step_item(brief, "a2", -1))[0] == ["a2", "a1", "a3"]
    assert _order(editing.step_item(brief, "a2", 1))[0] == ["a1", "a3", "a2"]
    assert _order(editing.step_item(brief, "a3", 1)) == [["a1", "a2"], ["a3", "b1", "b2"], []]
    assert _order(editing.step_item(brief, "b1", -1)) == [["a1", "a2", "a3", "b1"], ["b2"], []]
    assert editing.step_item(brief, "a1", -1) is brief


def test_insert_remove_and_text() -> None:
    brief = _brief()
    item = editing.text_item("Gợi ý trao đổi", "vi", cites=("fact-b1",))
    added = editing.insert_items(brief, 2, -1, [item])
    assert _order(added)[2] == [item.uuid]
    assert editing.find_item(added, item.uuid).cited_fact_uuids() == ("fact-b1",)
    edited = editing.set_item_text(added, item.uuid, "en", "A talking point")
    found = editing.find_item(edited, item.uuid)
    assert (found.text_vi, found.text_en) == ("Gợi ý trao đổi", "A talking point")
    assert _order(editing.remove_items(edited, [item.uuid, "a1"])) == [
        ["a2", "a3"],
        ["b1", "b2"],
        [],
    ]


def test_text_is_normalised_to_nfc() -> None:
    brief = _brief()
    decomposed = "Vie\u0302\u0323t Nam"  # Việt typed with combining marks
    edited = editing.set_item_text(brief, "a1", "vi", decomposed)
    assert editing.find_item(edited, "a1").text_vi == "Việt Nam"


def test_cites_keep_the_item_fact_attached() -> None:
    brief = _brief()
    cited = editing.add_cite(brief, "a1", "fact-b2")
    assert editing.find_item(cited, "a1").cited_fact_uuids() == ("fact-a1", "fact-b2")
    assert editing.add_cite(cited, "a1", "fact-a1") is cited  # already cited
    assert editing.remove_cite(cited, "a1", "fact-a1") is cited  # its own fact stays
    back = editing.remove_cite(cited, "a1", "fact-b2")
    assert editing.find_item(back, "a1").cites == ()
