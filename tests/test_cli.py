"""The command line through typer's runner, and what it imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui import __version__
from tui.cli import cli
from tui.model.questionnaire import Questionnaire
from tui.model.resources import questions_path

runner = CliRunner()
DATA = Path(__file__).parent / "data"


def answers_file(tmp_path: Path, questionnaire: Questionnaire, value_for: dict[str, int]) -> Path:
    """An answers file: naerhed items high, the rest low (an ambivalent pattern)."""
    lines = ["[answers]"]
    for question in questionnaire.questions:
        agree = value_for[question.scale]
        lines.append(f"{question.id} = {8 - agree if question.reverse else agree}")
    path = tmp_path / "answers.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


AMBIVALENT = {"naerhed": 6, "selvrealisering": 2, "desorganisering": 2}


def test_version() -> None:
    outcome = runner.invoke(cli, ["--version"])
    assert outcome.exit_code == 0
    assert outcome.output.strip() == f"tilknytning-test {__version__}"


def test_help_lists_the_commands() -> None:
    outcome = runner.invoke(cli, ["--help"])
    assert outcome.exit_code == 0
    for word in ("score", "validate", "--lang", "--questions", "--version"):
        assert word in outcome.output


def test_score_json(tmp_path: Path, questionnaire: Questionnaire) -> None:
    outcome = runner.invoke(
        cli, ["score", str(answers_file(tmp_path, questionnaire, AMBIVALENT)), "--format", "json"]
    )
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    assert data["pattern"] == "ambivalent"
    assert set(data["scores"]) == {"naerhed", "selvrealisering", "desorganisering"}
    assert data["scores"]["naerhed"] == pytest.approx(83.3)
    assert data["balance"] == pytest.approx(16.7 - 83.3, abs=0.1)
    assert data["neighbour"] is None
    assert data["flags"] == []


def test_score_text_has_the_plot_and_the_contact(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    outcome = runner.invoke(cli, ["score", str(answers_file(tmp_path, questionnaire, AMBIVALENT))])
    assert outcome.exit_code == 0, outcome.output
    assert "ambivalent" in outcome.output.lower()
    assert "2496 8207".replace(" ", "") in outcome.output.replace(" ", "")
    assert "jg@glads.dk" in outcome.output
    assert "●" in outcome.output


def test_score_markdown(tmp_path: Path, questionnaire: Questionnaire) -> None:
    outcome = runner.invoke(
        cli, ["score", str(answers_file(tmp_path, questionnaire, AMBIVALENT)), "-f", "markdown"]
    )
    assert outcome.exit_code == 0, outcome.output
    assert outcome.output.startswith("# ")
    assert "```text" in outcome.output
    assert outcome.output.count("\n| ") >= len(questionnaire.questions)


def test_score_in_english(tmp_path: Path, questionnaire: Questionnaire) -> None:
    outcome = runner.invoke(
        cli, ["score", str(answers_file(tmp_path, questionnaire, AMBIVALENT)), "--lang", "en"]
    )
    assert outcome.exit_code == 0, outcome.output
    assert "psychotherapist" in outcome.output.lower()


def test_score_reports_missing_answers(tmp_path: Path) -> None:
    path = tmp_path / "answers.toml"
    path.write_text("[answers]\nn11 = 4\n", encoding="utf-8")
    outcome = runner.invoke(cli, ["score", str(path)])
    assert outcome.exit_code == 1
    assert "have no answer" in outcome.output and "s11" in outcome.output
    assert "Traceback" not in outcome.output


def test_score_absent_file() -> None:
    outcome = runner.invoke(cli, ["score", "nowhere.toml"])
    assert outcome.exit_code == 1
    assert "nowhere.toml: the file does not exist" in outcome.output


def test_score_unknown_format(tmp_path: Path, questionnaire: Questionnaire) -> None:
    outcome = runner.invoke(
        cli, ["score", str(answers_file(tmp_path, questionnaire, AMBIVALENT)), "--format", "pdf"]
    )
    assert outcome.exit_code == 2


def test_unknown_language(tmp_path: Path, questionnaire: Questionnaire) -> None:
    outcome = runner.invoke(
        cli, ["score", str(answers_file(tmp_path, questionnaire, AMBIVALENT)), "--lang", "sv"]
    )
    assert outcome.exit_code == 1
    assert "unknown language 'sv'" in outcome.output


def test_validate_the_shipped_questionnaire() -> None:
    outcome = runner.invoke(cli, ["validate"])
    assert outcome.exit_code == 0, outcome.output
    assert "OK" in outcome.output


def test_validate_a_broken_questionnaire(tmp_path: Path) -> None:
    text = (DATA / "mini.toml").read_text(encoding="utf-8").replace('id = "n2"', 'id = "n1"')
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    outcome = runner.invoke(cli, ["validate", str(path)])
    assert outcome.exit_code == 1
    assert f"{path}, line" in outcome.output
    assert "'n1' is used twice" in outcome.output
    assert "Traceback" not in outcome.output


def test_validate_malformed_toml(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[response]\npoints = = 7\n", encoding="utf-8")
    outcome = runner.invoke(cli, ["validate", str(path)])
    assert outcome.exit_code == 1
    assert "line 2" in outcome.output


def test_validate_an_absent_file(tmp_path: Path) -> None:
    outcome = runner.invoke(cli, ["validate", str(tmp_path / "none.toml")])
    assert outcome.exit_code == 1
    assert "does not exist" in outcome.output


def test_the_app_refuses_a_broken_questionnaire(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[response\n", encoding="utf-8")
    outcome = runner.invoke(cli, ["--questions", str(path)])
    assert outcome.exit_code == 1
    assert "line 1" in outcome.output


@pytest.mark.parametrize(
    "arguments",
    [["--help"], ["validate"], ["score", "ANSWERS", "--format", "json"], ["score", "ANSWERS"]],
)
def test_commands_other_than_the_app_do_not_import_textual(
    tmp_path: Path, questionnaire: Questionnaire, arguments: list[str]
) -> None:
    answers = answers_file(tmp_path, questionnaire, AMBIVALENT)
    argv = [str(answers) if arg == "ANSWERS" else arg for arg in arguments]
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tui", *argv],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line]
    assert "tui.cli" in imported
    assert not [name for name in imported if name.split(".")[0] == "textual"]


def test_shipped_questions_path_exists() -> None:
    assert questions_path().is_file()


def export_file(
    tmp_path: Path,
    questionnaire: Questionnaire,
    name: str,
    agreement: dict[str, int],
    version: str | None = None,
) -> Path:
    """A JSON export as the app writes it."""
    answers = {
        q.id: 8 - agreement[q.scale] if q.reverse else agreement[q.scale]
        for q in questionnaire.questions
    }
    path = tmp_path / name
    path.write_text(
        json.dumps(
            {
                "questionnaire": {
                    "id": questionnaire.id,
                    "version": version or questionnaire.version,
                },
                "answers": answers,
            }
        ),
        encoding="utf-8",
    )
    return path


TRYG = {"naerhed": 2, "selvrealisering": 2, "desorganisering": 2}


def test_compare_json_says_which_changes_are_reliable(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    before = export_file(tmp_path, questionnaire, "before.json", AMBIVALENT)
    after = export_file(tmp_path, questionnaire, "after.json", TRYG)
    outcome = runner.invoke(cli, ["compare", str(before), str(after), "--format", "json"])
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.output)
    assert (data["before"]["pattern"], data["after"]["pattern"]) == ("ambivalent", "tryg")
    changes = data["changes"]
    assert changes["naerhed"]["difference"] == pytest.approx(16.7 - 83.3, abs=0.1)
    assert changes["naerhed"]["reliable"] is True
    assert changes["selvrealisering"]["reliable"] is False
    assert set(changes) == {"naerhed", "selvrealisering", "desorganisering", "balance"}


def test_compare_text_shows_both_positions(tmp_path: Path, questionnaire: Questionnaire) -> None:
    before = export_file(tmp_path, questionnaire, "before.json", AMBIVALENT)
    after = export_file(tmp_path, questionnaire, "after.json", TRYG)
    outcome = runner.invoke(cli, ["compare", str(before), str(after)])
    assert outcome.exit_code == 0, outcome.output
    assert outcome.output.count("○") >= 3 and outcome.output.count("●") >= 3
    assert "Før: Utryg, ambivalent tilknytning" in outcome.output
    assert "Efter: Tryg tilknytning" in outcome.output
    assert "RCI" in outcome.output


def test_compare_refuses_different_questionnaire_versions(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    before = export_file(tmp_path, questionnaire, "before.json", AMBIVALENT, version="0")
    after = export_file(tmp_path, questionnaire, "after.json", TRYG)
    outcome = runner.invoke(cli, ["compare", str(before), str(after)])
    assert outcome.exit_code == 1
    assert "different questionnaires" in outcome.output
    assert "version '0'" in outcome.output and "version '2'" in outcome.output
    assert "Traceback" not in outcome.output


def test_compare_refuses_a_version_1_export_against_a_version_2_one(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    """A changed questionnaire cannot be compared, and the message says why."""
    from tests.conftest import DATA
    from tui.model.questionnaire import load_questionnaire

    old = load_questionnaire(DATA / "questions-v1.toml")
    before = export_file(tmp_path, old, "before.json", AMBIVALENT)
    after = export_file(tmp_path, questionnaire, "after.json", TRYG)
    outcome = runner.invoke(cli, ["compare", str(before), str(after)])
    assert outcome.exit_code == 1
    assert "version '1'" in outcome.output and "version '2'" in outcome.output
    assert "statements changed" in outcome.output
    assert "Traceback" not in outcome.output


def test_compare_refuses_an_export_of_another_version_than_installed(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    before = export_file(tmp_path, questionnaire, "before.json", AMBIVALENT, version="9")
    after = export_file(tmp_path, questionnaire, "after.json", TRYG, version="9")
    outcome = runner.invoke(cli, ["compare", str(before), str(after)])
    assert outcome.exit_code == 1
    assert "--questions" in outcome.output


def test_compare_reads_right_without_a_reading(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    before = tmp_path / "before.toml"
    before.write_text(
        "[answers]\n" + "".join(f"{q.id} = 4\n" for q in questionnaire.questions), encoding="utf-8"
    )
    after = export_file(tmp_path, questionnaire, "after.json", TRYG)
    text = runner.invoke(cli, ["compare", str(before), str(after)])
    assert text.exit_code == 0, text.output
    assert "Før: intet klart billede" in text.output
    assert "Efter: Tryg tilknytning" in text.output
    data = json.loads(runner.invoke(cli, ["compare", str(before), str(after), "-f", "json"]).output)
    assert data["before"]["readable"] is False and data["before"]["pattern"] is None
    assert [reason["code"] for reason in data["before"]["unreadable"]] == ["same_answer"]
    assert data["after"]["readable"] is True and data["after"]["pattern"] == "tryg"


def test_compare_names_every_pattern_on_a_boundary(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    from tests.answering import boundary_answers
    from tui.model.scoring import score

    answers = boundary_answers(questionnaire)
    after = tmp_path / "after.toml"
    after.write_text(
        "[answers]\n" + "".join(f"{k} = {v}\n" for k, v in answers.items()), encoding="utf-8"
    )
    before = export_file(tmp_path, questionnaire, "before.json", AMBIVALENT)
    outcome = runner.invoke(cli, ["compare", str(before), str(after)])
    first, second = score(questionnaire, answers).equally_near
    assert f"Efter: lige langt fra {first} og {second} tilknytning" in outcome.output
    data = json.loads(runner.invoke(cli, ["compare", str(before), str(after), "-f", "json"]).output)
    assert data["after"]["equally_near"] == [first, second]


def test_compare_judges_no_change_from_answers_without_a_reading(tmp_path: Path) -> None:
    """An unreadable result has no pattern to change from: no verdict, no plot, and why."""
    examples = Path(__file__).parent.parent / "examples"
    before, after = str(examples / "samme-svar.toml"), str(examples / "tryg.toml")
    as_json = json.loads(runner.invoke(cli, ["compare", before, after, "--format", "json"]).output)
    assert as_json["comparable"] is False
    assert all(change["reliable"] is None for change in as_json["changes"].values())
    shown = runner.invoke(cli, ["compare", before, after])
    assert shown.exit_code == 0, shown.output
    assert "ændringen kan ikke vurderes" in shown.output
    assert "○" not in shown.output and " ja " not in shown.output
    both = json.loads(runner.invoke(cli, ["compare", after, after, "--format", "json"]).output)
    assert both["comparable"] is True
    assert all(change["reliable"] is False for change in both["changes"].values())


@pytest.mark.parametrize("command", [[], ["score"], ["compare"], ["validate"]])
def test_h_is_help_too(command: list[str]) -> None:
    outcome = runner.invoke(cli, [*command, "-h"])
    assert outcome.exit_code == 0, outcome.output
    assert "Usage: tilknytning-test" in outcome.output and "-h, --help" in outcome.output


def test_score_help_shows_its_words_as_written() -> None:
    """`[answers]` is a TOML table, not markup to swallow; no type placeholders on --help."""
    outcome = runner.invoke(cli, ["score", "--help"])
    assert "TOML with an [answers] table" in outcome.output
    assert "<bool>" not in outcome.output and "{" not in outcome.output


@pytest.mark.parametrize(
    ("command", "usage"),
    [("score", "score [OPTIONS] ANSWERS"), ("compare", "compare [OPTIONS] BEFORE AFTER")],
)
def test_the_usage_line_names_the_arguments_as_the_help_does(command: str, usage: str) -> None:
    """Not typer's `{ANSWERS}`, which reads like a placeholder to fill in with the braces."""
    outcome = runner.invoke(cli, [command, "--help"])
    assert f"Usage: tilknytning-test {usage}\n" in outcome.output


def test_a_bad_answers_file_names_every_fault_at_once(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    """Unknown ids, a non-number, one out of range and the missing ones: all in one message."""
    first, second, *_ = (q.id for q in questionnaire.questions)
    path = tmp_path / "answers.toml"
    path.write_text(f'[answers]\nx99 = 4\n{first} = "seven"\n{second} = 9\n', encoding="utf-8")
    outcome = runner.invoke(cli, ["score", str(path)])
    assert outcome.exit_code == 1
    for fault in ("unknown question id(s): x99", "whole numbers", "out of range", "no answer"):
        assert fault in outcome.output, fault
    assert "Traceback" not in outcome.output
