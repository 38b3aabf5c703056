"""Answers that give chosen scores, and small questionnaires built for the boundary tests."""

from __future__ import annotations

from collections.abc import Mapping

from tui.model.questionnaire import SCALES, Questionnaire, parse_questionnaire


def values_for_score(count: int, score: float, points: int) -> list[int]:
    """Item values 1..points of `count` statements whose scale score is `score`, varied.

    The score is (mean − 1) / (points − 1) × 100, rounded to 0.1 (docs/scoring.md,
    section 3), so the values add up to count × (1 + score / 100 × (points − 1)), and
    that sum must be whole (to the rounding), or the score is not reachable. The values
    spread around their mean so that no validity check mistakes them for one answer
    given throughout.
    """
    total = round(count * (1 + score / 100 * (points - 1)))
    reached = round((total / count - 1) / (points - 1) * 100, 1)
    assert reached == score, f"{score} is not a reachable score of {count} statements"
    middle = round(total / count)
    values = [min(points, max(1, middle + (0, -1, 1)[i % 3])) for i in range(count)]
    while sum(values) < total:
        values[values.index(min(values))] += 1
    while sum(values) > total:
        values[values.index(max(values))] -= 1
    return values


def answers_for_scores(questionnaire: Questionnaire, scores: Mapping[str, float]) -> dict[str, int]:
    """Answers whose three scale scores are exactly `scores` (reversed statements mirrored)."""
    top = questionnaire.points + 1
    answers: dict[str, int] = {}
    for scale in SCALES:
        items = questionnaire.on_scale(scale)
        for question, value in zip(
            items, values_for_score(len(items), scores[scale], questionnaire.points), strict=True
        ):
            answers[question.id] = top - value if question.reverse else value
    return {q.id: answers[q.id] for q in questionnaire.questions}


def build_questionnaire(
    points: int = 7,
    counts: Mapping[str, tuple[int, int]] | None = None,
    scoring: str = "",
    cut_offs: str = "over_weighted = 50\nboth_high = 60\ndesorganisering = 65\nmargin = 10",
) -> Questionnaire:
    """A questionnaire of `counts[scale]` = (forward, reversed) statements per scale.

    By default the smallest the validator accepts: one forward and one reversed
    statement per scale (50 % reversed).
    """
    counts = counts or dict.fromkeys(SCALES, (1, 1))
    labels = ", ".join(f'"{point}"' for point in range(1, points + 1))
    lines = [
        '[questionnaire]\nid = "built"\nversion = "1"',
        f"[response]\npoints = {points}",
        f"[response.labels]\nda = [{labels}]",
        f"[scoring]\n{cut_offs}\n{scoring}",
    ]
    for scale in SCALES:
        forward, reverse = counts[scale]
        for number in range(forward + reverse):
            qid = f"{scale[0]}{number + 1}"
            lines.append(
                f'[[question]]\nid = "{qid}"\nscale = "{scale}"\n'
                f'reverse = {"true" if number >= forward else "false"}\ntext.da = "{qid}"'
            )
    return parse_questionnaire("\n\n".join(lines) + "\n", "built.toml")
