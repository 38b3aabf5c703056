"""The balance plot alone in a window, compared with the stored SVG snapshot.

The plot is shown by itself, so that its snapshots change only with the plot; the
result screen's own snapshots (tests/test_snapshots.py) show it in its place.
Update on purpose with `pytest tests/test_snapshots_plot.py --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from tests.answering import Agreement, answers_for
from tui.model.questionnaire import Questionnaire
from tui.model.scoring import score
from tui.model.texts import load_texts
from tui.render.balance_plot import BalancePlot

SnapCompare = Callable[..., bool]

BALANCED_BUT_SWITCHING: Agreement = {"naerhed": 2, "selvrealisering": 2, "desorganisering": 6}
"""Both drives low, switching high: disorganised by its own score alone."""
LEANING_AWAY: Agreement = {"naerhed": 3, "selvrealisering": 5, "desorganisering": 3}


class PlotApp(App[None]):
    """One balance plot filling the window."""

    CSS = "#plot { width: 1fr; height: 1fr; }"

    def __init__(self, plot: BalancePlot) -> None:
        super().__init__()
        self.plot = plot

    def compose(self) -> ComposeResult:
        yield Static(self.plot, id="plot")


def plot_app(
    questionnaire: Questionnaire, agreement: Agreement, lang: str = "da", fill: bool = False
) -> PlotApp:
    result = score(questionnaire, answers_for(questionnaire, agreement))
    return PlotApp(BalancePlot(result, questionnaire.scoring, load_texts(lang), fill=fill))


def test_plot_disorganised_by_its_score(
    snap_compare: SnapCompare, questionnaire: Questionnaire
) -> None:
    """You should see the map of the two drives with all four zones named (Ambivalent,
    Desorganiseret, Tryg over "god balance", Undvigende) and ● low on the left in
    Tryg's zone with its error bars; beside it the Skift bar filled past its │ to
    83 ± 12, and under it that the score for switching is over the cut-off, so the
    pattern is desorganiseret wherever ● stands."""
    app = plot_app(questionnaire, BALANCED_BUT_SWITCHING)
    assert snap_compare(app, terminal_size=(80, 24))


def test_plot_disorganised_without_colour(
    snap_compare: SnapCompare, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """You should see the same plot as above in shades of grey: the zones told apart
    by their fills (· ambivalent, ╌ undvigende, × desorganiseret, blank tryg) and
    names, the note in words."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(plot_app(questionnaire, BALANCED_BUT_SWITCHING), terminal_size=(80, 24))


def test_plot_at_the_smallest_width(
    snap_compare: SnapCompare, questionnaire: Questionnaire
) -> None:
    """You should see the English plot in 74 columns, the width the result screen gives
    it at 78: every name on its two lines, each bar shorter but every readout whole
    ("83 ± 12"), the note under the Switching bar, the tilt readout whole."""
    app = plot_app(questionnaire, BALANCED_BUT_SWITCHING, lang="en")
    assert snap_compare(app, terminal_size=(74, 20))


def test_plot_grown_in_160_columns(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see the plot twice as wide as in 80 columns and 32 lines high: a
    97 × 25 map with its zones named, ● right of the middle below the 50 line in
    Undvigende's zone (33 and 67), long bars spaced out beside it, a long tilt axis."""
    assert snap_compare(plot_app(questionnaire, LEANING_AWAY), terminal_size=(160, 48))


def test_plot_filling_the_window(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see the plot filling a 200 × 60 window as far as its proportions
    allow (`fill=True`): a 129 × 33 map, 40 lines, taller than the plot that grows
    with the width alone."""
    app = plot_app(questionnaire, LEANING_AWAY, fill=True)
    assert snap_compare(app, terminal_size=(200, 60))
