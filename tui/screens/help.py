"""The help screen: every key, on every screen, as the bindings declare them."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from tui.render.screen_text import screen_text
from tui.screens.base import AppDialog, AppScreen

READABLE_KEYS = {"enter": "Enter", "f1": "F1"}
"""Keys the help spells out where the footer shows a symbol or lower case."""


def key_label(binding: Binding, app: App[None]) -> str:
    """How the help names a binding's key: as the footer does, spelled out where it helps."""
    return READABLE_KEYS.get(binding.key) or app.get_key_display(binding)


class HelpScreen(AppDialog[None]):
    """Lists every key; Escape, Enter, ? or F1 closes it."""

    CSS_PATH = "dialog.tcss"

    BINDINGS = [Binding("escape,enter,question_mark,f1", "close", show=False)]

    def help_table(self) -> str:
        """The heading, then one line per key: what to press, and what it does."""
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
        table = [f"  {keys.ljust(width)}  {explanation}" for keys, explanation in lines]
        return "\n".join([texts.t("help.heading"), "", *table])

    def bindings_to_explain(self) -> list[Binding]:
        """Every screen's own bindings in the order a test goes, then the shared and the app's."""
        from tui.screens.details import DetailsScreen
        from tui.screens.question import QuestionScreen
        from tui.screens.result import ResultScreen
        from tui.screens.welcome import WelcomeScreen

        screens = (WelcomeScreen, QuestionScreen, ResultScreen, DetailsScreen, AppScreen)
        declared = [vars(screen).get("BINDINGS", []) for screen in screens]
        declared.append(type(self.app).BINDINGS)
        return [binding for group in declared for binding in Binding.make_bindings(group)]

    def compose_dialog(self) -> ComposeResult:
        texts = self.tapp.texts
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static(screen_text(self.help_table()), id="help-keys")
            yield Static(screen_text(texts.t("help.close")), id="help-close")

    def action_close(self) -> None:
        """Back to where the person was."""
        self.dismiss()
