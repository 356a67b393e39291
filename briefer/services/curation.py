"""Curating facts: the review queue, approving and retiring, edits, new facts from a
selection, preferred figures, conflicting and stale figures, and source details.

Every write is one transaction with its audit row (who, when, what). The importer's
candidate rules (``briefer.ingest``) load only when an editor makes a fact from a selection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from briefer.domain.conflicts import disagreeing_groups
from briefer.domain.model import Fact, Source
from briefer.domain.rules import conflict_key, is_stale
from briefer.errors import InputError
from briefer.services.reading import ReadingServices
from briefer.store import audit
from briefer.store import facts as fact_store
from briefer.store.clock import new_uuid
from briefer.store.desk import record_proposal
from briefer.store.sources import EDITABLE_FIELDS, get_source, update_source

_WEB_ADDRESS = re.compile(r"(?i)^(https?|ftp)://\S+$")


class CurationServices(ReadingServices):
    def review_queue(self, pair: str | None = None) -> list[Fact]:
        """Draft facts (imported candidates and new facts) waiting for review."""
        return self.facts(pair=pair, status="draft")

    def _set_fields(
        self, uuids: Iterable[str], action: str, details: dict[str, object], **fields: object
    ) -> list[Fact]:
        db = self.db()
        done: list[Fact] = []
        with db.atomic():
            for uuid in uuids:
                fact = fact_store.get_fact(db, uuid)
                if fact is None:
                    raise InputError(f"There is no fact {uuid}; it may have been deleted.")
                updated = fact_store.update_fact(db, replace(fact, **fields))  # type: ignore[arg-type]
                audit.record(db, action, "fact", uuid, details)
                done.append(updated)
        return done

    def accept_facts(self, uuids: Iterable[str]) -> list[Fact]:
        """Approve drafts: they can enter briefs from now on."""
        return self._set_fields(uuids, "accept", {}, status="approved")

    def reject_facts(self, uuids: Iterable[str], reason: str = "") -> list[Fact]:
        """Retire drafts (never delete: a rejected candidate stays traceable to its source)."""
        return self._set_fields(uuids, "reject", {"reason": reason.strip()}, status="retired")

    def retire_facts(self, uuids: Iterable[str], reason: str = "") -> list[Fact]:
        return self._set_fields(uuids, "retire", {"reason": reason.strip()}, status="retired")

    def save_fact(self, fact: Fact) -> Fact:
        """Write an editor's changes to ``fact`` (a new revision when anything changed)."""
        db = self.db()
        with db.atomic():
            return fact_store.update_fact(db, fact)

    def new_fact_from_selection(self, source_id: int, start: int, end: int) -> Fact:
        """A draft citing ``body[start:end]`` exactly, prefilled by the candidate rules."""
        from briefer.ingest.drafts import draft_of_selection  # the candidate rules

        db = self.db()
        source = get_source(db, source_id)
        if source is None:
            raise InputError(f"There is no source with id {source_id}.")
        fact, candidate, start, quote = draft_of_selection(source, start, end, new_uuid())
        with db.atomic():
            fact_store.insert_fact(db, fact, [(source_id, quote, start)])
            if candidate is not None:  # the desk shows which rule read the words
                record_proposal(db, fact.uuid, candidate)
        created = fact_store.get_fact(db, fact.uuid)
        assert created is not None
        return created

    def set_preferred(self, fact_uuid: str) -> Fact:
        """Rank ``fact_uuid`` preferred; other preferred facts of its metric and period go
        back to normal, so one figure is shown and the conflict warning goes away."""
        db = self.db()
        with db.atomic():
            fact = fact_store.get_fact(db, fact_uuid)
            if fact is None:
                raise InputError(f"There is no fact {fact_uuid}; it may have been deleted.")
            key = conflict_key(fact)
            if key is not None:
                for other in fact_store.list_facts(db, pair=fact.pair, with_citations=False):
                    if (
                        other.uuid != fact.uuid
                        and other.rank == "preferred"
                        and conflict_key(other) == key
                    ):
                        fact_store.update_fact(db, replace(other, rank="normal"))
            updated = fact_store.update_fact(db, replace(fact, rank="preferred"))
            audit.record(db, "prefer", "fact", fact_uuid, {"key": list(key or ())})
        return updated

    def deprecate(self, fact_uuid: str, reason: str = "") -> Fact:
        """Rank a fact deprecated (never shown in a brief), with the editor's reason."""
        return self._set_fields(
            [fact_uuid], "deprecate", {"reason": reason.strip()}, rank="deprecated"
        )[0]

    def conflicts(self, pair: str | None = None) -> list[list[Fact]]:
        """Approved, non-deprecated facts grouped by pair, metric and period whose values
        differ (each group sorted preferred first)."""
        return disagreeing_groups(self.facts(pair=pair, status="approved"))

    def stale_facts(self, pair: str | None = None, on: date | None = None) -> list[Fact]:
        """Approved facts past their staleness limit on ``on`` (default today)."""
        day = on or self.clock.today()
        return [f for f in self.facts(pair=pair, status="approved") if is_stale(f, day)]

    def update_source(self, source_id: int, **changes: str) -> Source:
        """Fill in or correct a source's outlet, author, URL or publication date (audited).

        Notes and the Sources annex name where a source was published; a cited source
        without outlet or URL is a warning until an editor fills them in here.
        """
        unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
        if unknown:
            raise InputError(
                f"A source's {', '.join(unknown)} cannot be edited here "
                f"(only {', '.join(EDITABLE_FIELDS)})."
            )
        url = changes.get("url", "").strip()
        if url and not _WEB_ADDRESS.match(url):
            raise InputError(f"“{url}” is not a web address (it should start with https://).")
        updated = update_source(self.db(), source_id, changes)
        if updated is None:
            raise InputError(f"There is no source {source_id} in the store.")
        return updated
