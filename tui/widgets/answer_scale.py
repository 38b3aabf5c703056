"""The labelled response scale: one row per point, picked by key or mouse."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from tui.render.screen_text import screen_text


class Choice(Static):
    """One point of the scale: its number, a mark when chosen, and its label."""

    DEFAULT_CSS = """
    Choice {
        width: 1fr;
        height: 1;
        padding: 0 1;
    }
    Choice:hover {
        background: $boost;
    }
    Choice.-chosen {
        background: $primary 30%;
        text-style: bold;
    }
    """

    def __init__(self, value: int, label: str) -> None:
        super().__init__(id=f"choice-{value}")
        self.value = value
        self.label = label

    def show(self, chosen: bool) -> None:
        """Draw the row as chosen or not; the mark carries it without colour."""
        mark = "●" if chosen else "○"
        # One line whatever it says (height 1, width 1fr): no layout needed.
        self.update(screen_text(f"{self.value}  {mark}  {self.label}"), layout=False)
        self.set_class(chosen, "-chosen")

    def on_click(self, event: Click) -> None:
        event.stop()
        self.post_message(AnswerScale.Chosen(self.value))


class AnswerScale(Widget):
    """The response scale of a question; `selected` is the answer shown as chosen."""

    DEFAULT_CSS = """
    AnswerScale {
        height: auto;
        width: 1fr;
        max-width: 48;
    }
    """

    selected: reactive[int | None] = reactive(None)
    """The chosen point (1..points), or None when unanswered."""

    class Chosen(Message):
        """The person picked a point with the mouse."""

        def __init__(self, value: int) -> None:
            super().__init__()
            self.value = value

    def __init__(self, labels: tuple[str, ...], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.labels = labels

    def compose(self) -> ComposeResult:
        for value, label in enumerate(self.labels, start=1):
            yield Choice(value, label)

    def on_mount(self) -> None:
        for choice in self.query(Choice):
            choice.show(choice.value == self.selected)

    def watch_selected(self, old: int | None, selected: int | None) -> None:
        """Redraw the rows that change: the one chosen before and the one chosen now."""
        for choice in self.query(Choice):
            if choice.value in (old, selected):
                choice.show(choice.value == selected)
