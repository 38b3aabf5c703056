"""The Textual app: welcome, one question a screen, and the result."""

from __future__ import annotations

import asyncio
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from rich.theme import Theme
from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer

from tui.model.questionnaire import Questionnaire, load_questionnaire
from tui.model.resources import questions_path
from tui.model.stamp import local_now
from tui.model.texts import LANGUAGES, Texts, load_texts, texts_for
from tui.render.screen_text import screen_text
from tui.screens.base import S, in_language
from tui.screens.welcome import WelcomeScreen
from tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH

if TYPE_CHECKING:
    from rich.console import RenderableType

    from tui.model.session import Session
    from tui.screens.question import QuestionScreen
    from tui.screens.result import ResultScreen
    from tui.theme_ahead import ParsedAhead

LEAVING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)
"""Signals that end the app the way `q` does: the terminal restored, no file left half-written."""
MARKDOWN_THEME = Theme(
    {
        "markdown.h2": Style(bold=True, underline=True),
        "markdown.h3": Style(bold=True),
        "markdown.h4": Style(bold=True, italic=True),
    },
    inherit=True,
)
"""Markdown headings in the theme's text colour, bold: no magenta, which is red in places."""
READING = 0.5
"""Seconds without a key before the app does work ahead for the next screens (`tui.warm_up`)."""
STEP_GAP = 0.02
"""Seconds between two steps of that work, so that a key or a frame can come between."""
SHORT_BELOW = 24
"""Lower windows than this are `-short`: screens close up their spacing to stay whole."""
QUESTIONS = "questions"
"""The name the question screen of a test is installed under (`start_test`)."""
ALWAYS_KEYS = frozenset({"ctrl+c"})
"""The keys that work while the window is too small: nothing on screen says what others do."""


def crash_line(error: BaseException | None, texts: Texts | None = None) -> str:
    """One plain line about an unexpected error: its type and where, nothing of its values.

    A traceback's locals, and even an error's message, can hold a person's answers.
    """
    if error is None:
        error_name = "Textual"
    else:
        frames = traceback.extract_tb(error.__traceback__)
        where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
        error_name = f"{type(error).__name__}{where}"
    try:
        return (texts or load_texts()).t("crash.message", error=error_name)
    except Exception:  # the texts themselves may be what failed
        return f"tilknytning-test stopped because of an error in the program ({error_name})."


class TilknytningApp(App[None]):
    """The attachment-pattern self-test."""

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    HORIZONTAL_BREAKPOINTS = [(0, "-too-narrow"), (MIN_WIDTH, "-wide-enough")]
    VERTICAL_BREAKPOINTS = [(0, "-too-short"), (MIN_HEIGHT, "-short"), (SHORT_BELOW, "-tall")]
    BINDINGS = [
        Binding(
            "ctrl+c", "quit_now", show=False, key_display="Ctrl+C", priority=True, id="interrupt"
        ),
    ]
    """Keys the screens offer are on `AppScreen`, where they follow the person's language."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        texts: Texts,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = local_now,
    ) -> None:
        """Create the app.

        Args:
            questionnaire: The questions to ask.
            texts: Every text, in the person's language.
            clock: Seconds from some fixed point, for answer times; tests pass a fake one.
            now: The date and time, for when the test was taken and export file names;
                tests pass a fixed one.
        """
        super().__init__()
        self.questionnaire = questionnaire
        self.texts = texts
        self.clock = clock
        self.now = now
        self.session: Session | None = None
        """The person's answers while a test is going on; None before and after."""
        self.saved_to: Path | None = None
        """Where this person's result was last saved; None until it is."""
        self.language_modes: set[str] = set()
        """Modes added by switching language, each based on a welcome screen in it."""
        self.steps_ahead: Iterator[Callable[[], object]] = iter(())
        """Work ahead for the next screens, done while the person reads (`work_ahead`)."""
        self.ahead_timer: Timer | None = None
        self.theme_parsed: ParsedAhead | None = None
        """The stylesheet parsed with the other theme's colours, while it fits (tui.theme_ahead)."""
        self.result_ahead: tuple[str, ResultScreen] | None = None
        """The result's screen composed while the last question is read, and its theme."""
        self.last_key_at = 0.0
        """When the last key came (time.monotonic)."""
        self.theme = "textual-dark"
        # Rich draws a Markdown "##" in the terminal's magenta: red-pink (4.5:1) in the
        # dark theme and red in 16 colours. Headings are bold in the text's own colour.
        self.console.push_theme(MARKDOWN_THEME)
        self.title = screen_text(texts.t("app.title")).plain

    def on_mount(self) -> None:
        """Mark a 16-colour terminal (TERM=xterm, linux), whose fallbacks app.tcss chooses."""
        if self.console.color_system in {"standard", "windows"}:
            self.add_class("-sixteen-colours")

    def get_default_screen(self) -> Screen[None]:
        """The welcome screen lies at the bottom of the stack, and each test goes on top.

        Textual may queue messages on a screen below the current one that hold the
        sender, such as a question screen; they run when that screen is current
        again. The welcome screen is current again after every test, so nothing of
        a person stays queued there; a blank screen beneath it would never run.
        """
        return self.localized(WelcomeScreen)()

    def localized(self, screen_class: type[S]) -> type[S]:
        """`screen_class` with its keys described in the person's language."""
        return in_language(screen_class, self.texts)

    def get_key_display(self, binding: Binding) -> str:
        """The answer keys as the range the questionnaire uses, such as 1–7."""
        if binding.id == "answer":
            return f"1–{self.questionnaire.points}"
        return super().get_key_display(binding)

    def start_test(self) -> None:
        """Start a fresh session and show the first question."""
        # The session and the screens after the welcome are imported where first needed,
        # for a quick start.
        from tui.model.session import Session
        from tui.screens.question import QuestionScreen

        self.session = Session(self.questionnaire, now=self.now)
        self.saved_to = None
        self.forget_questions()
        questions = self.localized(QuestionScreen)(self.session)
        # Installed, the question screen is not taken apart when the result replaces
        # it: Textual would lay the result out twice more for that. It goes while the
        # person reads the result (`forget_questions`).
        self.install_screen(questions, QUESTIONS)
        self.push_screen(questions)

    def show_result(self) -> None:
        """Score the finished session and show the result in place of the questions."""
        from tui.screens.off_stage import take_apart
        from tui.screens.result import ResultScreen
        from tui.warm_up import steps_after_result, style_scrollbars

        assert self.session is not None
        result, taken = self.session.result(), self.session.taken
        ahead, self.result_ahead = self.result_ahead, None
        if ahead is not None and ahead[0] == self.theme and ahead[1].show(result, taken):
            shown = ahead[1]
        else:
            if ahead is not None:
                take_apart(self, ahead[1])
            shown = self.localized(ResultScreen)(result, taken)
        self.switch_screen(shown)
        self.work_ahead(
            chain(
                self.steps_ahead,
                [self.forget_questions],
                steps_after_result(self),
                [
                    shown.draw_details_ahead,
                    partial(style_scrollbars, shown),
                    shown.compose_export_ahead,
                ],
                [self.parse_other_theme],
            )
        )

    def compose_result_ahead(self, questions: QuestionScreen) -> None:
        """Compose the result's screen off-stage while the last question is read (`work_ahead`).

        It is composed with the result that answering the middle of the scale would
        give; the last answer then only puts the person's own result in its
        sections (`ResultScreen.show`), and the key costs no composing, mounting or
        styling of its widgets. Only while `questions` shows the one question left
        unanswered.
        """
        from tui.screens.off_stage import compose_off_stage
        from tui.screens.result import ResultScreen

        if self.session is None or not questions.is_current:
            return
        middle = (self.questionnaire.points + 1) // 2
        elapsed = self.clock() - questions.shown_at
        result = self.session.result_if(questions.index, middle, elapsed)
        if result is None:
            return
        self.forget_result_ahead()
        screen = self.localized(ResultScreen)(result, None)
        compose_off_stage(self, screen)
        self.result_ahead = (self.theme, screen)

    def forget_result_ahead(self) -> None:
        """Take apart the result's screen composed ahead, unless it is shown."""
        from tui.screens.off_stage import take_apart

        if self.result_ahead is not None:
            take_apart(self, self.result_ahead[1])
            self.result_ahead = None

    def forget_questions(self) -> None:
        """Take the question screen apart once it is no longer shown, if it is still there."""
        if not self.is_screen_installed(QUESTIONS):
            return
        questions = self.get_screen(QUESTIONS)
        if questions in self.screen_stack:
            return
        self.uninstall_screen(QUESTIONS)
        questions.remove()

    def new_test(self) -> None:
        """Forget everything of the last person and go back to the welcome screen.

        The session (answers, times) is dropped, and every screen above the welcome
        screen is removed, so nothing of theirs stays reachable.
        """
        from tui.render.drawn_text import forget_drawn_text

        self.session = None
        self.saved_to = None
        self.steps_ahead = iter(())  # work ahead for the last person's screens
        self.forget_result_ahead()
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.forget_questions()
        self.clear_notifications()
        forget_drawn_text()

    @property
    def too_small(self) -> bool:
        """True while the window is below the minimum and only the notice to enlarge it shows."""
        width, height = self.size
        return width < MIN_WIDTH or height < MIN_HEIGHT

    async def on_event(self, event: events.Event) -> None:
        """Keys go nowhere while the window is too small: the question they would answer is hidden.

        This is where Textual receives every key before any binding or widget sees it.
        """
        if isinstance(event, events.Key):
            self.last_key_at = time.monotonic()
            if self.too_small and event.key not in ALWAYS_KEYS:
                event.stop()
                return
        await super().on_event(event)

    def _fatal_error(self) -> None:
        """The last guard: an unexpected error ends the app with one plain line, never a traceback.

        Textual handles the error itself (exit code 1; `run_test` raises it again,
        so tests see it) and then calls this to print a Rich traceback with every
        frame's local variables once the terminal is restored; those can hold a
        person's answers and would stay in the scrollback. The plain line is
        printed instead. Overriding this hook is the one use of Textual's private
        API: it has no public one for an unhandled error, and nothing of Textual's
        state is written here.
        """
        self.panic()

    def panic(self, *renderables: RenderableType) -> None:
        """End the app after an error: exit code 1, one plain line once the terminal is restored.

        Textual panics with the error, or a traceback, when it caught an error
        itself (in its input thread, or one that renders itself); what it passes
        is dropped, for the reason above. The error being handled, if any, is
        named by type and place, never by its message.
        """
        self.exit(return_code=1, message=Text(crash_line(sys.exc_info()[1], self.texts)))
        super().panic()  # closes the app's messages at once, as Textual does after an error

    def leave_on_signal(self, number: int) -> None:
        """SIGTERM, SIGHUP or SIGINT: leave as `q` does, with the shell's exit code for a signal."""
        from tui.model.private_file import remove_temporaries

        remove_temporaries()
        # The handler runs outside the app's message loop: leave from inside it.
        self.call_later(self.leave, 128 + number)

    def other_language(self) -> str | None:
        """The language the welcome screen offers to switch to, if the questionnaire has it."""
        others = [
            lang
            for lang in LANGUAGES
            if lang in self.questionnaire.languages and lang != self.texts.language
        ]
        return others[0] if others else None

    def set_language(self, language: str) -> None:
        """Switch every text to `language` and show the welcome screen in it, before a test.

        Raises:
            InputError: The questionnaire or the texts lack `language`.
        """
        self.texts = texts_for(self.questionnaire, language)
        self.title = screen_text(self.texts.t("app.title")).plain
        # A screen's keys are described in its class, so the welcome screen is made
        # anew in the language, as the base of a mode of its own.
        mode = f"welcome-{language}"
        if mode in self.language_modes:
            self.remove_mode(mode)
        self.add_mode(mode, self.localized(WelcomeScreen))
        self.language_modes.add(mode)
        self.switch_mode(mode)

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
            self.leave()
            return

        def decided(quit_now: bool | None) -> None:
            if quit_now:
                self.leave()

        if not isinstance(self.screen, ConfirmScreen):
            self.push_screen(
                ConfirmScreen(self.texts.t("quit.question"), self.lost_detail("quit")), decided
            )

    def lost_detail(self, dialog: str) -> str:
        """What a dialog that ends the test says is lost: everything, or what is on screen."""
        from tui.render.path_lines import path_lines
        from tui.screens.confirm import DETAIL_WIDTH

        if self.saved_to is None:
            return self.texts.t(f"{dialog}.detail")
        path = path_lines(str(self.saved_to), DETAIL_WIDTH)
        return self.texts.t(f"{dialog}.detail_saved", path=path)

    def action_quit_now(self) -> None:
        """Ctrl+C: leave at once, the terminal restored."""
        self.leave()

    def leave(self, return_code: int = 0) -> None:
        """End the app with a blank frame as its last.

        The last frame stays in the terminal's alternate screen, and some terminals
        show it again: in tmux, after the window was widened, it is on the main
        screen once the app has left (a plain Textual app does the same). A blank
        frame keeps a person's answers out of it.
        """
        from tui.screens.blank import BlankScreen

        if not isinstance(self.screen, BlankScreen):
            self.push_screen(BlankScreen())
        self.call_after_refresh(self.exit, return_code=return_code)

    def work_ahead(self, steps: Iterator[Callable[[], object]]) -> None:
        """Do `steps` (`tui.warm_up`) while the person reads: only after `READING` s without a key.

        One step at a time, with a short gap between, so a key that comes meanwhile
        waits for one small step at most.
        """
        self.steps_ahead = steps
        self.wait_ahead(READING)

    def wait_ahead(self, seconds: float) -> None:
        """Take the next step ahead in `seconds`, and no step before."""
        if self.ahead_timer is not None:
            self.ahead_timer.stop()
        self.ahead_timer = self.set_timer(seconds, self.step_ahead)

    def step_ahead(self) -> None:
        """Do the next step ahead, or wait until no key has come for `READING` s."""
        since_key = time.monotonic() - self.last_key_at
        if since_key < READING:
            self.wait_ahead(READING - since_key)
            return
        step = next(self.steps_ahead, None)
        if step is not None:
            step()
            self.wait_ahead(STEP_GAP)

    def other_theme(self) -> str:
        return "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme; the stylesheet parsed ahead if it fits."""
        from tui.theme_ahead import theme_variables

        theme, parsed, self.theme_parsed = self.other_theme(), self.theme_parsed, None
        if parsed is not None and parsed.fits(self.stylesheet, theme_variables(self, theme)):
            self.stylesheet = parsed
        self.theme = theme
        self.work_ahead(chain(self.steps_ahead, [self.parse_other_theme]))

    def parse_other_theme(self) -> None:
        """Parse the stylesheet with the other theme's colours (`tui.theme_ahead`), for `t`."""
        from tui.theme_ahead import parse_for_theme, theme_variables

        variables = theme_variables(self, self.other_theme())
        self.theme_parsed = parse_for_theme(self.stylesheet, variables)


def make_app(
    questionnaire: Questionnaire | None = None,
    texts: Texts | None = None,
    lang: str = "da",
    clock: Callable[[], float] = time.monotonic,
    now: Callable[[], datetime] = local_now,
) -> TilknytningApp:
    """Build the app; the command line and the tests both come through here.

    Raises:
        InputError: The questionnaire or the texts lack `lang` (or `texts`' language).
    """
    questionnaire = questionnaire or load_questionnaire(questions_path())
    texts = texts_for(questionnaire, texts.language if texts else lang, texts)
    return TilknytningApp(questionnaire, texts, clock, now)


async def run_until_signalled(app: TilknytningApp) -> None:
    """Run the app; a signal that would end the process ends the app first, cleanly.

    Without this, SIGTERM or SIGHUP kill the process at once: the terminal stays on
    the alternate screen with the cursor hidden and mouse reporting on. The event
    loop runs the handler between steps, so an export being written finishes (or
    fails) and removes its temporary file before the app leaves.
    """
    loop = asyncio.get_running_loop()
    for number in LEAVING_SIGNALS:
        loop.add_signal_handler(number, app.leave_on_signal, number)
    try:
        await app.run_async()
    finally:
        for number in LEAVING_SIGNALS:
            loop.remove_signal_handler(number)


def run_app(questionnaire: Questionnaire, texts: Texts, theme: str = "textual-dark") -> int:
    """Run the app in this terminal, starting in `theme`; the exit code for the shell."""
    app = make_app(questionnaire, texts)
    app.theme = theme
    try:
        asyncio.run(run_until_signalled(app))
    except Exception as error:  # Textual itself failed, outside the app's own guard
        print(crash_line(error, texts), file=sys.stderr)
        return 1
    return app.return_code or 0
