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
    rules = questionnaire.scoring
    values = [answers[q.id] for q in questionnaire.questions]
    flags: list[Flag] = []
    run = longest_run(values)
    limit = min(rules.straight_run, len(values))
    if run >= limit:
        flags.append(Flag("straight_lining", run, limit))
    raw_mean = round(sum(values) / len(values), 2)
    if raw_mean >= rules.acquiescence_high:
        flags.append(Flag("acquiescence", raw_mean, rules.acquiescence_high))
    elif raw_mean <= rules.acquiescence_low:
        flags.append(Flag("acquiescence", raw_mean, rules.acquiescence_low))
    apart = sum(1 for a, b in rules.pairs if abs(answers[a] - answers[b]) >= rules.pair_gap)
    if rules.pairs and apart >= rules.pair_count:
        flags.append(Flag("inconsistency", apart, rules.pair_count))
    if seconds:
        median = round(statistics.median(seconds.values()), 2)
        if median < rules.fast_median_seconds:
            flags.append(Flag("speed", median, rules.fast_median_seconds))
    return tuple(flags)
