"""In session: details, export (and reading it back), overwrite and errors, language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Static
from typer.testing import CliRunner

from tests.answering import PROTOTYPES, answers_for
from tests.conftest import StepClock
from tests.test_app_flow import shown_text
from tui.app import TilknytningApp, make_app
from tui.cli import cli
from tui.model.errors import InputError
from tui.model.questionnaire import Questionnaire, load_questionnaire
from tui.screens.confirm import ConfirmScreen
from tui.screens.details import DetailsScreen
from tui.screens.export import ExportScreen
from tui.screens.question import QuestionScreen
from tui.screens.result import ResultScreen
from tui.screens.welcome import WelcomeScreen
from tui.widgets.answer_scale import AnswerScale

SIZE = (80, 24)


def keys(questionnaire: Questionnaire, pattern: str) -> list[str]:
    return [str(v) for v in answers_for(questionnaire, PROTOTYPES[pattern]).values()]


def text_of(app: TilknytningApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_details_open_from_the_result_and_close(questionnaire: Questionnaire) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys(questionnaire, "ambivalent"))
        await pilot.pause()
        result = app.screen.result
        await pilot.press("d")
        assert isinstance(app.screen, DetailsScreen)
        assert app.screen.result is result
        assert app.session is not None
        assert app.screen.result.seconds == app.session.seconds
        await pilot.press("escape")
        assert isinstance(app.screen, ResultScreen)


async def test_export_json_reads_back_to_the_same_result(
    questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys(questionnaire, "undvigende"), "e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.click("#format-json")
        await pilot.pause()
        name = app.screen.query_one("#file-name", Input).value
        assert name.startswith("tilknytning-") and name.endswith(".json")
        await pilot.click("#save")
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        shown = app.screen.result
    exported = tmp_path / name
    assert oct(exported.stat().st_mode & 0o777) == "0o600"
    outcome = CliRunner().invoke(cli, ["score", str(exported), "--format", "json"])
    assert outcome.exit_code == 0, outcome.output
    again = json.loads(outcome.output)
    assert again["pattern"] == shown.pattern == "undvigende"
    assert again["scores"] == dict(shown.scores)
    assert again["balance"] == shown.balance
    assert again["flags"] == []
    assert json.loads(exported.read_text(encoding="utf-8"))["answers"] == dict(shown.answers)


async def test_export_markdown_matches_the_score_command(
    questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys(questionnaire, "tryg"), "e")
        app.screen.query_one("#file-name", Input).value = "rapport.md"
        await pilot.press("enter")
        await pilot.pause()
    report = (tmp_path / "rapport.md").read_text(encoding="utf-8")
    answers = tmp_path / "answers.toml"
    answers.write_text(
        "[answers]\n"
        + "".join(
            f"{k} = {v}\n" for k, v in answers_for(questionnaire, PROTOTYPES["tryg"]).items()
        ),
        encoding="utf-8",
    )
    from_answers = CliRunner().invoke(cli, ["score", str(answers), "--format", "markdown"])
    from_report = CliRunner().invoke(cli, ["score", "rapport.md", "--format", "markdown"])
    assert from_report.output.rstrip("\n") == report.rstrip("\n")

    def for_people(text: str) -> list[str]:
        """The report above its data, without the date: answers alone carry none."""
        shown = text.split("## Resultatet som data")[0].splitlines()
        return [line for line in shown if not line.startswith("Testen blev taget ")]

    assert len(for_people(report)) < len(report.split("## Resultatet som data")[0].splitlines())
    assert for_people(report) == for_people(from_answers.output)
    for part in ("# Tilknytningstest: Tryg tilknytning", "```text", "jg@glads.dk", "| 28 |"):
        assert part in report


async def test_an_existing_file_is_replaced_only_when_confirmed(
    questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "klient.md"
    target.write_text("the first client's report", encoding="utf-8")
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys(questionnaire, "tryg"), "e")
        app.screen.query_one("#file-name", Input).value = "klient.md"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, ExportScreen)
        assert target.read_text(encoding="utf-8") == "the first client's report"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
    assert target.read_text(encoding="utf-8").startswith("# Tilknytningstest")


async def test_an_unwritable_place_keeps_the_person_on_the_dialog(
    questionnaire: Questionnaire, tmp_path: Path
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys(questionnaire, "tryg"), "e")
        app.screen.query_one("#file-name", Input).value = str(tmp_path / "no-such-folder" / "r.md")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert "mappen findes ikke" in text_of(app, "#export-error")
        await pilot.press("escape")
        assert isinstance(app.screen, ResultScreen)
        assert app.session is not None and len(app.session.answers) == len(questionnaire.questions)


async def test_new_test_asks_first(questionnaire: Questionnaire) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys(questionnaire, "tryg"), "n")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ResultScreen)
        await pilot.press("n", "j")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)


async def test_the_language_can_be_chosen_on_the_welcome_screen(
    questionnaire: Questionnaire,
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert text_of(app, "#welcome-heading") == "Do you know your attachment pattern?"
        await pilot.press("enter")
        assert isinstance(app.screen, QuestionScreen)
        assert text_of(app, "#position") == "1 of 28"
        assert text_of(app, "#statement") == questionnaire.questions[0].text["en"]
        assert "7  ○  Exactly like me" in str(app.screen.query_one(AnswerScale).render())


async def test_lang_en_from_the_start(questionnaire: Questionnaire) -> None:
    app = make_app(lang="en", clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys(questionnaire, "ambivalent"))
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        assert shown_text(app, "#headline").splitlines()[1] == "Insecure, ambivalent attachment"
        await pilot.press("l")
        assert isinstance(app.screen, ResultScreen)


def danish_only(mini_text: str, tmp_path: Path) -> Questionnaire:
    """The small test questionnaire with every English text taken out (valid per `validate`)."""
    text = "\n".join(
        line for line in mini_text.splitlines() if not line.startswith(("text.en", "en ="))
    )
    path = tmp_path / "da-only.toml"
    path.write_text(text, encoding="utf-8")
    questionnaire = load_questionnaire(path)
    assert questionnaire.languages == ("da",)
    return questionnaire


async def test_no_language_switch_without_the_questionnaire_in_that_language(
    mini_text: str, tmp_path: Path
) -> None:
    questionnaire = danish_only(mini_text, tmp_path)
    app = make_app(questionnaire=questionnaire, clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        offered = {b.description for _, b, _, _ in app.screen.active_bindings.values() if b.show}
        assert "Begynd" in offered and "English" not in offered
        await pilot.press("l")
        await pilot.pause()
        assert app.texts.language == "da"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert text_of(app, "#statement") == questionnaire.questions[0].text["da"]


def test_make_app_refuses_a_language_the_questionnaire_lacks(
    mini_text: str, tmp_path: Path
) -> None:
    with pytest.raises(InputError, match="no texts in 'en'"):
        make_app(questionnaire=danish_only(mini_text, tmp_path), lang="en")
