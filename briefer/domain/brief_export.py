"""Briefs for export: the same brief in the other language, and file names.

:func:`in_language` re-labels a brief for export in the other language (the items carry both
languages already; only the title, headings and pair label change).
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefer.domain.brief import BRIEF_TYPES, Brief
from briefer.domain.topics import TOPIC_KEYS, topic_heading


def in_language(brief: Brief, lang: str) -> Brief:
    """The same brief to be written in ``lang``: title, section headings and pair label follow."""
    if lang == brief.language:
        return brief
    kind = BRIEF_TYPES.get(brief.brief_type)
    title = brief.title
    if kind is not None and brief.title in (kind.title_vi, kind.title_en, ""):
        title = kind.title(lang)
    sections = tuple(
        replace(s, heading=topic_heading(s.topic, lang)) if s.topic in TOPIC_KEYS else s
        for s in brief.sections
    )
    label = brief.pair_label
    if brief.home and brief.partner:
        label = f"{brief.home.name(lang)} – {brief.partner.name(lang)}"
    return replace(brief, language=lang, title=title, sections=sections, pair_label=label)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def default_filename(brief: Brief) -> str:
    """A file name (no suffix) that says what the file is: title, pair, date."""
    parts = [brief.title, brief.pair_label or brief.pair, brief.brief_date]
    name = " - ".join(p for p in parts if p)
    name = _UNSAFE.sub(" ", name)
    return " ".join(name.split()).strip(" .") or "brief"


def safe_filename(name: str) -> str:
    """The user's file name without characters Windows or macOS refuse, and without a suffix."""
    name = _UNSAFE.sub(" ", name).strip()
    for suffix in (".docx", ".pdf", ".DOCX", ".PDF"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return " ".join(name.split()).strip(" .")
