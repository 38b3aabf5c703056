"""Validity flags: straight-lining, acquiescence, inconsistency and speed."""

from __future__ import annotations

from tui.model.questionnaire import Questionnaire
from tui.model.validity import (
    both_ways,
    keyed_mean,
    longest_run,
    unreadable_reasons,
    validity_checks,
    validity_flags,
)


def codes(
    questionnaire: Questionnaire, answers: dict[str, int], seconds: dict[str, float] | None = None
) -> list[str]:
    return [flag.code for flag in validity_flags(validity_checks(questionnaire, answers, seconds))]


def reasons(questionnaire: Questionnaire, answers: dict[str, int]) -> list[str]:
    return [r.code for r in unreadable_reasons(validity_checks(questionnaire, answers))]


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
    flags = validity_flags(validity_checks(questionnaire, dict.fromkeys(questionnaire.by_id, 7)))
    run = next(flag for flag in flags if flag.code == "straight_lining")
    assert run.value == len(questionnaire.questions)
    mean = next(flag for flag in flags if flag.code == "acquiescence")
    assert (mean.value, mean.limit) == (7.0, questionnaire.scoring.acquiescence_high)


def test_keyed_mean_weighs_forward_and_reversed_alike(mini: Questionnaire) -> None:
    # naerhed: forward n1=7, reversed n2=1 → (7 + 1) / 2 = 4; selvrealisering s1=6, s2=6 → 6;
    # desorganisering d1=2, d2=2 → 2. Mean over the scales: 4.0.
    answers = {"n1": 7, "n2": 1, "s1": 6, "s2": 6, "d1": 2, "d2": 2}
    assert keyed_mean(mini, answers) == 4.0


def test_content_answers_keep_the_keyed_mean_in_the_middle(questionnaire: Questionnaire) -> None:
    """A clear pattern answered by content mirrors statement and opposite: no response style."""
    points = questionnaire.points
    for pole in (1, 2, 6, 7):
        answers = {
            q.id: (points + 1 - pole if q.reverse else pole) for q in questionnaire.questions
        }
        assert keyed_mean(questionnaire, answers) == (points + 1) / 2
        assert reasons(questionnaire, answers) == []


def test_the_same_answer_throughout_carries_no_reading(questionnaire: Questionnaire) -> None:
    for value in range(1, questionnaire.points + 1):
        answers = dict.fromkeys(questionnaire.by_id, value)
        assert "same_answer" in reasons(questionnaire, answers)


def test_same_answer_share_at_its_limit(questionnaire: Questionnaire) -> None:
    """At or above the share no reading; one answer fewer and the content decides."""
    questions = questionnaire.questions
    share = questionnaire.scoring.same_answer_share
    needed = next(k for k in range(len(questions) + 1) if k / len(questions) >= share)
    answers = varied(questionnaire)
    for question in questions[:needed]:
        answers[question.id] = 4
    others = [q for q in questions[needed:]]
    for question in others:
        answers[question.id] = 2 if question.reverse else 6
    assert "same_answer" in reasons(questionnaire, answers)
    answers[questions[0].id] = 5
    assert "same_answer" not in reasons(questionnaire, answers)


def test_agreeing_both_ways_carries_no_reading(questionnaire: Questionnaire) -> None:
    """Agreeing with statements and their opposites alike leaves no reading; content does."""
    rules = questionnaire.scoring
    agree = {q.id: 6 for q in questionnaire.questions}
    for question in questionnaire.questions[::3]:
        agree[question.id] = 5 if question.reverse else 7  # not one answer throughout
    assert reasons(questionnaire, agree) == ["agree_both_ways"]
    content = {q.id: (2 if q.reverse else 6) for q in questionnaire.questions}
    assert reasons(questionnaire, content) == []
    assert both_ways(questionnaire, agree)[0] >= rules.both_ways_high
    disagree = {key: questionnaire.points + 1 - value for key, value in agree.items()}
    assert both_ways(questionnaire, disagree)[1] <= rules.both_ways_low
    assert reasons(questionnaire, disagree) == ["disagree_both_ways"]
