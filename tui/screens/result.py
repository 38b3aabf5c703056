"""The result: one widget per section of the result's document, in the document's order."""

from __future__ import annotations

from datetime import datetime
from itertools import groupby

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center
from textual.widget import Widget

from tui.model.scoring import Result
from tui.model.stamp import Stamp
from tui.render.document import result_document
from tui.render.formats import FORMATS
from tui.render.path_lines import path_lines
from tui.render.screen_text import screen_text
from tui.screens.base import SCROLL_BINDINGS, AppScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.details import DetailsScreen, body_width, details_drawing
from tui.screens.export import Exported, ExportScreen
from tui.widgets.key_line import KeyLine
from tui.widgets.measured_once import Drawing
from tui.widgets.more_below import MoreBelow, Page
from tui.widgets.result_section import ResultSection


class ResultScreen(AppScreen[None]):
    """Shows one result; scrolls with keys and mouse, and says while there is more below."""

    CSS_PATH = "result.tcss"

    BINDINGS = [
        Binding("d", "details", id="details"),
        Binding("e", "export", id="export"),
        Binding("n", "new_test", id="new_test"),
        Binding("p", "plot", id="plot"),
        *SCROLL_BINDINGS,
    ]

    def __init__(self, result: Result, taken: datetime | None = None) -> None:
        """Show `result`, of a test whose last answer was given at `taken`."""
        super().__init__()
        self.result = result
        self.taken = taken
        self.client: str | None = None
        """The client code typed for an export of this result, offered for the next one."""
        self.details: Drawing | None = None
        """The details of the result, drawn for the first showing or ahead of it."""

    def compose_screen(self) -> ComposeResult:
        app = self.tapp
        self.sections = result_document(self.result, app.questionnaire, app.texts)
        with Page(id="result") as page:
            # Each run of text sections is one centred column; the plot, wider, is centred
            # on its own (Textual centres a container's children as one block).
            for wide, run in groupby(self.sections, key=lambda section: section.id == "plot"):
                with Center(classes="-wide" if wide else "-column"):
                    yield from (ResultSection(section) for section in run)
        yield MoreBelow(app.texts.t("result.more_below"), page)
        yield KeyLine()

    def on_mount(self) -> None:
        self.page().focus()

    def page(self) -> Widget:
        return self.query_one("#result", Page)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the chart alone only where the result has one (none when unreadable)."""
        if action == "plot":
            return any(section.id == "plot" for section in self.sections)
        return True

    def action_plot(self) -> None:
        """The chart and the scores alone, filling the window; Esc or p comes back here."""
        from tui.screens.plot_view import PlotScreen

        self.app.push_screen(self.tapp.localized(PlotScreen)(self.sections))

    def details_drawing(self) -> Drawing:
        """The details of this result, made once for every time they are opened."""
        if self.details is None:
            app = self.tapp
            self.details = details_drawing(self.result, app.questionnaire, app.texts)
        return self.details

    def draw_details_ahead(self) -> None:
        """Draw the details at the window's width while the result is read (`work_ahead`).

        The drawing of the answers table is most of what opening the details costs.
        """
        if self.is_attached:
            app = self.tapp
            self.details_drawing().lines(app, body_width(app.size.width))

    def action_details(self) -> None:
        """Every answer and what pulled the balance."""
        details = self.tapp.localized(DetailsScreen)(self.result, self.details_drawing())
        self.app.push_screen(details)

    def render_export(self, format_name: str, client: str | None) -> str:
        """The export's text in a format of the registry (`tui.render.formats`)."""
        app = self.tapp
        text = FORMATS[format_name].render(
            self.result, app.questionnaire, app.texts, Stamp(self.taken, client)
        )
        assert isinstance(text, str), f"{format_name} is not a format for files"
        return text

    def action_export(self) -> None:
        """Ask where to save the result, and save it."""

        def saved(exported: Exported | None) -> None:
            if exported is not None:
                path = exported.path
                self.client = exported.client
                self.tapp.saved_to = path
                # A toast is half the window wide, at most 60, less its border and padding.
                width = min(60, self.app.size.width // 2) - 3
                shown = path_lines(str(path), width)
                message = screen_text(self.tapp.texts.t("export.saved", path=shown)).plain
                self.notify(message, timeout=6, markup=False)

        when = self.taken or self.tapp.now()
        self.app.push_screen(ExportScreen(self.render_export, when, client=self.client), saved)

    def action_new_test(self) -> None:
        """Start over for the next person, after a confirmation."""
        texts = self.tapp.texts

        def decided(start_over: bool | None) -> None:
            if start_over:
                self.tapp.new_test()

        self.app.push_screen(
            ConfirmScreen(texts.t("new_test.question"), self.tapp.lost_detail("new_test")), decided
        )
