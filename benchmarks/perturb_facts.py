"""Perturbation harness for candidate facts: key-fact sentences written from templates.

    uv run python benchmarks/perturb_facts.py [--families a,b] [--verbose]

Each case is one key-fact sentence, built from TEMPLATES of this file's own (no corpus
sentence is copied), crossing the kinds of fact (trade, export, import and investment figures,
a tonnage with its value, ranks, relations established, anniversaries, visits in and out,
agreements signed or in force, events over a span of days), Vietnamese and English wording,
the forms a number is written in ("7,4 tỷ USD", "US$7.4 billion", "US$7.4bil", "gần 1 tỷ
USD", "12 million dollars"), the forms of a period ("Sáu tháng đầu năm 2025", "quý I/2025",
"in the first nine months", "last year" with the article's date, "tính đến hết tháng
9/2025"), of a date ("from 13 to 16 October 2024", "Từ ngày 8 đến ngày 19/9/2025",
"December 22, 1992", "from April 27 to 29" in the article's year, "today"), a province's
delegation going out or coming in, and the pair's contexts (the partner named only as "the
two countries" or by a demonym, a third place — a city, a port, the UN — in the sentence, a
country with "and" in its name).

The sentence is put in a short article (a title naming the pair, a lead sentence) published
on :data:`PUBLISHED`, and the importer's own candidate finder reads it. For each family it
counts what an editor would check: the sentence is covered by a candidate, one with the right
pair, and one with the right value, unit and period (or event date and visit direction). The
"negatives" family holds sentences that are no fact of the kind (a figure-less "one of the
largest suppliers", a preparation sentence) and counts the candidates wrongly made of them.
Nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata

PUBLISHED = "2025-10-15"  # the articles' date: "năm ngoái" is 2024, "6 tháng đầu năm" 2025


@dataclass(frozen=True)
class Partner:
    code: str
    vi: str
    en: str
    capital: str
    capital_vi: str
    demonym: str
    port: str


PARTNERS = (
    Partner("CL", "Chile", "Chile", "Santiago", "Santiago", "Chilean", "Valparaíso"),
    Partner("ZA", "Nam Phi", "South Africa", "Pretoria", "Pretoria", "South African", "Durban"),
    Partner("TR", "Thổ Nhĩ Kỳ", "Türkiye", "Ankara", "Ankara", "Turkish", "Mersin"),
    Partner("MH", "Quần đảo Marshall", "the Marshall Islands", "Majuro", "Majuro", "Marshallese",
            "Majuro"),
    Partner("AG", "Antigua và Barbuda", "Antigua and Barbuda", "St John's", "St John's",
            "Antiguan", "St John's"),
    Partner("KR", "Hàn Quốc", "South Korea", "Seoul", "Seoul", "Korean", "Busan"),
    Partner("NO", "Na Uy", "Norway", "Oslo", "Oslo", "Norwegian", "Bergen"),
    Partner("KE", "Kenya", "Kenya", "Nairobi", "Nairobi", "Kenyan", "Mombasa"),
    Partner("TT", "Trinidad và Tobago", "Trinidad and Tobago", "Port of Spain", "Port of Spain",
            "Trinidadian", "Point Lisas"),
    Partner("UY", "Uruguay", "Uruguay", "Montevideo", "Montevideo", "Uruguayan", "Montevideo"),
)  # fmt: skip


@dataclass(frozen=True)
class Case:
    family: str
    lang: str
    partner: Partner
    sentence: str
    value: float | None = None
    unit: str = "USD"
    period: str | None = None  # the figure's period ("" = none: an as-of figure)
    as_of: str | None = None
    date: str | None = None  # an event's date (a span's first day)
    metric: str | None = None
    negative: str = ""  # "figure" = no figure candidate; "any" = no candidate at all


# --- the forms ---------------------------------------------------------------------------

AMOUNTS_VI = (("7,4 tỷ USD", 7.4e9), ("gần 1 tỷ USD", 1e9), ("hơn 500 triệu USD", 5e8),
              ("85,6 triệu USD", 85.6e6), ("khoảng 2,15 tỷ USD", 2.15e9),
              ("gần một tỷ USD", 1e9), ("hai tỷ USD", 2e9))  # fmt: skip
AMOUNTS_EN = (("US$7.4 billion", 7.4e9), ("$79.4 billion", 79.4e9), ("7.4 billion USD", 7.4e9),
              ("12 million dollars", 12e6), ("nearly US$1 billion", 1e9),
              ("more than $500 million", 5e8), ("USD 350 million", 3.5e8),
              ("USD1.2 billion", 1.2e9), ("€64 million", 6.4e7),
              ("two billion dollars", 2e9), ("US$7.4bil", 7.4e9))  # fmt: skip
PERIODS_VI = (("năm 2024", "2024"), ("Sáu tháng đầu năm 2025", "2025-01..2025-06"),
              ("6 tháng đầu năm", "2025-01..2025-06"), ("quý I/2025", "2025-01..2025-03"),
              ("năm ngoái", "2024"), ("9 tháng năm 2025", "2025-01..2025-09"),
              ("hai tháng đầu năm 2025", "2025-01..2025-02"),
              ("tính đến hết tháng 9/2025", "2025-01..2025-09"),
              ("lũy kế đến hết tháng 9/2025", "2025-01..2025-09"), ("năm nay", "2025"))  # fmt: skip
# A stock counted up to a month is as of that month, not over a period.
THROUGH_AS_OF = {"tính đến hết tháng 9/2025": "2025-09", "lũy kế đến hết tháng 9/2025": "2025-09"}
PERIODS_EN = (("in 2024", "2024"), ("in the first half of 2024", "2024-01..2024-06"),
              ("in the first nine months", "2025-01..2025-09"), ("last year", "2024"),
              ("in the first quarter of 2025", "2025-01..2025-03"),
              ("in the first six months of 2025", "2025-01..2025-06"), ("this year", "2025"),
              ("between 2019 and 2023", "2019..2023"), ("in H1 2024", "2024-01..2024-06"),
              ("in 9M2025", "2025-01..2025-09"))  # fmt: skip
DAYS_VI = (("ngày 22/12/1993", "1993-12-22"), ("ngày 22 tháng 12 năm 1993", "1993-12-22"),
           ("ngày 8/3/2001", "2001-03-08"))  # fmt: skip
DAYS_EN = (("on 22 December 1993", "1993-12-22"), ("on December 22, 1992", "1992-12-22"),
           ("on Dec. 7, 1978", "1978-12-07"), ("on 22/12/1993", "1993-12-22"),
           ("on 22.12.1993", "1993-12-22"),
           ("on the 22nd of December 1993", "1993-12-22"))  # fmt: skip
SPANS_VI = (
    ("từ ngày 13 đến 16/10/2024", "2024-10-13"),
    ("từ ngày 8 đến ngày 19/9/2025", "2025-09-08"),
    ("ngày 1 và 2/3", "2025-03-01"),
    ("từ 25-27/8/2025", "2025-08-25"),
    ("hôm thứ Hai", "2025-10-13"),
)
SPANS_EN = (
    ("from 13 to 16 October 2024", "2024-10-13"),
    ("from October 13 to 16, 2024", "2024-10-13"),
    ("between 13 and 16 October 2024", "2024-10-13"),
    ("on 22 September 2025", "2025-09-22"),
    ("on Monday", "2025-10-13"),
    ("on Wednesday", "2025-10-15"),
    ("from April 27 to 29", "2025-04-27"),
    ("from 27 to 29 April", "2025-04-27"),
    ("on 27th and 28th April", "2025-04-27"),
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _figures() -> list[Case]:
    cases: list[Case] = []
    vi_tpl = (
        "{P}, kim ngạch thương mại hai chiều Việt Nam - {vi} đạt {A}.",
        "Kim ngạch xuất khẩu của Việt Nam sang {vi} {p} đạt {A}, chủ yếu là gạo và dệt may.",
        "{P}, Việt Nam nhập khẩu từ {vi} {A} hàng hóa, trong đó nhiều nhất là khoáng sản.",
        "Theo Cục Đầu tư nước ngoài, {p} các nhà đầu tư {vi} đã rót {A} vào Việt Nam.",
        "Xuất khẩu của Việt Nam sang {vi} {p} giảm 8%, còn {A}.",
        "Tại buổi làm việc, hai bên cho biết {p}, kim ngạch xuất nhập khẩu qua cửa khẩu với "
        "{vi} đạt {A}.",
    )
    en_tpl = (
        "{P}, trade between Vietnam and {en} reached {A}.",
        "Vietnam's exports to {en} totalled {A} {p}, led by phones and footwear.",
        "{en_cap} imported {A} worth of goods from Vietnam {p}, the ministry said.",
        "{dem} investment in Vietnam stood at {A} {p}, according to the embassy.",
    )
    partners = itertools.cycle(PARTNERS)
    for tpl, (amount, value), (period, iso) in itertools.product(vi_tpl, AMOUNTS_VI, PERIODS_VI):
        pt = next(partners)
        s = tpl.format(P=_cap(period), p=period, vi=pt.vi, A=amount)
        if "đầu tư" in tpl and period in THROUGH_AS_OF:
            cases.append(Case("figure", "vi", pt, s, value, period="", as_of=THROUGH_AS_OF[period]))
        else:
            cases.append(Case("figure", "vi", pt, s, value, period=iso))
    for tpl, (amount, value), (period, iso) in itertools.product(en_tpl, AMOUNTS_EN, PERIODS_EN):
        pt = next(partners)
        s = tpl.format(P=_cap(period), p=period, en=pt.en, en_cap=_cap(pt.en),
                       dem=pt.demonym, A=amount)  # fmt: skip
        unit = "EUR" if "€" in amount else "USD"
        cases.append(Case("figure", "en", pt, s, value, unit, period=iso))
    return cases


def _tonnage() -> list[Case]:
    cases: list[Case] = []
    vi_tpl = (
        "{P}, Việt Nam xuất khẩu sang {vi} khoảng 9.800 tấn gạo, trị giá {A}.",
        "{P}, lượng cà phê nhập khẩu từ {vi} đạt 12.400 tấn, trị giá khoảng {A}.",
    )
    en_tpl = ("Vietnam shipped 9,800 tonnes of rice to {en} {p}, worth {A}.",)
    partners = itertools.cycle(PARTNERS)
    for tpl, (amount, value), (period, iso) in itertools.product(
        vi_tpl, AMOUNTS_VI[:3], PERIODS_VI
    ):
        pt = next(partners)
        s = tpl.format(P=_cap(period), vi=pt.vi, A=amount.removeprefix("khoảng "))
        cases.append(Case("tonnage", "vi", pt, s, value, period=iso))
    for tpl, (amount, value), (period, iso) in itertools.product(
        en_tpl, AMOUNTS_EN[:4], PERIODS_EN
    ):
        pt = next(partners)
        cases.append(Case("tonnage", "en", pt, tpl.format(p=period, en=pt.en, A=amount), value,
                          period=iso))  # fmt: skip
    return cases


def _ranks() -> list[Case]:
    cases: list[Case] = []
    for pt, (n_vi, n_en, n) in itertools.product(
        PARTNERS, (("thứ ba", "third", 3), ("thứ 5", "fifth", 5), ("thứ hai", "second", 2))
    ):
        cases.append(Case("rank", "vi", pt, f"Năm 2024, {pt.vi} là đối tác thương mại lớn {n_vi} "
                          "của Việt Nam tại khu vực.", float(n), "rank"))  # fmt: skip
        cases.append(Case("rank", "en", pt, f"{_cap(pt.en)} was Vietnam's {n_en}-largest trading "
                          "partner in the region in 2024.", float(n), "rank"))  # fmt: skip
        s = f"{_cap(pt.en)} became the {n_en}-largest destination for Vietnamese goods in 2024."
        cases.append(Case("rank", "en", pt, s, float(n), "rank"))
        cases.append(Case("rank", "vi", pt, f"Hiện {pt.vi} đứng {n_vi} trong các nước đầu tư "
                          "vào tỉnh, với 40 dự án.", float(n), "rank"))  # fmt: skip
    return cases


def _relations() -> list[Case]:
    cases: list[Case] = []
    for pt, (day, iso) in itertools.product(PARTNERS, DAYS_VI):
        for tpl in (
            "Việt Nam và {vi} thiết lập quan hệ ngoại giao {D}.",
            "Quan hệ ngoại giao giữa hai nước được thiết lập {D}, mở ra nhiều lĩnh vực hợp tác.",
        ):
            s = tpl.format(vi=pt.vi, D=day)
            cases.append(Case("relations", "vi", pt, s, date=iso, metric="relations.established"))
    for pt, (day, iso) in itertools.product(PARTNERS, DAYS_EN):
        for tpl in (
            "Vietnam and {en} established diplomatic relations {D}.",
            "Next year the two countries mark 32 years of diplomatic ties, which were "
            "established {D}.",
            "This year marks the 31st anniversary of the establishment of diplomatic ties "
            "between {en} and Vietnam, which were set up {D}.",
        ):
            s = tpl.format(en=pt.en, D=day)
            cases.append(Case("relations", "en", pt, s, date=iso, metric="relations.established"))
        s = (
            f"The two countries, which established diplomatic relations {day}, raised their ties "
            "to a comprehensive strategic partnership in March 2024."
        )
        cases.append(
            Case(
                "relations",
                "en",
                pt,
                s,
                date="2024-03",
                metric="relations.comprehensive_strategic_partnership",
            )
        )
    return cases


def _anniversaries() -> list[Case]:
    cases: list[Case] = []
    for pt, years in itertools.product(PARTNERS, (30, 45, 50)):
        founding = str(2025 - years)
        cases.append(Case("anniversary", "vi", pt, f"Năm 2025, Việt Nam và {pt.vi} kỷ niệm {years} "
                          "năm thiết lập quan hệ ngoại giao.", date=founding))  # fmt: skip
        s = f"In 2025 Vietnam and {pt.en} celebrate the {years}th anniversary of relations."
        cases.append(Case("anniversary", "en", pt, s, date=founding))
    return cases


def _visits() -> list[Case]:
    cases: list[Case] = []
    for pt, (span, iso) in itertools.product(PARTNERS, SPANS_VI):
        for tpl, way in (
            ("Tổng thống {vi} thăm chính thức Việt Nam {S}.", "inbound"),
            ("{S_cap}, Phó Thủ tướng Việt Nam thăm chính thức {vi} và dự diễn đàn doanh nghiệp.",
             "outbound"),
            ("Chủ tịch nước tiếp Bộ trưởng Ngoại giao {vi} tại Hà Nội {S}.", "inbound"),
            ("Bộ trưởng Ngoại giao {vi} đã tiếp Phó Thủ tướng Việt Nam tại {cap} {S}.", "outbound"),
            ("{S_cap}, Sở Công Thương tỉnh làm việc với đoàn doanh nghiệp {vi} do ông Pedro Alves "
             "dẫn đầu.", "inbound"),
            ("{S_cap}, Đoàn đại biểu tỉnh {port} ({vi}) do Tỉnh trưởng dẫn đầu đã sang thăm và "
             "làm việc với tỉnh Quảng Trị.", "inbound"),
            ("{S_cap}, Đoàn công tác tỉnh Gia Lai do Phó Chủ tịch UBND tỉnh dẫn đầu đã hội đàm "
             "với lãnh đạo tỉnh {port}, {vi}.", "outbound"),
        ):  # fmt: skip
            s = tpl.format(vi=pt.vi, S=span, S_cap=_cap(span), cap=pt.capital_vi, port=pt.port)
            cases.append(Case("visit", "vi", pt, s, date=iso, metric=f"visit.{way}"))
    for pt, (span, iso) in itertools.product(PARTNERS, SPANS_EN):
        for tpl, way in (
            ("The {dem} President paid a state visit to Vietnam {S}.", "inbound"),
            ("Vietnam's Prime Minister visited {en} {S} with a business delegation.", "outbound"),
            ("{dem} Foreign Minister Ana Ruiz received Vietnamese Deputy Prime Minister Le Minh "
             "Quang in {cap} {S}.", "outbound"),
            ("Vietnamese President Tran Van Hoa received the {dem} Foreign Minister in Hanoi "
             "{S}.", "inbound"),
            ("During his visit to {cap} {S}, the Vietnamese Prime Minister met {dem} leaders.",
             "outbound"),
            ("The talks closed the state visit of Tran Van Hoa, President of Viet Nam, to {en} "
             "{S}.", "outbound"),
            ("The state visit of {dem} President Ana Ruiz to Viet Nam took place {S}.", "inbound"),
        ):  # fmt: skip
            s = tpl.format(en=pt.en, dem=pt.demonym, S=span, cap=pt.capital)
            cases.append(Case("visit", "en", pt, s, date=iso, metric=f"visit.{way}"))
    return cases


def _agreements_and_events() -> list[Case]:
    cases: list[Case] = []
    for pt in PARTNERS:
        cases += [
            Case("agreement", "vi", pt, f"Ngày 14/5/2025, hai bên ký Bản ghi nhớ về hợp tác nông "
                 f"nghiệp tại {pt.capital_vi}.", date="2025-05-14"),
            Case("agreement", "en", pt, f"The memorandum on fisheries was signed in {pt.capital} "
                 "on March 26 by the two ministers.", date="2025-03-26"),
            Case("agreement", "en", pt, f"Vietnam and {pt.en} signed an agreement on visa "
                 "exemption on 3 July 2025.", date="2025-07-03"),
            Case("agreement", "en", pt, f"The visa exemption agreement between Vietnam and {pt.en}"
                 " came into force today, the ministry said.", date=PUBLISHED),
            Case("agreement", "en", pt, f"The air services agreement with {pt.en} took effect "
                 "on 1 July 2025.", date="2025-07-01"),
            Case("event", "vi", pt, f"Hội chợ hàng Việt Nam tại {pt.vi} diễn ra từ ngày 13 đến "
                 "16/10/2024 với 120 gian hàng.", date="2024-10-13"),
            Case("event", "en", pt, f"The Vietnam trade fair in {pt.capital} ran from 13 to 16 "
                 "October 2024 and drew 40 exhibitors.", date="2024-10-13"),
        ]  # fmt: skip
    return cases


def _pairs() -> list[Case]:
    """The partner named only as "the two countries" or by a demonym, a third place in the
    sentence, a country with "and" in its name: the pair is what the article is about."""
    cases: list[Case] = []
    for pt in PARTNERS:
        cases += [
            Case("pair", "en", pt, "Trade between the two countries reached US$1.2 billion in "
                 "2024, the ambassador told reporters in New York.", 1.2e9, period="2024"),
            Case("pair", "vi", pt, "Thương mại giữa hai nước năm 2024 đạt 1,2 tỷ USD, Đại sứ cho "
                 "biết bên lề phiên họp Liên hợp quốc tại New York.", 1.2e9, period="2024"),
            Case("pair", "en", pt, f"{pt.demonym} investment in Vietnam reached $310 million in "
                 "2024, mostly in seaports.", 3.1e8, period="2024"),
            Case("pair", "vi", pt, f"Phần lớn hàng hóa được trung chuyển qua cảng {pt.port} "
                 "trước khi về Việt Nam."),
            Case("pair", "en", pt, f"Vietnam will donate 500 tonnes of rice to {pt.en} this "
                 "year, the embassy said."),
            Case("pair", "en", pt, f"Vietnam's exports to {pt.en} via the port of Singapore "
                 "reached $40 million in 2024.", 4e7, period="2024"),
            Case("pair", "vi", pt, f"Năm 2024, xuất khẩu của Việt Nam sang {pt.vi} qua cảng "
                 "Singapore đạt 40 triệu USD.", 4e7, period="2024"),
        ]  # fmt: skip
    return cases


def _compound() -> list[Case]:
    """Two figures in one sentence, each with its own period; a visit to a city of the
    partner's named without its country."""
    cases: list[Case] = []
    for pt in PARTNERS:
        two_en = (
            "Bilateral trade totalled $1.4 billion in 2023 and $820 million in the first half "
            "of 2024."
        )
        two_vi = (
            "Năm 2023, thương mại song phương đạt 1,4 tỷ USD; 6 tháng đầu năm 2024 đạt "
            "820 triệu USD."
        )
        cases += [
            Case("compound", "en", pt, two_en, 1.4e9, period="2023"),
            Case("compound", "en", pt, two_en, 8.2e8, period="2024-01..2024-06"),
            Case("compound", "vi", pt, two_vi, 1.4e9, period="2023"),
            Case("compound", "vi", pt, two_vi, 8.2e8, period="2024-01..2024-06"),
            Case("compound", "en", pt, f"A Vietnamese trade delegation will visit {pt.port} from "
                 "10 to 14 November 2025.", date="2025-11-10", metric="visit.outbound"),
            Case("compound", "vi", pt, f"Đoàn doanh nghiệp Việt Nam sẽ sang {pt.port} từ ngày 10 "
                 "đến 14/11/2025.", date="2025-11-10", metric="visit.outbound"),
            Case("compound", "en", pt, f"The {pt.demonym} President began a visit to Vietnam on 3 "
                 "May 2025, the first since the two countries signed a strategic partnership in "
                 "October 2015.", date="2015-10", metric="relations.strategic_partnership"),
            Case("compound", "vi", pt, f"Cục Xúc tiến thương mại tổ chức đoàn giao thương tại "
                 f"{pt.capital_vi} từ ngày 9 đến 13/6/2025.", date="2025-06-09",
                 metric="visit.outbound"),
            Case("compound", "vi", pt, "Từ ngày 8 đến ngày 19/9/2025, đoàn gồm 6 chuyên gia đã "
                 f"khảo sát bờ biển và đề xuất giải pháp chống xói lở cho {pt.port}.",
                 date="2025-09-08", metric="visit.outbound"),
        ]  # fmt: skip
    return cases


def _negatives() -> list[Case]:
    cases: list[Case] = []
    for pt in PARTNERS:
        cases += [
            Case("negatives", "vi", pt, f"{pt.vi} tiếp tục là một trong những nguồn cung điều "
                 "thô lớn nhất của Việt Nam.", negative="figure"),
            Case("negatives", "en", pt, f"{_cap(pt.en)} remains one of the largest suppliers "
                 "of cashew nuts to Vietnam.", negative="figure"),
            Case("negatives", "vi", pt, "Trước khi lên đường, các thành viên của đoàn đã được "
                 f"tập huấn về luật pháp quốc tế và văn hóa của {pt.vi}.", negative="any"),
            Case("negatives", "en", pt, "Before leaving, the team members were trained in "
                 f"United Nations rules and the trade customs of {pt.en}.", negative="any"),
            Case("negatives", "vi", pt, f"Doanh nghiệp {pt.vi} là một trong những nhà đầu tư "
                 "lớn nhất tại tỉnh, theo Sở Kế hoạch.", negative="figure"),
        ]  # fmt: skip
    return cases


FAMILIES = {
    "figure": _figures,
    "tonnage": _tonnage,
    "rank": _ranks,
    "relations": _relations,
    "anniversary": _anniversaries,
    "visit": _visits,
    "agreement+event": _agreements_and_events,
    "pair": _pairs,
    "compound": _compound,
    "negatives": _negatives,
}


# --- running a case ----------------------------------------------------------------------


def _article(case: Case) -> tuple[str, Metadata]:
    pt = case.partner
    if case.lang == "vi":
        title = f"Việt Nam - {pt.vi}: thúc đẩy hợp tác nhiều mặt"
        lead = f"Quan hệ hữu nghị giữa Việt Nam và {pt.vi} tiếp tục được củng cố."
    else:
        title = f"Vietnam and {pt.en} step up cooperation"
        lead = f"Relations between Vietnam and {pt.en} continue to grow."
    body = f"{lead} {case.sentence}\n\nĐoạn kết không có sự kiện nào." if case.lang == "vi" else (
        f"{lead} {case.sentence}\n\nThe closing paragraph holds no fact."
    )  # fmt: skip
    meta = Metadata(title=title, published_on=PUBLISHED, context_year=int(PUBLISHED[:4]),
                    language=case.lang)  # fmt: skip
    return body, meta


def _value_ok(case: Case, c: Candidate) -> bool:
    if case.value is not None:
        if c.value is None or abs(c.value - case.value) > 1e-6 * abs(case.value):
            return False
        if c.unit != case.unit:
            return False
        if case.period is not None and c.period != case.period:
            return False
        return case.as_of is None or c.as_of == case.as_of
    if case.date is not None:
        if c.event_date.split("..")[0] != case.date:
            return False
        return case.metric is None or c.metric == case.metric
    return True


def run_case(case: Case) -> tuple[bool, bool, bool, int, list[Candidate]]:
    """(covered, right pair, right value/date, wrong candidates, candidates of the sentence)."""
    body, meta = _article(case)
    start = body.index(case.sentence)
    end = start + len(case.sentence)
    found = [c for c in find_candidates(body, meta) if c.start < end and start < c.end]
    pair = f"VN-{case.partner.code}"
    if case.negative:
        wrong = [c for c in found if case.negative == "any" or c.kind == "figure"]
        return not wrong, not wrong, not wrong, len(wrong), found
    right_pair = [c for c in found if c.pair == pair]
    return (bool(found), bool(right_pair), any(_value_ok(case, c) for c in right_pair), 0, found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", default="", help="comma-separated; default: all")
    parser.add_argument("--verbose", action="store_true", help="print each miss")
    args = parser.parse_args(argv)
    wanted = [f for f in args.families.split(",") if f] or list(FAMILIES)
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for family in wanted:
        for case in FAMILIES[family]():
            covered, pair_ok, value_ok, wrong, found = run_case(case)
            row = totals[(family, case.lang)]
            row[0] += 1
            row[1] += covered
            row[2] += pair_ok
            row[3] += value_ok
            row[4] += wrong
            if args.verbose and not value_ok:
                print(f"[{family}/{case.lang}] {case.sentence}")
                want = case.negative or (case.value, case.period, case.date, case.metric)
                print(f"    want {case.partner.code} {want}")
                for c in found:
                    print(f"    got  {c.pair} {c.kind} {c.value} {c.unit} period={c.period!r} "
                          f"as_of={c.as_of!r} date={c.event_date!r} {c.metric}")  # fmt: skip
    print(f"{'family':<17}{'lang':<5}{'cases':>6}{'covered':>9}{'pair':>7}{'value':>7}{'wrong':>7}")
    sums = [0, 0, 0, 0, 0]
    for (family, lang), row in totals.items():
        n = max(1, row[0])
        print(f"{family:<17}{lang:<5}{row[0]:>6}{100 * row[1] / n:>8.0f}%{100 * row[2] / n:>6.0f}%"
              f"{100 * row[3] / n:>6.0f}%{row[4]:>7}")  # fmt: skip
        sums = [a + b for a, b in zip(sums, row, strict=True)]
    n = max(1, sums[0])
    print(f"{'all':<22}{sums[0]:>6}{100 * sums[1] / n:>8.0f}%{100 * sums[2] / n:>6.0f}%"
          f"{100 * sums[3] / n:>6.0f}%{sums[4]:>7}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
