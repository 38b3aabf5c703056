"""Validity flags: straight-lining, acquiescence, inconsistency and speed."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.built import build_questionnaire
from tui.model.questionnaire import SCALES, Questionnaire
from tui.model.validity import (
    Check,
    Flag,
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


# --- Each rule at its limit (docs/scoring.md, section 5; limits from questions.toml) ---


def sided(questionnaire: Questionnaire, forward: list[int], reverse: list[int]) -> dict[str, int]:
    """Raw answers cycling through `forward` on forward statements and `reverse` on reversed
    ones, each scale starting afresh, so every scale's two sides have the means given."""
    answers: dict[str, int] = {}
    for scale in SCALES:
        items = questionnaire.on_scale(scale)
        ahead = [q for q in items if not q.reverse]
        back = [q for q in items if q.reverse]
        answers.update({q.id: forward[i % len(forward)] for i, q in enumerate(ahead)})
        answers.update({q.id: reverse[i % len(reverse)] for i, q in enumerate(back)})
    return {q.id: answers[q.id] for q in questionnaire.questions}


def check(questionnaire: Questionnaire, answers: dict[str, int], code: str) -> Check:
    [found] = [c for c in validity_checks(questionnaire, answers) if c.code == code]
    return found


def test_the_limits_are_the_documented_ones(questionnaire: Questionnaire) -> None:
    rules = questionnaire.scoring
    assert (rules.acquiescence_low, rules.acquiescence_high) == (3.0, 5.0)
    assert (rules.both_ways_low, rules.both_ways_high) == (2.5, 5.5)
    assert (rules.same_answer_share, rules.straight_run) == (0.75, 10)
    assert (rules.pair_gap, rules.pair_count, rules.fast_median_seconds) == (3, 2, 2.0)


def test_the_shipped_scales_have_6_6_and_6_forward_statements(
    questionnaire: Questionnaire,
) -> None:
    """The counts the by-hand means below rely on (4 of 10, 4 of 10, 2 of 8 reversed)."""
    counts = [sum(not q.reverse for q in questionnaire.on_scale(scale)) for scale in SCALES]
    assert counts == [6, 6, 6]
    assert [len(questionnaire.on_scale(scale)) for scale in SCALES] == [10, 10, 8]


def test_acquiescence_at_exactly_its_upper_limit(questionnaire: Questionnaire) -> None:
    """Keyed mean ≥ 5.0 is flagged: 4 and 6 on both sides average 5.0 exactly."""
    high = questionnaire.scoring.acquiescence_high
    answers = sided(questionnaire, [4, 6], [4, 6])
    assert keyed_mean(questionnaire, answers) == high
    assert codes(questionnaire, answers) == ["acquiescence"]
    [flag] = validity_flags(validity_checks(questionnaire, answers))
    assert (flag.value, flag.limit) == (high, high)
    # One naerhed forward 6 → 5: side (29/6 + 5) / 2, mean over three scales 4.97.
    lower = dict(answers)
    lower[questionnaire.on_scale("naerhed")[1].id] = 5
    assert not questionnaire.on_scale("naerhed")[1].reverse
    assert keyed_mean(questionnaire, lower) == 4.97
    assert codes(questionnaire, lower) == []


def test_acquiescence_at_exactly_its_lower_limit(questionnaire: Questionnaire) -> None:
    """Keyed mean ≤ 3.0 is flagged (nay-saying): 2 and 4 on both sides average 3.0."""
    low = questionnaire.scoring.acquiescence_low
    answers = sided(questionnaire, [2, 4], [2, 4])
    assert keyed_mean(questionnaire, answers) == low
    [flag] = validity_flags(validity_checks(questionnaire, answers))
    assert (flag.code, flag.value, flag.limit) == ("acquiescence", low, low)
    higher = dict(answers)
    higher[questionnaire.on_scale("naerhed")[0].id] = 3  # forward 2 → 3: 3.03
    assert keyed_mean(questionnaire, higher) == 3.03
    assert codes(questionnaire, higher) == []


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_the_keyed_mean_and_both_ways_by_their_definitions(
    questionnaire: Questionnaire, data: st.DataObject
) -> None:
    """Per scale: the mean forward and mean reversed raw answer. The keyed mean averages
    each scale's two, then the scales; both_ways takes the lower (and the higher) of the
    two per scale, averaged over the scales."""
    answers = {
        q.id: data.draw(st.integers(1, questionnaire.points)) for q in questionnaire.questions
    }
    sides = []
    for scale in SCALES:
        items = questionnaire.on_scale(scale)
        forward = [answers[q.id] for q in items if not q.reverse]
        reverse = [answers[q.id] for q in items if q.reverse]
        sides.append((sum(forward) / len(forward), sum(reverse) / len(reverse)))
    assert keyed_mean(questionnaire, answers) == pytest.approx(
        sum(f + r for f, r in sides) / 2 / len(sides), abs=0.0051
    )
    agree, disagree = both_ways(questionnaire, answers)
    assert agree == pytest.approx(sum(min(side) for side in sides) / len(sides), abs=0.0051)
    assert disagree == pytest.approx(sum(max(side) for side in sides) / len(sides), abs=0.0051)
    assert agree <= keyed_mean(questionnaire, answers) <= disagree


def test_agreeing_both_ways_at_exactly_its_limit(questionnaire: Questionnaire) -> None:
    """The lower side's mean ≥ 5.5, averaged over the scales: 5 and 6 on both sides."""
    high = questionnaire.scoring.both_ways_high
    answers = sided(questionnaire, [5, 6], [5, 6])
    assert both_ways(questionnaire, answers)[0] == high
    [reason] = unreadable_reasons(validity_checks(questionnaire, answers))
    assert (reason.code, reason.value, reason.limit) == ("agree_both_ways", high, high)
    # One reversed naerhed 6 → 5: that side falls to 5.25, the mean to 5.42: readable.
    lower = dict(answers)
    lower[
        next(q.id for q in questionnaire.on_scale("naerhed") if q.reverse and lower[q.id] == 6)
    ] = 5
    assert both_ways(questionnaire, lower)[0] == 5.42
    assert reasons(questionnaire, lower) == []
    assert "acquiescence" in codes(questionnaire, lower), "still flagged as agreeing"


def test_raising_one_side_alone_does_not_agree_both_ways(questionnaire: Questionnaire) -> None:
    """Only the lower side counts: agreeing more with the statements alone is content."""
    answers = sided(questionnaire, [7], [5])
    assert both_ways(questionnaire, answers) == (5.0, 7.0)
    assert reasons(questionnaire, answers) == []


def test_disagreeing_both_ways_at_exactly_its_limit(questionnaire: Questionnaire) -> None:
    """The higher side's mean ≤ 2.5, averaged over the scales: 2 and 3 on both sides."""
    low = questionnaire.scoring.both_ways_low
    answers = sided(questionnaire, [2, 3], [3, 2])
    assert both_ways(questionnaire, answers)[1] == low
    [reason] = unreadable_reasons(validity_checks(questionnaire, answers))
    assert (reason.code, reason.value, reason.limit) == ("disagree_both_ways", low, low)
    higher = dict(answers)
    higher[
        next(q.id for q in questionnaire.on_scale("naerhed") if q.reverse and higher[q.id] == 2)
    ] = 3
    assert both_ways(questionnaire, higher)[1] == 2.58
    assert reasons(questionnaire, higher) == []


def test_same_answer_at_exactly_its_share() -> None:
    """Twelve statements: 9 alike is 75 %, the limit, and no reading; 8 alike is 67 %."""
    twelve = build_questionnaire(
        counts={"naerhed": (3, 2), "selvrealisering": (3, 2), "desorganisering": (1, 1)}
    )
    share = twelve.scoring.same_answer_share
    ids = [q.id for q in twelve.questions]
    alike = round(share * len(ids))
    assert (len(ids), alike) == (12, 9)
    at = {key: (4 if i < alike else 2 + i % 2 * 4) for i, key in enumerate(ids)}
    same = check(twelve, at, "same_answer")
    assert (same.value, same.high, same.flagged) == (75, 75, True)
    assert [r.code for r in unreadable_reasons(validity_checks(twelve, at))] == ["same_answer"]
    under = {**at, ids[0]: 7}
    same = check(twelve, under, "same_answer")
    assert (same.value, same.flagged) == (67, False)
    assert "same_answer" not in [r.code for r in unreadable_reasons(validity_checks(twelve, under))]


def test_same_answer_counts_the_most_common_answer(questionnaire: Questionnaire) -> None:
    """21 of 28 alike is 75 %, no reading; 20 of 28 is 71 %, under the limit."""
    ids = list(questionnaire.by_id)
    answers = {key: (2 if i < 21 else 6) for i, key in enumerate(ids)}
    assert check(questionnaire, answers, "same_answer").value == 75
    assert "same_answer" in reasons(questionnaire, answers)
    answers[ids[0]] = 7
    assert check(questionnaire, answers, "same_answer").value == 71
    assert "same_answer" not in reasons(questionnaire, answers)


def test_a_run_as_long_as_the_questionnaire_when_it_is_shorter(mini: Questionnaire) -> None:
    """Fewer statements than `straight_run`: a run through all of them is flagged."""
    ids = [q.id for q in mini.questions]
    assert len(ids) < mini.scoring.straight_run
    run = check(mini, dict.fromkeys(ids, 3), "straight_lining")
    assert (run.value, run.high, run.flagged) == (len(ids), len(ids), True)
    broken = check(mini, {**dict.fromkeys(ids, 3), ids[-1]: 4}, "straight_lining")
    assert (broken.value, broken.flagged) == (len(ids) - 1, False)


def test_checks_in_their_documented_order(questionnaire: Questionnaire) -> None:
    answers = varied(questionnaire)
    found = [c.code for c in validity_checks(questionnaire, answers, dict.fromkeys(answers, 5.0))]
    assert found == [
        "same_answer",
        "agree_both_ways",
        "disagree_both_ways",
        "straight_lining",
        "acquiescence",
        "inconsistency",
        "speed",
    ]
    assert [c.code for c in validity_checks(questionnaire, answers)][-1] == "inconsistency"


def test_without_pairs_there_is_no_inconsistency_check() -> None:
    plain = build_questionnaire()
    answers = dict.fromkeys(plain.by_id, 4)
    assert "inconsistency" not in [c.code for c in validity_checks(plain, answers)]


def test_the_speed_check_at_exactly_its_limit(questionnaire: Questionnaire) -> None:
    answers = varied(questionnaire)
    limit = questionnaire.scoring.fast_median_seconds
    assert "speed" not in codes(questionnaire, answers, dict.fromkeys(answers, limit))
    [flag] = [
        f
        for f in validity_flags(
            validity_checks(questionnaire, answers, dict.fromkeys(answers, limit - 0.01))
        )
        if f.code == "speed"
    ]
    assert (flag.value, flag.limit) == (limit - 0.01, limit)


def test_the_median_is_shown_to_the_hundredth_of_a_second(questionnaire: Questionnaire) -> None:
    answers = varied(questionnaire)
    [speed] = [
        c
        for c in validity_checks(questionnaire, answers, dict.fromkeys(answers, 1.2345))
        if c.code == "speed"
    ]
    assert speed.value == 1.23


def test_a_check_names_the_limit_it_crossed() -> None:
    assert Check("acquiescence", 5.2, 3.0, 5.0, True).flag() == Flag("acquiescence", 5.2, 5.0)
    assert Check("acquiescence", 2.8, 3.0, 5.0, True).flag() == Flag("acquiescence", 2.8, 3.0)
    assert Check("speed", 1.0, 2.0, None, True).flag() == Flag("speed", 1.0, 2.0)
    assert Check("straight_lining", 12, None, 10, True).flag() == Flag("straight_lining", 12, 10)


def test_without_both_kinds_of_statement_the_keyed_mean_is_the_plain_mean(
    mini: Questionnaire,
) -> None:
    """A questionnaire built in code may have no reversed statements (validate refuses it)."""
    forward = tuple(q._replace(reverse=False) for q in mini.questions)
    one_sided = replace(mini, questions=forward)
    answers = {"n1": 1, "s1": 2, "d1": 3, "n2": 4, "s2": 5, "d2": 7}
    assert keyed_mean(one_sided, answers) == round(22 / 6, 2)
    agree, disagree = both_ways(one_sided, answers)
    assert math.isnan(agree) and math.isnan(disagree)
    found = [c.code for c in validity_checks(one_sided, answers)]
    assert "agree_both_ways" not in found and "disagree_both_ways" not in found
