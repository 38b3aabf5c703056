"""The balance plot: the four pattern zones with the person's position, the tilt and the scores."""

from __future__ import annotations

from itertools import zip_longest

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text

from tui.model.questionnaire import Scoring
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.render.plot_geometry import (
    BASE,
    PREFIX,
    READOUT,
    SMALLEST,
    PlotGeometry,
    fit,
    narrowest_width,
)
from tui.render.plot_map import (
    COLOUR,
    COLUMNS,
    EARLIER,
    FILL,
    MARKER,
    ROWS,
    cell_point,
    drive_pattern,
    drive_zones,
    map_lines,
    zone_map,
)
from tui.render.plot_panel import SCALE_ZONE, panel_lines, tilt_lines
from tui.render.wording import signed

__all__ = [
    "BAR",
    "COLOUR",
    "COLUMNS",
    "EARLIER",
    "FILL",
    "MARKER",
    "PANEL",
    "PREFIX",
    "READOUT",
    "ROWS",
    "SCALE_ZONE",
    "WIDTH",
    "BalancePlot",
    "PlotGeometry",
    "cell_point",
    "drive_pattern",
    "drive_zones",
    "signed",
    "zone_map",
]

WIDTH = BASE.width
"""Columns the plot takes in an 80-column terminal, with a margin: 76."""
PANEL = BASE.panel
"""Column where the score panel beside the map begins, in the 80-column plot."""
BAR = BASE.bar
"""The score panel's width in the 80-column plot."""


class BalancePlot:
    """A result drawn as a map of the four pattern zones, the tilt between the drives, three bars.

    The map shows where the person stands between the two drives, with the
    uncertainty of that position, in every case; the desorganisering score has
    its own gauge with its cut-off beside it.

    Size: the plot grows with the width it is rendered in (`options.max_width`),
    a step at a time, keeping its proportions: 76 columns and 18 lines in an
    80-column terminal, 153 × 32 in 160 columns, at most 175 × 36. Narrower than
    76 columns it gives up panel columns, then a map step, down to 66 columns.
    A height (`options.height`, as a container of fixed height gives) makes it
    smaller where it would not fit, never larger. To fill a given width ×
    height, such as a window that shows the plot alone, pass `fill=True` and
    render it where `options.height` is set (a Textual widget of fixed or `1fr`
    height does that): the plot then grows with the height as well, as far as
    the width allows, up to 161 map columns, and stands centred in the room,
    which it fills whole (`filling()` gives a filling twin of a plot, sharing
    its drawings). Otherwise `__rich_measure__` reports the width it takes, so
    that a container can centre it.

    Drawing is costly (every map cell classified, every label placed), so the
    lines are drawn once per size and reused: Textual renders a widget several
    times per layout pass. The lines carry no theme: their colours are fixed and
    Rich resolves them for the terminal's colour system as it writes them.
    """

    def __init__(
        self,
        result: Result,
        scoring: Scoring,
        texts: Texts,
        before: Result | None = None,
        *,
        fill: bool = False,
    ) -> None:
        """Draw `result`; with `before`, that earlier result too, `○` on the map, bars and tilt.

        Args:
            result: The result to draw.
            scoring: The cut-offs that draw the zones and the bars' marks.
            texts: The language's words.
            before: An earlier result of the same person, drawn `○`.
            fill: Grow with the height given as well as the width, to fill it.
        """
        self.result = result
        self.scoring = scoring
        self.texts = texts
        self.before = before
        self.fill = fill
        self.drawn: dict[PlotGeometry, list[Text]] = {}
        """The lines drawn so far, by size."""

    def geometry(self, options: ConsoleOptions) -> PlotGeometry:
        """The size the plot takes within `options`' width (and height, where set)."""
        return fit(options.max_width, options.height, self.fill)

    def lines(self, geometry: PlotGeometry = BASE) -> list[Text]:
        """Every line of the plot at a size: the map with the bars beside it, then the tilt."""
        if geometry not in self.drawn:
            self.drawn[geometry] = self.draw(geometry)
        return [line.copy() for line in self.drawn[geometry]]

    def draw(self, geometry: PlotGeometry) -> list[Text]:
        """The plot's lines drawn afresh, at `geometry`'s size."""
        left = map_lines(self.result, self.scoring, self.texts, self.before, geometry)
        right = panel_lines(self.result, self.scoring, self.texts, geometry, self.before)
        lines = [
            Text.assemble(map_line, " " * (geometry.panel - map_line.cell_len), panel_line)
            for map_line, panel_line in zip_longest(left, right, fillvalue=Text())
        ]
        lines = [*lines, Text(), *tilt_lines(self.result, self.texts, self.before, geometry)]
        for line in lines:
            line.rstrip()
        return lines

    def filling(self) -> BalancePlot:
        """The same plot, filling the room it is given (`fill=True`); the drawings are shared."""
        plot = BalancePlot(self.result, self.scoring, self.texts, self.before, fill=True)
        plot.drawn = self.drawn
        return plot

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        geometry = self.geometry(options)
        lines = self.lines(geometry)
        if not self.fill:
            for line in lines:
                if line.cell_len > width:
                    line.truncate(width)
                yield from line.render(console)
                yield Segment.line()
            return
        # Filling: the plot centred in the whole room, every line as wide as the room
        # and as many lines as it is high, so a container's own alignment changes nothing.
        height = options.height or geometry.height
        left = max(0, width - geometry.width) // 2
        top = max(0, height - len(lines)) // 2
        blank = [Segment(" " * width), Segment.line()]
        for _ in range(top):
            yield from blank
        for line in lines[: max(0, height - top)]:
            line.truncate(width - left)
            yield Segment(" " * left)
            yield from line.render(console)
            yield Segment(" " * (width - left - line.cell_len))
            yield Segment.line()
        for _ in range(max(0, height - top - len(lines))):
            yield from blank

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        narrowest = narrowest_width(SMALLEST)
        widest = options.max_width if self.fill else self.geometry(options).width
        return Measurement(narrowest, max(narrowest, widest))
