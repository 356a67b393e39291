"""Importing 1,000 articles into a fresh store (budget: under 10 s; DESIGN.md §7).

    uv run python benchmarks/bench_import.py [--articles 1000] [--keep DIR] [--profile]

Generates Vietnamese-like articles (``TextMaker`` prose with diacritics) into a temporary
folder, each with what real pages carry: a title, a byline, media-player debris, a repeated
photo caption, an image file name, a follow-us widget, a "Tin liên quan" box, a paragraph
printed twice, a tail of related-news cards after "Đọc thêm" and "Phiên bản di động"; and
sentences with figures, periods, ranks, dated visits and relation dates for one of 20 partner
countries. Then imports them all with ``import_files`` (one transaction per file, as the app
does) and prints the time, articles per second and what was found.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import TextMaker
from briefer.services.intake import import_files
from briefer.store.connection import open_store

BUDGET_SECONDS = 10.0
PARTNERS = [
    "Chile", "Peru", "Argentina", "Brazil", "Mexico", "Colombia", "Cuba", "Hoa Kỳ", "Nhật Bản",
    "Hàn Quốc", "Pháp", "CHLB Đức", "Ấn Độ", "Australia", "Canada", "Italy", "Thái Lan",
    "Indonesia", "Malaysia", "Singapore",
]  # fmt: skip
FACT_SENTENCES = [
    "Ngày {d}/{m}/{y}, Việt Nam và {p} thiết lập quan hệ ngoại giao.",
    "Kim ngạch thương mại song phương năm {y2} giữa hai nước đạt gần {n} triệu USD, "
    "trong {k} tháng đầu năm {y3} đạt hơn {n2} triệu USD.",
    "{p} là đối tác thương mại lớn thứ {r} của Việt Nam tại khu vực.",
    "Về trao đổi đoàn, Tổng thống {p} thăm Việt Nam ({m}/{y4}); phía Việt Nam có chuyến thăm "
    "{p} của Chủ tịch nước ({m2}/{y5}).",
    "Hai nước duy trì cơ chế Tham khảo chính trị và Ủy ban liên Chính phủ.",
    "Hai bên nhất trí sớm khởi động đàm phán Hiệp định bảo hộ đầu tư.",
    "Các dự án đầu tư của Việt Nam tại {p} có tổng vốn hơn {b},{c} tỷ USD.",
]


def _fact_sentence(rng: random.Random, partner: str) -> str:
    template = rng.choice(FACT_SENTENCES)
    return template.format(
        p=partner,
        d=rng.randint(1, 28),
        m=rng.randint(1, 12),
        m2=rng.randint(1, 12),
        y=rng.randint(1950, 2000),
        y2=rng.randint(2015, 2023),
        y3=2024,
        y4=rng.randint(1990, 2010),
        y5=rng.randint(2011, 2024),
        k=rng.randint(3, 11),
        n=rng.randint(100, 999),
        n2=rng.randint(100, 999),
        r=rng.randint(2, 9),
        b=rng.randint(1, 9),
        c=rng.randint(1, 9),
    )


def article(maker: TextMaker, rng: random.Random, index: int) -> str:
    partner = rng.choice(PARTNERS)
    title = f"Quan hệ Việt Nam – {partner}: {maker.sentence(rng.randint(5, 9)).rstrip('.')}"
    caption = f"{maker.sentence(6).rstrip('.')}. (Ảnh: TTXVN)"
    paragraphs = [
        f"Sáng {rng.randint(1, 28)}/{rng.randint(1, 12)}, tại Hà Nội, Bộ trưởng Ngoại giao hội đàm "
        f"với người đồng cấp {partner}. {maker.sentence(rng.randint(10, 20))}"
    ]
    for _ in range(rng.randint(4, 7)):
        text = maker.paragraph(rng.randint(2, 4))
        if rng.random() < 0.8:
            text = f"{text} {_fact_sentence(rng, partner)}"
        paragraphs.append(text)
    repeated = rng.randrange(1, len(paragraphs))
    lines = [title, "", maker.sentence(2).rstrip("."), paragraphs[0], "0:00 / 0:00", "0:00"]
    lines += [caption, caption, f"anh_{index}_1.jpg", "Theo dõi Baoquocte.vn trên", ""]
    for i, paragraph in enumerate(paragraphs[1:], 1):
        lines += [paragraph, ""]
        if i == 2:
            headline = maker.sentence(8).rstrip(".")
            lines += ["Tin liên quan", f"{headline} {headline}", ""]
        if i == repeated:
            lines += [paragraph, ""]
    lines += ["Đọc thêm", ""]
    for _ in range(rng.randint(3, 8)):
        headline = maker.sentence(rng.randint(6, 12)).rstrip(".")
        lines += [headline, "", headline, maker.sentence(rng.randint(12, 20)).rstrip(".") + " ..."]
    lines.append("Phiên bản di động")
    return "\n".join(lines) + "\n"


def generate(folder: Path, count: int, seed: int = 5) -> list[Path]:
    maker = TextMaker(seed=seed)
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        path = folder / f"article-{index:04d}.txt"
        path.write_text(article(maker, rng, index), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="write the articles and store here")
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest calls")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="briefer-bench-import-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        paths = generate(folder, args.articles)
        generated = time.perf_counter() - started
        size = sum(p.stat().st_size for p in paths)
        store = folder / "store.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store}{suffix}").unlink(missing_ok=True)
        db = open_store(store)

        profiler = None
        if args.profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        started, cpu_started = time.perf_counter(), time.process_time()
        reports = import_files(db, paths, actor="bench")
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        if profiler is not None:
            import pstats

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

        imported = sum(1 for r in reports if r.status == "imported")
        candidates = sum(len(r.candidates) for r in reports)
        corroborated = sum(1 for r in reports for c in r.candidates if c.corroborates)
        removed = sum(r.source.removed for r in reports if r.source)
        sources, facts = db["source"].count, db["fact"].count
        db.close()

    print(f"generated {args.articles} articles ({size / 1e6:.1f} MB) in {generated:.2f} s")
    print(
        f"imported {imported}/{args.articles} articles in {seconds:.2f} s "
        f"= {imported / seconds:.0f} articles/s "
        f"({1000 * seconds / max(1, imported):.2f} ms each); CPU time {cpu:.2f} s"
    )
    print(
        f"{candidates} draft facts ({candidates / max(1, imported):.1f} per article), "
        f"{corroborated} corroborating another, {removed} noise lines removed; "
        f"store: {sources} sources, {facts} facts"
    )
    budget = BUDGET_SECONDS * args.articles / 1000
    verdict = "within" if seconds < budget else "OVER"
    print(f"budget: {budget:.1f} s for {args.articles} articles: {verdict} budget")
    return 0 if seconds < budget else 1


if __name__ == "__main__":
    raise SystemExit(main())
