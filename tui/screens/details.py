"""The details view: every answer and what pulled the balance, for talking it through."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.visual import visualize
from textual.widgets import Footer, Static

from tui.model.scoring import Result
from tui.render.details import details_view
from tui.render.screen_text import screen_text
from tui.screens.base import AppScreen
from tui.widgets.measured_once import MeasuredOnce


class DetailsScreen(AppScreen[None]):
    """Scales with their uncertainty, the validity checks, and every answer."""

    CSS_PATH = "details.tcss"

    BINDINGS = [
        Binding("escape", "close", key_display="Esc", id="close"),
        Binding("d", "close", show=False, id="close"),
    ]

    def __init__(self, result: Result) -> None:
        super().__init__()
        self.result = result

    def compose_screen(self) -> ComposeResult:
        app = self.tapp
        texts = app.texts
        with VerticalScroll(id="details"):
            yield Static(screen_text(texts.t("details.title")), id="details-title")
            body = Static(id="details-body")
            body.update(
                MeasuredOnce(visualize(body, details_view(self.result, app.questionnaire, texts)))
            )
            yield body
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#details", VerticalScroll).focus()

    def action_close(self) -> None:
        """Back to the result."""
        self.dismiss()
