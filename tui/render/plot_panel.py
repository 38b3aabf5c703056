"""The balance plot's gauges: a bar per scale beside the map, and the tilt between the drives."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from rich.text import Text

from tui.model.questionnaire import SCALES, Pattern, Scale, Scoring
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.render.plot_geometry import BASE, READOUT, PlotGeometry
from tui.render.plot_map import COLOUR, EARLIER, MARKER, ticks
from tui.render.wording import signed

SCALE_ZONE: Mapping[Scale, Pattern] = {
    "naerhed": "ambivalent",
    "selvrealisering": "undvigende",
    "desorganisering": "desorganiseret",
}
"""The zone each scale pulls towards, whose colour its bar takes."""
MAX_GAP = 2
"""Blank lines at most between two bars, where a tall map leaves room beside it."""


def bar_line(
    score: float, cut_off: float, colour: str, width: int, earlier: float | None = None
) -> Text:
    """A 0–100 bar: `█` up to the score, `░` beyond, `│` at the cut-off, `○` at an earlier score."""
    filled = round(score * width / 100)
    tick = min(width - 1, round(cut_off * width / 100))
    was = None if earlier is None else min(width - 1, round(earlier * width / 100))
    return Text.assemble(
        *(
            (EARLIER, "bold")
            if cell == was
            else ("│", "bold")
            if cell == tick
            else ("█", colour)
            if cell < filled
            else ("░", "dim")
            for cell in range(width)
        )
    )


def gauge(
    result: Result,
    scale: Scale,
    scoring: Scoring,
    texts: Texts,
    width: int,
    before: Result | None = None,
) -> list[Text]:
    """A scale's name (two lines at most), its bar with the cut-off, and its score ± spread;
    with `before`, that earlier score marked `○` on the bar.

    The full name says what a drive score measures, one drive at the cost of the
    other: "Nærhed 17" alone would read as "little closeness". The desorganisering
    gauge, at or over its cut-off, says under its bar what that means for the pattern.
    """
    cut_off = scoring.desorganisering if scale == "desorganisering" else scoring.over_weighted
    name = textwrap.wrap(
        texts.t(f"scale.{scale}"), width, max_lines=2, placeholder="…", break_on_hyphens=False
    )
    value = f"{result.scores[scale]:.0f} ± {result.uncertainty[scale]:.0f}"
    earlier = None if before is None else before.scores[scale]
    colour = COLOUR[SCALE_ZONE[scale]]
    bar = bar_line(result.scores[scale], cut_off, colour, width - READOUT, earlier)
    lines = [*(Text(line, style="bold") for line in name), bar + Text(value.rjust(READOUT))]
    if scale == "desorganisering" and result.scores[scale] >= cut_off:
        note = textwrap.wrap(
            texts.t("plot.disorganised", you=MARKER), width, break_on_hyphens=False
        )
        lines += [Text(line, style="bold") for line in note]
    return lines


def panel_lines(
    result: Result,
    scoring: Scoring,
    texts: Texts,
    geometry: PlotGeometry = BASE,
    before: Result | None = None,
) -> list[Text]:
    """Beside the map: a gauge per scale, then the key to the marks.

    The gauges stand close in the 80-column plot and spread out, up to `MAX_GAP`
    blank lines apart, beside a taller map; one blank line parts the key from
    them where the map leaves room for it.
    """
    gauges = [gauge(result, scale, scoring, texts, geometry.bar, before) for scale in SCALES]
    key = [
        Text(f"│ {texts.t('plot.cut_off')}   {MARKER} {texts.t('plot.you')}", style="dim"),
        Text(f"├─┤ {texts.t('plot.uncertainty')}", style="dim"),
    ]
    slack = geometry.beside - sum(map(len, gauges)) - len(key)
    before_key = min(1, max(0, slack))
    between = min(MAX_GAP, max(0, (slack - before_key - 3) // 2))
    lines: list[Text] = []
    for number, lines_of_gauge in enumerate(gauges):
        lines += [Text()] * (between if number else 0) + lines_of_gauge
    return [*lines, *[Text()] * before_key, *key]


def tilt_cell(balance: float, cells: int = BASE.tilt) -> int:
    """The cell of a tilt axis of `cells` a balance falls on."""
    return min(cells - 1, max(0, round((balance + 100) * (cells - 1) / 200)))


def tilt_lines(
    result: Result, texts: Texts, before: Result | None = None, geometry: PlotGeometry = BASE
) -> list[Text]:
    """The tilt between the drives, `nærhed ◀──┼──▶ selvrealisering`, and the balance ± 90%."""
    cells = geometry.tilt
    centre = (cells - 1) // 2
    marker = tilt_cell(result.balance, cells)
    earlier = tilt_cell(before.balance, cells) if before is not None else None
    reach = round(result.balance_uncertainty * (cells - 1) / 200)
    low, high = marker - reach, marker + reach
    left = texts.t("plot.closeness") + " ◀"
    # The words in the text colour (readable in every theme), the arrows in their zones'.
    line = Text.assemble((left[:-1], "bold"), (left[-1], f"bold {COLOUR['ambivalent']}"))
    for cell in range(cells):
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
    stops = {len(left) + 0: "−100", len(left) + centre: "0", len(left) + cells - 1: "+100"}
    numbers = ticks(len(left) + cells + 3, stops)
    readout = texts.t(
        "plot.tilt", balance=signed(result.balance), uncertainty=result.balance_uncertainty
    )
    # Under the axis' right end, clear of its +100; in the 80-column plot, at its right edge.
    end = min(geometry.width, max(line.cell_len, len(numbers) + 4 + len(readout), BASE.width))
    readout = readout.rjust(end - len(numbers))
    return [line, Text(numbers, style="dim") + Text(readout, style="bold")]
