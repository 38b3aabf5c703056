"""The result: one widget per section of the result's document, in the document's order."""

from __future__ import annotations

from datetime import datetime
from itertools import chain, groupby

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center
from textual.widget import Widget

from tui.model.scoring import Result
from tui.model.stamp import Stamp
from tui.render.document import Section, result_document
from tui.render.formats import FORMATS
from tui.render.path_lines import path_lines
from tui.render.screen_text import screen_text
from tui.screens.base import SCROLL_BINDINGS, AppScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.details import DetailsScreen, body_width, details_drawing
from tui.screens.export import Exported, ExportScreen
from tui.screens.off_stage import compose_off_stage, take_apart
from tui.widgets.key_line import KeyLine
from tui.widgets.measured_once import Drawing
from tui.widgets.more_below import MoreBelow, Page
from tui.widgets.result_section import ResultSection, kind_of


def shape(section: Section) -> tuple[str, str]:
    """What the result screen's widget for a section is made for: its id and kind of body."""
    return section.id, kind_of(section)


class ResultScreen(AppScreen[None]):
    """Shows one result; scrolls with keys and mouse, and says while there is more below."""

    CSS_PATH = "result.tcss"
    AUTO_FOCUS = "#result"

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
        self.export_ahead: tuple[str, ExportScreen] | None = None
        """The export dialog composed while the result is read, and the theme it is styled in."""

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

    def show(self, result: Result, taken: datetime | None) -> bool:
        """Show `result` in place of the one composed, if its sections are of the same shape.

        The app composes the screen ahead with the result the last answer would
        give if it were the middle of the scale (`TilknytningApp.compose_result_ahead`);
        the person's own answer mostly leaves the same sections, and only their
        text and drawing change. False, and nothing changed, if the sections differ.
        """
        sections = result_document(result, self.tapp.questionnaire, self.tapp.texts)
        widgets = list(self.query(ResultSection))
        if [shape(section) for section in sections] != [shape(w.section) for w in widgets]:
            return False
        self.result, self.taken, self.sections = result, taken, sections
        for widget, section in zip(widgets, sections, strict=True):
            widget.show(section)
        return True

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

    def on_unmount(self) -> None:
        self.forget_export_ahead()

    def export_dialog(self) -> ExportScreen:
        """The export dialog for this result, offering the client code typed last."""
        return ExportScreen(self.render_export, self.taken or self.tapp.now(), client=self.client)

    def compose_export_ahead(self) -> None:
        """Compose the export dialog off-stage while the result is read (`work_ahead`).

        Composing, mounting and styling its two dozen widgets is most of what `e`
        costs. The dialog is shown as it was made, so it is made only where that is
        what `e` would make: with a time of the test to name the file after.
        """
        if not self.is_current or self.export_ahead is not None or self.taken is None:
            return
        dialog = self.export_dialog()
        compose_off_stage(self.app, dialog)
        self.export_ahead = (self.app.theme, dialog)

    def forget_export_ahead(self) -> None:
        """Take apart the dialog composed ahead, if `e` did not show it."""
        if self.export_ahead is not None:
            take_apart(self.app, self.export_ahead[1])
            self.export_ahead = None

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
        app = self.tapp

        def saved(exported: Exported | None) -> None:
            # The next dialog is composed in the next pause, offering the client code typed.
            app.work_ahead(chain(app.steps_ahead, [self.compose_export_ahead]))
            if exported is not None:
                path = exported.path
                self.client = exported.client
                app.saved_to = path
                # A toast is half the window wide, at most 60, less its border and padding.
                width = min(60, app.size.width // 2) - 3
                shown = path_lines(str(path), width)
                message = screen_text(app.texts.t("export.saved", path=shown)).plain
                self.notify(message, timeout=6, markup=False)

        dialog = self.export_ahead_fitting() or self.export_dialog()
        app.push_screen(dialog, saved)

    def export_ahead_fitting(self) -> ExportScreen | None:
        """The dialog composed ahead, taken for `e` if it is what `e` would show now.

        One styled in the other theme, or offering another client code, is taken apart.
        """
        if self.export_ahead is None:
            return None
        theme, dialog = self.export_ahead
        if theme != self.app.theme or dialog.client != self.client:
            self.forget_export_ahead()
            return None
        self.export_ahead = None
        return dialog

    def action_new_test(self) -> None:
        """Start over for the next person, after a confirmation."""
        texts = self.tapp.texts

        def decided(start_over: bool | None) -> None:
            if start_over:
                self.tapp.new_test()

        self.app.push_screen(
            ConfirmScreen(texts.t("new_test.question"), self.tapp.lost_detail("new_test")), decided
        )
