"""Work ahead: while the person reads, the next screens' code and CSS load, and nothing changes."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

import tui.app
from tests.conftest import StepClock
from tui.app import READING, TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire
from tui.screens.details import DetailsScreen
from tui.screens.export import ExportScreen
from tui.screens.plot_view import PlotScreen
from tui.screens.question import QuestionScreen
from tui.screens.result import ResultScreen
from tui.warm_up import screen_css_paths

NOW = datetime(2026, 11, 27, 9, 30)
PATIENCE = 20.0
"""Seconds a test waits for the work ahead at most, on a busy machine."""


def css_files(app: TilknytningApp) -> set[str]:
    """The CSS files (not widgets' default CSS) in the app's stylesheet."""
    return {path for path, name in app.stylesheet.source if name == "" and path.endswith(".tcss")}


def css_of(*screens: type) -> set[str]:
    return {str(path) for screen in screens for path in screen_css_paths(screen)}


async def wait_for(pilot: Pilot[None], ready: Callable[[], bool]) -> None:
    """Let the app sit idle, as a person reading, until `ready` (at most PATIENCE s)."""
    deadline = time.monotonic() + PATIENCE
    while not ready() and time.monotonic() < deadline:
        await pilot.pause(0.1)


def test_the_css_paths_are_the_files_textual_reads() -> None:
    for screen in (QuestionScreen, ResultScreen, DetailsScreen, ExportScreen):
        for path in screen_css_paths(screen):
            assert Path(path).is_file(), path


async def test_reading_pauses_load_every_later_screens_css_before_it_shows(
    questionnaire: Questionnaire,
) -> None:
    app = make_app(clock=StepClock(), now=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: css_of(QuestionScreen) <= css_files(app))
        assert css_of(QuestionScreen) <= css_files(app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: css_of(ResultScreen) <= css_files(app))
        assert css_of(ResultScreen) <= css_files(app)
        await pilot.press(*["4"] * len(questionnaire.questions))
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        opened = css_of(DetailsScreen, ExportScreen, PlotScreen)
        await wait_for(pilot, lambda: opened <= css_files(app))
        assert opened <= css_files(app)
        read_ahead = css_files(app)
        await pilot.press("d", "escape", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        # Textual found each file read: it parsed no rule again for the screens shown.
        assert css_files(app) == read_ahead


DIALOG_WIDGETS = ("Button", "Input", "RadioSet", "ToggleButton")
DIALOG_WIDGETS_CSS = {f"{name}.DEFAULT_CSS" for name in DIALOG_WIDGETS}
"""The export dialog's widgets' DEFAULT_CSS (a RadioButton's is its base's, ToggleButton's)."""


async def test_what_the_result_opens_is_read_while_the_result_is_read_not_before(
    questionnaire: Questionnaire,
) -> None:
    """The questions do not carry the CSS of the result's dialogs in memory."""
    app = make_app(clock=StepClock(), now=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await wait_until_still(pilot, app)
        sources = {name or path for path, name in app.stylesheet.source}
        assert css_of(ResultScreen) <= sources
        assert not sources & css_of(DetailsScreen, ExportScreen, PlotScreen)
        assert not sources & DIALOG_WIDGETS_CSS
        await pilot.press(*["4"] * len(questionnaire.questions))
        await wait_until_still(pilot, app)
        sources = {name or path for path, name in app.stylesheet.source}
        assert css_of(DetailsScreen, ExportScreen, PlotScreen) <= sources
        assert sources >= DIALOG_WIDGETS_CSS


async def wait_until_still(pilot: Pilot[None], app: TilknytningApp) -> None:
    """Let the app read until its stylesheet's sources stop changing (PATIENCE s at most)."""
    deadline = time.monotonic() + PATIENCE
    sources = set(app.stylesheet.source)
    while time.monotonic() < deadline:
        await pilot.pause(4 * READING)
        if sources == (sources := set(app.stylesheet.source)):
            return


def changed(app: TilknytningApp, before: dict[Any, Any]) -> set[str]:
    """The names of the stylesheet's sources added or changed since `before`."""
    return {
        name or path
        for (path, name), source in app.stylesheet.source.items()
        if before.get((path, name)) != source
    }


async def test_after_the_reading_pauses_no_key_adds_css_to_the_stylesheet(
    questionnaire: Questionnaire,
) -> None:
    """Neither a screen's file nor a widget class's DEFAULT_CSS is added (and parsed) on a key.

    Nor is a source changed: Textual lowers a DEFAULT_CSS's tie-breaker where a deeper
    subclass mounts, and a stylesheet parsed ahead for the other theme would then no
    longer be the app's (`tui.theme_ahead`).
    """
    app = make_app(clock=StepClock(), now=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until_still(pilot, app)
        read_ahead = dict(app.stylesheet.source)
        await pilot.press("enter")
        await pilot.pause()
        assert changed(app, read_ahead) == set()
        await wait_until_still(pilot, app)
        read_ahead = dict(app.stylesheet.source)
        answers = ["5", "2", "6"] * len(questionnaire.questions)  # a readable result, with a chart
        await pilot.press(*answers[: len(questionnaire.questions)])
        await pilot.pause()
        assert changed(app, read_ahead) == set()
        await wait_until_still(pilot, app)
        read_ahead = dict(app.stylesheet.source)
        shown = []
        for key in ("d", "escape", "e", "escape", "p", "escape", "question_mark", "escape"):
            await pilot.press(key)
            await pilot.pause()
            shown.append(type(app.screen).__name__)
        await pilot.press("q")
        await pilot.pause()
        shown.append(type(app.screen).__name__)
        assert shown == [
            *("DetailsScreen", "ResultScreen", "ExportScreen", "ResultScreen"),
            *("PlotScreen", "ResultScreen", "HelpScreen", "ResultScreen", "ConfirmScreen"),
        ]
        assert changed(app, read_ahead) == set()


async def screenshots(
    app: TilknytningApp, pilot: Pilot[None], answers: int, read: Callable[[], Awaitable[None]]
) -> list[str]:
    shots = []
    await pilot.press(*["5", "3"] * (answers // 2), *["6"] * (answers % 2))
    await pilot.pause()
    await read()
    shots.append(app.export_screenshot())
    for key, back in (("d", "escape"), ("e", "escape")):
        await pilot.press(key)
        await pilot.pause()
        shots.append(app.export_screenshot())
        await pilot.press(back)
    return shots


async def test_the_screens_look_the_same_with_their_css_read_ahead(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = len(questionnaire.questions)
    warm = make_app(clock=StepClock(), now=lambda: NOW)
    async with warm.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await wait_for(pilot, lambda: css_of(ResultScreen) <= css_files(warm))
        assert css_of(ResultScreen) <= css_files(warm)
        opened = css_of(DetailsScreen, ExportScreen)

        async def read_opened() -> None:
            await wait_for(pilot, lambda: opened <= css_files(warm))
            assert opened <= css_files(warm)

        read_ahead = await screenshots(warm, pilot, answers, read_opened)
    monkeypatch.setattr(tui.app, "READING", 1e9)
    cold = make_app(clock=StepClock(), now=lambda: NOW)
    async with cold.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert not css_of(ResultScreen) <= css_files(cold)

        async def read_nothing() -> None:
            assert not css_of(DetailsScreen) <= css_files(cold)

        read_when_shown = await screenshots(cold, pilot, answers, read_nothing)
    assert read_ahead == read_when_shown


async def test_no_work_ahead_comes_right_after_a_key() -> None:
    app = make_app(clock=StepClock())
    done: list[str] = []
    async with app.run_test(size=(80, 24)):
        app.steps_ahead = iter([lambda: done.append("step")])
        app.last_key_at = time.monotonic()
        app.step_ahead()
        assert done == []
        app.last_key_at = time.monotonic() - READING
        app.step_ahead()
        assert done == ["step"]


async def test_the_result_shows_its_markdown_parsed_ahead_and_all_patterns_are_kept(
    questionnaire: Questionnaire,
) -> None:
    """Every pattern's description is parsed ahead, so what is kept tells no one's pattern."""
    from tui.render.document import markdown_texts
    from tui.render.screen_text import PARSED_AHEAD
    from tui.widgets.result_section import ResultSection

    app = make_app(clock=StepClock(), now=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await wait_until_still(pilot, app)
        every = markdown_texts(app.texts)
        assert set(every) <= set(PARSED_AHEAD)
        assert len({pattern.description for pattern in app.texts.patterns.values()}) == 4
        count = len(questionnaire.questions)
        await pilot.press(*(["4", "6", "2"] * count)[:count])
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        shown = [
            section
            for section in app.screen.query(ResultSection)
            if section.id and section.id.startswith(("description", "disclaimer", "help-lines"))
        ]
        assert len(shown) >= 3
        for section in shown:
            assert section.body is not None
            body = section.body.renderable  # drawn once for both themes (`Headed`)
            assert any(body is PARSED_AHEAD[text] for text in every), section.id
