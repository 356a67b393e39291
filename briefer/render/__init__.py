"""Brief → document model through sandboxed jinja2 templates and a small markup. No Qt."""

from briefer.render.document import render_document
from briefer.render.engine import GuardedSandbox, TemplateEngine, render_template
from briefer.render.markup import dump, escape, parse

__all__ = [
    "GuardedSandbox",
    "TemplateEngine",
    "dump",
    "escape",
    "parse",
    "render_document",
    "render_template",
]
