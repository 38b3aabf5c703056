"""The blind respondent panel: vignettes answered by people who never saw the key.

Each file in tests/panel/ is one answer set: a person described in a vignette
(`<name>.md`), answered in character by a respondent who saw only the vignette
and the numbered statements (`statements.txt`), twice and independently
(respondents a and b). docs/scoring.md, section 7, says how; the goal is the
issue's: every clear, mild and earned-security vignette in its pattern, no clear
avoidant or ambivalent one called desorganiseret, and every mixed one naming its
expected pattern at least as a neighbour.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui.cli import cli
from tui.model.answers import check_answers, read_answer_sheet
from tui.model.questionnaire import PATTERNS, Questionnaire
from tui.model.scoring import Result, score

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PANEL = Path(__file__).parent / "panel"
SETS = sorted(PANEL.glob("*.toml"))


def panel_of(path: Path) -> dict[str, str]:
    with path.open("rb") as file:
        panel: dict[str, str] = tomllib.load(file)["panel"]
    return panel


def scored(questionnaire: Questionnaire, path: Path) -> Result:
    sheet = read_answer_sheet(path)
    return score(questionnaire, check_answers(questionnaire, sheet.answers, sheet.source))


def test_the_panel_is_whole() -> None:
    """At least 24 vignettes, six a pattern, each answered twice, with earned security."""
    vignettes = sorted(PANEL.glob("*.md"))
    assert len(vignettes) >= 24
    panels = [panel_of(path) for path in SETS]
    for vignette in vignettes:
        runs = sorted(p["respondent"] for p in panels if p["vignette"] == vignette.stem)
        assert runs == ["a", "b"], vignette.name
    for pattern in PATTERNS:
        assert sum(p["expected"] == pattern for p in panels) >= 12
    assert any(p["kind"] == "earned" for p in panels)
    assert {p["kind"] for p in panels} <= {"clear", "mild", "mixed", "earned"}


@pytest.mark.parametrize("path", SETS, ids=[path.stem for path in SETS])
def test_each_answer_set_lands_where_its_vignette_says(
    questionnaire: Questionnaire, path: Path
) -> None:
    panel = panel_of(path)
    result = scored(questionnaire, path)
    assert result.readable
    if panel["kind"] == "mixed":
        assert panel["expected"] in (result.pattern, *result.neighbours), result
    else:
        assert result.pattern == panel["expected"], result


def test_no_clear_avoidant_or_ambivalent_person_is_called_desorganiseret(
    questionnaire: Questionnaire,
) -> None:
    for path in SETS:
        panel = panel_of(path)
        if panel["expected"] in ("ambivalent", "undvigende") and panel["kind"] != "mixed":
            assert scored(questionnaire, path).pattern != "desorganiseret", path.name


def test_the_command_scores_a_panel_file(tmp_path: Path) -> None:
    """`tilknytning-test score` reads a panel file as it is (the [panel] table is ignored)."""
    path = PANEL / "undvigende-1-a.toml"
    outcome = CliRunner().invoke(cli, ["score", str(path), "--format", "json"])
    assert outcome.exit_code == 0, outcome.output
    assert '"pattern": "undvigende"' in outcome.output


def test_the_statements_shown_are_the_questionnaires(questionnaire: Questionnaire) -> None:
    """The respondents answered the shipped statements, in the shipped order."""
    shown = (PANEL / "statements.txt").read_text(encoding="utf-8")
    for number, question in enumerate(questionnaire.questions, start=1):
        assert f"{number}. {question.text['da']}\n" in shown
    for label in questionnaire.labels["da"]:
        assert label in shown
