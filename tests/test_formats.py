"""One registry of formats: `score --format`, the export dialog and the file suffix come from it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from textual.widgets import Input, RadioButton
from typer.testing import CliRunner

from tests.answering import PROTOTYPES, answers_for, keys_for
from tests.conftest import StepClock
from tui.app import make_app
from tui.cli import cli
from tui.model.questionnaire import Questionnaire
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.render.formats import FORMATS, Format, export_formats

runner = CliRunner()


def plain(result: Result, questionnaire: Questionnaire, texts: Texts, when: datetime | None) -> str:
    return f"pattern {result.pattern}\n"


@pytest.fixture
def with_plain_format(monkeypatch: pytest.MonkeyPatch) -> Format:
    """A format added the way the registry promises: one renderer and one entry."""
    entry = Format("plain", ".txt", "export.markdown", plain)
    monkeypatch.setitem(FORMATS, entry.name, entry)
    return entry


def answers_file(tmp_path: Path, questionnaire: Questionnaire) -> Path:
    path = tmp_path / "answers.toml"
    answers = answers_for(questionnaire, PROTOTYPES["tryg"])
    path.write_text(
        "[answers]\n" + "".join(f"{k} = {v}\n" for k, v in answers.items()), encoding="utf-8"
    )
    return path


def test_every_format_is_offered_by_score(tmp_path: Path, questionnaire: Questionnaire) -> None:
    help_text = runner.invoke(cli, ["score", "--help"]).output
    for name in FORMATS:
        assert name in help_text
        outcome = runner.invoke(
            cli, ["score", str(answers_file(tmp_path, questionnaire)), "-f", name]
        )
        assert outcome.exit_code == 0, outcome.output


def test_the_export_dialog_offers_the_formats_with_a_label() -> None:
    assert [entry.name for entry in export_formats()] == ["markdown", "json", "html"]
    assert all(entry.suffix.startswith(".") for entry in FORMATS.values())


def test_a_new_format_reaches_the_command(
    tmp_path: Path, questionnaire: Questionnaire, with_plain_format: Format
) -> None:
    outcome = runner.invoke(
        cli, ["score", str(answers_file(tmp_path, questionnaire)), "-f", "plain"]
    )
    assert outcome.exit_code == 0, outcome.output
    assert outcome.output == "pattern tryg\n"


async def test_a_new_format_reaches_the_export_dialog(
    questionnaire: Questionnaire,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    with_plain_format: Format,
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["tryg"]), "e")
        offered = [button.id for button in app.screen.query(RadioButton)]
        assert offered == ["format-markdown", "format-json", "format-html", "format-plain"]
        await pilot.click("#format-plain")
        await pilot.pause()
        name = app.screen.query_one("#file-name", Input).value
        assert name.endswith(".txt")
        await pilot.click("#save")
        await pilot.pause()
    assert (tmp_path / name).read_text(encoding="utf-8") == "pattern tryg\n"
