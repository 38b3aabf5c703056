"""The welcome screen: what the test is, how long it takes, and that it stays private."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Static

from tui.localize import localize_bindings
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
        with VerticalScroll(id="welcome"):
            yield Static(texts.t("welcome.heading"), id="welcome-heading")
            yield Static(plain_paragraphs(texts.intro), id="intro", markup=False)
            yield Static(texts.t("welcome.count", count=count, minutes=minutes), classes="fact")
            yield Static(texts.t("welcome.privacy"), classes="fact")
            yield Static(texts.t("welcome.not_diagnosis"), classes="fact")
            with Center():
                yield Button(texts.t("welcome.start"), id="start", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        # Enter belongs to the screen's binding (shown in the footer); the button is for the mouse.
        self.query_one("#start", Button).can_focus = False

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_start()

    async def action_switch_language(self) -> None:
        """Danish ⇄ English."""
        self.tapp.set_language("en" if self.tapp.texts.language == "da" else "da")
        await self.recompose()
        self.on_mount()
        self.refresh_bindings()

    def action_start(self) -> None:
        """Begin the questionnaire."""
        self.tapp.start_test()
