"""The key line at the foot of each screen: the keys on offer, in words, and clickable."""

from __future__ import annotations

import pytest

from tests.answering import PROTOTYPES, answers_for
from tests.conftest import StepClock
from tests.test_fit import drawn_lines, to_result
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire
from tui.screens.details import DetailsScreen
from tui.screens.result import ResultScreen
from tui.widgets.key_line import KeyLine


def key_line(app: TilknytningApp) -> str:
    """The bottom row as drawn."""
    return drawn_lines(app)[-1]


def place_of(app: TilknytningApp, text: str) -> int:
    """The column of `text` on the key line."""
    column = key_line(app).find(text)
    assert column >= 0, f"{text!r} is not on the key line {key_line(app)!r}"
    return column


async def test_the_result_offers_its_keys_in_words_once_each(questionnaire: Questionnaire) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(100, 24)) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["tryg"]))
        line = key_line(app)
        for key_id in ("details", "export", "new_test", "plot", "help", "quit"):
            description = app.texts.t(f"keys.{key_id}")
            assert line.count(description) == 1, (description, line)
        assert app.texts.t("keys.theme") not in line  # a key the screen keeps off the line


async def test_a_key_the_screen_does_not_offer_now_is_not_on_the_line(
    questionnaire: Questionnaire,
) -> None:
    """An unreadable result has no chart, so `p` is neither a key nor on the line."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=(100, 24)) as pilot:
        await to_result(pilot, {question.id: 4 for question in questionnaire.questions})
        assert isinstance(app.screen, ResultScreen)
        assert not any(section.id == "plot" for section in app.screen.sections)
        assert app.texts.t("keys.plot") not in key_line(app)
        assert app.texts.t("keys.details") in key_line(app)


async def test_a_click_on_a_key_presses_it(questionnaire: Questionnaire) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(100, 24)) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["undvigende"]))
        column = place_of(app, app.texts.t("keys.details"))
        assert await pilot.click(KeyLine, offset=(column, 0))
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        # The details' own line has Esc to go back; a click there goes back too.
        column = place_of(app, app.texts.t("keys.close"))
        assert await pilot.click(KeyLine, offset=(column, 0))
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)


async def test_a_click_between_keys_does_nothing(questionnaire: Questionnaire) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=(160, 24)) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["tryg"]))
        line = key_line(app)
        assert line.rstrip() != line  # room to the right of the last key
        assert await pilot.click(KeyLine, offset=(len(line.rstrip()) + 2, 0))
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)


async def test_the_line_is_drawn_again_when_the_keys_on_offer_change_and_only_then(
    questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual says the keys changed several times as a screen shows; each repaint is a frame."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=(100, 24)) as pilot:
        await to_result(pilot, answers_for(questionnaire, PROTOTYPES["tryg"]))
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        line = screen.query_one(KeyLine)
        repaints: list[object] = []
        monkeypatch.setattr(line, "refresh", lambda *args, **kwargs: repaints.append(args))
        line.keys_changed(screen)
        assert repaints == []
        # The details become unavailable (dimmed on the line): that is a change.
        monkeypatch.setattr(
            screen, "check_action", lambda action, parameters: None if action == "details" else True
        )
        screen.refresh_bindings()
        line.keys_changed(screen)
        assert repaints != []
