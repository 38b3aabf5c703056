"""Every file the app exports is one `score` and `compare` read back to the same result.

For each format the export dialog offers (the registry's, so a new format is
covered when it is added), names are typed as a person would: with the format's
ending, in another case, without an ending, with an unknown ending, and with
another format's ending before choosing this format. Each file must be in the
format its name ends in, and read back to the result on screen, its date and
its client code.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual.widgets import Input, RadioSet
from typer.testing import CliRunner

from tests.answering import PROTOTYPES, keys_for
from tests.conftest import StepClock
from tui.app import TilknytningApp, make_app
from tui.cli import cli
from tui.model.questionnaire import Questionnaire
from tui.model.result_json import result_to_dict
from tui.model.stamp import Stamp
from tui.render.formats import FORMATS, export_formats
from tui.screens.export import ExportScreen
from tui.screens.result import ResultScreen

runner = CliRunner()
SIZE = (80, 24)
TAKEN = datetime(2026, 11, 26, 14, 5, 30, tzinfo=timezone(timedelta(hours=1)))
CLIENT = "AB-12"
OFFERED = [entry.name for entry in export_formats()]


def other_than(name: str) -> str:
    """Another format the dialog offers."""
    return next(other for other in OFFERED if other != name)


def typed_names(name: str) -> list[tuple[str, str | None, str]]:
    """(typed name, format clicked first or None, the file expected) for one format.

    A format clicked *after* typing is marked by a leading "then:".
    """
    suffix = FORMATS[name].suffix
    other = FORMATS[other_than(name)].suffix
    return [
        (f"ending{suffix}", other_than(name), f"ending{suffix}"),  # the ending chooses
        (f"upper{suffix.upper()}", other_than(name), f"upper{suffix.upper()}"),
        ("bare", name, f"bare{suffix}"),  # the chosen format's ending is added
        ("unknown.txt", name, f"unknown.txt{suffix}"),  # kept, and the ending added
        (f"switched{other}", f"then:{name}", f"switched{suffix}"),  # replaced
    ]


async def export(app: TilknytningApp, pilot: object, typed: str, click: str | None) -> None:
    """Open the dialog, type the name (and click a format before or after), type the code, save."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("e")
    assert isinstance(app.screen, ExportScreen)
    if click is not None and not click.startswith("then:"):
        await pilot.click(f"#format-{click}")
    name = app.screen.query_one("#file-name", Input)
    name.focus()
    name.value = ""
    await pilot.press(*typed)
    await pilot.pause()  # the line under the name may have changed height
    if click is not None and click.startswith("then:"):
        await pilot.click(f"#format-{click.removeprefix('then:')}")
    code = app.screen.query_one("#client-code", Input)
    code.focus()
    code.value = ""
    await pilot.press(*CLIENT)
    await pilot.press("enter")  # Enter in a field saves
    await pilot.pause()
    assert isinstance(app.screen, ResultScreen), "the dialog did not save"


@pytest.mark.parametrize("format_name", OFFERED)
async def test_every_typed_name_gives_a_file_score_and_compare_read_back(
    format_name: str,
    questionnaire: Questionnaire,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock(), now=lambda: TAKEN)
    cases = typed_names(format_name)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["ambivalent"]))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        for typed, click, _ in cases:
            await export(app, pilot, typed, click)
        json_export = "reference.json"
        await export(app, pilot, json_export, None)
    stamp = Stamp(TAKEN, CLIENT)
    expected = result_to_dict(screen.result, stamp)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        [json_export, *(file for _, _, file in cases)]
    )
    written = FORMATS[format_name].render(screen.result, app.questionnaire, app.texts, stamp)
    for typed, _, file in cases:
        path = tmp_path / file
        assert path.read_text(encoding="utf-8") == written, f"{typed!r} is not {format_name}"
        scored = runner.invoke(cli, ["score", file, "--format", "json"])
        assert scored.exit_code == 0, scored.output
        assert json.loads(scored.output) == expected, typed
        compared = runner.invoke(cli, ["compare", json_export, file, "--format", "json"])
        assert compared.exit_code == 0, compared.output
        both = json.loads(compared.output)
        assert both["before"] == both["after"] == expected
        assert both["same_client"] is True
        assert all(change["difference"] == 0 for change in both["changes"].values())
        shown = runner.invoke(cli, ["compare", json_export, file])
        assert shown.exit_code == 0, shown.output
        assert shown.output.count("2026-11-26 14:05, klientkode AB-12") == 2


def test_every_format_the_dialog_offers_has_its_own_ending() -> None:
    suffixes = [FORMATS[name].suffix.lower() for name in OFFERED]
    assert len(set(suffixes)) == len(suffixes) and all(s.startswith(".") for s in suffixes)


async def test_enter_in_the_format_list_chooses_and_does_not_save(
    questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock(), now=lambda: TAKEN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["tryg"]), "e")
        first, second = OFFERED[:2]
        name = app.screen.query_one("#file-name", Input)
        assert name.value.endswith(FORMATS[first].suffix)
        await pilot.press("tab")
        assert isinstance(app.focused, RadioSet)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen), "Enter in the list saved"
        assert app.screen.format == second
        assert name.value.endswith(FORMATS[second].suffix)
        await pilot.press("enter")  # still choosing, never saving
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
    assert list(tmp_path.iterdir()) == []


async def test_the_line_under_the_name_says_what_will_be_written(
    questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock(), now=lambda: TAKEN)
    suffix = FORMATS[OFFERED[0]].suffix
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["tryg"]), "e")
        name = app.screen.query_one("#file-name", Input)
        shown = {}
        for typed in ("efter", "efter.txt", f"efter{suffix}"):
            name.value = typed
            await pilot.pause()
            shown[typed] = str(app.screen.query_one("#file-note").render())
    assert shown["efter"] == f"Gemmes som efter{suffix}"
    assert (
        shown["efter.txt"]
        == f".txt hører ikke til et format, så filen gemmes som efter.txt{suffix}"
    )
    assert shown[f"efter{suffix}"] == "Formatet følger endelsen, og endelsen formatet."
