"""The balance plot in rooms of every size: it grows, fills, stays whole, and draws once a size."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import pytest
from rich.console import Console
from rich.segment import Segment
from textual.geometry import Region

import tui.render.balance_plot
from tests.answering import PROTOTYPES, keys_for
from tests.conftest import StepClock
from tests.test_balance_plot import SCORING, make_result, make_texts
from tui.app import make_app
from tui.model.questionnaire import SCALES, Questionnaire
from tui.model.scoring import Result
from tui.model.texts import Texts
from tui.render.balance_plot import MARKER, PREFIX, BalancePlot
from tui.render.document import Plot
from tui.render.plot_geometry import BASE
from tui.render.wording import signed
from tui.widgets.result_section import ResultSection

EXTREMES = [
    make_result(100, 100, 100, uncertainty=50, balance_uncertainty=90),
    make_result(0, 0, 0, uncertainty=0, balance_uncertainty=0),
    make_result(83, 17, 72, uncertainty=11, balance_uncertainty=15),
    make_result(3.7, 96.3, 64.9, uncertainty=49.6, balance_uncertainty=99.6),
]


def render(
    result: Result, texts: Texts, width: int, height: int | None = None, **plot: Any
) -> list[str]:
    """The plot's own lines, plain, as a console of `width` (and `height`) renders them."""
    console = Console(width=width, file=io.StringIO(), color_system=None)
    options = console.options.update(width=width, height=height)
    segments = console.render(BalancePlot(result, SCORING, texts, **plot), options)
    lines = ["".join(s.text for s in line) for line in Segment.split_lines(segments)]
    if plot.get("fill"):
        assert {len(line) for line in lines} == {width}, "a filling plot fills every line"
    return [line.rstrip() for line in lines]


def map_size(lines: list[str]) -> tuple[int, int]:
    """The map's (columns, rows), read from its axes."""
    rows = sum(1 for line in lines if line[PREFIX - 1 : PREFIX] in ("┤", "│"))
    [axis] = [line[PREFIX:] for line in lines if line[PREFIX - 1 : PREFIX] == "└"]
    return len(axis) - len(axis.lstrip("─┬")), rows


def expected_readouts(result: Result) -> list[str]:
    return [f"{result.scores[s]:.0f} ± {result.uncertainty[s]:.0f}" for s in SCALES]


def readouts(lines: list[str]) -> list[str]:
    """Each bar's readout: what follows the bar at the end of its line."""
    found = (re.search(r"[█░│] +(\d+ ± \d+)$", line) for line in lines)
    return [match.group(1) for match in found if match]


def assert_whole(lines: list[str], result: Result, texts: Texts, width: int) -> None:
    """Every readout, scale name and word of the plot whole, within `width`."""
    assert max(map(len, lines)) <= width
    assert readouts(lines) == expected_readouts(result)
    columns, rows = map_size(lines)
    panel = " ".join(" ".join(line[PREFIX + columns + 3 :] for line in lines[: rows + 4]).split())
    words = " ".join(" ".join(lines).split())
    for scale in SCALES:
        assert texts.t(f"scale.{scale}") in panel
    tilt = texts.t(
        "plot.tilt", balance=signed(result.balance), uncertainty=result.balance_uncertainty
    )
    assert any(line.endswith(tilt) for line in lines), tilt
    for key in ("plot.cut_off", "plot.you", "plot.uncertainty", "plot.closeness", "plot.self"):
        assert texts.t(key) in words
    if (
        result.pattern == "desorganiseret"
        and result.scores["desorganisering"] >= SCORING.desorganisering
    ):
        assert texts.t("plot.disorganised", you=MARKER) in panel


@pytest.mark.parametrize("language", ["da", "en"])
@pytest.mark.parametrize("width", [74, 78])
@pytest.mark.parametrize("result", EXTREMES)
def test_every_readout_is_whole_at_the_smallest_widths(
    language: str, width: int, result: Result
) -> None:
    """74 columns is what the result screen gives the plot at 78 (see the app test below);
    78 is `score --format text` in a 78-column terminal."""
    texts = make_texts(language)
    lines = render(result, texts, width)
    assert_whole(lines, result, texts, width)
    assert len(lines) <= 18


@pytest.mark.parametrize("language", ["da", "en"])
def test_the_plot_grows_with_the_width_and_keeps_its_proportions(language: str) -> None:
    texts = make_texts(language)
    result = make_result(72, 30, 70, uncertainty=10)
    sizes = []
    for width in (80, 100, 120, 160, 200, 300):
        lines = render(result, texts, width)
        columns, rows = map_size(lines)
        sizes.append((max(map(len, lines)), len(lines), columns, rows))
        assert columns - 1 == 4 * (rows - 1), "the map keeps its proportions"
        assert len(lines) == rows + 7
        assert_whole(lines, result, texts, width)
        # The marker stands where the scores put it, at every size.
        map_rows = [
            line[PREFIX : PREFIX + columns] for line in lines if line[PREFIX - 1 : PREFIX] in "┤│"
        ]
        [(row, column)] = [
            (r, line.index(MARKER)) for r, line in enumerate(map_rows) if MARKER in line
        ]
        assert abs(column * 100 / (columns - 1) - 30) <= 100 / (columns - 1)
        assert abs((rows - 1 - row) * 100 / (rows - 1) - 72) <= 100 / (rows - 1)
    widths = [size[0] for size in sizes]
    assert sizes[0][:2] == (76, 18), "as before in 80 columns"
    assert widths[:5] == sorted(set(widths[:5])), "wider at every step up to 200 columns"
    assert sizes[4] == sizes[5], "and no wider beyond: capped"
    assert sizes[3][0] >= 150 and sizes[3][1] <= 34, (
        "in 160 columns, twice as wide, within 48 lines"
    )


def centred(lines: list[str], width: int, height: int) -> list[str]:
    """A filling plot's own lines, once checked that it fills the room, centred in it."""
    assert len(lines) == height
    top = next(i for i, line in enumerate(lines) if line.strip())
    plot = [line for line in lines[top:]]
    while not plot[-1].strip():
        plot.pop()
    [axis] = [line for line in plot if "└" in line]
    left = axis.index("└") - (PREFIX - 1)
    assert all(not line[:left].strip() for line in lines)
    plot = [line[left:] for line in plot]
    assert abs(left - (width - left - max(map(len, plot)))) <= 1, "as much room left as right"
    assert abs(top - (height - top - len(plot))) <= 1, "and as much above as below"
    return plot


def test_fill_grows_with_the_height_too_and_stands_centred() -> None:
    texts = make_texts("da")
    result = make_result(72, 30, 70)
    by_width = render(result, texts, 196)
    for height in (60, 44, 30, 18):
        filled = centred(render(result, texts, 196, height, fill=True), 196, height)
        assert_whole(filled, result, texts, 196)
    tall = centred(render(result, texts, 196, 60, fill=True), 196, 60)
    assert len(tall) > len(by_width) and map_size(tall)[0] > map_size(by_width)[0]
    twin = BalancePlot(result, SCORING, texts).filling()
    assert twin.fill and not twin.drawn
    twin.drawn[BASE] = []
    assert twin.drawn is twin.filling().drawn, "a filling twin shares the drawings"


def test_a_height_only_shrinks_a_plot_that_does_not_fill() -> None:
    texts = make_texts("da")
    result = make_result(72, 30, 70)
    assert render(result, texts, 160, 100) == render(result, texts, 160)
    short = render(result, texts, 160, 24)
    assert len(short) <= 24
    assert_whole(short, result, texts, 160)


def counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count each drawing of the map: the costly part of the plot."""
    calls: list[int] = []
    draw: Callable[..., Any] = tui.render.balance_plot.map_lines

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return draw(*args, **kwargs)

    monkeypatch.setattr(tui.render.balance_plot, "map_lines", counted)
    return calls


def test_the_plot_is_drawn_once_a_size(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = counting(monkeypatch)
    texts = make_texts("da")
    plot = BalancePlot(make_result(72, 30, 70), SCORING, texts)
    printed = []
    for width in (80, 80, 78, 80, 120, 120, 80, 120):
        out = Console(width=width, file=io.StringIO(), record=True, color_system="truecolor")
        out.print(plot)
        out.print(plot)
        printed.append(out.export_text())
    assert len(calls) == 2, "once in 76 columns (80 and 78 give the same plot), once in 120"
    assert printed[0] == printed[1] == printed[3] == printed[6], "the same drawing, reused whole"
    assert printed[4] == printed[7] != printed[0]


async def test_the_result_screen_draws_the_plot_once_a_size(
    monkeypatch: pytest.MonkeyPatch, questionnaire: Questionnaire
) -> None:
    """Textual renders a widget several times while laying a screen out; the plot's
    map is drawn once for the size, again for a new size, not again for a theme."""
    calls = counting(monkeypatch)
    app = make_app(clock=StepClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["desorganiseret"]))
        await pilot.pause()
        assert app.screen.query_one("#plot", ResultSection)
        assert len(calls) == 1
        await pilot.press("t")
        await pilot.pause()
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        assert len(calls) == 1, "a theme or a taller window draws nothing new"
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        assert len(calls) == 2


def plot_on_screen(section: ResultSection) -> list[str]:
    """The plot section's lines as drawn on screen (its heading first)."""
    width, height = section.size
    strips = section.render_lines(Region(0, 0, width, height))
    return ["".join(segment.text for segment in strip).rstrip() for strip in strips]


@pytest.mark.parametrize(("lang", "size"), [("da", (78, 20)), ("en", (78, 20)), ("da", (200, 60))])
async def test_the_result_screen_shows_every_readout_whole(
    questionnaire: Questionnaire, lang: str, size: tuple[int, int]
) -> None:
    """At the documented minimum, 78 × 20, the plot gets less than 76 columns: every
    readout, every name is still whole; at 200 × 60 the plot has grown."""
    app = make_app(lang=lang, clock=StepClock())
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter", *keys_for(questionnaire, PROTOTYPES["desorganiseret"]))
        await pilot.pause()
        section = app.screen.query_one("#plot", ResultSection)
        assert isinstance(section.section.body, Plot)
        result = section.section.body.plot.result
        lines = plot_on_screen(section)[1:]
        assert_whole(lines, result, make_texts(lang), section.size.width)
        if size[0] > 80:
            assert map_size(lines)[0] > BASE.columns
