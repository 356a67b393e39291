"""A broadcast script's role cues ("PTV (dẫn):", "Presenter:") are no text (r37)."""

from briefer.ingest.clean import clean
from briefer.ingest.doclines import speaker_label


def test_role_cues_are_speaker_labels() -> None:
    assert speaker_label("PTV (dẫn):")
    assert speaker_label("BTV (đọc):")
    assert speaker_label("MC:")
    assert speaker_label("Dẫn chương trình:")
    assert speaker_label("ANCHOR (lead):")
    assert speaker_label("Presenter:")


def test_a_sentence_with_a_colon_is_no_cue() -> None:
    assert not speaker_label("MC của chương trình cho biết:")
    assert not speaker_label("The presenter then asked the minister:")


def test_a_scripts_cue_leaves_the_body() -> None:
    lead = (
        "Chiều 21/11, tại thành phố Mẫu, hai tỉnh biên giới đã tổ chức hội nghị xúc tiến "
        "thương mại năm 2025 với sự tham gia của 200 doanh nghiệp."
    )
    after = "Hai bên đã ký 9 biên bản ghi nhớ hợp tác."
    text = f"BẢN TIN THỜI SỰ TỐI\n\nBTV (đọc):\n{lead}\n\nPV:\n{after}\n"
    assert clean(text).body == f"{lead}\n\n{after}"  # (neither cue left, both texts kept)
