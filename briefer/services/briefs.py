"""Briefs: assemble a draft from the store's facts, save and load an officer's edits, warn.

Assembly and checks are pure (``briefer.assemble``); briefs are kept by
``briefer.store.briefs``. Assembly, checks and rendering (jinja2) load when a brief is first
made or rendered, not with the services: a read command (``briefer pairs``: < 0.25 s for the
whole process, DESIGN.md §7) never loads them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from briefer.domain.brief import BRIEF_TYPES, Brief, BriefType, Warning
from briefer.domain.model import Fact
from briefer.errors import InputError
from briefer.services.reading import ReadingServices
from briefer.store import briefs as brief_store
from briefer.store import facts as fact_store
from briefer.store.briefs import BriefSummary
from briefer.store.clock import new_uuid
from briefer.store.sources import get_sources

if TYPE_CHECKING:
    from briefer.render.model import Document


class BriefServices(ReadingServices):
    @staticmethod
    def brief_types() -> list[BriefType]:
        return list(BRIEF_TYPES.values())

    def assemble(
        self,
        pair: str,
        brief_type: str = "state-visit",
        lang: str = "vi",
        brief_date: date | None = None,
        marking: str = "",
    ) -> Brief:
        """A fresh draft from the store's current facts (not saved)."""
        from briefer.assemble.assembler import assemble_brief, plain_statement_limits
        from briefer.store.brief_facts import brief_facts

        code = fact_store.normalise_pair_code(pair)
        the_pair = fact_store.get_pair(self.reader(), code)
        if the_pair is None:
            raise InputError(f"The store has no facts for the pair {code}.")
        # Only the approved facts the brief can use; their citations are loaded at render time.
        facts = brief_facts(self.reader(), code, plain_statement_limits(brief_type))
        brief = assemble_brief(
            the_pair, brief_type, lang, brief_date or self.clock.today(), facts, marking=marking
        )
        return brief.with_warnings(brief.warnings + self._source_warnings(brief))

    def new_brief(
        self,
        pair: str,
        brief_type: str = "state-visit",
        lang: str = "vi",
        brief_date: date | None = None,
        marking: str = "",
    ) -> tuple[str, Brief]:
        """Assemble a draft and save it; return its uuid and the brief."""
        brief = self.assemble(pair, brief_type, lang, brief_date, marking)
        brief_uuid = new_uuid()
        revision = brief_store.save_brief(self.db(), brief_uuid, brief, base_revision=0)
        return brief_uuid, replace(brief, revision=revision)

    def save_brief(self, brief_uuid: str, brief: Brief, base_revision: int | None = None) -> Brief:
        """Save the officer's edits made from ``base_revision`` (default ``brief.revision``).

        Returns the brief as saved (its new revision) with its warnings recomputed. A save
        from a revision that is no longer the stored one raises StaleBriefError: someone
        else saved the brief meanwhile, and their edits are not overwritten.
        """
        revision = brief_store.save_brief(self.db(), brief_uuid, brief, base_revision)
        saved = replace(brief, revision=revision)
        return saved.with_warnings(self.brief_warnings(saved))

    def save_brief_as_copy(self, brief: Brief) -> tuple[str, Brief]:
        """Save ``brief`` under a new uuid (an officer keeping their version after a clash)."""
        brief_uuid = new_uuid()
        revision = brief_store.save_brief(self.db(), brief_uuid, brief, base_revision=0)
        saved = replace(brief, revision=revision)
        return brief_uuid, saved.with_warnings(self.brief_warnings(saved))

    def load_brief(self, brief_uuid: str) -> Brief | None:
        """A saved brief with its pair's names filled in and its warnings recomputed."""
        from briefer.assemble.assembler import attach_pair

        brief = brief_store.load_brief(self.db(), brief_uuid)
        if brief is None:
            return None
        pair = fact_store.get_pair(self.db(), brief.pair)
        if pair is not None:
            brief = attach_pair(brief, pair)
        return brief.with_warnings(self.brief_warnings(brief))

    def recent_briefs(self, limit: int = 10) -> list[BriefSummary]:
        return brief_store.recent_briefs(self.db(), limit)

    def delete_brief(self, brief_uuid: str) -> None:
        brief_store.delete_brief(self.db(), brief_uuid)

    def brief_warnings(self, brief: Brief) -> tuple[Warning, ...]:
        from briefer.assemble.checks import check_brief

        # The pair's approved facts, not only the cited ones: a conflict is between the figure
        # in the brief and another approved figure for the same metric that the brief left
        # out (drafts and retired facts never conflict). Runs on every autosave, so no
        # citations are loaded, and facts outside that set (retired since) are added by uuid.
        facts = {
            f.uuid: f
            for f in fact_store.list_facts(
                self.reader(), pair=brief.pair, status="approved", with_citations=False
            )
        }
        facts.update(self.facts_by_uuid(brief.cited_fact_uuids() - facts.keys()))
        return check_brief(brief, facts) + self._source_warnings(brief)

    def _source_warnings(self, brief: Brief) -> tuple[Warning, ...]:
        """Cited sources without outlet or URL (the facts are loaded with their citations)."""
        from briefer.assemble.checks import source_warnings

        return source_warnings(brief, self.facts_by_uuid(brief.cited_fact_uuids()))

    def changed_since_export(self, brief_uuid: str) -> list[dict[str, object]]:
        """Facts the brief used at its last export that changed, were retired or deleted."""
        return brief_store.changed_since_export(self.db(), brief_uuid)

    def render(self, brief: Brief, template: str | None = None) -> Document:
        return self._render(brief, self.facts_by_uuid(brief.cited_fact_uuids()), template)

    def _render(self, brief: Brief, facts: dict[str, Fact], template: str | None) -> Document:
        from briefer.render.document import render_document

        source_ids = sorted({c.source_id for f in facts.values() for c in f.citations})
        return render_document(brief, facts, get_sources(self.reader(), source_ids), template)
