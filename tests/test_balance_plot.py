"""Tests of the balance plot, read back from its plain-text rendering."""

from __future__ import annotations

import functools
import io
import re
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.measure import Measurement

from tui.model.errors import InputError
from tui.model.questionnaire import PATTERNS, SCALES, Scoring
from tui.model.scoring import Result, classify
from tui.model.texts import Contact, PatternText, Texts, flatten, load_texts
from tui.render.balance_plot import (
    BAR,
    COLUMNS,
    EARLIER,
    FILL,
    MARKER,
    PANEL,
    PREFIX,
    READOUT,
    ROWS,
    BalancePlot,
    cell_point,
    drive_pattern,
    drive_zones,
    signed,
    zone_map,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SCORING = Scoring(
    over_weighted=50,
    both_high=70,
    desorganisering=60,
    margin=5,
    reliability=dict.fromkeys(SCALES, 0.85),
    spread=dict.fromkeys(SCALES, 19.0),
)
STRINGS = Path(__file__).parents[1] / "texts"
ZONE_OF_FILL = {char: zone for zone, char in FILL.items() if char != " "}


@functools.cache
def make_texts(language: str) -> Texts:
    """The shipped texts, or a minimal set built from strings.toml while the rest is unwritten."""
    try:
        return load_texts(language)
    except InputError:
        with (STRINGS / language / "strings.toml").open("rb") as file:
            strings = flatten(tomllib.load(file))
        patterns = {p: PatternText(p.capitalize(), p.capitalize(), "", "") for p in PATTERNS}
        contact = Contact("", "", "", "", "", "")
        return Texts(language, "", patterns, "", "", "", contact, strings)


@pytest.fixture(scope="module")
def da() -> Texts:
    return make_texts("da")


def make_result(
    naerhed: float,
    selvrealisering: float,
    desorganisering: float = 10.0,
    uncertainty: float = 4.0,
    balance_uncertainty: float = 17.1,
) -> Result:
    """A result with the given scores, as `score` would build it."""
    scores = {
        "naerhed": naerhed,
        "selvrealisering": selvrealisering,
        "desorganisering": desorganisering,
    }
    return Result(
        scores=scores,
        uncertainty=dict.fromkeys(SCALES, uncertainty),
        balance=round(selvrealisering - naerhed, 1),
        balance_uncertainty=balance_uncertainty,
        pattern=classify(scores, SCORING),
        neighbours=(),
        equally_near=(),
        unreadable=(),
        checks=(),
        flags=(),
        answers={},
        seconds=None,
        questionnaire_id="test",
        questionnaire_version="1",
    )


def render(result: Result, texts: Texts, **console: object) -> list[str]:
    """The plot as plain lines, without colour, in an 80-column terminal unless told."""
    options: dict[str, object] = {"color_system": None, "width": 80, **console}
    out = Console(record=True, file=io.StringIO(), **options)  # type: ignore[arg-type]
    out.print(BalancePlot(result, SCORING, texts))
    return out.export_text(styles=False).splitlines()


def map_rows(lines: list[str]) -> list[str]:
    """The map's rows, found by the y-axis running down their left edge."""
    axis = PREFIX - 1
    on_axis = [line for line in lines if line[axis:PREFIX] in ("┤", "│")]
    rows = [line[PREFIX : PREFIX + COLUMNS].ljust(COLUMNS) for line in on_axis]
    assert len(rows) == ROWS
    return rows


def marker_on_map(lines: list[str]) -> tuple[int, int]:
    rows = map_rows(lines)
    found = [(r, row.index(MARKER)) for r, row in enumerate(rows) if MARKER in row]
    assert len(found) == 1
    return found[0]


def tilt_line(lines: list[str], texts: Texts) -> str:
    [line] = [line for line in lines if "◀" in line and texts.t("plot.closeness") in line]
    return line


def tilt_centre(lines: list[str], texts: Texts) -> int:
    """The column of the tilt axis' 0, read from the tick under it."""
    ticks = lines[lines.index(tilt_line(lines, texts)) + 1]
    zero = re.search(r"(?<= )0(?= )", ticks)  # the first: the readout may hold a 0 too
    assert zero is not None
    return zero.start()


def fills_near(lines: list[str], spot: tuple[int, int], reach: int = 2) -> set[str]:
    """The zones whose fill appears within `reach` cells of a spot (labels and marks skipped)."""
    rows = map_rows(lines)
    row, column = spot
    return {
        ZONE_OF_FILL[rows[r][c]]
        for r in range(max(0, row - reach), min(ROWS, row + reach + 1))
        for c in range(max(0, column - reach), min(COLUMNS, column + reach + 1))
        if rows[r][c] in ZONE_OF_FILL
    }


@pytest.mark.parametrize(
    ("naerhed", "selvrealisering", "desorganisering", "zone"),
    [
        (20, 25, 15, "tryg"),
        (75, 30, 20, "ambivalent"),
        (95, 10, 5, "ambivalent"),
        (30, 80, 10, "undvigende"),
        (5, 95, 20, "undvigende"),
        (85, 85, 10, "desorganiseret"),
        (85, 85, 80, "desorganiseret"),
        (20, 20, 75, "tryg"),
        (80, 20, 90, "ambivalent"),
    ],
)
def test_the_marker_sits_in_the_zone_its_drives_put_it_in(
    da: Texts, naerhed: float, selvrealisering: float, desorganisering: float, zone: str
) -> None:
    """The map is the two drives': a high desorganisering score does not move the marker."""
    result = make_result(naerhed, selvrealisering, desorganisering)
    assert drive_pattern(result.scores, SCORING) == zone
    lines = render(result, da)
    near = fills_near(lines, marker_on_map(lines))
    # The balanced middle is drawn blank: no other zone's fill lies around a secure marker.
    assert near == (set() if zone == "tryg" else {zone})


def test_the_marker_moves_right_with_selvrealisering_and_up_with_naerhed(da: Texts) -> None:
    columns = [marker_on_map(render(make_result(20, s), da))[1] for s in (5, 30, 60, 95)]
    rows = [marker_on_map(render(make_result(n, 20), da))[0] for n in (5, 30, 60, 95)]
    assert columns == sorted(set(columns))
    assert rows == sorted(set(rows), reverse=True)
    assert columns[0] < COLUMNS // 4 and columns[-1] > COLUMNS * 3 // 4


@pytest.mark.parametrize(("naerhed", "selvrealisering"), [(70, 25), (40, 35), (100, 0)])
def test_the_tilt_marker_leans_towards_closeness_when_naerhed_weighs_more(
    da: Texts, naerhed: float, selvrealisering: float
) -> None:
    lines = render(make_result(naerhed, selvrealisering, balance_uncertainty=3), da)
    assert tilt_line(lines, da).index(MARKER) < tilt_centre(lines, da)
    lines = render(make_result(selvrealisering, naerhed, balance_uncertainty=3), da)
    assert tilt_line(lines, da).index(MARKER) > tilt_centre(lines, da)


def test_a_balanced_tilt_sits_on_the_centre(da: Texts) -> None:
    lines = render(make_result(30, 30), da)
    line = tilt_line(lines, da)
    assert line.index(MARKER) == tilt_centre(lines, da) == (line.index("◀") + line.index("▶")) // 2
    assert "┼" not in line


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize(
    "result",
    [
        make_result(0, 0, 0, uncertainty=0, balance_uncertainty=0),
        make_result(100, 100, 100, uncertainty=60, balance_uncertainty=90),
        make_result(100, 0, 0, uncertainty=40, balance_uncertainty=60),
        make_result(0, 100, 100, uncertainty=40, balance_uncertainty=60),
        make_result(49.9, 49.9, 59.9, uncertainty=25),
    ],
)
def test_extreme_results_stay_inside_80_columns_and_18_lines(language: str, result: Result) -> None:
    lines = render(result, make_texts(language))
    assert max(len(line) for line in lines) <= 76
    assert len(lines) <= 18


def test_without_colour_every_zone_and_axis_is_named_in_words(da: Texts) -> None:
    text = "\n".join(render(make_result(20, 25, 15), da))
    for pattern in PATTERNS:
        assert da.patterns[pattern].short in text
    for key in ("scale.naerhed", "scale.selvrealisering", "plot.closeness", "plot.self"):
        assert da.t(key) in text
    assert da.t("plot.balanced") in text


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_bar_is_labelled_as_what_it_measures(language: str) -> None:
    """A drive's bar says it is weighted at the cost of the other, in full, not "Nærhed 17"."""
    texts = make_texts(language)
    panel = " ".join(
        " ".join(line[PANEL:] for line in render(make_result(20, 25, 15), texts)).split()
    )
    for scale in SCALES:
        assert texts.t(f"scale.{scale}") in panel


def test_no_color_console_carries_no_colour_but_the_same_text(da: Texts) -> None:
    result = make_result(75, 30, 20)
    out = io.StringIO()
    Console(file=out, width=80, force_terminal=True, no_color=True).print(
        BalancePlot(result, SCORING, da)
    )
    assert "38;" not in out.getvalue() and "48;" not in out.getvalue()
    coloured = render(result, da, color_system="truecolor")
    assert render(result, da, no_color=True) == render(result, da) == coloured


def test_the_printed_numbers_match_the_result(da: Texts) -> None:
    result = make_result(72.4, 30.2, 61.0, uncertainty=12.1, balance_uncertainty=17.1)
    lines = render(result, da)
    text = "\n".join(lines)
    panel = [line[PANEL:].rstrip() for line in lines]
    for scale, number in (("naerhed", "72"), ("selvrealisering", "30"), ("desorganisering", "61")):
        last_line = textwrap.wrap(da.t(f"scale.{scale}"), BAR)[-1]
        [row] = [i for i, line in enumerate(panel) if line == last_line]
        readout = re.search(r"(\d+ ± \d+)$", panel[row + 1])
        assert readout is not None and readout.group(1) == f"{number} ± 12"
    assert "hældning −42 ± 17" in text


def beside_the_map(lines: list[str]) -> str:
    """The words of the score panel, beside the map, as one line."""
    return " ".join(" ".join(line[PANEL:] for line in lines).split())


def disorganised_note(texts: Texts) -> str:
    return texts.t("plot.disorganised", you=MARKER)


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize(("naerhed", "selvrealisering"), [(20, 20), (80, 15), (10, 85), (85, 85)])
def test_a_disorganised_result_keeps_the_map_of_its_drives(
    language: str, naerhed: float, selvrealisering: float
) -> None:
    """A high desorganisering score hatches nothing: the map, its four zone names, the
    marker and its error bars are those of the same drives with a low score."""
    texts = make_texts(language)
    disorganised = make_result(naerhed, selvrealisering, 80, uncertainty=12.5)
    assert disorganised.pattern == "desorganiseret"
    rows = map_rows(render(disorganised, texts))
    assert rows == map_rows(
        render(make_result(naerhed, selvrealisering, 10, uncertainty=12.5), texts)
    )
    text = "\n".join(rows)
    for pattern in PATTERNS:
        assert texts.patterns[pattern].short in text
    assert texts.t("plot.balanced") in text
    assert sum(row.count(MARKER) for row in rows) == 1
    assert "├" in text and "┬" in text, "the marker keeps its error bars"
    hatched = sum(row.count(FILL["desorganiseret"]) for row in rows)
    assert hatched < COLUMNS * ROWS / 8, "only the corner where both drives are high"


def test_the_desorganisering_score_has_its_own_gauge_with_the_cut_off(da: Texts) -> None:
    """Under its full name: the bar filled to the score, `│` at the cut-off, the score,
    then, at or over the cut-off, what that means for the pattern."""
    lines = render(make_result(20, 20, 75, uncertainty=12), da)
    panel = [line[PANEL:].rstrip() for line in lines]
    last_name_line = textwrap.wrap(da.t("scale.desorganisering"), BAR)[-1]
    row = panel.index(last_name_line)
    bar, readout = panel[row + 1][: BAR - READOUT], panel[row + 1][BAR - READOUT :]
    assert readout.strip() == "75 ± 12"
    width = BAR - READOUT
    assert bar.index("│") == round(SCORING.desorganisering * width / 100)
    assert abs(bar.count("█") + 1 - 75 * width / 100) <= 1  # the mark stands on a filled cell
    under = " ".join(" ".join(panel[row + 2 :]).split())
    assert under.startswith(disorganised_note(da))


def test_the_disorganised_note_begins_at_the_cut_off(da: Texts) -> None:
    cut = SCORING.desorganisering
    assert disorganised_note(da) in beside_the_map(render(make_result(20, 20, cut), da))
    assert disorganised_note(da) not in beside_the_map(render(make_result(20, 20, cut - 0.1), da))
    # Both drives high is desorganiseret on the map itself: its zone says so, no note.
    assert disorganised_note(da) not in beside_the_map(render(make_result(85, 85, 10), da))


def test_the_uncertainty_is_drawn_around_the_marker(da: Texts) -> None:
    lines = render(make_result(20, 25, uncertainty=12.5), da)
    row, column = marker_on_map(lines)
    rows = map_rows(lines)
    assert rows[row][column - 5 : column + 6] == "├────●────┤"
    assert rows[row - 1][column] == "┬" and rows[row + 1][column] == "┴"


@pytest.mark.parametrize(("value", "text"), [(-12.4, "−12"), (0.4, "0"), (-0.4, "0"), (7, "+7")])
def test_signed_uses_a_true_minus(value: float, text: str) -> None:
    assert signed(value) == text


score = st.floats(0, 100, allow_nan=False).map(lambda value: round(value, 1))


@settings(max_examples=60, deadline=None)
@given(
    naerhed=score,
    selvrealisering=score,
    desorganisering=score,
    uncertainty=st.floats(0, 50),
    balance_uncertainty=st.floats(0, 100),
)
def test_any_result_fits_and_has_one_marker_in_its_own_zone(
    naerhed: float,
    selvrealisering: float,
    desorganisering: float,
    uncertainty: float,
    balance_uncertainty: float,
) -> None:
    result = make_result(
        naerhed, selvrealisering, desorganisering, uncertainty, balance_uncertainty
    )
    texts = make_texts("da")
    lines = render(result, texts)
    assert max(len(line) for line in lines) <= 76
    assert len(lines) <= 18
    assert sum(row.count(MARKER) for row in map_rows(lines)) == 1
    assert tilt_line(lines, texts).count(MARKER) == 1
    row, column = marker_on_map(lines)
    x, y = column * 100 / (COLUMNS - 1), (ROWS - 1 - row) * 100 / (ROWS - 1)
    assert abs(x - selvrealisering) <= 5 and abs(y - naerhed) <= 10
    at_marker = {"naerhed": y, "selvrealisering": x, "desorganisering": 0.0}
    assert classify(at_marker, SCORING) == drive_pattern(result.scores, SCORING)


def test_an_earlier_result_is_marked_where_it_was(da: Texts) -> None:
    before, after = make_result(80, 20), make_result(20, 25)
    out = Console(record=True, width=80, file=io.StringIO(), color_system=None)
    out.print(BalancePlot(after, SCORING, da, before=before))
    lines = out.export_text(styles=False).splitlines()
    rows = map_rows(lines)
    earlier = [(r, row.index(EARLIER)) for r, row in enumerate(rows) if EARLIER in row]
    assert len(earlier) == 1
    now = marker_on_map(lines)
    assert earlier[0][0] < now[0], "the earlier, closeness-heavy result sits higher on the map"
    tilt = tilt_line(lines, da)
    assert tilt.index(EARLIER) < tilt.index(MARKER), "the balance moved towards self-realisation"
    assert EARLIER not in "".join(render(after, da))
    # Each bar marks the earlier score too: 80 → 20 on closeness, 20 → 25, 10 → 10.
    width = BAR - READOUT
    bars = [line[PANEL : PANEL + width] for line in lines if line[PANEL : PANEL + 1] in "█░│○"]
    bars = [bar for bar in bars if bar and set(bar) <= set("█░│○")]
    assert len(bars) == 3
    for bar, earlier in zip(bars, (80, 20, 10), strict=True):
        assert bar.index(EARLIER) == round(earlier * width / 100), bar


def bars(lines: list[str]) -> list[str]:
    """The three score bars beside the map, naerhed, selvrealisering, desorganisering
    (each line ends in its readout, `20 ± 4`)."""
    found = [line[PANEL : PANEL + BAR - READOUT] for line in lines]
    return [bar for bar in found if bar and set(bar) <= set("█░│")]


@pytest.mark.parametrize(
    ("naerhed", "selvrealisering", "desorganisering"),
    [(0, 100, 50), (50, 20, 60), (40, 72.4, 10), (100, 0, 99.9), (3.7, 96.3, 0)],
)
def test_the_bars_fill_up_to_the_score(
    da: Texts, naerhed: float, selvrealisering: float, desorganisering: float
) -> None:
    """Each bar is `█` up to its score and `░` beyond, with `│` at its scale's cut-off."""
    lines = render(make_result(naerhed, selvrealisering, desorganisering), da)
    found = bars(lines)
    assert len(found) == 3
    width = len(found[0])
    assert width == 76 - PANEL - READOUT, "the bars fill the plot's width but the readout"
    cut_offs = (SCORING.over_weighted, SCORING.over_weighted, SCORING.desorganisering)
    for bar, value, cut_off in zip(
        found, (naerhed, selvrealisering, desorganisering), cut_offs, strict=True
    ):
        assert len(bar) == width
        tick = bar.index("│")
        assert bar.count("│") == 1
        assert tick == min(width - 1, round(cut_off * width / 100))
        rest = bar[:tick] + bar[tick + 1 :]
        assert rest == "█" * rest.count("█") + "░" * rest.count("░"), bar
        # The fill is every █, and the mark's own cell when the fill runs on past it.
        inside = (0 < tick < width - 1 and bar[tick + 1] == "█") or tick == width - 1 == rest.count(
            "█"
        )
        filled = rest.count("█") + inside
        assert abs(filled - value * width / 100) <= 0.5, (bar, value)


def test_a_score_at_the_cut_off_fills_exactly_up_to_the_mark(da: Texts) -> None:
    lines = render(make_result(SCORING.over_weighted, 0, 0), da)
    closeness, standing_alone, disorganisation = bars(lines)
    assert closeness.index("│") == closeness.count("█")
    assert closeness.rstrip("░").endswith("█│")
    assert "█" not in standing_alone + disorganisation


def test_the_bars_at_0_and_100(da: Texts) -> None:
    empty, full, _ = bars(render(make_result(0, 100, 0), da))
    assert empty.replace("│", "") == "░" * (len(empty) - 1)
    assert full.replace("│", "") == "█" * (len(full) - 1)


@pytest.mark.parametrize(("balance", "end"), [(-100, "left"), (100, "right")])
def test_the_tilt_marker_reaches_the_ends_of_its_axis(da: Texts, balance: float, end: str) -> None:
    naerhed, selvrealisering = (100, 0) if balance < 0 else (0, 100)
    lines = render(make_result(naerhed, selvrealisering, balance_uncertainty=0), da)
    line = tilt_line(lines, da)
    if end == "left":
        assert line.index(MARKER) == line.index("◀") + 1
    else:
        assert line.index(MARKER) == line.index("▶") - 1


def test_the_tilt_uncertainty_is_drawn_around_its_marker(da: Texts) -> None:
    """The axis runs −100…+100 in 41 cells, 5 points a cell: ± 15 reaches 3 cells."""
    line = tilt_line(render(make_result(30, 30, balance_uncertainty=15), da), da)
    assert "├──" + MARKER + "──┤" in line
    assert "├" not in line.replace("├──" + MARKER, "")
    line = tilt_line(render(make_result(30, 30, balance_uncertainty=0), da), da)
    assert "├" not in line and "┤" not in line


def test_the_tilt_cells_5_points_apart(da: Texts) -> None:
    centre = tilt_line(render(make_result(30, 30, balance_uncertainty=0), da), da).index(MARKER)
    for balance, cells in ((10, 2), (-25, -5), (52.4, 10)):
        result = make_result(30, 30 + balance, balance_uncertainty=0)
        assert tilt_line(render(result, da), da).index(MARKER) == centre + cells


def test_error_bars_stop_at_the_edge_of_the_map(da: Texts) -> None:
    lines = render(make_result(0, 0, uncertainty=12.5), da)
    row, column = marker_on_map(lines)
    assert (row, column) == (ROWS - 1, 0)
    rows = map_rows(lines)
    assert rows[row][: column + 6] == MARKER + "────┤"
    assert rows[row - 1][column] == "┬"  # 12.5 points up is 1.25 rows: one row
    assert "├" not in rows[row] and "┴" not in "".join(rows)


def test_the_axes_are_ticked_at_0_50_and_100(da: Texts) -> None:
    lines = render(make_result(20, 20), da)
    rows = [line for line in lines if line[PREFIX - 1 : PREFIX] in ("┤", "│")]
    assert [row[: PREFIX - 2].strip() for row in rows if row[PREFIX - 1] == "┤"] == [
        "100",
        "50",
        "0",
    ]
    assert [i for i, row in enumerate(rows) if row[PREFIX - 1] == "┤"] == [0, ROWS // 2, ROWS - 1]
    [axis] = [line for line in lines if "└" in line]
    ticks = axis.index("└") + 1
    assert [i - ticks for i, char in enumerate(axis) if char == "┬"] == [
        0,
        COLUMNS // 2,
        COLUMNS - 1,
    ]
    numbers = lines[lines.index(axis) + 1]
    assert (
        numbers[ticks] == "0" and numbers[ticks + COLUMNS // 2 : ticks + COLUMNS // 2 + 2] == "50"
    )
    assert numbers.rstrip().endswith("100")


@pytest.mark.parametrize(("naerhed", "selvrealisering"), [(20, 25), (80, 20), (20, 80), (85, 85)])
def test_each_label_sits_inside_its_zone(da: Texts, naerhed: float, selvrealisering: float) -> None:
    """A zone's name is written in its own zone, clear of the marker, away from the edges."""
    result = make_result(naerhed, selvrealisering)
    rows = map_rows(render(result, da))
    zones = drive_zones(SCORING)
    for zone in PATTERNS:
        name = da.patterns[zone].short
        spots = [(r, row.find(name)) for r, row in enumerate(rows) if name in row]
        if not any(zone in row for row in zones):
            assert spots == []
            continue
        [(row, start)] = spots
        inside = [zones[row][column] == zone for column in range(start, start + len(name))]
        widest = max(
            len(run)
            for line in zones
            for run in "".join("x" if cell == zone else " " for cell in line).split()
        )
        # Wholly inside where the zone is wide enough, else mostly.
        assert all(inside) if widest >= len(name) else sum(inside) > len(name) / 2, zone
        # A blank cell either side parts the name from the fill.
        assert start == 0 or rows[row][start - 1] == " "
        assert start + len(name) == COLUMNS or rows[row][start + len(name)] == " "


def test_map_cells_stand_for_0_50_and_100() -> None:
    """`COLUMNS`: 0, 50 and 100 fall on columns 0, 20 and 40; rows run 100 (top) to 0."""
    assert cell_point((ROWS - 1, 0)) == (0, 0)
    assert cell_point(((ROWS - 1) // 2, (COLUMNS - 1) // 2)) == (50, 50)
    assert cell_point((0, COLUMNS - 1)) == (100, 100)
    assert cell_point((ROWS - 2, 1)) == (2.5, 10)


@pytest.mark.parametrize(("width", "takes"), [(80, 76), (100, 98), (160, 153)])
def test_the_plot_asks_for_the_width_it_takes(da: Texts, width: int, takes: int) -> None:
    """At least its smallest, 66 columns; at most what it takes in the width it is given."""
    console = Console(width=width, file=io.StringIO())
    plot = BalancePlot(make_result(20, 20), SCORING, da)
    assert Measurement.get(console, console.options, plot) == Measurement(66, takes)
    assert max(len(line) for line in render(make_result(100, 0), da, width=width)) == takes


def test_zone_map_at_a_desorganisering_score() -> None:
    """`zone_map` still answers for any score: the drive map below the cut-off, all
    desorganiseret at it (the plot itself always draws the drive map)."""
    assert zone_map(SCORING.desorganisering - 1, SCORING) == drive_zones(SCORING)
    cut = zone_map(SCORING.desorganisering, SCORING)
    assert {zone for row in cut for zone in row} == {"desorganiseret"}


def error_bar_reach(lines: list[str]) -> tuple[int, int]:
    """How many cells the drawn error bars reach left and up from the marker."""
    rows = map_rows(lines)
    row, column = marker_on_map(lines)
    left = column - rows[row].index("├") if "├" in rows[row] else column
    column_cells = "".join(r[column] for r in rows)
    up = row - column_cells.index("┬") if "┬" in column_cells else row
    return left, up


@pytest.mark.parametrize(
    ("uncertainty", "across", "up"),
    # A column is 2.5 points, a row 10: 11.0 → 4.4 → 4 columns, 11.3 → 4.52 → 5;
    # 15 → 6 columns and 1.5 → 2 rows; 24 → 9.6 → 10 columns and 2.4 → 2 rows.
    [(11.0, 4, 1), (11.3, 5, 1), (15.0, 6, 2), (24.0, 10, 2)],
)
def test_the_error_bars_reach_the_interval(
    da: Texts, uncertainty: float, across: int, up: int
) -> None:
    lines = render(make_result(50, 50, uncertainty=uncertainty), da)
    assert error_bar_reach(lines) == (across, up)
    rows = map_rows(lines)
    row, column = marker_on_map(lines)
    assert "─" not in rows[row][: column - across], "nothing left of the bar's cap"
    assert rows[row][column + 1 : column + across + 1] == "─" * (across - 1) + "┤"
    below = "".join(r[column] for r in rows[row + 1 : row + up + 1])
    assert below == "│" * (up - 1) + "┴"


def test_error_bars_ending_on_the_edge_keep_their_caps(da: Texts) -> None:
    """15 points reach 6 columns and 2 rows: from column 6 and row 2 they end on the edge."""
    lines = render(make_result(80, 15, uncertainty=15), da)
    rows = map_rows(lines)
    row, column = marker_on_map(lines)
    assert (row, column) == (2, 6)
    assert rows[row].startswith("├─────" + MARKER)
    assert [r[column] for r in rows[:5]] == ["┬", "│", MARKER, "│", "┴"]
    lines = render(make_result(20, 85, uncertainty=15), da)
    rows = map_rows(lines)
    row, column = marker_on_map(lines)
    assert (row, column) == (8, 34)
    assert rows[row].rstrip().endswith(MARKER + "─────┤")
    assert [r[column] for r in rows[6:]] == ["┬", "│", MARKER, "│", "┴"]


def test_the_two_line_label_reads_in_order_and_centred(da: Texts) -> None:
    """ "Tryg" over "god balance", the shorter line centred on the longer."""
    rows = map_rows(render(make_result(80, 20), da))
    name, balanced = da.patterns["tryg"].short, da.t("plot.balanced")
    [(top, start)] = [(r, row.find(name)) for r, row in enumerate(rows) if name in row]
    assert balanced in rows[top + 1]
    first, second = (name, balanced) if len(name) <= len(balanced) else (balanced, name)
    offset = rows[top + 1].find(balanced) - start
    assert abs(offset) == (len(second) - len(first)) // 2


@pytest.mark.parametrize("zone", ["ambivalent", "undvigende", "tryg"])
def test_a_label_sits_near_the_middle_of_its_zone(da: Texts, zone: str) -> None:
    """With the marker elsewhere, a zone's name lies within about a row of its middle."""
    result = make_result(90, 90)  # the marker in desorganiseret, top right
    rows = map_rows(render(result, da))
    zones = drive_zones(SCORING)
    spots = [(r, c) for r in range(ROWS) for c in range(COLUMNS) if zones[r][c] == zone]
    middle_row = sum(r for r, _ in spots) / len(spots)
    middle_column = sum(c for _, c in spots) / len(spots)
    name = da.patterns[zone].short
    [(row, start)] = [(r, line.find(name)) for r, line in enumerate(rows) if name in line]
    centre_row = row + (0.5 if zone == "tryg" else 0)  # tryg's label has two lines
    assert abs(centre_row - middle_row) <= 1.5
    assert abs(start + (len(name) - 1) / 2 - middle_column) <= 4
    # Clear of the zone's edge: the blank either side still lies in the zone.
    assert zones[row][start - 1] == zones[row][start + len(name)] == zone


def test_zone_fills_are_a_checkerboard(da: Texts) -> None:
    """Every other cell carries its zone's fill, so the zones part without colour."""
    rows = map_rows(render(make_result(20, 25), da))
    assert rows[0][:4] == "· · " and rows[1][:4] == " · ·"  # ambivalent, top left


def test_the_axis_labels_sit_on_their_axes(da: Texts) -> None:
    lines = render(make_result(20, 25), da)
    assert lines[0].index("▲") == PREFIX - 1, "the y-axis arrow tops the axis"
    [axis] = [line for line in lines if "└" in line]
    numbers = lines[lines.index(axis) + 1]
    right = axis.index("└") + COLUMNS
    assert numbers.index("100") == right - 1, "100 centred under the last tick"
