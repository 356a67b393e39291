"""The stand-ins for reportlab's pure-Python helpers write exactly what reportlab writes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib import rl_accel

from briefer.export.pdf_accel import remembering, translating

python_fp_str = rl_accel._py_funcs.get("fp_str")
python_escape = rl_accel._py_funcs.get("escapePDF")
pytestmark = pytest.mark.skipif(
    python_fp_str is None or python_escape is None, reason="reportlab's C accelerator"
)

_numbers = st.one_of(
    st.floats(min_value=-1e7, max_value=1e7, allow_nan=False),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.sampled_from([0, 0.0, -0.0, 1e-8, 1, 1.0, 14, 85.03937, 0.5, 595.2756, 1e-7]),
)


@given(st.lists(_numbers, min_size=1, max_size=6))
def test_numbers_read_as_reportlab_writes_them_first_time_and_again(values: list[float]) -> None:
    fp_str = remembering(python_fp_str)
    expected = python_fp_str(*values)
    assert fp_str(*values) == expected
    assert fp_str(*values) == expected  # from the memory
    assert fp_str(values) == python_fp_str(values)  # one sequence, as reportlab allows
    assert fp_str(values[0]) == python_fp_str(values[0])


def _escape() -> object:
    return translating(python_escape, dict(rl_accel._ESCAPEDICT))


def test_every_byte_value_is_escaped_as_reportlab_escapes_it() -> None:
    escape = _escape()
    every = bytes(range(256))
    assert escape(every) == python_escape(every)
    assert escape(every.decode("latin-1")) == python_escape(every.decode("latin-1"))
    for value in range(256):
        assert escape(bytes([value])) == python_escape(bytes([value]))


@given(st.binary(max_size=40) | st.text(alphabet=st.characters(max_codepoint=255), max_size=40))
def test_any_text_is_escaped_as_reportlab_escapes_it(text: bytes | str) -> None:
    assert _escape()(text) == python_escape(text)


def test_a_character_beyond_a_byte_is_refused_as_reportlab_refuses_it() -> None:
    with pytest.raises(KeyError):
        python_escape("Việt")
    with pytest.raises(KeyError):
        _escape()("Việt")


def _links_pdf() -> bytes:
    import io

    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.bookmarkHorizontal("top", 72, 700)
    canvas.drawString(72, 700, "target")
    canvas.linkRect("", "top", (72, 600, 200, 614))
    canvas.linkAbsolute("ghi chú (1) \\ Việt", "later", (80.5, 500.25, 90.125, 510))
    canvas.linkRect("", "top", (72, 400, 200, 414), thickness=1, color=colors.red)
    canvas.linkRect("", "later", (72, 300, 200, 314), Border="[0 0 2]")
    canvas.showPage()
    canvas.bookmarkPage("later", fit="XYZ", left=10, top=20)
    canvas.drawString(72, 700, "later")
    canvas.linkRect("", "top", (1e-9, 0, 595.2756, 841.8898))
    canvas.save()
    return buffer.getvalue()


def test_links_are_written_as_reportlab_writes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import pdfdoc

    from briefer.export.pdf_accel import BriefLink

    expected = _links_pdf()
    assert expected.count(b"/Subtype /Link") == 5
    monkeypatch.setattr(pdfdoc, "LinkAnnotation", BriefLink)
    assert _links_pdf() == expected


def test_fragments_compare_as_reportlab_compares_them() -> None:
    from reportlab.lib import colors
    from reportlab.platypus.paraparser import ParaFrag

    from briefer.export.pdf_accel import same_fragment

    python_same = rl_accel._py_funcs.get("sameFrag")
    if python_same is None:
        pytest.skip("reportlab's C accelerator")
    same = same_fragment(python_same.__defaults__[0])

    def frag(**attributes: object) -> ParaFrag:
        made = ParaFrag(fontName="F", fontSize=14, textColor=colors.black, rise=0)
        made.__dict__.update(attributes)
        return made

    cases = [
        (frag(), frag()),
        (frag(), frag(fontSize=13)),
        (frag(textColor=colors.Color(0, 0, 0)), frag()),  # equal, not the same object
        (frag(link=[]), frag()),  # [] against a missing attribute (None)
        (frag(link=[("a", "#n1")]), frag(link=[("a", "#n1")])),
        (frag(us_lines=[]), frag(us_lines=[])),
        (frag(nobr=None), frag()),
        (frag(rise=float("nan")), frag(rise=float("nan"))),
        (frag(cbDefn=object()), frag()),
        (frag(), frag(lineBreak=True)),
    ]
    nan = float("nan")
    cases.append((frag(rise=nan), frag(rise=nan)))  # the same object: equal, as in a list
    for f, g in cases:
        assert bool(same(f, g)) == bool(python_same(f, g)), (vars(f), vars(g))
