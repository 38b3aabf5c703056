"""Reading answers files and checking them against a questionnaire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.model.answers import (
    AnswerSheet,
    check_answers,
    check_same_version,
    check_version,
    read_answer_sheet,
)
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


def test_a_timing_of_0_seconds_is_allowed(tmp_path: Path) -> None:
    """The message says "a number ≥ 0": 0 is read, in TOML as a whole number too."""
    sheet = read_answer_sheet(write(tmp_path, toml_answers(FULL) + "[seconds]\nn1 = 0\ns1 = 2.5\n"))
    assert sheet.seconds == {"n1": 0.0, "s1": 2.5}
    assert all(type(value) is float for value in sheet.seconds.values())


@pytest.mark.parametrize("value", ["-0.5", "true", '"3"', "nan"])
def test_seconds_must_be_numbers_of_at_least_0(tmp_path: Path, value: str) -> None:
    text = toml_answers(FULL) + f"[seconds]\nn1 = 1.0\ns1 = {value}\n"
    with pytest.raises(InputError, match=r"\[seconds\] must hold a number ≥ 0"):
        read_answer_sheet(write(tmp_path, text))


def test_no_timings_when_seconds_are_empty_or_not_a_table(tmp_path: Path) -> None:
    assert read_answer_sheet(write(tmp_path, toml_answers(FULL) + "[seconds]\n")).seconds is None
    sheet = read_answer_sheet(write(tmp_path, toml_answers(FULL) + "seconds = 3\n", "b.toml"))
    assert sheet.seconds is None


def test_a_whole_number_of_seconds_too_large_for_a_float(tmp_path: Path) -> None:
    export = {"answers": FULL, "seconds": {"n1": 10**400}}
    with pytest.raises(InputError, match="too large"):
        read_answer_sheet(write(tmp_path, json.dumps(export), "export.json"))


def export_with(tmp_path: Path, meta: dict[str, object]) -> AnswerSheet:
    export = {"questionnaire": meta, "answers": FULL}
    return read_answer_sheet(write(tmp_path, json.dumps(export), "export.json"))


def test_an_export_names_its_questionnaire(tmp_path: Path) -> None:
    sheet = export_with(tmp_path, {"id": "mini", "version": "1"})
    assert (sheet.questionnaire_id, sheet.questionnaire_version) == ("mini", "1")
    assert sheet.source == str(tmp_path / "export.json")


@pytest.mark.parametrize("key", ["id", "version"])
@pytest.mark.parametrize("value", [1, 2.0, True, ["1"], {"v": "1"}])
def test_a_non_text_id_or_version_is_refused(tmp_path: Path, key: str, value: object) -> None:
    """A number in place of the id or version would otherwise skip the version check."""
    meta = {"id": "mini", "version": "1", key: value}
    with pytest.raises(InputError, match=f"the questionnaire {key} must be a text") as caught:
        export_with(tmp_path, meta)
    assert caught.value.where == str(tmp_path / "export.json")
    assert caught.value.fix


def test_an_id_without_a_version_never_matches(tmp_path: Path, mini: Questionnaire) -> None:
    sheet = export_with(tmp_path, {"id": "mini"})
    assert (sheet.questionnaire_id, sheet.questionnaire_version) == ("mini", None)
    with pytest.raises(InputError, match="version None"):
        check_version(mini, sheet)


def test_a_version_without_an_id_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="a version but no id"):
        export_with(tmp_path, {"version": "1"})


def test_questionnaire_metadata_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="`questionnaire` must be a table"):
        export_with(tmp_path, "mini")  # type: ignore[arg-type]


def test_a_bare_answers_file_names_no_questionnaire(tmp_path: Path, mini: Questionnaire) -> None:
    sheet = read_answer_sheet(write(tmp_path, toml_answers(FULL)))
    assert (sheet.questionnaire_id, sheet.questionnaire_version) == (None, None)
    check_version(mini, sheet)


def test_an_export_of_another_questionnaire_is_refused(tmp_path: Path, mini: Questionnaire) -> None:
    sheet = export_with(tmp_path, {"id": "other", "version": "1"})
    with pytest.raises(InputError, match="made with questionnaire 'other' version '1'"):
        check_version(mini, sheet)


def sheet_of(qid: str | None, version: str | None, source: str) -> AnswerSheet:
    return AnswerSheet(FULL, None, qid, version, source)


def test_two_sheets_compare_only_within_one_version() -> None:
    check_same_version(sheet_of("mini", "1", "a"), sheet_of("mini", "1", "b"))
    check_same_version(sheet_of(None, None, "a"), sheet_of("mini", "2", "b"))
    check_same_version(sheet_of("mini", "2", "a"), sheet_of(None, None, "b"))
    with pytest.raises(InputError, match="different questionnaires") as caught:
        check_same_version(sheet_of("mini", "1", "a"), sheet_of("mini", "2", "b"))
    assert caught.value.where == "a and b"
    with pytest.raises(InputError, match="different questionnaires"):
        check_same_version(sheet_of("mini", "1", "a"), sheet_of("other", "1", "b"))


def test_checked_answers_come_in_questionnaire_order(mini: Questionnaire) -> None:
    shuffled = dict(reversed(list(FULL.items())))
    checked = check_answers(mini, shuffled, "answers.toml")
    assert list(checked) == [q.id for q in mini.questions]
    assert checked == FULL


@pytest.mark.parametrize("value", [1, 7])
def test_the_ends_of_the_scale_are_answers(mini: Questionnaire, value: int) -> None:
    assert check_answers(mini, {**FULL, "n1": value}, "answers.toml")["n1"] == value


def test_json_that_is_not_an_object(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not an object"):
        read_answer_sheet(write(tmp_path, "[1, 2]", "export.json"))


def test_json_nested_too_deeply(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nested too deeply"):
        read_answer_sheet(write(tmp_path, "[" * 100_000 + "]" * 100_000, "export.json"))


def test_answers_that_are_not_a_table(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \[answers\] table"):
        read_answer_sheet(write(tmp_path, 'answers = "4"\n'))


def test_a_json_file_is_read_as_json_whatever_the_case_of_its_suffix(tmp_path: Path) -> None:
    sheet = read_answer_sheet(write(tmp_path, json.dumps({"answers": FULL}), "EXPORT.JSON"))
    assert dict(sheet.answers) == FULL


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("export.json", "[1, 2]"),
        ("export.json", '{"answers": {"n1": 4}, "seconds": {"n1": -1}}'),
        ("export.json", '{"answers": {"n1": 4}, "seconds": {"n1": 1' + "0" * 400 + "}}"),
        ("export.json", '{"answers": 4}'),
        ("answers.toml", "[answers\n"),
        ("export.json", "[" * 100_000 + "]" * 100_000),
    ],
)
def test_a_faulty_answers_file_is_named_with_a_fix(tmp_path: Path, name: str, text: str) -> None:
    path = write(tmp_path, text, name)
    with pytest.raises(InputError) as caught:
        read_answer_sheet(path)
    assert caught.value.where.startswith(str(path))
    assert caught.value.fix


@pytest.mark.parametrize(
    ("faulty", "shown"),
    [
        ({"x8": 3, "x9": 3}, "x8, x9"),
        ({"n1": 4.5, "s1": "3"}, "n1 = 4.5, s1 = '3'"),
        ({"n1": 8, "d2": 0}, "n1 = 8, d2 = 0"),
    ],
)
def test_answer_faults_name_the_file_and_every_id(
    mini: Questionnaire, faulty: dict[str, object], shown: str
) -> None:
    with pytest.raises(InputError) as caught:
        check_answers(mini, {**FULL, **faulty}, "answers.toml")
    assert caught.value.where == "answers.toml"
    assert shown in caught.value.what
    assert caught.value.fix


def test_missing_answers_name_the_file(mini: Questionnaire) -> None:
    with pytest.raises(InputError) as caught:
        check_answers(mini, {"n1": 4}, "answers.toml")
    assert caught.value.where == "answers.toml"


def test_a_refused_export_names_its_file(tmp_path: Path, mini: Questionnaire) -> None:
    sheet = export_with(tmp_path, {"id": "mini", "version": "9"})
    with pytest.raises(InputError) as caught:
        check_version(mini, sheet)
    assert caught.value.where == str(tmp_path / "export.json")


def test_long_listings_are_cut_short(mini: Questionnaire) -> None:
    """Five faulty ids are named, the rest counted; an id over 40 characters is cut to 40."""
    unknown = {f"x{n}": 3 for n in range(7)}
    with pytest.raises(InputError) as caught:
        check_answers(mini, {**FULL, **unknown}, "answers.toml")
    assert caught.value.what.endswith(": x0, x1, x2, x3, x4 and 2 more")
    five = {f"x{n}": 3 for n in range(5)}
    with pytest.raises(InputError) as caught:
        check_answers(mini, {**FULL, **five}, "answers.toml")
    assert caught.value.what.endswith(": x0, x1, x2, x3, x4")
    long, longer = "y" * 40, "z" * 41
    with pytest.raises(InputError) as caught:
        check_answers(mini, {**FULL, long: 3, longer: 3}, "answers.toml")
    assert caught.value.what.endswith(f": {long}, {'z' * 39}…")


def test_a_non_text_id_is_shown_in_the_message(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        export_with(tmp_path, {"id": 12345, "version": "1"})
    assert caught.value.what == "the questionnaire id must be a text, not 12345"


@pytest.mark.parametrize("meta", ["mini", {"version": "1"}])
def test_faulty_questionnaire_metadata_names_the_file(tmp_path: Path, meta: object) -> None:
    with pytest.raises(InputError) as caught:
        export_with(tmp_path, meta)  # type: ignore[arg-type]
    assert caught.value.where == str(tmp_path / "export.json")
    assert caught.value.fix
