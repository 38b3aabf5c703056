"""Simulated respondents around the four prototypes, to test the cut-offs against the model."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tui.model.questionnaire import PATTERNS, SCALES, Questionnaire
from tui.model.scoring import score
from tui.model.validity import FLAGS

PROTOTYPES: Mapping[str, Mapping[str, float]] = {
    "tryg": {"naerhed": 2.5, "selvrealisering": 2.5, "desorganisering": 2.0},
    "ambivalent": {"naerhed": 5.5, "selvrealisering": 2.5, "desorganisering": 3.0},
    "undvigende": {"naerhed": 2.5, "selvrealisering": 5.5, "desorganisering": 3.0},
    "desorganiseret": {"naerhed": 5.5, "selvrealisering": 5.5, "desorganisering": 5.5},
}
"""The true position of each prototype on each scale, on the 1–7 agreement scale.

2.5 is "disagree somewhat", 5.5 "agree somewhat": a clear but not extreme case,
1.5 scale points (25 score points) from the neutral midpoint 4. The insecure
prototypes carry a little desorganisering (3.0), as the anxiety and avoidance
scales correlate with it (Paetzold, Rholes & Kohn 2015). The disorganised
prototype is fearful in Bartholomew & Horowitz's sense (both drives high) and
high on desorganisering as well, so it meets both routes of the rule; the
single-route variants are in VARIANTS.
"""

VARIANTS: Mapping[str, tuple[str, Mapping[str, float]]] = {
    "fearful only": (
        "desorganiseret",
        {"naerhed": 5.5, "selvrealisering": 5.5, "desorganisering": 3.0},
    ),
    "disorganised only": (
        "desorganiseret",
        {"naerhed": 4.0, "selvrealisering": 3.5, "desorganisering": 5.5},
    ),
    "tryg/ambivalent boundary": (
        "ambivalent",
        {"naerhed": 4.0, "selvrealisering": 2.5, "desorganisering": 2.0},
    ),
}
"""Extra positions for the docs and tests: each with the pattern it is scored against.

The first two reach `desorganiseret` by one route only; the last sits exactly on
the naerhed cut-off (50), so it cannot be recovered much more than half the time.
"""

PERSON_SD = 0.3
"""SD of one person's true position around the prototype, per scale (1–7 scale)."""

ITEM_SD = 1.0
"""SD of the noise on each single answer (1–7 scale), before rounding and clipping."""

DEFAULT_N = 1000
"""Simulated people per prototype."""

DEFAULT_SEED = 2024
"""The seed behind the figures in docs/scoring.md."""

_PROTOTYPE_POINTS = 7
"""The response scale the prototype positions are written on."""


@dataclass(frozen=True)
class Figures:
    """What one simulation run measures, as shares 0–1 per prototype.

    Attributes:
        n: Simulated people per prototype.
        seed: The seed of the run.
        person_sd: SD of the person-level jitter used.
        item_sd: SD of the per-answer noise used.
        recovery: Share whose pattern is the prototype's own.
        outcomes: Share given each pattern, per prototype.
        flagged: Share raising each validity flag, per prototype.
        any_flag: Share raising at least one validity flag, per prototype.
        neighbour: Share given a neighbouring pattern, per prototype.
        confident: Share with no flag and no neighbour, per prototype.
        variants: Recovery of each position in VARIANTS.
    """

    n: int
    seed: int
    person_sd: float
    item_sd: float
    recovery: Mapping[str, float]
    outcomes: Mapping[str, Mapping[str, float]]
    flagged: Mapping[str, Mapping[str, float]]
    any_flag: Mapping[str, float]
    neighbour: Mapping[str, float]
    confident: Mapping[str, float]
    variants: Mapping[str, float]

    @staticmethod
    def pooled(shares: Mapping[str, float]) -> float:
        """The mean of per-prototype shares: the share over all simulated people."""
        return sum(shares.values()) / len(shares)


def _answer(position: float, points: int) -> int:
    """A continuous response rounded half up and clipped to 1..points."""
    return min(points, max(1, math.floor(position + 0.5)))


def simulate_at(
    questionnaire: Questionnaire,
    position: Mapping[str, float],
    n: int,
    rng: random.Random,
    person_sd: float = PERSON_SD,
    item_sd: float = ITEM_SD,
) -> list[dict[str, int]]:
    """Simulate honest respondents around any position.

    Each person's true position is drawn per scale from a normal distribution
    around `position` (SD `person_sd`). Each answer is that position (mirrored,
    points + 1 − position, on reverse items) plus normal noise (SD `item_sd`),
    rounded and clipped to 1..points.

    Args:
        questionnaire: The questionnaire answered.
        position: The centre on each scale, on the 1–7 scale (rescaled linearly
            when the questionnaire has another number of points).
        n: How many people.
        rng: The random source; the result depends on nothing else.
        person_sd: SD of the person-level jitter, in 1–7 scale points.
        item_sd: SD of the per-answer noise, in 1–7 scale points.

    Returns:
        One complete set of answers per person, keyed by question id.
    """
    points = questionnaire.points
    stretch = (points - 1) / (_PROTOTYPE_POINTS - 1)
    people: list[dict[str, int]] = []
    for _ in range(n):
        true = {
            scale: 1 + (rng.gauss(position[scale], person_sd) - 1) * stretch for scale in SCALES
        }
        answers: dict[str, int] = {}
        for question in questionnaire.questions:
            centre = true[question.scale]
            if question.reverse:
                centre = points + 1 - centre
            answers[question.id] = _answer(rng.gauss(centre, item_sd * stretch), points)
        people.append(answers)
    return people


def simulate(
    questionnaire: Questionnaire,
    pattern: str,
    n: int,
    rng: random.Random,
    person_sd: float = PERSON_SD,
    item_sd: float = ITEM_SD,
) -> list[dict[str, int]]:
    """Simulate honest respondents around one of the four prototypes.

    Args:
        questionnaire: The questionnaire answered.
        pattern: One of PATTERNS; its position is PROTOTYPES[pattern].
        n: How many people.
        rng: The random source.
        person_sd: SD of the person-level jitter, in 1–7 scale points.
        item_sd: SD of the per-answer noise, in 1–7 scale points.

    Returns:
        One complete set of answers per person, keyed by question id.
    """
    return simulate_at(questionnaire, PROTOTYPES[pattern], n, rng, person_sd, item_sd)


def recovery_at(
    questionnaire: Questionnaire,
    position: Mapping[str, float],
    pattern: str,
    n: int,
    rng: random.Random,
    person_sd: float = PERSON_SD,
    item_sd: float = ITEM_SD,
) -> float:
    """The share of people simulated around `position` who are scored as `pattern`.

    Args:
        questionnaire: The questionnaire, with the cut-offs under test.
        position: The centre on each scale (1–7).
        pattern: The pattern they should be given.
        n: How many people.
        rng: The random source.
        person_sd: SD of the person-level jitter.
        item_sd: SD of the per-answer noise.

    Returns:
        The share 0–1.
    """
    people = simulate_at(questionnaire, position, n, rng, person_sd, item_sd)
    hits = sum(1 for answers in people if score(questionnaire, answers).pattern == pattern)
    return hits / n


def recovery(
    questionnaire: Questionnaire,
    n: int = DEFAULT_N,
    seed: int = DEFAULT_SEED,
    person_sd: float = PERSON_SD,
    item_sd: float = ITEM_SD,
) -> dict[str, float]:
    """The share of each prototype's simulated people who are given its own pattern.

    Args:
        questionnaire: The questionnaire, with the cut-offs under test.
        n: People per prototype.
        seed: Seed of the random source (one source, prototypes in PATTERNS order).
        person_sd: SD of the person-level jitter.
        item_sd: SD of the per-answer noise.

    Returns:
        The share 0–1 per pattern.
    """
    rng = random.Random(seed)
    shares: dict[str, float] = {}
    for pattern in PATTERNS:
        position = PROTOTYPES[pattern]
        shares[pattern] = recovery_at(questionnaire, position, pattern, n, rng, person_sd, item_sd)
    return shares


def uniform_answers(questionnaire: Questionnaire, answer: int) -> dict[str, int]:
    """The same answer to every question."""
    return {q.id: answer for q in questionnaire.questions}


def uniform_answers_flagged(questionnaire: Questionnaire) -> bool:
    """Whether every identical-throughout answer set is flagged and not confident.

    Checks each possible answer 1..points given to every question: each must
    raise the straight_lining flag, and so never yield a confident result.
    """
    for answer in range(1, questionnaire.points + 1):
        result = score(questionnaire, uniform_answers(questionnaire, answer))
        if result.confident or "straight_lining" not in {f.code for f in result.flags}:
            return False
    return True


def figures(
    questionnaire: Questionnaire,
    n: int = DEFAULT_N,
    seed: int = DEFAULT_SEED,
    person_sd: float = PERSON_SD,
    item_sd: float = ITEM_SD,
) -> Figures:
    """Every figure docs/scoring.md reports, from one seeded run.

    Args:
        questionnaire: The questionnaire, with the cut-offs under test.
        n: People per prototype (and per variant).
        seed: Seed of the random source.
        person_sd: SD of the person-level jitter.
        item_sd: SD of the per-answer noise.

    Returns:
        Recovery, outcomes, validity flags (the false-alarm rate, as every
        simulated person answers honestly), neighbours and variants.
    """
    rng = random.Random(seed)
    outcomes: dict[str, dict[str, float]] = {}
    flagged: dict[str, dict[str, float]] = {}
    any_flag: dict[str, float] = {}
    neighbour: dict[str, float] = {}
    confident: dict[str, float] = {}
    for pattern in PATTERNS:
        results = [
            score(questionnaire, answers)
            for answers in simulate(questionnaire, pattern, n, rng, person_sd, item_sd)
        ]
        outcomes[pattern] = {p: _share(r.pattern == p for r in results) for p in PATTERNS}
        codes = [{f.code for f in r.flags} for r in results]
        flagged[pattern] = {flag: _share(flag in c for c in codes) for flag in FLAGS}
        any_flag[pattern] = _share(bool(c) for c in codes)
        neighbour[pattern] = _share(r.neighbour is not None for r in results)
        confident[pattern] = _share(r.confident for r in results)
    variants = {
        name: recovery_at(questionnaire, position, pattern, n, rng, person_sd, item_sd)
        for name, (pattern, position) in VARIANTS.items()
    }
    return Figures(
        n=n,
        seed=seed,
        person_sd=person_sd,
        item_sd=item_sd,
        recovery={p: outcomes[p][p] for p in PATTERNS},
        outcomes=outcomes,
        flagged=flagged,
        any_flag=any_flag,
        neighbour=neighbour,
        confident=confident,
        variants=variants,
    )


def _share(hits: Iterable[bool]) -> float:
    """The share of true values among some booleans."""
    values = list(hits)
    return sum(values) / len(values)


def _pct(share: float) -> str:
    return f"{share * 100:.1f} %"


def _pick(shares: Mapping[str, float], pattern: str | None) -> float:
    """One prototype's share, or the pooled share when `pattern` is None."""
    return Figures.pooled(shares) if pattern is None else shares[pattern]


def format_figures(figures: Figures) -> str:
    """The figures as small Markdown tables, as pasted into docs/scoring.md."""
    flags = [flag for flag in FLAGS if flag != "speed"]  # no timings in a simulation
    head = ["recovered", *(f"as {p}" for p in PATTERNS), "neighbour", "confident"]
    head += [*flags, "any flag"]
    lines = [
        f"n = {figures.n} per prototype, seed {figures.seed}, "
        f"person SD {figures.person_sd}, item SD {figures.item_sd}",
        "",
        "| prototype | " + " | ".join(head) + " |",
        "|---|" + "---:|" * len(head),
    ]
    for pattern in [*PATTERNS, None]:
        cells = [""] * (1 + len(PATTERNS))
        if pattern is not None:
            cells = [_pct(figures.recovery[pattern])]
            cells += [_pct(figures.outcomes[pattern][p]) for p in PATTERNS]
        cells += [_pct(_pick(figures.neighbour, pattern)), _pct(_pick(figures.confident, pattern))]
        cells += [
            _pct(_pick({p: figures.flagged[p][flag] for p in PATTERNS}, pattern)) for flag in flags
        ]
        cells.append(_pct(_pick(figures.any_flag, pattern)))
        lines.append(f"| {pattern or 'all'} | " + " | ".join(cells) + " |")
    lines += ["", "| variant | scored as | recovered |", "|---|---|---:|"]
    lines += [
        f"| {name} | {VARIANTS[name][0]} | {_pct(share)} |"
        for name, share in figures.variants.items()
    ]
    return "\n".join(lines)


def main() -> None:
    """Print the figures for the shipped questionnaire (`python -m tui.model.simulation`)."""
    from tui.model.questionnaire import load_questionnaire
    from tui.model.resources import questions_path

    questionnaire = load_questionnaire(questions_path())
    print(format_figures(figures(questionnaire)))
    print()
    print(f"identical answers throughout always flagged: {uniform_answers_flagged(questionnaire)}")


if __name__ == "__main__":
    main()
