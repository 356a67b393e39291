"""Compiled templates are kept between processes, and never change what a template does."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.errors import ExportError
from briefer.render.engine import TemplateEngine
from briefer.render.template_cache import sandbox_fingerprint
from tests.unit.test_render_sandbox import HOSTILE


def _engine(templates: Path, cache: Path) -> TemplateEngine:
    return TemplateEngine(search_path=[templates], cache_dir=cache)


def _no_compiling(engine: TemplateEngine) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("compiled although the cache holds the template")

    engine.environment.compile = refuse  # type: ignore[method-assign]


def test_a_second_process_renders_from_the_cache(tmp_path: Path) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    (templates / "brief.j2").write_text("{% include '_part.j2' %} {{ who|upper }}\n", "utf-8")
    (templates / "_part.j2").write_text("Kính gửi", encoding="utf-8")
    first = _engine(templates, cache).render("brief.j2", {"who": "bộ trưởng"})
    assert first == "Kính gửi BỘ TRƯỞNG\n"
    assert len(list(cache.rglob("*.jinja"))) == 2  # the template and what it includes
    again = _engine(templates, cache)  # a new engine: what a new process has
    _no_compiling(again)
    assert again.render("brief.j2", {"who": "bộ trưởng"}) == first


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    path = templates / "brief.j2"
    path.write_text("one {{ x }}", encoding="utf-8")
    assert _engine(templates, cache).render("brief.j2", {"x": 1}) == "one 1"
    path.write_text("two {{ x }}", encoding="utf-8")  # same name, same size: new text
    assert _engine(templates, cache).render("brief.j2", {"x": 1}) == "two 1"


@pytest.mark.parametrize("source", HOSTILE[:8])
def test_hostile_templates_stay_refused_when_cached(tmp_path: Path, source: str) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    (templates / "bad.j2").write_text(source, encoding="utf-8")
    for attempt in range(2):  # compiled and cached, then loaded from the cache
        engine = _engine(templates, cache)
        if attempt:
            assert list(cache.rglob("*.jinja"))
            _no_compiling(engine)
        with pytest.raises(ExportError, match="could not be used"):
            engine.render("bad.j2", {})


def test_a_damaged_or_unwritable_cache_is_only_slower(tmp_path: Path) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    (templates / "brief.j2").write_text("{{ 6 * 7 }}", encoding="utf-8")
    assert _engine(templates, cache).render("brief.j2", {}) == "42"
    for entry in cache.rglob("*.jinja"):
        entry.write_bytes(entry.read_bytes()[:40])  # cut short: the checksum is damaged
    assert _engine(templates, cache).render("brief.j2", {}) == "42"
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert _engine(templates, blocked / "cache").render("brief.j2", {}) == "42"


def test_the_cache_folder_names_the_sandbox_that_compiled(tmp_path: Path) -> None:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    (templates / "brief.j2").write_text("x", encoding="utf-8")
    _engine(templates, cache).render("brief.j2", {})
    fingerprint = sandbox_fingerprint()
    assert fingerprint and [p.name for p in cache.iterdir()] == [f"templates-{fingerprint}"]


def test_exports_keep_compiled_templates_under_briefer_home(demo_store: Path) -> None:
    """The CLI's path: the shared engine caches in BRIEFER_HOME/cache (the tests' home)."""
    import os
    from datetime import date

    from briefer.services import Services

    services = Services(demo_store)
    brief = services.assemble("VN-CL", "state-visit", "vi", date(2026, 11, 24))
    first = services.render(brief)
    cache = Path(os.environ["BRIEFER_HOME"]) / "cache"
    assert len(list(cache.rglob("*.jinja"))) >= 2  # the brief type's template and its base
    assert services.render(brief) == first
    services.close()
