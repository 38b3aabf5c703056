"""The details view: every answer and what pulled the balance, for talking it through."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Static

from tui.model.scoring import Result
from tui.render.details import details_view
from tui.render.screen_text import screen_text
from tui.screens.base import SCROLL_BINDINGS, AppScreen
from tui.widgets.key_line import KeyLine
from tui.widgets.measured_once import MeasuredOnce
from tui.widgets.more_below import MoreBelow, Page


class DetailsScreen(AppScreen[None]):
    """Scales with their uncertainty, the validity checks, and every answer."""

    CSS_PATH = "details.tcss"

    BINDINGS = [
        Binding("escape", "close", key_display="Esc", id="close"),
        Binding("d", "close", show=False, id="close"),
        *SCROLL_BINDINGS,
    ]

    def __init__(self, result: Result) -> None:
        super().__init__()
        self.result = result

    def compose_screen(self) -> ComposeResult:
        app = self.tapp
        texts = app.texts
        with Page(id="details") as page:
            yield Static(screen_text(texts.t("details.title")), id="details-title")
            body = Static(id="details-body")
            body.update(MeasuredOnce(body, details_view(self.result, app.questionnaire, texts)))
            yield body
        yield MoreBelow(texts.t("details.more_below"), page)
        yield KeyLine()

    def on_mount(self) -> None:
        self.page().focus()

    def page(self) -> Widget:
        return self.query_one("#details", Page)

    def action_close(self) -> None:
        """Back to the result."""
        self.dismiss()
