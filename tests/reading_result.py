"""Answer every question, then rest on the result as a person would, till the work ahead is done."""

from __future__ import annotations

import time

from textual.pilot import Pilot

from tests.answering import PROTOTYPES, keys_for
from tui.app import QUESTIONS, TilknytningApp
from tui.model.questionnaire import Questionnaire
from tui.screens.result import ResultScreen

PATIENCE = 20.0
"""Seconds to wait for the work ahead at most, on a busy machine."""


async def read_result(
    app: TilknytningApp, pilot: Pilot[None], questionnaire: Questionnaire
) -> ResultScreen:
    """An ambivalent result, shown once the steps ahead while it is read are all taken.

    The last steps draw the details (`ResultScreen.draw_details_ahead`) and parse the
    stylesheet with the other theme's colours (`TilknytningApp.parse_other_theme`).
    """
    await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["ambivalent"]))
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ResultScreen)
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline and not (
        screen.details
        and screen.details.drawn
        and not app.is_screen_installed(QUESTIONS)
        and app.theme_parsed is not None
    ):
        await pilot.pause(0.1)
    return screen
