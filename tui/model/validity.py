"""Response validity: answers that carry no reading, and checks that make a reading uncertain."""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from tui.model.questionnaire import SCALES, Questionnaire

FLAGS: tuple[str, ...] = ("straight_lining", "acquiescence", "inconsistency", "speed")
"""Every validity flag, in the order they are reported."""

UNREADABLE: tuple[str, ...] = ("same_answer", "agree_both_ways", "disagree_both_ways")
"""Every reason why answers carry no reading at all, in the order they are reported."""


@dataclass(frozen=True)
class Flag:
    """One reason to hold the result loosely, with the figure behind it."""

    code: str
    """One of FLAGS."""
    value: float
    """The figure measured: run length, keyed mean, pairs apart, or median seconds."""
    limit: float
    """The threshold it crossed."""


@dataclass(frozen=True)
class Check:
    """One validity check with its figure, whether or not it raised a flag."""

    code: str
    value: float
    low: float | None
    """Flag at or below this (acquiescence and speed), else None."""
    high: float | None
    """Flag at or above this, or None where only `low` applies."""
    flagged: bool

    def flag(self) -> Flag:
        """The flag this check raised, with the limit it crossed."""
        if self.high is not None and (self.low is None or self.value >= self.high):
            return Flag(self.code, self.value, self.high)
        assert self.low is not None
        return Flag(self.code, self.value, self.low)


@dataclass(frozen=True)
class Reason:
    """Why the answers carry no reading, with the figure behind it."""

    code: str
    """One of UNREADABLE."""
    value: float
    """Per cent of statements given the most common answer (same_answer), or the
    agreement with statements and their opposites alike, 1–points (see `both_ways`)."""
    limit: float
    """The threshold it reached."""


def longest_run(values: list[int]) -> int:
    """The length of the longest run of identical consecutive values."""
    best = run = 0
    previous: int | None = None
    for value in values:
        run = run + 1 if value == previous else 1
        previous = value
        best = max(best, run)
    return best


def keyed_sides(
    questionnaire: Questionnaire, answers: Mapping[str, int]
) -> list[tuple[float, float]]:
    """Per scale with both kinds of statement: the mean raw answer on its forward
    statements and on its reversed ones."""
    sides: list[tuple[float, float]] = []
    for scale in SCALES:
        items = questionnaire.on_scale(scale)
        forward = [answers[q.id] for q in items if not q.reverse]
        reverse = [answers[q.id] for q in items if q.reverse]
        if forward and reverse:
            sides.append((statistics.fmean(forward), statistics.fmean(reverse)))
    return sides


def both_ways(questionnaire: Questionnaire, answers: Mapping[str, int]) -> tuple[float, float]:
    """How far the person agrees with statements and their opposites alike, on 1–points.

    Returns the mean over scales of the lower of the two sides' mean answers (high
    when both a scale's statements and their opposites are agreed with) and of the
    higher one (low when both are disagreed with). Someone who answers by content
    agrees with one side and not the other, so the first stays low and the second
    high whatever their pattern; (nan, nan) when no scale has both kinds.
    """
    sides = keyed_sides(questionnaire, answers)
    if not sides:
        return math.nan, math.nan
    agree = statistics.fmean(min(side) for side in sides)
    disagree = statistics.fmean(max(side) for side in sides)
    return round(agree, 2), round(disagree, 2)


def keyed_mean(questionnaire: Questionnaire, answers: Mapping[str, int]) -> float:
    """How much the person agrees regardless of what the statements say, on 1–points.

    For each scale with both forward and reversed statements, the mean raw answer
    on its forward statements and on its reversed ones are averaged; the result is
    the mean over those scales. Someone who answers by content gives a statement
    and its opposite answers that mirror each other, so this stays near the middle
    of the scale whatever their pattern; agreeing (or disagreeing) with both pulls
    it to an end. Weighting forward and reversed alike keeps an unequal keying
    share (6 forward, 2 reversed) from passing for a response style.
    Returns the plain mean of all answers when no scale has both kinds.
    """
    means = [(forward + reverse) / 2 for forward, reverse in keyed_sides(questionnaire, answers)]
    if not means:
        return round(statistics.fmean(answers[q.id] for q in questionnaire.questions), 2)
    return round(statistics.fmean(means), 2)


def validity_checks(
    questionnaire: Questionnaire,
    answers: Mapping[str, int],
    seconds: Mapping[str, float] | None = None,
) -> tuple[Check, ...]:
    """Every check with its figure: first those that can leave no reading, then the flags.

    - same_answer: the per cent of statements given the most common answer, at or
      above `same_answer_share`. Forward and reversed statements then got the same
      answer, so every score is set by the keying, not by the person.
    - agree_both_ways / disagree_both_ways: statements and their opposites agreed
      with alike at or above `both_ways_high`, or disagreed with alike at or below
      `both_ways_low` (see `both_ways`): the two cancel and no content is left.
    - straight_lining, acquiescence, inconsistency and speed (only with timings)
      make a readable result uncertain.

    Args:
        questionnaire: The questionnaire answered.
        answers: Complete answers.
        seconds: Time per question (interactive use only); None skips the speed check.
    """
    rules = questionnaire.scoring
    values = [answers[q.id] for q in questionnaire.questions]
    share = round(Counter(values).most_common(1)[0][1] / len(values) * 100)
    share_limit = round(rules.same_answer_share * 100)
    checks = [Check("same_answer", share, None, share_limit, share >= share_limit)]
    agree, disagree = both_ways(questionnaire, answers)
    if not math.isnan(agree):
        high, low = rules.both_ways_high, rules.both_ways_low
        checks.append(Check("agree_both_ways", agree, None, high, agree >= high))
        checks.append(Check("disagree_both_ways", disagree, low, None, disagree <= low))
    run = longest_run(values)
    run_limit = min(rules.straight_run, len(values))
    mean = keyed_mean(questionnaire, answers)
    apart = sum(1 for a, b in rules.pairs if abs(answers[a] - answers[b]) >= rules.pair_gap)
    checks += [
        Check("straight_lining", run, None, run_limit, run >= run_limit),
        Check(
            "acquiescence",
            mean,
            rules.acquiescence_low,
            rules.acquiescence_high,
            not rules.acquiescence_low < mean < rules.acquiescence_high,
        ),
    ]
    if rules.pairs:
        checks.append(
            Check("inconsistency", apart, None, rules.pair_count, apart >= rules.pair_count)
        )
    if seconds:
        median = round(statistics.median(seconds.values()), 2)
        checks.append(
            Check(
                "speed", median, rules.fast_median_seconds, None, median < rules.fast_median_seconds
            )
        )
    return tuple(checks)


def unreadable_reasons(checks: tuple[Check, ...]) -> tuple[Reason, ...]:
    """Why the answers carry no reading at all; empty when they can be read."""
    return tuple(
        Reason(flag.code, flag.value, flag.limit)
        for flag in (check.flag() for check in checks if check.flagged)
        if flag.code in UNREADABLE
    )


def validity_flags(checks: tuple[Check, ...]) -> tuple[Flag, ...]:
    """The flags among some checks: reasons to hold a readable result loosely."""
    return tuple(check.flag() for check in checks if check.flagged and check.code in FLAGS)
