"""The welcome screen: what the test is, how long it takes, and that it stays private."""

from __future__ import annotations

import math

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from tui.render.screen_text import screen_text
from tui.screens.base import SCROLL_BINDINGS, AppScreen
from tui.widgets.key_line import KeyLine
from tui.widgets.start_button import StartButton

SECONDS_PER_QUESTION = 10
"""A calm reading pace, for the 'about N minutes' line."""


def plain_paragraphs(text: str) -> str:
    """Paragraphs separated by blank lines, each joined into one flowing line.

    The intro is shown as plain text: a Markdown renderer would cost the first
    frame more than the short intro is worth.
    """
    return "\n\n".join(" ".join(part.split()) for part in text.split("\n\n") if part.strip())


class WelcomeScreen(AppScreen[None]):
    """Explains the test; Enter starts it."""

    BINDINGS = [
        Binding("enter", "start", id="start"),
        Binding("l", "switch_language", id="language"),
        # The screen itself scrolls when the window is short (no scrolling container).
        *SCROLL_BINDINGS,
    ]

    def compose_screen(self) -> ComposeResult:
        texts = self.tapp.texts
        count = len(self.tapp.questionnaire.questions)
        minutes = max(1, math.ceil(count * SECONDS_PER_QUESTION / 60))
        # No containers, and one Static for the text: each widget costs the first frame.
        yield Static(screen_text(texts.t("welcome.heading")), id="welcome-heading")
        facts = [
            texts.t("welcome.count", count=count, minutes=minutes),
            texts.t("welcome.privacy"),
            texts.t("welcome.not_diagnosis"),
        ]
        yield Static(screen_text("\n\n".join([plain_paragraphs(texts.intro), *facts])), id="intro")
        yield StartButton(screen_text(texts.t("welcome.start")), id="start")
        yield KeyLine()

    def on_mount(self) -> None:
        # Counted from the first frame: drawing it is no time the person reads.
        self.call_after_refresh(self.work_ahead)

    def work_ahead(self) -> None:
        """While the person reads: the question screen's code and CSS (imported after the frame)."""
        from tui.warm_up import steps_before_questions

        self.tapp.work_ahead(steps_before_questions(self.app))

    def on_start_button_pressed(self, event: StartButton.Pressed) -> None:
        event.stop()
        self.action_start()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the other language only where the questionnaire has it."""
        if action == "switch_language":
            return self.tapp.other_language() is not None
        return True

    def action_switch_language(self) -> None:
        """Danish ⇄ English: the welcome screen again, in the other language."""
        language = self.tapp.other_language()
        if language is not None:
            self.tapp.set_language(language)

    def action_start(self) -> None:
        """Begin the questionnaire."""
        self.tapp.start_test()
