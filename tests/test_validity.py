"""Validity flags: straight-lining, acquiescence, inconsistency and speed."""

from __future__ import annotations

from tui.model.questionnaire import Questionnaire
from tui.model.validity import longest_run, validity_flags


def codes(
    questionnaire: Questionnaire, answers: dict[str, int], seconds: dict[str, float] | None = None
) -> list[str]:
    return [flag.code for flag in validity_flags(questionnaire, answers, seconds)]


def varied(questionnaire: Questionnaire) -> dict[str, int]:
    """An honest-looking, balanced set of answers with no long runs."""
    pattern = [2, 5, 3, 4, 6, 3, 2, 5, 4]
    return {q.id: pattern[i % len(pattern)] for i, q in enumerate(questionnaire.questions)}


def test_longest_run() -> None:
    assert longest_run([]) == 0
    assert longest_run([1, 1, 2, 2, 2, 1]) == 3
    assert longest_run([4] * 5) == 5


def test_varied_answers_raise_no_flag(questionnaire: Questionnaire) -> None:
    answers = varied(questionnaire)
    for a, b in questionnaire.scoring.pairs:
        answers[b] = answers[a]
    assert codes(questionnaire, answers, dict.fromkeys(answers, 6.0)) == []


def test_identical_answers_throughout_are_flagged(questionnaire: Questionnaire) -> None:
    for value in (1, 4, 7):
        found = codes(questionnaire, dict.fromkeys(questionnaire.by_id, value))
        assert "straight_lining" in found
    assert "acquiescence" in codes(questionnaire, dict.fromkeys(questionnaire.by_id, 7))
    assert "acquiescence" in codes(questionnaire, dict.fromkeys(questionnaire.by_id, 1))
    assert "acquiescence" not in codes(questionnaire, dict.fromkeys(questionnaire.by_id, 4))


def test_a_long_identical_run_is_flagged(questionnaire: Questionnaire) -> None:
    answers = varied(questionnaire)
    run = questionnaire.scoring.straight_run
    for question in questionnaire.questions[5 : 5 + run]:
        answers[question.id] = 3
    assert "straight_lining" in codes(questionnaire, answers)
    for question in questionnaire.questions[5 + run - 1 : 5 + run]:
        answers[question.id] = 6
    assert "straight_lining" not in codes(questionnaire, answers)


def test_synonym_pairs_answered_far_apart(questionnaire: Questionnaire) -> None:
    rules = questionnaire.scoring
    answers = varied(questionnaire)
    for a, b in rules.pairs:
        answers[a], answers[b] = 4, 4
    for a, b in rules.pairs[: rules.pair_count]:
        answers[a], answers[b] = 1, 1 + rules.pair_gap
    assert "inconsistency" in codes(questionnaire, answers)
    a, b = rules.pairs[0]
    answers[b] = answers[a] + rules.pair_gap - 1
    assert "inconsistency" not in codes(questionnaire, answers)


def test_speed_only_with_timings(questionnaire: Questionnaire) -> None:
    answers = varied(questionnaire)
    assert "speed" in codes(questionnaire, answers, dict.fromkeys(answers, 1.0))
    assert "speed" not in codes(questionnaire, answers, dict.fromkeys(answers, 2.5))
    assert "speed" not in codes(questionnaire, answers, None)


def test_a_flag_carries_the_figure_behind_it(questionnaire: Questionnaire) -> None:
    flags = validity_flags(questionnaire, dict.fromkeys(questionnaire.by_id, 7))
    run = next(flag for flag in flags if flag.code == "straight_lining")
    assert run.value == len(questionnaire.questions)
    mean = next(flag for flag in flags if flag.code == "acquiescence")
    assert (mean.value, mean.limit) == (7.0, questionnaire.scoring.acquiescence_high)
