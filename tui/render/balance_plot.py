"""The balance plot: the four pattern zones with the person's position, the tilt and the scores."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from itertools import zip_longest

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from tui.model.questionnaire import PATTERNS, SCALES, Pattern, Scale, Scoring
from tui.model.scoring import Result, classify
from tui.model.texts import Texts
from tui.render.wording import signed

WIDTH = 76
"""Columns the plot takes: it sits in an 80-column terminal with a margin."""
COLUMNS = 41
"""Map columns, 2.5 points each, so that 0, 50 and 100 fall on columns 0, 20 and 40."""
ROWS = 11
"""Map rows, 10 points each, 100 at the top."""
PREFIX = 5
"""Columns left of the map for the y-axis and its ticks, as in `100 ┤`."""
PANEL = PREFIX + COLUMNS + 3
"""Column where the score bars beside the map begin; each bar fills the rest."""
BAR = WIDTH - PANEL
READOUT = 9
"""Columns at the end of a bar's line for its score, as in ` 83 ± 10`."""
TILT = 41
"""Cells of the tilt axis, 5 points each from −100 to +100."""
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
SCALE_ZONE: Mapping[Scale, Pattern] = {
    "naerhed": "ambivalent",
    "selvrealisering": "undvigende",
    "desorganisering": "desorganiseret",
}
"""The zone each scale pulls towards, whose colour its bar takes."""

Spot = tuple[int, int]
"""A (row, column) on the map."""
Cell = tuple[str, str]
"""A character and its Rich style."""


def cell_point(spot: Spot) -> tuple[float, float]:
    """The (selvrealisering, naerhed) scores a map cell stands for."""
    row, column = spot
    return column * 100 / (COLUMNS - 1), (ROWS - 1 - row) * 100 / (ROWS - 1)


def zone_map(desorganisering: float, scoring: Scoring) -> list[list[Pattern]]:
    """The pattern of every map cell by `classify`, with desorganisering at the person's score.

    Holding it at the person's own score keeps the map honest: the zone under the
    marker is always the pattern the result names, and a high desorganisering
    score turns the whole map desorganiseret.
    """
    points = [[cell_point((row, column)) for column in range(COLUMNS)] for row in range(ROWS)]
    return [
        [
            classify(
                {"naerhed": y, "selvrealisering": x, "desorganisering": desorganisering}, scoring
            )
            for x, y in row
        ]
        for row in points
    ]


def spots_of(zones: Sequence[Sequence[Pattern]], zone: Pattern | None = None) -> list[Spot]:
    """Every spot of the map, or only those in one zone."""
    return [(r, c) for r in range(ROWS) for c in range(COLUMNS) if zone in (None, zones[r][c])]


def marker_spot(
    scores: Mapping[Scale, float], pattern: Pattern, zones: Sequence[Sequence[Pattern]]
) -> Spot:
    """The spot nearest the person's scores that lies inside their own pattern's zone."""
    x, y = scores["selvrealisering"], scores["naerhed"]

    def distance(spot: Spot) -> float:
        cx, cy = cell_point(spot)
        return (cx - x) ** 2 + (cy - y) ** 2

    return min(spots_of(zones, pattern) or spots_of(zones), key=distance)


def uncertainty_marks(spot: Spot, across: float, up: float) -> dict[Spot, str]:
    """The error bars around the marker, `├─●─┤` and `┬│●│┴`, capped only where they end.

    Args:
        spot: The marker's spot.
        across: Half-width of the selvrealisering interval, in points.
        up: Half-width of the naerhed interval, in points.
    """
    row, column = spot
    marks: dict[Spot, str] = {}
    reach = round(across * (COLUMNS - 1) / 100)
    left, right = column - reach, column + reach
    for c in range(max(0, left), min(COLUMNS - 1, right) + 1):
        marks[(row, c)] = "├" if c == left else "┤" if c == right else "─"
    reach = round(up * (ROWS - 1) / 100)
    top, bottom = row - reach, row + reach
    for r in range(max(0, top), min(ROWS - 1, bottom) + 1):
        marks[(r, column)] = "┬" if r == top else "┴" if r == bottom else "│"
    marks[spot] = MARKER
    return marks


def place_label(
    zones: Sequence[Sequence[Pattern]], zone: Pattern, lines: Sequence[str], taken: set[Spot]
) -> dict[Spot, str]:
    """Where a zone's label reads best: inside the zone, clear of the marks, near its middle.

    Returns:
        Each character of the label by its spot; empty when the zone is not on the map.
    """
    own = spots_of(zones, zone)
    if not own:
        return {}
    middle = (sum(r for r, _ in own) / len(own), sum(c for _, c in own) / len(own))
    width = min(COLUMNS, max(len(line) for line in lines))
    best: tuple[float, dict[Spot, str]] = (float("inf"), {})
    for top in range(ROWS - len(lines) + 1):
        for left in range(COLUMNS - width + 1):
            chars = {
                (top + i, left + (width - len(line[:width])) // 2 + j): char
                for i, line in enumerate(lines)
                for j, char in enumerate(line[:width])
            }
            padded = chars.keys() | {(r, c + d) for r, c in chars for d in (-1, 1)}
            above_below = {(r + d, c) for r, c in chars for d in (-1, 1)}
            outside = sum(zones[r][c] != zone for r, c in chars)
            edge = sum(not 0 <= c < COLUMNS or zones[r][c] != zone for r, c in padded)
            rows_off = top + (len(lines) - 1) / 2 - middle[0]
            columns_off = left + (width - 1) / 2 - middle[1]
            off_middle = (rows_off * 4) ** 2 + columns_off**2  # a row is 4 columns' worth of points
            clash = len(padded & taken) * 10_000 + len(above_below & taken) * 50
            cost = clash + outside * 1_000 + edge * 100 + off_middle
            if cost < best[0]:
                best = (cost, chars)
    return best[1]


def map_cells(
    result: Result, scoring: Scoring, texts: Texts, before: Result | None = None
) -> list[list[Cell]]:
    """The map as styled characters: zone fills, zone labels, then the marker and its error bars.

    With `before`, its position is marked `○` too, under the present one's marks.
    """
    zones = zone_map(result.scores["desorganisering"], scoring)
    cells = [
        [(FILL[zone] if (r + c) % 2 == 0 else " ", COLOUR[zone]) for c, zone in enumerate(row)]
        for r, row in enumerate(zones)
    ]
    spot = marker_spot(result.scores, classify(result.scores, scoring), zones)
    spread = result.uncertainty
    marks = uncertainty_marks(spot, spread["selvrealisering"], spread["naerhed"])
    if before is not None:
        earlier = marker_spot(before.scores, classify(before.scores, scoring), zones)
        marks = {earlier: EARLIER, **marks}
    taken = set(marks)
    for zone in PATTERNS:
        lines = [texts.patterns[zone].short]
        if zone == "tryg":
            lines.append(texts.t("plot.balanced"))
        label = place_label(zones, zone, lines, taken)
        for r, c in {(r, c + d) for r, c in label for d in (-1, 1)} & set(spots_of(zones)):
            cells[r][c] = (" ", "")
        for (r, c), char in label.items():
            # Text in the theme's text colour: a zone colour reads 3:1 on a light
            # background, and a 16-colour terminal turns tryg's green dark grey.
            cells[r][c] = (char, "bold")
        taken |= label.keys()
    for (r, c), char in marks.items():
        cells[r][c] = (char, "bold")
    return cells


def ticks(width: int, stops: Mapping[int, str]) -> str:
    """A line of `width` spaces with each tick label centred on its column."""
    line = [" "] * width
    for column, label in stops.items():
        start = max(0, min(width - len(label), column - (len(label) - 1) // 2))
        line[start : start + len(label)] = label
    return "".join(line)


def map_lines(
    result: Result, scoring: Scoring, texts: Texts, before: Result | None = None
) -> list[Text]:
    """The map framed by its axes: y-label, the rows with ticks, x-axis, x-ticks, x-label."""
    lines = [Text(" " * (PREFIX - 1) + "▲ " + texts.t("scale.naerhed"), style="bold")]
    y_ticks = {0: "100", (ROWS - 1) // 2: "50", ROWS - 1: "0"}
    for row, cells in enumerate(map_cells(result, scoring, texts, before)):
        tick = y_ticks.get(row)
        axis = f"{tick:>{PREFIX - 2}} ┤" if tick else " " * (PREFIX - 1) + "│"
        lines.append(Text.assemble((axis, "dim"), *cells))
    stops = {c: str(round(c * 100 / (COLUMNS - 1))) for c in (0, (COLUMNS - 1) // 2, COLUMNS - 1)}
    axis = "".join("┬" if c in stops else "─" for c in range(COLUMNS))
    lines.append(Text(" " * (PREFIX - 1) + "└" + axis, style="dim"))
    shifted = {PREFIX + c: label for c, label in stops.items()}
    lines.append(Text(ticks(PREFIX + COLUMNS + 1, shifted), style="dim"))
    x_label = texts.t("scale.selvrealisering") + " ▶"
    lines.append(Text(x_label.rjust(PREFIX + COLUMNS), style="bold"))
    return lines


def bar_line(score: float, cut_off: float, colour: str, width: int = BAR) -> Text:
    """A 0–100 bar: `█` up to the score, `░` beyond, `│` at the cut-off."""
    filled = round(score * width / 100)
    tick = min(width - 1, round(cut_off * width / 100))
    return Text.assemble(
        *(
            ("│", "bold") if cell == tick else ("█", colour) if cell < filled else ("░", "dim")
            for cell in range(width)
        )
    )


def panel_lines(result: Result, scoring: Scoring, texts: Texts) -> list[Text]:
    """Beside the map: a bar per scale under its full name, the key to the marks, a note if needed.

    The full name says what a drive score measures, one drive at the cost of the
    other: "Nærhed 17" alone would read as "little closeness". It takes two lines.
    """
    lines = []
    for scale in SCALES:
        cut_off = scoring.desorganisering if scale == "desorganisering" else scoring.over_weighted
        name = textwrap.wrap(texts.t(f"scale.{scale}"), BAR, max_lines=2, placeholder="…")
        lines += [Text(line, style="bold") for line in name]
        value = f"{result.scores[scale]:.0f} ± {result.uncertainty[scale]:.0f}"
        bar = bar_line(result.scores[scale], cut_off, COLOUR[SCALE_ZONE[scale]], BAR - READOUT)
        lines.append(bar + Text(value.rjust(READOUT)))
    lines.append(Text())
    lines.append(Text(f"│ {texts.t('plot.cut_off')}   {MARKER} {texts.t('plot.you')}", style="dim"))
    lines.append(Text(f"├─┤ {texts.t('plot.uncertainty')}", style="dim"))
    if result.scores["desorganisering"] >= scoring.desorganisering:
        note = textwrap.wrap(texts.t("plot.disorganised_map"), BAR)
        lines += [Text(line) for line in note]
    return lines


def tilt_cell(balance: float) -> int:
    """The cell of the tilt axis a balance falls on."""
    return min(TILT - 1, max(0, round((balance + 100) * (TILT - 1) / 200)))


def tilt_lines(result: Result, texts: Texts, before: Result | None = None) -> list[Text]:
    """The tilt between the drives, `nærhed ◀──┼──▶ selvrealisering`, and the balance ± 90%."""
    centre = (TILT - 1) // 2
    marker = tilt_cell(result.balance)
    earlier = tilt_cell(before.balance) if before is not None else None
    reach = round(result.balance_uncertainty * (TILT - 1) / 200)
    low, high = marker - reach, marker + reach
    left = texts.t("plot.closeness") + " ◀"
    # The words in the text colour (readable in every theme), the arrows in their zones'.
    line = Text.assemble((left[:-1], "bold"), (left[-1], f"bold {COLOUR['ambivalent']}"))
    for cell in range(TILT):
        char = "┼" if cell == centre else "─"
        if cell == marker:
            line.append(MARKER, "bold")
        elif cell == earlier:
            line.append(EARLIER, "bold")
        elif low <= cell <= high:
            line.append("├" if cell == low else "┤" if cell == high else char, "bold")
        else:
            line.append(char, COLOUR["ambivalent" if cell < centre else "undvigende"])
    line.append("▶", style=f"bold {COLOUR['undvigende']}")
    line.append(" " + texts.t("plot.self"), style="bold")
    stops = {len(left) + 0: "−100", len(left) + centre: "0", len(left) + TILT - 1: "+100"}
    numbers = ticks(len(left) + TILT + 3, stops)
    readout = texts.t(
        "plot.tilt", balance=signed(result.balance), uncertainty=result.balance_uncertainty
    )
    readout = readout.rjust(WIDTH - len(numbers))
    return [line, Text(numbers, style="dim") + Text(readout, style="bold")]


class BalancePlot:
    """A result drawn as a map of the four pattern zones, the tilt between the drives, three bars.

    A pure function of its inputs: the same result always draws the same lines,
    at most `WIDTH` columns wide and 18 lines high.
    """

    def __init__(
        self, result: Result, scoring: Scoring, texts: Texts, before: Result | None = None
    ) -> None:
        """Draw `result`; with `before`, mark that earlier result's position `○` as well."""
        self.result = result
        self.scoring = scoring
        self.texts = texts
        self.before = before

    def lines(self) -> list[Text]:
        """Every line of the plot: the map with the bars beside it, then the tilt."""
        left = map_lines(self.result, self.scoring, self.texts, self.before)
        right = panel_lines(self.result, self.scoring, self.texts)
        lines = [
            Text.assemble(map_line, " " * (PANEL - map_line.cell_len), panel_line)
            for map_line, panel_line in zip_longest(left, right, fillvalue=Text())
        ]
        return [*lines, Text(), *tilt_lines(self.result, self.texts, self.before)]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines():
            line.rstrip()
            line.truncate(options.max_width)
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(WIDTH, WIDTH)
