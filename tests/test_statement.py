"""The statement's box is as high as the longest statement needs: the scale keeps its place."""

from __future__ import annotations

from typing import Any

import pytest
from textual.visual import visualize
from textual.widgets import Label

from tests.conftest import StepClock
from tui.app import make_app
from tui.model.questionnaire import Questionnaire
from tui.widgets.answer_scale import AnswerScale
from tui.widgets.statement import Statement


@pytest.mark.parametrize(
    ("language", "size"), [("da", (80, 24)), ("da", (78, 20)), ("en", (78, 20)), ("da", (160, 48))]
)
async def test_the_scale_keeps_its_place_and_every_statement_shows_whole(
    questionnaire: Questionnaire, language: str, size: tuple[int, int]
) -> None:
    app = make_app(questionnaire, lang=language, clock=StepClock())
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        places = set()
        for question in questionnaire.questions:
            screen = app.screen
            statement = screen.query_one("#statement", Statement)
            box = statement.content_region
            styles: Any = statement.styles
            needed = visualize(statement, statement.render()).get_height(styles, box.width)
            assert 0 < needed <= box.height, question.text[language]
            assert screen.max_scroll_y == 0  # nothing below the window, at 78×20 too
            places.add(
                (
                    box.height,
                    screen.query_one("#scale", AnswerScale).region.y,
                    screen.query_one("#position", Label).region.width,
                )
            )
            await pilot.press("4")
            await pilot.pause()
        assert len(places) == 1, places
