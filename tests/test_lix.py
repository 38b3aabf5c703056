"""LIX readability, and the LIX of the shipped Danish items."""

from __future__ import annotations

import pytest

from tests.lix import lix, lix_of_items
from tui.model.questionnaire import Questionnaire


def test_lix_by_hand() -> None:
    # 7 words, 2 sentences, 1 long word: "fredagen" (a word of 6 letters is not long)
    text = "Vi ses på fredagen. Vi spiser sammen."
    assert lix(text) == pytest.approx(7 / 2 + 100 * 1 / 7)


def test_long_words_and_danish_letters() -> None:
    assert lix("Tilknytningsmønster.") == pytest.approx(1 + 100)
    assert lix("Jeg får hjælp.") == pytest.approx(3)


def test_text_without_words() -> None:
    assert lix("") == 0.0
    assert lix("… 42 !") == 0.0


def test_items_count_as_one_sentence_each() -> None:
    assert lix_of_items(["Jeg er glad", "Jeg er her!"]) == pytest.approx(3)


def test_the_shipped_items_are_easy_to_read(questionnaire: Questionnaire) -> None:
    assert lix_of_items([q.text["da"] for q in questionnaire.questions]) <= 35
