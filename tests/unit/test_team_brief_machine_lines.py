"""A brief a peer on an older Briefer shared through the hub kept its computed lines (years of
relations, latest visit) in the items' wording; duplicating it into a brief of one's own reads
them as the machine's — derived here from this store's facts — as migration 0016 does for the
store's own briefs, and keeps what the peer wrote himself (review of session 25, finding 8).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from briefer.domain.brief import ROLE_ANNIVERSARY, ROLE_LAST_VISIT_OUTBOUND, BriefItem
from briefer.services import Services
from briefer.services import sync as sync_service
from briefer.sync.briefs import brief_payload
from tests.stores import services_with_approved
from tests.unit.test_computed_line_derived import ARTICLE, ON, YEARS_EN, YEARS_VI


@pytest.fixture
def services(tmp_path: Path):
    services = services_with_approved(tmp_path, ARTICLE, "VN-CL")
    yield services
    services.close()


def test_a_shared_brief_from_an_older_briefer_copies_with_its_lines_derived(
    services: Services,
) -> None:
    _, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    mine = "Chủ tịch nước thăm Chile (lời của chuyên viên)."

    def as_sent(item: BriefItem) -> BriefItem:
        if item.role == ROLE_ANNIVERSARY:  # the machine's line, as an older Briefer stored it
            return replace(item, text_vi=YEARS_VI, text_en=YEARS_EN)
        if item.role == ROLE_LAST_VISIT_OUTBOUND:  # the peer's own words
            return replace(item, text_vi=mine, needs_update="en")
        return item

    sent = replace(
        brief,
        sections=tuple(
            replace(s, items=tuple(as_sent(i) for i in s.items)) for s in brief.sections
        ),
    )
    services.db().execute(
        "INSERT INTO team_brief (uuid, owner, version, title, pair, brief_type, language, "
        "brief_date, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ["b-peer", "olga", 1, sent.title, sent.pair, sent.brief_type, sent.language,
         sent.brief_date, json.dumps(brief_payload(sent), ensure_ascii=False)],
    )  # fmt: skip
    services.db().conn.commit()
    _, copy = sync_service.copy_team_brief(services, "b-peer")
    items = {i.role: i for i in copy.items() if i.kind == "computed"}
    years = items[ROLE_ANNIVERSARY]
    assert (years.text_vi, years.text_en) == ("", "") and not years.edited()
    visit = items[ROLE_LAST_VISIT_OUTBOUND]
    assert (visit.text_vi, visit.needs_update) == (mine, "en") and visit.edited()
