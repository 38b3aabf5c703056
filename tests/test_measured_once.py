"""The result's sections and the details: one drawing each to measure and show them."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from rich.console import Console
from textual.screen import Screen
from textual.widgets import Static

from tests.conftest import StepClock
from tui.app import make_app
from tui.model.questionnaire import Questionnaire
from tui.widgets.measured_once import Headed, MeasuredOnce
from tui.widgets.result_section import ResultSection


def count_drawing(monkeypatch: pytest.MonkeyPatch) -> Counter[int]:
    """Counts, by the id of what is drawn, each time Rich draws a renderable."""
    counts: Counter[int] = Counter()
    original = Console.render
    held: list[Any] = []  # an id stays unique only while its object lives

    def counted(self: Console, renderable: Any, *args: Any, **kwargs: Any) -> Any:
        counts[id(renderable)] += 1
        held.append(renderable)
        return original(self, renderable, *args, **kwargs)

    monkeypatch.setattr(Console, "render", counted)
    return counts


def drawings(screen: Screen[Any]) -> dict[str, Any]:
    """What each widget of the screen keeps drawn, by its id: a heading and a body are two."""
    kept: dict[str, Any] = {}
    for section in screen.query(ResultSection):
        assert section.drawn is not None and section.id
        visual = section.drawn[1]
        assert isinstance(visual, MeasuredOnce)
        drawing = visual.drawing
        if isinstance(drawing, Headed):
            kept[f"{section.id} heading"] = drawing.heading.renderable
            kept[section.id] = drawing.body.renderable
        else:
            kept[section.id] = drawing.renderable
    kept |= {
        static.id: static.visual.renderable
        for static in screen.query("#details-body").results(Static)
        if static.id
    }
    return kept


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_each_drawing_is_drawn_once_to_measure_and_show_it(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    # Before: measured at the full width, then again with the scrollbar, then again by a
    # second layout pass; drawn at both widths; each a drawing to measure and one to show.
    app = make_app(clock=StepClock())
    counts = count_drawing(monkeypatch)
    async with app.run_test(size=size) as pilot:
        keys = [str(3 + number % 3) for number in range(len(questionnaire.questions))]
        await pilot.press("enter", *keys[:-1])
        counts.clear()
        await pilot.press(keys[-1])
        await pilot.pause()
        kept = drawings(app.screen)
        assert {"headline", "plot", "plot heading", "scores", "help-lines"} <= set(kept)
        drawn = {name: counts[id(renderable)] for name, renderable in kept.items()}
        assert set(drawn.values()) == {1}, drawn
        counts.clear()
        await pilot.press("d")
        await pilot.pause()
        kept = drawings(app.screen)
        assert counts[id(kept["details-body"])] == 1, counts


async def test_a_theme_switch_draws_the_headings_again_and_no_body(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A body's own colours do not follow the theme: its lines serve both themes.

    The window is tall enough for the whole result to be drawn: a section out of
    view is drawn in the new theme only as it comes into view.
    """
    app = make_app(clock=StepClock())
    counts = count_drawing(monkeypatch)
    async with app.run_test(size=(80, 200)) as pilot:
        keys = [str(3 + number % 3) for number in range(len(questionnaire.questions))]
        await pilot.press("enter", *keys)
        await pilot.pause()
        before = drawings(app.screen)
        counts.clear()
        await pilot.press("t")
        await pilot.pause()
        after = drawings(app.screen)
        bodies = {name for name in after if not name.endswith("heading")} - {"headline"}
        assert {"plot", "scores", "help-lines", "contact"} <= bodies
        assert [name for name in bodies if after[name] is not before[name]] == []
        assert {name: counts[id(after[name])] for name in bodies} == dict.fromkeys(bodies, 0)
        headings = {name for name in after if name.endswith("heading")} | {"headline"}
        assert [name for name in headings if after[name] is before[name]] == []
        assert {counts[id(after[name])] for name in headings} == {1}


async def test_a_repaint_that_changes_nothing_styles_no_line_again(
    questionnaire: Questionnaire,
) -> None:
    """Textual repaints a new screen as it shows; the styled lines are kept, not made again."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        keys = [str(3 + number % 3) for number in range(len(questionnaire.questions))]
        await pilot.press("enter", *keys)
        await pilot.pause()
        section = app.screen.query_one("#headline", ResultSection)  # in view
        assert section.drawn is not None
        visual = section.drawn[1]
        assert isinstance(visual, MeasuredOnce)
        strips = visual.strips
        assert strips is not None
        section.refresh()
        await pilot.pause()
        assert visual.strips is strips  # the same width, height and style: the same strips
        (width, height, style), lines = strips
        assert height is not None
        shorter = visual.render_strips(width, height - 1, style, None)  # type: ignore[arg-type]
        assert shorter == lines[:-1]
        assert visual.strips is not strips
