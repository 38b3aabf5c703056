"""Every screen is whole at the documented minimum, 78×20: nothing cut, nothing under a scrollbar.

Each screen and dialog is walked with Pilot at 78×20 in both languages, and its
widgets are measured as laid out: every widget lies inside its parent's content
(less any scrollbar) from side to side, no drawing is wider than the widget that
draws it, every button is in view whole, and no line on screen was cut to "…".
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from rich.measure import Measurement
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button

from tests.answering import (
    PROTOTYPES,
    answers_for,
    boundary_answers,
    inconsistent_answers,
)
from tests.conftest import StepClock
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire
from tui.widgets.result_section import ResultSection
from tui.widgets.start_button import StartButton
from tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH

MINIMUM = (MIN_WIDTH, MIN_HEIGHT)
Answers = Callable[[Questionnaire], dict[str, int]]


def drawn_lines(app: TilknytningApp) -> list[str]:
    """The screen as drawn, one string per row."""
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


def shown(widget: Widget) -> bool:
    """True when the widget and every ancestor are displayed and it has room on screen."""
    return all(
        node.display for node in widget.ancestors_with_self if isinstance(node, Widget)
    ) and (widget.region.area > 0)


def in_view(holder: Widget) -> Region:
    """Where `holder` shows what it holds: less its scrollbars, and less what is docked on it."""
    view = holder.scrollable_content_region
    for docked in holder.children:
        if docked.styles.dock == "bottom" and shown(docked):
            view = Region.from_corners(
                view.x, view.y, view.right, min(view.bottom, docked.region.y)
            )
        elif docked.styles.dock == "top" and shown(docked):
            view = Region.from_corners(
                view.x, max(view.y, docked.region.bottom), view.right, view.bottom
            )
    return view


def drawing_width(widget: Widget) -> int:
    """The fewest columns the widget's drawing needs (0 where it wraps to any width)."""
    if not isinstance(widget, ResultSection):
        return 0
    app = widget.app
    # Rich caps a measurement at the width offered: offer more than any window has.
    options = app.console.options.update_width(10_000)
    return Measurement.get(app.console, options, widget.renderable()).minimum


def faults(app: TilknytningApp) -> list[str]:
    """Everything on the current screen that is cut or lies under a scrollbar."""
    found: list[str] = []
    screen = app.screen
    width = app.size.width
    for widget in screen.query("*"):
        if not shown(widget):
            continue
        name = f"{type(screen).__name__} {widget!r}"
        region = widget.region
        parent = widget.parent
        if isinstance(parent, Widget):
            room = parent.scrollable_content_region
            if region.x < room.x or region.right > room.right:
                found.append(
                    f"{name} spans columns {region.x}–{region.right}, room {room.x}–{room.right}"
                )
        if region.x < 0 or region.right > width:
            found.append(f"{name} lies outside the window: columns {region.x}–{region.right}")
        needed = drawing_width(widget)
        if needed > widget.content_region.width:
            found.append(f"{name} draws {needed} columns in {widget.content_region.width}")
        if isinstance(widget, (Button, StartButton)):
            for holder in widget.ancestors:
                if isinstance(holder, Widget):
                    view = in_view(holder)
                    if not view.contains_region(region):
                        found.append(
                            f"{name} is not whole in view of {holder!r}: {region} in {view}"
                        )
    lines = drawn_lines(app)
    for widget in screen.query("*"):
        if shown(widget) and widget.show_vertical_scrollbar and widget.scrollbar_gutter.right:
            view = widget.scrollable_content_region
            beside = [lines[row][view.right - 1] for row in range(view.y, view.bottom)]
            if set(beside) - {" "}:
                found.append(f"{type(screen).__name__} {widget!r}: text runs into the scrollbar")
    for row, line in enumerate(lines):
        if "…" in line:
            found.append(f"{type(screen).__name__} row {row} is cut: {line.strip()!r}")
    return found


async def settle(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    await pilot.pause()


async def to_result(pilot: Pilot[Any], answers: dict[str, int]) -> None:
    """From the welcome screen to the result of `answers`, given as the keys would give them.

    The questions are answered through the session rather than key by key: the keys
    are tested in test_app_flow, and 28 presses a case would make this walk slow.
    """
    app = pilot.app
    assert isinstance(app, TilknytningApp)
    app.start_test()
    await settle(pilot)
    assert app.session is not None
    for index, value in enumerate(answers.values()):
        app.session.answer(index, value, 5.0)
    app.show_result()
    await settle(pilot)


RESULTS: dict[str, Answers] = {
    **{
        pattern: (lambda q, agreement=agreement: answers_for(q, agreement))
        for pattern, agreement in PROTOTYPES.items()
    },
    "unreadable": lambda q: {question.id: 4 for question in q.questions},
    "boundary": boundary_answers,
    "flagged": inconsistent_answers,
}


@pytest.fixture(params=["da", "en"])
async def pilot(request: pytest.FixtureRequest) -> AsyncIterator[Pilot[Any]]:
    app = make_app(lang=request.param, clock=StepClock())
    async with app.run_test(size=MINIMUM) as pilot:
        await settle(pilot)
        yield pilot


async def test_the_welcome_and_its_help_are_whole(pilot: Pilot[Any]) -> None:
    app = pilot.app
    assert faults(app) == []
    await pilot.press("f1")
    await settle(pilot)
    assert faults(app) == []


async def test_the_questions_and_their_dialogs_are_whole(pilot: Pilot[Any]) -> None:
    app = pilot.app
    await pilot.press("enter")
    await settle(pilot)
    assert faults(app) == []
    await pilot.press("3", "q")
    await settle(pilot)
    assert faults(app) == []
    await pilot.press("n", "f1")
    await settle(pilot)
    assert faults(app) == []
    await pilot.press("escape", "end")
    await settle(pilot)


@pytest.mark.parametrize("kind", list(RESULTS))
async def test_every_result_is_whole_at_its_top_and_its_end(
    pilot: Pilot[Any], questionnaire: Questionnaire, kind: str
) -> None:
    app = pilot.app
    await to_result(pilot, RESULTS[kind](questionnaire))
    assert faults(app) == []
    await pilot.press("end")
    await settle(pilot)
    assert faults(app) == []


async def test_the_result_s_other_screens_and_dialogs_are_whole(
    pilot: Pilot[Any], questionnaire: Questionnaire
) -> None:
    app = pilot.app
    await to_result(pilot, answers_for(questionnaire, PROTOTYPES["ambivalent"]))
    for opening, closing in (("d", "escape"), ("f1", "escape"), ("p", "p"), ("n", "n")):
        await pilot.press(opening)
        await settle(pilot)
        assert faults(app) == [], opening
        await pilot.press("end")
        await settle(pilot)
        assert faults(app) == [], opening
        await pilot.press(closing)
        await settle(pilot)
    await pilot.press("q")
    await settle(pilot)
    assert faults(app) == []


async def test_the_export_dialog_is_whole(pilot: Pilot[Any], questionnaire: Questionnaire) -> None:
    app = pilot.app
    await to_result(pilot, answers_for(questionnaire, PROTOTYPES["ambivalent"]))
    await pilot.press("e")
    await settle(pilot)
    assert faults(app) == []
