"""One question a screen: the statement, the labelled scale and the progress."""

from __future__ import annotations

from functools import partial
from itertools import chain

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Label, ProgressBar, Static

from tui.model.session import Session
from tui.render.screen_text import screen_text
from tui.screens.base import AppScreen
from tui.warm_up import steps_before_result
from tui.widgets.answer_scale import AnswerScale
from tui.widgets.key_line import KeyLine
from tui.widgets.statement import Statement

_DIGITS = "123456789"


class QuestionScreen(AppScreen[None]):
    """Walks through the questions; one screen instance serves them all.

    Keeping one screen and swapping its text keeps each step cheap and means
    nothing of earlier questions is kept alive in other screens.
    """

    CSS_PATH = "question.tcss"

    BINDINGS = [
        Binding("1", "answer(1)", id="answer"),  # shown as 1–points (App.get_key_display)
        *(Binding(digit, f"answer({digit})", show=False, id="answer") for digit in _DIGITS[1:]),
        Binding("left", "back", key_display="←", id="back"),
        Binding("right", "forward", key_display="→", id="forward"),
    ]

    # The watchers refresh what changes; a repaint of the whole screen would be a second frame.
    index: reactive[int] = reactive(0, init=False, repaint=False)
    """The position of the question shown, from 0."""
    answered: reactive[int] = reactive(0, init=False, repaint=False)
    """How many questions have an answer: drives the progress bar."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.shown_at = 0.0
        self.filling_gaps = False
        """True after an attempt to finish early: each answer then leads to the next gap."""

    @property
    def total(self) -> int:
        return len(self.session.questionnaire.questions)

    def compose_screen(self) -> ComposeResult:
        texts = self.tapp.texts
        questionnaire = self.session.questionnaire
        with Vertical(id="question-body"):
            with Horizontal(id="progress-row"):
                yield Label(screen_text(texts.t("app.title")), id="app-title")
                position = Label("", id="position")
                # As wide as the last position, the widest: no key changes its width
                # (and the title's beside it), which would cost a second layout.
                position.styles.width = self.position_text(self.total - 1).cell_len
                yield position
            yield ProgressBar(
                total=self.total, show_eta=False, show_percentage=False, id="progress"
            )
            statements = [screen_text(q.text[texts.language]) for q in questionnaire.questions]
            with Center():
                yield Statement(statements, id="statement")
            yield Static(
                screen_text(texts.t("question.prompt", points=questionnaire.points)), id="prompt"
            )
            with Center():
                yield AnswerScale(questionnaire.labels[texts.language], id="scale")
            yield Static("", id="notice")
        yield KeyLine()

    def position_text(self, index: int) -> Text:
        """Where the question at `index` is in the test, such as "5 af 28"."""
        return screen_text(
            self.tapp.texts.t("question.progress", number=index + 1, total=self.total)
        )

    def on_mount(self) -> None:
        self.answered = self.session.answered
        self.show_question(self.index)
        # Counted from the first frame: drawing it is no time the person reads.
        self.call_after_refresh(self.tapp.work_ahead, steps_before_result(self.app))

    def show_question(self, index: int) -> None:
        """Fill the screen with the question at `index`."""
        texts = self.tapp.texts
        question = self.session.questionnaire.questions[index]
        self.query_one("#statement", Statement).update(screen_text(question.text[texts.language]))
        self.query_one("#position", Label).update(self.position_text(index))
        self.query_one("#scale", AnswerScale).selected = self.session.answer_at(index)
        self.query_one("#notice", Static).update("")
        self.shown_at = self.tapp.clock()
        if self.session.only_unanswered(index):
            # The one question left: the result's screen is composed while it is read.
            app = self.tapp
            app.work_ahead(chain(app.steps_ahead, [partial(app.compose_result_ahead, self)]))

    def watch_index(self, index: int) -> None:
        self.show_question(index)

    def watch_answered(self, answered: int) -> None:
        self.query_one("#progress", ProgressBar).update(progress=answered)

    def action_answer(self, value: int) -> None:
        """Answer the question shown with `value` (a key or a click) and move on."""
        if not 1 <= value <= self.session.questionnaire.points:
            return
        self.session.answer(self.index, value, self.tapp.clock() - self.shown_at)
        self.query_one("#scale", AnswerScale).selected = value
        self.answered = self.session.answered
        if self.filling_gaps:
            self.finish()
        else:
            self.action_forward()

    @on(AnswerScale.Chosen)
    def chosen(self, event: AnswerScale.Chosen) -> None:
        event.stop()
        self.action_answer(event.value)

    def action_back(self) -> None:
        """Go to the previous question, keeping every answer."""
        if self.index > 0:
            self.index -= 1

    def action_forward(self) -> None:
        """Go to the next question; past the last one, try to finish."""
        if self.index < self.total - 1:
            self.index += 1
        else:
            self.finish()

    def finish(self) -> None:
        """Show the result, or the first unanswered question and why."""
        missing = self.session.first_unanswered()
        if missing is None:
            self.tapp.show_result()
            return
        self.filling_gaps = True
        self.index = missing
        self.query_one("#notice", Static).update(
            screen_text(self.tapp.texts.t("question.missing", number=missing + 1))
        )
