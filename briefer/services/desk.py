"""The editor's desk: each draft beside its source, duplicates, English, undo.

``briefer.domain.review`` (matches, proposals, decisions), ``domain.english`` (the
suggestion) and ``store.desk`` (proposal rows, citation moves, progress counts) do the
work. Every decision returns a :class:`Decision` that :meth:`undo_decision` takes back
exactly. The pair's approved facts are kept as a match index, built once and then kept in
step with the desk's own decisions (rebuilt when anything else changed them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, TypeVar

from sqlite_utils import Database

from briefer import clock as clocks
from briefer.domain.model import Fact, Source
from briefer.domain.review import Decision, MatchIndex, Proposal, ReviewItem
from briefer.domain.topics import TOPIC_KEYS
from briefer.errors import InputError
from briefer.services.reading import ReadingServices
from briefer.store import audit, desk, lookups
from briefer.store import facts as fact_store

if TYPE_CHECKING:
    from briefer.domain.english import Suggestion

T = TypeVar("T")
Snapshot = Callable[[str], Fact]  # a fact as it was before the decision (recorded for undo)
Change = Callable[[Database, Snapshot, list[int], list[tuple[str, str]]], None]


class DeskProgress(TypedDict):
    sources: list[desk.SourceProgress]  # drafts left per source
    pairs: dict[str, dict[str, int]]  # pair → brief section → approved facts
    drafts: dict[str, int]  # pair → drafts left
    missing_english: int  # approved facts with no English statement
    missing_vietnamese: int  # approved facts worded only in their English source's words


class DeskServices(ReadingServices):
    def __init__(
        self,
        store_path: Path | str | None = None,
        *,
        demo_on_first_run: bool = True,
        clock: clocks.Clock | None = None,
    ):
        super().__init__(store_path, demo_on_first_run=demo_on_first_run, clock=clock)
        self._desk_indexes: dict[str, tuple[tuple[object, ...], MatchIndex]] = {}
        self._desk_lock = threading.RLock()

    def _forget_caches(self) -> None:
        self._desk_indexes.clear()
        super()._forget_caches()

    def desk_queue(self, pair: str | None = None) -> list[ReviewItem]:
        """Drafts with the importer's reasons and the approved facts they resemble."""
        db = self.db()
        code = fact_store.normalise_pair_code(pair) if pair else None
        drafts = [
            f
            for f in fact_store.list_facts(db, ids=desk.draft_ids(db))
            if code is None or f.pair == code
        ]
        uuids = [f.uuid for f in drafts]
        proposals = desk.proposals(db, uuids)
        different = desk.different_marks(db, uuids)
        with self._desk_lock:
            indexes = {code: self._desk_index(code) for code in sorted({f.pair for f in drafts})}
            return [
                ReviewItem(
                    fact,
                    proposals.get(fact.uuid, Proposal()),
                    tuple(indexes[fact.pair].matches(fact, different.get(fact.uuid, ()))),
                )
                for fact in drafts
            ]

    def _desk_key(self, pair: str) -> tuple[object, ...]:
        """What changes whenever the pair's approved facts or their citations change."""
        db = self.db()
        # Citations store-wide: cheap to count, and only added or removed by imports, packs
        # and the desk (which follows its own).
        return (*lookups.approved_facts_state(db, pair), *lookups.citations_state(db))

    def _desk_index(self, pair: str) -> MatchIndex:
        """The pair's approved facts, ready for matching drafts."""
        key = self._desk_key(pair)
        with self._desk_lock:
            cached = self._desk_indexes.get(pair)
            if cached is not None and cached[0] == key:
                return cached[1]
            index = MatchIndex(fact_store.list_facts(self.db(), pair=pair, status="approved"))
            self._desk_indexes[pair] = (key, index)
            return index

    def _desk_follow(self, write: Callable[[], T], touched: Callable[[], Iterable[Fact]]) -> T:
        """Run ``write`` (one of the desk's transactions), then bring the cached match
        indexes in step with the facts it changed (``touched()``: them as they were)."""
        with self._desk_lock:
            current = {
                pair: key
                for pair, (key, _index) in self._desk_indexes.items()
                if self._desk_key(pair) == key
            }
            result = write()
            for was in touched():
                now = fact_store.get_fact(self.db(), was.uuid)
                for pair in {was.pair, now.pair if now else was.pair}:
                    entry = self._desk_indexes.get(pair)
                    if entry is None:
                        continue
                    if pair not in current:  # changed by other means too: rebuild on use
                        del self._desk_indexes[pair]
                    elif now is not None and now.pair == pair:
                        entry[1].put(now)
                    else:
                        entry[1].discard(was.uuid)
            for pair in current:
                if pair in self._desk_indexes:
                    self._desk_indexes[pair] = (self._desk_key(pair), self._desk_indexes[pair][1])
            return result

    def desk_item(self, fact_uuid: str) -> ReviewItem | None:
        """One draft as the queue shows it (after an edit, say)."""
        fact = self.fact(fact_uuid)
        if fact is None:
            return None
        db = self.db()
        excluded = desk.different_marks(db, [fact_uuid]).get(fact_uuid, set())
        proposal = desk.proposals(db, [fact_uuid]).get(fact_uuid, Proposal())
        with self._desk_lock:
            matches = self._desk_index(fact.pair).matches(fact, excluded)
        return ReviewItem(fact, proposal, tuple(matches))

    def paragraph_of(self, fact: Fact) -> tuple[Source, int, int] | None:
        """The source of ``fact``'s first citation and the bounds of the paragraph holding
        the quote (Python offsets into ``source.body``)."""
        if not fact.citations:
            return None
        cite = fact.citations[0]
        source = self.source(cite.source_id)
        if source is None:
            return None
        body = source.body
        start = body.rfind("\n", 0, cite.start) + 1
        end = body.find("\n", cite.end)
        return source, start, len(body) if end < 0 else end

    def suggest_english(self, fact: Fact) -> Suggestion:
        """An English statement built from ``fact``'s fields, and the terms its quote uses."""
        from briefer.domain.english import suggest_english  # the desk's only: not at start

        home, _, partner = fact.pair.partition("-")
        known = fact_store.countries(self.db())
        quote = fact.citations[0].quote if fact.citations else fact.statement_vi
        return suggest_english(fact, quote, known.get(home), known.get(partner))

    @staticmethod
    def brief_line(fact: Fact, lang: str) -> str:
        """``fact`` as a brief in ``lang`` prints it: a figure with its period, an event
        with its date; "" when the fact has no statement in ``lang``."""
        from briefer.render.context import when_label, with_period
        from briefer.render.labels import load_labels

        text = " ".join((fact.statement_en if lang == "en" else fact.statement_vi).split())
        if not text:
            return ""
        when = when_label(fact, lang, load_labels(lang))
        if fact.kind == "event" and fact.event_date and when and when not in text:
            return f"{when}: {text}"
        return with_period(text, when, fact) if fact.kind == "figure" else text

    def _decide(self, action: str, drafts: Sequence[str], change: Change) -> Decision:
        """Run ``change(db, snapshot, added, different)`` in one transaction; a Decision
        records it."""
        db = self.db()
        before: dict[str, Fact] = {}
        added: list[int] = []
        different: list[tuple[str, str]] = []

        def snapshot(uuid: str) -> Fact:
            fact = fact_store.get_fact(db, uuid)
            if fact is None:
                raise InputError(f"There is no fact {uuid}; it may have been deleted.")
            before.setdefault(uuid, fact)
            return fact

        def write() -> Decision:
            with db.atomic():
                change(db, snapshot, added, different)
            return Decision(action, tuple(drafts), tuple(before.values()), tuple(added),
                            tuple(different))  # fmt: skip

        return self._desk_follow(write, before.values)

    def desk_accept(self, facts: Sequence[Fact]) -> Decision:
        """Save the editor's edits of each draft and approve it."""

        def change(db: Database, snapshot: Snapshot, _a: list[int], _d: object) -> None:
            for fact in facts:
                snapshot(fact.uuid)
                desk.change_pair(db, fact.uuid, fact.pair)  # the importer may guess wrong
                fact_store.update_fact(db, replace(fact, status="approved"))
                audit.record(db, "accept", "fact", fact.uuid, {})

        return self._decide("accept", [f.uuid for f in facts], change)

    def desk_reject(self, uuids: Sequence[str], reason: str = "") -> Decision:
        """Retire drafts (kept, never deleted), with the editor's reason if any."""

        def change(db: Database, snapshot: Snapshot, _a: list[int], _d: object) -> None:
            for uuid in uuids:
                fact_store.update_fact(db, replace(snapshot(uuid), status="retired"))
                audit.record(db, "reject", "fact", uuid, {"reason": reason.strip()})

        return self._decide("reject", list(uuids), change)

    def add_as_second_source(self, draft_uuid: str, fact_uuid: str) -> Decision:
        """The draft says what approved ``fact_uuid`` says: the fact gains the draft's
        citation and the draft is closed (retired, its trail says where it went)."""

        def change(db: Database, snapshot: Snapshot, added: list[int], _d: object) -> None:
            draft, fact = snapshot(draft_uuid), snapshot(fact_uuid)
            if fact.status != "approved":
                raise InputError("Only an approved fact can take a second source.")
            for cite in draft.citations:
                known = {(c.source_id, c.start, c.end) for c in fact.citations}
                if (cite.source_id, cite.start, cite.end) not in known:
                    added.append(desk.copy_citation(db, int(fact.id or 0), cite))
            fact_store.update_fact(db, replace(draft, status="retired"))
            audit.record(db, "cited-as-second-source", "fact", fact_uuid, {"from": draft_uuid})
            audit.record(db, "closed", "fact", draft_uuid, {"into": fact_uuid})

        return self._decide("second-source", [draft_uuid], change)

    def supersede(self, draft_uuid: str, fact_uuid: str, draft: Fact | None = None) -> Decision:
        """The draft is the newer figure: approve it (with ``draft``'s edits) and retire
        the approved fact it replaces."""

        def change(db: Database, snapshot: Snapshot, _a: list[int], _d: object) -> None:
            current, old = snapshot(draft_uuid), snapshot(fact_uuid)
            desk.change_pair(db, draft_uuid, (draft or current).pair)
            fact_store.update_fact(db, replace(draft or current, status="approved"))
            fact_store.update_fact(db, replace(old, status="retired"))
            audit.record(db, "superseded", "fact", fact_uuid, {"by": draft_uuid})

        return self._decide("supersede", [draft_uuid], change)

    def mark_different(self, draft_uuid: str, fact_uuid: str) -> Decision:
        """The editor says the draft is not the approved fact: stop showing it beside it."""

        def change(
            db: Database, snapshot: Snapshot, _a: list[int], different: list[tuple[str, str]]
        ) -> None:
            snapshot(draft_uuid)
            audit.record(db, desk.DIFFERENT, "fact", draft_uuid, {"from": fact_uuid})
            different.append((draft_uuid, fact_uuid))

        return self._decide("different", [draft_uuid], change)

    def undo_decision(self, decision: Decision) -> list[Fact]:
        """Take ``decision`` back: facts return to how they were, added citations go."""
        return self._desk_follow(lambda: self._undo(decision), lambda: decision.before)

    def _undo(self, decision: Decision) -> list[Fact]:
        db = self.db()
        restored: list[Fact] = []
        with db.atomic():
            for citation_id in decision.added_citations:
                desk.delete_citation(db, citation_id)
            for draft_uuid, other in decision.different:
                audit.record(db, "undo-different", "fact", draft_uuid, {"from": other})
            for fact in decision.before:
                if fact_store.get_fact(db, fact.uuid) is None:
                    raise InputError(f"There is no fact {fact.uuid}; it may have been deleted.")
                desk.change_pair(db, fact.uuid, fact.pair)
                restored.append(fact_store.update_fact(db, fact))
                audit.record(db, "undo", "fact", fact.uuid, {"action": decision.action})
        return restored

    def missing_translations(self) -> tuple[int, int]:
        """The status bar's to-do: approved facts with no English statement, and approved
        facts whose Vietnamese statement is still their English source's words (a Vietnamese
        brief would print those in English)."""
        db = self.db()
        return desk.approved_without_english(db), desk.approved_without_vietnamese(db)

    def desk_progress(self) -> DeskProgress:
        """Drafts left per source; approved facts per brief section (empty ones too) for
        each pair that has drafts; approved facts with no English statement, and those
        worded only in their English source's words."""
        db = self.db()
        drafts = desk.draft_pairs(db)
        per_topic = desk.approved_per_topic(db, drafts)  # the pairs being reviewed
        return {
            "sources": desk.source_progress(db),
            "pairs": {p: {t: per_topic[p].get(t, 0) for t in TOPIC_KEYS} for p in per_topic},
            "drafts": drafts,
            "missing_english": desk.approved_without_english(db),
            "missing_vietnamese": desk.approved_without_vietnamese(db),
        }
