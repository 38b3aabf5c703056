"""Hostile inputs: FIFOs, devices, huge files, floods of unknown ids, odd versions and points.

Each goes to the installed command with a time limit: a hang fails the test
instead of stalling the suite. Every one must end in a message naming the file
and exit 1, never a traceback.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults import answers_toml, run
from tui.model.answers import check_answers, read_answer_sheet
from tui.model.errors import InputError
from tui.model.input_file import MAX_BYTES, read_text
from tui.model.questionnaire import Questionnaire, QuestionnaireError, parse_questionnaire


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "answers.toml"
    os.mkfifo(path)
    yield path


def huge(tmp_path: Path) -> Path:
    """A TOML file just over the limit: a long comment, then a valid table."""
    path = tmp_path / "huge.toml"
    path.write_text("#" + "x" * MAX_BYTES + "\n[answers]\n", encoding="utf-8")
    return path


def assert_refused(outcome: object, where: str, what: str) -> None:
    stderr = outcome.stderr  # type: ignore[attr-defined]
    assert outcome.returncode == 1, stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    assert where in stderr and what in stderr, stderr
    assert "→" in stderr  # how to mend it


@pytest.mark.parametrize(
    "command",
    [
        ["validate", "{input}"],
        ["score", "{input}"],
        ["--questions", "{input}"],
        ["score", "--questions", "{input}", "{answers}"],
        ["compare", "{input}", "{answers}"],
        ["compare", "{answers}", "{input}"],
    ],
    ids=["validate", "score", "app", "score-questions", "compare-before", "compare-after"],
)
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "huge", "folder"])
def test_inputs_that_are_not_sane_files_fail_fast(
    command: list[str], kind: str, tmp_path: Path, questionnaire: Questionnaire
) -> None:
    answers = tmp_path / "good.toml"
    answers.write_text(answers_toml(questionnaire), encoding="utf-8")
    if kind == "fifo":
        source = tmp_path / "pipe.toml"
        os.mkfifo(source)
        what = "FIFO"
    elif kind == "dev-zero":
        source, what = Path("/dev/zero"), "a device"
    elif kind == "huge":
        source, what = huge(tmp_path), "larger than 1024 KiB"
    else:
        source, what = tmp_path, "a folder"
    args = [part.format(input=source, answers=answers) for part in command]
    assert_refused(run(*args, cwd=tmp_path), str(source), what)


def test_the_one_reader_refuses_before_reading(fifo: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="FIFO"):
        read_text(fifo)
    with pytest.raises(InputError, match="device"):
        read_text(Path("/dev/zero"))
    with pytest.raises(InputError, match="larger than"):
        read_text(huge(tmp_path))
    exactly = tmp_path / "exactly.toml"
    exactly.write_bytes(b"#" * MAX_BYTES)
    assert len(read_text(exactly)) == MAX_BYTES


def test_a_million_unknown_ids_give_a_short_message(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    path = tmp_path / "flood.json"
    ids = {f"x{number:06d}": 1 for number in range(60_000)}  # 1 MiB holds ~60 000 of them
    path.write_text(json.dumps({"answers": ids}), encoding="utf-8")
    outcome = run("score", str(path), cwd=tmp_path)
    assert outcome.returncode == 1
    assert "60000 unknown question id(s): x000000, x000001" in outcome.stderr
    assert "and 59995 more" in outcome.stderr
    assert len(outcome.stderr) < 1000


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"n1" * 5000: 1}, "1 unknown question id(s): n1n1"),
        ({"n1": "x" * 5000}, "answers must be whole numbers: n1 = 'xxx"),
    ],
)
def test_long_ids_and_values_are_cut_short(
    answers: dict[str, object], expected: str, mini: Questionnaire
) -> None:
    with pytest.raises(InputError) as caught:
        check_answers(mini, answers, "a.json")
    assert expected in caught.value.message
    assert len(caught.value.message) < 300


def export_with(tmp_path: Path, questionnaire: Questionnaire, meta: object) -> Path:
    path = tmp_path / "export.json"
    answers = dict(line.split(" = ") for line in answers_toml(questionnaire).splitlines()[1:])
    document = {"questionnaire": meta, "answers": {k: int(v) for k, v in answers.items()}}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_version_written_as_a_number_is_refused_clearly(
    tmp_path: Path, questionnaire: Questionnaire
) -> None:
    path = export_with(tmp_path, questionnaire, {"id": questionnaire.id, "version": 2})
    outcome = run("score", str(path), cwd=tmp_path)
    assert outcome.returncode == 1
    assert "version must be a text, not 2" in outcome.stderr
    assert 'write version = "2" with quotes' in outcome.stderr
    assert "None" not in outcome.stderr


@pytest.mark.parametrize("meta", [{"id": 7, "version": "1"}, {"id": ["a"]}, "tilknytning"])
def test_a_questionnaire_id_that_is_not_a_text_is_refused(
    tmp_path: Path, questionnaire: Questionnaire, meta: object
) -> None:
    """Before, a non-text id made the export look like a bare answers file: no version check."""
    with pytest.raises(InputError, match="must be a t"):
        read_answer_sheet(export_with(tmp_path, questionnaire, meta))


def test_a_questionnaire_version_as_a_number_names_the_fix(mini_text: str) -> None:
    broken = mini_text.replace('version = "1"', "version = 2")
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(broken, "q.toml")
    assert "version must be a text, not 2" in caught.value.message
    assert 'write version = "2" with quotes' in caught.value.message


@pytest.mark.parametrize("points", [10, 12])
def test_validate_refuses_more_points_than_keys(mini_text: str, points: int) -> None:
    """The app answers with the keys 1–9: a 12-point scale could never be answered."""
    labels = ", ".join(f'"{n}"' for n in range(1, points + 1))
    text = mini_text.replace("points = 7", f"points = {points}")
    text = text.replace('da = ["1", "2", "3", "4", "5", "6", "7"]', f"da = [{labels}]")
    text = text.replace('en = ["1", "2", "3", "4", "5", "6", "7"]', f"en = [{labels}]")
    with pytest.raises(QuestionnaireError, match="from 2 to 9"):
        parse_questionnaire(text, "q.toml")


def test_nine_points_are_allowed(mini_text: str) -> None:
    labels = ", ".join(f'"{n}"' for n in range(1, 10))
    text = mini_text.replace("points = 7", "points = 9")
    text = text.replace('da = ["1", "2", "3", "4", "5", "6", "7"]', f"da = [{labels}]")
    text = text.replace('en = ["1", "2", "3", "4", "5", "6", "7"]', f"en = [{labels}]")
    assert parse_questionnaire(text, "q.toml").points == 9
