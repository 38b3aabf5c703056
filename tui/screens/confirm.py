"""A yes/no question over the current screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from tui.render.screen_text import screen_text
from tui.screens.base import AppDialog

DETAIL_WIDTH = 58
"""The cells a line of the detail has: the dialog's 64 (dialog.tcss) less its border and padding."""


class ConfirmScreen(AppDialog[bool]):
    """Asks a question; dismisses with True for yes and False for no."""

    CSS_PATH = "dialog.tcss"

    BINDINGS = [
        Binding("j,y", "answer(True)", show=False),
        Binding("n,escape", "answer(False)", show=False),
        Binding("left,right", "app.focus_next", show=False),
    ]

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question = question
        self.detail = detail

    def compose_dialog(self) -> ComposeResult:
        texts = self.tapp.texts
        with Vertical(id="confirm-dialog", classes="dialog"):
            yield Static(screen_text(self.question), id="confirm-question")
            if self.detail:
                yield Static(screen_text(self.detail), id="confirm-detail")
            with Horizontal(id="confirm-buttons"):
                yield Button(screen_text(texts.t("confirm.yes")), id="yes", variant="error")
                yield Button(screen_text(texts.t("confirm.no")), id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """Answer by key."""
        self.dismiss(yes)
