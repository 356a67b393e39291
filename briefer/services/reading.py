"""Reading the store: pairs, facts, sources, search and the integrity check.

Nothing here writes. Search hits come back as :class:`briefer.store.search.SearchHit`
(re-exported by ``briefer.services`` so the UI never imports the store).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from briefer.domain.model import Country, Fact, Pair, Source
from briefer.services.base import ServicesBase
from briefer.store import audit, lookups
from briefer.store import facts as fact_store
from briefer.store import search as search_store
from briefer.store.sources import get_source, list_sources

if TYPE_CHECKING:
    from briefer.store.check import CheckReport
    from briefer.store.search import SearchHit
    from briefer.sync.pack_local import FactOrigin


def __getattr__(name: str) -> object:
    """``SearchHit`` (re-exported by ``briefer.services``), loaded on first use: `pairs`
    and `facts` never search, and the hits' date rules cost them ~5 ms."""
    if name == "SearchHit":
        from briefer.store.search import SearchHit

        return SearchHit
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ReadingServices(ServicesBase):
    def last_change(self) -> int:
        """A mark of the store's last change to facts or sources, by any process: two equal
        marks mean nothing changed between them."""
        return audit.last_change(self.reader())

    def pairs(self, with_drafts: bool = False) -> list[Pair]:
        """Pairs with approved facts; ``with_drafts``: also pairs with only drafts, and each
        pair's count of drafts beside its approved facts."""
        if with_drafts:
            return fact_store.pairs_with_drafts(self.reader())
        return fact_store.pairs(self.reader())

    def facts(
        self, pair: str | None = None, topic: str | None = None, status: str | None = None
    ) -> list[Fact]:
        code = fact_store.normalise_pair_code(pair) if pair else None
        return fact_store.list_facts(self.reader(), pair=code, topic=topic, status=status)

    def fact(self, fact_uuid: str) -> Fact | None:
        return fact_store.get_fact(self.db(), fact_uuid)

    def fact_origin(self, fact_uuid: str) -> FactOrigin | None:
        """The fact pack a fact last came from (None for a fact made in this store)."""
        from briefer.sync.pack_local import fact_origin  # packs load only when they are used

        return fact_origin(self.db(), fact_uuid)

    def telling_apart(self, facts: Iterable[Fact], lang: str) -> dict[str, str]:
        """For each fact that shares its statement in ``lang`` with another of ``facts``
        (several facts drawn from one sentence), the line that tells it apart: its own
        statement from its fields, a figure with its period (``domain.ownline``), else its
        metric, value and date. Facts with a statement of their own get none."""
        from briefer.domain.ownline import own_line
        from briefer.render.context import when_label, with_period
        from briefer.render.labels import load_labels
        from briefer.text.display import format_figure

        by_text: dict[str, list[Fact]] = {}
        for fact in facts:
            by_text.setdefault(" ".join(fact.statement(lang).split()), []).append(fact)
        labels = load_labels(lang)
        known: dict[str, Country] | None = None
        lines: dict[str, str] = {}
        for group in (g for g in by_text.values() if len(g) > 1):
            for fact in group:
                known = fact_store.countries(self.reader()) if known is None else known
                home, _, partner = fact.pair.partition("-")
                line = own_line(fact, lang, known.get(home), known.get(partner))
                when = when_label(fact, lang, labels)
                if line and fact.kind == "figure":
                    line = with_period(line, when, fact)
                if not line:
                    value = format_figure(fact.value, fact.unit, lang, fact.qualifier)
                    line = " · ".join(p for p in (fact.metric, value, when) if p)
                lines[fact.uuid] = line
        return lines

    def facts_by_uuid(self, uuids: Iterable[str]) -> dict[str, Fact]:
        ids = lookups.fact_ids_by_uuid(self.reader(), uuids)
        found: dict[str, Fact] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update({f.uuid: f for f in fact_store.list_facts(self.reader(), ids=chunk)})
        return found

    def search(
        self,
        query: str,
        pair: str | None = None,
        limit: int = 50,
        sources: bool = True,
        *,
        topic: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source_limit: int | None = None,
    ) -> list[SearchHit]:
        """Fact hits (best first), then source-passage hits (best first).

        Filters narrow before ranking; a source belongs to the pairs and topics of the facts
        that cite it. ``source_limit`` defaults to a quarter of ``limit`` (at least 5).
        """
        code = fact_store.normalise_pair_code(pair) if pair else None
        filters = search_store.SearchFilters(code, topic, kind, status, since, until)
        wanted = (max(5, limit // 4) if source_limit is None else source_limit) if sources else 0
        facts, passages = search_store.search(self.reader(), query, filters, limit, wanted)
        return facts + passages

    @staticmethod
    def english_hit(hit: SearchHit, fact: Fact | None, query: str) -> SearchHit:
        """``hit`` with its snippet cut from ``fact``'s English statement when ``query``
        matches there too (an English brief browses English text); else ``hit`` itself."""
        if fact is None or not fact.statement_en or hit.field != "statement_vi":
            return hit
        from briefer.store.query import parse_query

        snippet, marks = search_store.make_snippet(fact.statement_en, parse_query(query))
        return replace(hit, snippet=snippet, highlights=marks) if marks else hit

    def check(self) -> CheckReport:
        from briefer.store.check import check_store  # the search index's checks load with it

        return check_store(self.db())

    def source(self, source_id: int) -> Source | None:
        return get_source(self.db(), source_id)

    def sources(self) -> list[Source]:
        return list_sources(self.db())

    def source_noise(self, source_id: int) -> list[tuple[str, str]]:
        """What the importer dropped from the source, and why: (text, reason) pairs."""
        from briefer.ingest.clean import clean

        source = get_source(self.db(), source_id)
        if source is None or not source.raw:
            return []
        return [(r.text, r.reason) for r in clean(source.raw).removed]

    def fact_history(self, fact_uuid: str) -> list[dict[str, object]]:
        """The fact's audit rows, oldest first: at, actor, action, details."""
        return audit.history(self.db(), "fact", fact_uuid)
