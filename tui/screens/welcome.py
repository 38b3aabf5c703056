"""The welcome screen: what the test is, how long it takes, and that it stays private."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.localize import localize_bindings
from tui.render.screen_text import screen_text
from tui.widgets.start_button import StartButton
from tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from tui.app import TilknytningApp

SECONDS_PER_QUESTION = 10
"""A calm reading pace, for the 'about N minutes' line."""


def plain_paragraphs(text: str) -> str:
    """Paragraphs separated by blank lines, each joined into one flowing line.

    The intro is shown as plain text: a Markdown renderer would cost the first
    frame more than the short intro is worth.
    """
    return "\n\n".join(" ".join(part.split()) for part in text.split("\n\n") if part.strip())


class WelcomeScreen(Screen[None]):
    """Explains the test; Enter starts it."""

    BINDINGS = [
        Binding("enter", "start", "Begynd", id="start"),
        Binding("l", "switch_language", "English", id="language"),
        # The screen itself scrolls when the window is short (no scrolling container).
        *(
            Binding(key, action, show=False)
            for key, action in (
                ("up", "scroll_up"),
                ("down", "scroll_down"),
                ("pageup", "page_up"),
                ("pagedown", "page_down"),
                ("home", "scroll_home"),
                ("end", "scroll_end"),
            )
        ),
    ]

    @property
    def tapp(self) -> TilknytningApp:
        return cast("TilknytningApp", self.app)

    def compose(self) -> ComposeResult:
        texts = self.tapp.texts
        count = len(self.tapp.questionnaire.questions)
        minutes = max(1, math.ceil(count * SECONDS_PER_QUESTION / 60))
        localize_bindings(self, texts)
        yield TooSmall(texts.t("small.message"))
        # No containers, and one Static for the text: each widget costs the first frame.
        yield Static(screen_text(texts.t("welcome.heading")), id="welcome-heading")
        facts = [
            texts.t("welcome.count", count=count, minutes=minutes),
            texts.t("welcome.privacy"),
            texts.t("welcome.not_diagnosis"),
        ]
        yield Static(screen_text("\n\n".join([plain_paragraphs(texts.intro), *facts])), id="intro")
        yield StartButton(screen_text(texts.t("welcome.start")), id="start")
        yield Footer()

    def on_start_button_pressed(self, event: StartButton.Pressed) -> None:
        event.stop()
        self.action_start()

    async def action_switch_language(self) -> None:
        """Danish ⇄ English."""
        self.tapp.set_language("en" if self.tapp.texts.language == "da" else "da")
        await self.recompose()
        self.refresh_bindings()

    def action_start(self) -> None:
        """Begin the questionnaire."""
        self.tapp.start_test()
