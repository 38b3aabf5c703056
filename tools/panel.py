"""The blind respondent panel's tables for docs/scoring.md: `python -m tools.panel`."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from tui.model.answers import check_answers, read_answer_sheet
from tui.model.questionnaire import PATTERNS, Questionnaire, load_questionnaire
from tui.model.resources import questions_path
from tui.model.scoring import score

PANEL = Path(__file__).resolve().parent.parent / "tests" / "panel"


def main() -> None:
    """Print one row per answer set, then the goal's figures."""
    questionnaire = load_questionnaire(questions_path())
    head = "vignette | kind | expected | run | naerhed | selvreal. | desorg. | pattern | neighbours"
    print(f"| {head} | met |")
    print("|---|---|---|---|---:|---:|---:|---|---|---|")
    met = total = 0
    for path in sorted(PANEL.glob("*.toml")):
        with path.open("rb") as file:
            panel = tomllib.load(file)["panel"]
        sheet = read_answer_sheet(path)
        result = score(questionnaire, check_answers(questionnaire, sheet.answers, sheet.source))
        if panel["kind"] == "mixed":
            ok = panel["expected"] in (result.pattern, *result.neighbours)
        else:
            ok = result.pattern == panel["expected"]
        met += ok
        total += 1
        shown = " / ".join(result.equally_near) if result.equally_near else result.pattern
        scores = [f"{result.scores[scale]:.0f}" for scale in result.scores]
        kind = panel["kind"] + (f" ({panel['also']})" if panel["also"] else "")
        print(
            f"| {panel['vignette']} | {kind} | {panel['expected']} | {panel['respondent']} | "
            + " | ".join(scores)
            + f" | {shown} | {', '.join(result.neighbours) or '–'} | {'yes' if ok else '**no**'} |"
        )
    print(f"\n{met} of {total} answer sets meet the goal.\n")
    print_items(questionnaire)


def print_items(questionnaire: Questionnaire) -> None:
    """Each statement's mean answer among the clear, mild and earned vignettes of each pattern."""
    groups: dict[str, list[dict[str, int]]] = {pattern: [] for pattern in PATTERNS}
    for path in sorted(PANEL.glob("*.toml")):
        with path.open("rb") as file:
            document = tomllib.load(file)
        if document["panel"]["kind"] != "mixed":
            groups[document["panel"]["expected"]].append(document["answers"])
    print("| # | id | scale | reversed | " + " | ".join(PATTERNS) + " |")
    print("|---:|---|---|---|" + "---:|" * len(PATTERNS))
    for number, question in enumerate(questionnaire.questions, start=1):
        means = [
            statistics.fmean(answers[question.id] for answers in groups[pattern])
            for pattern in PATTERNS
        ]
        keyed = "yes" if question.reverse else ""
        cells = " | ".join(f"{mean:.1f}" for mean in means)
        print(f"| {number} | {question.id} | {question.scale} | {keyed} | {cells} |")
    counts = ", ".join(f"{pattern} {len(groups[pattern])}" for pattern in PATTERNS)
    print(f"\nAnswer sets per pattern (clear, mild, earned): {counts}.")


if __name__ == "__main__":
    main()
