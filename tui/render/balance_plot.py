"""The balance plot: the pattern zones with the person's position, the tilt and the scores."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from tui.model.questionnaire import PATTERNS, Scoring
from tui.model.scoring import Result, classify
from tui.model.texts import Texts

WIDTH = 76
"""Columns the plot takes: it sits in an 80-column terminal with a margin."""
COLUMNS = 41
"""Map columns, 2.5 points each, so that 0, 50 and 100 fall on columns 0, 20 and 40."""
ROWS = 11
"""Map rows, 10 points each, 100 at the top."""
PREFIX = 5
"""Columns left of the map for the y-axis ticks, as in `100 ┤`."""
PANEL = PREFIX + COLUMNS + 3
"""Column where the score bars beside the map begin."""
BAR = WIDTH - PANEL
"""Cells of a score bar."""
TILT = 41
"""Cells of the tilt axis, 5 points each from −100 to +100."""
MARKER = "●"
"""The person's position, on the map and on the tilt axis."""
FILL: Mapping[str, str] = {"tryg": " ", "ambivalent": "·", "undvigende": "╌", "desorganiseret": "×"}
"""Each zone's fill, so the zones part without colour; the balanced middle is left quiet."""
COLOUR: Mapping[str, str] = {
    "tryg": "#3c8c5c",
    "ambivalent": "#af6e33",
    "undvigende": "#537ebe",
    "desorganiseret": "#b05eb2",
}
"""One mid-luminance colour per zone, readable on light and dark backgrounds."""
BAR_COLOUR: Mapping[str, str] = {
    "naerhed": COLOUR["ambivalent"],
    "selvrealisering": COLOUR["undvigende"],
    "desorganisering": COLOUR["desorganiseret"],
}
"""Each scale drawn in the colour of the zone it pulls towards."""

Cell = tuple[str, str]
"""One character of the plot and its Rich style."""


def signed(value: float) -> str:
    """A whole number with its sign, using a true minus: `−12`, `0`, `+7`."""
    number = round(value)
    return "0" if number == 0 else f"{'+' if number > 0 else '−'}{abs(number)}"


def cell_point(row: int, column: int) -> tuple[float, float]:
    """The (selvrealisering, naerhed) scores a map cell stands for."""
    return column * 100 / (COLUMNS - 1), (ROWS - 1 - row) * 100 / (ROWS - 1)


def zone_map(desorganisering: float, scoring: Scoring) -> list[list[str]]:
    """The pattern of every map cell by `classify`, desorganisering held at the person's score.

    Holding it at the person's own score keeps the map honest: the zone under the
    marker is always the pattern the result names.
    """
    zones: list[list[str]] = []
    for row in range(ROWS):
        line: list[str] = []
        for column in range(COLUMNS):
            x, y = cell_point(row, column)
            scores = {"naerhed": y, "selvrealisering": x, "desorganisering": desorganisering}
            line.append(classify(scores, scoring))
        zones.append(line)
    return zones


def marker_cell(scores: Mapping[str, float], pattern: str, zones: Sequence[Sequence[str]]) -> tuple[int, int]:
    """The map cell nearest the person's scores that lies inside their own pattern's zone."""
    x, y = scores["selvrealisering"], scores["naerhed"]
    cells = [(r, c) for r in range(ROWS) for c in range(COLUMNS)]
    inside = [cell for cell in cells if zones[cell[0]][cell[1]] == pattern] or cells

    def distance(cell: tuple[int, int]) -> float:
        cx, cy = cell_point(*cell)
        return (cx - x) ** 2 + (cy - y) ** 2

    return min(inside, key=distance)


def uncertainty_marks(cell: tuple[int, int], across: float, up: float) -> dict[tuple[int, int], str]:
    """The error bars around the marker: `├─●─┤` across and `┬│●│┴` up, capped where they end.

    Args:
        cell: The marker's (row, column).
        across: Half-width of the selvrealisering interval, in points.
        up: Half-width of the naerhed interval, in points.
    """
    row, column = cell
    marks: dict[tuple[int, int], str] = {}
    reach = round(across * (COLUMNS - 1) / 100)
    left, right = column - reach, column + reach
    for c in range(max(0, left), min(COLUMNS - 1, right) + 1):
        marks[(row, c)] = "├" if c == left else "┤" if c == right else "─"
    reach = round(up * (ROWS - 1) / 100)
    top, bottom = row - reach, row + reach
    for r in range(max(0, top), min(ROWS - 1, bottom) + 1):
        marks[(r, column)] = "┬" if r == top else "┴" if r == bottom else "│"
    return marks


def cells_of(zones: Sequence[Sequence[str]]) -> set[tuple[int, int]]:
    """Every (row, column) of the map."""
    return {(r, c) for r in range(len(zones)) for c in range(len(zones[r]))}


def place_label(
    zones: Sequence[Sequence[str]], pattern: str, lines: Sequence[str], taken: set[tuple[int, int]]
) -> dict[tuple[int, int], str]:
    """Where a zone's label sits best: inside its zone, clear of the marks, near the zone's middle.

    Returns:
        Each label character by its cell; empty when the zone has no cells.
    """
    own = [(r, c) for r in range(ROWS) for c in range(COLUMNS) if zones[r][c] == pattern]
    if not own:
        return {}
    middle_row = sum(r for r, _ in own) / len(own)
    middle_column = sum(c for _, c in own) / len(own)
    width = min(COLUMNS, max(len(line) for line in lines))
    best: tuple[float, dict[tuple[int, int], str]] | None = None
    for top in range(ROWS - len(lines) + 1):
        for left in range(COLUMNS - width + 1):
            chars: dict[tuple[int, int], str] = {}
            for offset, line in enumerate(lines):
                start = left + (width - len(line[:width])) // 2
                for i, char in enumerate(line[:width]):
                    chars[(top + offset, start + i)] = char
            padded = chars.keys() | {(r, c + d) for r, c in chars for d in (-1, 1)}
            outside = sum(zones[r][c] != pattern for r, c in chars)
            edge = sum(not (0 <= c < COLUMNS) or zones[r][c] != pattern for r, c in padded)
            clash = len(padded & taken)
            centre = (top + (len(lines) - 1) / 2 - middle_row) ** 2 * 16 + (
                left + width / 2 - middle_column
            ) ** 2
            cost = clash * 10_000 + outside * 1_000 + edge * 100 + centre
            if best is None or cost < best[0]:
                best = (cost, chars)
    return best[1] if best else {}


def map_cells(result: Result, scoring: Scoring, texts: Texts) -> list[list[Cell]]:
    """The map as styled characters: zone fills, zone labels, error bars and the marker."""
    zones = zone_map(result.scores["desorganisering"], scoring)
    cells = [
        [(FILL[zone] if (r + c) % 2 == 0 else " ", COLOUR[zone]) for c, zone in enumerate(row)]
        for r, row in enumerate(zones)
    ]
    pattern = classify(result.scores, scoring)
    marker = marker_cell(result.scores, pattern, zones)
    marks = uncertainty_marks(
        marker, result.uncertainty["selvrealisering"], result.uncertainty["naerhed"]
    )
    marks[marker] = MARKER
    taken = set(marks)
    for zone in PATTERNS:
        lines = [texts.patterns[zone].short]
        if zone == "tryg":
            lines.append(texts.t("plot.balanced"))
        label = place_label(zones, zone, lines, taken)
        for r, c in {(r, c + d) for r, c in label for d in (-1, 1)} & cells_of(zones):
            cells[r][c] = (" ", "")
        for (r, c), char in label.items():
            cells[r][c] = (char, f"bold {COLOUR[zone]}")
        taken |= label.keys()
    for (r, c), char in marks.items():
        cells[r][c] = (char, "bold")
    return cells


def map_lines(result: Result, scoring: Scoring, texts: Texts) -> list[Text]:
    """The map framed by its axes: y-label, grid rows with ticks, x-axis, x-ticks, x-label."""
    lines = [Text(" " * (PREFIX - 1) + "▲ " + texts.t("scale.naerhed"), style="bold")]
    ticks = {0: "100", (ROWS - 1) // 2: "50", ROWS - 1: "0"}
    for row, cells in enumerate(map_cells(result, scoring, texts)):
        tick = ticks.get(row)
        line = Text(f"{tick:>{PREFIX - 2}} ┤" if tick else " " * (PREFIX - 1) + "│", style="dim")
        for char, style in cells:
            line.append(char, style)
        lines.append(line)
    stops = (0, (COLUMNS - 1) // 2, COLUMNS - 1)
    axis = "".join("┬" if c in stops else "─" for c in range(COLUMNS))
    lines.append(Text(" " * (PREFIX - 1) + "└" + axis, style="dim"))
    numbers = [" "] * (PREFIX + COLUMNS + 1)
    for stop in stops:
        label = str(round(stop * 100 / (COLUMNS - 1)))
        start = PREFIX + stop - (len(label) - 1) // 2
        numbers[start : start + len(label)] = label
    lines.append(Text("".join(numbers), style="dim"))
    x_label = texts.t("scale.selvrealisering") + " ▶"
    lines.append(Text(x_label.rjust(PREFIX + COLUMNS), style="bold"))
    return lines


def bar_line(score: float, cut_off: float, colour: str) -> Text:
    """A 0–100 bar: filled to the score, with `│` at the cut-off."""
    filled = round(score * BAR / 100)
    tick = min(BAR - 1, round(cut_off * BAR / 100))
    line = Text()
    for cell in range(BAR):
        if cell == tick:
            line.append("│", "bold")
        elif cell < filled:
            line.append("█", colour)
        else:
            line.append("░", "dim")
    return line


def panel_lines(result: Result, scoring: Scoring, texts: Texts) -> list[Text]:
    """Beside the map: a labelled bar per scale, the key to the marks, a note if needed."""
    lines = [Text()]
    for scale in ("naerhed", "selvrealisering", "desorganisering"):
        cut_off = scoring.desorganisering if scale == "desorganisering" else scoring.over_weighted
        value = f"{result.scores[scale]:.0f} ± {result.uncertainty[scale]:.0f}"
        name = texts.t(f"scale_short.{scale}")[: BAR - len(value) - 1]
        lines += [
            Text(name, style="bold") + Text(value.rjust(BAR - len(name))),
            bar_line(result.scores[scale], cut_off, BAR_COLOUR[scale]),
            Text(),
        ]
    lines.append(Text(f"│ {texts.t('plot.cut_off')}   {MARKER} {texts.t('plot.you')}", style="dim"))
    lines.append(Text(f"├─┤ {texts.t('plot.uncertainty')}", style="dim"))
    if result.scores["desorganisering"] >= scoring.desorganisering:
        note = textwrap.wrap(texts.t("plot.disorganised_map"), BAR)
        lines += [Text(line, style=COLOUR["desorganiseret"]) for line in note]
    return lines


def tilt_lines(result: Result, texts: Texts) -> list[Text]:
    """The tilt between the drives: `nærhed ◀──┼──▶ selvrealisering`, −100 to +100."""
    def at(balance: float) -> int:
        return round((balance + 100) * (TILT - 1) / 200)

    centre = (TILT - 1) // 2
    marker = min(TILT - 1, max(0, at(result.balance)))
    low = at(result.balance - result.balance_uncertainty)
    high = at(result.balance + result.balance_uncertainty)
    left = texts.t("plot.closeness") + " ◀"
    line = Text(left, style=f"bold {COLOUR['ambivalent']}")
    for cell in range(TILT):
        side = COLOUR["ambivalent"] if cell < centre else COLOUR["undvigende"]
        if cell == marker:
            line.append(MARKER, "bold")
        elif low <= cell <= high:
            line.append("├" if cell == low else "┤" if cell == high else "┼" if cell == centre else "─", "bold")
        else:
            line.append("┼" if cell == centre else "─", side)
    line.append("▶ " + texts.t("plot.self"), style=f"bold {COLOUR['undvigende']}")
    numbers = [" "] * (len(left) + TILT + 4)
    for cell, label in ((0, "−100"), (centre, "0"), (TILT - 1, "+100")):
        start = len(left) + cell - (len(label) - 1) // 2
        numbers[start : start + len(label)] = label
    readout = texts.t(
        "plot.tilt", balance=signed(result.balance), uncertainty=result.balance_uncertainty
    )
    ticks = Text("".join(numbers), style="dim")
    ticks.append(readout.rjust(WIDTH - len(numbers)), style="bold")
    return [line, ticks]


class BalancePlot:
    """The person's scores drawn as a map of the four patterns, a tilt axis and three bars."""

    def __init__(self, result: Result, scoring: Scoring, texts: Texts) -> None:
        self.result = result
        self.scoring = scoring
        self.texts = texts

    def lines(self) -> list[Text]:
        """Every line of the plot, at most `WIDTH` columns and 18 lines."""
        left = map_lines(self.result, self.scoring, self.texts)
        right = panel_lines(self.result, self.scoring, self.texts)
        lines = []
        for row, line in enumerate(left):
            line = line.copy()
            line.pad_right(PANEL - line.cell_len)
            if row < len(right):
                line.append_text(right[row])
            lines.append(line)
        return [*lines, Text(), *tilt_lines(self.result, self.texts)]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines():
            line.rstrip()
            line.truncate(options.max_width)
            yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(WIDTH, WIDTH)
