"""The details of a result are drawn while the result is read, once for every time they open."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.conftest import StepClock
from tests.reading_result import read_result
from tui.app import make_app
from tui.model.questionnaire import Questionnaire
from tui.screens.details import DetailsScreen, body_width
from tui.screens.result import ResultScreen


@pytest.mark.parametrize("size", [(78, 20), (80, 24), (160, 48)])
async def test_the_details_are_drawn_ahead_at_the_width_they_show_at(
    questionnaire: Questionnaire, size: tuple[int, int]
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=size) as pilot:
        result = await read_result(app, pilot, questionnaire)
        assert result.details is not None
        drawn_ahead = dict(result.details.drawn)
        assert list(drawn_ahead) == [body_width(size[0])]
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        body = app.screen.query_one("#details-body", Static)
        assert body.content_region.width == body_width(size[0])
        # Shown from the lines drawn ahead: none drawn again, at no other width.
        assert result.details.drawn == drawn_ahead
        assert all(result.details.drawn[width] is lines for width, lines in drawn_ahead.items())


async def test_the_details_opened_again_are_not_drawn_again(questionnaire: Questionnaire) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", *["3"] * len(questionnaire.questions))
        await pilot.pause()
        result = app.screen
        assert isinstance(result, ResultScreen)
        await pilot.press("d")
        await pilot.pause()
        assert result.details is not None
        first = dict(result.details.drawn)
        assert len(first) == 1
        await pilot.press("escape", "d")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        assert app.screen.drawing is result.details
        assert result.details.drawn == first
