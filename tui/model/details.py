"""Which answers pulled the balance: each answer's share of the tilt between the drives."""

from __future__ import annotations

from collections.abc import Mapping

from tui.model.questionnaire import Questionnaire, Scale
from tui.model.scoring import item_value

DRIVE_SIGN: Mapping[Scale, int] = {"naerhed": -1, "selvrealisering": 1}
"""Balance = selvrealisering − naerhed: closeness items pull it down, standing-alone items up."""


def balance_pulls(questionnaire: Questionnaire, answers: Mapping[str, int]) -> dict[str, float]:
    """How many balance points each answer moved away from the neutral middle.

    An answer at the scale's midpoint pulls nowhere; agreeing with a drive's pole
    pulls the balance towards that drive. The pulls of one scale add up to that
    scale's share of the balance (its score − 50, with the balance's sign).
    Desorganisering items do not enter the balance and pull 0.

    Returns:
        Balance points per question id; negative pulls towards closeness.
    """
    points = questionnaire.points
    middle = (points + 1) / 2
    pulls: dict[str, float] = {}
    for question in questionnaire.questions:
        sign = DRIVE_SIGN.get(question.scale, 0)
        count = len(questionnaire.on_scale(question.scale))
        agreement = item_value(answers[question.id], question.reverse, points) - middle
        pulls[question.id] = sign * agreement / count / (points - 1) * 100
    return pulls


def strongest_pulls(pulls: Mapping[str, float], count: int = 5) -> list[str]:
    """The ids of the answers that pulled the balance most, strongest first (none that pulled 0).

    Answers that pulled exactly as much as the last one in the first `count` are all
    included: equal pulls are marked alike, so the list may be longer than `count`.
    """
    ranked = sorted((key for key, pull in pulls.items() if pull), key=lambda key: -abs(pulls[key]))
    if len(ranked) <= count:
        return ranked
    cut = round(abs(pulls[ranked[count - 1]]), 9)
    return [key for key in ranked if round(abs(pulls[key]), 9) >= cut]
