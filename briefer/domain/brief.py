"""A brief as plain frozen data: sections of items, the warnings found, and the brief types.

A ``Brief`` is what assembly produces and what the officer edits: ordered sections (one per
topic), ordered items in each (a fact, the officer's own text, or a computed line such as the
anniversary of relations), the warnings to clear before export, and the revision of every fact
it used (so "3 facts changed since this brief was exported" can be shown later).

Brief types are data (``BRIEF_TYPES``): which topics, how many items, which template.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from briefer.domain.letterhead import TitlePage
from briefer.domain.model import Country
from briefer.domain.topics import TOPIC_KEYS
from briefer.errors import InputError

ITEM_KINDS: tuple[str, ...] = ("fact", "text", "computed")
WARNING_CODES: tuple[str, ...] = (
    "stale",
    "conflict",
    "untranslated",
    "needs_update",
    "uncited",
    "source",
    "overflow",
    "empty",
    "no_line",
)
LANGUAGES: tuple[str, ...] = ("vi", "en")

# Roles of computed items (``BriefItem.role``); templates may single them out.
ROLE_ANNIVERSARY = "anniversary"
ROLE_LAST_VISIT_OUTBOUND = "last-visit-outbound"
ROLE_LAST_VISIT_INBOUND = "last-visit-inbound"


@dataclass(frozen=True, slots=True)
class BriefItem:
    """One line of a brief.

    ``kind`` is ``"fact"`` (shows a fact; ``text_vi``/``text_en`` may override its wording
    while the fact's citations stay attached), ``"text"`` (the officer's own words, citing
    the facts in ``cites``) or ``"computed"`` (a line derived from ``fact_uuid`` and
    ``cites``, e.g. the anniversary of relations; the facts' citations stay attached).

    On a fact or computed item, ``text_vi``/``text_en`` hold only what the officer typed:
    the machine's line (a computed item's, or a fact item's own line where the fact's
    sentence is printed by another section too: ``says_own_line``) is derived from the
    current facts and the brief's date whenever it is shown (``briefer.domain.itemline``).
    """

    uuid: str
    kind: str  # one of ITEM_KINDS
    fact_uuid: str | None = None
    text_vi: str = ""
    text_en: str = ""
    cites: tuple[str, ...] = ()  # further fact uuids this item cites
    role: str = ""  # for computed items: ROLE_* ("" otherwise)
    # The language whose wording is behind: the other one was edited since ("" = in step).
    needs_update: str = ""
    # Machine-owned: say the facts' own lines, not the sentence another section prints too.
    says_own_line: bool = False

    def edited(self) -> bool:
        """Whether a fact or computed item says wording the officer typed (in either
        language) instead of the line derived from its facts; False for a text item (all the
        officer's words)."""
        return self.kind in ("fact", "computed") and bool(self.text_vi or self.text_en)

    def own_text(self, lang: str) -> str:
        """The item's own wording in exactly ``lang`` (no fallback to the other language)."""
        return self.text_en if lang == "en" else self.text_vi

    def text(self, lang: str) -> str:
        """The override wording in ``lang`` ("" when the item shows its fact's statement)."""
        if lang == "en":
            return self.text_en or self.text_vi
        return self.text_vi or self.text_en

    def cited_fact_uuids(self) -> tuple[str, ...]:
        """Every fact this item cites, its own fact first, without repeats."""
        seen: dict[str, None] = {}
        if self.fact_uuid:
            seen[self.fact_uuid] = None
        for uuid in self.cites:
            if uuid:
                seen.setdefault(uuid, None)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class BriefSection:
    topic: str  # a key of domain.topics.TOPICS
    heading: str  # in the brief's language
    items: tuple[BriefItem, ...] = ()


@dataclass(frozen=True, slots=True)
class Warning:  # shadows the builtin on purpose (the brief's vocabulary); alias BriefWarning
    """Something the officer should look at before export; points at a fact and/or an item."""

    code: str  # one of WARNING_CODES
    message_vi: str
    message_en: str
    fact_uuid: str | None = None
    item_uuid: str | None = None

    def message(self, lang: str) -> str:
        return self.message_en if lang == "en" else self.message_vi


BriefWarning = Warning


@dataclass(frozen=True, slots=True)
class Brief:
    pair: str  # "VN-CL"
    brief_type: str  # a key of BRIEF_TYPES
    language: str  # "vi" | "en"
    brief_date: str  # ISO date the brief is prepared for
    marking: str
    title: str
    sections: tuple[BriefSection, ...]
    warnings: tuple[Warning, ...] = ()
    fact_revisions: dict[str, int] = field(default_factory=dict)  # fact uuid → revision used
    pair_label: str = ""  # "Việt Nam – Chile", in the brief's language
    home: Country | None = None  # the pair's countries (names in vi and en, for rendering)
    partner: Country | None = None
    revision: int = 0  # the saved revision this copy was loaded from or saved as (0: unsaved)
    title_page: TitlePage = field(default_factory=TitlePage)  # issuing unit, number, place …

    def items(self) -> list[BriefItem]:
        return [item for section in self.sections for item in section.items]

    def cited_fact_uuids(self) -> set[str]:
        """Every fact any item of the brief shows or cites."""
        return {uuid for item in self.items() for uuid in item.cited_fact_uuids()}

    def section(self, topic: str) -> BriefSection | None:
        return next((s for s in self.sections if s.topic == topic), None)

    def with_warnings(self, warnings: tuple[Warning, ...]) -> Brief:
        return replace(self, warnings=warnings)


# ---- brief types -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BriefType:
    """What a kind of brief contains, and which template renders it.

    ``limits`` maps a topic key (or ``"*"`` for every other topic) to the most items shown;
    for ``visits`` the most recent ones are kept. ``max_items`` caps the whole brief (0: none).
    ``kinds`` restricts fact kinds (empty: all); ``metric_only`` keeps only facts with a
    metric (key figures).
    """

    key: str
    label_vi: str
    label_en: str
    title_vi: str
    title_en: str
    template: str
    topics: tuple[str, ...]
    limits: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    max_items: int = 0
    kinds: tuple[str, ...] = ()
    metric_only: bool = False
    one_page: bool = False  # laid out on one A4 page: no title page, contents or annex
    computed: tuple[str, ...] = (
        ROLE_ANNIVERSARY,
        ROLE_LAST_VISIT_OUTBOUND,
        ROLE_LAST_VISIT_INBOUND,
    )

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_vi

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_vi

    def limit(self, topic: str) -> int:
        return self.limits.get(topic, self.limits.get("*", 0))


BRIEF_TYPES: Mapping[str, BriefType] = MappingProxyType(
    {
        "state-visit": BriefType(
            key="state-visit",
            label_vi="Chuyến thăm cấp Nhà nước",
            label_en="State visit",
            title_vi="Tài liệu phục vụ chuyến thăm",
            title_en="Visit briefing",
            template="state-visit.j2",
            topics=TOPIC_KEYS,
            limits=MappingProxyType({"*": 15, "visits": 20}),
        ),
        "ministerial-talks": BriefType(
            key="ministerial-talks",
            label_vi="Hội đàm cấp Bộ trưởng",
            label_en="Ministerial talks",
            title_vi="Tài liệu phục vụ hội đàm",
            title_en="Talks briefing",
            template="ministerial-talks.j2",
            topics=(
                "diplomatic",
                "visits",
                "mechanisms",
                "agreements",
                "economic",
                "proposals",
                "talking_points",
            ),
            limits=MappingProxyType({"*": 5, "visits": 3}),
        ),
        "fact-sheet": BriefType(
            key="fact-sheet",
            label_vi="Thông tin tóm tắt",
            label_en="Fact sheet",
            title_vi="Số liệu cơ bản",
            title_en="Key figures",
            template="fact-sheet.j2",
            topics=("diplomatic", "economic", "investment", "multilateral", "people"),
            limits=MappingProxyType({"*": 6}),
            max_items=14,  # one A4 page of table rows
            metric_only=True,
            one_page=True,
            computed=(ROLE_ANNIVERSARY,),
        ),
    }
)


def brief_type(key: str) -> BriefType:
    """The brief type ``key``; an unknown key is a user error naming the known ones."""
    try:
        return BRIEF_TYPES[key]
    except KeyError:
        known = ", ".join(BRIEF_TYPES)
        raise InputError(f"There is no brief type '{key}' (known types: {known}).") from None
