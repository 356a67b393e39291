"""r53: a bare "exports"/"xuất khẩu" takes its side from the flow its paragraph stated last
("Tanzania's exports to Vietnam … In 2024 the figure for exports rose to …" is Việt Nam's
imports); a sentence naming a country keeps its own reading."""

from __future__ import annotations

from tests.mined import candidates as _found


def _metrics(body: str, partner: str) -> list[tuple[str, float]]:
    return [(c.metric, c.value or 0.0) for c in _found(body, partner) if c.kind == "figure"]


def test_a_bare_exports_after_the_partners_exports_is_vietnams_imports() -> None:
    body = (
        "Tanzania's exports to Vietnam, led by raw cashew nuts and cloves, have more than "
        "doubled over five years. In 2024 the figure for exports climbed to US$212 million."
    )
    assert ("trade.imports", 212e6) in _metrics(body, "TZ")
    assert ("trade.exports", 212e6) not in _metrics(body, "TZ")


def test_a_bare_exports_after_the_partners_imports_from_vietnam() -> None:
    body = (
        "Ugandan imports from Vietnam, mostly rice and motorcycles, reached US$95 million "
        "in 2024. Exports, on the other hand, stood at only US$18 million."
    )
    metrics = _metrics(body, "UG")
    assert ("trade.exports", 95e6) in metrics  # (the partner's imports from Việt Nam)
    assert ("trade.imports", 18e6) in metrics  # (the partner's own exports)


def test_vietnamese_bare_xuat_khau_after_the_partners_exports() -> None:
    body = (
        "Xuất khẩu của Mozambique sang Việt Nam chủ yếu là hạt điều thô và gỗ. Năm 2024, "
        "xuất khẩu đạt 63 triệu USD, tăng 9% so với năm trước."
    )
    assert ("trade.imports", 63e6) in _metrics(body, "MZ")


def test_vietnams_own_side_and_a_sentence_naming_a_country_stay() -> None:
    body = (
        "Vietnam's exports to Kenya, mainly rice and steel, rose quickly. In 2024 "
        "exports reached US$190 million."
    )
    assert ("trade.exports", 190e6) in _metrics(body, "KE")
    body = (
        "Kenya's exports to Vietnam are mostly tea. Vietnam's exports to Kenya reached "
        "US$190 million in 2024."
    )
    assert ("trade.exports", 190e6) in _metrics(body, "KE")
    # (another paragraph's flow carries nothing)
    body = "Kenya's exports to Vietnam are mostly tea.\n\nIn 2024 exports reached US$190 million."
    assert ("trade.exports", 190e6) in _metrics(body, "KE")


def test_a_source_named_after_the_amount_does_not_stop_the_carry() -> None:
    # (the statistics office's country comes after the figure: it cites, it does not side)
    body = (
        "Kenyan exports to Vietnam, mainly tea and avocados, have grown steadily. In 2024, "
        "the figure for exports rose to US$41 million, according to the Kenya National "
        "Bureau of Statistics."
    )
    assert ("trade.imports", 41e6) in _metrics(body, "KE")
    body = (
        "Xuất khẩu của Kenya sang Việt Nam chủ yếu là chè. Năm 2024, xuất khẩu đạt 41 triệu "
        "USD, theo Cục Thống kê quốc gia Kenya."
    )
    assert ("trade.imports", 41e6) in _metrics(body, "KE")


def test_a_sentence_whose_own_flow_states_its_side_keeps_it() -> None:
    body = (
        "Kenyan exports to Vietnam are mostly tea. In 2024, exports to Kenya from the "
        "Southeast Asian nation reached US$190 million, the bureau said."
    )
    assert ("trade.imports", 190e6) not in _metrics(body, "KE")


def test_a_flow_sided_by_a_description_of_vietnam_keeps_its_side() -> None:
    # ("to the Southeast Asian nation" sides the flow with no country named in the sentence)
    body = (
        "Kenyan exports to Vietnam are mostly tea and avocados. In 2024, exports to the "
        "Southeast Asian nation reached US$190 million, the bureau said."
    )
    assert ("trade.imports", 190e6) in _metrics(body, "KE")
