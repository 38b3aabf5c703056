"""The reference questionnaire the benchmark holds the app against: one plain screen a question.

This is the natural, straightforward Textual way to write the test: every question
is a new screen with a Label and a RadioSet, a key 1–7 picks a point and switches
to a fresh screen for the next question, and a last screen thanks the person. It
reads the same `questions.toml` as the app, with `tomllib` alone, so none of the
app's code is measured on the reference side.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Label, RadioButton, RadioSet

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@dataclass(frozen=True)
class ReferenceItems:
    """The statements and the response labels, in Danish."""

    statements: tuple[str, ...]
    labels: tuple[str, ...]


def load_reference_items(path: Path, copies: int = 1) -> ReferenceItems:
    """Read the statements and labels of a questionnaire file.

    Args:
        path: The questionnaire, as shipped.
        copies: How many times to repeat the statements, for a longer test.

    Returns:
        The items to ask.
    """
    with path.open("rb") as file:
        document = tomllib.load(file)
    statements = tuple(item["text"]["da"].strip() for item in document["question"])
    return ReferenceItems(statements * copies, tuple(document["response"]["labels"]["da"]))


class ReferenceQuestionScreen(Screen[None]):
    """One question: the statement and the scale as radio buttons."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(str(value), f"pick({value})", show=False) for value in range(1, 8)
    ]

    def __init__(self, index: int, statement: str, labels: tuple[str, ...]) -> None:
        super().__init__()
        self.index = index
        self.statement = statement
        self.labels = labels

    def compose(self) -> ComposeResult:
        yield Label(self.statement, id="statement")
        yield RadioSet(*self.labels, id="scale")

    def action_pick(self, value: int) -> None:
        """Mark the point chosen and move on to the next question."""
        self.query(RadioButton)[value - 1].value = True
        app = self.app
        assert isinstance(app, ReferenceQuestionnaireApp)
        app.answer(self.index, value)


class ThanksScreen(Screen[None]):
    """The last screen: every question has an answer."""

    def __init__(self, answered: int) -> None:
        super().__init__()
        self.answered = answered

    def compose(self) -> ComposeResult:
        yield Label(f"Tak. Du har svaret på {self.answered} udsagn.", id="thanks")


class ReferenceQuestionnaireApp(App[None]):
    """Asks every statement on a screen of its own, then thanks the person."""

    def __init__(self, items: ReferenceItems) -> None:
        super().__init__()
        self.items = items
        self.answers: list[int] = []

    def on_mount(self) -> None:
        self.push_screen(self.question_screen(0))

    def question_screen(self, index: int) -> ReferenceQuestionScreen:
        """A new screen for the question at `index`."""
        return ReferenceQuestionScreen(index, self.items.statements[index], self.items.labels)

    def answer(self, index: int, value: int) -> None:
        """Keep the answer and show the next question, or the last screen."""
        self.answers.append(value)
        following = index + 1
        if following < len(self.items.statements):
            self.switch_screen(self.question_screen(following))
        else:
            self.switch_screen(ThanksScreen(len(self.answers)))
