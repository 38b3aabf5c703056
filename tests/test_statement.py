"""The statement's box keeps its height from question to question: the scale keeps its place."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from textual.visual import visualize
from textual.widgets import Label

from tests.conftest import StepClock
from tui.app import make_app
from tui.model.questionnaire import Questionnaire
from tui.widgets.answer_scale import AnswerScale
from tui.widgets.statement import KEPT_LINES, Statement


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


async def test_a_long_statement_of_ones_own_makes_only_its_own_box_higher(
    questionnaire: Questionnaire,
) -> None:
    """A questionnaire of one's own may hold a statement of many lines: the box keeps room
    for `KEPT_LINES` at most, and grows for that statement alone."""
    questions = list(questionnaire.questions)
    long = " ".join(["Et udsagn, der bliver ved og ved."] * 12)
    questions[3] = questions[3]._replace(text={**questions[3].text, "da": long})
    own = dataclasses.replace(questionnaire, questions=tuple(questions))
    app = make_app(own, clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        heights = []
        for _ in range(5):
            statement = app.screen.query_one("#statement", Statement)
            box = statement.content_region
            styles: Any = statement.styles
            needed = visualize(statement, statement.render()).get_height(styles, box.width)
            assert needed <= box.height
            heights.append(box.height)
            await pilot.press("4")
            await pilot.pause()
        assert heights == [KEPT_LINES] * 3 + [heights[3]] + [KEPT_LINES]
        assert heights[3] > KEPT_LINES
