"""The statement on the question screen, in a box as high as the longest statement needs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import RenderableType
from textual.geometry import Size
from textual.visual import visualize
from textual.widgets import Static


class Statement(Static):
    """The statement shown, its box as high as the longest of all the statements needs.

    The scale beneath keeps its place from question to question. And a key that
    changes the box's height costs a second layout: Textual lays a widget out
    again when the layout has just given it a new size (its `virtual_size`).
    The height is measured at the width the layout offers, with the statement's
    own styles, so it fits every window.
    """

    def __init__(self, statements: Sequence[RenderableType], *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.statements = tuple(statements)
        self.tallest: tuple[int, int] | None = None
        """The width last measured at, and the lines of the longest statement there."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if not width:
            return 0
        if self.tallest is None or self.tallest[0] != width:
            # The styles, as Textual's own `Widget.get_content_height` passes them.
            styles: Any = self.styles
            lines = max(
                (visualize(self, text).get_height(styles, width) for text in self.statements),
                default=1,
            )
            self.tallest = (width, lines)
        return self.tallest[1]
