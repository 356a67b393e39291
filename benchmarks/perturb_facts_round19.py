"""Perturbation cases for the issue-19 facts round (unseen20, unseen21), on templates of this
file's own: the harness, partners and article of :mod:`benchmarks.perturb_facts`.

    uv run python benchmarks/perturb_facts_round19.py [--verbose]

Families: a rank whose noun a proper adjective precedes or that ranks students; a fronted
period closed by "alone" and the level a figure rose from in its own year; a visit in told
by the partner's people visiting a place no country names, by a Vietnamese host receiving
the partner's delegation, by a delegation gone over to Việt Nam; partners "since" a year;
and sentences that are no claim (a table's caption, a deadline, the author's advice, how an
interview came about, a speaker's past). Prints one line per family; writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.perturb_facts import PARTNERS, Case, run_case

_ORD_EN = (("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5))
_ORD_VI = (("hai", 2), ("ba", 3), ("tư", 4), ("năm", 5))
_ADJ = ("Asian", "European", "African", "Pacific", "Nordic")
_SPANS_VI = (("Từ ngày 6 đến ngày 9/10/2025", "2025-10-06"), ("Ngày 21/5/2025", "2025-05-21"))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ranks() -> list[Case]:
    out = []
    for pt in PARTNERS:
        for (word, n), adj in zip(_ORD_EN, _ADJ * 2, strict=False):
            out.append(Case("rank+", "en", pt, f"{_cap(pt.en.removeprefix('the '))} is "
                             f"Vietnam's {word}-largest {adj} investor, officials said.",
                             value=n, unit="rank"))  # fmt: skip
        for word, n in _ORD_VI[:2]:
            out.append(Case("rank+", "vi", pt, f"Cộng đồng sinh viên Việt Nam đứng thứ {word} "
                             f"trong số các cộng đồng du học sinh nước ngoài tại {pt.vi}.",
                             value=n, unit="rank"))  # fmt: skip
            out.append(
                Case(
                    "rank+",
                    "vi",
                    pt,
                    f"Việt Nam đứng thứ {word} trong số các quốc gia "
                    f"có nhiều du học sinh tại {pt.vi} nhất.",
                    value=n,
                    unit="rank",
                )
            )
        out.append(
            Case(
                "rank+",
                "en",
                pt,
                f"Vietnam ranks third among the countries sending "
                f"international students to {pt.en}.",
                value=3,
                unit="rank",
            )
        )
    return out


def _periods() -> list[Case]:
    out = []
    for pt in PARTNERS:
        out.append(Case("period+", "en", pt, f"In the first half of 2025 alone, bilateral trade "
                         f"with {pt.en} amounted to US$21 million.", value=21e6,
                         period="2025-01..2025-06"))  # fmt: skip
        out.append(
            Case(
                "period+",
                "en",
                pt,
                f"In 2024 alone, Vietnam sold {pt.en} goods worth US$300 million.",
                value=3e8,
                period="2024",
            )
        )
        out.append(Case("period+", "en", pt, f"Vietnam and {pt.en} aim to lift two-way trade to "
                         "US$5 billion by 2030, up from about $2.1 billion last year.",
                         value=2.1e9, period="2024"))  # fmt: skip
    return out


def _visits_in() -> list[Case]:
    out = []
    for pt in PARTNERS:
        for span, day in _SPANS_VI:
            told = (
                f"{span}, Bộ trưởng Bộ Nông nghiệp {pt.vi} đã dẫn đoàn thăm Viện Cây ăn quả "
                "miền Nam.",
                f"{span}, đoàn Trường Đại học {pt.capital_vi} do Phó Hiệu trưởng dẫn đầu đã thăm"
                " và làm việc tại Trường Đại học Cần Thơ.",
                f"{span}, Trường Đại học Nông Lâm TP.HCM đã tiếp và làm việc với đoàn công tác "
                f"của Bộ Thương mại, Công nghiệp {pt.vi}.",
                f"{span}, đoàn chuyên gia của Cơ quan Kiểm dịch động thực vật và An toàn thực "
                f"phẩm {pt.vi} đã sang Việt Nam kiểm tra 8 cơ sở đóng gói.",
            )
            out += [Case("visit in", "vi", pt, t, date=day, metric="visit.inbound") for t in told]
    return out


def _since() -> list[Case]:
    out = []
    for pt in PARTNERS:
        for kind, metric in (("strategic", "relations.strategic_partnership"),
                             ("comprehensive strategic",
                              "relations.comprehensive_strategic_partnership")):  # fmt: skip
            out.append(Case("since", "en", pt, f"Vietnam and {pt.en} established diplomatic "
                             f"relations in 1975, and the two countries have been {kind} "
                             "partners since 2013.", date="2013", metric=metric))  # fmt: skip
    return out


def _no_claims() -> list[Case]:
    out = []
    for pt in PARTNERS:
        told = (
            ("vi", f"Xuất khẩu của Việt Nam sang {pt.vi} giai đoạn 2021 - 2023 (nghìn USD):"),
            ("en", f"Table 2. Vietnam's imports from {pt.en}, 2021-2023 (US$ million)"),
            ("vi", "Hạn đăng ký: trước ngày 20/8/2025."),
            ("vi", f"Tác giả cho rằng, để mở rộng thị phần tại {pt.vi}, doanh nghiệp Việt Nam "
                   "cần đầu tư vào chuỗi lạnh."),
            ("vi", f"Nhân dịp Chủ tịch nước thăm chính thức {pt.vi}, Đại sứ Trần Văn Nam đã dành"
                   " cho phóng viên Báo Thanh niên cuộc trao đổi về quan hệ hai nước."),
            ("en", f'"The winters are long," said Tran Thi Ha, who moved to {pt.capital} in 2019'
                   " to work as a nurse."),
        )  # fmt: skip
        out += [Case("no claim", lang, pt, t, negative="any") for lang, t in told]
    return out


FAMILIES = {
    "rank+": _ranks,
    "period+": _periods,
    "visit in": _visits_in,
    "since": _since,
    "no claim": _no_claims,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for family, build in FAMILIES.items():
        for case in build():
            covered, pair, value, wrong, found = run_case(case)
            row = totals[(family, case.lang)]
            for i, ok in enumerate((1, covered, pair, value, wrong)):
                row[i] += int(ok)
            if args.verbose and not (covered and pair and value):
                print(f"[{family}/{case.lang}] {case.sentence}")
                for c in found:
                    print(f"    got  {c.pair} {c.kind} {c.value} {c.unit} period={c.period!r}"
                          f" date={c.event_date!r} {c.metric}")  # fmt: skip
    print(f"{'family':16} {'lang':4} {'cases':>6} {'covered':>8} {'pair':>6} {'value':>6} wrong")
    for (family, lang), (n, covered, pair, value, wrong) in totals.items():
        print(f"{family:16} {lang:4} {n:6} {covered / n:8.0%} {pair / n:6.0%} {value / n:6.0%}"
              f" {wrong:5}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
