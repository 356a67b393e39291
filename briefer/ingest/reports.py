"""What an import reports, file by file: the source made, each candidate fact (with what it
corroborates or contradicts), or the one-sentence reason nothing was added. Pure data: the
command line prints it (``--json`` is these dataclasses), the app lists it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the report types load without the candidate rules (CLI start-up)
    from briefer.ingest.candidates import Candidate
    from briefer.ingest.matching import Match

Progress = Callable[[str, float], None]  # (what is happening, fraction done 0..1)
IMPORTED, DUPLICATE, ERROR = "imported", "duplicate", "error"


@dataclass(frozen=True, slots=True)
class SourceReport:
    id: int
    uuid: str
    title: str
    outlet: str = ""
    author: str = ""
    url: str = ""
    published_on: str = ""
    language: str = "vi"
    kind: str = "article"  # "note": an administrative document (it has a letterhead)
    number: str = ""  # a note's number ("15/BNG-CÂ")
    file_kind: str = ""  # "text" | "html" | "docx" | "pdf"
    encoding: str = ""
    pairs: tuple[str, ...] = ()  # pair guesses, most likely first
    removed: int = 0  # lines and paragraphs the cleaner dropped


@dataclass(frozen=True, slots=True)
class CandidateReport:
    uuid: str
    kind: str
    topic: str
    pair: str
    quote: str
    start: int
    end: int
    statement_vi: str
    statement_en: str = ""  # an English source's own words
    value: float | None = None
    unit: str = ""
    qualifier: str = "exact"
    period: str = ""
    event_date: str = ""
    as_of: str = ""
    metric: str = ""
    reasons: tuple[str, ...] = ()
    corroborates: tuple[str, ...] = ()  # uuids of facts that say the same
    conflict_with: tuple[str, ...] = ()  # uuids of approved facts with another value


@dataclass(frozen=True, slots=True)
class FileReport:
    path: str
    status: str  # "imported" | "duplicate" | "error"
    error: str = ""
    message: str = ""
    source: SourceReport | None = None
    candidates: tuple[CandidateReport, ...] = field(default_factory=tuple)

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "status": self.status,
            "error": self.error or None,
            "message": self.message,
            "source": asdict(self.source) if self.source else None,
            "candidates": [asdict(c) for c in self.candidates],
        }


def candidate_report(candidate: Candidate, uuid: str, match: Match) -> CandidateReport:
    return CandidateReport(
        uuid=uuid,
        kind=candidate.kind,
        topic=candidate.topic,
        pair=candidate.pair,
        quote=candidate.quote,
        start=candidate.start,
        end=candidate.end,
        statement_vi=candidate.statement_vi,
        statement_en=candidate.statement_en,
        value=candidate.value,
        unit=candidate.unit,
        qualifier=candidate.qualifier,
        period=candidate.period,
        event_date=candidate.event_date,
        as_of=candidate.as_of,
        metric=candidate.metric,
        reasons=candidate.reasons,
        corroborates=match.corroborates,
        conflict_with=match.conflict_with,
    )


__all__ = [
    "DUPLICATE",
    "ERROR",
    "IMPORTED",
    "CandidateReport",
    "FileReport",
    "Progress",
    "SourceReport",
    "candidate_report",
]
