"""Scoring: scale scores, balance, pattern, neighbour, with property tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.model.questionnaire import PATTERNS, SCALES, Questionnaire
from tui.model.scoring import (
    classify,
    item_value,
    near_patterns,
    pattern_distances,
    scale_scores,
    score,
)


def answers_strategy(questionnaire: Questionnaire) -> st.SearchStrategy[dict[str, int]]:
    return st.fixed_dictionaries(
        {q.id: st.integers(1, questionnaire.points) for q in questionnaire.questions}
    )


def test_item_value_mirrors_reverse_items() -> None:
    assert item_value(1, True, 7) == 7
    assert item_value(7, True, 7) == 1
    assert item_value(3, False, 7) == 3


def test_scale_scores_by_hand(mini: Questionnaire) -> None:
    # n1=4, n2=3 reversed→5 → mean 4.5 → 58.3; s1=5, s2=6 reversed→2 → 3.5 → 41.7;
    # d1=2, d2=1 reversed→7 → 4.5 → 58.3
    scores = scale_scores(mini, {"n1": 4, "s1": 5, "d1": 2, "n2": 3, "s2": 6, "d2": 1})
    assert scores == {"naerhed": 58.3, "selvrealisering": 41.7, "desorganisering": 58.3}


def test_classify_the_four_corners(questionnaire: Questionnaire) -> None:
    rules = questionnaire.scoring
    assert classify({"naerhed": 10, "selvrealisering": 10, "desorganisering": 10}, rules) == "tryg"
    assert (
        classify({"naerhed": 85, "selvrealisering": 20, "desorganisering": 20}, rules)
        == "ambivalent"
    )
    assert (
        classify({"naerhed": 20, "selvrealisering": 85, "desorganisering": 20}, rules)
        == "undvigende"
    )
    assert (
        classify({"naerhed": 85, "selvrealisering": 85, "desorganisering": 20}, rules)
        == "desorganiseret"
    )
    assert (
        classify({"naerhed": 10, "selvrealisering": 10, "desorganisering": 90}, rules)
        == "desorganiseret"
    )


def test_neighbour_is_named_only_near_a_cut_off(questionnaire: Questionnaire) -> None:
    rules = questionnaire.scoring
    near = {"naerhed": rules.over_weighted - 2, "selvrealisering": 10, "desorganisering": 10}
    assert classify(near, rules) == "tryg"
    assert near_patterns(near, rules) == ("tryg", ("ambivalent",), ())
    far = {"naerhed": 10, "selvrealisering": 10, "desorganisering": 10}
    assert near_patterns(far, rules) == ("tryg", (), ())


def test_distances_to_each_zone(questionnaire: Questionnaire) -> None:
    """The largest single-score move that reaches each zone, worked out by hand."""
    rules = questionnaire.scoring
    assert (rules.over_weighted, rules.both_high, rules.desorganisering) == (50, 60, 65)
    point = {"naerhed": 56.0, "selvrealisering": 30.0, "desorganisering": 40.0}
    assert pattern_distances(point, rules) == {
        "tryg": 6.0,  # naerhed down to 50
        "ambivalent": 0.0,
        "undvigende": 20.0,  # selvrealisering up to 50 (naerhed down to 36)
        "desorganiseret": 25.0,  # desorganisering up to 65
    }


def test_a_point_on_a_boundary_names_every_pattern_it_is_equally_near(
    questionnaire: Questionnaire,
) -> None:
    rules = questionnaire.scoring
    tie = {"naerhed": 55.0, "selvrealisering": 55.0, "desorganisering": 20.0}
    pattern, _, equally = near_patterns(tie, rules)
    assert set(equally) == {"ambivalent", "undvigende"}
    assert equally[0] == pattern
    on_edge = {"naerhed": 50.0, "selvrealisering": 20.0, "desorganisering": 20.0}
    assert near_patterns(on_edge, rules)[2] == ("ambivalent", "tryg")
    off_edge = {"naerhed": 50.1, "selvrealisering": 20.0, "desorganisering": 20.0}
    assert near_patterns(off_edge, rules)[2] == ()


def test_a_result_carries_everything(questionnaire: Questionnaire) -> None:
    answers = {q.id: (2 if not q.reverse else 6) for q in questionnaire.questions}
    result = score(questionnaire, answers)
    assert result.pattern == "tryg"
    assert result.scores["naerhed"] == result.scores["selvrealisering"] < 20
    assert result.balance == 0
    assert result.neighbour is None
    assert result.flags == ()
    assert result.confident
    assert list(result.answers) == [q.id for q in questionnaire.questions]
    assert all(0 < value < 20 for value in result.uncertainty.values())


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_every_score_lies_within_0_to_100(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    result = score(questionnaire, data.draw(answers_strategy(questionnaire)))
    assert all(0 <= result.scores[scale] <= 100 for scale in SCALES)
    assert -100 <= result.balance <= 100
    assert result.pattern in PATTERNS or (result.pattern is None and result.unreadable)
    assert result.neighbour is None or result.neighbour in PATTERNS
    if result.pattern is not None:
        assert result.pattern not in result.neighbours


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_opposite_pole_answers_mirror_the_balance(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    answers = data.draw(answers_strategy(questionnaire))
    opposite = {key: questionnaire.points + 1 - value for key, value in answers.items()}
    first, second = score(questionnaire, answers), score(questionnaire, opposite)
    assert abs(first.balance + second.balance) < 0.11
    for scale in SCALES:
        assert abs(first.scores[scale] + second.scores[scale] - 100) < 0.11


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_agreeing_more_never_lowers_the_scale(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    answers = data.draw(answers_strategy(questionnaire))
    question = data.draw(st.sampled_from(questionnaire.questions))
    before = scale_scores(questionnaire, answers)[question.scale]
    step = 1 if not question.reverse else -1
    moved = min(questionnaire.points, max(1, answers[question.id] + step))
    after = scale_scores(questionnaire, {**answers, question.id: moved})[question.scale]
    assert after >= before


def test_unreadable_answers_name_no_pattern(questionnaire: Questionnaire) -> None:
    for value in range(1, questionnaire.points + 1):
        result = score(questionnaire, dict.fromkeys(questionnaire.by_id, value))
        assert not result.readable
        assert result.pattern is None
        assert result.neighbours == () and result.equally_near == ()
        assert not result.confident
        assert all(0 <= result.scores[scale] <= 100 for scale in SCALES)


def test_the_result_keeps_its_checks_and_times(questionnaire: Questionnaire) -> None:
    answers = {q.id: (2 if not q.reverse else 6) for q in questionnaire.questions}
    hurried = score(questionnaire, answers, dict.fromkeys(answers, 0.5))
    assert "speed" in [flag.code for flag in hurried.flags]
    assert "speed" in [check.code for check in hurried.checks]
    assert hurried.seconds == dict.fromkeys(answers, 0.5)
    assert score(questionnaire, answers).seconds is None
