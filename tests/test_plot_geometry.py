"""Tests of the balance plot's size for a given room (`tui.render.plot_geometry`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.render.plot_geometry import (
    BASE,
    FILL_CAP,
    PANEL_MIN,
    WIDE_CAP,
    PlotGeometry,
    fit,
    natural_width,
)


def test_the_80_column_plot() -> None:
    """76 columns and 18 lines; a 41 × 11 map, 2.5 points a column and 10 a row; bars 27 wide."""
    assert BASE == fit(80) == fit(76)
    assert (BASE.width, BASE.height, BASE.columns, BASE.rows, BASE.panel, BASE.bar) == (
        76,
        18,
        41,
        11,
        49,
        27,
    )


@pytest.mark.parametrize(("width", "plot_width"), [(74, 74), (75, 75), (73, 66), (66, 66)])
def test_narrower_rooms_give_up_panel_columns_then_a_map_step(width: int, plot_width: int) -> None:
    geometry = fit(width)
    assert geometry.width == plot_width
    assert geometry.steps == (5 if width >= 74 else 4)
    assert geometry.bar >= PANEL_MIN


def test_below_the_smallest_plot_it_stays_at_its_smallest() -> None:
    assert fit(40) == fit(66) == PlotGeometry(4, 66)


@given(st.integers(66, 400))
def test_a_plot_fits_its_width_and_keeps_its_proportions(width: int) -> None:
    geometry = fit(width)
    assert geometry.width <= width
    assert geometry.bar >= PANEL_MIN
    assert geometry.columns - 1 == 4 * (geometry.rows - 1), "a column is a quarter of a row"
    assert geometry.tilt == geometry.columns
    assert geometry.height == geometry.rows + 7


def test_the_plot_grows_with_the_width_up_to_its_cap() -> None:
    steps = [fit(width).steps for width in range(66, 400)]
    assert steps == sorted(steps)
    assert steps[0] == 4 and max(steps) == WIDE_CAP
    assert fit(116).steps > BASE.steps and fit(156).steps > fit(116).steps
    assert fit(1000) == fit(natural_width(WIDE_CAP))


def test_a_height_shrinks_the_plot_but_does_not_grow_it() -> None:
    """A container of auto height hands the plot its own height back: it must not grow on it."""
    assert fit(156, height=200) == fit(156)
    assert fit(156, height=fit(156).height + 1) == fit(156)
    assert fit(156, height=24).height <= 24
    assert fit(156, height=5) == fit(66)


@pytest.mark.parametrize(
    ("width", "height"), [(196, 56), (156, 44), (116, 36), (76, 18), (300, 300)]
)
def test_fill_grows_with_the_height_as_far_as_the_width_allows(width: int, height: int) -> None:
    geometry = fit(width, height, fill=True)
    assert geometry.width <= width and geometry.height <= height
    bigger = PlotGeometry(geometry.steps + 1, natural_width(geometry.steps + 1))
    assert bigger.width > width or bigger.height > height or geometry.steps == FILL_CAP, (
        "the next size would not fit"
    )
    assert geometry.steps >= fit(width, height).steps


def test_fill_without_a_height_grows_with_the_width_to_its_own_cap() -> None:
    assert fit(400, fill=True).steps == FILL_CAP > WIDE_CAP
