"""Importing the five real seed articles: clean bodies, metadata, candidates and their recall.

The reference is the demo pack (``resources/demo/pack.json``): a careful human's cleaning of
the same five articles and ~90 facts, each citing the exact words that state it. Its facts,
article by article, are in ``tests/fixtures/ingest/reference.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import clean
from briefer.resources import demo_pack_path
from briefer.services.intake import CandidateReport, FileReport, import_files
from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.store.facts import list_facts
from briefer.store.sources import get_source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
REFERENCE = json.loads((FIXTURES / "reference.json").read_text(encoding="utf-8"))["articles"]
DEMO = json.loads(demo_pack_path().read_text(encoding="utf-8"))
DEMO_BODIES = {
    seed.name: source["body"] for seed, source in zip(SEEDS, DEMO["sources"], strict=True)
}
# Lines of page furniture and sidebars that must not survive cleaning.
NOISE = (
    "Tin liên quan", "Đọc thêm", "Tin cùng chuyên mục", "Theo dõi", "Phiên bản di động",
    "0:00", ".jpg", "(Ảnh:", "ảnh 2", "Nguồn VOV", "Việt Cường/VOV", "(TTXVN/Vietnam+)",
    "(từ Santiago, Chile)", "2026", "Giá vàng", "\u00d0", "\u00a0",
)  # fmt: skip


def _seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, list[FileReport]]]:
    db = open_store(tmp_path_factory.mktemp("seeds") / "store.sqlite")
    reports = import_files(db, SEEDS, actor="test")
    yield db, reports
    db.close()


def _report(reports: list[FileReport], prefix: str) -> FileReport:
    return next(r for r in reports if Path(r.path).name.startswith(prefix))


def _candidates(reports: list[FileReport], prefix: str) -> list[CandidateReport]:
    return list(_report(reports, prefix).candidates)


# ---- the store after import ------------------------------------------------------------


def test_every_seed_is_imported_with_draft_facts_that_quote_it_exactly(store) -> None:
    db, reports = store
    assert [r.status for r in reports] == ["imported"] * 5
    for report in reports:
        assert report.source is not None and report.candidates
        body = get_source(db, report.source.id).body  # type: ignore[union-attr]
        for candidate in report.candidates:
            assert body[candidate.start : candidate.end] == candidate.quote
    facts = list_facts(db)
    assert len(facts) == sum(len(r.candidates) for r in reports)
    assert {f.status for f in facts} == {"draft"}
    assert all(len(f.citations) == 1 for f in facts)
    assert check_store(db).ok, check_store(db).problems


def test_raw_text_is_kept_and_cleaning_it_again_gives_the_same_body(store) -> None:
    db, reports = store
    for seed, report in zip(SEEDS, reports, strict=True):
        source = get_source(db, report.source.id)  # type: ignore[union-attr]
        assert source is not None
        assert source.raw == seed.read_text(encoding="utf-8")
        assert clean(source.raw).body == source.body
        assert source.sha256 and len(source.sha256) == 64


# ---- cleaning --------------------------------------------------------------------------


def test_cleaned_bodies_agree_with_the_demo_pack_paragraph_for_paragraph(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lines = []
    for seed in SEEDS:
        mine = clean(seed.read_text(encoding="utf-8")).paragraphs
        theirs = DEMO_BODIES[seed.name].split("\n\n")
        common = len(set(mine) & set(theirs))
        lines.append(f"{seed.name}: {common}/{len(theirs)} demo paragraphs, {len(mine)} kept")
        assert mine == theirs, seed.name
    with capsys.disabled():
        print("\nparagraph agreement with resources/demo/pack.json:\n  " + "\n  ".join(lines))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_no_sidebar_or_boilerplate_line_is_left(seed: Path) -> None:
    body = clean(seed.read_text(encoding="utf-8")).body
    for marker in NOISE:
        assert marker not in body, marker


def test_seed_000_keeps_one_copy_of_its_repeated_paragraph_where_it_belongs() -> None:
    cleaned = clean(_seed("000").read_text(encoding="utf-8"))
    start = "Từ khi tham gia APEC năm 1998"
    assert cleaned.body.count(start) == 1
    repeated = [r for r in cleaned.removed if r.reason == "repeated paragraph"]
    assert len(repeated) == 1 and repeated[0].text.startswith(start)
    # The copy kept opens the APEC section (the other one sat among paragraphs on Peru).
    paragraphs = cleaned.paragraphs
    kept = next(i for i, p in enumerate(paragraphs) if p.startswith(start))
    assert paragraphs[kept + 1].startswith("Việt Nam là một trong số không nhiều thành viên")
    assert "Ð" not in cleaned.body and "Đoàn đại biểu" in cleaned.body


def test_removed_lines_say_why() -> None:
    removed = {
        (r.reason, r.text[:40]) for r in clean(_seed("004").read_text(encoding="utf-8")).removed
    }
    assert ("byline", "Tuấn Anh") in removed
    assert ("dateline", "(từ Santiago, Chile)") in removed
    assert ("follow-us widget", "Theo dõi Baoquocte.vn trên") in removed
    assert ("sidebar", "Tin liên quan") in removed
    assert ("sidebar", "Đọc thêm") in removed
    assert ("page furniture", "Phiên bản di động") in removed


# ---- metadata --------------------------------------------------------------------------


def test_metadata_found_in_the_text(store) -> None:
    _, reports = store
    sources = {Path(r.path).name[:3]: r.source for r in reports}
    s001 = sources["001"]
    assert s001.url == (
        "https://vov.vn/chinh-tri/dua-quan-he-huu-nghi-va-hop-tac-nhieu-mat-giua-viet-nam"
        "-peru-len-tam-cao-moi-post1134806.vov"
    )
    assert (s001.outlet, s001.author, s001.published_on) == ("VOV", "Việt Cường", "2024-11-12")
    assert (sources["002"].outlet, sources["002"].published_on) == ("Vietnam+", "2024-08-25")
    # "Sáng 17/11 … Hội nghị Cấp cao APEC lần thứ 30": the 30th leaders' meeting was in 2023.
    assert sources["003"].published_on == "2023-11-17"
    assert (sources["004"].outlet, sources["004"].author, sources["004"].published_on) == (
        "Báo Quốc tế",  # ("Baoquocte.vn" alone names it: the paper's name of today)
        "Tuấn Anh",
        "2024-11-11",
    )
    # No dated lead: only the year the article names (never 2026 from its removed sidebar).
    assert sources["000"].published_on == "2024"
    assert (
        sources["000"].title
        == "Xung lực mới cho quan hệ giữa Việt Nam với Chile, Peru và hợp tác APEC"
    )
    assert sources["001"].pairs[0] == "VN-PE"
    assert sources["002"].pairs[0] == "VN-CL"
    assert sources["003"].pairs[0] == "VN-PE"


# ---- candidates ------------------------------------------------------------------------


def _has(candidates: list[CandidateReport], **expected: object) -> bool:
    return any(all(getattr(c, k) == v for k, v in expected.items()) for c in candidates)


def test_relation_dates_are_candidates(store) -> None:
    _, reports = store
    metric = "relations.established"
    assert _has(_candidates(reports, "000"), pair="VN-CL", metric=metric, event_date="1971-03-25")
    assert _has(_candidates(reports, "002"), pair="VN-CL", metric=metric, event_date="1971-03-25")
    assert _has(_candidates(reports, "001"), pair="VN-PE", metric=metric, event_date="1994")
    assert _has(
        _candidates(reports, "000"),
        pair="VN-CL",
        metric="relations.comprehensive_partnership",
        event_date="2007-05",
    )


@pytest.mark.parametrize(
    ("seed", "pair", "value", "qualifier", "period"),
    [
        ("004", "VN-CL", 1.3e9, "more_than", "2024-01..2024-09"),  # hơn 1,3 tỷ USD 9 tháng 2024
        ("001", "VN-PE", 5e8, "approx", "2023"),  # gần 500 triệu USD năm 2023
        ("001", "VN-PE", 3e8, "approx", "2024-01..2024-07"),  # gần 300 triệu USD 7 tháng 2024
        ("002", "VN-CL", 2e9, "more_than", ""),  # vượt mức 2 tỷ USD
    ],
)
def test_trade_figures_come_with_their_periods(
    store, seed: str, pair: str, value: float, qualifier: str, period: str
) -> None:
    _, reports = store
    assert _has(
        _candidates(reports, seed),
        kind="figure",
        pair=pair,
        metric="trade.total",
        value=value,
        unit="USD",
        qualifier=qualifier,
        period=period,
    )


def test_a_figure_without_period_holds_as_of_publication(store) -> None:
    _, reports = store
    figure = next(
        c for c in _candidates(reports, "002") if c.metric == "trade.total" and c.value == 2e9
    )
    assert figure.as_of == "2024-08-25"


@pytest.mark.parametrize(
    ("seed", "pair", "metric", "value", "words"),
    [
        ("000", "VN-CL", "trade.partner_rank_in_latam", 4, "lớn thứ tư"),
        ("002", "VN-CL", "trade.partner_rank_in_latam", 4, "lớn thứ 4"),
        ("004", "VN-CL", "trade.partner_rank_in_latam", 4, "lớn thứ 4"),
        ("000", "VN-PE", "trade.partner_rank_in_latam", 6, "lớn thứ sáu"),
        ("001", "VN-PE", "trade.partner_rank_in_latam", 6, "lớn thứ 6"),
        ("000", "VN-CL", "trade.home_rank_in_asean", 1, "lớn nhất"),
        ("002", "VN-CL", "trade.home_rank_in_asean", 1, "lớn nhất"),
        ("001", "VN-PE", "trade.home_rank_in_asean", 1, "lớn nhất"),
        ("001", "VN-PE", "investment.destination_rank_in_latam", 1, "lớn nhất"),
    ],
)
def test_ranks_are_candidates(
    store, seed: str, pair: str, metric: str, value: int, words: str
) -> None:
    _, reports = store
    found = [
        c
        for c in _candidates(reports, seed)
        if c.pair == pair and c.metric == metric and c.value == value
    ]
    assert found and words in found[0].quote and found[0].unit == "rank"


@pytest.mark.parametrize(
    ("seed", "pair", "date", "direction", "words"),
    [
        ("001", "VN-PE", "1998-07", "inbound", "Alberto Fujimori (7/1998)"),
        ("001", "VN-PE", "2006-11", "inbound", "Luis Giampietri dịp dự HNCC APEC 14 (11/2006)"),
        ("001", "VN-PE", "2017-11", "inbound", "Pablo Kuczynski dự HNCC APEC 25 tại Đà Nẵng"),
        ("001", "VN-PE", "2013-03", "outbound", "Nguyễn Thị Kim Ngân (3/2013)"),
        ("001", "VN-PE", "2008-11", "outbound", "Chủ tịch nước Nguyễn Minh Triết (11/2008)"),
        ("001", "VN-PE", "2016-11", "outbound", "Chủ tịch nước Trần Đại Quang (11/2016)"),
        ("002", "VN-CL", "2024-08-25..2024-08-27", "inbound", "từ ngày 25-27/8/2024"),
        ("004", "VN-CL", "2024-11-11", "outbound", "sáng 11/11 giờ địa phương"),
    ],
)
def test_dated_visits_are_candidates(
    store, seed: str, pair: str, date: str, direction: str, words: str
) -> None:
    _, reports = store
    visits = [
        c
        for c in _candidates(reports, seed)
        if c.topic == "visits" and c.kind == "event" and c.event_date == date
    ]
    assert len(visits) == 1, [v.quote for v in visits]
    visit = visits[0]
    assert visit.pair == pair and visit.metric == f"visit.{direction}" and words in visit.quote


def test_a_list_of_dated_visits_gives_one_candidate_per_visit(store) -> None:
    _, reports = store
    dates = {"1998-07", "2006-11", "2017-11", "2013-03", "2008-11", "2016-11"}
    listed = [c for c in _candidates(reports, "001") if c.kind == "event" and c.event_date in dates]
    assert sorted(c.event_date for c in listed) == sorted(dates)
    assert len({c.quote for c in listed}) == 6  # one item of the list each


def test_a_visit_to_two_countries_is_a_candidate_for_each_pair(store) -> None:
    _, reports = store
    lead = [c for c in _candidates(reports, "000") if c.quote.startswith("Nhận lời mời")]
    assert {c.pair for c in lead} == {"VN-CL", "VN-PE"}
    # … but the city a meeting took place in is not a pair ("San Francisco, Hoa Kỳ").
    assert not any(c.pair == "VN-US" for c in _candidates(reports, "003"))


def test_proposals_and_agreements_are_candidates(store) -> None:
    _, reports = store
    s003 = _candidates(reports, "003")
    assert _has(s003, topic="proposals", kind="statement", pair="VN-PE")
    assert any("sớm khởi động đàm phán Hiệp định bảo hộ đầu tư" in c.quote for c in s003)
    s001 = _candidates(reports, "001")
    assert any(c.topic == "agreements" and "MOU hợp tác" in c.quote for c in s001)
    assert any(c.topic == "mechanisms" and "tham vấn chính trị" in c.quote for c in s001)


# ---- recall against the reference facts ------------------------------------------------


def _spans(body: str, quote: str) -> list[tuple[int, int]]:
    spans, at = [], body.find(quote)
    while at >= 0:
        spans.append((at, at + len(quote)))
        at = body.find(quote, at + 1)
    return spans


def test_candidates_recall_the_reference_facts(capsys: pytest.CaptureFixture[str]) -> None:
    """A reference fact is found when a candidate's span overlaps its quote's span."""
    total = found = hard_total = hard_found = candidates_total = useful = 0
    lines = []
    for seed in SEEDS:
        cleaned = clean(seed.read_text(encoding="utf-8"))
        candidates = find_candidates(cleaned.body, cleaned.metadata)
        reference = REFERENCE[seed.name]
        quoted: list[tuple[int, int]] = []
        hits = 0
        for fact in reference:
            spans = _spans(cleaned.body, fact["quote"])
            assert spans, f"{seed.name}: reference quote not in the cleaned body: {fact['quote']}"
            quoted += spans
            hit = any(a < c.end and c.start < b for a, b in spans for c in candidates)
            hits += hit
            if fact["kind"] != "statement":
                hard_total += 1
                hard_found += hit
        overlapping = sum(
            1 for c in candidates if any(a < c.end and c.start < b for a, b in quoted)
        )
        lines.append(
            f"{seed.name}: recall {hits}/{len(reference)} = {hits / len(reference):.0%}; "
            f"{overlapping}/{len(candidates)} candidates overlap a reference fact"
        )
        assert hits / len(reference) >= 0.9, lines[-1]
        total += len(reference)
        found += hits
        candidates_total += len(candidates)
        useful += overlapping
    lines.append(
        f"overall: recall {found}/{total} = {found / total:.1%}; events and figures "
        f"{hard_found}/{hard_total}; {useful}/{candidates_total} candidates overlap a reference"
    )
    with capsys.disabled():
        print("\ncandidate recall against the demo pack's facts:\n  " + "\n  ".join(lines))
    assert found / total >= 0.95
    assert hard_found == hard_total


# ---- duplicates ------------------------------------------------------------------------


def test_importing_the_same_file_again_adds_nothing_and_says_so(tmp_path: Path) -> None:
    db = open_store(tmp_path / "store.sqlite")
    seed = _seed("002")
    first = import_files(db, [seed])[0]
    counts = {t: db[t].count for t in ("source", "fact", "citation", "audit", "country")}
    again = import_files(db, [seed, seed])
    assert [r.status for r in again] == ["duplicate", "duplicate"]
    assert first.source is not None
    assert again[0].message == (
        f"{seed.name} is already in the store as source {first.source.id} "
        f"(“{first.source.title}”, the same file); nothing added."
    )
    assert again[0].source is not None and again[0].source.id == first.source.id
    assert again[0].candidates == ()
    assert {t: db[t].count for t in counts} == counts
    db.close()


def test_a_sentence_repeated_within_a_source_is_one_candidate() -> None:
    sentence = "Việt Nam và Peru thiết lập quan hệ ngoại giao từ năm 1994."
    text = f"Tiêu đề\n\n{sentence} Hai nước hợp tác tốt.\n\nĐoạn khác nói về Peru.\n\n{sentence}"
    cleaned = clean(text)
    candidates = find_candidates(cleaned.body, cleaned.metadata)
    assert sum(1 for c in candidates if c.metric == "relations.established") == 1
