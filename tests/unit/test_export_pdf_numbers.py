"""Numbers in PDF operators: the remembering fp_str writes exactly what reportlab's writes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib import rl_accel

from briefer.export.pdf_numbers import remembering

python_fp_str = rl_accel._py_funcs.get("fp_str")
pytestmark = pytest.mark.skipif(python_fp_str is None, reason="reportlab's C accelerator")

_numbers = st.one_of(
    st.floats(min_value=-1e7, max_value=1e7, allow_nan=False),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.sampled_from([0, 0.0, -0.0, 1e-8, 1, 1.0, 14, 85.03937, 0.5, 595.2756, 1e-7]),
)


@given(st.lists(_numbers, min_size=1, max_size=6))
def test_the_same_text_as_reportlab_first_time_and_again(values: list[float]) -> None:
    fp_str = remembering(python_fp_str)
    expected = python_fp_str(*values)
    assert fp_str(*values) == expected
    assert fp_str(*values) == expected  # from the memory
    assert fp_str(values) == python_fp_str(values)  # one sequence, as reportlab allows
    assert fp_str(values[0]) == python_fp_str(values[0])
