"""A new screen is styled and laid out for what it shows, and the screens beneath are left alone.

Textual sends a screen just laid out a Resize to that same size, and lays it out
again with every screen beneath it; and it styles a new screen's widgets a second
time when the screen is first shown. `SizedFromTheStart` skips both where they
change nothing; and a dialog tints the screen beneath once, not at every layout
(`AppDialog.render`). These tests count Textual's own layout, styling and tinting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rich.console import Console, ConsoleOptions
from textual.geometry import Region
from textual.pilot import Pilot
from textual.renderables.background_screen import BackgroundScreen
from textual.screen import Screen

from tests.answering import PROTOTYPES, keys_for
from tests.conftest import StepClock
from tests.reading_result import read_result
from tui.app import make_app
from tui.model.questionnaire import Questionnaire
from tui.screens.base import breakpoint_names
from tui.screens.export import ExportScreen
from tui.screens.result import ResultScreen

Calls = list[str]
BREAKPOINTS_AT = {
    (78, 20): {"-wide-enough", "-short"},
    (160, 48): {"-wide-enough", "-tall"},
}
"""A screen's breakpoint classes at each size the window is resized to (78×20 is the least)."""


def counted(monkeypatch: pytest.MonkeyPatch, method: str, owner: type = Screen) -> Calls:
    """The class name of each object `owner.<method>` (a screen's) is called on, from now on."""
    calls: Calls = []
    original: Callable[..., Any] = getattr(owner, method)

    def count(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(type(self).__name__)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(owner, method, count)
    return calls


async def press(pilot: Pilot[None], key: str) -> None:
    """Press `key` and let every frame it owes be drawn."""
    await pilot.press(key)
    for _ in range(3):
        await pilot.pause()


@pytest.mark.parametrize(("key", "shown"), [("e", "ExportScreen"), ("question_mark", "HelpScreen")])
async def test_a_dialog_leaves_the_screen_beneath_as_it_was_laid_out(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, key: str, shown: str
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await read_result(app, pilot, questionnaire)
        layouts = counted(monkeypatch, "_refresh_layout")
        await press(pilot, key)
        assert type(app.screen).__name__ == shown
        assert shown in layouts
        assert "ResultScreen" not in layouts


async def test_a_new_screen_is_styled_when_its_widgets_mount_and_not_again_when_first_shown(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await read_result(app, pilot, questionnaire)
        restyled = counted(monkeypatch, "update_node_styles")
        laid_out = counted(monkeypatch, "_refresh_layout")
        await press(pilot, "d")
        assert "DetailsScreen" in laid_out
        assert restyled == []


@pytest.mark.parametrize(("before", "after"), [((80, 24), (78, 20)), ((78, 20), (160, 48))])
async def test_a_resize_with_a_dialog_open_lays_out_the_dialog_and_the_screen_beneath(
    questionnaire: Questionnaire, before: tuple[int, int], after: tuple[int, int]
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=before) as pilot:
        await read_result(app, pilot, questionnaire)
        await press(pilot, "e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.resize_terminal(*after)
        for _ in range(3):
            await pilot.pause()
        dialog, beneath = app.screen_stack[-1], app.screen_stack[-2]
        assert isinstance(beneath, ResultScreen)
        for screen in (dialog, beneath):
            assert screen.region.size == after
            assert breakpoint_names(app) & screen.classes == BREAKPOINTS_AT[after]


async def test_the_screen_beneath_a_dialog_is_tinted_once_for_each_window_size(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn: list[tuple[int, int]] = []
    original = BackgroundScreen.__rich_console__

    def count(self: BackgroundScreen, console: Console, options: ConsoleOptions) -> Any:
        drawn.append(self.screen.size)
        return original(self, console, options)

    monkeypatch.setattr(BackgroundScreen, "__rich_console__", count)
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await read_result(app, pilot, questionnaire)
        await press(pilot, "e")
        assert isinstance(app.screen, ExportScreen)
        assert drawn == [(80, 24)]
        await pilot.resize_terminal(80, 30)  # as tall again at the same width
        for _ in range(3):
            await pilot.pause()
        assert drawn == [(80, 24), (80, 30)]


async def test_the_result_places_its_scrollbar_in_its_first_layout(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the scrollbar always on, no layout comes after the first just to place it.

    A scrollbar that appears only after the page's first layout is placed in a
    layout of its own, with a frame of its own.
    """
    placed: list[Region] = []
    original: Callable[..., Any] = Screen._refresh_layout

    def first_layout(self: Screen[Any], *args: Any, **kwargs: Any) -> Any:
        done = original(self, *args, **kwargs)
        if isinstance(self, ResultScreen) and not placed:
            placed.append(self.page().vertical_scrollbar.region)
        return done

    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        keys = keys_for(questionnaire, PROTOTYPES["tryg"])
        await pilot.press("enter", *keys[:-1])
        await pilot.pause()
        monkeypatch.setattr(Screen, "_refresh_layout", first_layout)
        await press(pilot, keys[-1])
        assert isinstance(app.screen, ResultScreen)
        assert placed and placed[0].height == app.screen.page().region.height > 0


def styles_of(screen: Screen) -> list[tuple[str, str]]:
    """Every widget of a screen (scrollbars too) by id or class, and the CSS it was given."""
    return [
        (widget.id or type(widget).__name__, widget.styles.css)
        for widget in screen.walk_children(with_self=True)
    ]


async def test_a_page_restyles_alone_as_it_gains_focus(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Focusing the result's page restyles it, not the dozens of widgets in it.

    No rule of the app styles a widget by the focus of the page around it: restyled
    whole, as Textual restyles a widget that gains focus, every widget in the
    page keeps the style it has.
    """
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        result = await read_result(app, pilot, questionnaire)
        page = result.page()
        assert app.focused is page
        restyled = counted(monkeypatch, "apply", type(app.stylesheet))
        page.blur()
        await pilot.pause()
        assert app.focused is None
        blurred = styles_of(result)
        page.focus()
        await pilot.pause()
        assert app.focused is page
        assert len(restyled) <= 4  # the page, twice, and its scrollbar, with no section
        focused = styles_of(result)
        app.update_styles(page)  # Textual's own restyle of the page and all it holds
        assert styles_of(result) == focused == blurred
