"""Hostile and broken templates are refused with one ExportError sentence, quickly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefer.errors import ExportError
from briefer.render.engine import MAX_OUTPUT, TemplateEngine

HOSTILE = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ 'a' * 10**9 }}",
    "{{ [0] * 10**9 }}",
    "{% for i in range(10**9) %}x{% endfor %}",
    "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
    "{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s }}",
    "{% set ns = namespace(s='ab') %}{% for i in range(64) %}{% set ns.s = ns.s + ns.s %}"
    "{% endfor %}{{ ns.s }}",
    "{{ 10 ** 100000 }}",
    "{{ 2 ** (2 ** 40) }}",
    "{{ 'a'|center(1000000000) }}",
    "{{ 'x'|indent(1000000000) }}",
    "{{ '%0999999999d' % 1 }}",
    "{{ '{:>999999999}'.format(1) }}",
    "{{ 'a'.ljust(1000000000) }}",
    "{{ ('a' * 999999)|replace('a', 'a' * 999999) }}",
    "{{ [1, 2]|slice(1000000000)|list }}",
    "{% set l = [1] %}{{ l.append(2) }}",
    "{{ lipsum(1000000000) }}",
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "{{ self.__init__.__globals__ }}",
    "{{ namespace.__init__ }}",
]


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_templates_are_refused_quickly(source: str) -> None:
    engine = TemplateEngine()
    started = time.thread_time()
    with pytest.raises(ExportError) as caught:
        engine.render_string(source, {}, name="hostile.j2")
    # Refused by the sandbox's guards, not by running out: seconds of CPU time at most (the
    # work itself would take minutes; CPU time, which a busy machine does not stretch).
    assert time.thread_time() - started < 5.0
    message = str(caught.value)
    assert message.startswith("The template 'hostile.j2' could not be used: ")
    assert message.endswith(".") and "\n" not in message


def test_output_is_capped() -> None:
    engine = TemplateEngine()
    source = "{% for i in range(10) %}{{ 'a' * 999999 }}{% endfor %}"
    with pytest.raises(ExportError, match="output is longer"):
        engine.render_string(source, {})
    assert MAX_OUTPUT >= 1_000_000


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("{% if %}", "syntax error"),
        ("{{ missing_name }}", "'missing_name' is undefined"),
        ("{{ 1 / 0 }}", "ZeroDivisionError"),
        ("{% include 'nope.j2' %}", "'nope.j2' was not found"),
        ("{% include '../pyproject.toml' %}", "was not found"),
    ],
)
def test_broken_templates_give_one_sentence(source: str, reason: str) -> None:
    with pytest.raises(ExportError, match=reason):
        TemplateEngine().render_string(source, {}, name="broken.j2")


def test_missing_template_file() -> None:
    with pytest.raises(ExportError, match=r"The template 'gone\.j2' could not be used: "):
        TemplateEngine().render("gone.j2", {})


def test_ordinary_template_features_still_work() -> None:
    source = (
        "{% for s in sections %}{{ loop.index }}. {{ s.heading|upper }}"
        "{% if not loop.last %}, {% endif %}{% endfor %} | {{ range(3)|list }}"
        " | {{ 'a' ~ 'b' }} | {{ '{:,}'.format(1300000000) }} | {{ [3, 1, 2]|sort|join('-') }}"
        " | {{ ['f-1', 'f-2']|cite }} | {{ 2 ** 10 }} | {{ '%05.1f' % 3.14159 }}"
    )
    context = {"sections": [{"heading": "a"}, {"heading": "b"}]}
    out = TemplateEngine().render_string(source, context)
    assert out == (
        "1. A, 2. B | [0, 1, 2] | ab | 1,300,000,000 | 1-2-3 | [@f-1][@f-2] | 1024 | 003.1"
    )


def test_user_folder_comes_first(tmp_path: Path) -> None:
    (tmp_path / "state-visit.j2").write_text("# Mẫu riêng\n", encoding="utf-8")
    engine = TemplateEngine(tmp_path)
    assert engine.render("state-visit.j2", {}) == "# Mẫu riêng\n"
    # Bundled templates stay reachable for names the user did not override.
    assert "{% import" not in engine.render_string("{{ 1 }}", {})


def test_oversized_template_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.j2").write_text("x" * 1_000_001, encoding="utf-8")
    with pytest.raises(ExportError, match="larger than"):
        TemplateEngine(tmp_path).render("big.j2", {})
