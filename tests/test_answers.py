"""Reading answers files and checking them against a questionnaire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.model.answers import check_answers, check_version, read_answer_sheet
from tui.model.errors import InputError
from tui.model.questionnaire import Questionnaire

FULL = {"n1": 4, "s1": 5, "d1": 2, "n2": 3, "s2": 6, "d2": 1}


def write(tmp_path: Path, text: str, name: str = "answers.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def toml_answers(answers: dict[str, object]) -> str:
    return "[answers]\n" + "".join(
        f"{key} = {json.dumps(value)}\n" for key, value in answers.items()
    )


def error_for(mini: Questionnaire, answers: dict[str, object]) -> str:
    with pytest.raises(InputError) as caught:
        check_answers(mini, answers, "answers.toml")
    return caught.value.message


def test_reads_a_toml_answers_table(tmp_path: Path, mini: Questionnaire) -> None:
    sheet = read_answer_sheet(write(tmp_path, toml_answers(FULL)))
    assert check_answers(mini, sheet.answers, sheet.source) == FULL
    assert sheet.seconds is None


def test_reads_a_json_export_with_seconds(tmp_path: Path, mini: Questionnaire) -> None:
    export = {
        "questionnaire": {"id": "mini", "version": "1"},
        "answers": FULL,
        "seconds": {"n1": 3.5},
    }
    sheet = read_answer_sheet(write(tmp_path, json.dumps(export), "export.json"))
    assert check_answers(mini, sheet.answers, sheet.source) == FULL
    assert sheet.seconds == {"n1": 3.5}
    check_version(mini, sheet)


def test_an_export_of_another_version_is_refused(tmp_path: Path, mini: Questionnaire) -> None:
    export = {"questionnaire": {"id": "mini", "version": "2"}, "answers": FULL}
    sheet = read_answer_sheet(write(tmp_path, json.dumps(export), "export.json"))
    with pytest.raises(InputError, match="version '2'"):
        check_version(mini, sheet)


def test_out_of_range_answers_are_named(mini: Questionnaire) -> None:
    message = error_for(mini, {**FULL, "n1": 8, "d2": 0})
    assert "n1 = 8" in message and "d2 = 0" in message
    assert "from 1 to 7" in message


def test_non_integer_answers_are_named(mini: Questionnaire) -> None:
    message = error_for(mini, {**FULL, "s1": 4.5, "n2": "3", "d1": True})
    assert "s1 = 4.5" in message and "n2 = '3'" in message and "d1 = True" in message
    assert "whole numbers" in message


def test_answers_for_unknown_ids_are_named(mini: Questionnaire) -> None:
    message = error_for(mini, {**FULL, "x9": 3})
    assert "unknown question id(s): x9" in message


def test_missing_answers_are_named(mini: Questionnaire) -> None:
    partial = {key: value for key, value in FULL.items() if key not in {"s1", "d2"}}
    message = error_for(mini, partial)
    assert "2 question(s) have no answer: s1, d2" in message


def test_an_absent_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_answer_sheet(tmp_path / "nowhere.toml")


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, toml_answers(FULL))

    def refuse(name: object, flags: int, mode: int = 0o777) -> int:
        raise PermissionError(13, "Permission denied", str(name))

    # CI runs as root, which reads files whatever their mode: refuse as the OS would.
    with monkeypatch.context() as patch:
        patch.setattr("tui.model.input_file.os.open", refuse)
        with pytest.raises(InputError, match="permission denied"):
            read_answer_sheet(path)


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        read_answer_sheet(tmp_path)


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "answers.toml"
    path.write_bytes(b"[answers]\nn1 = 4 # \xff\xfe\n")
    with pytest.raises(InputError, match="not UTF-8"):
        read_answer_sheet(path)


def test_no_answers_table(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \[answers\] table"):
        read_answer_sheet(write(tmp_path, "n1 = 4\n"))


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="line 2"):
        read_answer_sheet(write(tmp_path, '{"answers":\n  {"n1": 4,,}}', "export.json"))


def test_seconds_must_be_finite(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\[seconds\]"):
        read_answer_sheet(write(tmp_path, toml_answers(FULL) + "[seconds]\nn1 = inf\n"))
