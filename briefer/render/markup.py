"""The brief markup: a small line-oriented text that templates render and ``parse`` reads.

The full description is in ``templates/README.md``. In short::

    # Section heading {id=sec-economic}      (## subsection, ### sub-subsection)
    {.lead} A paragraph in the lead style.   (styles: body, lead, note, warning)
    Lines of one paragraph are joined; a blank line ends it.
    - a bullet item
      an indented line continues the item
    | Header | cells |                        (first row is the header)
    |--------|-------|                        (optional; dash counts give relative widths)
    | a      | b     |
    : Table caption                           (right after the table)
    \\newpage                                 (a page break, alone on its line)

Inline: ``**bold**``, ``*italic*``, ``\\\\`` (two backslashes) a hard line break,
``[@fact-uuid]`` or ``[@a; @b]`` citation markers. A backslash before ASCII punctuation
makes it literal (``\\*``, ``\\[``, ``\\|``); ``\\/`` is a literal backslash; any other
backslash is kept as it is.

``parse`` never raises: whatever it does not understand is kept as text.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

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

PAGE_BREAK = "\\newpage"
PARAGRAPH_STYLES: tuple[str, ...] = ("body", "lead", "note", "warning")
MAX_HEADING_LEVEL = 3

CITE_KEY = r"[A-Za-z0-9_][A-Za-z0-9_.:#-]{0,127}"
_CITE = re.compile(rf"\[@({CITE_KEY}(?:[ \t]*;[ \t]*@?{CITE_KEY})*)\]")
_CITE_KEY_ONLY = re.compile(rf"^{CITE_KEY}$")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*)$")
_ANCHOR = re.compile(r"\{id=([A-Za-z][A-Za-z0-9_-]{0,63})\}[ \t]*$")
_STYLE = re.compile(r"^\{\.(" + "|".join(PARAGRAPH_STYLES) + r")\}(?:[ \t]+|$)")
_SEPARATOR_CELL = re.compile(r"^:?-+:?$")
_PUNCTUATION = frozenset(string.punctuation)
# Characters that end a markup line (parse splits on these only).
_NEWLINES = re.compile(r"\r\n|\r|\n")


# ---- escaping --------------------------------------------------------------------------------

_ESCAPE_ANYWHERE = frozenset("*[]|{}")
_ESCAPE_AT_START = frozenset("#-:")


# Any character ``escape`` may change; most text has none and is returned as it is.
_NEEDS_ESCAPE = re.compile(r"[\\\r\n*\[\]|{}]")


def escape(text: str) -> str:
    """Text → markup that parses back to exactly this text (line ends become hard breaks)."""
    first = len(text) - len(text.lstrip())  # the character a line would start with
    if _NEEDS_ESCAPE.search(text) is None and text[first : first + 1] not in _ESCAPE_AT_START:
        return text  # a brief escapes thousands of strings: no per-character pass for these
    text = _NEWLINES.sub("\n", text)
    first = len(text) - len(text.lstrip())
    out: list[str] = []
    for index, char in enumerate(text):
        if char == "\\":
            out.append("\\/")
        elif char == "\n":
            out.append("\\\\")
        elif char in _ESCAPE_ANYWHERE or (index == first and char in _ESCAPE_AT_START):
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


# ---- inline ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Token:
    kind: str  # "text" | "bold" | "italic" | "break" | "cite"
    value: str = ""


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            tokens.append(_Token("text", "".join(buffer)))
            buffer.clear()

    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            nxt = text[i + 1] if i + 1 < n else ""
            if nxt == "\\":
                flush()
                tokens.append(_Token("break"))
                i += 2
            elif nxt == "/":
                buffer.append("\\")
                i += 2
            elif nxt and nxt in _PUNCTUATION:
                buffer.append(nxt)
                i += 2
            else:
                buffer.append("\\")
                i += 1
        elif char == "[" and text.startswith("[@", i):
            match = _CITE.match(text, i)
            if match:
                flush()
                for key in match.group(1).split(";"):
                    tokens.append(_Token("cite", key.strip().lstrip("@")))
                i = match.end()
            else:
                buffer.append(char)
                i += 1
        elif char == "*":
            flush()
            if text.startswith("**", i):
                tokens.append(_Token("bold", "**"))
                i += 2
            else:
                tokens.append(_Token("italic", "*"))
                i += 1
        else:
            buffer.append(char)
            i += 1
    flush()
    return tokens


def parse_inlines(text: str) -> tuple[Inline, ...]:
    """One line (or joined lines) of inline markup → Text / Cite / LineBreak runs."""
    tokens = _tokenize(text)
    # An emphasis marker without a partner is literal text.
    for kind in ("bold", "italic"):
        marks = [t for t in tokens if t.kind == kind]
        if len(marks) % 2:
            marks[-1].kind = "text"
    runs: list[Inline] = []
    bold = italic = False
    for token in tokens:
        if token.kind == "bold":
            bold = not bold
        elif token.kind == "italic":
            italic = not italic
        elif token.kind == "break":
            runs.append(LineBreak())
        elif token.kind == "cite":
            runs.append(Cite(token.value))
        elif token.value:
            runs.append(Text(token.value, bold=bold, italic=italic))
    return merge_runs(runs)


def merge_runs(runs: Iterable[Inline]) -> tuple[Inline, ...]:
    """Join neighbouring text runs of the same format and drop empty ones."""
    merged: list[Inline] = []
    for run in runs:
        if isinstance(run, Text):
            if not run.text:
                continue
            last = merged[-1] if merged else None
            if isinstance(last, Text) and (last.bold, last.italic) == (run.bold, run.italic):
                merged[-1] = Text(last.text + run.text, bold=run.bold, italic=run.italic)
                continue
        merged.append(run)
    return tuple(merged)


def plain_text(inlines: Sequence[Inline]) -> str:
    """The words of inline runs (citations dropped, line breaks as spaces)."""
    parts = [
        r.text if isinstance(r, Text) else " " if isinstance(r, LineBreak) else "" for r in inlines
    ]
    return " ".join("".join(parts).split())


# ---- blocks ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Open:
    kind: str  # "paragraph" | "bullets" | "table"
    lines: list[str] = field(default_factory=list)  # paragraph lines
    items: list[list[str]] = field(default_factory=list)  # bullet items (their lines)
    rows: list[list[str]] = field(default_factory=list)  # raw table cells
    style: str = "body"
    caption: str = ""


def _split_row(line: str) -> list[str] | None:
    """``| a | b |`` → ["a", "b"]; None unless the line starts and ends with an unescaped bar."""
    if len(line) < 2 or line[0] != "|":
        return None
    cells: list[str] = []
    start = 1
    i = 1
    ends_with_bar = False
    while i < len(line):
        char = line[i]
        if char == "\\":
            i += 2
            continue
        if char == "|":
            cells.append(line[start:i].strip())
            start = i + 1
            ends_with_bar = i == len(line) - 1
        i += 1
    if not ends_with_bar:
        return None
    return cells


def _escaped_at(text: str, index: int) -> bool:
    """Is ``text[index]`` preceded by an odd run of backslashes (i.e. escaped)?"""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


class _Parser:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.current: _Open | None = None
        self.anchors: set[str] = set()

    # -- closing open blocks

    def close(self) -> None:
        current, self.current = self.current, None
        if current is None:
            return
        if current.kind == "paragraph":
            inlines = parse_inlines(" ".join(current.lines))
            inlines = _trim(inlines)
            if inlines:
                self.blocks.append(Paragraph(inlines, style=current.style))
        elif current.kind == "bullets":
            items = tuple(_trim(parse_inlines(" ".join(lines))) for lines in current.items)
            items = tuple(item for item in items if item)
            if items:
                self.blocks.append(BulletList(items))
        elif current.kind == "table":
            self.blocks.append(self._table(current))

    def _table(self, current: _Open) -> Table:
        rows = current.rows
        widths: tuple[float, ...] = ()
        if len(rows) >= 2 and rows[1] and all(_SEPARATOR_CELL.match(c) for c in rows[1]):
            counts = [c.count("-") for c in rows[1]]
            if len(set(counts)) > 1:
                widths = tuple(float(c) for c in counts)
            rows = [rows[0], *rows[2:]]
        columns = max(len(r) for r in rows)
        if widths:
            widths = (widths + (1.0,) * columns)[:columns] if len(widths) != columns else widths
        cells = [
            tuple(_trim(parse_inlines(c)) for c in (*row, *([""] * (columns - len(row)))))
            for row in rows
        ]
        caption = plain_text(parse_inlines(current.caption)) if current.caption else ""
        return Table(header=cells[0], rows=tuple(cells[1:]), widths=widths, caption=caption)

    # -- lines

    def heading(self, hashes: str, rest: str) -> bool:
        anchor = ""
        match = _ANCHOR.search(rest)
        if match and not _escaped_at(rest, match.start()):
            anchor = match.group(1)
            rest = rest[: match.start()]
        text = plain_text(parse_inlines(rest))
        if not text:
            return False  # "# {id=x}" alone: kept as text
        level = min(len(hashes), MAX_HEADING_LEVEL)
        self.close()
        self.blocks.append(Heading(level, text, self._unique(anchor or _slug(text))))
        return True

    def _unique(self, anchor: str) -> str:
        candidate, n = anchor, 2
        while candidate in self.anchors:
            candidate = f"{anchor}-{n}"
            n += 1
        self.anchors.add(candidate)
        return candidate

    def line(self, raw: str) -> None:
        stripped = raw.strip()
        indented = raw[:1] in (" ", "\t")
        current = self.current
        if not stripped:
            self.close()
            return
        if stripped == PAGE_BREAK:
            self.close()
            self.blocks.append(PageBreak())
            return
        match = _HEADING.match(stripped)
        if match and self.heading(match.group(1), match.group(2)):
            return
        row = _split_row(stripped) if stripped[0] == "|" else None
        if row is not None:
            if current is None or current.kind != "table" or current.caption:
                self.close()
                self.current = _Open("table")
            assert self.current is not None
            self.current.rows.append(row)
            return
        if current is not None and current.kind == "table" and stripped.startswith(": "):
            current.caption = stripped[2:].strip()
            self.close()
            return
        if stripped.startswith("- ") and stripped[2:].strip():
            if current is None or current.kind != "bullets":
                self.close()
                self.current = _Open("bullets")
            assert self.current is not None
            self.current.items.append([stripped[2:].strip()])
            return
        style = _STYLE.match(stripped)
        if style:
            self.close()
            self.current = _Open("paragraph", style=style.group(1))
            rest = stripped[style.end() :].strip()
            if rest:
                self.current.lines.append(rest)
            return
        if current is not None and current.kind == "bullets" and indented:
            current.items[-1].append(stripped)
            return
        if current is None or current.kind != "paragraph":
            self.close()
            self.current = _Open("paragraph")
        assert self.current is not None
        self.current.lines.append(stripped)


def _trim(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Drop spaces at the ends of a block and around hard breaks.

    Until nothing changes: a run that trims to nothing (an empty bold span, "**\n** 0" or
    "a **\n**") is dropped, and the run that then starts or ends the block must be trimmed
    too, or the block would keep a space its written form cannot carry (it would read back
    without it).
    """
    while True:
        trimmed = _trim_once(inlines)
        if trimmed == inlines:
            return trimmed
        inlines = trimmed


def _trim_once(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
    runs = list(inlines)
    for i, run in enumerate(runs):
        if not isinstance(run, Text):
            continue
        text = run.text
        if i == 0 or isinstance(runs[i - 1], LineBreak):
            text = text.lstrip()
        if i == len(runs) - 1 or isinstance(runs[i + 1], LineBreak):
            text = text.rstrip()
        runs[i] = Text(text, bold=run.bold, italic=run.italic)
    return merge_runs(runs)


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:48].strip("-")
    return f"h-{slug}" if slug else "h"


def parse(text: str) -> tuple[Block, ...]:
    """Markup → document blocks. Never raises; unknown syntax is kept as text."""
    if not isinstance(text, str):
        text = str(text)
    parser = _Parser()
    for raw in _NEWLINES.split(text):
        parser.line(raw)
    parser.close()
    return tuple(parser.blocks)


# ---- writing markup (for tests, tools and documentation) -------------------------------------


def dump_inlines(inlines: Sequence[Inline]) -> str:
    out: list[str] = []
    bold = italic = False
    for run in inlines:
        if isinstance(run, Text):
            if run.bold != bold:
                out.append("**")
                bold = run.bold
            if run.italic != italic:
                out.append("*")
                italic = run.italic
            out.append(escape(run.text))
        elif isinstance(run, Cite):
            out.append(
                f"[@{run.key}]" if _CITE_KEY_ONLY.match(run.key) else escape(f"[@{run.key}]")
            )
        elif isinstance(run, LineBreak):
            out.append("\\\\")
    if bold:
        out.append("**")
    if italic:
        out.append("*")
    return "".join(out)


def dump(blocks: Iterable[Block]) -> str:
    """Document blocks → markup; ``parse(dump(blocks))`` gives the blocks back."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            anchor = (
                f" {{id={block.anchor}}}" if _ANCHOR.fullmatch(f"{{id={block.anchor}}}") else ""
            )
            parts.append(f"{'#' * max(1, min(block.level, 6))} {escape(block.text)}{anchor}")
        elif isinstance(block, Paragraph):
            prefix = f"{{.{block.style}}} " if block.style != "body" else ""
            parts.append(prefix + dump_inlines(block.inlines))
        elif isinstance(block, BulletList):
            parts.append("\n".join(f"- {dump_inlines(item)}" for item in block.items))
        elif isinstance(block, Table):
            parts.append(_dump_table(block))
        elif isinstance(block, PageBreak):
            parts.append(PAGE_BREAK)
    return "\n\n".join(parts) + "\n"


def _dump_table(table: Table) -> str:
    def row(cells: Sequence[Sequence[Inline]]) -> str:
        return "| " + " | ".join(dump_inlines(c) for c in cells) + " |"

    columns = max([len(table.header), *(len(r) for r in table.rows)], default=1)
    if table.widths and len(set(table.widths)) > 1:
        smallest = min(w for w in table.widths if w > 0) if any(w > 0 for w in table.widths) else 1
        dashes = [max(1, round(3 * w / smallest)) for w in table.widths]
    else:
        dashes = [3] * columns
    lines = [row(table.header), "|" + "|".join("-" * d for d in dashes) + "|"]
    lines.extend(row(r) for r in table.rows)
    if table.caption:
        lines.append(f": {escape(table.caption)}")
    return "\n".join(lines)
