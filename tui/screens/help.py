"""The help screen: every key, on every screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.render.screen_text import screen_text
from tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from tui.app import TilknytningApp


class HelpScreen(ModalScreen[None]):
    """Lists every key; Escape, Enter, ? or F1 closes it."""

    CSS_PATH = "dialog.tcss"

    BINDINGS = [Binding("escape,enter,question_mark,f1", "close", show=False)]

    def compose(self) -> ComposeResult:
        texts = cast("TilknytningApp", self.app).texts
        yield TooSmall(texts.t("small.message"))
        with Vertical(id="dialog"):
            yield Static(screen_text(texts.t("help.keys")), id="help-keys")
            yield Static(screen_text(texts.t("help.close")), id="help-close")

    def action_close(self) -> None:
        """Back to where the person was."""
        self.dismiss()
