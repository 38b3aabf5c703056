"""The balance plot as SVG for the HTML report: the zones, the position, the scores and the tilt."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping
from html import escape

from tui.model.questionnaire import PATTERNS, SCALES, Pattern, Scale, Scoring
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.render.balance_plot import COLOUR, SCALE_ZONE
from tui.render.wording import signed

Point = tuple[float, float]
"""A point in score space: (selvrealisering, naerhed), each 0–100."""

WIDTH, HEIGHT = 640, 420
"""The drawing's own units; the page scales it to its width."""
MAP_X, MAP_Y, MAP_SIZE = 52, 40, 260
"""The map's left and top edges and its side: naerhed up, selvrealisering across."""
PANEL_X = 350
"""Where the score bars beside the map begin."""
BAR_WIDTH = 200
TILT_Y = 380
"""The tilt axis's line."""
TILT_LEFT, TILT_RIGHT = 150, 470
INK = "#111111"
"""Lines, marks and words: shape and text carry the meaning, in any printer's grey."""
NAME_CHARACTERS = 44
"""A scale's name is wrapped at this many characters to stay clear of the bar's readout."""


def zone_polygons(scoring: Scoring) -> dict[Pattern, list[Point]]:
    """Each pattern's zone on the map, drawn from the cut-offs `classify` uses.

    The map shows the two drives with desorganisering below its cut-off: a high
    desorganisering score is its own mark beside the map, so the person still sees
    where they stand between the drives. Secure where neither drive reaches
    `over_weighted`; disorganised where both reach `both_high`; between, the side
    that weighs more (the diagonal). Tests hold these against `classify`.
    """
    low, high = scoring.over_weighted, scoring.both_high
    return {
        "tryg": [(0, 0), (low, 0), (low, low), (0, low)],
        "ambivalent": [(0, low), (low, low), (high, high), (high, 100), (0, 100)],
        "undvigende": [(low, 0), (100, 0), (100, high), (high, high), (low, low)],
        "desorganiseret": [(high, high), (100, high), (100, 100), (high, 100)],
    }


def label_spots(scoring: Scoring) -> dict[Pattern, Point]:
    """Where each zone's name sits: the middle of the largest rectangle wholly inside the zone."""
    low, high = scoring.over_weighted, scoring.both_high
    return {
        "tryg": (low / 2, low / 2),
        "ambivalent": (low / 2, (low + 100) / 2),
        "undvigende": ((low + 100) / 2, low / 2),
        "desorganiseret": ((high + 100) / 2, (high + 100) / 2),
    }


def map_x(score: float) -> float:
    """The drawing's x of a selvrealisering score."""
    return round(MAP_X + max(0.0, min(100.0, score)) * MAP_SIZE / 100, 1)


def map_y(score: float) -> float:
    """The drawing's y of a naerhed score (100 at the top)."""
    return round(MAP_Y + (100 - max(0.0, min(100.0, score))) * MAP_SIZE / 100, 1)


def tint(colour: str, share: float) -> str:
    """`colour` mixed with white, `share` of it left: light fills that print as light grey."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02x}" for c in channels)


def text(x: float, y: float, words: str, css: str = "", anchor: str = "start") -> str:
    """One line of words, escaped: text from files is never markup."""
    return (
        f'<text x="{x}" y="{y}" text-anchor="{anchor}" class="{css}">{escape(words)}</text>'
        if css
        else f'<text x="{x}" y="{y}" text-anchor="{anchor}">{escape(words)}</text>'
    )


def whisker(x1: float, y1: float, x2: float, y2: float, caps: tuple[bool, bool]) -> str:
    """A line with a short cap across each end that is not cut off by the axis (`├─┤`)."""
    parts = [f"M{x1} {y1}L{x2} {y2}"]
    horizontal = y1 == y2
    for (x, y), capped in zip(((x1, y1), (x2, y2)), caps, strict=True):
        if capped:
            parts.append(f"M{x} {y - 5}v10" if horizontal else f"M{x - 5} {y}h10")
    return f'<path d="{"".join(parts)}" class="whisker"/>'


def fills() -> str:
    """One fill a zone: a light tint under a pattern of its own (dots, dashes, crosses)."""
    marks: Mapping[Pattern, str] = {
        "tryg": "",
        "ambivalent": '<circle cx="3" cy="3" r="1"/>',
        "undvigende": '<path d="M0.5 3h4" stroke-width="1"/>',
        "desorganiseret": '<path d="M1 1l4 4M5 1l-4 4" stroke-width="0.9"/>',
    }
    return "".join(
        f'<pattern id="fill-{zone}" width="6" height="6" patternUnits="userSpaceOnUse">'
        f'<rect width="6" height="6" fill="{tint(COLOUR[zone], 0.18)}"/>'
        f'<g fill="{COLOUR[zone]}" stroke="{COLOUR[zone]}">{marks[zone]}</g></pattern>'
        for zone in PATTERNS
    )


def zone_label(zone: Pattern, spot: Point, you: Point, texts: Texts) -> str:
    """A zone's name (and, for tryg, that it is the balanced middle), moved off the marker."""
    lines = [texts.patterns[zone].short]
    if zone == "tryg":
        lines.append(texts.t("plot.balanced"))
    x, y = map_x(spot[0]), map_y(spot[1])
    px, py = map_x(you[0]), map_y(you[1])
    if abs(px - x) < 55 and abs(py - y) < 24:
        y += 28 if py <= y else -28
    top = y - 7 * (len(lines) - 1)
    return "".join(
        text(x, round(top + 14 * i + 4, 1), line, "zone-name" if i == 0 else "zone-note", "middle")
        for i, line in enumerate(lines)
    )


def map_svg(result: Result, scoring: Scoring, texts: Texts) -> list[str]:
    """The map: zones with their edges and names, axes and ticks, the position and its spread."""
    you = (result.scores["selvrealisering"], result.scores["naerhed"])
    parts = []
    for zone, polygon in zone_polygons(scoring).items():
        points = " ".join(f"{map_x(s)},{map_y(n)}" for s, n in polygon)
        parts.append(f'<polygon points="{points}" fill="url(#fill-{zone})" class="zone"/>')
    parts += [zone_label(zone, spot, you, texts) for zone, spot in label_spots(scoring).items()]
    parts.append(
        f'<rect x="{MAP_X}" y="{MAP_Y}" width="{MAP_SIZE}" height="{MAP_SIZE}" class="frame"/>'
    )
    for value in (0, 50, 100):
        x, y = map_x(value), map_y(value)
        bottom = MAP_Y + MAP_SIZE
        parts.append(f'<path d="M{x} {bottom}v5M{MAP_X} {y}h-5" class="tick"/>')
        parts.append(text(x, bottom + 17, str(value), "tick-label", "middle"))
        parts.append(text(MAP_X - 8, y + 4, str(value), "tick-label", "end"))
    parts.append(f'<path d="M{MAP_X} {MAP_Y - 6}l-4 8h8z" class="arrow"/>')
    parts.append(text(MAP_X + 8, MAP_Y - 8, texts.t("scale.naerhed"), "axis-name"))
    right = MAP_X + MAP_SIZE
    parts.append(
        text(right, MAP_Y + MAP_SIZE + 36, texts.t("scale.selvrealisering"), "axis-name", "end")
    )
    parts.append(f'<path d="M{right + 14} {MAP_Y + MAP_SIZE + 32}l-8 -4v8z" class="arrow"/>')
    parts += position_svg(result)
    return parts


def position_svg(result: Result) -> list[str]:
    """The person's point with the 90% interval of each drive score as a whisker through it."""
    s, n = result.scores["selvrealisering"], result.scores["naerhed"]
    across, up = result.uncertainty["selvrealisering"], result.uncertainty["naerhed"]
    x, y = map_x(s), map_y(n)
    return [
        whisker(map_x(s - across), y, map_x(s + across), y, (s - across >= 0, s + across <= 100)),
        whisker(x, map_y(n + up), x, map_y(n - up), (n + up <= 100, n - up >= 0)),
        f'<circle cx="{x}" cy="{y}" r="5.5" class="you" id="plot-you"/>',
    ]


def cut_off_of(scale: Scale, scoring: Scoring) -> float:
    """The cut-off a scale's bar marks."""
    return scoring.desorganisering if scale == "desorganisering" else scoring.over_weighted


def bar_svg(result: Result, scale: Scale, scoring: Scoring, texts: Texts, top: float) -> list[str]:
    """One scale: its full name, a 0–100 bar filled to the score, the interval, the cut-off."""
    names = textwrap.wrap(texts.t(f"scale.{scale}"), NAME_CHARACTERS)
    parts = [text(PANEL_X, top + 12 * i, line, "bar-name") for i, line in enumerate(names)]
    y = top + 12 * (len(names) - 1) + 8
    value, spread = result.scores[scale], result.uncertainty[scale]

    def at(score: float) -> float:
        return round(PANEL_X + max(0.0, min(100.0, score)) * BAR_WIDTH / 100, 1)

    zone = SCALE_ZONE[scale]
    parts += [
        f'<rect x="{PANEL_X}" y="{y}" width="{BAR_WIDTH}" height="12" class="bar-frame"/>',
        f'<rect x="{PANEL_X}" y="{y}" width="{at(value) - PANEL_X}" height="12" '
        f'fill="{tint(COLOUR[zone], 0.45)}" class="bar-fill" id="bar-{scale}"/>',
        f'<path d="M{at(value)} {y}v12" class="bar-score"/>',
        whisker(at(value - spread), y + 6, at(value + spread), y + 6, (True, True)),
        f'<path d="M{at(cut_off_of(scale, scoring))} {y - 4}v20" class="cut-off"/>',
        text(PANEL_X + BAR_WIDTH + 8, y + 10, f"{value:.0f} ± {spread:.0f}", "readout"),
    ]
    return parts


def panel_svg(result: Result, scoring: Scoring, texts: Texts) -> list[str]:
    """Beside the map: a bar per scale (desorganisering its own mark), the key to the marks."""
    parts: list[str] = []
    top = MAP_Y - 8
    for scale in SCALES:
        parts += bar_svg(result, scale, scoring, texts, top)
        top += 62
    if result.scores["desorganisering"] >= scoring.desorganisering:
        lines = textwrap.wrap(texts.t("report.disorganised"), NAME_CHARACTERS + 4)
        parts += [
            text(PANEL_X, top - 16 + 13 * i, line, "disorganised-note")
            for i, line in enumerate(lines)
        ]
        parts.append(
            f'<path d="M{PANEL_X - 8} {top - 28}v{13 * len(lines) + 4}" class="note-rule"/>'
        )
        top += 13 * len(lines)
    key_y = max(top + 4, MAP_Y + MAP_SIZE - 24)
    parts += [
        f'<circle cx="{PANEL_X + 5}" cy="{key_y - 4}" r="5" class="you"/>',
        text(PANEL_X + 16, key_y, texts.t("plot.you"), "key"),
        whisker(PANEL_X + 70, key_y - 4, PANEL_X + 92, key_y - 4, (True, True)),
        text(PANEL_X + 100, key_y, texts.t("plot.uncertainty"), "key"),
        f'<path d="M{PANEL_X + 5} {key_y + 10}v16" class="cut-off"/>',
        text(PANEL_X + 16, key_y + 22, texts.t("plot.cut_off"), "key"),
    ]
    return parts


def tilt_svg(result: Result, texts: Texts) -> list[str]:
    """The tilt between the drives, −100 (all closeness) to +100, with its 90% interval."""

    def at(balance: float) -> float:
        share = (max(-100.0, min(100.0, balance)) + 100) / 200
        return round(TILT_LEFT + share * (TILT_RIGHT - TILT_LEFT), 1)

    y = TILT_Y
    low, high = (
        result.balance - result.balance_uncertainty,
        result.balance + result.balance_uncertainty,
    )
    parts = [
        f'<path d="M{TILT_LEFT} {y}H{TILT_RIGHT}" class="axis"/>',
        f'<path d="M{TILT_LEFT - 2} {y}l8 -4v8zM{TILT_RIGHT + 2} {y}l-8 -4v8z" class="arrow"/>',
        text(TILT_LEFT - 8, y + 4, texts.t("plot.closeness"), "axis-name", "end"),
        text(TILT_RIGHT + 8, y + 4, texts.t("plot.self"), "axis-name"),
    ]
    for value, label in ((-100, "−100"), (0, "0"), (100, "+100")):
        parts.append(f'<path d="M{at(value)} {y - 4}v8" class="tick"/>')
        parts.append(text(at(value), y + 20, label, "tick-label", "middle"))
    parts += [
        whisker(at(low), y, at(high), y, (low >= -100, high <= 100)),
        f'<circle cx="{at(result.balance)}" cy="{y}" r="5.5" class="you" id="tilt-you"/>',
        text(
            TILT_RIGHT,
            y + 34,
            texts.t(
                "plot.tilt", balance=signed(result.balance), uncertainty=result.balance_uncertainty
            ),
            "readout",
            "end",
        ),
    ]
    return parts


STYLE = f"""
.zone {{ stroke: {INK}; stroke-width: 1; }}
.frame {{ fill: none; stroke: {INK}; stroke-width: 1.2; }}
.tick, .axis {{ stroke: {INK}; stroke-width: 1; fill: none; }}
.arrow {{ fill: {INK}; }}
.whisker {{ stroke: {INK}; stroke-width: 1.6; fill: none; }}
.you {{ fill: {INK}; stroke: #ffffff; stroke-width: 1.5; }}
.bar-frame {{ fill: #ffffff; stroke: {INK}; stroke-width: 1; }}
.bar-score {{ stroke: {INK}; stroke-width: 2.5; }}
.cut-off {{ stroke: {INK}; stroke-width: 1.6; stroke-dasharray: 3 2; }}
.note-rule {{ stroke: {INK}; stroke-width: 2; }}
text {{ fill: {INK}; font-size: 11px; }}
.zone-name, .zone-note {{ paint-order: stroke; stroke: #ffffff; stroke-width: 3.5px;
  stroke-linejoin: round; }}
.zone-name {{ font-weight: bold; font-size: 12px; }}
.zone-note {{ font-style: italic; }}
.axis-name, .bar-name, .readout {{ font-weight: bold; }}
.tick-label, .key {{ font-size: 10px; }}
"""


def plot_svg(result: Result, scoring: Scoring, texts: Texts) -> str:
    """The whole plot as one inline `<svg>`, escaped throughout and loading nothing."""
    title = escape(texts.t("plot.title"))
    parts: Iterable[str] = [
        *map_svg(result, scoring, texts),
        *panel_svg(result, scoring, texts),
        *tilt_svg(result, texts),
    ]
    return (
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="plot-title" class="balance-plot">'
        f'<title id="plot-title">{title}</title><style>{STYLE}</style><defs>{fills()}</defs>'
        + "".join(parts)
        + "</svg>"
    )
