"""Keys do only what the screen shows: none reaches a question hidden by the notice or a dialog."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from tests.conftest import StepClock
from tui.app import make_app
from tui.model.questionnaire import parse_questionnaire
from tui.screens.confirm import ConfirmScreen
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen
from tui.screens.question import QuestionScreen
from tui.screens.welcome import WelcomeScreen

SIZE = (80, 24)
SMALL = (40, 10)


async def test_a_key_while_too_small_does_not_answer_the_hidden_question() -> None:
    """On question 16, shrink the window, press 5, enlarge: still question 16, unanswered."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *["4"] * 15)
        screen = app.screen
        assert isinstance(screen, QuestionScreen) and screen.index == 15
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        assert app.screen.has_class("-too-narrow")
        await pilot.press("5", "enter", "right", "left", "1", "q", "question_mark", "e")
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        assert app.screen is screen and screen.index == 15
        assert app.session is not None and app.session.answered == 15


async def test_starting_too_small_enter_and_a_digit_do_nothing() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("enter", "4")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert app.session is None


async def test_ctrl_c_still_leaves_while_too_small() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running


@pytest.mark.parametrize("opener", ["question_mark", "q"])
async def test_answer_keys_do_not_reach_the_question_under_a_dialog(opener: str) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "4")
        question = app.screen
        await pilot.press(opener)
        assert isinstance(app.screen, (HelpScreen, ConfirmScreen))
        await pilot.press("5", "6", "right", "left")
        await pilot.pause()
        assert isinstance(question, QuestionScreen) and question.index == 1
        assert app.session is not None and app.session.answered == 1


async def test_keys_in_the_export_dialog_stay_in_it() -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", *["4"] * 28, "e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("n", "d", "q")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.session is not None and app.session.answered == 28


async def test_a_dialog_while_too_small_takes_no_keys() -> None:
    """The quit question hidden by the notice: `j` must not quit unseen."""
    app = make_app(clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "4", "q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        await pilot.press("j", "enter", "y")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ConfirmScreen)


async def test_the_prompt_names_the_keys_of_the_scale(mini_text: str) -> None:
    """A 5-point scale asks for 1–5 (before, the prompt always said 1–7), and 6 does nothing."""
    labels = '["a", "b", "c", "d", "e"]'
    text = mini_text.replace("points = 7", "points = 5")
    text = text.replace('da = ["1", "2", "3", "4", "5", "6", "7"]', f"da = {labels}")
    text = text.replace('en = ["1", "2", "3", "4", "5", "6", "7"]', f"en = {labels}")
    app = make_app(parse_questionnaire(text, "five.toml"), clock=StepClock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        prompt = str(app.screen.query_one("#prompt", Static).render())
        assert "Tryk 1–5," in prompt
        await pilot.press("6")
        assert app.session is not None and app.session.answered == 0
        await pilot.press("5")
        assert app.session.answered == 1
