"""The result: pattern, balance plot, notes, description, contact and help lines."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from tui.localize import localize_bindings
from tui.model.result_json import result_to_json
from tui.model.scoring import Result
from tui.render.balance_plot import BalancePlot
from tui.render.report_markdown import markdown_report
from tui.render.screen_text import screen_markdown, screen_text
from tui.render.wording import (
    contact_lines,
    described_patterns,
    flag_sentence,
    headline,
    neighbour_sentence,
    score_lines,
    scores_note,
    unreadable_sentences,
)
from tui.screens.confirm import ConfirmScreen
from tui.screens.details import DetailsScreen
from tui.screens.export import ExportScreen
from tui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from tui.app import TilknytningApp


class ResultScreen(Screen[None]):
    """Shows one result; scrolls with keys and mouse."""

    CSS_PATH = "result.tcss"

    BINDINGS = [
        Binding("d", "details", "Detaljer", id="details"),
        Binding("e", "export", "Gem", id="export"),
        Binding("n", "new_test", "Ny test", id="new_test"),
    ]

    def __init__(self, result: Result) -> None:
        super().__init__()
        self.result = result

    @property
    def tapp(self) -> TilknytningApp:
        return cast("TilknytningApp", self.app)

    def compose(self) -> ComposeResult:
        app = self.tapp
        texts = app.texts
        result = self.result
        lead, name, summary = headline(result, texts)
        localize_bindings(self, texts)
        yield TooSmall(texts.t("small.message"))
        with VerticalScroll(id="result"):
            yield Static(screen_text(lead), id="pattern-lead")
            yield Static(screen_text(name), id="pattern-name")
            yield Static(screen_text(summary), id="pattern-summary")
            yield Static(screen_text(texts.t("result.help_pointer")), id="help-pointer")
            reasons = unreadable_sentences(result, texts)
            if reasons:
                yield Static(screen_text("\n\n".join(reasons)), id="unreadable", classes="note")
            note = neighbour_sentence(result, texts)
            if note:
                yield Static(screen_text(f"◆ {note}"), id="neighbour", classes="note")
            if result.flags and result.readable:
                lines = [texts.t("result.uncertain")]
                lines += [
                    f"  • {flag_sentence(flag, texts, app.questionnaire.points)}"
                    for flag in result.flags
                ]
                yield Static(screen_text("\n".join(lines)), id="flags", classes="note")
            yield Static(BalancePlot(result, app.questionnaire.scoring, texts), id="plot")
            yield Static(
                screen_text(
                    "\n".join(
                        [
                            *score_lines(result, texts),
                            "",
                            scores_note(result, app.questionnaire.scoring, texts),
                        ]
                    )
                ),
                id="scores",
            )
            for shown in described_patterns(result):
                yield Static(screen_text(texts.t("result.description")), classes="heading")
                yield Static(
                    screen_markdown(texts.patterns[shown].description), classes="description"
                )
            yield Static(screen_text(texts.t("result.earned")), classes="heading")
            yield Static(screen_markdown(texts.earned_security), id="earned")
            yield Static(screen_text(texts.t("result.contact")), classes="heading")
            yield Static(screen_text("\n".join(contact_lines(texts))), id="contact")
            yield Static(screen_text(texts.t("result.not_diagnosis")), classes="heading")
            yield Static(screen_markdown(texts.disclaimer), id="disclaimer")
            # Last, so that End (named at the top of the result) shows them whole.
            yield Static(screen_text(texts.t("result.help")), classes="heading")
            yield Static(screen_markdown(texts.help_lines), id="help-lines")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#result", VerticalScroll).focus()

    def action_details(self) -> None:
        """Every answer and what pulled the balance."""
        self.app.push_screen(DetailsScreen(self.result))

    def render_export(self, kind: str) -> str:
        """The export's text: the Markdown report, or JSON that `score` reads back."""
        app = self.tapp
        if kind == "json":
            return result_to_json(self.result) + "\n"
        return markdown_report(self.result, app.questionnaire, app.texts, app.now())

    def action_export(self) -> None:
        """Ask where to save the result, and save it."""

        def saved(path: Path | None) -> None:
            if path is not None:
                message = screen_text(self.tapp.texts.t("export.saved", path=path)).plain
                self.notify(message, timeout=6, markup=False)

        self.app.push_screen(ExportScreen(self.render_export, self.tapp.now()), saved)

    def action_new_test(self) -> None:
        """Start over for the next person, after a confirmation."""
        texts = self.tapp.texts

        def decided(start_over: bool | None) -> None:
            if start_over:
                self.tapp.new_test()

        self.app.push_screen(
            ConfirmScreen(texts.t("new_test.question"), texts.t("new_test.detail")), decided
        )
