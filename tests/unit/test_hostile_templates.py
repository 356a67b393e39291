"""Hostile user templates (issue 16, finding 4, 5 and the include of a symlink).

Widths were capped one by one, but not width × input length, and results were measured only
after they were built: ``('x\\n' * 499999)|indent(10000)`` reached 9.6 GB first. Each template
here runs in a child process capped at 400 MB: it must be refused by the size estimate made
*before* the call (the sentence says "would build"), never by running out of memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.errors import ExportError
from briefer.render.engine import TemplateEngine
from briefer.render.labels import load_labels
from tests.hostile import MEMORY_LIMIT_MB, REPO

WIDTH_TIMES_LENGTH = [
    "{{ ('x\\n' * 499999)|indent(10000) }}",
    "{{ ('x\\n' * 499999)|indent('y' * 10000) }}",
    "{{ ('\\t' * 999999).expandtabs(10000) }}",
    "{{ ('{0:>10000}' * 90000).format(1) }}",
    "{{ ('{0:.10000}' * 90000).format('x') }}",
    "{{ ('{0}' * 300000).format('x' * 1000) }}",
    "{{ ('{a}' * 300000).format_map({'a': 'x' * 1000}) }}",
    "{{ ('%(a)10000s' * 90000) % {'a': 1} }}",
    "{{ ('%10000d' * 90000) % ((1,) * 90000) }}",
    "{{ ('%s' * 300000) % (('x' * 1000,) * 300000) }}",
    "{{ ('%s' * 300000)|format(*(['y' * 1000] * 300000)) }}",
    "{{ ('x' * 999999).translate({120: 'y' * 1000}) }}",
    "{{ ('x ' * 49999)|wordwrap(1, wrapstring='y' * 10000) }}",
]

_CHILD = """
import json, resource, sys, time
limit = int(sys.argv[1]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from briefer.errors import ExportError
from briefer.render.engine import TemplateEngine
engine = TemplateEngine()
results = []
for source in json.loads(sys.stdin.read()):
    started = time.thread_time()  # CPU time: the work, not how busy the machine is
    try:
        out = engine.render_string(source, {})
        results.append(["rendered", len(out), time.thread_time() - started])
    except ExportError as err:
        results.append([str(err), 0, time.thread_time() - started])
with open("/proc/self/status") as status:
    peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
print(json.dumps({"results": results, "peak_mb": peak}))
"""


def test_width_times_length_templates_are_refused_before_the_call_under_400_mb() -> None:
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(MEMORY_LIMIT_MB)],
        input=json.dumps(WIDTH_TIMES_LENGTH),
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout)
    for source, (message, _size, seconds) in zip(
        WIDTH_TIMES_LENGTH, report["results"], strict=True
    ):
        assert message.startswith("The template '<text>' could not be used"), (source, message)
        assert "would build a string" in message, (source, message)
        assert seconds < 2, (source, seconds)
    assert report["peak_mb"] < MEMORY_LIMIT_MB


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("{{ 'a\\nb'|indent(2, first=True) }}", "  a\n  b"),
        ("{{ 'a\\tb'.expandtabs(4) }}", "a   b"),
        ("{{ '{0:>5}|{1:.2}'.format(1, 'xyz') }}", "    1|xy"),
        ("{{ '%(a)5s' % {'a': 'x'} }}", "    x"),
        ("{{ '%s-%s'|format('a', 'b') }}", "a-b"),
        ("{{ 'abc'.translate({97: 'A'}) }}", "Abc"),
        ("{{ 'x y z'|wordwrap(2, wrapstring='/') }}", "x/y/z"),
        ("{{ ('ab' * 1000)|indent(4) }}", "ab" * 1000),
    ],
)
def test_ordinary_widths_still_render(source: str, expected: str) -> None:
    assert TemplateEngine().render_string(source, {}) == expected


def test_include_of_a_symlink_pointing_outside_the_template_folder_is_refused(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:SECRET", encoding="utf-8")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "leak.j2").symlink_to(secret)
    (folder / "brief.j2").write_text("A{% include 'leak.j2' %}B", encoding="utf-8")
    engine = TemplateEngine(folder, search_path=[])
    with pytest.raises(ExportError, match="outside the template folder") as info:
        engine.render("brief.j2", {})
    assert "SECRET" not in str(info.value)


def test_include_of_a_symlink_inside_the_template_folder_still_works(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "header.j2").write_text("HEADER", encoding="utf-8")
    (folder / "header.j2").symlink_to(folder / "parts" / "header.j2")
    (folder / "brief.j2").write_text("{% include 'header.j2' %}!", encoding="utf-8")
    assert TemplateEngine(folder, search_path=[]).render("brief.j2", {}) == "HEADER!"


def test_a_labels_file_nested_100000_deep_is_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "labels.json").write_text(
        '{"vi": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8"
    )
    with pytest.raises(ExportError, match="nested more than 8 levels deep") as info:
        load_labels("vi", tmp_path)
    assert "\n" not in str(info.value)


def test_the_render_time_limit_counts_processor_time_not_waiting() -> None:
    import time

    from jinja2.exceptions import SecurityError

    from briefer.render.guards import Budget

    budget = Budget(0.05)
    time.sleep(0.2)  # a render waiting for a core (a busy machine) uses none of its budget
    budget.tick()
    with pytest.raises(SecurityError, match="processor time"):
        while True:  # a runaway render uses it up
            budget.tick()
            budget.iterations = 0  # only the time limit is under test here
