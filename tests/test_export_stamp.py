"""An export carries when the test was taken and an optional client code, kept nowhere else."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.answering import PROTOTYPES, keys_for
from tests.conftest import StepClock
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire
from tui.screens.export import ExportScreen
from tui.screens.result import ResultScreen
from tui.screens.welcome import WelcomeScreen

SIZE = (80, 24)
TAKEN = datetime(2026, 11, 26, 14, 5, 30, tzinfo=timezone(timedelta(hours=1)))
LATER = TAKEN + timedelta(hours=2, minutes=17)


class Clock:
    """The date and time, set by the test."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


async def save_json(app: TilknytningApp, pilot: object, name: str, client: str | None) -> str:
    """Export as JSON under `name`, typing `client` (None: leave the field as offered)."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("e")
    assert isinstance(app.screen, ExportScreen)
    offered = app.screen.query_one("#client-code", Input).value
    if client is not None:
        app.screen.query_one("#client-code", Input).value = client
    app.screen.query_one("#file-name", Input).value = name
    await pilot.click("#save")
    await pilot.pause()
    return offered


async def test_the_time_is_when_the_last_answer_was_given_not_when_saved(
    questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    clock = Clock(TAKEN)
    app = make_app(clock=StepClock(), now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["tryg"]))
        clock.moment = LATER  # the person reads the result for a while, then saves
        await pilot.press("e")
        default_name = app.screen.query_one("#file-name", Input).value
        await pilot.press("escape")
        await save_json(app, pilot, "efter.json", None)
    data = json.loads((tmp_path / "efter.json").read_text(encoding="utf-8"))
    assert data["taken"] == "2026-11-26T14:05:30+01:00"
    assert "client" not in data
    assert default_name.startswith("tilknytning-2026-11-26-1405")


async def test_a_time_without_offset_gets_the_local_one(
    questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock(), now=lambda: datetime(2026, 11, 26, 14, 5))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["tryg"]))
        await save_json(app, pilot, "efter.json", None)
    taken = json.loads((tmp_path / "efter.json").read_text(encoding="utf-8"))["taken"]
    assert re.fullmatch(r"2026-11-26T14:05:00[+-]\d\d:\d\d", taken)


async def test_the_client_code_is_offered_again_for_this_result_and_forgotten_by_new_test(
    questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock(), now=lambda: TAKEN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["tryg"]))
        assert await save_json(app, pilot, "first.json", " AB-12 ") == ""
        assert await save_json(app, pilot, "second.json", None) == "AB-12"
        await pilot.press("n", "j")
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["ambivalent"]))
        assert await save_json(app, pilot, "next-person.json", None) == ""
    codes = {
        path.name: json.loads(path.read_text(encoding="utf-8")).get("client")
        for path in tmp_path.iterdir()
    }
    assert codes == {"first.json": "AB-12", "second.json": "AB-12", "next-person.json": None}


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("Anna Hansen", "uden mellemrum"),
        ("AB\x1b[2J", "ikke kan vises"),
        ("A" * 17, "højst 16 tegn"),
    ],
)
async def test_a_client_code_that_cannot_be_used_is_refused_in_place(
    questionnaire: Questionnaire,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: str,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock(), now=lambda: TAKEN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["tryg"]))
        await save_json(app, pilot, "efter.json", code)
        assert isinstance(app.screen, ExportScreen)
        assert message in str(app.screen.query_one("#export-error", Static).render())
        await pilot.press("escape")
        assert isinstance(app.screen, ResultScreen)
    assert list(tmp_path.iterdir()) == []


async def test_the_code_field_takes_no_more_than_a_code(
    questionnaire: Questionnaire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(clock=StepClock(), now=lambda: TAKEN)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["tryg"]), "e")
        field = app.screen.query_one("#client-code", Input)
        field.focus()
        await pilot.press(*"ABCDEFGHIJKLMNOPQRSTUV")
        assert field.value == "ABCDEFGHIJKLMNOP"
