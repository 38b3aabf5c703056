"""The chart and the scores alone, filling the window: for showing a client across a desk."""

from __future__ import annotations

from rich.console import RenderableType
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center
from textual.widget import Widget
from textual.widgets import Static

from tui.render.document import Plot, Section
from tui.render.screen_text import screen_text
from tui.screens.base import SCROLL_BINDINGS, AppScreen
from tui.widgets.key_line import KeyLine
from tui.widgets.more_below import Page
from tui.widgets.result_section import ResultSection


class FullPlot(Widget):
    """The balance plot alone, drawn in all the room the widget is given."""

    def __init__(self, plot: Plot) -> None:
        super().__init__(id="full-plot")
        self.plot = plot.plot.filling()
        """The result's plot, grown to fill the height as well as the width, centred in it."""

    def render(self) -> RenderableType:
        return self.plot


class PlotScreen(AppScreen[None]):
    """The result's plot as large as the window allows, its scores under it.

    Shown over the result screen, which keeps its place: Escape or `p` returns to
    it where the reader left it.
    """

    CSS_PATH = "plot_view.tcss"

    BINDINGS = [
        Binding("escape", "close", key_display="Esc", id="close"),
        Binding("p", "close", show=False, id="close"),
        *SCROLL_BINDINGS,
    ]

    def __init__(self, sections: tuple[Section, ...]) -> None:
        """Show the plot and the scores among the result's `sections`."""
        super().__init__()
        self.sections = {section.id: section for section in sections}

    def compose_screen(self) -> ComposeResult:
        plot = self.sections["plot"]
        assert isinstance(plot.body, Plot)
        with Page(id="plot-view"):
            yield Static(screen_text(plot.heading), id="plot-title")
            yield FullPlot(plot.body)
            with Center():
                yield ResultSection(self.sections["scores"])
        yield KeyLine()

    def on_mount(self) -> None:
        self.page().focus()

    def page(self) -> Widget:
        return self.query_one("#plot-view", Page)

    def action_close(self) -> None:
        """Back to the result, at the place it was read to."""
        self.dismiss()
