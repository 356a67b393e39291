"""Paragraph markup read without html.parser's tokenizer gives reportlab's own fragments."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import Paragraph
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from briefer.export.fonts import register_fonts
from briefer.export.pdf_markup import MarkupParagraph, MarkupParser, events
from briefer.export.pdf_text import attribute, escape, markup

SUPER = '<super rise="35%" size="66%">'


def _style() -> ParagraphStyle:
    return ParagraphStyle("t", fontName=register_fonts(), fontSize=14, leading=18)


def _plain(value: Any) -> Any:
    """A fragment's attribute as comparable data (callbacks and bags by their fields)."""
    if hasattr(value, "__dict__") and not isinstance(value, type):
        kind = "ParaFrag" if isinstance(value, ParaFrag) else type(value).__name__  # Fragment too
        return (kind, sorted((k, _plain(v)) for k, v in vars(value).items()))
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _frags(parser: ParaParser, text: str) -> Any:
    style, frags, bullets = parser.parse(text, _style())
    return [_plain(f) for f in frags or []], bullets, style.name


def _same_as_reportlab(text: str) -> None:
    try:
        expected = _frags(ParaParser(), text)
    except Exception as exc:  # unbalanced tags: the same error either way
        with pytest.raises(type(exc)):
            _frags(MarkupParser(), text)
        return
    assert _frags(MarkupParser(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kim ngạch thương mại Việt Nam – Chile đạt 1,3 tỷ USD",
        "A &amp; B &lt;c&gt; &quot;d&quot; x>y",
        "<b>Đậm</b> và <i>nghiêng</i> và <b><i>cả hai</i></b>",
        f'Câu trích<a name="ref-1"/><a href="#note-1">{SUPER}1</super></a> tiếp',
        '<a href="https://vov.vn/a?b=1&amp;c=2"><u>https://vov.vn/a?b=1&amp;c=2</u></a>',
        "dòng một<br/>dòng hai<br />dòng ba",
        '<a name="n1"/><a href="#r1">1.</a> Nguồn <i>“trích dẫn”</i>',
        "",
    ],
)
def test_briefers_markup_gives_reportlabs_fragments(text: str) -> None:
    assert events(text) is not None  # read by the fast path, not handed back
    _same_as_reportlab(text)


@pytest.mark.parametrize(
    "text",
    [
        "a &#273; b",  # a character reference
        "a <!-- note --> b",
        "<font color='red'>x</font>",  # single quotes
        "a & b",  # a stray ampersand
        "a < b",
        "<para>inside its own para</para>",
        "<b>unclosed",
    ],
)
def test_other_markup_is_read_by_reportlab_itself(text: str) -> None:
    if text.startswith("<para>"):
        assert events(text) is not None  # the para element itself goes to reportlab
    elif text != "<b>unclosed":
        assert events(text) is None
    _same_as_reportlab(text)


_pieces = st.lists(
    st.one_of(
        st.text(max_size=12).map(markup),
        st.sampled_from(["<b>", "</b>", "<i>", "</i>", "<br/>", "<u>", "</u>", "</super>"]),
        st.text(alphabet="abc-", min_size=1, max_size=5).map(lambda n: f'<a name="{n}"/>'),
        st.text(max_size=12).map(lambda h: f'<a href="{attribute(h)}">'),
        st.just("</a>"),
        st.just(SUPER),
        st.sampled_from(["&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&unknown;"]),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_pieces)
def test_any_mix_of_these_pieces_reads_as_reportlab_reads_it(pieces: list[str]) -> None:
    _same_as_reportlab("".join(pieces))


def test_a_paragraph_lays_out_the_same_lines() -> None:
    text = (
        "Ngày 12/11/2024, Chủ tịch nước <b>Lương Cường</b> hội đàm với Tổng thống Chile"
        f'<a name="r1"/><a href="#n1">{SUPER}1</super></a>; '
        + escape("kim ngạch đạt 1,3 tỷ USD & hơn thế <nữa>. ")
        * 6
    )
    ours, theirs = MarkupParagraph(text, _style()), Paragraph(text, _style())
    assert ours.wrap(400, 1000) == theirs.wrap(400, 1000)
    assert [_plain(line) for line in ours.blPara.lines] == [
        _plain(line) for line in theirs.blPara.lines
    ]


def test_fragments_are_copied_as_copy_copies_them() -> None:
    import copy

    from briefer.export.pdf_markup import Fragment

    original = Fragment()
    original.__dict__.update(fontName="F", link=[("a", "#x")], rise=0)
    twin = copy.copy(original)
    assert type(twin) is Fragment and twin is not original
    assert vars(twin) == vars(original) and twin.link is original.link  # shallow, as copy.copy
