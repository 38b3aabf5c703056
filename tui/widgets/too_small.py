"""A calm notice that replaces a screen's layout while the terminal is too small."""

from __future__ import annotations

from textual.widgets import Static

from tui.render.screen_text import screen_text

MIN_WIDTH = 78
"""Narrower than this, the balance plot no longer fits: the app asks for a larger window."""
MIN_HEIGHT = 20


class TooSmall(Static):
    """Shown instead of everything else on a screen below the minimum size.

    The app's breakpoints give the screen the class `-too-narrow` or
    `-too-short`; `app.tcss` then hides the screen's other children and shows
    this. When the window grows, the layout returns by itself.
    """

    DEFAULT_CSS = """
    TooSmall {
        display: none;
        width: 1fr;
        height: 1fr;
        content-align: center middle;
        text-align: center;
        padding: 1 2;
        color: $text;
        background: $surface;
    }
    """

    def __init__(self, message: str) -> None:
        super().__init__(screen_text(message))
