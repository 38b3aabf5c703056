"""The details view: every answer and what pulled the balance, for talking it through."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Static

from tui.model.questionnaire import Questionnaire
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.render.details import details_view
from tui.render.screen_text import screen_text
from tui.screens.base import SCROLL_BINDINGS, AppScreen
from tui.widgets.key_line import KeyLine
from tui.widgets.measured_once import Drawing, MeasuredOnce
from tui.widgets.more_below import MoreBelow, Page


def details_drawing(result: Result, questionnaire: Questionnaire, texts: Texts) -> Drawing:
    """The details of `result`, to draw once for every time they are shown."""
    return Drawing(details_view(result, questionnaire, texts))


def body_width(window_width: int) -> int:
    """How wide the details' text is in a window `window_width` wide, as details.tcss has it.

    The page keeps a column for its scrollbar; the text takes the rest, at most 100
    columns, less a column of padding on each side.
    """
    return min(window_width - 1, 100) - 2


class DetailsScreen(AppScreen[None]):
    """Scales with their uncertainty, the validity checks, and every answer."""

    CSS_PATH = "details.tcss"

    BINDINGS = [
        Binding("escape", "close", key_display="Esc", id="close"),
        Binding("d", "close", show=False, id="close"),
        *SCROLL_BINDINGS,
    ]

    def __init__(self, result: Result, drawing: Drawing | None = None) -> None:
        """Show the details of `result`; `drawing`, if given, is theirs, perhaps drawn already."""
        super().__init__()
        self.result = result
        self.drawing = drawing

    def compose_screen(self) -> ComposeResult:
        app = self.tapp
        texts = app.texts
        with Page(id="details") as page:
            yield Static(screen_text(texts.t("details.title")), id="details-title")
            body = Static(id="details-body")
            drawing = self.drawing or details_drawing(self.result, app.questionnaire, texts)
            body.update(MeasuredOnce(body, drawing))
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
