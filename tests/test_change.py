"""Reliable change between two results."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from tests.answering import PROTOTYPES, answers_for
from tui.model.change import BALANCE, RCI_CRITICAL, Change, reliable_changes
from tui.model.questionnaire import SCALES, Questionnaire
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


def test_the_critical_value_is_the_documented_one() -> None:
    """docs/scoring.md: |RCI| > 1.96, the two-sided 5 % point of the normal distribution."""
    assert RCI_CRITICAL == 1.96


@pytest.mark.parametrize(
    ("rci", "reliable"),
    [(1.96, False), (-1.96, False), (1.97, True), (-1.97, True), (1.95, False), (0.0, False)],
)
def test_a_change_is_reliable_only_beyond_the_critical_value(rci: float, reliable: bool) -> None:
    assert Change("naerhed", 10.0, 30.0, 20.0, rci).reliable is reliable


def test_a_difference_of_exactly_the_critical_value_is_not_reliable(
    questionnaire: Questionnaire,
) -> None:
    """With reliability 0.5 and spread 10, √2 × SEM = √2 × 10 × √0.5 = 10: a change of
    19.6 points is an RCI of exactly 1.96, and 19.7 points one of 1.97."""
    scoring = questionnaire.scoring._replace(
        reliability=dict.fromkeys(SCALES, 0.5),
        spread=dict.fromkeys(SCALES, 10.0),
    )
    result = score(questionnaire, answers_for(questionnaire, PROTOTYPES["tryg"]))
    before = replace(
        result, scores={"naerhed": 20.0, "selvrealisering": 20.0, "desorganisering": 20.0}
    )
    at = replace(result, scores={"naerhed": 39.6, "selvrealisering": 0.4, "desorganisering": 39.7})
    changes = {c.name: c for c in reliable_changes(before, at, scoring)}
    assert (changes["naerhed"].rci, changes["naerhed"].reliable) == (1.96, False)
    assert (changes["selvrealisering"].rci, changes["selvrealisering"].reliable) == (-1.96, False)
    assert (changes["desorganisering"].rci, changes["desorganisering"].reliable) == (1.97, True)


def test_every_change_by_hand(questionnaire: Questionnaire) -> None:
    """From the ambivalent prototype (answers 6, 2, 3) to the secure one (2, 2, 2).

    Scores (docs/scoring.md, section 3): 6 → 83.3, 2 → 16.7, 3 → 33.3.
    SEM: naerhed 19 × √0.13 = 6.8505; selvrealisering 19 × √0.10 = 6.0083;
    desorganisering 19 × √0.15 = 7.3587; balance √(6.8505² + 6.0083²) = 9.1121.
    naerhed:         16.7 − 83.3 = −66.6; −66.6 / (√2 × 6.8505 = 9.6881) = −6.87
    selvrealisering: 16.7 − 16.7 = 0;      RCI 0
    desorganisering: 16.7 − 33.3 = −16.6; −16.6 / (√2 × 7.3587 = 10.4068) = −1.60
    balance:         0 − (16.7 − 83.3) = 66.6; 66.6 / (√2 × 9.1121 = 12.8864) = 5.17
    """
    before = score(questionnaire, answers_for(questionnaire, PROTOTYPES["ambivalent"]))
    after = score(questionnaire, answers_for(questionnaire, PROTOTYPES["tryg"]))
    changes = reliable_changes(before, after, questionnaire.scoring)
    assert [(c.name, c.before, c.after, c.difference, c.rci, c.reliable) for c in changes] == [
        ("naerhed", 83.3, 16.7, -66.6, -6.87, True),
        ("selvrealisering", 16.7, 16.7, 0.0, 0.0, False),
        ("desorganisering", 33.3, 16.7, -16.6, -1.6, False),
        (BALANCE, -66.6, 0.0, 66.6, 5.17, True),
    ]
