"""The details view: every answer and what pulled the balance, for talking it through."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.localize import localize_bindings
from tui.model.scoring import Result
from tui.render.details import details_view
from tui.render.screen_text import screen_text
from tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from tui.app import TilknytningApp


class DetailsScreen(Screen[None]):
    """Scales with their uncertainty, the validity checks, and every answer."""

    CSS_PATH = "result.tcss"

    BINDINGS = [Binding("escape,d", "close", "Tilbage", key_display="Esc", id="close")]

    def __init__(self, result: Result) -> None:
        super().__init__()
        self.result = result

    def compose(self) -> ComposeResult:
        app = cast("TilknytningApp", self.app)
        texts = app.texts
        localize_bindings(self, texts)
        yield TooSmall(texts.t("small.message"))
        with VerticalScroll(id="details"):
            yield Static(screen_text(texts.t("details.title")), id="details-title")
            yield Static(details_view(self.result, app.questionnaire, texts), id="details-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#details", VerticalScroll).focus()

    def action_close(self) -> None:
        """Back to the result."""
        self.dismiss()
