"""Brief → ``Document``: template context, sandboxed render, markup parse, citations resolved.

Each ``[@fact-uuid]`` marker becomes one ``Cite`` per citation of that fact, pointing at a
``Note`` (outlet, “title”, date, URL in the brief's language, plus the exact quote). Sources
are numbered in order of first citation. All text leaves here NFC and free of control
characters; the same input always gives the same document.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TypedDict

from briefer.domain.brief import BRIEF_TYPES, LANGUAGES, Brief
from briefer.domain.letterhead import (
    NATIONAL_HEADER,
    NUMBER_LABEL,
    classification_level,
    equivalent_marking,
    place_and_date,
)
from briefer.domain.model import Citation, Fact, Source
from briefer.errors import ExportError
from briefer.render.context import build_context
from briefer.render.engine import TemplateEngine, default_engine
from briefer.render.labels import fill, load_labels
from briefer.render.markup import merge_runs, parse
from briefer.render.model import (
    Block,
    BulletList,
    Cite,
    Document,
    DocumentMeta,
    Heading,
    Inline,
    LineBreak,
    Note,
    Paragraph,
    SourceEntry,
    Table,
    Text,
)
from briefer.text.display import clean_for_output, format_date
from briefer.text.normalize import looks_vietnamese

META_LABELS: tuple[str, ...] = (
    "contents",
    "sources",
    "notes",
    "page",
    "of",
    "marking",
    "ibid",
)
SHORT_TITLE_WORDS = 5
# Letters only Vietnamese uses among Latin scripts (with their tone marks), for telling a
# Vietnamese quote from an English one.


def render_document(
    brief: Brief,
    facts: Mapping[str, Fact],
    sources: Mapping[int, Source] | None = None,
    template: str | None = None,
    *,
    user_dir: Path | str | None = None,
    engine: TemplateEngine | None = None,
) -> Document:
    """Render ``brief`` through its template (or ``template``: a name or a file path).

    ``facts`` maps fact uuid → fact (every fact the brief cites); ``sources`` maps source id
    → source, for fuller notes (citations carry the essentials otherwise). ``user_dir`` is
    a folder of the user's templates, searched before the bundled ones.
    Raises ``ExportError`` (one sentence) when the template cannot be used.
    """
    if brief.language not in LANGUAGES:
        raise ExportError(
            f"A brief can be exported in Vietnamese or English, not in '{brief.language}'."
        )
    kind = BRIEF_TYPES.get(brief.brief_type)
    if template is None and kind is None:
        raise ExportError(f"There is no template for the brief type '{brief.brief_type}'.")
    name = template or (kind.template if kind else "")
    if engine is None:
        path = Path(name)
        if template is not None and path.suffix and path.is_file():
            # A template file picked by the user: its folder comes first.
            engine, name = default_engine(path.parent), path.name
            user_dir = user_dir or path.parent
        else:
            engine = default_engine(user_dir)
    labels = load_labels(brief.language, user_dir)
    context = build_context(brief, facts, sources, labels)
    markup = engine.render(name, context)
    blocks = parse(markup)
    return _Finisher(brief, facts, sources, labels).document(blocks)


class _Finisher:
    """Resolves citations, cleans text and fills the metadata."""

    def __init__(
        self,
        brief: Brief,
        facts: Mapping[str, Fact],
        sources: Mapping[int, Source] | None,
        labels: Mapping[str, str],
    ) -> None:
        self.brief = brief
        self.lang = brief.language
        self.facts = facts
        self.sources = sources or {}
        self.labels = labels
        self.notes: dict[str, Note] = {}
        self.entries: dict[str, SourceEntry] = {}
        kind = BRIEF_TYPES.get(brief.brief_type)
        self.type_label = kind.label(self.lang) if kind else brief.brief_type
        self.values = {
            "pair": brief.pair_label or brief.pair,
            "date": format_date(brief.brief_date, self.lang),
            "type": self.type_label,
        }

    # -- blocks

    def document(self, blocks: Sequence[Block]) -> Document:
        done = [b for b in (self.block(b) for b in blocks) if b is not None]
        if not any(not isinstance(b, Heading) for b in done):
            message = fill(self.labels.get("no_facts", "No approved facts."), self.values)
            done.append(Paragraph((Text(clean_for_output(message)),), style="note"))
        kind = BRIEF_TYPES.get(self.brief.brief_type)
        return Document(
            meta=self.meta(),
            blocks=tuple(done),
            notes=dict(self.notes),
            sources=tuple(sorted(self.entries.values(), key=lambda e: e.number)),
            one_page=bool(kind and kind.one_page),
        )

    def block(self, block: Block) -> Block | None:
        if isinstance(block, Heading):
            text = " ".join(clean_for_output(block.text).split())
            return Heading(block.level, text, block.anchor) if text else None
        if isinstance(block, Paragraph):
            inlines = self.inlines(block.inlines)
            return Paragraph(inlines, block.style) if inlines else None
        if isinstance(block, BulletList):
            items = tuple(i for i in (self.inlines(item) for item in block.items) if i)
            return BulletList(items) if items else None
        if isinstance(block, Table):
            return Table(
                header=tuple(self.inlines(c) for c in block.header),
                rows=tuple(tuple(self.inlines(c) for c in row) for row in block.rows),
                widths=block.widths,
                caption=" ".join(clean_for_output(block.caption).split()),
            )
        return block

    def inlines(self, runs: Sequence[Inline]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        # (facts one sentence states, printed once, cite the same words of the same source:
        # one note for them, not "3,4,5" over three identical notes)
        quoted: set[tuple[str, str]] = set()
        for run in runs:
            if isinstance(run, Text):
                lines = clean_for_output(run.text).split("\n")
                for index, line in enumerate(lines):
                    if index:
                        out.append(LineBreak())
                    out.append(Text(line, bold=run.bold, italic=run.italic))
            elif isinstance(run, Cite):
                for cite in self.cite(run.key):
                    note = self.notes.get(cite.key) if isinstance(cite, Cite) else None
                    said = (
                        (note.source_key, note.quote) if note is not None and note.quote else None
                    )
                    if said in quoted:
                        continue
                    if said is not None:
                        quoted.add(said)
                    out.append(cite)
            else:
                out.append(run)
        return merge_runs(out)

    # -- citations

    def cite(self, fact_uuid: str) -> list[Inline]:
        fact = self.facts.get(fact_uuid)
        if fact is None:
            # Not a fact this brief knows: keep the marker visible rather than drop it.
            return [Text(f"[@{fact_uuid}]")]
        return [Cite(self.note(fact, i, c)) for i, c in enumerate(fact.citations, start=1)]

    def note(self, fact: Fact, index: int, citation: Citation) -> str:
        key = f"{fact.uuid}#{index}"
        if key in self.notes:
            return key
        entry = self.source_entry(citation)
        quote = clean_for_output(citation.quote)
        if self.lang == "en" and looks_vietnamese(quote):
            # An English brief does not print Vietnamese text; the source is still named.
            quote = ""
        self.notes[key] = Note(
            key=key,
            fact_uuid=fact.uuid,
            source_key=entry.key,
            quote=quote,
            text=self.note_text(entry),
            short=self.short_note_text(entry),
        )
        return key

    def source_entry(self, citation: Citation) -> SourceEntry:
        source = self.sources.get(citation.source_id)
        key = (source.uuid if source else "") or citation.source_uuid
        key = key or f"source-{citation.source_id}"
        if key in self.entries:
            return self.entries[key]
        number = len(self.entries) + 1
        title = source.title if source else citation.source_title
        outlet = source.outlet if source else citation.source_outlet
        url = source.url if source else citation.source_url
        published = source.published_on if source else citation.source_published_on
        author = source.author if source else ""
        entry = SourceEntry(
            key=key,
            number=number,
            title=_one_line(title) or _one_line(outlet) or key,
            outlet=_one_line(outlet),
            author=_one_line(author),
            url=_one_line(url),
            published_on=format_date(published, self.lang, bare=True) if published else "",
            anchor=f"src-{number}",
        )
        self.entries[key] = entry
        return entry

    def note_text(self, entry: SourceEntry) -> str:
        """ "Outlet, “Title”, date, URL." in the brief's language."""
        parts = []
        if entry.outlet:
            parts.append(entry.outlet)
        if entry.title and entry.title != entry.outlet:
            parts.append(f"“{entry.title}”")
        if entry.published_on:
            parts.append(entry.published_on)
        if entry.url:
            parts.append(entry.url)
        text = ", ".join(parts)
        return text if text.endswith((".", "!", "?")) else f"{text}."

    def short_note_text(self, entry: SourceEntry) -> str:
        """ "Outlet, “Short title…”, date." — for a source already given in full."""
        parts = []
        if entry.outlet:
            parts.append(entry.outlet)
        if entry.title and entry.title != entry.outlet:
            words = entry.title.split()
            short = " ".join(words[:SHORT_TITLE_WORDS])
            if len(words) > SHORT_TITLE_WORDS:
                short = short.rstrip(",;:.-–") + "…"
            parts.append(f"“{short}”")
        if entry.published_on:
            parts.append(entry.published_on)
        text = ", ".join(parts) or entry.key
        return text if text.endswith((".", "!", "?")) else f"{text}."

    # -- metadata

    def meta(self) -> DocumentMeta:
        brief = self.brief
        partner = brief.partner.name(self.lang) if brief.partner else ""
        labels = {k: _one_line(fill(self.labels.get(k, k), self.values)) for k in META_LABELS}
        pair_label = _one_line(brief.pair_label or brief.pair)
        return DocumentMeta(
            title=_one_line(brief.title),
            subtitle=pair_label,
            brief_type_label=_one_line(self.type_label),
            date_label=_one_line(self.values["date"]),
            # A known marking in the other language is printed in the brief's language.
            marking=_one_line(equivalent_marking(brief.marking, self.lang)),
            language=self.lang,
            author="",
            subject=f"{_one_line(self.type_label)}: {pair_label}",
            keywords=tuple(k for k in (brief.pair, _one_line(partner), brief.brief_type) if k),
            created=f"{brief.brief_date}T00:00:00",
            labels=labels,
            **self.official_format(),
        )

    def official_format(self) -> OfficialFormat:
        """The letterhead, number, place-and-date, visit lines and page-number form."""
        page = self.brief.title_page
        lang = self.lang
        decree = page.house_style == "decree30" and lang == "vi"
        number_label = NUMBER_LABEL.get(lang, NUMBER_LABEL["en"])
        number = _one_line(page.number)
        visit = []
        for key, value in (("visit_dates", page.visit_dates), ("venue", page.venue)):
            if _one_line(value):
                visit.append(f"{_one_line(self.labels.get(key, key))}: {_one_line(value)}")
        if decree:
            pattern = "{page}"  # NĐ 30: Arabic digits only, centred in the top margin
        else:
            words = self.labels.get("page", "Page"), self.labels.get("of", "of")
            pattern = f"{_one_line(words[0])} {{page}} {_one_line(words[1])} {{total}}"
        return OfficialFormat(
            national_header=NATIONAL_HEADER if decree else (),
            issuing_unit=tuple(_one_line(line) for line in page.issuing_unit(lang)),
            number_line=f"{number_label}: {number}" if number else f"{number_label}:",
            place_date=_one_line(place_and_date(page.place(lang), self.brief.brief_date, lang)),
            visit_lines=tuple(visit),
            classification=classification_level(self.brief.marking),
            page_pattern=pattern,
        )


class OfficialFormat(TypedDict):
    """The official-format fields of ``DocumentMeta`` (filled by the finisher)."""

    national_header: tuple[str, ...]
    issuing_unit: tuple[str, ...]
    number_line: str
    place_date: str
    visit_lines: tuple[str, ...]
    classification: int
    page_pattern: str


def _one_line(text: str) -> str:
    return " ".join(clean_for_output(text or "").split())
