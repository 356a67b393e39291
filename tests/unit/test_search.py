"""Accent-insensitive, đ- and Ð-aware search over the real seed text (the demo store)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.domain.model import Fact, Source
from briefer.domain.rules import period_bounds
from briefer.errors import InputError
from briefer.services import Services
from briefer.store.connection import open_store
from briefer.store.facts import insert_fact
from briefer.store.query import parse_query
from briefer.store.search import (
    SearchFilters,
    match_expression,
    search,
    search_facts,
    search_sources,
)
from briefer.store.sources import insert_source
from briefer.text.fold import fold, tokens


@pytest.fixture
def db(demo_store: Path):
    database = open_store(demo_store)
    yield database
    database.close()


def _source_titles(hits) -> list[str]:
    return [h.title for h in hits]


@pytest.mark.parametrize("query", ["Luong Cuong", "lương cường", "LUONG CUONG", "Lương Cường"])
def test_luong_cuong_finds_the_president_with_or_without_marks(db, query: str) -> None:
    hits = search_facts(db, query)
    assert hits, query
    assert all("Lương Cường" in h.title or "Lương Cường" in h.snippet for h in hits[:5])
    # The highlight is on the original, accented words.
    first = hits[0]
    highlighted = [first.snippet[a:b] for a, b in first.highlights]
    assert any(word in ("Lương", "Cường") for word in highlighted), highlighted


@pytest.mark.parametrize("query", ["Doan dai bieu", "Đoàn đại biểu", "Ðoàn đại biểu", "doan dai"])
def test_doan_dai_bieu_finds_seed_000_which_wrote_it_with_eth(db, query: str) -> None:
    hits = search_sources(db, query)
    titles = _source_titles(hits)
    assert any(t.startswith("Xung lực mới cho quan hệ") for t in titles), titles
    seed_000 = next(h for h in hits if h.title.startswith("Xung lực mới"))
    marked = [seed_000.snippet[a:b] for a, b in seed_000.highlights]
    assert "Đoàn" in marked, marked


def test_eth_written_by_another_tool_is_flagged_then_found_after_repair(tmp_path: Path) -> None:
    """A tool writes U+00D0 straight into the table: check notices, the rebuild repairs."""
    from briefer.store.check import check_store
    from briefer.store.writer import rebuild_search

    db = open_store(tmp_path / "s.sqlite")
    insert_source(
        db, Source(id=None, uuid="s", kind="note", title="Ghi chú", body="Ghi chú nội bộ")
    )
    db.conn.commit()
    db.execute("UPDATE source SET body = 'Ðoàn công tác' WHERE uuid = 's'")
    db.conn.commit()
    assert search_sources(db, "doan cong tac") == []
    rebuild_search(db)
    db.conn.commit()
    assert [h.uuid for h in search_sources(db, "doan cong tac")] == ["s"]
    assert [h.uuid for h in search_sources(db, "Đoàn")] == ["s"]
    assert check_store(db).ok


def test_letters_with_two_marks_fold(db) -> None:
    # "ờ" in "Cường" carries two marks (horn and grave); unicode61 remove_diacritics 1 would
    # leave it, so "Cuong" would not find it.
    plain = search_sources(db, "Chu tich nuoc Luong Cuong")
    accented = search_sources(db, "Chủ tịch nước Lương Cường")
    assert plain, "the seed articles name Chủ tịch nước Lương Cường"
    assert {(h.uuid, h.passage_start) for h in plain} == {
        (h.uuid, h.passage_start) for h in accented
    }
    marked = {plain[0].snippet[a:b] for a, b in plain[0].highlights}
    assert "Cường" in marked  # highlighted on the original, two-mark word


def test_prefix_search_as_you_type(db) -> None:
    assert search_facts(db, "Viett")  # Viettel
    assert search_facts(db, "Kuczyn")
    assert not search_facts(db, "Kuczyn", prefix=False)


def test_english_statements_are_searched(db) -> None:
    hits = search_facts(db, "Comprehensive Partnership")
    assert hits
    assert all(h.pair in ("VN-CL", "VN-PE") for h in hits)


def test_pair_filter(db) -> None:
    peru = search_facts(db, "APEC", pair="VN-PE")
    assert peru and all(h.pair == "VN-PE" for h in peru)


@pytest.mark.parametrize("query", ['"', "*", 'Lương "Cường', "NEAR(", "a AND OR NOT", "^", ""])
def test_fts_syntax_in_a_query_never_raises(db, query: str) -> None:
    search_facts(db, query)
    search_sources(db, query)


def test_match_expression_quotes_every_token() -> None:
    assert match_expression('Đoàn "đại" biểu*') == '"doan" AND "dai" AND "bieu"*'
    assert match_expression('"đại biểu" Chile OR Peru -APEC') == (
        '("dai bieu" AND ("chile" OR "peru")) NOT "apec"'
    )
    assert match_expression("  ") is None
    assert match_expression("-APEC") is None  # nothing to look for, only to leave out


def test_highlights_stay_exact_when_folding_changes_lengths_that_cancel_out() -> None:
    from briefer.store.search import make_snippet
    from briefer.text.fold import fold

    # "ß" folds to two letters and the stray combining mark to none: same total length,
    # but every offset after them is shifted.
    text = "\u0301Straße của Lương Cường"
    folded = fold(text)
    assert len(folded) == len(text)
    snippet, marks = make_snippet(text, ["luong"], False, folded)
    assert [snippet[a:b] for a, b in marks] == ["Lương"]


# ---- what a query means (issue 20) ---------------------------------------------------------


def _seed_000(db) -> tuple[int, str]:
    row = db.execute(
        "SELECT id, body FROM source WHERE title LIKE 'Xung lực mới cho quan hệ%'"
    ).fetchone()
    return row[0], row[1]


def _hit_text(db, hit) -> str:
    """The whole text a hit stands for: a fact's matched field, or the source passage."""
    if hit.kind == "source":
        if hit.field == "title":
            return hit.title
        body = db.execute("SELECT body FROM source WHERE id = ?", [hit.id]).fetchone()[0]
        return body[hit.passage_start : hit.passage_end]
    if hit.field == "quote":
        body = db.execute("SELECT body FROM source WHERE uuid = ?", [hit.source_uuid]).fetchone()
        return body[0][hit.passage_start : hit.passage_end]
    column = "statement_en" if hit.field == "statement_en" else "statement_vi"
    return db.execute(f"SELECT {column} FROM fact WHERE id = ?", [hit.id]).fetchone()[0]


def _words(text: str) -> set[str]:
    return set(tokens(text))


def test_the_pair_filter_keeps_seed_000_a_source_of_both_pairs(demo_store: Path) -> None:
    """`briefer search "Doan dai bieu" --pair VN-PE` found nothing: the filter dropped sources."""
    services = Services(demo_store)
    hits = services.search("Doan dai bieu", pair="VN-PE")
    db = services.db()
    seed_id, body = _seed_000(db)
    passages = [h for h in hits if h.kind == "source" and h.id == seed_id]
    assert passages, [(h.kind, h.title) for h in hits]
    first = passages[0]
    text = body[first.passage_start : first.passage_end]
    assert "Đoàn đại biểu cấp cao Việt Nam thăm chính thức" in text
    assert "Peru" in text
    # Fact hits are all of the pair; every source hit is cited by a fact of the pair.
    assert all(h.pair == "VN-PE" for h in hits if h.kind == "fact")
    for h in hits:
        if h.kind == "source":
            pairs = {
                row[0]
                for row in db.execute(
                    "SELECT f.pair FROM citation c JOIN fact f ON f.id = c.fact_id "
                    "WHERE c.source_id = ?",
                    [h.id],
                )
            }
            assert "VN-PE" in pairs
    services.close()


@pytest.mark.parametrize("query", ["Doan dai bieu", "Lương Cường Peru", "quan he ngoai giao"])
def test_every_word_must_match_in_the_hit_itself(db, query: str) -> None:
    facts, sources = search(db, query, fact_limit=50, source_limit=50)
    assert facts or sources
    wanted = set(tokens(query))
    for hit in facts + sources:
        words = _words(_hit_text(db, hit))
        # The last word is a prefix while typing: it must start a word of the hit.
        *whole, last = tokens(query)
        assert set(whole) <= words, (query, hit.field, _hit_text(db, hit)[:120])
        assert any(w.startswith(last) for w in words), (query, hit.field)
    assert wanted  # the query had words to check


def test_doan_dai_bieu_no_longer_lists_symbol_or_solidarity(db) -> None:
    facts, sources = search(db, "Doan dai bieu", fact_limit=50, source_limit=50)
    for hit in facts + sources:
        text = fold(_hit_text(db, hit))
        assert "doan" in _words(text) and "dai" in _words(text), text[:120]


def test_a_quoted_phrase_matches_only_the_phrase(db) -> None:
    phrase = "quan hệ ngoại giao"
    facts, sources = search(db, f'"{phrase}"', fact_limit=50, source_limit=50)
    assert facts and sources
    loose_facts, loose_sources = search(db, "ngoại giao quan hệ", fact_limit=50, source_limit=50)
    for hit in facts + sources:
        assert "quan he ngoai giao" in " ".join(tokens(_hit_text(db, hit))), hit.snippet
    # The words in any order find more than the phrase does.
    assert len(loose_facts) + len(loose_sources) > len(facts) + len(sources)


def test_minus_word_excludes(db) -> None:
    with_peru = search(db, "APEC", fact_limit=100, source_limit=100)
    without = search(db, "APEC -Peru", fact_limit=100, source_limit=100)
    all_with = with_peru[0] + with_peru[1]
    all_without = without[0] + without[1]
    assert any("peru" in _words(_hit_text(db, h)) for h in all_with)
    assert all_without
    assert all("peru" not in _words(_hit_text(db, h)) for h in all_without)
    assert all("apec" in _words(_hit_text(db, h)) for h in all_without)


def test_or_finds_either_word(db) -> None:
    either = search(db, "Boric OR Boluarte", fact_limit=100, source_limit=100)
    texts = [_words(_hit_text(db, h)) for h in either[0] + either[1]]
    assert any("boric" in t for t in texts) and any("boluarte" in t for t in texts)
    assert all("boric" in t or "boluarte" in t for t in texts)
    both = search(db, "Boric Boluarte", fact_limit=100, source_limit=100)
    assert len(both[0]) + len(both[1]) < len(texts)


def test_prefix_only_on_the_word_being_typed(db) -> None:
    assert search_facts(db, "Kuczyn")  # Kuczynski, as typed so far
    assert not search_facts(db, "Kuczyn ")  # a space ends the word: no word "kuczyn"
    assert not search_facts(db, '"Kuczyn"')  # nor in a phrase


def test_an_accented_query_prefers_text_written_with_those_accents(tmp_path: Path) -> None:
    db = open_store(tmp_path / "s.sqlite")
    uuids = {}
    with db.atomic():
        for name in ("Lường", "Lương", "Luong"):
            fact = Fact(
                id=None, uuid="", pair="VN-CL", topic="visits", kind="event",
                statement_vi=f"Ông {name} Văn Minh thăm Chile.", status="approved",
            )  # fmt: skip
            fid = insert_fact(db, fact, [])
            uuids[name] = db.execute("SELECT uuid FROM fact WHERE id = ?", [fid]).fetchone()[0]
    # Inserted last, "Luong" would come first on recency alone; the accents decide.
    assert search_facts(db, "Lương Văn Minh")[0].uuid == uuids["Lương"]
    assert search_facts(db, "Lường Văn Minh")[0].uuid == uuids["Lường"]
    assert {h.uuid for h in search_facts(db, "Luong Van Minh")} == set(uuids.values())
    db.close()


def test_statement_outranks_quote_outranks_source_body(db) -> None:
    facts, sources = search(db, "Lương Cường", fact_limit=200, source_limit=50)
    fields = [h.field for h in facts] + [h.field for h in sources]
    order = {"statement_vi": 0, "statement_en": 0, "quote": 1, "title": 2, "body": 2}
    ranks = [order[f] for f in fields]
    assert ranks == sorted(ranks)
    scores = [h.score for h in facts] + [h.score for h in sources]
    assert scores == sorted(scores, reverse=True)  # higher is better, best first


def test_approved_and_newer_facts_come_first_at_equal_match(tmp_path: Path) -> None:
    db = open_store(tmp_path / "s.sqlite")
    rows = [("draft", "2024"), ("approved", "2019"), ("approved", "2023"), ("retired", "2024")]
    with db.atomic():
        for status, year in rows:
            fact = Fact(
                id=None, uuid=f"{status}-{year}", pair="VN-PE", topic="economic",
                kind="figure", statement_vi=f"Kim ngạch thương mại năm {year}.",
                period=year, status=status,
            )  # fmt: skip
            insert_fact(db, fact, [])
    # The year is part of the text, so every fact matches the query equally well.
    hits = search_facts(db, "kim ngach thuong mai")
    assert [h.uuid for h in hits] == [
        "approved-2023",
        "approved-2019",
        "draft-2024",
        "retired-2024",
    ]
    db.close()


def test_one_hit_per_passage(db) -> None:
    facts, sources = search(db, "Lương Cường", fact_limit=200, source_limit=200)
    assert len({h.uuid for h in facts}) == len(facts)
    passages = [(h.id, h.passage_start, h.passage_end) for h in sources]
    assert len(set(passages)) == len(passages)
    texts = [" ".join(tokens(_hit_text(db, h))) for h in sources]
    assert len(set(texts)) == len(texts)  # a repeated paragraph is listed once
    shown = {(h.source_uuid, h.passage_start) for h in facts if h.field == "quote"}
    for hit in sources:  # a passage a fact hit already shows is not listed again
        assert (hit.uuid, hit.passage_start) not in shown


def test_filters_filter(db) -> None:
    def check(filters: SearchFilters, ok) -> None:
        facts, sources = search(db, "Việt Nam", filters, fact_limit=500, source_limit=500)
        assert facts, filters
        for hit in facts:
            assert ok(hit), (filters, hit)
        return sources

    check(SearchFilters(topic="economic"), lambda h: h.topic == "economic")
    check(SearchFilters(kind="figure"), lambda h: h.fact_kind == "figure")
    only_approved = check(SearchFilters(status="approved"), lambda h: h.status == "approved")
    assert only_approved == []  # a source has no status
    check(
        SearchFilters(since="2024"),
        lambda h: period_bounds(h.date)[1].year >= 2024,
    )
    check(SearchFilters(until="2000"), lambda h: period_bounds(h.date)[0].year <= 2000)
    assert search(db, "Việt Nam", SearchFilters(kind="source"), 50, 50)[0] == []


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"since": "last year"}, "is not a date"),
        ({"status": "gone"}, "is not a status"),
        ({"kind": "poem"}, "is not a kind"),
    ],
)
def test_bad_filters_are_one_sentence(filters, message: str) -> None:
    with pytest.raises(InputError, match=message):
        SearchFilters(**filters)


def test_a_60000_word_query_is_refused_at_once(db) -> None:
    import time

    # CPU time: refused before any search work, which a busy machine does not make longer.
    started = time.thread_time()
    with pytest.raises(InputError, match="at most 1,000 characters"):
        search(db, "Lương Cường " * 30_000)
    with pytest.raises(InputError, match="at most 32 words"):
        search(db, " ".join(["Việt"] * 40))
    assert time.thread_time() - started < 1.0


def test_a_country_name_also_finds_facts_of_its_pair_that_do_not_name_it(db) -> None:
    # "Phòng Thương mại và Công nghiệp hai nước đã ký thỏa thuận hợp tác." is a Việt Nam –
    # Peru fact that never says "Peru".
    query = "Phong Thuong mai Cong nghiep"
    plain = search_facts(db, query)
    assert any(h.pair == "VN-PE" and "Peru" not in h.title for h in plain)
    with_peru = search_facts(db, f"{query} Peru")
    assert with_peru and all(h.pair == "VN-PE" or "Peru" in h.title for h in with_peru)
    assert not [h for h in search_facts(db, f"{query} Chile") if "Chile" not in h.title]
    # Text that names the country ranks above a fact that only belongs to the pair.
    peru = search_facts(db, "hop tac Peru", limit=200)
    named = ["peru" in _words(h.title) for h in peru if h.field == "statement_vi"]
    assert named == sorted(named, reverse=True) and any(named) and not all(named)


@pytest.mark.parametrize(
    ("typed", "meant"), [("Boluate", "Boluarte"), ("Kuczinski", "Kuczynski"), ("Garsia", "García")]
)
def test_a_misspelt_name_finds_the_near_spelling_when_nothing_matches(
    db, typed: str, meant: str
) -> None:
    facts, _sources = search(db, typed)
    assert facts, typed
    assert all(h.approximate for h in facts)
    assert meant in facts[0].title
    assert meant in {facts[0].snippet[a:b] for a, b in facts[0].highlights}
    exact, _ = search(db, meant)
    assert exact and not any(h.approximate for h in exact)


_QUERY_PIECES = st.sampled_from(
    ["Lương", "Cường", "doan", "đại", "APEC", "Peru", "OR", "-", '"', "-Peru", "*", "(", ")",
     "NEAR", "AND", "NOT", ":", "^", "+", "{", "}", "-\"", "Việt-Nam", "1,3", " ", "  ", "\t"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(_QUERY_PIECES, max_size=12), tail=st.text(max_size=12))
def test_any_typed_query_searches_without_error(
    demo_store_template: Path, pieces: list[str], tail: str
) -> None:
    """Whatever is typed (quotes, operators, FTS5 syntax, odd characters) is a search."""
    text = " ".join(pieces) + tail
    db = open_store(demo_store_template, create=False)
    try:
        query = parse_query(text)
        facts, sources = search(db, text, fact_limit=10, source_limit=5)
        for hit in facts + sources:
            assert all(0 <= a < b <= len(hit.snippet) for a, b in hit.highlights)
        if query.excluded and not any(h.approximate for h in facts + sources):
            banned = [t.pattern for t in query.excluded]
            for hit in facts:
                folded = fold(_hit_text(db, hit))
                assert not any(p.search(folded) for p in banned), (text, hit.snippet)
    finally:
        db.close()
