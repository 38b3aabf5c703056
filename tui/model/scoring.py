"""Scoring: the three scales 0–100, the balance, the pattern and the patterns near it."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from tui.model.questionnaire import PATTERNS, SCALES, Pattern, Questionnaire, Scale, Scoring
from tui.model.validity import (
    Check,
    Flag,
    Reason,
    unreadable_reasons,
    validity_checks,
    validity_flags,
)

Z_90 = 1.645
"""Two-sided 90% normal quantile, for the uncertainty shown around a score."""

TIE = 0.05
"""Distances this close (in score points) count as equal: scores are rounded to 0.1."""


@dataclass(frozen=True)
class Result:
    """Everything that follows from one person's complete answers."""

    scores: Mapping[Scale, float]
    """Each scale 0–100: the item mean on 1–points, reverse items mirrored."""
    uncertainty: Mapping[Scale, float]
    """Half-width of each score's 90% interval, in points (from the scale's SEM)."""
    balance: float
    """selvrealisering − naerhed: −100 all closeness … +100 all self-realisation."""
    balance_uncertainty: float
    pattern: Pattern | None
    """The pattern the scores fall in; None when the answers carry no reading."""
    neighbours: tuple[Pattern, ...]
    """Other patterns within `margin` of the scores, nearest first (empty when unreadable)."""
    equally_near: tuple[Pattern, ...]
    """When the scores lie on a boundary: every pattern they are equally near, the
    rule's own pattern first. Empty otherwise. The result then names them all."""
    unreadable: tuple[Reason, ...]
    """Why the answers carry no reading; empty when they do."""
    checks: tuple[Check, ...]
    """Every validity check with its figure."""
    flags: tuple[Flag, ...]
    """The checks that make a readable result uncertain."""
    answers: Mapping[str, int]
    seconds: Mapping[str, float] | None
    """Time per question, when answered in the app (for the speed check and exports)."""
    questionnaire_id: str
    questionnaire_version: str

    @property
    def readable(self) -> bool:
        """True when the answers carry a reading and a pattern can be named."""
        return self.pattern is not None

    @property
    def neighbour(self) -> Pattern | None:
        """The nearest other pattern within the margin, if any."""
        return self.neighbours[0] if self.neighbours else None

    @property
    def confident(self) -> bool:
        """True when the answers are readable and nothing makes the pattern uncertain."""
        return self.readable and not self.flags and not self.neighbours


def item_value(answer: int, reverse: bool, points: int) -> int:
    """An answer as agreement with the scale's pole (reverse items mirrored)."""
    return points + 1 - answer if reverse else answer


def scale_scores(questionnaire: Questionnaire, answers: Mapping[str, int]) -> dict[Scale, float]:
    """Each scale's item mean rescaled from 1–points to 0–100."""
    points = questionnaire.points
    scores: dict[Scale, float] = {}
    for scale in SCALES:
        values = [
            item_value(answers[q.id], q.reverse, points) for q in questionnaire.on_scale(scale)
        ]
        mean = sum(values) / len(values)
        scores[scale] = round((mean - 1) / (points - 1) * 100, 1)
    return scores


def standard_error(scoring: Scoring, scale: Scale) -> float:
    """The standard error of measurement of a scale: spread × √(1 − reliability)."""
    return scoring.spread[scale] * math.sqrt(1 - scoring.reliability[scale])


def classify(scores: Mapping[Scale, float], scoring: Scoring) -> Pattern:
    """The pattern a point in score space falls in.

    Disorganised where `desorganisering` is high or both drives are strongly
    over-weighted (the switching between them); secure where neither drive is
    over-weighted; otherwise the side that weighs more. A tie between the drives
    is assigned to closeness here, and `pattern_distances` reports the point as
    equally near both.
    """
    closeness = scores["naerhed"]
    standing_alone = scores["selvrealisering"]
    if scores["desorganisering"] >= scoring.desorganisering:
        return "desorganiseret"
    if closeness >= scoring.both_high and standing_alone >= scoring.both_high:
        return "desorganiseret"
    if closeness < scoring.over_weighted and standing_alone < scoring.over_weighted:
        return "tryg"
    return "undvigende" if standing_alone > closeness else "ambivalent"


def pattern_distances(scores: Mapping[Scale, float], scoring: Scoring) -> dict[Pattern, float]:
    """How far each pattern's zone lies from a point: the largest move any one score needs.

    The distance is the smallest r such that moving every score by at most r points
    reaches the zone (the Chebyshev distance, with the zones' boundaries counted as
    reachable). The person's own pattern is at 0; a pattern at 0 besides it means
    the point lies on the boundary between them.
    """
    n = scores["naerhed"]
    s = scores["selvrealisering"]
    d = scores["desorganisering"]
    low_d = d - scoring.desorganisering  # how far desorganisering must fall to leave the zone
    distances: dict[Pattern, float] = {
        "desorganiseret": min(
            max(0.0, scoring.desorganisering - d),
            max(0.0, scoring.both_high - n, scoring.both_high - s),
        ),
        "tryg": max(0.0, low_d, n - scoring.over_weighted, s - scoring.over_weighted),
        "undvigende": max(
            0.0, low_d, (n - s) / 2, scoring.over_weighted - s, n - scoring.both_high
        ),
        "ambivalent": max(
            0.0, low_d, (s - n) / 2, scoring.over_weighted - n, s - scoring.both_high
        ),
    }
    distances[classify(scores, scoring)] = 0.0
    return {pattern: round(distances[pattern], 2) for pattern in PATTERNS}


def near_patterns(
    scores: Mapping[Scale, float], scoring: Scoring
) -> tuple[Pattern, tuple[Pattern, ...], tuple[Pattern, ...]]:
    """The pattern, the others within the margin (nearest first), and any tie on a boundary."""
    pattern = classify(scores, scoring)
    distances = pattern_distances(scores, scoring)
    others = sorted(
        (p for p in PATTERNS if p != pattern and distances[p] <= scoring.margin),
        key=lambda p: (distances[p], PATTERNS.index(p)),
    )
    tied = [p for p in others if distances[p] <= TIE]
    return pattern, tuple(others), (pattern, *tied) if tied else ()


def score(
    questionnaire: Questionnaire,
    answers: Mapping[str, int],
    seconds: Mapping[str, float] | None = None,
) -> Result:
    """Score complete, checked answers.

    Args:
        questionnaire: The questionnaire answered.
        answers: One answer 1..points per question id (see `answers.check_answers`).
        seconds: Optional time spent on each question, for the speed flag.

    Returns:
        The result.
    """
    scoring = questionnaire.scoring
    scores = scale_scores(questionnaire, answers)
    errors = {scale: standard_error(scoring, scale) for scale in SCALES}
    balance = round(scores["selvrealisering"] - scores["naerhed"], 1)
    balance_error = math.hypot(errors["naerhed"], errors["selvrealisering"])
    ordered = {q.id: answers[q.id] for q in questionnaire.questions}
    checks = validity_checks(questionnaire, ordered, seconds)
    unreadable = unreadable_reasons(checks)
    pattern: Pattern | None = None
    neighbours: tuple[Pattern, ...] = ()
    equally_near: tuple[Pattern, ...] = ()
    if not unreadable:
        pattern, neighbours, equally_near = near_patterns(scores, scoring)
    return Result(
        scores=scores,
        uncertainty={scale: round(Z_90 * error, 1) for scale, error in errors.items()},
        balance=balance,
        balance_uncertainty=round(Z_90 * balance_error, 1),
        pattern=pattern,
        neighbours=neighbours,
        equally_near=equally_near,
        unreadable=unreadable,
        checks=checks,
        flags=validity_flags(checks),
        answers=ordered,
        seconds=dict(seconds) if seconds else None,
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
    )
