"""The Textual app: welcome, one question a screen, and the result."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from tui.localize import localize_bindings
from tui.model.questionnaire import Questionnaire, load_questionnaire
from tui.model.resources import questions_path
from tui.model.texts import Texts, load_texts
from tui.screens.welcome import WelcomeScreen

if TYPE_CHECKING:
    from tui.model.session import Session

MIN_WIDTH = 78
"""Narrower than this, the balance plot no longer fits: the app asks for a larger window."""
MIN_HEIGHT = 20


class TilknytningApp(App[None]):
    """The attachment-pattern self-test."""

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    HORIZONTAL_BREAKPOINTS = [(0, "-too-narrow"), (MIN_WIDTH, "-wide-enough")]
    VERTICAL_BREAKPOINTS = [(0, "-too-short"), (MIN_HEIGHT, "-tall-enough")]
    BINDINGS = [
        Binding("question_mark,f1", "help", "Hjælp", key_display="?", id="help"),
        Binding("q", "quit_asking", "Afslut", id="quit"),
        Binding("t", "toggle_theme", "Tema", show=False, id="theme"),
        Binding("ctrl+c", "quit_now", show=False, priority=True, id="interrupt"),
    ]

    def __init__(
        self,
        questionnaire: Questionnaire,
        texts: Texts,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        """Create the app.

        Args:
            questionnaire: The questions to ask.
            texts: Every text, in the person's language.
            clock: Seconds from some fixed point, for answer times; tests pass a fake one.
            now: The date and time, for export file names; tests pass a fixed one.
        """
        super().__init__()
        self.questionnaire = questionnaire
        self.texts = texts
        self.clock = clock
        self.now = now
        self.session: Session | None = None
        """The person's answers while a test is going on; None before and after."""
        self.theme = "textual-dark"
        self.title = texts.t("app.title")
        localize_bindings(self, texts)

    def get_default_screen(self) -> Screen[None]:
        """The welcome screen lies at the bottom of the stack, and each test goes on top.

        Textual may queue messages on a screen below the current one that hold the
        sender, such as a question screen; they run when that screen is current
        again. The welcome screen is current again after every test, so nothing of
        a person stays queued there; a blank screen beneath it would never run.
        """
        return WelcomeScreen()

    def start_test(self) -> None:
        """Start a fresh session and show the first question."""
        # The session and the screens after the welcome are imported where first needed,
        # for a quick start.
        from tui.model.session import Session
        from tui.screens.question import QuestionScreen

        self.session = Session(self.questionnaire)
        self.push_screen(QuestionScreen(self.session))

    def show_result(self) -> None:
        """Score the finished session and show the result in place of the questions."""
        from tui.screens.result import ResultScreen

        assert self.session is not None
        self.switch_screen(ResultScreen(self.session.result()))

    def new_test(self) -> None:
        """Forget everything of the last person and go back to the welcome screen.

        The session (answers, times) is dropped, and every screen above the welcome
        screen is removed, so nothing of theirs stays reachable.
        """
        self.session = None
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.clear_notifications()

    def set_language(self, language: str) -> None:
        """Switch every text to `language` (on the welcome screen, before a test)."""
        self.texts = load_texts(language)
        self.title = self.texts.t("app.title")
        localize_bindings(self, self.texts)

    @property
    def has_unsaved_answers(self) -> bool:
        """True when quitting would lose answers or a result."""
        return self.session is not None and self.session.answered > 0

    def action_help(self) -> None:
        """Show every key."""
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_quit_asking(self) -> None:
        """Quit, asking first when answers would be lost."""
        from tui.screens.confirm import ConfirmScreen

        if not self.has_unsaved_answers:
            self.exit()
            return

        def decided(quit_now: bool | None) -> None:
            if quit_now:
                self.exit()

        if not isinstance(self.screen, ConfirmScreen):
            self.push_screen(
                ConfirmScreen(self.texts.t("quit.question"), self.texts.t("quit.detail")), decided
            )

    def action_quit_now(self) -> None:
        """Ctrl+C: leave at once, the terminal restored."""
        self.exit()

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"


def make_app(
    questionnaire: Questionnaire | None = None,
    texts: Texts | None = None,
    lang: str = "da",
    clock: Callable[[], float] = time.monotonic,
    now: Callable[[], datetime] = datetime.now,
) -> TilknytningApp:
    """Build the app; the command line and the tests both come through here."""
    return TilknytningApp(
        questionnaire or load_questionnaire(questions_path()),
        texts or load_texts(lang),
        clock,
        now,
    )


def run_app(questionnaire: Questionnaire, texts: Texts) -> int:
    """Run the app in this terminal; the exit code for the shell."""
    app = make_app(questionnaire, texts)
    app.run()
    return app.return_code or 0
