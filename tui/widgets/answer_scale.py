"""The labelled response scale: one row per point, picked by key or mouse."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from tui.render.screen_text import screen_text


class AnswerScale(Widget):
    """The response scale of a question; `selected` is the answer shown as chosen.

    One widget draws every row: a row's number, a mark (● chosen, ○ not) and its
    label. Choosing, moving between questions and hovering only repaint it, so an
    answer key costs no change of style or layout, and the scale is whole in the
    question screen's first frame. A click on a row picks that point.
    """

    COMPONENT_CLASSES = {"answer-scale--chosen", "answer-scale--hover"}
    DEFAULT_CSS = """
    AnswerScale {
        height: auto;
        width: 1fr;
        max-width: 48;
    }
    AnswerScale > .answer-scale--hover {
        background: $boost;
    }
    AnswerScale > .answer-scale--chosen {
        background: $primary 30%;
        text-style: bold;
    }
    """

    selected: reactive[int | None] = reactive(None)
    """The chosen point (1..points), or None when unanswered."""
    hovered: reactive[int | None] = reactive(None)
    """The point under the mouse pointer, or None."""

    class Chosen(Message):
        """The person picked a point with the mouse."""

        def __init__(self, value: int) -> None:
            super().__init__()
            self.value = value

    def __init__(self, labels: tuple[str, ...], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.labels = labels

    def row_text(self, value: int) -> Text:
        """The words of the row for `value`: number, mark and label."""
        mark = "●" if value == self.selected else "○"
        return screen_text(f"{value}  {mark}  {self.labels[value - 1]}")

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.labels)

    def render(self) -> Text:
        width = self.size.width
        chosen = self.get_component_rich_style("answer-scale--chosen")
        hover = self.get_component_rich_style("answer-scale--hover")
        rows = Text(no_wrap=True, overflow="crop", end="")
        for value in range(1, len(self.labels) + 1):
            # A space either side, as padding; the row's look spans its whole width.
            words = self.row_text(value)
            words.truncate(max(width - 2, 0))
            row = Text(" ", end="") + words
            row.pad_right(width - row.cell_len)
            style = (
                chosen if value == self.selected else hover if value == self.hovered else Style()
            )
            row.stylize_before(style)
            if value > 1:
                rows.append("\n")
            rows.append_text(row)
        return rows

    def value_at(self, y: int) -> int | None:
        """The point whose row is at `y`, if any."""
        return y + 1 if 0 <= y < len(self.labels) else None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self.hovered = self.value_at(event.y)

    def on_leave(self, event: events.Leave) -> None:
        self.hovered = None

    def on_click(self, event: events.Click) -> None:
        value = self.value_at(event.y)
        if value is not None:
            event.stop()
            self.post_message(AnswerScale.Chosen(value))
