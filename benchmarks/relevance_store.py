"""A synthetic store for the search relevance set: briefing facts for twelve country pairs.

Unlike ``synthetic.py`` (random syllables, for speed), this store reads like the real
material, so an officer's queries have right answers: named leaders (with and without
diacritics, including names that differ only in their accents), visits with dates,
agreements, trade and investment figures for several years, approved / draft / retired
facts, English statements, and articles whose sentences the facts quote. Around them sit
many distractor facts built from the same common words ("hợp tác", "quan hệ", "thương
mại", the country names), so that a search matching one word of three would be wrong.

Deterministic: the same store every time. The relevance queries in ``relevance/`` name the
facts they expect by words of their statements.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from briefer.domain.model import Country, Fact, Source
from briefer.store.connection import open_store
from briefer.store.facts import insert_fact, upsert_country
from briefer.store.sources import insert_source


@dataclass(frozen=True)
class Partner:
    code: str
    name_vi: str
    name_en: str
    capital: str
    leader_title: str  # the partner's leader, as Vietnamese writes the title
    leader: str
    established: str  # d/m/yyyy
    partnership: str
    partnership_year: int


PARTNERS = [
    Partner("AR", "Argentina", "Argentina", "Buenos Aires", "Tổng thống", "Mateo Fernández",
            "25/10/1973", "Đối tác toàn diện", 2010),
    Partner("BR", "Brazil", "Brazil", "Brasília", "Tổng thống", "João Araújo",
            "8/5/1989", "Đối tác toàn diện", 2007),
    Partner("MX", "Mexico", "Mexico", "Mexico City", "Tổng thống", "Sofía Muñoz",
            "19/5/1975", "Đối tác toàn diện", 2021),
    Partner("CU", "Cuba", "Cuba", "La Habana", "Chủ tịch", "Ernesto Valdés",
            "2/12/1960", "Hữu nghị đặc biệt", 2002),
    Partner("JP", "Nhật Bản", "Japan", "Tokyo", "Thủ tướng", "Kenji Satō",
            "21/9/1973", "Đối tác chiến lược toàn diện", 2023),
    Partner("KR", "Hàn Quốc", "Republic of Korea", "Seoul", "Tổng thống", "Park Ji-ho",
            "22/12/1992", "Đối tác chiến lược toàn diện", 2022),
    Partner("IN", "Ấn Độ", "India", "New Delhi", "Thủ tướng", "Ananya Rao",
            "7/1/1972", "Đối tác chiến lược toàn diện", 2016),
    Partner("AU", "Australia", "Australia", "Canberra", "Thủ tướng", "Olivia Brennan",
            "26/2/1973", "Đối tác chiến lược toàn diện", 2024),
    Partner("FR", "Pháp", "France", "Paris", "Tổng thống", "Élodie Marchand",
            "12/4/1973", "Đối tác chiến lược toàn diện", 2024),
    Partner("DE", "Đức", "Germany", "Berlin", "Thủ tướng", "Jürgen Kühn",
            "23/9/1975", "Đối tác chiến lược", 2011),
    Partner("ZA", "Nam Phi", "South Africa", "Pretoria", "Tổng thống", "Thandiwe Nkosi",
            "22/12/1993", "Đối tác toàn diện", 2019),
    Partner("NZ", "New Zealand", "New Zealand", "Wellington", "Thủ tướng", "Aroha Ngata",
            "19/6/1975", "Đối tác chiến lược toàn diện", 2024),
]  # fmt: skip

# Vietnamese leaders: some pairs of names differ only in their accents, as real names do.
LEADERS = [
    ("Chủ tịch nước", "Lương Thế Cường"),
    ("Phó Chủ tịch nước", "Lường Thế Cương"),
    ("Thủ tướng", "Hoàng Đức Phước"),
    ("Phó Thủ tướng", "Hoàng Đức Phúc"),
    ("Chủ tịch Quốc hội", "Đặng Thị Hường"),
    ("Bộ trưởng Ngoại giao", "Trương Quốc Hưng"),
    ("Bộ trưởng Công Thương", "Lê Văn Thành"),
    ("Thứ trưởng Ngoại giao", "Lê Văn Thạnh"),
    ("Bộ trưởng Kế hoạch và Đầu tư", "Đỗ Minh Đức"),
    ("Phó Chủ tịch Quốc hội", "Nguyễn Thị Đào"),
]

AGREEMENTS = [
    "Hiệp định thương mại tự do",
    "Hiệp định khuyến khích và bảo hộ đầu tư",
    "Hiệp định tránh đánh thuế hai lần",
    "Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao",
    "Hiệp định vận tải hàng không",
    "Bản ghi nhớ hợp tác giáo dục",
    "Bản ghi nhớ hợp tác nông nghiệp",
    "Bản ghi nhớ hợp tác quốc phòng",
]

FIELDS = [
    "giáo dục", "nông nghiệp", "thương mại", "đầu tư", "du lịch", "văn hóa", "quốc phòng",
    "an ninh", "khoa học", "công nghệ", "năng lượng", "y tế", "lao động", "thủy sản",
    "hàng không", "ngân hàng", "giao thông", "môi trường", "biến đổi khí hậu", "viễn thông",
]  # fmt: skip
COMMON = [
    "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực {a} và {b}.",
    "Việt Nam đánh giá cao quan hệ hợp tác với {c} trong lĩnh vực {a}.",
    "{c} mong muốn mở rộng hợp tác {a} với Việt Nam, nhất là {b}.",
    "Hai nước thúc đẩy trao đổi đoàn các cấp, nhất là trong lĩnh vực {a}.",
    "Quan hệ {a} giữa Việt Nam và {c} còn nhiều tiềm năng phát triển.",
    "Doanh nghiệp hai nước quan tâm tới cơ hội {a} và {b} tại {c}.",
    "Đại biểu hai bên trao đổi về {a}, {b} và các vấn đề cùng quan tâm.",
    "Hai bên nhất trí phối hợp tại các diễn đàn đa phương về {a}.",
]
TRADE_YEARS = range(2018, 2025)


def _month_of(rng: random.Random) -> int:
    return rng.randint(1, 12)


def facts_for(p: Partner, rng: random.Random) -> list[tuple[Fact, str]]:
    """The pair's facts, each with the sentence an article will quote for it."""
    pair = f"VN-{p.code}"
    out: list[tuple[Fact, str]] = []

    def add(topic: str, kind: str, vi: str, en: str = "", status: str = "approved", **kw):
        fact = Fact(
            id=None, uuid="", pair=pair, topic=topic, kind=kind, statement_vi=vi,
            statement_en=en, status=status, **kw,
        )  # fmt: skip
        out.append((fact, vi))

    d, m, y = (int(x) for x in p.established.split("/"))
    add(
        "diplomatic", "event",
        f"Việt Nam và {p.name_vi} thiết lập quan hệ ngoại giao ngày {p.established}.",
        f"Viet Nam and {p.name_en} established diplomatic relations on {y}-{m:02d}-{d:02d}.",
        event_date=f"{y}-{m:02d}-{d:02d}",
    )  # fmt: skip
    add(
        "diplomatic", "event",
        f"Việt Nam và {p.name_vi} nâng cấp quan hệ lên {p.partnership} năm {p.partnership_year}.",
        f"Viet Nam and {p.name_en} upgraded their relations in {p.partnership_year}.",
        event_date=str(p.partnership_year),
    )  # fmt: skip
    # Visits both ways, in several years.
    for year in rng.sample(range(2005, 2025), 4):
        role, name = rng.choice(LEADERS)
        month = _month_of(rng)
        day = rng.randint(1, 25)
        add(
            "visits", "event",
            f"{role} {name} thăm chính thức {p.name_vi} "
            f"từ ngày {day} đến {day + 2}/{month}/{year}.",
            f"{name} paid an official visit to {p.name_en} in {year}.",
            event_date=f"{year}-{month:02d}-{day:02d}",
        )  # fmt: skip
    for year in rng.sample(range(2000, 2025), 2):
        month = _month_of(rng)
        add(
            "visits", "event",
            f"{p.leader_title} {p.name_vi} {p.leader} thăm Việt Nam (tháng {month}/{year}).",
            f"{p.leader} of {p.name_en} visited Viet Nam in {year}.",
            event_date=f"{year}-{month:02d}",
        )  # fmt: skip
    for agreement in rng.sample(AGREEMENTS, 3):
        year = rng.randint(1995, 2024)
        month = _month_of(rng)
        add(
            "agreements", "event",
            f"Hai nước ký {agreement} tại {p.capital} tháng {month}/{year}.",
            event_date=f"{year}-{month:02d}",
        )  # fmt: skip
    # Trade: one figure a year; the latest year also has a draft with a different figure,
    # and an old one was retired.
    base = rng.uniform(0.3, 4.0)
    for year in TRADE_YEARS:
        value = round(base * (1 + 0.08 * (year - 2018)), 1)
        text = f"{value:.1f}".replace(".", ",")
        status = "retired" if year == 2018 else "approved"
        add(
            "economic", "figure",
            f"Kim ngạch thương mại song phương Việt Nam – {p.name_vi} "
            f"năm {year} đạt {text} tỷ USD.",
            f"Two-way trade between Viet Nam and {p.name_en} reached USD {value} billion "
            f"in {year}.",
            status=status, period=str(year), value=value * 1e9, unit="USD",
            metric="trade.total",
        )  # fmt: skip
    text = f"{round(base * 1.6, 1):.1f}".replace(".", ",")
    add(
        "economic", "figure",
        f"Kim ngạch thương mại song phương Việt Nam – {p.name_vi} năm 2024 ước đạt {text} tỷ USD.",
        status="draft", period="2024", metric="trade.total",
    )  # fmt: skip
    projects = rng.randint(20, 900)
    capital = rng.randint(50, 5000)
    add(
        "investment", "figure",
        f"{p.name_vi} có {projects} dự án đầu tư tại Việt Nam với tổng vốn đăng ký "
        f"{capital} triệu USD.",
        as_of="2024-06", value=capital * 1e6, unit="USD",
    )  # fmt: skip
    # Distractors: the common words of every brief, in many combinations.
    for _ in range(60):
        a, b = rng.sample(FIELDS, 2)
        template = rng.choice(COMMON)
        topic = rng.choice(["overview", "people", "proposals", "mechanisms", "multilateral"])
        add(
            topic, "statement", template.format(a=a, b=b, c=p.name_vi),
            status=rng.choice(["approved", "approved", "draft"]),
        )  # fmt: skip
    return out


def _articles(p: Partner, facts: list[tuple[Fact, str]], rng: random.Random) -> list[str]:
    """Three articles whose paragraphs hold the facts' sentences among other sentences."""
    sentences = [sentence for _fact, sentence in facts if _fact.topic not in ("overview",)]
    rng.shuffle(sentences)
    filler = [t.format(a=a, b=b, c=p.name_vi) for t in COMMON for a, b in [rng.sample(FIELDS, 2)]]
    articles = []
    for part in range(3):
        chunk = sentences[part::3]
        paragraphs = []
        for i in range(0, len(chunk), 3):
            paragraphs.append(" ".join([*chunk[i : i + 3], rng.choice(filler)]))
        articles.append("\n\n".join(paragraphs))
    return articles


def build_relevance_store(path: Path) -> dict[str, int]:
    """Create the store at ``path`` (replacing it); return counts."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(2024)
    db = open_store(path, create=True)
    counts = {"facts": 0, "sources": 0}
    with db.atomic():
        upsert_country(db, Country("VN", "Việt Nam", "Viet Nam"))
        for p in PARTNERS:
            upsert_country(db, Country(p.code, p.name_vi, p.name_en))
            facts = facts_for(p, rng)
            bodies = _articles(p, facts, rng)
            source_ids = []
            for i, body in enumerate(bodies):
                year = 2022 + i
                source = Source(
                    id=None, uuid=f"rel-{p.code}-{i}", kind="article",
                    title=f"Quan hệ Việt Nam – {p.name_vi}: bài {i + 1}",
                    outlet="Báo Đối ngoại", published_on=f"{year}-0{i + 3}-15", body=body,
                )  # fmt: skip
                source_ids.append(insert_source(db, source))
                counts["sources"] += 1
            for fact, sentence in facts:
                cites = [
                    (sid, sentence, None)
                    for sid, body in zip(source_ids, bodies, strict=True)
                    if sentence in body
                ][:1]
                insert_fact(db, fact, cites)
                counts["facts"] += 1
    db.close()
    return counts


if __name__ == "__main__":
    import sys
    import tempfile

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "rel.sqlite"
    print(target, build_relevance_store(target))
