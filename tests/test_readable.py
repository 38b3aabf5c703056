"""`score` on the archetype files and on answers that carry no reading, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui.cli import cli
from tui.model.questionnaire import PATTERNS, Questionnaire
from tui.model.texts import load_texts

EXAMPLES = Path(__file__).parent.parent / "examples"
runner = CliRunner()


@pytest.mark.parametrize("pattern", PATTERNS)
def test_each_archetype_file_scores_as_its_pattern(pattern: str) -> None:
    outcome = runner.invoke(cli, ["score", str(EXAMPLES / f"{pattern}.toml"), "--format", "json"])
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    assert (data["readable"], data["pattern"]) == (True, pattern)


def identical(tmp_path: Path, questionnaire: Questionnaire, value: int) -> Path:
    path = tmp_path / f"same-{value}.toml"
    lines = ["[answers]", *(f"{q.id} = {value}" for q in questionnaire.questions)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("value", range(1, 8))
def test_the_same_answer_throughout_has_no_pattern_in_any_format(
    tmp_path: Path, questionnaire: Questionnaire, value: int
) -> None:
    path = identical(tmp_path, questionnaire, value)
    texts = load_texts("da")
    names = [texts.patterns[pattern].name for pattern in PATTERNS]

    as_json = runner.invoke(cli, ["score", str(path), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    assert data["readable"] is False and data["pattern"] is None
    assert data["neighbour"] is None and data["neighbours"] == []
    assert "same_answer" in [reason["code"] for reason in data["unreadable"]]
    assert set(data["scores"]) == {"naerhed", "selvrealisering", "desorganisering"}

    for format in ("text", "markdown"):
        shown = runner.invoke(cli, ["score", str(path), "--format", format])
        assert shown.exit_code == 0, shown.output
        assert texts.t("unreadable.heading") in shown.output
        assert texts.t("unreadable.again") in shown.output.replace("\n", " ").replace("  ", " ")
        assert not any(name in shown.output for name in names), format


def test_agreeing_with_everything_has_no_pattern(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    """Agreeing with statements and their opposites, without one answer throughout."""
    path = tmp_path / "yes.toml"
    values = [6, 7, 6, 5, 7, 6, 7]
    lines = ["[answers]"]
    lines += [f"{q.id} = {values[i % 7]}" for i, q in enumerate(questionnaire.questions)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = json.loads(runner.invoke(cli, ["score", str(path), "--format", "json"]).output)
    assert (data["readable"], data["pattern"]) == (False, None)
    assert [reason["code"] for reason in data["unreadable"]] == ["agree_both_ways"]


def test_the_no_reading_example_file_says_so() -> None:
    outcome = runner.invoke(cli, ["score", str(EXAMPLES / "samme-svar.toml"), "--format", "json"])
    assert json.loads(outcome.output)["readable"] is False
