"""Response validity: straight-lining, acquiescence, inconsistency and speed."""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass

from tui.model.questionnaire import Questionnaire

FLAGS: tuple[str, ...] = ("straight_lining", "acquiescence", "inconsistency", "speed")
"""Every validity flag, in the order they are reported."""


@dataclass(frozen=True)
class Flag:
    """One reason to hold the result loosely, with the figure behind it."""

    code: str
    """One of FLAGS."""
    value: float
    """The figure measured: run length, raw mean, pairs apart, or median seconds."""
    limit: float
    """The threshold it crossed."""


def longest_run(values: list[int]) -> int:
    """The length of the longest run of identical consecutive values."""
    best = run = 0
    previous: int | None = None
    for value in values:
        run = run + 1 if value == previous else 1
        previous = value
        best = max(best, run)
    return best


@dataclass(frozen=True)
class Check:
    """One validity check with its figure, whether or not it raised a flag."""

    code: str
    value: float
    low: float | None
    """Flag at or below this (acquiescence only), else None."""
    high: float | None
    """Flag at or above this, or None where only `low` applies."""
    flagged: bool


def validity_checks(
    questionnaire: Questionnaire,
    answers: Mapping[str, int],
    seconds: Mapping[str, float] | None = None,
) -> tuple[Check, ...]:
    """Every validity check with its figure; the speed check only when timings are given.

    Args:
        questionnaire: The questionnaire answered.
        answers: Complete answers.
        seconds: Time per question (interactive use only); None skips the speed check.
    """
    rules = questionnaire.scoring
    values = [answers[q.id] for q in questionnaire.questions]
    run = longest_run(values)
    run_limit = min(rules.straight_run, len(values))
    raw_mean = round(sum(values) / len(values), 2)
    apart = sum(1 for a, b in rules.pairs if abs(answers[a] - answers[b]) >= rules.pair_gap)
    checks = [
        Check("straight_lining", run, None, run_limit, run >= run_limit),
        Check(
            "acquiescence",
            raw_mean,
            rules.acquiescence_low,
            rules.acquiescence_high,
            not rules.acquiescence_low < raw_mean < rules.acquiescence_high,
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


def validity_flags(
    questionnaire: Questionnaire,
    answers: Mapping[str, int],
    seconds: Mapping[str, float] | None = None,
) -> tuple[Flag, ...]:
    """Flags that make a result uncertain; they never block a result.

    Args:
        questionnaire: The questionnaire answered.
        answers: Complete answers.
        seconds: Time per question (interactive use only); None skips the speed check.
    """
    flags: list[Flag] = []
    for check in validity_checks(questionnaire, answers, seconds):
        if not check.flagged:
            continue
        if check.high is not None and (check.low is None or check.value >= check.high):
            limit = check.high
        else:
            assert check.low is not None
            limit = check.low
        flags.append(Flag(check.code, check.value, limit))
    return tuple(flags)
