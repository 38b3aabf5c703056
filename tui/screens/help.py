"""The help screen: every key, on every screen, as the bindings declare them."""

from __future__ import annotations

import textwrap

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Static

from tui.render.screen_text import screen_text
from tui.screens.base import SCROLL_BINDINGS, AppDialog, AppScreen, describe
from tui.widgets.more_below import MoreBelow, Page

READABLE_KEYS = {"enter": "Enter", "f1": "F1"}
"""Keys the help spells out where the footer shows a symbol or lower case."""
HELP_WIDTH = 68
"""The cells a line of the help has: the dialog's 76 (dialog.tcss) less its border and padding,
the scrollbar it has in a low window, and a column between them."""


def key_label(binding: Binding, app: App[None]) -> str:
    """How the help names a binding's key: as the footer does, spelled out where it helps."""
    return READABLE_KEYS.get(binding.key) or app.get_key_display(binding)


class HelpScreen(AppDialog[None]):
    """Lists every key; Escape, Enter, ? or F1 closes it."""

    CSS_PATH = "dialog.tcss"

    BINDINGS = [
        Binding("escape,enter,question_mark,f1", "close", show=False),
        *SCROLL_BINDINGS,
    ]

    def help_table(self) -> str:
        """One line per key: what to press, and what it does."""
        texts = self.tapp.texts
        rows: dict[str, list[str]] = {}
        for binding in self.bindings_to_explain():
            key = f"help.key.{binding.id}"
            if binding.id is None or key not in texts.strings:
                continue
            shown = key_label(binding, self.tapp)
            keys = rows.setdefault(texts.t(key), [])
            if shown not in keys:
                keys.append(shown)
        lines = [(" / ".join(keys), explanation) for explanation, keys in rows.items()]
        # The mouse has no binding: its line follows the question screen's keys.
        moving = [text for _, text in lines].index(texts.t("help.key.back")) + 1
        lines.insert(moving, (texts.t("help.mouse_key"), texts.t("help.mouse")))
        width = max(len(keys) for keys, _ in lines)
        # A long explanation wraps under itself, not under the keys.
        room = max(HELP_WIDTH // 2, HELP_WIDTH - width - 4)
        table = [
            f"  {(keys if number == 0 else '').ljust(width)}  {part}"
            for keys, explanation in lines
            for number, part in enumerate(textwrap.wrap(explanation, room))
        ]
        return "\n".join(table)

    def bindings_to_explain(self) -> list[Binding]:
        """Every screen's own bindings in the order a test goes, then the shared and the app's."""
        from tui.screens.details import DetailsScreen
        from tui.screens.plot_view import PlotScreen
        from tui.screens.question import QuestionScreen
        from tui.screens.result import ResultScreen
        from tui.screens.welcome import WelcomeScreen

        screens = (
            WelcomeScreen,
            QuestionScreen,
            ResultScreen,
            DetailsScreen,
            PlotScreen,
            AppScreen,
        )
        declared = [vars(screen).get("BINDINGS", []) for screen in screens]
        declared.append(type(self.app).BINDINGS)
        texts = self.tapp.texts
        return [
            describe(binding, texts)
            for group in declared
            for binding in Binding.make_bindings(group)
        ]

    def compose_dialog(self) -> ComposeResult:
        texts = self.tapp.texts
        with Page(id="help-dialog", classes="dialog") as page:
            yield Static(screen_text(texts.t("help.heading")), id="help-heading")
            yield Static(screen_text(texts.t("help.close")), id="help-close")
            yield Static(screen_text(self.help_table()), id="help-keys")
            yield MoreBelow(texts.t("help.more_below"), page)

    def page(self) -> Widget:
        return self.query_one("#help-dialog", Page)

    def action_close(self) -> None:
        """Back to where the person was."""
        self.dismiss()
