"""Answer keys that steer a questionnaire towards a chosen result."""

from __future__ import annotations

import random

from tui.model.questionnaire import Questionnaire
from tui.model.scoring import score

Agreement = dict[str, int]
"""How much a person agrees with each scale's pole, 1..points."""

PROTOTYPES: dict[str, Agreement] = {
    "tryg": {"naerhed": 2, "selvrealisering": 2, "desorganisering": 2},
    "ambivalent": {"naerhed": 6, "selvrealisering": 2, "desorganisering": 3},
    "undvigende": {"naerhed": 2, "selvrealisering": 6, "desorganisering": 3},
    "desorganiseret": {"naerhed": 6, "selvrealisering": 6, "desorganisering": 6},
}


def answers_for(questionnaire: Questionnaire, agreement: Agreement) -> dict[str, int]:
    """The answers of someone who agrees with each scale's pole as given."""
    top = questionnaire.points + 1
    return {
        q.id: top - agreement[q.scale] if q.reverse else agreement[q.scale]
        for q in questionnaire.questions
    }


def keys_for(questionnaire: Questionnaire, agreement: Agreement) -> list[str]:
    """The keys that give those answers, in question order."""
    return [str(value) for value in answers_for(questionnaire, agreement).values()]


def borderline_answers(questionnaire: Questionnaire) -> dict[str, int]:
    """Secure, but with closeness weighted just under the cut-off."""
    answers = answers_for(questionnaire, PROTOTYPES["tryg"])
    top = questionnaire.points + 1
    for number, question in enumerate(questionnaire.on_scale("naerhed")):
        agree = 4 if number % 3 else 3
        answers[question.id] = top - agree if question.reverse else agree
    return answers


def inconsistent_answers(questionnaire: Questionnaire) -> dict[str, int]:
    """Secure, but every near-synonym pair answered far apart: readable and flagged."""
    answers = answers_for(questionnaire, PROTOTYPES["tryg"])
    rules = questionnaire.scoring
    for first, second in rules.pairs:
        answers[first], answers[second] = 1, 1 + rules.pair_gap
    return answers


def boundary_answers(questionnaire: Questionnaire, tied: int = 2) -> dict[str, int]:
    """Unflagged answers whose scores lie on a boundary, equally near `tied` patterns.

    Searched with a fixed seed among people near the secure middle, so the same
    questionnaire always gives the same answers.
    """
    rng = random.Random(13)
    for _ in range(100_000):
        agreement = {
            "naerhed": rng.randint(2, 6),
            "selvrealisering": rng.randint(1, 4),
            "desorganisering": rng.randint(1, 3),
        }
        answers = {}
        for question in questionnaire.questions:
            agree = min(questionnaire.points, max(1, agreement[question.scale] + rng.choice(STEPS)))
            answers[question.id] = questionnaire.points + 1 - agree if question.reverse else agree
        result = score(questionnaire, answers)
        if len(result.equally_near) == tied and not result.flags:
            return answers
    raise LookupError(f"no answers equally near {tied} patterns")


STEPS = (-1, 0, 0, 1)
"""How far one answer strays from the person's agreement with its scale."""
