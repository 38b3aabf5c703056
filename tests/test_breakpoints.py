"""A new screen carries its window's breakpoint classes from the start, as Textual sets them."""

from __future__ import annotations

import pytest

from tests.conftest import StepClock
from tui.app import make_app
from tui.screens.help import HelpScreen
from tui.screens.question import QuestionScreen

BREAKPOINT_CLASSES = {"-too-narrow", "-wide-enough", "-too-short", "-short", "-tall"}


@pytest.mark.parametrize("size", [(60, 30), (78, 20), (80, 24), (200, 12), (80, 23)])
async def test_the_classes_made_with_the_screen_are_those_textual_gives_it(
    size: tuple[int, int],
) -> None:
    app = make_app(clock=StepClock())
    async with app.run_test(size=size) as pilot:
        app.start_test()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        made_with = set(screen.classes) & BREAKPOINT_CLASSES
        await pilot.pause()
        await pilot.pause()
        assert made_with == set(screen.classes) & BREAKPOINT_CLASSES
        assert len(made_with) == 2  # one for each axis
        help_screen = HelpScreen()
        assert set(help_screen.classes) & BREAKPOINT_CLASSES == made_with


def test_a_screen_made_outside_a_running_app_has_none() -> None:
    assert not set(HelpScreen().classes) & BREAKPOINT_CLASSES
