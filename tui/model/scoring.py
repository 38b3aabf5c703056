"""Scoring: the three scales 0–100, the balance, the pattern and its neighbour."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from tui.model.questionnaire import SCALES, Questionnaire, Scoring
from tui.model.validity import Flag, validity_flags

Z_90 = 1.645
"""Two-sided 90% normal quantile, for the uncertainty shown around a score."""


@dataclass(frozen=True)
class Result:
    """Everything that follows from one person's complete answers."""

    scores: Mapping[str, float]
    """Each scale 0–100: the item mean on 1–points, reverse items mirrored."""
    uncertainty: Mapping[str, float]
    """Half-width of each score's 90% interval, in points (from the scale's SEM)."""
    balance: float
    """selvrealisering − naerhed: −100 all closeness … +100 all self-realisation."""
    balance_uncertainty: float
    pattern: str
    neighbour: str | None
    """The pattern across the nearest cut-off when a score lies within the margin."""
    flags: tuple[Flag, ...]
    answers: Mapping[str, int]
    questionnaire_id: str
    questionnaire_version: str

    @property
    def confident(self) -> bool:
        """True when nothing makes the pattern uncertain."""
        return not self.flags and self.neighbour is None


def item_value(answer: int, reverse: bool, points: int) -> int:
    """An answer as agreement with the scale's pole (reverse items mirrored)."""
    return points + 1 - answer if reverse else answer


def scale_scores(questionnaire: Questionnaire, answers: Mapping[str, int]) -> dict[str, float]:
    """Each scale's item mean rescaled from 1–points to 0–100."""
    points = questionnaire.points
    scores: dict[str, float] = {}
    for scale in SCALES:
        values = [
            item_value(answers[q.id], q.reverse, points) for q in questionnaire.on_scale(scale)
        ]
        mean = sum(values) / len(values)
        scores[scale] = round((mean - 1) / (points - 1) * 100, 1)
    return scores


def standard_error(scoring: Scoring, scale: str) -> float:
    """The standard error of measurement of a scale: spread × √(1 − reliability)."""
    return scoring.spread[scale] * math.sqrt(1 - scoring.reliability[scale])


def classify(scores: Mapping[str, float], scoring: Scoring) -> str:
    """The pattern a point in score space falls in.

    Disorganised where `desorganisering` is high or both drives are strongly
    over-weighted (the switching between them); secure where neither drive is
    over-weighted; otherwise the side that weighs more (ties count as closeness).
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


def neighbour_pattern(scores: Mapping[str, float], scoring: Scoring) -> str | None:
    """The nearest other pattern within `margin` points of any one score, if any."""
    pattern = classify(scores, scoring)
    shifts = [step / 2 for step in range(1, int(scoring.margin * 2) + 1)]
    if not shifts or shifts[-1] < scoring.margin:
        shifts.append(scoring.margin)
    for shift in shifts:
        for scale in SCALES:
            for sign in (1, -1):
                moved = dict(scores)
                moved[scale] = min(100.0, max(0.0, scores[scale] + sign * shift))
                other = classify(moved, scoring)
                if other != pattern:
                    return other
    return None


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
    return Result(
        scores=scores,
        uncertainty={scale: round(Z_90 * error, 1) for scale, error in errors.items()},
        balance=balance,
        balance_uncertainty=round(Z_90 * balance_error, 1),
        pattern=classify(scores, scoring),
        neighbour=neighbour_pattern(scores, scoring),
        flags=validity_flags(questionnaire, ordered, seconds),
        answers=ordered,
        questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
    )
