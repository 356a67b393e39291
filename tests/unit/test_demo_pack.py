"""The demo fact pack (``resources/demo/pack.json``) that ``briefer init --demo`` loads.

These tests read only the shipped JSON; the regeneration test also needs the seed articles
(``../shared/seeds``) and is skipped where they are absent (an installed app, a bare checkout).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
import uuid
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from briefer.domain.model import KINDS, QUALIFIERS, RANKS, STATUSES
from briefer.domain.topics import TOPIC_KEYS
from briefer.resources import demo_pack_path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tools" / "build_demo_pack.py"
SEED_DIRS = (Path("/work/shared/seeds"), REPO.parent / "shared" / "seeds")

# Page furniture that must never be left in a cleaned body.
DEBRIS = (
    "\u00d0",  # Ð written for Đ
    "\u00f0",
    "\u00a0",
    "0:00",
    ".jpg",
    "(Ảnh:",
    "ảnh 2",
    "Tin liên quan",
    "Tin cùng chuyên mục",
    "Đọc thêm",
    "Phiên bản di động",
    "Theo dõi",
    "Giá vàng",
    "2026",
    "Nguồn VOV",
    "Việt Cường/VOV",
    "(TTXVN/Vietnam+)",
    "(từ Santiago, Chile)",
    "Nam Đàn",  # seed 004's sidebar, not its article
    "Salvador Allende",  # idem
)


@cache
def _pack() -> dict[str, Any]:
    with demo_pack_path().open(encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture
def pack() -> dict[str, Any]:
    return _pack()


def _sources(pack: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {source["key"]: source for source in pack["sources"]}


def _paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


def test_format_and_version(pack: dict[str, Any]) -> None:
    assert pack["format"] == "briefer-demo-pack"
    assert pack["version"] == 1
    assert list(pack) == ["format", "version", "countries", "sources", "facts"]


def test_file_is_canonical_json() -> None:
    data = demo_pack_path().read_bytes()
    assert data.endswith(b"\n")
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    assert json.dumps(json.loads(text), ensure_ascii=False, indent=1) + "\n" == text


def test_countries(pack: dict[str, Any]) -> None:
    codes = [country["code"] for country in pack["countries"]]
    assert len(codes) == len(set(codes))
    assert {"VN", "CL", "PE"} <= set(codes)
    by_code = {country["code"]: country for country in pack["countries"]}
    assert by_code["VN"] == {"code": "VN", "name_vi": "Việt Nam", "name_en": "Viet Nam"}
    for country in pack["countries"]:
        assert re.fullmatch(r"[A-Z]{2}", country["code"])
        assert country["name_vi"] and country["name_en"]
    for fact in pack["facts"]:
        home, partner = fact["pair"].split("-")
        assert home == "VN"
        assert partner in by_code


@pytest.mark.parametrize("pair", ["VN-CL", "VN-PE"])
def test_at_least_25_approved_facts_per_pair(pack: dict[str, Any], pair: str) -> None:
    approved = [f for f in pack["facts"] if f["pair"] == pair and f["status"] == "approved"]
    assert len(approved) >= 25


@pytest.mark.parametrize("pair", ["VN-CL", "VN-PE"])
def test_main_topics_are_covered(pack: dict[str, Any], pair: str) -> None:
    topics = {f["topic"] for f in pack["facts"] if f["pair"] == pair}
    assert topics >= {
        "overview",
        "diplomatic",
        "visits",
        "mechanisms",
        "agreements",
        "economic",
        "multilateral",
        "people",
        "proposals",
        "talking_points",
    }


def test_fact_fields(pack: dict[str, Any]) -> None:
    keys = [
        "uuid",
        "pair",
        "topic",
        "kind",
        "statement_vi",
        "statement_en",
        "event_date",
        "as_of",
        "period",
        "value",
        "unit",
        "qualifier",
        "metric",
        "rank",
        "status",
        "citations",
    ]
    iso = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
    period = re.compile(r"\d{4}(-\d{2})?(\.\.\d{4}(-\d{2})?)?")
    for fact in pack["facts"]:
        assert list(fact) == keys, fact["uuid"]
        assert fact["topic"] in TOPIC_KEYS
        assert fact["kind"] in KINDS
        assert fact["qualifier"] in QUALIFIERS
        assert fact["rank"] in RANKS
        assert fact["status"] in STATUSES
        for lang in ("statement_vi", "statement_en"):
            text = fact[lang]
            assert text and text == text.strip() and "  " not in text
            assert unicodedata.is_normalized("NFC", text)
            assert "\u00d0" not in text and "\u00a0" not in text
        for name in ("event_date", "as_of"):
            assert fact[name] == "" or iso.fullmatch(fact[name]), fact[name]
        assert fact["period"] == "" or period.fullmatch(fact["period"])
        if fact["kind"] == "event":
            assert fact["event_date"], fact["statement_en"]
        else:
            assert fact["event_date"] == "", fact["statement_en"]
        if fact["kind"] == "figure":
            assert isinstance(fact["value"], int | float)
            assert fact["unit"] and fact["metric"]
            assert fact["period"] or fact["as_of"]
        else:
            assert fact["value"] is None and fact["unit"] == "" and fact["metric"] == ""


def test_every_citation_points_at_its_quote(pack: dict[str, Any]) -> None:
    sources = _sources(pack)
    for fact in pack["facts"]:
        assert fact["citations"], fact["statement_en"]
        for citation in fact["citations"]:
            assert list(citation) == ["source", "quote", "start", "end"]
            body = sources[citation["source"]]["body"]
            quote = citation["quote"]
            assert quote and quote == quote.strip()
            assert 0 <= citation["start"] < citation["end"] <= len(body)
            assert body[citation["start"] : citation["end"]] == quote


def test_uuids_are_unique_and_version_5(pack: dict[str, Any]) -> None:
    ids = [f["uuid"] for f in pack["facts"]] + [s["uuid"] for s in pack["sources"]]
    assert len(ids) == len(set(ids))
    for value in ids:
        assert uuid.UUID(value).version == 5


def test_source_fields(pack: dict[str, Any]) -> None:
    keys = [
        "key",
        "uuid",
        "kind",
        "title",
        "outlet",
        "author",
        "url",
        "published_on",
        "retrieved_on",
        "language",
        "raw",
        "body",
    ]
    assert [s["key"] for s in pack["sources"]] == [f"seed-00{i}" for i in range(5)]
    for source in pack["sources"]:
        assert list(source) == keys
        assert source["kind"] == "article"
        assert source["language"] == "vi"
        assert source["title"] and unicodedata.is_normalized("NFC", source["title"])
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", source["published_on"])


def test_metadata_is_what_the_text_tells(pack: dict[str, Any]) -> None:
    sources = _sources(pack)
    expected = {
        "seed-000": ("", "", "2024-11"),
        "seed-001": ("VOV", "Việt Cường", "2024-11-12"),
        "seed-002": ("TTXVN/Vietnam+", "", "2024-08-25"),
        "seed-003": ("", "", "2023-11-17"),
        "seed-004": ("Báo Quốc tế", "Tuấn Anh", "2024-11-11"),
    }
    for key, (outlet, author, published_on) in expected.items():
        source = sources[key]
        assert (source["outlet"], source["author"], source["published_on"]) == (
            outlet,
            author,
            published_on,
        )
    assert sources["seed-001"]["url"].startswith("https://vov.vn/chinh-tri/dua-quan-he-huu-nghi")
    assert sources["seed-001"]["url"].endswith("-post1134806.vov")
    assert sources["seed-000"]["title"] == (
        "Xung lực mới cho quan hệ giữa Việt Nam với Chile, Peru và hợp tác APEC"
    )


def test_bodies_are_clean(pack: dict[str, Any]) -> None:
    for source in pack["sources"]:
        body = source["body"]
        assert unicodedata.is_normalized("NFC", body)
        for debris in DEBRIS:
            assert debris not in body, (source["key"], debris)
        assert body == body.strip()
        assert "\n\n\n" not in body
        paragraphs = _paragraphs(body)
        for paragraph in paragraphs:
            assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph
        counts = Counter(paragraphs)
        assert max(counts.values()) == 1, source["key"]
        assert not body.startswith(source["title"])


def test_repeated_paragraph_of_seed_000_is_kept_once(pack: dict[str, Any]) -> None:
    body = _sources(pack)["seed-000"]["body"]
    assert body.count("Từ khi tham gia APEC năm 1998, Việt Nam đã đóng góp tích cực") == 1
    assert "Đoàn đại biểu cấp cao" in body  # Ð repaired, not dropped
    assert "Lương Cường dẫn đầu" in body  # the non-breaking space became a space


def test_captions_repeated_as_lines_are_gone(pack: dict[str, Any]) -> None:
    sources = _sources(pack)
    assert "Chủ tịch nước Lương Cường" not in _paragraphs(sources["seed-001"]["body"])
    paragraphs_004 = _paragraphs(sources["seed-004"]["body"])
    assert "Chủ tịch nước Lương Cường tiếp Chủ tịch Thượng viện Chile" not in paragraphs_004
    assert "Tuấn Anh" not in sources["seed-004"]["body"]


# Real paragraphs of each article, as they must appear (whole) in the cleaned body.
KEPT_PARAGRAPHS = {
    "seed-000": [
        "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. Trải qua chặng đường "
        "hơn 50 năm, hợp tác đạt nhiều kết quả tích cực, nhất là sau khi hai nước thiết lập quan "
        "hệ Đối tác toàn diện vào tháng 5/2007. Chile coi trọng và mong muốn tăng cường quan hệ "
        "với các nước châu Á-Thái Bình Dương, trong đó có Việt Nam. Hai bên duy trì thường xuyên "
        "hoạt động trao đổi đoàn.",
        "Việt Nam là một trong số không nhiều thành viên đã hai lần đảm nhiệm thành công vai trò "
        "chủ nhà APEC (năm 2006 và 2017); là một trong những thành viên tích cực nhất trong đề "
        "xuất sáng kiến và dự án hợp tác APEC. Việt Nam cũng có nhiều đóng góp trong công tác điều "
        "hành hoạt động của APEC thông qua đảm nhiệm các vị trí Giám đốc điều hành Ban Thư ký "
        "APEC, Chủ tịch và Phó Chủ tịch tại nhiều Ủy ban và Nhóm công tác chủ chốt của APEC.",
    ],
    "seed-001": [
        "Việt Nam và Peru thiết lập quan hệ ngoại giao từ năm 1994. Trong 30 năm qua, mặc dù cách "
        "xa nhau về địa lý nhưng hai nước đã có những bước tiến đáng kể trong việc thúc đẩy quan "
        "hệ chính trị, ngoại giao cũng như kinh tế, thương mại và đầu tư. Lãnh đạo cấp cao của "
        "hai bên thường xuyên có các cuộc gặp, tiếp xúc song phương nhân dịp tham dự các Hội nghị "
        "quốc tế.",
        "Chuyến thăm được kỳ vọng sẽ là dấu mốc lịch sử, góp phần củng cố nền tảng quan hệ chính "
        "trị tốt đẹp giữa hai nước, nâng cao hiệu quả hợp tác trong các lĩnh vực tiềm năng và "
        "hướng tới đưa quan hệ lên một tầm cao mới.",
    ],
    "seed-002": [
        "Tại buổi tiếp người đồng cấp Chile, Bộ trưởng Bùi Thanh Sơn bày tỏ vui mừng trước những "
        "bước phát triển của quan hệ 2 nước, đặc biệt là quan hệ kinh tế thương mại song phương "
        "đã vượt mức 2 tỷ USD.",
        "Hai Bộ trưởng nhất trí duy trì phối hợp và ủng hộ lẫn nhau tại các tổ chức quốc tế và "
        "diễn đàn đa phương, đặc biệt là tại Liên hợp quốc.",
    ],
    "seed-003": [
        "Để tăng cường quan hệ, giao lưu giữa hai nước, Tổng thống Zegarra đề nghị Việt Nam xem "
        "xét mở Đại sứ quán tại thủ đô Lima và ký hiệp định miễn thị thực cho công dân hai nước.",
        "Nhân dịp này, Chủ tịch nước chúc mừng Peru đảm nhiệm vai trò chủ nhà Tuần lễ Cấp cao "
        "Apec 2024, khẳng định sẽ phối hợp chặt chẽ với Peru hướng tới thành công của năm APEC "
        "2024 tại Peru.",
    ],
    "seed-004": [
        "Trong khuôn khổ chuyến thăm chính thức Chile, sáng 11/11 giờ địa phương, tại thủ đô "
        "Santiago de Chile, Chủ tịch nước Lương Cường tiếp Chủ tịch Thượng viện Chile José Garcia "
        "Ruminot.",
        "Thông qua chuyến thăm lần này, Việt Nam mong muốn đưa mối quan hệ Đối tác toàn diện giữa "
        "hai nước tiếp tục đi vào chiều sâu, thực chất và hiệu quả và hướng tới nâng tầm quan hệ "
        "trong thời gian tới.",
        "Nhân dịp này, Chủ tịch nước cũng đã chuyển tới Lãnh đạo Thượng viện Chile lời thăm hỏi "
        "của Lãnh đạo cấp cao Việt Nam và lời mời thực hiện chuyến thăm tới Việt Nam của Chủ tịch "
        "Quốc hội Trần Thanh Mẫn vào thời điểm thích hợp cho cả hai bên.",
    ],
}


@pytest.mark.parametrize("key", sorted(KEPT_PARAGRAPHS))
def test_real_paragraphs_are_kept_whole(pack: dict[str, Any], key: str) -> None:
    paragraphs = _paragraphs(_sources(pack)[key]["body"])
    for paragraph in KEPT_PARAGRAPHS[key]:
        assert paragraph in paragraphs


def test_body_keeps_the_source_wording(pack: dict[str, Any]) -> None:
    sources = _sources(pack)
    # The misspelt name stays: the body is what the source says.
    assert "Chủ tịch nước Lương Cương khẳng định" in sources["seed-004"]["body"]
    assert sources["seed-004"]["body"].endswith("vào thời điểm thích hợp cho cả hai bên.")
    assert sources["seed-002"]["body"].endswith("ở hai khu vực và trên thế giới./.")


def test_raw_is_the_seed_text(pack: dict[str, Any]) -> None:
    sources = _sources(pack)
    raw_000 = sources["seed-000"]["raw"]
    assert raw_000.startswith("Xung lực mới cho quan hệ giữa Việt Nam với Chile, Peru")
    assert "0:00 / 0:00" in raw_000
    assert "\u00d0oàn" in raw_000 and "\u00a0" in raw_000
    assert "Phiên bản di động" in sources["seed-004"]["raw"]
    assert "Nguồn VOV: https://vov.vn/" in sources["seed-001"]["raw"]
    for source in pack["sources"]:
        assert source["raw"] != source["body"]


def _fact(pack: dict[str, Any], pair: str, statement_en_start: str) -> dict[str, Any]:
    hits = [
        f
        for f in pack["facts"]
        if f["pair"] == pair and f["statement_en"].startswith(statement_en_start)
    ]
    assert len(hits) == 1, statement_en_start
    return hits[0]


def test_key_figures(pack: dict[str, Any]) -> None:
    trade_9m = _fact(pack, "VN-CL", "Two-way trade between Viet Nam and Chile exceeded")
    assert (trade_9m["value"], trade_9m["unit"], trade_9m["qualifier"]) == (
        1_300_000_000,
        "USD",
        "more_than",
    )
    assert trade_9m["period"] == "2024-01..2024-09" and trade_9m["metric"] == "trade.total"
    trade_2023 = _fact(pack, "VN-PE", "Bilateral trade between Viet Nam and Peru reached nearly")
    assert (trade_2023["value"], trade_2023["qualifier"], trade_2023["period"]) == (
        500_000_000,
        "approx",
        "2023",
    )
    rank = _fact(pack, "VN-CL", "Chile is Viet Nam's fourth-largest trading partner")
    assert (rank["value"], rank["unit"], rank["metric"]) == (
        4,
        "rank",
        "trade.partner_rank_in_latam",
    )
    assert {c["source"] for c in rank["citations"]} == {"seed-000", "seed-002", "seed-004"}


def test_figures_sharing_a_metric_differ_in_period(pack: dict[str, Any]) -> None:
    seen: set[tuple[str, str, str, str]] = set()
    for fact in pack["facts"]:
        if fact["kind"] == "figure":
            key = (fact["pair"], fact["metric"], fact["period"], fact["as_of"])
            assert key not in seen, key
            seen.add(key)


def test_sidebar_story_is_not_a_fact(pack: dict[str, Any]) -> None:
    for fact in pack["facts"]:
        assert "Nam Đàn" not in fact["statement_vi"]
        assert "Cerro Navia" not in fact["statement_en"]


# --------------------------------------------------------------------------- regeneration


def _seed_dir() -> Path | None:
    return next((d for d in SEED_DIRS if d.is_dir()), None)


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_demo_pack", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@pytest.mark.skipif(_seed_dir() is None, reason="seed articles (../shared/seeds) not available")
def test_regenerating_gives_identical_bytes() -> None:
    seed_dir = _seed_dir()
    assert seed_dir is not None
    script = _load_script()
    assert script.build(seed_dir) == demo_pack_path().read_bytes()
    assert script.build(seed_dir) == script.build(seed_dir)
