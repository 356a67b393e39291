"""Repeated paragraphs in a cleaned article (pure): a paragraph printed twice (a teaser and
its text, a caption repeated) keeps the copy that sits among similar text; a fragment that
another paragraph holds whole is dropped."""

from __future__ import annotations

from typing import Final

from briefer.text.fold import tokens

_FRAGMENT_MIN: Final = 60
_CONTAINMENT_LIMIT: Final = 400  # paragraphs; beyond this the pairwise check is skipped


def _words(text: str) -> set[str]:
    return set(tokens(text))


def _similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def dedupe_paragraphs(paragraphs: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Keep one copy of a repeated paragraph and drop fragments contained in another: the
    paragraphs kept, and the ones dropped as (index, text, reason)."""
    copies: dict[str, list[int]] = {}
    for index, paragraph in enumerate(paragraphs):
        copies.setdefault(paragraph, []).append(index)
    drop: dict[int, str] = {}
    for paragraph, where in copies.items():
        if len(where) < 2:
            continue
        words = _words(paragraph)

        def context(index: int, where: list[int] = where, words: set[str] = words) -> float:
            around = [
                j for j in (index - 1, index + 1) if 0 <= j < len(paragraphs) and j not in where
            ]
            return sum(_similarity(words, _words(paragraphs[j])) for j in around)

        keep = max(where, key=lambda index: (context(index), -index))
        for index in where:
            if index != keep:
                drop[index] = "repeated paragraph"
    if len(paragraphs) <= _CONTAINMENT_LIMIT:
        unique = [p for p in copies if len(p) >= _FRAGMENT_MIN]
        for paragraph in unique:
            if any(paragraph != other and paragraph in other for other in copies):
                for index in copies[paragraph]:
                    drop.setdefault(index, "repeated fragment")
    dropped = [(index, paragraphs[index], reason) for index, reason in drop.items()]
    return [p for index, p in enumerate(paragraphs) if index not in drop], dropped


__all__ = ["dedupe_paragraphs"]
