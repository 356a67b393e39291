"""One file as the importer sees it before anything is written (pure): read, cleaned, its
metadata, its candidate facts, and the checks that refuse a file Briefer cannot use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefer.errors import InputError
from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Cleaned, Metadata, clean
from briefer.ingest.metadata import known_outlet, outlet_of_url
from briefer.ingest.readers import RawDocument, read_file
from briefer.ingest.sentences import split_sentences
from briefer.limits import MAX_DRAFTS_PER_SOURCE, MAX_SENTENCES, MAX_STATEMENT_CHARS


def metadata_of(raw: RawDocument, cleaned: Cleaned) -> Metadata:
    found = cleaned.metadata
    url = raw.url or found.url
    # The site's own name first, then what the text says (masthead, source line, lead),
    # then the web address.
    site = known_outlet(raw.site_name) or raw.site_name
    if site and not known_outlet(site) and url and known_outlet(outlet_of_url(url)):
        # a site name the table lacks ("Nhịp sống kinh tế …": a slogan in og:site_name) on
        # an address the table knows: the outlet the address names
        site = outlet_of_url(url)
    outlet = site or found.outlet or (outlet_of_url(url) if url else "")
    # A saved page declares its headline (og:title, <h1>): the text's guess comes second.
    declared = raw.title if raw.kind == "html" else ""
    title = declared or cleaned.title or raw.title or Path(raw.filename).stem
    return Metadata(
        title=title,
        outlet=outlet,
        author=found.author or raw.author,
        url=url,
        # a page's "last updated" day only when neither the page nor the text dates it
        published_on=raw.published_on or found.published_on or raw.changed_on,
        # A day and month without a year ("Sáng 20/9") belong to the publication's year.
        context_year=int(raw.published_on[:4]) if raw.published_on else found.context_year,
        countries=found.countries,
        language=found.language,
        partners=found.partners,
        kind=found.kind,
        number=found.number,
    )


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the importer makes of one file before anything is written."""

    raw: RawDocument
    cleaned: Cleaned
    metadata: Metadata
    candidates: list[Candidate]


def analyse(path: str | Path) -> Analysis:
    """Read, clean and mine one file as an import would (InputError for a bad file)."""
    raw = read_file(path)
    cleaned = clean(raw.text)
    meta = metadata_of(raw, cleaned)
    return Analysis(raw, cleaned, meta, find_candidates(cleaned.body, meta))


def check_sentences(filename: str, body: str) -> None:
    count = len(split_sentences(body))
    if count > MAX_SENTENCES:
        raise InputError(
            f"{filename} has {count:,} sentences; Briefer takes at most {MAX_SENTENCES:,} "
            "sentences from one source, so nothing was added (split it into parts)."
        )


def usable_candidates(filename: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that may become drafts. A "sentence" of tens of thousands of characters
    (a flattened table, text without stops) is no fact to review: it stays in the source, not
    a draft. Too many drafts from one source is refused (InputError): split the file."""
    kept = [
        c
        for c in candidates
        if len(c.statement_vi) <= MAX_STATEMENT_CHARS and len(c.quote) <= MAX_STATEMENT_CHARS
    ]
    if len(kept) > MAX_DRAFTS_PER_SOURCE:
        raise InputError(
            f"{filename} gives {len(kept):,} candidate facts; Briefer makes at most "
            f"{MAX_DRAFTS_PER_SOURCE:,} drafts from one source, so nothing was added "
            "(split it into parts)."
        )
    return kept


__all__ = ["Analysis", "analyse", "check_sentences", "metadata_of", "usable_candidates"]
