"""Facts for the assembly and render tests, modelled on the seed articles (VN–CL).

Built in code so each test sees exactly what it needs: relations of 25/3/1971, the
Comprehensive Partnership of 5/2007, trade "hơn 1,3 tỷ USD" in 9 months of 2024, trade
"vượt mức 2 tỷ USD", ranks, dated visits, a retired fact, a deprecated one, two
conflicting approved figures, a preferred figure that settles a conflict, an old figure
and a fact without ``statement_en``.
"""

from __future__ import annotations

from datetime import date

from briefer.domain.model import Citation, Country, Fact, Pair, Source

VN = Country("VN", "Việt Nam", "Viet Nam")
CL = Country("CL", "Chile", "Chile")
VN_CL = Pair(VN, CL)
BRIEF_DATE = date(2026, 3, 25)

SOURCES: dict[int, Source] = {
    1: Source(
        1,
        "src-nhandan",
        "article",
        "Xung lực mới cho quan hệ giữa Việt Nam với Chile, Peru và hợp tác APEC",
        outlet="Báo Nhân Dân",
        url="https://nhandan.vn/xung-luc-moi",
        published_on="2024-11-09",
    ),
    2: Source(
        2,
        "src-vietnamplus",
        "article",
        "Tiếp tục làm sâu sắc hơn nữa quan hệ Việt Nam-Chile",
        outlet="TTXVN/Vietnam+",
        url="https://www.vietnamplus.vn/tiep-tuc?a=1&b=2",
        published_on="2024-08-25",
    ),
    3: Source(
        3,
        "src-baoquocte",
        "article",
        "Việt Nam mong muốn nâng tầm quan hệ với Chile trong thời gian tới",
        outlet="Báo Thế giới & Việt Nam",
        author="Tuấn Anh",
        published_on="2024-11-11",
    ),
    4: Source(4, "src-note", "note", "Ghi chép của Vụ châu Mỹ", outlet="", published_on="2026-01"),
}


def cite(source_id: int, quote: str) -> Citation:
    source = SOURCES[source_id]
    return Citation(
        source_id=source_id,
        quote=quote,
        start=0,
        end=len(quote),
        source_uuid=source.uuid,
        source_title=source.title,
        source_outlet=source.outlet,
        source_url=source.url,
        source_published_on=source.published_on,
    )


def fact(uuid: str, topic: str, kind: str, vi: str, en: str = "", **kw: object) -> Fact:
    kw.setdefault("status", "approved")
    kw.setdefault("citations", (cite(1, vi),))
    return Fact(None, uuid, "VN-CL", topic, kind, vi, en, **kw)  # type: ignore[arg-type]


ESTABLISHED = fact(
    "f-established",
    "diplomatic",
    "event",
    "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao.",
    "Viet Nam and Chile established diplomatic relations on 25 March 1971.",
    event_date="1971-03-25",
    metric="relations.established",
    citations=(cite(1, "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao."),),
)
PARTNERSHIP = fact(
    "f-partnership",
    "diplomatic",
    "event",
    "Hai nước thiết lập quan hệ Đối tác toàn diện vào tháng 5/2007.",
    "The two countries established a Comprehensive Partnership in May 2007.",
    event_date="2007-05",
    metric="relations.framework",
    citations=(cite(1, "thiết lập quan hệ Ðối tác toàn diện vào tháng 5/2007"),),
)
FTA = fact(
    "f-fta",
    "agreements",
    "event",
    "Chile là nước đầu tiên ở Mỹ Latin ký Hiệp định thương mại tự do song phương với Việt Nam.",
    "Chile was the first Latin American country to sign a bilateral FTA with Viet Nam.",
    event_date="2014",
)
MECHANISM = fact(
    "f-mechanism",
    "mechanisms",
    "statement",
    "Hai nước duy trì cơ chế Tham khảo chính trị cấp Thứ trưởng Ngoại giao.",
    "The two countries hold political consultations at deputy foreign minister level.",
)
TRADE_9M_2024 = fact(
    "f-trade-9m2024",
    "economic",
    "figure",
    "Kim ngạch thương mại hai chiều đạt hơn 1,3 tỷ USD.",
    "Two-way trade exceeded USD 1.3 billion.",
    period="2024-01..2024-09",
    value=1.3e9,
    unit="USD",
    qualifier="more_than",
    metric="trade.total",
    citations=(cite(3, "đạt hơn 1,3 tỷ USD trong 9 tháng 2024"),),
)
TRADE_OVER_2BN = fact(
    "f-trade-over2bn",
    "economic",
    "figure",
    "Quan hệ kinh tế thương mại song phương đã vượt mức 2 tỷ USD.",
    "Bilateral trade has passed USD 2 billion.",
    as_of="2024-08",
    value=2e9,
    unit="USD",
    qualifier="more_than",
    metric="trade.total",
    citations=(cite(2, "quan hệ kinh tế thương mại song phương đã vượt mức 2 tỷ USD"),),
)
# Two approved figures for one metric and period that disagree: a conflict to flag.
TRADE_2025_A = fact(
    "f-trade-2025-a",
    "economic",
    "figure",
    "Kim ngạch thương mại song phương năm 2025 đạt khoảng 2,1 tỷ USD.",
    "Bilateral trade reached about USD 2.1 billion in 2025.",
    period="2025",
    value=2.1e9,
    unit="USD",
    qualifier="approx",
    metric="trade.total",
    updated_at="2026-01-10T09:00:00",
    citations=(cite(4, "khoảng 2,1 tỷ USD"),),
)
TRADE_2025_B = fact(
    "f-trade-2025-b",
    "economic",
    "figure",
    "Kim ngạch thương mại song phương năm 2025 đạt 2,3 tỷ USD.",
    "Bilateral trade reached USD 2.3 billion in 2025.",
    period="2025",
    value=2.3e9,
    unit="USD",
    metric="trade.total",
    updated_at="2026-01-12T09:00:00",
    citations=(cite(4, "2,3 tỷ USD"),),
)
# Two ranks for one metric and date; the preferred one settles it silently.
RANK_PREFERRED = fact(
    "f-rank-4",
    "economic",
    "figure",
    "Chile là đối tác thương mại lớn thứ 4 của Việt Nam tại khu vực Mỹ Latinh.",
    "Chile is Viet Nam's fourth-largest trading partner in Latin America.",
    as_of="2024-08",
    value=4,
    metric="trade.rank_in_region",
    rank="preferred",
    citations=(cite(2, "Chile tiếp tục là đối tác thương mại lớn thứ 4 của Việt Nam"),),
)
RANK_OTHER = fact(
    "f-rank-5",
    "economic",
    "figure",
    "Chile là đối tác thương mại lớn thứ 5 của Việt Nam tại khu vực Mỹ Latinh.",
    "Chile is Viet Nam's fifth-largest trading partner in Latin America.",
    as_of="2024-08",
    value=5,
    metric="trade.rank_in_region",
    updated_at="2026-02-01T00:00:00",
)
# An old figure with nothing newer for its metric: shown, and flagged as stale.
EXPORTS_2021 = fact(
    "f-exports-2021",
    "economic",
    "figure",
    "Xuất khẩu của Việt Nam sang Chile đạt 900 triệu USD.",
    "Viet Nam's exports to Chile reached USD 900 million.",
    period="2021",
    value=9e8,
    unit="USD",
    metric="trade.export",
)
# No English statement: an English brief warns about it.
INVESTMENT = fact(
    "f-investment",
    "investment",
    "figure",
    "Chile có 12 dự án đầu tư còn hiệu lực tại Việt Nam.",
    period="2025",
    value=12,
    unit="project",
    metric="investment.projects",
)
RETIRED = fact(
    "f-retired",
    "economic",
    "figure",
    "Kim ngạch thương mại đạt 1 tỷ USD (số liệu cũ đã rút).",
    "Trade reached USD 1 billion (withdrawn).",
    period="2025",
    value=1e9,
    unit="USD",
    metric="trade.total",
    status="retired",
)
DEPRECATED = fact(
    "f-deprecated",
    "economic",
    "figure",
    "Kim ngạch thương mại 9 tháng đạt 5 tỷ USD (nhầm lẫn).",
    "Trade reached USD 5 billion in nine months (an error).",
    period="2024-01..2024-09",
    value=5e9,
    unit="USD",
    metric="trade.total",
    rank="deprecated",
)
DRAFT = fact(
    "f-draft",
    "people",
    "statement",
    "Bản nháp chưa duyệt về giao lưu nhân dân.",
    "An unreviewed draft about people-to-people exchanges.",
    status="draft",
)
VISIT_2016 = fact(
    "f-visit-2016",
    "visits",
    "event",
    "Chủ tịch nước Trần Đại Quang thăm cấp Nhà nước Chile.",
    "President Tran Dai Quang paid a state visit to Chile.",
    event_date="2016-11",
    metric="visit.outbound",
)
VISIT_2023_SIDELINE = fact(
    "f-visit-2023",
    "visits",
    "event",
    "Lãnh đạo hai nước gặp nhau bên lề Hội nghị Cấp cao APEC tại San Francisco.",
    "The two leaders met on the sidelines of the APEC summit in San Francisco.",
    event_date="2023-11-17",
)
VISIT_2024_INBOUND = fact(
    "f-visit-2024-08",
    "visits",
    "event",
    "Bộ trưởng Ngoại giao Chile Alberto Van Klaveren thăm chính thức Việt Nam.",
    "Chilean Foreign Minister Alberto van Klaveren paid an official visit to Viet Nam.",
    event_date="2024-08-25..2024-08-27",
    citations=(cite(2, "Alberto Van Klaveren thăm chính thức Việt Nam từ ngày 25-27/8/2024"),),
)
VISIT_2024_OUTBOUND = fact(
    "f-visit-2024-11",
    "visits",
    "event",
    "Chủ tịch nước Lương Cường thăm chính thức Chile.",
    "President Luong Cuong paid an official visit to Chile.",
    event_date="2024-11",
    citations=(
        cite(3, "Chủ tịch nước Lương Cường bày tỏ vui mừng lần đầu tiên đến thăm chính thức"),
    ),
)
PROPOSAL = fact(
    "f-proposal",
    "proposals",
    "statement",
    "Hai bên nghiên cứu khả năng nâng cấp Hiệp định thương mại tự do song phương.",
    "Both sides are studying an upgrade of the bilateral free trade agreement.",
)
OTHER_PAIR = Fact(
    None,
    "f-peru",
    "VN-PE",
    "diplomatic",
    "event",
    "Việt Nam và Peru thiết lập quan hệ ngoại giao từ năm 1994.",
    "Viet Nam and Peru established diplomatic relations in 1994.",
    event_date="1994",
    status="approved",
    citations=(cite(1, "Việt Nam và Peru thiết lập quan hệ ngoại giao từ năm 1994"),),
)

ALL_FACTS: tuple[Fact, ...] = (
    ESTABLISHED,
    PARTNERSHIP,
    FTA,
    MECHANISM,
    TRADE_9M_2024,
    TRADE_OVER_2BN,
    TRADE_2025_A,
    TRADE_2025_B,
    RANK_PREFERRED,
    RANK_OTHER,
    EXPORTS_2021,
    INVESTMENT,
    RETIRED,
    DEPRECATED,
    DRAFT,
    VISIT_2016,
    VISIT_2023_SIDELINE,
    VISIT_2024_INBOUND,
    VISIT_2024_OUTBOUND,
    PROPOSAL,
    OTHER_PAIR,
)
FACTS_BY_UUID: dict[str, Fact] = {f.uuid: f for f in ALL_FACTS}


def test_fixture_uuids_are_unique() -> None:
    assert len(FACTS_BY_UUID) == len(ALL_FACTS)


def test_fixture_citations_name_known_sources() -> None:
    for f in ALL_FACTS:
        for c in f.citations:
            assert c.source_id in SOURCES
