"""The brief markup: unit tests and property tests (never raises; round-trips)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.render.markup import dump, escape, merge_runs, parse, parse_inlines
from briefer.render.model import (
    Block,
    BulletList,
    Cite,
    Heading,
    Inline,
    LineBreak,
    PageBreak,
    Paragraph,
    Table,
    Text,
)


def test_headings_with_and_without_anchor() -> None:
    blocks = parse("# Quan hệ ngoại giao {id=sec-diplomatic}\n## Kinh tế – thương mại\n")
    assert blocks == (
        Heading(1, "Quan hệ ngoại giao", "sec-diplomatic"),
        Heading(2, "Kinh tế – thương mại", "h-kinh-te-thuong-mai"),
    )


def test_anchors_are_unique() -> None:
    blocks = parse("# A {id=x}\n# B {id=x}\n# A\n# A\n")
    anchors = [b.anchor for b in blocks if isinstance(b, Heading)]
    assert len(set(anchors)) == 4


def test_paragraphs_join_lines_and_split_on_blank_lines() -> None:
    blocks = parse("Dòng một\ndòng hai\n\n{.lead} Mở đầu\n")
    assert blocks == (
        Paragraph((Text("Dòng một dòng hai"),)),
        Paragraph((Text("Mở đầu"),), style="lead"),
    )


def test_inline_formatting_breaks_and_citations() -> None:
    inlines = parse_inlines("Hai nước là **Đối tác toàn diện** từ *5/2007*\\\\mới[@f-1][@a; @b]")
    assert inlines == (
        Text("Hai nước là "),
        Text("Đối tác toàn diện", bold=True),
        Text(" từ "),
        Text("5/2007", italic=True),
        LineBreak(),
        Text("mới"),
        Cite("f-1"),
        Cite("a"),
        Cite("b"),
    )


def test_escapes_make_markup_characters_literal() -> None:
    assert parse_inlines(r"2 \* 3 \[@x] a \| b \/ C:\Users") == (
        Text("2 * 3 [@x] a | b \\ C:\\Users"),
    )


def test_unpaired_markers_stay_text() -> None:
    assert parse_inlines("**đậm chưa đóng và *một sao") == (Text("**đậm chưa đóng và *một sao"),)
    assert parse_inlines("[@ không phải trích dẫn]") == (Text("[@ không phải trích dẫn]"),)


def test_bullets_with_continuation() -> None:
    blocks = parse("- một [@f-1]\n  tiếp theo\n- hai\nđoạn mới\n")
    assert blocks == (
        BulletList(((Text("một "), Cite("f-1"), Text(" tiếp theo")), (Text("hai"),))),
        Paragraph((Text("đoạn mới"),)),
    )


def test_table_with_header_widths_and_caption() -> None:
    blocks = parse(
        "| Thời gian | Sự kiện |\n|---|---------|\n"
        "| 25/3/1971 | Thiết lập \\| quan hệ |\n: Mốc *quan hệ*\n"
    )
    assert blocks == (
        Table(
            header=((Text("Thời gian"),), (Text("Sự kiện"),)),
            rows=(((Text("25/3/1971"),), (Text("Thiết lập | quan hệ"),)),),
            widths=(3.0, 9.0),
            caption="Mốc quan hệ",
        ),
    )


def test_ragged_table_rows_are_padded_not_cut() -> None:
    (table,) = parse("| a |\n| b | c | d |\n")
    assert isinstance(table, Table)
    assert len(table.header) == 3
    assert table.rows[0][2] == (Text("d"),)


def test_page_break_and_unknown_syntax() -> None:
    blocks = parse("trước\n\\newpage\n#không phải tiêu đề\n{.lạ} x\n")
    assert blocks == (
        Paragraph((Text("trước"),)),
        PageBreak(),
        Paragraph((Text("#không phải tiêu đề {.lạ} x"),)),
    )


def test_a_line_that_only_looks_like_a_table() -> None:
    assert parse("| chưa đóng\n") == (Paragraph((Text("| chưa đóng"),)),)


def test_long_words_and_control_characters_survive() -> None:
    word = "x" * 5000
    blocks = parse(f"{word}\x00\x07 end\x0b")
    assert len(blocks) == 1
    assert isinstance(blocks[0], Paragraph)
    text = "".join(r.text for r in blocks[0].inlines if isinstance(r, Text))
    assert word in text and "end" in text


def test_escape_round_trips_data_into_every_position() -> None:
    nasty = "- **[@f-1]** | {.lead} # \\newpage \\ :"
    for markup in (escape(nasty), f"- {escape(nasty)}", f"| {escape(nasty)} |"):
        blocks = parse(markup)
        assert len(blocks) == 1
    assert parse(escape(nasty)) == (Paragraph((Text(nasty),)),)
    assert parse("| " + escape(nasty) + " |")[0] == Table(header=((Text(nasty),),), rows=())


def test_windows_line_ends() -> None:
    assert parse("# A\r\n\r\nb\rc") == (Heading(1, "A", "h-a"), Paragraph((Text("b c"),)))


# ---- properties ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_never_raises(text: str) -> None:
    blocks = parse(text)
    assert isinstance(blocks, tuple)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("#-|*[]@{}:.\\/ \n\tabcđ\x00\x0b12=")))
def test_parse_never_raises_on_markup_soup(text: str) -> None:
    parse(text)


# Words of plain text: no line ends, no leading/trailing blanks (blocks strip them).
_chars = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85")
_words = st.text(_chars, min_size=1, max_size=12).map(lambda s: " ".join(s.split())).filter(bool)
plain = st.lists(_words, min_size=1, max_size=5).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(plain)
def test_escape_round_trips(text: str) -> None:
    assert parse_inlines(escape(text)) == (Text(text),)


_key = st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True)


@st.composite
def inline_runs(draw: st.DrawFn) -> tuple[Inline, ...]:
    runs: list[Inline] = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["text", "text", "cite"]))
        if kind == "text":
            runs.append(Text(draw(plain), bold=draw(st.booleans()), italic=draw(st.booleans())))
        else:
            runs.append(Cite(draw(_key)))
    # What the parser returns: separate words from citations by plain spaces.
    spaced: list[Inline] = []
    for run in runs:
        if spaced:
            spaced.append(Text(" "))
        spaced.append(run)
    return _normal(spaced)


def _normal(runs: list[Inline]) -> tuple[Inline, ...]:
    merged = list(merge_runs(runs))
    # A parsed block never starts or ends with a space.
    if merged and isinstance(merged[0], Text):
        merged[0] = Text(merged[0].text.lstrip(), merged[0].bold, merged[0].italic)
    if merged and isinstance(merged[-1], Text):
        merged[-1] = Text(merged[-1].text.rstrip(), merged[-1].bold, merged[-1].italic)
    return merge_runs(merged)


@st.composite
def blocks(draw: st.DrawFn) -> tuple[Block, ...]:
    out: list[Block] = []
    for index in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["heading", "paragraph", "bullets", "table", "break"]))
        if kind == "heading":
            out.append(Heading(draw(st.integers(1, 3)), draw(plain), f"h{index}"))
        elif kind == "paragraph":
            style = draw(st.sampled_from(["body", "lead", "note", "warning"]))
            out.append(Paragraph(draw(inline_runs()), style))
        elif kind == "bullets":
            out.append(BulletList(tuple(draw(st.lists(inline_runs(), min_size=1, max_size=4)))))
        elif kind == "table":
            columns = draw(st.integers(1, 4))
            row = st.lists(inline_runs(), min_size=columns, max_size=columns).map(tuple)
            out.append(
                Table(
                    header=draw(row),
                    rows=tuple(draw(st.lists(row, max_size=4))),
                    caption=draw(st.one_of(st.just(""), plain)),
                )
            )
        else:
            out.append(PageBreak())
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(blocks())
def test_dump_then_parse_round_trips(document: tuple[Block, ...]) -> None:
    assert parse(dump(document)) == document


@pytest.mark.parametrize("text", ["a **\n**", "0 **\r**", "a **\r\n**", "** **\nb", "a *\n* x"])
def test_an_emphasis_of_nothing_at_a_block_end_leaves_no_space_behind(text: str) -> None:
    """Found by the fuzz test (one full run in six): the empty bold run was dropped after the
    trimming, so "a " kept its space, and the markup written back read as "a"."""
    blocks = parse(text)
    assert parse(dump(blocks)) == blocks
    for block in blocks:
        first, last = block.inlines[0], block.inlines[-1]  # type: ignore[attr-defined]
        assert not (isinstance(first, Text) and first.text != first.text.lstrip())
        assert not (isinstance(last, Text) and last.text != last.text.rstrip())
