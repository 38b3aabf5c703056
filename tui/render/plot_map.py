"""The balance plot's map: the four pattern zones of the two drives, the position and its spread."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby

from rich.text import Text

from tui.model.questionnaire import PATTERNS, Pattern, Scale, Scoring
from tui.model.scoring import Result, classify
from tui.model.texts import Texts
from tui.render.plot_geometry import BASE, PREFIX, PlotGeometry

COLUMNS = BASE.columns
"""Map columns of the 80-column plot, 2.5 points each: 0, 50 and 100 fall on columns 0, 20, 40."""
ROWS = BASE.rows
"""Map rows of the 80-column plot, 10 points each, 100 at the top."""
MARKER = "●"
"""The person's position, on the map and on the tilt axis."""
EARLIER = "○"
"""An earlier position of the same person, when two results are compared."""
FILL: Mapping[Pattern, str] = {
    "tryg": " ",
    "ambivalent": "·",
    "undvigende": "╌",
    "desorganiseret": "×",
}
"""Each zone's fill, so the zones part without colour; the balanced middle is left quiet."""
COLOUR: Mapping[Pattern, str] = {
    "tryg": "#3c8c5c",
    "ambivalent": "#af6e33",
    "undvigende": "#537ebe",
    "desorganiseret": "#b05eb2",
}
"""One colour per zone, all of luminance ≈ 0.2: about 4:1 contrast on white and on near-black,
3.1:1 on the light theme's grey. For the fills, bars and arrows only (graphics, 3:1); the
plot's words are in the text colour, which reads 4.5:1 in every theme."""

Spot = tuple[int, int]
"""A (row, column) on the map."""
Cell = tuple[str, str]
"""A character and its Rich style."""
Zones = Sequence[Sequence[Pattern]]
"""The pattern of every map cell, row by row from the top."""


def cell_point(spot: Spot, columns: int = COLUMNS, rows: int = ROWS) -> tuple[float, float]:
    """The (selvrealisering, naerhed) scores a cell of a `columns` × `rows` map stands for."""
    row, column = spot
    return column * 100 / (columns - 1), (rows - 1 - row) * 100 / (rows - 1)


def zone_map(
    desorganisering: float, scoring: Scoring, columns: int = COLUMNS, rows: int = ROWS
) -> list[list[Pattern]]:
    """The pattern of every map cell by `classify`, with desorganisering held at one score.

    At or above its cut-off every cell is desorganiseret; the plot holds it below
    (see `drive_zones`) and shows the desorganisering score on its own gauge.
    """
    return [
        [
            classify(
                {"naerhed": y, "selvrealisering": x, "desorganisering": desorganisering}, scoring
            )
            for x, y in (cell_point((row, column), columns, rows) for column in range(columns))
        ]
        for row in range(rows)
    ]


def drive_zones(scoring: Scoring, columns: int = COLUMNS, rows: int = ROWS) -> list[list[Pattern]]:
    """The zones the two drives alone make: tryg, ambivalent, undvigende, and desorganiseret
    where both are strongly over-weighted. The map every result is drawn on."""
    return zone_map(0.0, scoring, columns, rows)


def drive_pattern(scores: Mapping[Scale, float], scoring: Scoring) -> Pattern:
    """The zone of the drive map a result's two drive scores fall in."""
    return classify({**scores, "desorganisering": 0.0}, scoring)


def spots_of(zones: Zones, zone: Pattern | None = None) -> list[Spot]:
    """Every spot of the map, or only those in one zone."""
    return [
        (r, c)
        for r, row in enumerate(zones)
        for c, cell in enumerate(row)
        if zone is None or cell == zone
    ]


def marker_spot(scores: Mapping[Scale, float], pattern: Pattern, zones: Zones) -> Spot:
    """The spot nearest the person's scores that lies inside `pattern`'s zone (anywhere, if the
    zone is not on the map)."""
    x, y = scores["selvrealisering"], scores["naerhed"]
    rows, columns = len(zones), len(zones[0])

    def distance(spot: Spot) -> float:
        cx, cy = cell_point(spot, columns, rows)
        return (cx - x) ** 2 + (cy - y) ** 2

    return min(spots_of(zones, pattern) or spots_of(zones), key=distance)


def uncertainty_marks(
    spot: Spot, across: float, up: float, columns: int = COLUMNS, rows: int = ROWS
) -> dict[Spot, str]:
    """The error bars around the marker, `├─●─┤` and `┬│●│┴`, capped only where they end.

    Args:
        spot: The marker's spot.
        across: Half-width of the selvrealisering interval, in points.
        up: Half-width of the naerhed interval, in points.
        columns: The map's columns.
        rows: The map's rows.
    """
    row, column = spot
    marks: dict[Spot, str] = {}
    reach = round(across * (columns - 1) / 100)
    left, right = column - reach, column + reach
    for c in range(max(0, left), min(columns - 1, right) + 1):
        marks[(row, c)] = "├" if c == left else "┤" if c == right else "─"
    reach = round(up * (rows - 1) / 100)
    top, bottom = row - reach, row + reach
    for r in range(max(0, top), min(rows - 1, bottom) + 1):
        marks[(r, column)] = "┬" if r == top else "┴" if r == bottom else "│"
    marks[spot] = MARKER
    return marks


def place_label(
    zones: Zones, zone: Pattern, lines: Sequence[str], taken: set[Spot]
) -> dict[Spot, str]:
    """Where a zone's label reads best: inside the zone, clear of the marks, near its middle.

    Every placement is weighed by its clashes with the marks, its characters
    outside the zone, the fill it touches and its distance from the zone's
    middle; the cheapest wins, the topmost and leftmost of equals. Placements
    are tried nearest the middle first, and the search stops where the distance
    alone costs more than the best so far: a large map stays quick.

    Returns:
        Each character of the label by its spot; empty when the zone is not on the map.
    """
    own = spots_of(zones, zone)
    if not own:
        return {}
    rows, columns = len(zones), len(zones[0])
    middle = (sum(r for r, _ in own) / len(own), sum(c for _, c in own) / len(own))
    width = min(columns, max(len(line) for line in lines))

    # A row is 4 columns' worth of points: its distance from the middle counts 4 times.
    row_off = [
        ((top + (len(lines) - 1) / 2 - middle[0]) * 4) ** 2 for top in range(rows - len(lines) + 1)
    ]
    column_off = [(left + (width - 1) / 2 - middle[1]) ** 2 for left in range(columns - width + 1)]
    places = sorted(
        (down + across, top, left)
        for top, down in enumerate(row_off)
        for left, across in enumerate(column_off)
    )
    best: tuple[float, Spot, dict[Spot, str]] = (float("inf"), (rows, columns), {})
    for distance, top, left in places:
        if distance > best[0]:
            break
        chars = {
            (top + i, left + (width - len(line[:width])) // 2 + j): char
            for i, line in enumerate(lines)
            for j, char in enumerate(line[:width])
        }
        padded = chars.keys() | {(r, c + d) for r, c in chars for d in (-1, 1)}
        above_below = {(r + d, c) for r, c in chars for d in (-1, 1)}
        outside = sum(zones[r][c] != zone for r, c in chars)
        edge = sum(not 0 <= c < columns or zones[r][c] != zone for r, c in padded)
        clash = len(padded & taken) * 10_000 + len(above_below & taken) * 50
        cost = clash + outside * 1_000 + edge * 100 + distance
        if (cost, (top, left)) < best[:2]:
            best = (cost, (top, left), chars)
    return best[2]


def map_cells(
    result: Result,
    scoring: Scoring,
    texts: Texts,
    before: Result | None = None,
    geometry: PlotGeometry = BASE,
) -> list[list[Cell]]:
    """The drive map as styled characters: zone fills, zone labels, the marker and its error bars.

    The map shows the two drives only, whatever the desorganisering score: every
    zone and its name stays in view and the marker stands where the person's
    drives put them. With `before`, its position is marked `○` too, under the
    present one's marks.
    """
    columns, rows = geometry.columns, geometry.rows
    zones = drive_zones(scoring, columns, rows)
    cells = [
        [(FILL[zone] if (r + c) % 2 == 0 else " ", COLOUR[zone]) for c, zone in enumerate(row)]
        for r, row in enumerate(zones)
    ]
    spot = marker_spot(result.scores, drive_pattern(result.scores, scoring), zones)
    spread = result.uncertainty
    marks = uncertainty_marks(spot, spread["selvrealisering"], spread["naerhed"], columns, rows)
    if before is not None:
        earlier = marker_spot(before.scores, drive_pattern(before.scores, scoring), zones)
        marks = {earlier: EARLIER, **marks}
    taken = set(marks)
    every_spot = set(spots_of(zones))
    for zone in PATTERNS:
        lines = [texts.patterns[zone].short]
        if zone == "tryg":
            lines.append(texts.t("plot.balanced"))
        label = place_label(zones, zone, lines, taken)
        for r, c in {(r, c + d) for r, c in label for d in (-1, 1)} & every_spot:
            cells[r][c] = (" ", "")
        for (r, c), char in label.items():
            # Text in the theme's text colour: a zone colour reads 3:1 on a light
            # background, and a 16-colour terminal turns tryg's green dark grey.
            cells[r][c] = (char, "bold")
        taken |= label.keys()
    for (r, c), char in marks.items():
        cells[r][c] = (char, "bold")
    return cells


def cells_text(cells: Sequence[Cell]) -> Text:
    """A row of cells as one Text, a span a run of one style; a blank carries no style."""
    text = Text("".join(char for char, _ in cells))
    start = 0
    for style, run in groupby(cells, lambda cell: "" if cell[0] == " " else cell[1]):
        end = start + sum(1 for _ in run)
        if style:
            text.stylize(style, start, end)
        start = end
    return text


def ticks(width: int, stops: Mapping[int, str]) -> str:
    """A line of `width` spaces with each tick label centred on its column."""
    line = [" "] * width
    for column, label in stops.items():
        start = max(0, min(width - len(label), column - (len(label) - 1) // 2))
        line[start : start + len(label)] = label
    return "".join(line)


def map_lines(
    result: Result,
    scoring: Scoring,
    texts: Texts,
    before: Result | None = None,
    geometry: PlotGeometry = BASE,
) -> list[Text]:
    """The map framed by its axes: y-label, the rows with ticks, x-axis, x-ticks, x-label."""
    columns, rows = geometry.columns, geometry.rows
    lines = [Text(" " * (PREFIX - 1) + "▲ " + texts.t("scale.naerhed"), style="bold")]
    y_ticks = {0: "100", (rows - 1) // 2: "50", rows - 1: "0"}
    for row, cells in enumerate(map_cells(result, scoring, texts, before, geometry)):
        tick = y_ticks.get(row)
        axis = f"{tick:>{PREFIX - 2}} ┤" if tick else " " * (PREFIX - 1) + "│"
        lines.append(Text.assemble((axis, "dim"), cells_text(cells)))
    stops = {c: str(round(c * 100 / (columns - 1))) for c in (0, (columns - 1) // 2, columns - 1)}
    axis = "".join("┬" if c in stops else "─" for c in range(columns))
    lines.append(Text(" " * (PREFIX - 1) + "└" + axis, style="dim"))
    shifted = {PREFIX + c: label for c, label in stops.items()}
    lines.append(Text(ticks(PREFIX + columns + 1, shifted), style="dim"))
    x_label = texts.t("scale.selvrealisering") + " ▶"
    lines.append(Text(x_label.rjust(PREFIX + columns), style="bold"))
    return lines
