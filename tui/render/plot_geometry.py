"""How large the balance plot draws: its map, tilt axis and score panel, for a given room."""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = 5
"""Columns left of the map for the y-axis and its ticks, as in `100 ┤`."""
GAP = 3
"""Blank columns between the map and the score panel."""
READOUT = 9
"""Columns at the end of a bar's line for its score, as in ` 83 ± 10` (` 100 ± 50` at most)."""
PANEL_MIN = 25
"""The narrowest score panel: every scale's name still wraps into two lines, in both languages,
and every bar keeps room for its readout."""
SMALLEST = 4
"""The smallest map, 33 × 9 cells, for a room narrower than the 80-column plot."""
BASE_STEPS = 5
"""The 80-column plot's map, 41 × 11 cells: 2.5 points a column, 10 points a row."""
WIDE_CAP = 14
"""The largest map that grows with the width alone (113 × 29 cells, 175 columns, 36 lines):
within the first screenful of a wide terminal, beside the result's headline."""
FILL_CAP = 20
"""The largest map when the plot fills a given width × height (161 × 41 cells)."""
EXTRA_LINES = 7
"""Lines besides the map's rows: y-label, x-axis, x-ticks, x-label, a blank, the tilt's two."""


@dataclass(frozen=True)
class PlotGeometry:
    """The plot's size: how many steps its map has from the 50 line to the edge, and its width.

    A map of `steps` has `2 × steps + 1` rows and `8 × steps + 1` columns, so that
    0, 50 and 100 fall on a cell on both axes and a column stands for a quarter of
    a row's points: terminal cells are about twice as high as wide, and the map
    keeps its proportions (twice as wide as high) at every size.
    """

    steps: int
    width: int

    @property
    def columns(self) -> int:
        """Map columns, from 0 (left) to 100 (right)."""
        return 8 * self.steps + 1

    @property
    def rows(self) -> int:
        """Map rows, from 100 (top) to 0 (bottom)."""
        return 2 * self.steps + 1

    @property
    def tilt(self) -> int:
        """Cells of the tilt axis, from −100 to +100; as wide as the map."""
        return self.columns

    @property
    def panel(self) -> int:
        """The column where the score panel beside the map begins."""
        return PREFIX + self.columns + GAP

    @property
    def bar(self) -> int:
        """The score panel's width: a bar and its readout, or a scale's name."""
        return self.width - self.panel

    @property
    def beside(self) -> int:
        """Lines of the map with its axes, beside which the score panel stands."""
        return self.rows + 4

    @property
    def height(self) -> int:
        """Lines of the whole plot."""
        return self.rows + EXTRA_LINES


def natural_width(steps: int) -> int:
    """The plot's width with a map of `steps`: the panel grows 3 columns a step from 27."""
    return PREFIX + 8 * steps + 1 + GAP + max(PANEL_MIN, 27 + 3 * (steps - BASE_STEPS))


def narrowest_width(steps: int) -> int:
    """The plot's width with a map of `steps` and the narrowest panel."""
    return PREFIX + 8 * steps + 1 + GAP + PANEL_MIN


def fit(max_width: int, height: int | None = None, fill: bool = False) -> PlotGeometry:
    """The largest plot within `max_width` columns and, when given, `height` lines.

    The map grows with the width, a step at a time, up to `WIDE_CAP` steps; with
    `fill`, up to `FILL_CAP` and as far as the height allows too. A height
    never makes the plot grow unless `fill` asks for it, only shrink: a
    container of auto height reports the plot's own height back to it.
    Narrower than the 80-column plot, the panel gives up columns first, then the
    map a step; narrower than the smallest, the plot is drawn at its smallest
    and its lines are cut by the caller's width.
    """
    cap = FILL_CAP if fill else WIDE_CAP

    def fits_height(steps: int) -> bool:
        return height is None or steps * 2 + 1 + EXTRA_LINES <= height

    sizes = range(SMALLEST, cap + 1)
    roomy = [s for s in sizes if natural_width(s) <= max_width and fits_height(s)]
    if roomy and max(roomy) >= BASE_STEPS:
        steps = max(roomy)
        return PlotGeometry(steps, natural_width(steps))
    squeezed = [s for s in sizes if narrowest_width(s) <= max_width and fits_height(s)]
    steps = max(squeezed, default=SMALLEST)
    return PlotGeometry(steps, max(narrowest_width(steps), min(max_width, natural_width(steps))))


BASE = PlotGeometry(BASE_STEPS, natural_width(BASE_STEPS))
"""The plot in an 80-column terminal: 76 columns and 18 lines."""
