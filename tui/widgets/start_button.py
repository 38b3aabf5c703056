"""A button for the mouse that starts the test; Enter does the same from the keyboard."""

from __future__ import annotations

from textual.events import Click
from textual.message import Message
from textual.widgets import Static


class StartButton(Static):
    """A label drawn as a primary button, which posts `Pressed` when clicked.

    The welcome screen starts the test on Enter, its own binding, so this
    button never takes focus. It is lighter than Textual's `Button`, whose many
    variants' CSS would cost the first frame several milliseconds.
    """

    DEFAULT_CSS = """
    StartButton {
        width: auto;
        min-width: 16;
        height: auto;
        padding: 0 1;
        text-align: center;
        text-style: bold;
        color: $button-color-foreground;
        background: $primary-darken-1;
        border-top: tall $primary-lighten-3;
        border-bottom: tall $primary-darken-3;
        pointer: pointer;
        &:hover {
            background: $primary-darken-3;
            border-top: tall $primary;
        }
    }
    """

    class Pressed(Message):
        """The button was clicked."""

    def on_click(self, event: Click) -> None:
        event.stop()
        self.post_message(self.Pressed())
