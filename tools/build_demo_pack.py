"""Build ``resources/demo/pack.json``, the demo fact pack ``briefer init --demo`` loads.

The pack is made from the five seed articles in ``../shared/seeds/`` (Vietnamese news on
Việt Nam – Chile and Việt Nam – Peru relations around APEC 2024).  Everything hand-curated
lives in this file as Python data:

- ``SEEDS``: per article, its metadata (only what the text tells) and the lines an editor
  removes (bylines, captions, sidebars, a repeated paragraph);
- ``FACTS``: the approved facts, each with the exact words of the cleaned body that support it.

The script cleans each article (NFC, look-alike repair, non-breaking spaces, debris removal),
finds every quote in the cleaned body (an explicit occurrence index where a quote is not
unique), computes the offsets and writes the JSON deterministically: the same seeds give the
same bytes.  It fails loudly when a seed changed, a rule no longer matches or a quote is not
found.

    uv run python tools/build_demo_pack.py                 # write resources/demo/pack.json
    uv run python tools/build_demo_pack.py --check         # exit 1 if the file is out of date
    uv run python tools/build_demo_pack.py --seeds DIR --out FILE
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from briefer.domain.topics import TOPIC_KEYS  # one list of topics: the app's

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "demo" / "pack.json"
SEED_DIR_CANDIDATES = (Path("/work/shared/seeds"), REPO.parent / "shared" / "seeds")

FORMAT = "briefer-demo-pack"
VERSION = 1
# Fixed namespace for every uuid of the pack: uuid5(NAMESPACE_URL, "briefer:demo-pack").
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "briefer:demo-pack")

KINDS = ("event", "figure", "statement")
QUALIFIERS = ("exact", "approx", "more_than", "less_than")
RANKS = ("preferred", "normal", "deprecated")

COUNTRIES = (
    ("VN", "Việt Nam", "Viet Nam"),
    ("CL", "Chile", "Chile"),
    ("PE", "Peru", "Peru"),
    ("MX", "Mexico", "Mexico"),  # Pacific Alliance member (seed 002)
    ("CO", "Colombia", "Colombia"),  # Pacific Alliance member (seed 002)
    ("US", "Hoa Kỳ", "United States"),  # San Francisco, APEC 2023 (seed 003)
)


# --------------------------------------------------------------------------- cleaning rules

# Look-alikes in Vietnamese words: Icelandic eth written for the Vietnamese d-bar.
LOOKALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
# Lines that are never article text, whatever the outlet.
GENERIC_DEBRIS = (
    ("media player", re.compile(r"^\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?$")),
    ("image file name", re.compile(r"\.(jpe?g|png|gif|webp)$", re.IGNORECASE)),
    ("photo caption", re.compile(r"\(Ảnh:[^()]*\)$")),
    ("image alt text", re.compile(r"\sảnh \d+$")),
    ("follow-us widget", re.compile(r"^Theo dõi \S+ trên$")),
    ("mobile-version link", re.compile(r"^Phiên bản di động$")),
)


@dataclass(frozen=True)
class Seed:
    key: str
    file: str
    sha256: str  # of the seed file: a changed seed must be looked at again before rebuilding
    outlet: str
    author: str
    url: str
    published_on: str
    # Whole lines (after normalisation) that are bylines, datelines, source lines or
    # caption-like repeated headings: dropped wherever they occur.
    drop_lines: tuple[str, ...] = ()
    # A sidebar heading and how many non-empty lines under it belong to the sidebar.
    drop_blocks: tuple[tuple[str, int], ...] = ()
    # The first line of a tail (related/unrelated headlines) that runs to the end of the file.
    cut_from: str = ""
    # Paragraphs dropped by (start of paragraph, occurrence index, reason).
    drop_paragraphs: tuple[tuple[str, int, str], ...] = ()


SEEDS: tuple[Seed, ...] = (
    Seed(
        key="seed-000",
        file="000_b335a983d85255dd.txt",
        sha256="171dd6ab31e1221bac9351d9c79035ba43546fb8fa91409b6f479275b80d766c",
        outlet="",  # the text names no outlet
        author="",  # no byline
        url="",
        # Written before the visit ("Chúc chuyến công tác ... thành công"), which began in
        # Chile in November 2024 and ends at APEC Lima; no day is given -> "2024-11".
        published_on="2024-11",
        drop_paragraphs=(
            (
                # The APEC paragraph is printed twice word for word; the first copy sits
                # between two Peru paragraphs, the second opens the APEC section: keep that one.
                "Từ khi tham gia APEC năm 1998, Việt Nam đã đóng góp tích cực",
                0,
                "repeated paragraph (misplaced first copy)",
            ),
        ),
    ),
    Seed(
        key="seed-001",
        file="001_ad391ca7390f2f41.txt",
        sha256="9f958e46cf24f78f0a0945513ec5972bbdf6d6b3287f0051b22df759f079c1cc",
        outlet="VOV",  # "Việt Cường/VOV", "Nguồn VOV: https://vov.vn/..."
        author="Việt Cường",
        url=(
            "https://vov.vn/chinh-tri/dua-quan-he-huu-nghi-va-hop-tac-nhieu-mat-giua-viet-nam"
            "-peru-len-tam-cao-moi-post1134806.vov"
        ),
        # "hôm nay ... bắt đầu thăm chính thức Cộng hòa Peru ... từ 12 - 16/11"; the year is
        # 2024 (APEC 2024 in Lima, 30 years of relations set in 1994) -> "2024-11-12".
        published_on="2024-11-12",
        drop_lines=(
            "Chủ tịch nước Lương Cường",  # photo caption, printed twice
            "Việt Cường/VOV",  # byline -> author, outlet
            (
                "Nguồn VOV: https://vov.vn/chinh-tri/dua-quan-he-huu-nghi-va-hop-tac-nhieu-mat"
                "-giua-viet-nam-peru-len-tam-cao-moi-post1134806.vov"
            ),  # source line -> url
        ),
    ),
    Seed(
        key="seed-002",
        file="002_817dc07e2276ab28.txt",
        sha256="1f185e0c4f5737f88558275e272d8aa89277c57b23432baa4c1c088fa7712118",
        outlet="TTXVN/Vietnam+",  # closing source line "(TTXVN/Vietnam+)"
        author="",  # no byline ("An Đăng/TTXVN" is the photographer)
        url="",
        # Reports the talks held "Sáng 25/8" during the 25-27/8/2024 official visit of
        # Chile's Foreign Minister -> "2024-08-25".
        published_on="2024-08-25",
        drop_lines=("(TTXVN/Vietnam+)",),  # source line -> outlet
        cut_from="Tin cùng chuyên mục",  # empty "same section" sidebar heading at the end
        drop_paragraphs=(
            (
                # A loose copy of the last clause of the next paragraph (Van Klaveren's
                # words), without its attribution: nothing is lost by dropping it.
                "Chính phủ Chile qua các thời kỳ luôn coi trọng",
                0,
                "duplicated fragment of the following paragraph",
            ),
        ),
    ),
    Seed(
        key="seed-003",
        file="003_d2da0c1ad552315d.txt",
        sha256="8e43b978400304bf292ed530a426e2d43eb87e15f3da467d1966f7e1f036b74c",
        outlet="",  # "(Ảnh: TTXVN phát)" credits photos only; no outlet for the text
        author="",
        url="",
        # "Sáng 17/11 ... San Francisco ... Hội nghị Cấp cao APEC lần thứ 30": the 30th APEC
        # leaders' meeting was held in San Francisco in November 2023 -> "2023-11-17".
        published_on="2023-11-17",
    ),
    Seed(
        key="seed-004",
        file="004_8a87ce57a64e129f.txt",
        sha256="05c34635db9caed4a19bb2a5b1df7096bb25ef006d4b193300c38bc4ea5db6c4",
        outlet="Báo Quốc tế",  # "Theo dõi Baoquocte.vn trên" (the paper's name since its renaming)
        author="Tuấn Anh",  # byline, "(từ Santiago, Chile)"
        url="",
        # "sáng 11/11 giờ địa phương" during President Lương Cường's official visit to Chile,
        # November 2024 (he went on to Peru on 12/11, seed 001) -> "2024-11-11".
        published_on="2024-11-11",
        drop_lines=(
            "Tuấn Anh",  # byline -> author
            "(từ Santiago, Chile)",  # dateline
            "Chủ tịch nước Lương Cường tiếp Chủ tịch Thượng viện Chile",  # caption heading, x2
        ),
        # "Tin liên quan" (related news) box inside the article: one headline.
        drop_blocks=(("Tin liên quan", 1),),
        # From here on: related headlines and teasers, then "Đọc thêm" with unrelated news
        # (some dated 2026), then "Phiên bản di động".  Not part of the article.
        cut_from=(
            "Chủ tịch nước Lương Cường gặp mặt cán bộ Đại sứ quán và cộng đồng người Việt Nam "
            "tại Chile"
        ),
    ),
)


def normalise(text: str) -> str:
    """NFC, look-alike repair, non-breaking spaces to spaces (the body quotes point into)."""
    text = unicodedata.normalize("NFC", text)
    for bad, good in LOOKALIKES.items():
        text = text.replace(bad, good)
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    return unicodedata.normalize("NFC", text)


@dataclass
class Cleaned:
    title: str
    paragraphs: list[str]
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (reason, line)


def clean(seed: Seed, raw: str) -> Cleaned:
    lines = [line.strip() for line in normalise(raw).split("\n")]
    title, rest = lines[0], [line for line in lines[1:] if line]
    if not title:
        raise ValueError(f"{seed.key}: the first line (title) is empty")
    out = Cleaned(title=title, paragraphs=[])
    used: set[str] = set()
    skip = 0
    for index, line in enumerate(rest):
        if skip:
            skip -= 1
            out.dropped.append(("sidebar", line))
            continue
        if seed.cut_from and line == seed.cut_from:
            used.add("cut_from")
            out.dropped.extend(("tail", tail) for tail in rest[index:])
            break
        block = next((n for heading, n in seed.drop_blocks if line == heading), None)
        if block is not None:
            used.add(line)
            skip = block
            out.dropped.append(("sidebar", line))
            continue
        if line in seed.drop_lines:
            used.add(line)
            out.dropped.append(("byline/caption", line))
            continue
        reason = next((name for name, rx in GENERIC_DEBRIS if rx.search(line)), None)
        if reason:
            out.dropped.append((reason, line))
            continue
        out.paragraphs.append(line)

    for start, occurrence, reason in seed.drop_paragraphs:
        hits = [i for i, p in enumerate(out.paragraphs) if p.startswith(start)]
        if len(hits) <= occurrence:
            raise ValueError(f"{seed.key}: drop rule {start!r} #{occurrence} matches nothing")
        out.dropped.append((reason, out.paragraphs.pop(hits[occurrence])))

    expected = set(seed.drop_lines) | {h for h, _ in seed.drop_blocks}
    if seed.cut_from:
        expected.add("cut_from")
    if unused := expected - used:
        raise ValueError(f"{seed.key}: cleaning rules that matched nothing: {sorted(unused)}")
    _check_paragraphs(seed.key, out.paragraphs)
    return out


def _check_paragraphs(key: str, paragraphs: list[str]) -> None:
    if len(set(paragraphs)) != len(paragraphs):
        raise ValueError(f"{key}: a paragraph is kept twice")
    for i, p in enumerate(paragraphs):
        for j, q in enumerate(paragraphs):
            if i != j and p in q:
                raise ValueError(f"{key}: paragraph {i} is contained in paragraph {j}")
    for marker in ("Tin liên quan", "Tin cùng chuyên mục", "Đọc thêm", "0:00", ".jpg", "(Ảnh:"):
        if any(marker in p for p in paragraphs):
            raise ValueError(f"{key}: {marker!r} is left in the body")


def body_of(cleaned: Cleaned) -> str:
    return "\n\n".join(cleaned.paragraphs)


def find_seed_dir(explicit: str | None = None) -> Path:
    if explicit:
        return Path(explicit)
    for candidate in SEED_DIR_CANDIDATES:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "seed articles not found (looked in /work/shared/seeds, ../shared/seeds)"
    )


def read_raw(seed_dir: Path, seed: Seed) -> str:
    data = (seed_dir / seed.file).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != seed.sha256:
        raise ValueError(f"{seed.file} changed (sha256 {digest}); review the rules and facts")
    return data.decode("utf-8")


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True)
class Cite:
    source: str  # seed key
    quote: str  # exact text of the cleaned body
    occurrence: int | None = None  # required when the quote occurs more than once


@dataclass(frozen=True)
class F:
    pair: str
    slug: str  # stable short key: the uuid is uuid5(NAMESPACE, "fact/<pair>/<slug>")
    topic: str
    kind: str
    vi: str
    en: str
    cites: tuple[Cite, ...]
    event_date: str = ""
    as_of: str = ""
    period: str = ""
    value: int | float | None = None
    unit: str = ""
    qualifier: str = "exact"
    metric: str = ""
    rank: str = "normal"


S0, S1, S2, S3, S4 = "seed-000", "seed-001", "seed-002", "seed-003", "seed-004"
CL, PE = "VN-CL", "VN-PE"

# Quotes shared by several facts.
Q_LC_TRIP_000 = (
    "Nhận lời mời của Tổng thống Cộng hòa Chile Gabriel Boric Font và Tổng thống Cộng hòa Peru "
    "Dina Ercilia Boluarte Zegarra, Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Lương Cường "
    "dẫn đầu Đoàn đại biểu cấp cao Việt Nam thăm chính thức Cộng hòa Chile, thăm chính thức Cộng "
    "hòa Peru và tham dự Tuần lễ cấp cao Diễn đàn Hợp tác kinh tế châu Á-Thái Bình Dương (APEC) "
    "năm 2024 tại thủ đô Lima của Peru."
)
Q_HIGHEST_VISIT = (
    "Đây cũng là chuyến thăm cấp cao nhất của lãnh đạo Việt Nam đến Nam Mỹ trong năm 2024"
)
Q_CL_MECHANISMS = (
    "phát huy hiệu quả các cơ chế Tham khảo chính trị và Hội đồng Thương mại Tự do Việt Nam-Chile"
)
Q_PE_MECHANISMS_000 = (
    "Hai nước duy trì các cơ chế hợp tác song phương như Tham khảo chính trị và Ủy ban liên "
    "Chính phủ."
)
Q_PE_VN_VISITS = (
    "phía Việt Nam có chuyến thăm Peru của Phó Chủ tịch Quốc hội Nguyễn Thị Kim Ngân (3/2013); "
    "Chủ tịch nước Nguyễn Minh Triết (11/2008) và Chủ tịch nước Trần Đại Quang (11/2016)"
)
Q_PE_LIMA = (
    "Để tăng cường quan hệ, giao lưu giữa hai nước, Tổng thống Zegarra đề nghị Việt Nam xem xét "
    "mở Đại sứ quán tại thủ đô Lima và ký hiệp định miễn thị thực cho công dân hai nước."
)

FACTS: tuple[F, ...] = (
    # ================================================================ Việt Nam – Chile
    # ---- overview
    F(
        CL,
        "overview-50-years",
        "overview",
        "statement",
        "Sau hơn 50 năm quan hệ ngoại giao, hợp tác Việt Nam – Chile đạt nhiều kết quả tích cực, "
        "nhất là từ khi hai nước thiết lập quan hệ Đối tác toàn diện năm 2007.",
        "Over more than 50 years of diplomatic relations, Viet Nam–Chile cooperation has achieved "
        "many positive results, especially since the two countries established their "
        "Comprehensive Partnership in 2007.",
        (
            Cite(
                S0,
                "Trải qua chặng đường hơn 50 năm, hợp tác đạt nhiều kết quả tích cực, nhất là "
                "sau khi hai nước thiết lập quan hệ Đối tác toàn diện vào tháng 5/2007.",
            ),
        ),
    ),
    F(
        CL,
        "overview-senate-assessment",
        "overview",
        "statement",
        "Chủ tịch Thượng viện Chile đánh giá quan hệ Việt Nam – Chile, trong đó có quan hệ nghị "
        "viện, tiếp tục phát triển mạnh mẽ, thực chất và hiệu quả trên nhiều lĩnh vực: chính trị – "
        "ngoại giao, kinh tế – thương mại, an ninh – quốc phòng, đầu tư, giáo dục, nông nghiệp, "
        "tư pháp.",
        "The President of the Chilean Senate assessed that Viet Nam–Chile relations, including "
        "parliamentary relations, continue to develop strongly, substantively and effectively in "
        "many fields: politics and diplomacy, economy and trade, security and defence, investment, "
        "education, agriculture and justice.",
        (
            Cite(
                S4,
                "Chủ tịch Thượng viện Chile đánh giá quan hệ Việt Nam-Chile nói chung và quan hệ "
                "nghị viện giữa hai nước thời gian qua tiếp tục phát triển mạnh mẽ, thực chất và "
                "hiệu quả trên các lĩnh vực, từ chính trị - ngoại giao, kinh tế - thương mại, an "
                "ninh-quốc phòng, đầu tư, giáo dục, nông nghiệp, tư pháp...",
            ),
        ),
        as_of="2024-11-11",
    ),
    # ---- diplomatic
    F(
        CL,
        "relations-1971",
        "diplomatic",
        "event",
        "Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971.",
        "Viet Nam and Chile established diplomatic relations on 25 March 1971.",
        (
            Cite(S0, "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao."),
            Cite(
                S2,
                "quốc gia đầu tiên tại Nam Mỹ thiết lập quan hệ ngoại giao với Việt Nam "
                "(25/3/1971)",
            ),
        ),
        event_date="1971-03-25",
    ),
    F(
        CL,
        "first-in-south-america",
        "diplomatic",
        "statement",
        "Chile là quốc gia Nam Mỹ đầu tiên thiết lập quan hệ ngoại giao với Việt Nam.",
        "Chile was the first South American country to establish diplomatic relations with "
        "Viet Nam.",
        (
            Cite(
                S2,
                "Việt Nam coi trọng quan hệ hữu nghị truyền thống với Chile, quốc gia đầu tiên "
                "tại Nam Mỹ thiết lập quan hệ ngoại giao với Việt Nam (25/3/1971).",
            ),
        ),
    ),
    F(
        CL,
        "comprehensive-partnership-2007",
        "diplomatic",
        "event",
        "Việt Nam và Chile thiết lập quan hệ Đối tác toàn diện vào tháng 5/2007.",
        "Viet Nam and Chile established a Comprehensive Partnership in May 2007.",
        (Cite(S0, "hai nước thiết lập quan hệ Đối tác toàn diện vào tháng 5/2007"),),
        event_date="2007-05",
    ),
    F(
        CL,
        "vn-values-chile",
        "diplomatic",
        "statement",
        "Việt Nam coi trọng quan hệ hữu nghị truyền thống với Chile; trong quan hệ với các nước "
        "Mỹ Latinh, Chile giữ vị trí quan trọng.",
        "Viet Nam values its traditional friendship with Chile, which holds an important place "
        "among Viet Nam's relations with Latin American countries.",
        (
            Cite(S2, "Việt Nam coi trọng quan hệ hữu nghị truyền thống với Chile"),
            Cite(
                S4,
                "Việt Nam luôn coi trọng việc phát triển quan hệ hữu nghị và hợp tác mọi mặt với "
                "các nước Mỹ Latinh, trong đó Chile giữ vị trí quan trọng.",
            ),
        ),
    ),
    F(
        CL,
        "chile-values-vn",
        "diplomatic",
        "statement",
        "Các chính phủ Chile qua các thời kỳ đều coi trọng và mong muốn tăng cường quan hệ với "
        "Việt Nam, như một phần trong chính sách của Chile đối với khu vực châu Á – Thái Bình "
        "Dương.",
        "Successive Chilean governments have valued relations with Viet Nam and sought to "
        "strengthen them as part of Chile's overall Asia-Pacific policy.",
        (
            Cite(
                S2,
                "Chính phủ Chile qua các thời kỳ luôn coi trọng và mong muốn tăng cường quan hệ "
                "với Việt Nam trong tổng thể chính sách đối với khu vực châu Á-Thái Bình Dương",
            ),
            Cite(
                S0,
                "Chile coi trọng và mong muốn tăng cường quan hệ với các nước châu Á-Thái Bình "
                "Dương, trong đó có Việt Nam.",
            ),
        ),
    ),
    # ---- visits
    F(
        CL,
        "visit-luong-cuong-2024-11",
        "visits",
        "event",
        "Chủ tịch nước Lương Cường thăm chính thức Chile vào tháng 11/2024 theo lời mời của "
        "Tổng thống Gabriel Boric Font; đây là lần đầu tiên Chủ tịch nước Lương Cường thăm chính "
        "thức Chile.",
        "President Lương Cường paid an official visit to Chile in November 2024 at the invitation "
        "of President Gabriel Boric Font; it was his first official visit to Chile.",
        (
            Cite(
                S0,
                "Nhận lời mời của Tổng thống Cộng hòa Chile Gabriel Boric Font và Tổng thống Cộng "
                "hòa Peru Dina Ercilia Boluarte Zegarra, Chủ tịch nước Cộng hòa xã hội chủ nghĩa "
                "Việt Nam Lương Cường dẫn đầu Đoàn đại biểu cấp cao Việt Nam thăm chính thức Cộng "
                "hòa Chile",
            ),
            Cite(
                S4,
                "Chủ tịch nước Lương Cường bày tỏ vui mừng lần đầu tiên đến thăm chính thức Chile",
            ),
        ),
        event_date="2024-11",
    ),
    F(
        CL,
        "senate-president-2024-11-11",
        "visits",
        "event",
        "Ngày 11/11/2024, tại Santiago de Chile, Chủ tịch nước Lương Cường tiếp Chủ tịch Thượng "
        "viện Chile José García Ruminot.",
        "On 11 November 2024 in Santiago de Chile, President Lương Cường received the President "
        "of the Chilean Senate, José García Ruminot.",
        (
            Cite(
                S4,
                "Trong khuôn khổ chuyến thăm chính thức Chile, sáng 11/11 giờ địa phương, tại thủ "
                "đô Santiago de Chile, Chủ tịch nước Lương Cường tiếp Chủ tịch Thượng viện Chile "
                "José Garcia Ruminot.",
            ),
        ),
        event_date="2024-11-11",
    ),
    F(
        CL,
        "highest-level-visit-2024",
        "visits",
        "statement",
        "Chuyến thăm chính thức Chile và Peru của Chủ tịch nước Lương Cường là chuyến thăm cấp "
        "cao nhất của lãnh đạo Việt Nam đến Nam Mỹ trong năm 2024.",
        "President Lương Cường's official visits to Chile and Peru were the highest-level visit "
        "by a Vietnamese leader to South America in 2024.",
        (Cite(S0, Q_HIGHEST_VISIT),),
        as_of="2024-11",
    ),
    F(
        CL,
        "visit-van-klaveren-2024-08",
        "visits",
        "event",
        "Bộ trưởng Ngoại giao Chile Alberto Van Klaveren thăm chính thức Việt Nam từ ngày 25 đến "
        "27/8/2024 theo lời mời của Bộ trưởng Ngoại giao Bùi Thanh Sơn.",
        "Chilean Foreign Minister Alberto Van Klaveren paid an official visit to Viet Nam on "
        "25–27 August 2024 at the invitation of Foreign Minister Bùi Thanh Sơn.",
        (
            Cite(
                S2,
                "Nhận lời mời của Bộ trưởng Ngoại giao Bùi Thanh Sơn, Bộ trưởng Ngoại giao nước "
                "Cộng hòa Chile, Alberto Van Klaveren thăm chính thức Việt Nam từ ngày "
                "25-27/8/2024.",
            ),
        ),
        event_date="2024-08-25",
    ),
    F(
        CL,
        "fm-talks-2024-08-25",
        "visits",
        "event",
        "Ngày 25/8/2024, tại Nhà khách Chính phủ, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với "
        "Bộ trưởng Ngoại giao Chile Alberto Van Klaveren về các biện pháp tăng cường quan hệ Đối "
        "tác toàn diện và các vấn đề khu vực, quốc tế cùng quan tâm.",
        "On 25 August 2024, at the Government Guest House, Foreign Minister Bùi Thanh Sơn held "
        "talks with Chilean Foreign Minister Alberto Van Klaveren on ways to strengthen the "
        "Comprehensive Partnership and on regional and international issues of common concern.",
        (
            Cite(
                S2,
                "Sáng 25/8, tại Nhà khách Chính phủ, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm "
                "với Bộ trưởng Ngoại giao Chile Alberto Van Klaveren.",
            ),
            Cite(
                S2,
                "trao đổi các phương hướng, biện pháp tăng cường quan hệ đối tác toàn diện Việt "
                "Nam-Chile, các vấn đề khu vực và quốc tế cùng quan tâm",
            ),
        ),
        event_date="2024-08-25",
    ),
    F(
        CL,
        "regular-exchanges",
        "visits",
        "statement",
        "Việt Nam và Chile duy trì thường xuyên trao đổi đoàn và tiếp xúc cấp cao.",
        "Viet Nam and Chile regularly exchange delegations and maintain high-level contacts.",
        (
            Cite(S0, "Hai bên duy trì thường xuyên hoạt động trao đổi đoàn."),
            Cite(S4, "hai bên duy trì trao đổi đoàn và tiếp xúc cấp cao thường xuyên."),
        ),
    ),
    # ---- mechanisms
    F(
        CL,
        "mechanism-political-consultations",
        "mechanisms",
        "statement",
        "Việt Nam và Chile có cơ chế Tham khảo chính trị; tháng 8/2024, hai Bộ trưởng Ngoại giao "
        "nhất trí phát huy hiệu quả cơ chế này.",
        "Viet Nam and Chile hold political consultations; in August 2024 the two Foreign "
        "Ministers agreed to make this mechanism more effective.",
        (Cite(S2, Q_CL_MECHANISMS),),
        as_of="2024-08-25",
    ),
    F(
        CL,
        "mechanism-free-trade-commission",
        "mechanisms",
        "statement",
        "Hội đồng Thương mại Tự do Việt Nam – Chile là cơ chế hợp tác song phương mà hai bên nhất "
        "trí phát huy hiệu quả (tháng 8/2024).",
        "The Viet Nam–Chile Free Trade Commission is a bilateral mechanism that the two sides "
        "agreed in August 2024 to use more effectively.",
        (Cite(S2, Q_CL_MECHANISMS),),
        as_of="2024-08-25",
    ),
    F(
        CL,
        "mechanism-friendship-groups",
        "mechanisms",
        "statement",
        "Quốc hội hai nước đều có Nhóm nghị sỹ hữu nghị; Việt Nam mong muốn đẩy mạnh giao lưu "
        "giữa hai Nhóm và trao đổi đoàn đại biểu Quốc hội ở các cấp.",
        "Each parliament has a friendship parliamentarians' group; Viet Nam wishes to step up "
        "exchanges between the two groups and between parliamentary delegations at all levels.",
        (
            Cite(
                S4,
                "đẩy mạnh hoạt động giao lưu của hai Nhóm nghị sỹ hữu nghị và trao đổi đoàn đại "
                "biểu Quốc hội ở các cấp",
            ),
        ),
        as_of="2024-11-11",
    ),
    # ---- agreements
    F(
        CL,
        "fta-first-in-latam",
        "agreements",
        "event",
        "Chile là nước Mỹ Latinh đầu tiên có Hiệp định thương mại tự do song phương với Việt Nam "
        "(năm 2014).",
        "Chile was the first Latin American country to have a bilateral free trade agreement with "
        "Viet Nam (2014).",
        (
            Cite(
                S0,
                "Chile là nước đầu tiên ở Mỹ Latin ký Hiệp định thương mại tự do song phương với "
                "Việt Nam (năm 2014)",
            ),
        ),
        event_date="2014",
    ),
    F(
        CL,
        "fta-10-years",
        "agreements",
        "event",
        "Năm 2024, Việt Nam và Chile kỷ niệm 10 năm thực thi Hiệp định thương mại tự do song "
        "phương (2014–2024).",
        "In 2024 Viet Nam and Chile marked ten years of implementation of their bilateral free "
        "trade agreement (2014–2024).",
        (
            Cite(
                S2,
                "Việt Nam và Chile đang kỷ niệm 10 năm thực thi Hiệp định thương mại tự do song "
                "phương (2014-2024)",
            ),
        ),
        event_date="2024",
    ),
    # ---- economic
    F(
        CL,
        "trade-over-2bn",
        "economic",
        "figure",
        "Kim ngạch thương mại song phương Việt Nam – Chile đã vượt mức 2 tỷ USD.",
        "Bilateral trade between Viet Nam and Chile has exceeded USD 2 billion.",
        # The article gives no period for the figure (stated at the talks of 25/8/2024).
        (Cite(S2, "quan hệ kinh tế thương mại song phương đã vượt mức 2 tỷ USD", occurrence=1),),
        as_of="2024-08",
        value=2_000_000_000,
        unit="USD",
        qualifier="more_than",
        metric="trade.total",
    ),
    F(
        CL,
        "trade-9m-2024",
        "economic",
        "figure",
        "Kim ngạch thương mại hai chiều Việt Nam – Chile đạt hơn 1,3 tỷ USD trong 9 tháng năm "
        "2024 và tiếp tục là điểm sáng trong quan hệ song phương.",
        "Two-way trade between Viet Nam and Chile exceeded USD 1.3 billion in the first nine "
        "months of 2024 and remains a bright spot of the relationship.",
        (
            Cite(
                S4,
                "kim ngạch thương mại hai chiều tiếp tục là điểm sáng trong quan hệ song phương, "
                "đạt hơn 1,3 tỷ USD trong 9 tháng 2024",
            ),
        ),
        period="2024-01..2024-09",
        value=1_300_000_000,
        unit="USD",
        qualifier="more_than",
        metric="trade.total",
    ),
    F(
        CL,
        "chile-4th-partner-in-latam",
        "economic",
        "figure",
        "Chile là đối tác thương mại lớn thứ tư của Việt Nam tại khu vực Mỹ Latinh.",
        "Chile is Viet Nam's fourth-largest trading partner in Latin America.",
        (
            Cite(
                S0,
                "Chile là nước đầu tiên ở Mỹ Latin ký Hiệp định thương mại tự do song phương với "
                "Việt Nam (năm 2014) và hiện là đối tác thương mại lớn thứ tư của Việt Nam tại khu "
                "vực.",
            ),
            Cite(
                S2,
                "Chile tiếp tục là đối tác thương mại lớn thứ 4 của Việt Nam tại khu vực Mỹ Latinh",
            ),
            Cite(S4, "Chile tiếp tục là đối tác thương mại lớn thứ 4 của Việt Nam tại Mỹ Latinh"),
        ),
        as_of="2024-11",
        value=4,
        unit="rank",
        metric="trade.partner_rank_in_latam",
    ),
    F(
        CL,
        "vn-largest-partner-in-asean",
        "economic",
        "figure",
        "Việt Nam là đối tác thương mại lớn nhất của Chile trong ASEAN.",
        "Viet Nam is Chile's largest trading partner in ASEAN.",
        # Seed 004 only says "đối tác thương mại lớn" (a large partner): not cited here.
        (
            Cite(S0, "Việt Nam là đối tác thương mại lớn nhất của Chile trong ASEAN."),
            Cite(S2, "Việt Nam tiếp tục là đối tác thương mại lớn nhất của Chile tại ASEAN"),
        ),
        as_of="2024-11",
        value=1,
        unit="rank",
        metric="trade.home_rank_in_asean",
    ),
    # ---- multilateral
    F(
        CL,
        "cptpp",
        "multilateral",
        "statement",
        "Việt Nam và Chile cùng là thành viên Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái "
        "Bình Dương (CPTPP).",
        "Viet Nam and Chile are both parties to the Comprehensive and Progressive Agreement for "
        "Trans-Pacific Partnership (CPTPP).",
        (
            Cite(
                S0,
                "Hai nước cùng tham gia Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình "
                "Dương (CPTPP)",
            ),
            Cite(S2, "mới đây cùng là thành viên của Hiệp định CPTPP"),
        ),
    ),
    F(
        CL,
        "multilateral-coordination-un",
        "multilateral",
        "statement",
        "Hai nước phối hợp tại các tổ chức quốc tế và diễn đàn đa phương, trong đó có APEC; "
        "tháng 8/2024, hai Bộ trưởng Ngoại giao nhất trí duy trì phối hợp, ủng hộ lẫn nhau, đặc "
        "biệt tại Liên hợp quốc.",
        "The two countries coordinate in international organisations and multilateral forums, "
        "including APEC; in August 2024 the two Foreign Ministers agreed to keep coordinating and "
        "supporting each other, especially at the United Nations.",
        (
            Cite(S0, "phối hợp tại các tổ chức quốc tế và diễn đàn đa phương, trong đó có APEC."),
            Cite(
                S2,
                "Hai Bộ trưởng nhất trí duy trì phối hợp và ủng hộ lẫn nhau tại các tổ chức quốc "
                "tế và diễn đàn đa phương, đặc biệt là tại Liên hợp quốc.",
            ),
        ),
    ),
    F(
        CL,
        "pacific-alliance-asean",
        "multilateral",
        "statement",
        "Chile mong muốn phối hợp với Việt Nam tăng cường quan hệ giữa Liên minh Thái Bình Dương "
        "(Chile, Mexico, Colombia và Peru) với ASEAN.",
        "Chile wishes to work with Viet Nam to strengthen relations between the Pacific Alliance "
        "(Chile, Mexico, Colombia and Peru) and ASEAN.",
        (
            Cite(
                S2,
                "Bộ trưởng Ngoại giao Chile bày tỏ mong muốn cùng phối hợp với Việt Nam để tăng "
                "cường quan hệ giữa Liên minh Thái Bình Dương (gồm 4 nước Chile, Mexico, Colombia "
                "và Peru) với ASEAN.",
            ),
        ),
        as_of="2024-08-25",
    ),
    F(
        CL,
        "vn-supports-chile-asean",
        "multilateral",
        "statement",
        "Việt Nam ủng hộ các bước đi của Chile nhằm tăng cường quan hệ với ASEAN và khu vực Đông "
        "Á – Thái Bình Dương.",
        "Viet Nam supports Chile's steps to strengthen its relations with ASEAN and the East "
        "Asia–Pacific region.",
        (
            Cite(
                S2,
                "ủng hộ các bước đi của Chile tăng cường quan hệ với ASEAN và khu vực Đông Á-Thái "
                "Bình Dương",
            ),
        ),
        as_of="2024-08-25",
    ),
    F(
        CL,
        "peaceful-settlement",
        "multilateral",
        "statement",
        "Việt Nam và Chile nhất trí các tranh chấp quốc tế cần được giải quyết bằng biện pháp hòa "
        "bình, trên cơ sở tôn trọng luật pháp quốc tế.",
        "Viet Nam and Chile agree that international disputes should be settled by peaceful means "
        "on the basis of respect for international law.",
        (
            Cite(
                S2,
                "hai Bộ trưởng nhất trí các tranh chấp quốc tế cần được giải quyết bằng các biện "
                "pháp hòa bình trên cơ sở tôn trọng luật pháp quốc tế",
            ),
        ),
        as_of="2024-08-25",
    ),
    F(
        CL,
        "parliamentary-forums",
        "multilateral",
        "statement",
        "Việt Nam mong muốn Quốc hội hai nước phối hợp tại các diễn đàn Liên minh Nghị viện thế "
        "giới (IPU) và Liên minh Nghị viện khu vực châu Á – Thái Bình Dương.",
        "Viet Nam wishes the two parliaments to coordinate in the Inter-Parliamentary Union (IPU) "
        "and in Asia-Pacific regional parliamentary forums.",
        (
            Cite(
                S4,
                "phối hợp trong các hoạt động tại các diễn đàn Liên minh Nghị viện thế giới, Liên "
                "minh Nghị viện khu vực Châu Á-Thái Bình Dương",
            ),
        ),
        as_of="2024-11-11",
    ),
    # ---- people
    F(
        CL,
        "chilean-solidarity",
        "people",
        "statement",
        "Việt Nam luôn ghi nhớ tình đoàn kết và sự ủng hộ quý báu của nhân dân Chile trong cuộc "
        "kháng chiến giành độc lập dân tộc, thống nhất đất nước cũng như trong công cuộc phát "
        "triển đất nước hiện nay.",
        "Viet Nam remembers the Chilean people's solidarity and valuable support during its "
        "struggle for national independence and reunification, and in its development today.",
        (
            Cite(
                S4,
                "Việt Nam luôn ghi nhớ tình đoàn kết và sự ủng hộ quý báu của nhân dân Chile dành "
                "cho Việt Nam trong cuộc kháng chiến giành độc lập dân tộc và thống nhất đất nước, "
                "cũng như trong công cuộc phát triển đất nước ngày nay.",
            ),
        ),
    ),
    # ---- proposals
    F(
        CL,
        "negotiate-agreements",
        "proposals",
        "statement",
        "Hai bên nhất trí thúc đẩy và đàm phán một số thỏa thuận hợp tác trong các lĩnh vực "
        "thương mại, hải quan, nông nghiệp, quốc phòng, an ninh và thực thi pháp luật.",
        "The two sides agreed to advance and negotiate cooperation agreements on trade, customs, "
        "agriculture, defence, security and law enforcement.",
        (
            Cite(
                S2,
                "Hai bên cũng rà soát và nhất trí thúc đẩy và đàm phán một số thỏa thuận hợp tác "
                "trong các lĩnh vực thương mại, hải quan, nông nghiệp, quốc phòng, an ninh và thực "
                "thi pháp luật.",
            ),
        ),
        as_of="2024-08-25",
    ),
    F(
        CL,
        "market-access",
        "proposals",
        "statement",
        "Hai bên nhất trí phối hợp tháo gỡ các vướng mắc trong quan hệ song phương và tạo điều "
        "kiện tiếp cận thị trường cho sản phẩm của mỗi bên.",
        "The two sides agreed to work together to remove obstacles in bilateral relations and to "
        "facilitate market access for each other's products.",
        (
            Cite(
                S2,
                "phối hợp tháo gỡ các vướng mắc trong quan hệ song phương và tạo điều kiện tiếp "
                "cận thị trường cho các sản phẩm của cả hai bên",
            ),
        ),
        as_of="2024-08-25",
    ),
    F(
        CL,
        "invitation-tran-thanh-man",
        "proposals",
        "statement",
        "Chủ tịch nước Lương Cường chuyển tới Lãnh đạo Thượng viện Chile lời mời của Chủ tịch "
        "Quốc hội Trần Thanh Mẫn thăm Việt Nam vào thời điểm thích hợp cho cả hai bên.",
        "President Lương Cường conveyed to the leadership of the Chilean Senate an invitation from "
        "National Assembly Chairman Trần Thanh Mẫn to visit Viet Nam at a mutually convenient "
        "time.",
        (
            Cite(
                S4,
                "Nhân dịp này, Chủ tịch nước cũng đã chuyển tới Lãnh đạo Thượng viện Chile lời "
                "thăm hỏi của Lãnh đạo cấp cao Việt Nam và lời mời thực hiện chuyến thăm tới Việt "
                "Nam của Chủ tịch Quốc hội Trần Thanh Mẫn vào thời điểm thích hợp cho cả hai "
                "bên.",
            ),
        ),
        as_of="2024-11-11",
    ),
    F(
        CL,
        "parliaments-support-agreements",
        "proposals",
        "statement",
        "Việt Nam đề nghị Quốc hội hai nước ủng hộ việc thông qua các sáng kiến, thỏa thuận và "
        "hiệp định hợp tác ký giữa Chính phủ, các bộ, ngành và địa phương hai nước, nhằm hoàn "
        "thiện khuôn khổ hợp tác song phương.",
        "Viet Nam proposed that the two parliaments support the adoption of initiatives, "
        "arrangements and cooperation agreements signed between the two governments, ministries, "
        "sectors and localities, so as to complete the bilateral cooperation framework.",
        (
            Cite(
                S4,
                "Chủ tịch nước đề nghị Quốc hội hai bên tăng cường hợp tác, phát huy vai trò "
                "trong việc ủng hộ thông qua các sáng kiến, thỏa thuận và hiệp định hợp tác được "
                "ký kết giữa Chính phủ, các bộ, ngành và địa phương hai nước nhằm hoàn thiện khuôn "
                "khổ hợp tác song phương",
            ),
        ),
        as_of="2024-11-11",
    ),
    # ---- talking points
    F(
        CL,
        "tp-deepen-and-upgrade",
        "talking_points",
        "statement",
        "Việt Nam mong muốn đưa quan hệ Đối tác toàn diện Việt Nam – Chile tiếp tục đi vào chiều "
        "sâu, thực chất, hiệu quả và hướng tới nâng tầm quan hệ trong thời gian tới.",
        "Viet Nam wishes to take the Viet Nam–Chile Comprehensive Partnership deeper, make it more "
        "substantive and effective, and move towards upgrading the relationship.",
        (
            Cite(
                S4,
                "Thông qua chuyến thăm lần này, Việt Nam mong muốn đưa mối quan hệ Đối tác toàn "
                "diện giữa hai nước tiếp tục đi vào chiều sâu, thực chất và hiệu quả và hướng tới "
                "nâng tầm quan hệ trong thời gian tới.",
            ),
        ),
        as_of="2024-11-11",
    ),
    F(
        CL,
        "tp-senate-momentum",
        "talking_points",
        "statement",
        "Theo Chủ tịch Thượng viện Chile, chuyến thăm của Chủ tịch nước Lương Cường tạo động lực "
        "làm sâu sắc và nâng tầm quan hệ Đối tác toàn diện trên tất cả các kênh Nhà nước, Nghị "
        "viện và ngoại giao nhân dân.",
        "According to the President of the Chilean Senate, President Lương Cường's visit gives "
        "momentum to deepening and upgrading the Comprehensive Partnership through all channels: "
        "state, parliamentary and people-to-people diplomacy.",
        (
            Cite(
                S4,
                "khẳng định chuyến thăm của Chủ tịch nước Việt Nam sẽ tạo động lực làm sâu sắc và "
                "nâng tầm quan hệ Đối tác toàn diện giữa hai nước trên tất cả các kênh Nhà nước, "
                "Nghị viện và ngoại giao nhân dân",
            ),
        ),
        as_of="2024-11-11",
    ),
    F(
        CL,
        "tp-deepen-fields",
        "talking_points",
        "statement",
        "Việt Nam mong muốn làm sâu sắc quan hệ với Chile trên các lĩnh vực chính trị – ngoại "
        "giao, kinh tế – thương mại và đầu tư, văn hóa – giáo dục, khoa học – công nghệ, an ninh – "
        "quốc phòng và giao lưu nhân dân.",
        "Viet Nam wishes to deepen relations with Chile in politics and diplomacy, economy, trade "
        "and investment, culture and education, science and technology, security and defence, and "
        "people-to-people exchanges.",
        (
            Cite(
                S2,
                "Việt Nam mong muốn làm sâu sắc quan hệ với Chile trên các lĩnh vực chính trị-"
                "ngoại giao, kinh tế-thương mại và đầu tư, văn hóa-giáo dục, khoa học-công nghệ, "
                "an ninh-quốc phòng và giao lưu nhân dân",
            ),
        ),
        as_of="2024-08-25",
    ),
    F(
        CL,
        "tp-parliament-pillar",
        "talking_points",
        "statement",
        "Tăng cường quan hệ nghị viện là một trong những trụ cột quan trọng của quan hệ ngoại giao "
        "Việt Nam – Chile.",
        "Stronger parliamentary relations are one of the important pillars of diplomacy between "
        "Viet Nam and Chile.",
        (
            Cite(
                S4,
                "việc tăng cường quan hệ Nghị viện là một trong những trụ cột quan trọng của "
                "ngoại giao hai nước",
            ),
        ),
        as_of="2024-11-11",
    ),
    F(
        CL,
        "tp-chile-achievements",
        "talking_points",
        "statement",
        "Việt Nam chúc mừng những thành tựu phát triển kinh tế – xã hội to lớn của Chile trong "
        "những thập kỷ qua và uy tín, vị thế ngày càng cao của Chile ở khu vực và trên thế giới.",
        "Viet Nam congratulates Chile on its great socio-economic achievements over recent decades "
        "and on its growing prestige and standing in the region and the world.",
        (
            Cite(
                S4,
                "chúc mừng những thành tựu phát triển kinh tế - xã hội to lớn mà Chile đạt được "
                "trong những thập kỷ qua",
            ),
            Cite(S4, "không ngừng nâng cao uy tín, vị thế của Chile ở khu vực và trên thế giới"),
        ),
        as_of="2024-11-11",
    ),
    # ================================================================ Việt Nam – Peru
    # ---- overview
    F(
        PE,
        "overview-30-years",
        "overview",
        "statement",
        "Trong 30 năm quan hệ, dù cách xa nhau về địa lý, Việt Nam và Peru đã có những bước tiến "
        "đáng kể trong quan hệ chính trị, ngoại giao, kinh tế, thương mại và đầu tư.",
        "Over 30 years of relations, despite the geographical distance, Viet Nam and Peru have "
        "made significant progress in political, diplomatic, economic, trade and investment "
        "relations.",
        (
            Cite(
                S1,
                "Trong 30 năm qua, mặc dù cách xa nhau về địa lý nhưng hai nước đã có những bước "
                "tiến đáng kể trong việc thúc đẩy quan hệ chính trị, ngoại giao cũng như kinh tế, "
                "thương mại và đầu tư.",
            ),
        ),
    ),
    F(
        PE,
        "overview-positive",
        "overview",
        "statement",
        "Quan hệ Việt Nam – Peru tiếp tục phát triển tích cực, từ lĩnh vực chính trị – ngoại giao "
        "đến kinh tế – thương mại.",
        "Viet Nam–Peru relations continue to develop positively, from politics and diplomacy to "
        "economy and trade.",
        (
            Cite(S0, "quan hệ hai nước tiếp tục đà phát triển tích cực"),
            Cite(
                S1,
                "sự phát triển tích cực của mối quan hệ song phương từ lĩnh vực chính trị - ngoại "
                "giao đến kinh tế - thương mại",
            ),
        ),
    ),
    # ---- diplomatic
    F(
        PE,
        "relations-1994",
        "diplomatic",
        "event",
        "Việt Nam và Peru thiết lập quan hệ ngoại giao năm 1994.",
        "Viet Nam and Peru established diplomatic relations in 1994.",
        (Cite(S1, "Việt Nam và Peru thiết lập quan hệ ngoại giao từ năm 1994."),),
        event_date="1994",
    ),
    # The 30th anniversary, on 14/11/2024: it dates the anniversary, not the founding. Read
    # by the anniversary rule, it gives the founding *year*, 2024 - 30 = 1994, which agrees
    # with seed 001 ("từ năm 1994"); the seeds give no founding day.
    F(
        PE,
        "anniversary-30-2024",
        "diplomatic",
        "statement",
        "Ngày 14/11/2024 tròn 30 năm Việt Nam và Peru thiết lập quan hệ ngoại giao.",
        "14 November 2024 marked the 30th anniversary of diplomatic relations between Viet Nam and "
        "Peru.",
        (
            Cite(
                S0,
                "Ngày 14/11/2024 đánh dấu tròn 30 năm Việt Nam và Peru thiết lập quan hệ ngoại "
                "giao",
            ),
            Cite(S1, "kỷ niệm 30 năm thiết lập quan hệ ngoại giao giữa Việt Nam và Peru"),
        ),
        as_of="2024-11-14",
    ),
    F(
        PE,
        "vn-values-peru",
        "diplomatic",
        "statement",
        "Việt Nam coi trọng quan hệ với Peru và khu vực Mỹ Latinh.",
        "Viet Nam attaches importance to its relations with Peru and Latin America.",
        (Cite(S3, "Việt Nam coi trọng quan hệ với Peru và khu vực Mỹ La tinh"),),
        as_of="2023-11-17",
    ),
    F(
        PE,
        "peru-view-of-vn",
        "diplomatic",
        "statement",
        "Theo Tổng thống Peru Dina Boluarte, người dân Peru dành nhiều thiện cảm với Việt Nam, "
        "biểu tượng của sự vươn lên từ nghèo khó, chiến tranh đến thịnh vượng; Việt Nam là đối tác "
        "quan trọng của Peru ở khu vực Đông Nam Á.",
        "According to Peruvian President Dina Boluarte, the Peruvian people have great affection "
        "for Viet Nam and its people, a symbol of rising from poverty and war to prosperity, and "
        "Viet Nam is an important partner of Peru in Southeast Asia.",
        (
            Cite(
                S3,
                "Tổng thống Peru Dina Ercilia Boluarte Zegarra nhấn mạnh, người dân Peru luôn dành "
                "nhiều thiện cảm với đất nước và con người Việt Nam, biểu tượng của sự vươn lên từ "
                "nghèo khó, chiến tranh đến thịnh vượng, và là một đối tác quan trọng của Peru ở "
                "khu vực Đông Nam Á.",
            ),
        ),
        as_of="2023-11-17",
    ),
    # ---- visits
    F(
        PE,
        "leaders-meet-regularly",
        "visits",
        "statement",
        "Lãnh đạo cấp cao hai nước thường xuyên gặp gỡ, tiếp xúc song phương nhân dịp dự các hội "
        "nghị quốc tế.",
        "The two countries' top leaders regularly meet bilaterally on the sidelines of "
        "international conferences.",
        (
            Cite(
                S1,
                "Lãnh đạo cấp cao của hai bên thường xuyên có các cuộc gặp, tiếp xúc song phương "
                "nhân dịp tham dự các Hội nghị quốc tế.",
            ),
            Cite(
                S0,
                "Lãnh đạo hai nước thường xuyên tiếp xúc, trao đổi nhân dịp tham dự các hội nghị "
                "quốc tế.",
            ),
        ),
    ),
    F(
        PE,
        "visit-fujimori-1998",
        "visits",
        "event",
        "Tổng thống Peru Alberto Fujimori thăm Việt Nam (tháng 7/1998).",
        "Peruvian President Alberto Fujimori visited Viet Nam (July 1998).",
        (
            Cite(
                S1,
                "nổi bật về phía Peru có các chuyến thăm Việt Nam của Tổng thống Alberto Fujimori "
                "(7/1998)",
            ),
        ),
        event_date="1998-07",
    ),
    F(
        PE,
        "visit-giampietri-2006",
        "visits",
        "event",
        "Phó Tổng thống Peru Luis Giampietri thăm Việt Nam nhân dịp dự Hội nghị Cấp cao APEC lần "
        "thứ 14 (tháng 11/2006).",
        "Peruvian Vice President Luis Giampietri visited Viet Nam to attend the 14th APEC Summit "
        "(November 2006).",
        (Cite(S1, "Phó Tổng thống Luis Giampietri dịp dự HNCC APEC 14 (11/2006)"),),
        event_date="2006-11",
    ),
    F(
        PE,
        "visit-kuczynski-2017",
        "visits",
        "event",
        "Tổng thống Peru Pablo Kuczynski dự Hội nghị Cấp cao APEC lần thứ 25 tại Đà Nẵng (tháng "
        "11/2017).",
        "Peruvian President Pablo Kuczynski attended the 25th APEC Summit in Đà Nẵng "
        "(November 2017).",
        (Cite(S1, "Tổng thống Pablo Kuczynski dự HNCC APEC 25 tại Đà Nẵng (11/2017)"),),
        event_date="2017-11",
    ),
    F(
        PE,
        "visit-nguyen-minh-triet-2008",
        "visits",
        "event",
        "Chủ tịch nước Nguyễn Minh Triết thăm Peru (tháng 11/2008).",
        "President Nguyễn Minh Triết visited Peru (November 2008).",
        (Cite(S1, Q_PE_VN_VISITS),),
        event_date="2008-11",
    ),
    F(
        PE,
        "visit-nguyen-thi-kim-ngan-2013",
        "visits",
        "event",
        "Phó Chủ tịch Quốc hội Nguyễn Thị Kim Ngân thăm Peru (tháng 3/2013).",
        "National Assembly Vice Chairwoman Nguyễn Thị Kim Ngân visited Peru (March 2013).",
        (Cite(S1, Q_PE_VN_VISITS),),
        event_date="2013-03",
    ),
    F(
        PE,
        "visit-tran-dai-quang-2016",
        "visits",
        "event",
        "Chủ tịch nước Trần Đại Quang thăm Peru (tháng 11/2016).",
        "President Trần Đại Quang visited Peru (November 2016).",
        (Cite(S1, Q_PE_VN_VISITS),),
        event_date="2016-11",
    ),
    F(
        PE,
        "meeting-vo-van-thuong-boluarte-2023",
        "visits",
        "event",
        "Ngày 17/11/2023, tại San Francisco (Hoa Kỳ), nhân dịp Hội nghị Cấp cao APEC lần thứ 30, "
        "Chủ tịch nước Võ Văn Thưởng gặp Tổng thống Peru Dina Boluarte.",
        "On 17 November 2023 in San Francisco (United States), on the sidelines of the 30th APEC "
        "Summit, President Võ Văn Thưởng met Peruvian President Dina Boluarte.",
        (
            Cite(
                S3,
                "Sáng 17/11 theo giờ địa phương, tại thành phố San Francisco, Hoa Kỳ, trong buổi "
                "gặp Tổng thống Peru Dina Ercilia Boluarte Zegarra, nhân dịp tham dự Hội nghị Cấp "
                "cao APEC lần thứ 30",
            ),
        ),
        event_date="2023-11-17",
    ),
    F(
        PE,
        "visit-luong-cuong-2024-11",
        "visits",
        "event",
        "Chủ tịch nước Lương Cường thăm chính thức Peru và dự Tuần lễ Cấp cao APEC 2024 tại Lima "
        "từ ngày 12 đến 16/11/2024, theo lời mời của Tổng thống Dina Boluarte.",
        "President Lương Cường paid an official visit to Peru and attended APEC Economic Leaders' "
        "Week 2024 in Lima on 12–16 November 2024, at the invitation of President Dina Boluarte.",
        (
            Cite(
                S1,
                "Chủ tịch nước Lương Cường cùng Đoàn đại biểu cấp cao Việt Nam bắt đầu thăm chính "
                "thức Cộng hòa Peru và tham dự Tuần lễ Cấp cao Diễn đàn Hợp tác kinh tế Châu Á - "
                "Thái Bình Dương (APEC) 2024 tại Lima từ 12 - 16/11 theo lời mời của Tổng thống "
                "Cộng hòa Peru Dina Ercilia Boluarte Zegarra.",
            ),
            Cite(S0, Q_LC_TRIP_000),
        ),
        event_date="2024-11-12",
    ),
    F(
        PE,
        "highest-level-visit-2024",
        "visits",
        "statement",
        "Chuyến thăm chính thức Chile và Peru của Chủ tịch nước Lương Cường là chuyến thăm cấp "
        "cao nhất của lãnh đạo Việt Nam đến Nam Mỹ trong năm 2024.",
        "President Lương Cường's official visits to Chile and Peru were the highest-level visit "
        "by a Vietnamese leader to South America in 2024.",
        (Cite(S0, Q_HIGHEST_VISIT),),
        as_of="2024-11",
    ),
    # ---- mechanisms
    F(
        PE,
        "mechanism-political-consultations",
        "mechanisms",
        "statement",
        "Việt Nam và Peru có cơ chế tham vấn chính trị cấp Thứ trưởng Ngoại giao.",
        "Viet Nam and Peru hold political consultations at Deputy Foreign Minister level.",
        (
            Cite(S1, "cơ chế tham vấn chính trị giữa hai nước cấp Thứ trưởng Ngoại giao"),
            Cite(S0, Q_PE_MECHANISMS_000),
        ),
    ),
    F(
        PE,
        "mechanism-intergovernmental-committee",
        "mechanisms",
        "statement",
        "Việt Nam và Peru có Ủy ban liên Chính phủ về các vấn đề kinh tế và hợp tác kỹ thuật cấp "
        "Thứ trưởng.",
        "Viet Nam and Peru have an Intergovernmental Committee on economic issues and technical "
        "cooperation at Deputy Minister level.",
        (
            Cite(
                S1,
                "Ủy ban liên chính phủ về các vấn đề kinh tế và hợp tác kỹ thuật ở cấp Thứ trưởng",
            ),
            Cite(S0, Q_PE_MECHANISMS_000),
        ),
    ),
    # ---- agreements
    F(
        PE,
        "agreements-many-fields",
        "agreements",
        "statement",
        "Việt Nam và Peru đã ký nhiều hiệp định và thỏa thuận hợp tác trong các lĩnh vực kinh tế – "
        "thương mại, nông nghiệp, thủy sản, khoa học – công nghệ.",
        "Viet Nam and Peru have signed many agreements and cooperation arrangements in economy and "
        "trade, agriculture, fisheries, and science and technology.",
        (
            Cite(
                S1,
                "Hai nước Việt Nam và Peru cũng đã ký kết nhiều Hiệp định và Thỏa thuận hợp tác "
                "trên các lĩnh vực kinh tế - thương mại, nông nghiệp, thủy sản, khoa học-công "
                "nghệ.",
            ),
        ),
    ),
    F(
        PE,
        "agreement-visa-diplomatic-official",
        "agreements",
        "statement",
        "Việt Nam và Peru có Hiệp định miễn thị thực cho người mang hộ chiếu ngoại giao và "
        "công vụ.",
        "Viet Nam and Peru have an agreement on visa exemption for holders of diplomatic and "
        "official passports.",
        (Cite(S1, "Hiệp định miễn thị thực đối với người mang hộ chiếu ngoại giao và công vụ"),),
    ),
    F(
        PE,
        "agreement-apec-mou",
        "agreements",
        "statement",
        "Việt Nam và Peru đã ký Bản ghi nhớ (MOU) về hợp tác trong khuôn khổ APEC.",
        "Viet Nam and Peru have signed a memorandum of understanding on cooperation within the "
        "APEC framework.",
        (Cite(S1, "MOU hợp tác trong khuôn khổ APEC"),),
    ),
    F(
        PE,
        "agreement-chambers-of-commerce",
        "agreements",
        "statement",
        "Phòng Thương mại và Công nghiệp hai nước đã ký thỏa thuận hợp tác.",
        "The two countries' chambers of commerce and industry have signed a cooperation agreement.",
        (Cite(S1, "Thỏa thuận hợp tác giữa hai Phòng Thương mại và Công nghiệp"),),
    ),
    # ---- economic
    F(
        PE,
        "trade-2023",
        "economic",
        "figure",
        "Kim ngạch thương mại song phương Việt Nam – Peru năm 2023 đạt gần 500 triệu USD.",
        "Bilateral trade between Viet Nam and Peru reached nearly USD 500 million in 2023.",
        (
            Cite(
                S1, "Kim ngạch thương mại song phương năm 2023 giữa hai nước đạt gần 500 triệu USD"
            ),
        ),
        period="2023",
        value=500_000_000,
        unit="USD",
        qualifier="approx",
        metric="trade.total",
    ),
    F(
        PE,
        "trade-7m-2024",
        "economic",
        "figure",
        "Trong 7 tháng đầu năm 2024, kim ngạch thương mại song phương Việt Nam – Peru đạt gần 300 "
        "triệu USD.",
        "In the first seven months of 2024, bilateral trade between Viet Nam and Peru reached "
        "nearly USD 300 million.",
        (
            Cite(
                S1,
                "Kim ngạch thương mại song phương năm 2023 giữa hai nước đạt gần 500 triệu USD, "
                "trong 7 tháng đầu năm 2024 đạt gần 300 triệu USD.",
            ),
        ),
        period="2024-01..2024-07",
        value=300_000_000,
        unit="USD",
        qualifier="approx",
        metric="trade.total",
    ),
    F(
        PE,
        "peru-6th-partner-in-latam",
        "economic",
        "figure",
        "Peru là đối tác thương mại lớn thứ sáu của Việt Nam tại khu vực Mỹ Latinh.",
        "Peru is Viet Nam's sixth-largest trading partner in Latin America.",
        (
            Cite(
                S0,
                "Hiện Peru là nước có đầu tư của Việt Nam lớn nhất ở Mỹ Latin, đồng thời là đối "
                "tác thương mại lớn thứ sáu của Việt Nam tại khu vực",
            ),
            Cite(
                S1,
                "Peru là nước có đầu tư trực tiếp lớn nhất của Việt Nam tại khu vực Mỹ Latinh; là "
                "bạn hàng lớn thứ 6 của Việt Nam tại khu vực",
            ),
        ),
        as_of="2024-11",
        value=6,
        unit="rank",
        metric="trade.partner_rank_in_latam",
    ),
    F(
        PE,
        "vn-largest-partner-in-asean",
        "economic",
        "figure",
        "Việt Nam là đối tác thương mại lớn nhất của Peru trong ASEAN.",
        "Viet Nam is Peru's largest trading partner in ASEAN.",
        (
            Cite(S0, "Việt Nam là đối tác thương mại lớn nhất của Peru trong ASEAN"),
            Cite(S1, "Việt Nam là đối tác thương mại lớn nhất của Peru trong ASEAN"),
        ),
        as_of="2024-11",
        value=1,
        unit="rank",
        metric="trade.home_rank_in_asean",
    ),
    F(
        PE,
        "exports-to-peru",
        "economic",
        "statement",
        "Hàng xuất khẩu của Việt Nam sang Peru gồm giày dép, clinker và xi măng, máy tính, đồ điện "
        "tử và linh kiện, xơ sợi dệt may, cao su, hàng thủy sản và sản phẩm nội thất.",
        "Viet Nam's exports to Peru include footwear, clinker and cement, computers, electronics "
        "and components, textile fibres and yarn, rubber, seafood and furniture.",
        (
            Cite(
                S1,
                "Hàng hóa của Việt Nam xuất khẩu sang Peru gồm giày dép, clanker và xi-măng, máy "
                "tính, đồ điện tử và linh kiện, xơ sợi dệt may, cao su, hàng thủy sản và sản phẩm "
                "nội thất",
            ),
        ),
        as_of="",
    ),
    F(
        PE,
        "imports-from-peru",
        "economic",
        "statement",
        "Việt Nam nhập khẩu từ Peru bột cá, dầu cá và nguyên phụ liệu chế biến.",
        "Viet Nam imports fishmeal, fish oil and processing inputs from Peru.",
        (Cite(S1, "trong khi nhập khẩu bột cá, dầu cá và nguyên phụ liệu chế biến"),),
    ),
    # ---- investment
    F(
        PE,
        "peru-largest-vn-investment-in-latam",
        "investment",
        "figure",
        "Peru là nước nhận đầu tư trực tiếp của Việt Nam lớn nhất tại khu vực Mỹ Latinh.",
        "Peru is the largest destination of Vietnamese direct investment in Latin America.",
        (
            Cite(S0, "Hiện Peru là nước có đầu tư của Việt Nam lớn nhất ở Mỹ Latin"),
            Cite(
                S1, "Peru là nước có đầu tư trực tiếp lớn nhất của Việt Nam tại khu vực Mỹ Latinh"
            ),
        ),
        as_of="2024-11",
        value=1,
        unit="rank",
        metric="investment.destination_rank_in_latam",
    ),
    F(
        PE,
        "viettel-pvep-over-1bn",
        "investment",
        "figure",
        "Tại Peru có các dự án đầu tư lớn của Việt Nam trong lĩnh vực viễn thông và khai khoáng "
        "của Tập đoàn Viettel và Tổng Công ty Thăm dò Khai thác Dầu khí (PVEP), với tổng vốn hơn "
        "1 tỷ USD.",
        "Major Vietnamese investment projects in Peru, in telecommunications and extractive "
        "industries, by the Viettel Group and PetroVietnam Exploration Production Corporation "
        "(PVEP), total more than USD 1 billion.",
        (
            Cite(
                S1,
                "Về đầu tư, tại Peru có sự hiện diện của các dự án đầu tư lớn của Việt Nam trong "
                "các lĩnh vực viễn thông và khai khoáng của Tập đoàn Công nghiệp - Viễn thông Quân "
                "đội (Viettel) và Tổng Công ty thăm dò khai thác dầu khí (PVEP) với số vốn hơn 1 "
                "tỷ USD.",
            ),
        ),
        as_of="2024-11",
        value=1_000_000_000,
        unit="USD",
        qualifier="more_than",
        metric="investment.total",
    ),
    F(
        PE,
        "peru-support-for-vn-projects",
        "investment",
        "statement",
        "Việt Nam cảm ơn và đánh giá cao sự hợp tác, hỗ trợ của Chính phủ Peru đối với các dự án "
        "viễn thông, dầu khí của Việt Nam, mong Peru tiếp tục tạo điều kiện cho doanh nghiệp Việt "
        "Nam mở rộng thị trường, kinh doanh tại Peru.",
        "Viet Nam has thanked the Peruvian Government for its cooperation and support for Viet "
        "Nam's telecommunications and oil and gas projects, and hopes Peru will keep helping "
        "Vietnamese businesses expand and operate there.",
        (
            Cite(
                S3,
                "Chủ tịch nước cảm ơn và đánh giá cao sự hợp tác, hỗ trợ của Chính phủ Peru trong "
                "những năm qua đối với các dự án viễn thông, dầu khí của Việt Nam và mong Chính "
                "phủ Peru tiếp tục quan tâm, tạo điều kiện cho các doanh nghiệp Việt Nam mở rộng "
                "thị trường, hoạt động kinh doanh tại Peru.",
            ),
        ),
        as_of="2023-11-17",
    ),
    F(
        PE,
        "peru-welcomes-vn-business",
        "investment",
        "statement",
        "Chính phủ Peru hoan nghênh, tạo điều kiện thuận lợi cho doanh nghiệp Việt Nam hoạt động "
        "tại Peru; Tổng thống Peru đánh giá cao các dự án hợp tác của Việt Nam vì mang lại lợi ích "
        "thiết thực cho hai nước.",
        "The Peruvian Government welcomes Vietnamese businesses and facilitates their operations "
        "in Peru; Peru's President praised Viet Nam's cooperation projects for bringing practical "
        "benefits to both countries.",
        (
            Cite(
                S3,
                "Tổng thống Peru đánh giá cao các dự án hợp tác của Việt Nam mang lại lợi ích "
                "thiết thực cho hai nước và cho biết, Chính phủ Peru luôn hoan nghênh, tạo điều "
                "kiện thuận lợi cho doanh nghiệp Việt Nam hoạt động tại nước này.",
            ),
        ),
        as_of="2023-11-17",
    ),
    # ---- multilateral
    F(
        PE,
        "shared-memberships",
        "multilateral",
        "statement",
        "Việt Nam và Peru cùng là thành viên Liên hợp quốc, APEC, Hiệp định CPTPP và Diễn đàn Hợp "
        "tác Đông Á – Mỹ Latinh (FEALAC).",
        "Viet Nam and Peru are both members of the United Nations, APEC, the CPTPP and the Forum "
        "for East Asia–Latin America Cooperation (FEALAC).",
        (
            Cite(
                S1,
                "cùng là thành viên trong Liên Hợp Quốc, Diễn đàn APEC, Hiệp định Đối tác toàn "
                "diện và tiến bộ xuyên Thái Bình Dương (CPTPP) và Diễn đàn hợp tác Đông Á - Mỹ "
                "Latinh (FEALAC)",
            ),
            Cite(S0, "Hai bên cùng là thành viên CPTPP"),
        ),
    ),
    F(
        PE,
        "mutual-support-candidatures",
        "multilateral",
        "statement",
        "Trên các diễn đàn đa phương, Việt Nam và Peru có nhiều điểm tương đồng và trao đổi ủng "
        "hộ ứng cử của nhau.",
        "In multilateral forums Viet Nam and Peru share many positions and exchange support for "
        "each other's candidates.",
        (
            Cite(
                S1,
                "trên các diễn đàn đa phương, Việt Nam - Peru đều có những điểm tương đồng, trao "
                "đổi ủng hộ các ứng cử viên",
            ),
        ),
    ),
    F(
        PE,
        "peru-coordination-un-asean",
        "multilateral",
        "statement",
        "Peru khẳng định tiếp tục phối hợp hiệu quả với Việt Nam tại Liên hợp quốc và các cơ chế "
        "đa phương, thúc đẩy hợp tác với ASEAN.",
        "Peru has affirmed that it will keep coordinating effectively with Viet Nam at the United "
        "Nations and in multilateral mechanisms, and will promote cooperation with ASEAN.",
        (
            Cite(
                S3,
                "khẳng định sẽ tiếp tục phối hợp hiệu quả với Việt Nam tại Liên hợp quốc và các "
                "cơ chế đa phương quốc tế, thúc đẩy hợp tác với ASEAN",
            ),
        ),
        as_of="2023-11-17",
    ),
    F(
        PE,
        "asean-pacific-alliance",
        "multilateral",
        "statement",
        "Hai bên cần nâng cao hiệu quả hợp tác trong APEC, CPTPP và thúc đẩy hợp tác giữa ASEAN và "
        "Liên minh Thái Bình Dương.",
        "The two sides should make their cooperation in APEC and the CPTPP more effective and "
        "promote cooperation between ASEAN and the Pacific Alliance.",
        (
            Cite(
                S1,
                "Đồng thời nâng cao hơn nữa hiệu quả hợp tác trong các cơ chế mà cả hai bên là "
                "thành viên như Diễn đàn hợp tác kinh tế châu Á-Thái Bình Dương (APEC), Hiệp định "
                "Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP), thúc đẩy hợp tác giữa "
                "Hiệp hội các quốc gia Đông Nam Á (ASEAN) và Liên minh Thái Bình Dương (AP).",
            ),
        ),
    ),
    F(
        PE,
        "apec-peru-host-2024",
        "multilateral",
        "statement",
        "Peru là chủ nhà Năm APEC 2024 với chủ đề “Trao quyền. Bao trùm. Tăng trưởng”; Việt Nam "
        "khẳng định phối hợp chặt chẽ với Peru vì thành công của Năm APEC 2024.",
        "Peru hosted APEC 2024 under the theme “Empower. Include. Grow.”; Viet Nam pledged to "
        "work closely with Peru for the success of APEC 2024.",
        (
            Cite(
                S0,
                "Với chủ đề Năm APEC 2024 là “Trao quyền. Bao trùm. Tăng trưởng”, chủ nhà Peru "
                "tiếp tục đề cao tăng trưởng bao trùm",
            ),
            Cite(
                S3,
                "khẳng định sẽ phối hợp chặt chẽ với Peru hướng tới thành công của năm APEC 2024 "
                "tại Peru",
            ),
        ),
    ),
    F(
        PE,
        "apec-vn-joined-1998",
        "multilateral",
        "event",
        "Việt Nam gia nhập APEC năm 1998.",
        "Viet Nam joined APEC in 1998.",
        (Cite(S0, "Từ khi tham gia APEC năm 1998, Việt Nam đã đóng góp tích cực, chủ động"),),
        event_date="1998",
    ),
    F(
        PE,
        "apec-vn-hosted-2006-2017",
        "multilateral",
        "statement",
        "Việt Nam đã hai lần đảm nhiệm thành công vai trò chủ nhà APEC (năm 2006 và 2017).",
        "Viet Nam has twice successfully hosted APEC (2006 and 2017).",
        (
            Cite(
                S0,
                "Việt Nam là một trong số không nhiều thành viên đã hai lần đảm nhiệm thành công "
                "vai trò chủ nhà APEC (năm 2006 và 2017)",
            ),
        ),
    ),
    F(
        PE,
        "apec-vn-host-2027",
        "multilateral",
        "event",
        "Việt Nam sẽ đảm nhiệm vai trò chủ nhà APEC năm 2027.",
        "Viet Nam will host APEC in 2027.",
        (Cite(S0, "hướng đến đảm nhiệm cương vị chủ nhà APEC năm 2027"),),
        event_date="2027",
    ),
    # ---- people
    F(
        PE,
        "peruvian-support-remembered",
        "people",
        "statement",
        "Việt Nam luôn ghi nhớ tình cảm và sự ủng hộ của nhân dân Peru đối với Việt Nam trong công "
        "cuộc bảo vệ đất nước trước đây cũng như xây dựng đất nước hiện nay.",
        "Viet Nam remembers the Peruvian people's affection and support for Viet Nam in defending "
        "the country in the past and in building it today.",
        (
            Cite(
                S3,
                "luôn ghi nhớ tình cảm và sự ủng hộ của nhân dân Peru đối với Việt Nam trong công "
                "cuộc bảo vệ đất nước trước đây và xây dựng đất nước ngày nay",
            ),
        ),
        as_of="2023-11-17",
    ),
    F(
        PE,
        "student-scholar-exchanges",
        "people",
        "statement",
        "Các chương trình trao đổi sinh viên, học giả và văn hóa có thể giúp nâng cao hiểu biết và "
        "gắn kết giữa nhân dân hai nước.",
        "Student, scholar and cultural exchange programmes can deepen mutual understanding and "
        "ties between the two peoples.",
        (
            Cite(
                S1,
                "việc thực hiện các chương trình trao đổi sinh viên, học giả và văn hóa có thể "
                "giúp nâng cao sự hiểu biết và gắn kết giữa hai dân tộc",
            ),
        ),
    ),
    # ---- proposals
    F(
        PE,
        "proposal-embassy-in-lima",
        "proposals",
        "statement",
        "Tổng thống Peru đề nghị Việt Nam xem xét mở Đại sứ quán tại Lima.",
        "Peru's President proposed that Viet Nam consider opening an embassy in Lima.",
        (Cite(S3, Q_PE_LIMA),),
        as_of="2023-11-17",
    ),
    F(
        PE,
        "proposal-visa-exemption-citizens",
        "proposals",
        "statement",
        "Tổng thống Peru đề nghị hai nước ký hiệp định miễn thị thực cho công dân hai nước.",
        "Peru's President proposed that the two countries sign a visa exemption agreement for "
        "their citizens.",
        (Cite(S3, Q_PE_LIMA),),
        as_of="2023-11-17",
    ),
    F(
        PE,
        "proposal-investment-tax-agreements",
        "proposals",
        "statement",
        "Việt Nam đề nghị sớm khởi động đàm phán Hiệp định bảo hộ đầu tư và Hiệp định tránh đánh "
        "thuế hai lần với Peru.",
        "Viet Nam proposed starting negotiations soon on an investment protection agreement and a "
        "double taxation avoidance agreement with Peru.",
        (
            Cite(
                S3,
                "sớm khởi động đàm phán Hiệp định bảo hộ đầu tư và Hiệp định tránh đánh thuế hai "
                "lần để tạo thuận lợi cho hợp tác kinh tế-đầu tư",
            ),
        ),
        as_of="2023-11-17",
    ),
    F(
        PE,
        "proposal-untapped-sectors",
        "proposals",
        "statement",
        "Hai bên cần khai thác thêm tiềm năng hợp tác còn nhiều dư địa, nhất là trong viễn thông, "
        "khoa học kỹ thuật, nông nghiệp, khai khoáng, du lịch và văn hóa.",
        "The two sides should tap further cooperation potential, especially in telecommunications, "
        "science and technology, agriculture, mining, tourism and culture.",
        (
            Cite(
                S1,
                "thời gian tới hai bên cần tiếp tục đẩy mạnh khai thác thêm các tiềm năng hợp tác "
                "còn nhiều dư địa trong quan hệ hai nước, đặc biệt trong các lĩnh vực viễn thông, "
                "khoa học kỹ thuật, nông nghiệp, khai khoáng, du lịch, văn hóa",
            ),
        ),
    ),
    # ---- talking points
    F(
        PE,
        "tp-new-height",
        "talking_points",
        "statement",
        "Việt Nam mong muốn củng cố, thúc đẩy quan hệ với Peru đi vào chiều sâu, thiết thực, hiệu "
        "quả và đưa quan hệ lên một tầm cao mới.",
        "Viet Nam wishes to consolidate and deepen its relations with Peru, making them more "
        "practical and effective, and to raise them to a new height.",
        (
            Cite(
                S1,
                "Việt Nam luôn coi trọng và mong muốn củng cố, thúc đẩy quan hệ với Peru tiếp tục "
                "đi vào chiều sâu, thiết thực và hiệu quả và hướng tới đưa quan hệ lên một tầm cao "
                "mới",
            ),
        ),
    ),
    F(
        PE,
        "tp-new-stage",
        "talking_points",
        "statement",
        "Chuyến thăm của Chủ tịch nước Lương Cường dịp kỷ niệm 30 năm quan hệ ngoại giao góp phần "
        "đưa quan hệ hợp tác nhiều mặt Việt Nam – Peru bước vào giai đoạn phát triển mới năng "
        "động, thực chất và hiệu quả.",
        "President Lương Cường's visit in the 30th anniversary year helps bring Viet Nam–Peru "
        "multifaceted cooperation into a new, dynamic, substantive and effective stage.",
        (
            Cite(
                S0,
                "quan hệ hợp tác nhiều mặt Việt Nam-Peru bước vào giai đoạn phát triển mới năng "
                "động, thực chất và hiệu quả",
            ),
            Cite(
                S1,
                "Chuyến thăm chính thức của Chủ tịch nước Lương Cường tới Cộng hòa Peru trong bối "
                "cảnh kỷ niệm 30 năm thiết lập quan hệ ngoại giao giữa Việt Nam và Peru là một dấu "
                "mốc quan trọng",
            ),
        ),
        as_of="2024-11",
    ),
    F(
        PE,
        "tp-deepen-fields",
        "talking_points",
        "statement",
        "Việt Nam mong muốn tăng cường hơn nữa quan hệ hữu nghị và hợp tác nhiều mặt với Peru, "
        "nhất là về chính trị – ngoại giao, kinh tế – thương mại – đầu tư, văn hóa, du lịch và "
        "giao lưu nhân dân.",
        "Viet Nam wishes to further strengthen its friendship and multifaceted cooperation with "
        "Peru, particularly in politics and diplomacy, economy, trade and investment, culture, "
        "tourism and people-to-people exchanges.",
        (
            Cite(
                S3,
                "Việt Nam mong muốn tăng cường hơn nữa quan hệ hữu nghị và hợp tác nhiều mặt giữa "
                "hai nước, nhất là về chính trị-ngoại giao, kinh tế-thương mại-đầu tư, văn hóa, du "
                "lịch, giao lưu nhân dân",
            ),
        ),
        as_of="2023-11-17",
    ),
    F(
        PE,
        "tp-economy-match-politics",
        "talking_points",
        "statement",
        "Hai bên cần thúc đẩy hợp tác kinh tế – thương mại tương xứng với quan hệ chính trị – "
        "ngoại giao ngày càng phát triển tốt đẹp.",
        "The two sides should bring economic and trade cooperation up to the level of their "
        "increasingly good political and diplomatic relations.",
        (
            Cite(
                S3,
                "hai bên cần thúc đẩy quan hệ hợp tác kinh tế-thương mại tương xứng với quan hệ "
                "chính trị-ngoại giao đang ngày càng phát triển tốt đẹp",
            ),
        ),
        as_of="2023-11-17",
    ),
    F(
        PE,
        "tp-exchanges-mechanisms-cptpp",
        "talking_points",
        "statement",
        "Việt Nam đề nghị tăng cường tiếp xúc, trao đổi đoàn cấp cao và các cấp, phát huy hiệu quả "
        "các cơ chế hợp tác song phương, nhất là về kinh tế – thương mại – đầu tư, và phối hợp "
        "khai thác hiệu quả Hiệp định CPTPP.",
        "Viet Nam called for more contacts and exchanges of delegations at high and other levels, "
        "more effective bilateral cooperation mechanisms, particularly in economy, trade and "
        "investment, and joint efforts to make full use of the CPTPP.",
        (
            Cite(
                S3,
                "nhấn mạnh nhu cầu tăng cường các hoạt động tiếp xúc và trao đổi đoàn cấp cao và "
                "các cấp giữa hai nước, phát huy hiệu quả các cơ chế hợp tác song phương, nhất là "
                "trong lĩnh vực kinh tế-thương mại-đầu tư, tăng cường phối hợp khai thác hiệu quả "
                "Hiệp định CPTPP",
            ),
        ),
        as_of="2023-11-17",
    ),
)


# --------------------------------------------------------------------------- building

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PERIOD = re.compile(r"^\d{4}(-\d{2})?(\.\.\d{4}(-\d{2})?)?$")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def source_uuid(key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"source/{key}"))


def fact_uuid(pair: str, slug: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"fact/{pair}/{slug}"))


def locate(body: str, cite: Cite, where: str) -> tuple[int, int]:
    """Offsets of the quote in the body; the quote must be unique or its occurrence given."""
    quote = cite.quote
    if not quote or quote != quote.strip():
        raise ValueError(f"{where}: empty quote or quote with surrounding spaces: {quote!r}")
    starts: list[int] = []
    at = body.find(quote)
    while at >= 0:
        starts.append(at)
        at = body.find(quote, at + 1)
    if not starts:
        raise ValueError(f"{where}: quote not found in {cite.source}: {quote!r}")
    if cite.occurrence is None:
        if len(starts) > 1:
            raise ValueError(f"{where}: quote occurs {len(starts)} times, give occurrence")
        start = starts[0]
    else:
        if not 0 <= cite.occurrence < len(starts) or len(starts) == 1:
            raise ValueError(f"{where}: occurrence {cite.occurrence} of {len(starts)}")
        start = starts[cite.occurrence]
    end = start + len(quote)
    assert body[start:end] == quote
    return start, end


def check_fact(fact: F, country_codes: set[str]) -> None:
    where = f"{fact.pair}/{fact.slug}"
    home, _, partner = fact.pair.partition("-")
    if home != "VN" or partner not in country_codes:
        raise ValueError(f"{where}: bad pair")
    if not _SLUG.match(fact.slug):
        raise ValueError(f"{where}: bad slug")
    if fact.topic not in TOPIC_KEYS or fact.kind not in KINDS:
        raise ValueError(f"{where}: bad topic or kind")
    if fact.qualifier not in QUALIFIERS or fact.rank not in RANKS:
        raise ValueError(f"{where}: bad qualifier or rank")
    for text in (fact.vi, fact.en):
        if not text or text != normalise(text) or "  " in text or text != text.strip():
            raise ValueError(f"{where}: statement is empty, not NFC or badly spaced: {text!r}")
    for name, value in (("event_date", fact.event_date), ("as_of", fact.as_of)):
        if value and not _DATE.match(value):
            raise ValueError(f"{where}: bad {name} {value!r}")
    if fact.period and not _PERIOD.match(fact.period):
        raise ValueError(f"{where}: bad period {fact.period!r}")
    if fact.kind == "event" and not fact.event_date:
        raise ValueError(f"{where}: an event needs its event_date")
    if fact.kind != "event" and fact.event_date:
        # A dated statement or figure carries the date it holds at in as_of, so that a
        # timeline never shows "2024-08-25: the two countries hold political consultations".
        raise ValueError(f"{where}: only events carry an event_date (use as_of)")
    if fact.kind == "figure":
        if fact.value is None or not fact.unit or not fact.metric:
            raise ValueError(f"{where}: a figure needs value, unit and metric")
        if not (fact.period or fact.as_of):
            raise ValueError(f"{where}: a figure needs a period or an as-of date")
    elif fact.value is not None or fact.unit or fact.metric or fact.qualifier != "exact":
        raise ValueError(f"{where}: only figures carry value, unit, metric, qualifier")
    if not fact.cites:
        raise ValueError(f"{where}: no citation")


def build_pack(seed_dir: Path) -> dict[str, object]:
    country_codes = {code for code, _, _ in COUNTRIES}
    sources: list[dict[str, object]] = []
    bodies: dict[str, str] = {}
    for seed in SEEDS:
        raw = read_raw(seed_dir, seed)
        cleaned = clean(seed, raw)
        body = body_of(cleaned)
        bodies[seed.key] = body
        if seed.published_on and not _DATE.match(seed.published_on):
            raise ValueError(f"{seed.key}: bad published_on")
        sources.append(
            {
                "key": seed.key,
                "uuid": source_uuid(seed.key),
                "kind": "article",
                "title": cleaned.title,
                "outlet": seed.outlet,
                "author": seed.author,
                "url": seed.url,
                "published_on": seed.published_on,
                "retrieved_on": "",
                "language": "vi",
                "raw": raw,
                "body": body,
            }
        )

    topic_order = {key: i for i, key in enumerate(TOPIC_KEYS)}
    ordered = sorted(
        enumerate(FACTS), key=lambda item: (item[1].pair, topic_order[item[1].topic], item[0])
    )
    facts: list[dict[str, object]] = []
    seen: set[str] = set()
    for _, fact in ordered:
        check_fact(fact, country_codes)
        fid = fact_uuid(fact.pair, fact.slug)
        if fid in seen:
            raise ValueError(f"{fact.pair}/{fact.slug}: duplicate slug")
        seen.add(fid)
        citations = []
        for cite in fact.cites:
            if cite.source not in bodies:
                raise ValueError(f"{fact.pair}/{fact.slug}: unknown source {cite.source}")
            start, end = locate(bodies[cite.source], cite, f"{fact.pair}/{fact.slug}")
            citations.append(
                {"source": cite.source, "quote": cite.quote, "start": start, "end": end}
            )
        facts.append(
            {
                "uuid": fid,
                "pair": fact.pair,
                "topic": fact.topic,
                "kind": fact.kind,
                "statement_vi": fact.vi,
                "statement_en": fact.en,
                "event_date": fact.event_date,
                "as_of": fact.as_of,
                "period": fact.period,
                "value": fact.value,
                "unit": fact.unit,
                "qualifier": fact.qualifier,
                "metric": fact.metric,
                "rank": fact.rank,
                "status": "approved",
                "citations": citations,
            }
        )

    return {
        "format": FORMAT,
        "version": VERSION,
        "countries": [
            {"code": code, "name_vi": name_vi, "name_en": name_en}
            for code, name_vi, name_en in COUNTRIES
        ],
        "sources": sources,
        "facts": facts,
    }


def render(pack: dict[str, object]) -> bytes:
    """The pack as UTF-8 JSON: insertion-ordered keys, indent 1, one trailing newline."""
    return (json.dumps(pack, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def build(seed_dir: Path | None = None) -> bytes:
    return render(build_pack(seed_dir or find_seed_dir()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", help="folder of the seed articles (default: ../shared/seeds)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="where to write pack.json")
    parser.add_argument("--check", action="store_true", help="only check --out is up to date")
    args = parser.parse_args(argv)
    data = build(find_seed_dir(args.seeds))
    out = Path(args.out)
    if args.check:
        if not out.is_file() or out.read_bytes() != data:
            print(f"{out} is out of date: run tools/build_demo_pack.py", file=sys.stderr)
            return 1
        print(f"{out} is up to date", file=sys.stderr)
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_bytes(data)
    tmp.replace(out)
    pack = json.loads(data)
    counts: dict[str, int] = {}
    for fact in pack["facts"]:
        counts[fact["pair"]] = counts.get(fact["pair"], 0) + 1
    print(f"wrote {out}: {len(pack['sources'])} sources, facts {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
