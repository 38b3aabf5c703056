"""Reliable change between two results."""

from __future__ import annotations

import math

import pytest

from tests.answering import PROTOTYPES, answers_for
from tui.model.change import BALANCE, RCI_CRITICAL, reliable_changes
from tui.model.questionnaire import Questionnaire
from tui.model.scoring import score, standard_error


def test_rci_by_hand(questionnaire: Questionnaire) -> None:
    before = score(questionnaire, answers_for(questionnaire, PROTOTYPES["ambivalent"]))
    after = score(questionnaire, answers_for(questionnaire, PROTOTYPES["tryg"]))
    changes = {
        change.name: change for change in reliable_changes(before, after, questionnaire.scoring)
    }
    closeness = changes["naerhed"]
    assert closeness.difference == pytest.approx(16.7 - 83.3, abs=0.1)
    sem = questionnaire.scoring.spread["naerhed"] * math.sqrt(
        1 - questionnaire.scoring.reliability["naerhed"]
    )
    assert sem == pytest.approx(standard_error(questionnaire.scoring, "naerhed"))
    assert closeness.rci == pytest.approx(closeness.difference / (math.sqrt(2) * sem), abs=0.01)
    assert closeness.reliable
    assert not changes["selvrealisering"].reliable
    assert changes[BALANCE].difference == pytest.approx(after.balance - before.balance, abs=0.1)


def test_a_small_change_is_within_measurement_error(questionnaire: Questionnaire) -> None:
    answers = answers_for(questionnaire, PROTOTYPES["tryg"])
    first = score(questionnaire, answers)
    moved = dict(answers)
    for question in questionnaire.on_scale("naerhed")[:3]:
        moved[question.id] = answers[question.id] + (-1 if question.reverse else 1)
    second = score(questionnaire, moved)
    change = next(
        c for c in reliable_changes(first, second, questionnaire.scoring) if c.name == "naerhed"
    )
    assert change.difference > 0
    assert abs(change.rci) < RCI_CRITICAL
    assert not change.reliable


def test_no_change(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, answers_for(questionnaire, PROTOTYPES["undvigende"]))
    assert all(
        c.difference == 0 and not c.reliable
        for c in reliable_changes(result, result, questionnaire.scoring)
    )
