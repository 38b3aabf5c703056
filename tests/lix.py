"""LIX, the Scandinavian readability index: the tests keep the statements plain with it."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")
LONG_WORD = 6
"""A word with more letters than this counts as long."""


def lix(text: str) -> float:
    """LIX = words / sentences + 100 × long words / words.

    A sentence ends at `.`, `!`, `?` or `:`; text without one counts as one
    sentence. Words are runs of letters (æ, ø and å included).

    Args:
        text: Running text.

    Returns:
        The index, or 0.0 for text without words.
    """
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len(_SENTENCE_END.findall(text)))
    long_words = sum(1 for word in words if len(word.replace("-", "").replace("'", "")) > LONG_WORD)
    return len(words) / sentences + 100 * long_words / len(words)


def lix_of_items(texts: list[str]) -> float:
    """LIX of many items taken together, each item counted as one sentence."""
    return lix(" ".join(text.rstrip(" .!?") + "." for text in texts))
