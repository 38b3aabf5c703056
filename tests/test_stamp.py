"""When a result was taken and whose it is: read from files and checked."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.model.answers import read_answer_sheet
from tui.model.errors import InputError
from tui.model.stamp import CLIENT_LONGEST, Stamp, client_problem, read_stamp

OFFSET = timezone(timedelta(hours=1))


def test_a_toml_date_time_and_a_json_text_read_alike(tmp_path: Path) -> None:
    toml = tmp_path / "svar.toml"
    toml.write_text('taken = 2026-11-26T14:05:00+01:00\nclient = "AB-12"\n[answers]\nn01 = 4\n')
    json_file = tmp_path / "svar.json"
    json_file.write_text('{"taken": "2026-11-26T14:05:00+01:00", "client": "AB-12", "answers": {}}')
    expected = Stamp(datetime(2026, 11, 26, 14, 5, tzinfo=OFFSET), "AB-12")
    assert read_answer_sheet(toml).stamp == read_answer_sheet(json_file).stamp == expected


def test_an_answers_file_without_a_stamp_has_none(tmp_path: Path) -> None:
    toml = tmp_path / "svar.toml"
    toml.write_text("[answers]\nn01 = 4\n")
    assert read_answer_sheet(toml).stamp == Stamp()
    assert read_stamp({"client": ""}, "x") == Stamp()


@pytest.mark.parametrize(
    ("doc", "says"),
    [
        ({"taken": "i går"}, "`taken` is not a date and time: 'i går'"),
        ({"taken": 20261126}, "`taken` is not a date and time: 20261126"),
        ({"taken": "2026-11-26T14:05:00"}, "no UTC offset"),
        ({"taken": datetime(2026, 11, 26, 14, 5)}, "no UTC offset"),
        ({"client": 12}, "`client` must be a text, not 12"),
        ({"client": "Anna Hansen"}, "it holds a space"),
        ({"client": "AB\x1b]0;x\x07"}, "'AB\\x1b]0;x\\x07' cannot be used: it holds a control"),
        ({"client": "A" * (CLIENT_LONGEST + 1)}, f"longer than {CLIENT_LONGEST} characters"),
    ],
)
def test_a_bad_stamp_is_named(doc: dict[str, object], says: str) -> None:
    with pytest.raises(InputError) as caught:
        read_stamp(doc, "efter.json")
    assert caught.value.where == "efter.json"
    assert says in caught.value.message
    assert "\x1b" not in caught.value.message


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        ("AB-12", None),
        ("æøå_7", None),
        ("A" * CLIENT_LONGEST, None),
        ("A" * (CLIENT_LONGEST + 1), "too_long"),
        ("A B", "space"),
        ("A\tB", "space"),
        ("AB\u202e", "not_printable"),
        ("AB\x00", "not_printable"),
    ],
)
def test_client_codes(code: str, problem: str | None) -> None:
    assert client_problem(code) == problem
