"""Round r101: a pasted caption whose credit is the word "Courtesy" alone after its stop."""

from __future__ import annotations

from briefer.ingest.pastedcaption import credited_caption


def test_courtesy_alone_after_the_captions_stop_is_its_credit() -> None:
    text = "Ministers of Chile and Vietnam after the signing in Santiago on May 3. Courtesy"
    assert credited_caption(text)


def test_a_sentence_about_courtesy_is_no_credit() -> None:
    # (near miss: the word inside a sentence of the article, no credit after a stop)
    text = "The minister thanked his hosts in Santiago for their courtesy."
    assert not credited_caption(text)
