"""The statement on the question screen, in a box that keeps its height from one to the next."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import RenderableType
from textual.geometry import Size
from textual.visual import visualize
from textual.widgets import Static

KEPT_LINES = 2
"""The most lines the box keeps room for whatever the statement shown: the shipped statements
take one or two at every width the app allows, and a 78×20 window has room for two."""


class Statement(Static):
    """The statement shown, in a box as high as the longest statement needs, up to `KEPT_LINES`.

    The scale beneath keeps its place from question to question. And a key that
    changes the box's height costs a second layout: Textual lays a widget out
    again when the layout has just given it a new size (its `virtual_size`).
    The heights are measured at the width the layout offers, with the statement's
    own styles. A statement longer than `KEPT_LINES` (in a questionnaire of one's
    own) makes the box higher while it is shown, rather than every question's.
    """

    def __init__(self, statements: Sequence[RenderableType], *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.statements = tuple(statements)
        self.kept: tuple[int, int] | None = None
        """The width last measured at, and the lines the box keeps room for there."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        own = super().get_content_height(container, viewport, width)
        if not width:
            return own
        if self.kept is None or self.kept[0] != width:
            # The styles, as Textual's own `Widget.get_content_height` passes them.
            styles: Any = self.styles
            tallest = max(
                (visualize(self, text).get_height(styles, width) for text in self.statements),
                default=1,
            )
            self.kept = (width, min(tallest, KEPT_LINES))
        return max(own, self.kept[1])
