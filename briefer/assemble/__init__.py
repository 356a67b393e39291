"""Brief type + pair + facts → a ``Brief`` (sections of items, each citing facts). No Qt."""

from briefer.assemble.assembler import assemble_brief, attach_pair, plain_statement_limits
from briefer.assemble.checks import check_brief
from briefer.domain.brief import BRIEF_TYPES, Brief, BriefItem, BriefSection, BriefType, Warning

__all__ = [
    "BRIEF_TYPES",
    "Brief",
    "BriefItem",
    "BriefSection",
    "BriefType",
    "Warning",
    "assemble_brief",
    "attach_pair",
    "check_brief",
    "plain_statement_limits",
]
