"""Scoring: scale scores, balance, pattern, neighbour, with property tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.built import answers_for_scores, build_questionnaire
from tui.model.questionnaire import PATTERNS, SCALES, Questionnaire, Scoring
from tui.model.scoring import (
    classify,
    item_value,
    near_patterns,
    pattern_distances,
    scale_scores,
    score,
    standard_error,
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


# --- The rules at their boundaries (docs/scoring.md, section 3; cut-offs from questions.toml) ---


def point(naerhed: float, selvrealisering: float, desorganisering: float) -> dict[str, float]:
    return {
        "naerhed": naerhed,
        "selvrealisering": selvrealisering,
        "desorganisering": desorganisering,
    }


def test_the_cut_offs_are_the_documented_ones(questionnaire: Questionnaire) -> None:
    rules = questionnaire.scoring
    assert (rules.over_weighted, rules.both_high, rules.desorganisering) == (50, 60, 65)
    assert rules.margin == 10


def test_desorganisering_at_or_above_its_cut_off_is_desorganiseret(
    questionnaire: Questionnaire,
) -> None:
    """Rule 1: `desorganisering ≥ 65`, whatever the drives."""
    rules = questionnaire.scoring
    cut = rules.desorganisering
    assert classify(point(20, 20, cut), rules) == "desorganiseret"
    assert classify(point(20, 20, cut + 0.1), rules) == "desorganiseret"
    assert classify(point(20, 20, cut - 0.1), rules) == "tryg"
    assert classify(point(80, 20, cut - 0.1), rules) == "ambivalent"


def test_both_drives_at_or_above_both_high_is_desorganiseret(
    questionnaire: Questionnaire,
) -> None:
    """Rule 2: `naerhed ≥ 60` and `selvrealisering ≥ 60`; one of them alone is not enough."""
    rules = questionnaire.scoring
    high = rules.both_high
    assert classify(point(high, high, 20), rules) == "desorganiseret"
    assert classify(point(high + 0.1, high + 0.1, 20), rules) == "desorganiseret"
    # Just below on one drive: the other side weighs more (rule 4).
    assert classify(point(high, high - 0.1, 20), rules) == "ambivalent"
    assert classify(point(high - 0.1, high, 20), rules) == "undvigende"
    assert classify(point(high + 30, 20, 20), rules) == "ambivalent"
    assert classify(point(20, high + 30, 20), rules) == "undvigende"


def test_a_drive_at_over_weighted_is_over_weighted(questionnaire: Questionnaire) -> None:
    """Rule 3: tryg only where both drives are *under* 50; at 50 a drive is over-weighted."""
    rules = questionnaire.scoring
    cut = rules.over_weighted
    assert classify(point(cut - 0.1, cut - 0.1, 20), rules) == "tryg"
    assert classify(point(cut, 20, 20), rules) == "ambivalent"
    assert classify(point(cut - 0.1, 20, 20), rules) == "tryg"
    assert classify(point(20, cut, 20), rules) == "undvigende"
    assert classify(point(20, cut - 0.1, 20), rules) == "tryg"
    assert classify(point(cut - 0.1, cut, 20), rules) == "undvigende"


def test_a_tie_between_the_drives_goes_to_closeness(questionnaire: Questionnaire) -> None:
    """Rule 4: `selvrealisering > naerhed` → undvigende, else (ties too) ambivalent."""
    rules = questionnaire.scoring
    assert classify(point(55, 55, 20), rules) == "ambivalent"
    assert classify(point(55, 55.1, 20), rules) == "undvigende"
    assert classify(point(55.1, 55, 20), rules) == "ambivalent"


def closed_form(scores: dict[str, float], rules: Scoring) -> dict[str, float]:
    """The distances of docs/scoring.md ("Distance to each pattern"), written out anew."""
    n, s, d = scores["naerhed"], scores["selvrealisering"], scores["desorganisering"]
    ow, bh, dc = rules.over_weighted, rules.both_high, rules.desorganisering
    return {
        "tryg": max(0, n - ow, s - ow, d - dc),
        "ambivalent": max(0, d - dc, (s - n) / 2, ow - n, s - bh),
        "undvigende": max(0, d - dc, (n - s) / 2, ow - s, n - bh),
        "desorganiseret": max(0, min(dc - d, max(bh - n, bh - s))),
    }


tenth = st.integers(0, 1000).map(lambda tenths: tenths / 10)


@settings(max_examples=300, deadline=None)
@given(n=tenth, s=tenth, d=tenth)
def test_distances_follow_the_closed_form(
    questionnaire: Questionnaire, n: float, s: float, d: float
) -> None:
    rules = questionnaire.scoring
    scores = point(n, s, d)
    expected = closed_form(scores, rules)
    distances = pattern_distances(scores, rules)
    assert distances == pytest.approx(expected, abs=0.006)
    # The pattern the rule names is the one whose zone holds the point.
    assert distances[classify(scores, rules)] == 0


@settings(max_examples=300, deadline=None)
@given(n=tenth, s=tenth, d=tenth)
def test_neighbours_are_the_patterns_within_the_margin_nearest_first(
    questionnaire: Questionnaire, n: float, s: float, d: float
) -> None:
    rules = questionnaire.scoring
    scores = point(n, s, d)
    distances = closed_form(scores, rules)
    pattern, neighbours, equally = near_patterns(scores, rules)
    assert pattern == classify(scores, rules)
    within = [p for p in PATTERNS if p != pattern and distances[p] <= rules.margin + 1e-9]
    assert sorted(neighbours) == sorted(within)
    assert [distances[p] for p in neighbours] == sorted(distances[p] for p in neighbours)
    on_boundary = [p for p in neighbours if distances[p] <= 0.05 + 1e-9]
    assert equally == ((pattern, *on_boundary) if on_boundary else ())


def test_a_pattern_exactly_at_the_margin_is_a_neighbour(questionnaire: Questionnaire) -> None:
    rules = questionnaire.scoring
    # naerhed 40 must rise 10 points to reach 50, where ambivalent begins.
    at = point(rules.over_weighted - rules.margin, 20, 20)
    assert near_patterns(at, rules) == ("tryg", ("ambivalent",), ())
    beyond = point(rules.over_weighted - rules.margin - 0.1, 20, 20)
    assert near_patterns(beyond, rules) == ("tryg", (), ())


def test_neighbours_are_named_nearest_first(questionnaire: Questionnaire) -> None:
    rules = questionnaire.scoring
    # tryg at 45/42: ambivalent needs naerhed +5, undvigende selvrealisering +8;
    # desorganiseret needs both up to 60 (18) or desorganisering up to 65 (45).
    assert near_patterns(point(45, 42, 20), rules) == ("tryg", ("ambivalent", "undvigende"), ())
    assert near_patterns(point(42, 45, 20), rules) == ("tryg", ("undvigende", "ambivalent"), ())
    # Equally far (5 each): in PATTERNS order.
    assert near_patterns(point(45, 45, 20), rules) == ("tryg", ("ambivalent", "undvigende"), ())
    # desorganisering 58 is 7 from its cut-off, and nearer than undvigende (8).
    assert near_patterns(point(45, 42, 58), rules) == (
        "tryg",
        ("ambivalent", "desorganiseret", "undvigende"),
        (),
    )


def test_equally_near_within_the_rounding_of_the_scores(questionnaire: Questionnaire) -> None:
    """A pattern within 0.05 of the point counts as equally near; 0.1 away it does not."""
    rules = questionnaire.scoring
    # (55.1 − 55.0) / 2 = 0.05: undvigende is that near; both drives up to 60 take 5,
    # both down under 50 take 5.1.
    near = ("undvigende", "desorganiseret", "tryg")
    assert near_patterns(point(55.1, 55.0, 20), rules) == (
        "ambivalent",
        near,
        ("ambivalent", "undvigende"),
    )
    assert near_patterns(point(55.2, 55.0, 20), rules) == ("ambivalent", near, ())
    # Both drives alike: equally near both, the rule's own (closeness) first.
    assert near_patterns(point(55, 55, 20), rules)[2] == ("ambivalent", "undvigende")
    # At the desorganisering cut-off: desorganiseret, and the pattern just below it.
    assert near_patterns(point(20, 20, rules.desorganisering), rules)[2] == (
        "desorganiseret",
        "tryg",
    )
    # Both drives at both_high: desorganiseret, equally near the two one-drive patterns.
    high = rules.both_high
    assert near_patterns(point(high, high, 20), rules)[2] == (
        "desorganiseret",
        "ambivalent",
        "undvigende",
    )


# --- The same rules through score(), with reachable scores ---


def test_reachable_scores_at_the_cut_offs(questionnaire: Questionnaire) -> None:
    """10 drive statements on 1–7: a score moves in steps of 100/60, so 50.0 and 60.0 exist."""
    for scores in (point(50, 20, 20.8), point(60, 60, 64.6), point(48.3, 51.7, 62.5)):
        assert score(questionnaire, answers_for_scores(questionnaire, scores)).scores == scores


def test_a_drive_at_exactly_50_lies_on_the_boundary_with_tryg(
    questionnaire: Questionnaire,
) -> None:
    result = score(questionnaire, answers_for_scores(questionnaire, point(50.0, 20.0, 20.8)))
    assert result.readable and result.flags == ()
    assert result.pattern == "ambivalent"
    assert result.equally_near == ("ambivalent", "tryg")
    assert result.neighbours == ("tryg",) and result.neighbour == "tryg"
    assert not result.confident


def test_just_under_and_over_50_name_the_other_side_as_neighbour(
    questionnaire: Questionnaire,
) -> None:
    below = score(questionnaire, answers_for_scores(questionnaire, point(48.3, 20.0, 20.8)))
    assert (below.pattern, below.neighbours, below.equally_near) == ("tryg", ("ambivalent",), ())
    above = score(questionnaire, answers_for_scores(questionnaire, point(20.0, 51.7, 20.8)))
    assert (above.pattern, above.neighbours, above.equally_near) == ("undvigende", ("tryg",), ())
    for result in (below, above):
        assert result.readable and result.flags == ()
        assert not result.confident


def test_both_drives_at_60_through_score(questionnaire: Questionnaire) -> None:
    at = score(questionnaire, answers_for_scores(questionnaire, point(60.0, 60.0, 20.8)))
    assert at.pattern == "desorganiseret"
    assert at.equally_near == ("desorganiseret", "ambivalent", "undvigende")
    below = score(questionnaire, answers_for_scores(questionnaire, point(60.0, 58.3, 20.8)))
    assert below.pattern == "ambivalent"
    # (60 − 58.3) / 2 = 0.85 to undvigende; 1.7 up to both_high; 10 down to tryg.
    assert below.neighbours == ("undvigende", "desorganiseret", "tryg")


def test_desorganisering_either_side_of_65_through_score(questionnaire: Questionnaire) -> None:
    """8 statements: 64.6 and 66.7 are the reachable scores either side of the cut-off."""
    under = score(questionnaire, answers_for_scores(questionnaire, point(20.0, 20.0, 64.6)))
    assert (under.pattern, under.neighbour) == ("tryg", "desorganiseret")
    over = score(questionnaire, answers_for_scores(questionnaire, point(20.0, 20.0, 66.7)))
    assert (over.pattern, over.neighbour) == ("desorganiseret", "tryg")


def test_a_clear_readable_result_far_from_every_cut_off_is_confident(
    questionnaire: Questionnaire,
) -> None:
    result = score(questionnaire, answers_for_scores(questionnaire, point(80.0, 20.0, 20.8)))
    assert result.pattern == "ambivalent" and result.neighbours == () and result.flags == ()
    assert result.confident
    assert result.balance == -60.0


def test_a_flagged_result_is_not_confident(questionnaire: Questionnaire) -> None:
    answers = answers_for_scores(questionnaire, point(80.0, 20.0, 20.8))
    result = score(questionnaire, answers, dict.fromkeys(answers, 1.0))
    assert result.pattern == "ambivalent" and result.neighbours == ()
    assert [flag.code for flag in result.flags] == ["speed"]
    assert not result.confident


# --- Speed through score() (docs/scoring.md, section 5: median under 2 s per answer) ---


def test_a_median_of_exactly_the_limit_is_not_too_fast(questionnaire: Questionnaire) -> None:
    answers = answers_for_scores(questionnaire, point(80.0, 20.0, 20.8))
    limit = questionnaire.scoring.fast_median_seconds
    ids = list(answers)
    # The median, not the mean: one answer in 0 s leaves the median at the limit.
    at_limit = {key: (0.0 if key == ids[0] else limit) for key in ids}
    result = score(questionnaire, answers, at_limit)
    assert result.flags == ()
    [speed] = [check for check in result.checks if check.code == "speed"]
    assert (speed.value, speed.low, speed.flagged) == (limit, limit, False)
    just_under = {key: limit - 0.01 for key in ids}
    [flag] = score(questionnaire, answers, just_under).flags
    assert (flag.code, flag.value, flag.limit) == ("speed", limit - 0.01, limit)


def test_a_median_between_two_middle_times(questionnaire: Questionnaire) -> None:
    """28 answers: the median is the mean of the 14th and 15th time."""
    answers = answers_for_scores(questionnaire, point(80.0, 20.0, 20.8))
    ids = list(answers)
    half = len(ids) // 2
    times = {key: (1.0 if i < half else 2.98) for i, key in enumerate(ids)}
    [flag] = score(questionnaire, answers, times).flags
    assert (flag.code, flag.value) == ("speed", 1.99)
    times = {key: (1.0 if i < half else 3.0) for i, key in enumerate(ids)}
    assert score(questionnaire, answers, times).flags == ()


def test_answers_timed_at_0_seconds_are_too_fast(questionnaire: Questionnaire) -> None:
    answers = answers_for_scores(questionnaire, point(80.0, 20.0, 20.8))
    result = score(questionnaire, answers, dict.fromkeys(answers, 0.0))
    [flag] = result.flags
    assert (flag.code, flag.value) == ("speed", 0.0)
    assert result.seconds == dict.fromkeys(answers, 0.0)
    assert result.pattern == "ambivalent", "a flag makes the result uncertain, never unreadable"


# --- Uncertainty, worked out by hand (docs/scoring.md, "Uncertainty") ---


def test_the_uncertainty_by_hand(questionnaire: Questionnaire) -> None:
    """SEM = spread × √(1 − reliability); the 90% half-width is 1.645 × SEM.

    naerhed:         19 × √0.13 = 6.8505 → × 1.645 = 11.27 → 11.3
    selvrealisering: 19 × √0.10 = 6.0083 → × 1.645 =  9.88 →  9.9
    desorganisering: 19 × √0.15 = 7.3587 → × 1.645 = 12.11 → 12.1
    balance: √(6.8505² + 6.0083²) = √(46.93 + 36.10) = 9.1121 → × 1.645 = 14.99 → 15.0
    (the table in docs/scoring.md gives the same).
    """
    rules = questionnaire.scoring
    assert dict(rules.reliability) == {
        "naerhed": 0.87,
        "selvrealisering": 0.90,
        "desorganisering": 0.85,
    }
    assert dict(rules.spread) == dict.fromkeys(SCALES, 19.0)
    result = score(questionnaire, answers_for_scores(questionnaire, point(80.0, 20.0, 20.8)))
    assert result.uncertainty == {
        "naerhed": 11.3,
        "selvrealisering": 9.9,
        "desorganisering": 12.1,
    }
    assert result.balance_uncertainty == 15.0
    assert standard_error(rules, "naerhed") == pytest.approx(6.8505, abs=1e-4)


def test_the_uncertainty_with_the_default_reliability(mini: Questionnaire) -> None:
    """mini.toml states no reliability or spread: 0.85 and 19 for every scale.

    SEM = 19 × √0.15 = 7.3587 → × 1.645 = 12.11 → 12.1;
    balance: √2 × 7.3587 = 10.4068 → × 1.645 = 17.12 → 17.1.
    """
    result = score(mini, {"n1": 4, "s1": 5, "d1": 2, "n2": 3, "s2": 6, "d2": 1})
    assert result.uncertainty == dict.fromkeys(SCALES, 12.1)
    assert result.balance_uncertainty == 17.1
    assert (result.questionnaire_id, result.questionnaire_version) == (mini.id, mini.version)
    assert (mini.id, mini.version) == ("mini", "1")


def test_distances_under_one_point(questionnaire: Questionnaire) -> None:
    """Near a cut-off the distance is the fraction of a point still missing."""
    rules = questionnaire.scoring
    assert pattern_distances(point(20, 20, 64.6), rules)["desorganiseret"] == 0.4
    assert pattern_distances(point(59.5, 70, 20), rules)["desorganiseret"] == 0.5
    assert pattern_distances(point(49.6, 30, 20), rules)["ambivalent"] == 0.4


# --- The smallest legal questionnaire: 2 points, a cut-off of 0 ---


def test_two_points_score_0_50_and_100() -> None:
    two = build_questionnaire(points=2)
    # One forward and one reversed statement per scale: a reversed 1 counts as 2.
    answers = {"n1": 2, "n2": 1, "s1": 1, "s2": 2, "d1": 1, "d2": 1}
    result = score(two, answers)
    assert result.scores == point(100.0, 0.0, 50.0)
    assert result.balance == -100.0
    assert item_value(1, True, 2) == 2 and item_value(2, True, 2) == 1


def test_a_cut_off_of_0_is_reached_by_a_score_of_0() -> None:
    zero = build_questionnaire(
        points=2, cut_offs="over_weighted = 0\nboth_high = 100\ndesorganisering = 100\nmargin = 0"
    )
    rules = zero.scoring
    assert classify(point(0, 0, 0), rules) == "ambivalent"  # at 0 a drive is over-weighted
    assert classify(point(0, 0.1, 0), rules) == "undvigende"
    # The closed form puts tryg's empty zone (both drives under 0) at distance 0 as well.
    assert near_patterns(point(0, 0, 0), rules) == (
        "ambivalent",
        ("tryg", "undvigende"),
        ("ambivalent", "tryg", "undvigende"),
    )
    disorganised = build_questionnaire(
        points=2, cut_offs="over_weighted = 50\nboth_high = 60\ndesorganisering = 0\nmargin = 0"
    )
    assert classify(point(0, 0, 0), disorganised.scoring) == "desorganiseret"
    assert pattern_distances(point(0, 0, 0), disorganised.scoring)["desorganiseret"] == 0
