"""A drawing made once per width: measuring its height and showing it take one drawing."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.segment import Segment
from textual.app import App
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual, visualize
from textual.widget import Widget


class Drawing:
    """A Rich renderable and the lines it was drawn in at each width, to draw it once a width.

    One drawing can serve several widgets in turn, such as the details of one result
    opened again, and can be drawn before any widget shows it (`draw`).
    """

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable
        self.drawn: dict[int, list[list[Segment]]] = {}
        """The lines drawn at each width, without a widget's style."""

    def lines(self, app: App[Any], width: int) -> list[list[Segment]]:
        """The renderable's lines at `width`, drawn the first time they are asked for."""
        if width not in self.drawn:
            options = app.console_options.update(highlight=False, width=width, height=None)
            self.drawn[width] = app.console.render_lines(
                self.renderable, options.update_width(width), pad=False
            )
        return self.drawn[width]


class Headed(Drawing):
    """A heading over a body drawn once at each width, to be shared by every heading.

    The heading takes the theme's colours and is drawn for each theme; the body,
    whose own colours do not follow the theme (text, Markdown, the plot), is
    drawn once and serves every theme. The lines are those of the two as one
    Rich `Group`: the heading's, then the body's.
    """

    def __init__(self, heading: RenderableType, body: Drawing) -> None:
        super().__init__(Group(heading, body.renderable))
        self.heading = Drawing(heading)
        self.body = body

    def lines(self, app: App[Any], width: int) -> list[list[Segment]]:
        if width not in self.drawn:
            self.drawn[width] = self.heading.lines(app, width) + self.body.lines(app, width)
        return self.drawn[width]


class MeasuredOnce(Visual):
    """A Rich renderable for `widget`, drawn once at each width and kept.

    To measure a Rich renderable's height, Textual draws it whole, and then draws it
    again to show it; a screen's first layout also asks for the height more than
    once. For a long text, a table or the plot each drawing costs milliseconds in
    the key that opens the screen. Here the lines drawn at a width serve both: the
    height is their count, and what is shown is the same lines in the widget's style
    (as Textual's own drawing adds it). A theme changes the widget's style only; a
    drawing whose own colours follow the theme is made anew for it (`ResultSection`).
    """

    def __init__(self, widget: Widget, renderable: RenderableType | Drawing) -> None:
        self.widget = widget
        self.drawing = renderable if isinstance(renderable, Drawing) else Drawing(renderable)
        self.renderable = self.drawing.renderable
        self.sizing = visualize(widget, self.renderable)
        """Textual's own visual of the renderable, for the widths it would take."""
        self.strips: tuple[tuple[int, int | None, Style], list[Strip]] | None = None
        """The strips last asked for, and for which width, height and style."""

    def lines(self, width: int) -> list[list[Segment]]:
        """The renderable's lines at `width`, drawn the first time they are asked for."""
        return self.drawing.lines(self.widget.app, width)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """The lines in the widget's style; the same strips again while nothing has changed.

        A new screen is drawn in two or three frames (Textual lays it out and repaints
        it again as it shows), and each repaint asks for every line anew.
        """
        key = (width, height, style)
        if self.strips is None or self.strips[0] != key:
            self.strips = (key, self.styled(width, height, style))
        return self.strips[1]

    def styled(self, width: int, height: int | None, style: Style) -> list[Strip]:
        base = style.rich_style
        lines = self.lines(width)[:height]
        if not base:
            return [Strip(line) for line in lines]
        return [
            Strip([Segment(text, base + own, control) for text, own, control in line])
            for line in lines
        ]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.sizing.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.sizing.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))
