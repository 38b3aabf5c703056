"""The answer scale on the question screen: rows that show the choice and follow the mouse."""

from __future__ import annotations

from typing import Any

from textual.strip import Strip

from tests.conftest import StepClock
from tui.app import make_app
from tui.screens.question import QuestionScreen
from tui.widgets.answer_scale import AnswerScale

SIZE = (80, 24)


def row_backgrounds(scale: AnswerScale) -> list[Any]:
    """The background colour under each row's number, as drawn."""
    strips: list[Strip] = scale.render_lines(scale.region.reset_offset)
    return [next(seg.style.bgcolor for seg in strip if seg.text.strip()) for strip in strips]


async def test_the_chosen_row_and_the_row_under_the_mouse_stand_out() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        scale = screen.query_one(AnswerScale)
        plain = row_backgrounds(scale)
        assert len(plain) == 7 and len(set(plain)) == 1  # nothing chosen, no mouse
        await pilot.hover(AnswerScale, offset=(8, 3))
        await pilot.pause()
        hovered = row_backgrounds(scale)
        assert [row for row, colour in enumerate(hovered) if colour != plain[0]] == [3]
        await pilot.press("5", "left")  # answer, then back: 5 shown as chosen
        await pilot.hover(AnswerScale, offset=(8, 0))
        await pilot.pause()
        both = row_backgrounds(scale)
        assert both[4] not in (plain[0], both[0])  # chosen: its own colour
        assert both[0] == hovered[3]  # under the mouse
        assert "5  ●  " in str(scale.render()) and "4  ○  " in str(scale.render())


async def test_a_click_on_a_row_picks_its_point() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        assert await pilot.click(AnswerScale, offset=(30, 6))  # the last row, 7
        await pilot.pause()
        assert screen.index == 1
        assert app.session is not None
        assert app.session.answer_at(0) == 7
