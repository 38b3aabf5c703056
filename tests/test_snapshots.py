"""Every screen at 80×24, compared with the stored SVG snapshot.

Update on purpose with `pytest tests/test_snapshots.py --snapshot-update`,
then look at every changed SVG before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.answering import PROTOTYPES, borderline_answers, keys_for
from tests.conftest import StepClock
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire

SIZE = (80, 24)
SnapCompare = Callable[..., bool]


def app() -> TilknytningApp:
    return make_app(clock=StepClock())


def start() -> list[str]:
    return ["enter"]


def test_welcome(snap_compare: SnapCompare) -> None:
    """You should see the heading, the intro, 28 statements in about 5 minutes,
    that answers stay on this computer, that it is not a diagnosis, the start
    button, and the footer with Enter, ? and q."""
    assert snap_compare(app(), terminal_size=SIZE)


def test_first_question(snap_compare: SnapCompare) -> None:
    """You should see "1 af 28", an empty progress bar, the first statement in a
    box, and the seven labelled choices, none chosen."""
    assert snap_compare(app(), press=start(), terminal_size=SIZE)


def test_question_answered_then_revisited(snap_compare: SnapCompare) -> None:
    """You should see question 1 again after answering 5 and pressing ←: the
    fifth choice ("Passer lidt") marked ● and highlighted, the bar at 1 of 28."""
    assert snap_compare(app(), press=[*start(), "5", "left"], terminal_size=SIZE)


def test_last_question(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see "28 af 28" with the bar nearly full and no choice marked."""
    keys = keys_for(questionnaire, PROTOTYPES["tryg"])[:-1]
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


@pytest.mark.parametrize("pattern", list(PROTOTYPES))
def test_result(snap_compare: SnapCompare, questionnaire: Questionnaire, pattern: str) -> None:
    """You should see the pattern's name and summary, then the balance plot with
    the ● in that pattern's zone and the three bars."""
    keys = keys_for(questionnaire, PROTOTYPES[pattern])
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


def test_borderline_result(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see "Tryg tilknytning" with a note that the answers lie near the
    boundary between tryg and ambivalent, and the ● just below the 50 line."""
    keys = [str(value) for value in borderline_answers(questionnaire).values()]
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


def test_flagged_result(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see, above the plot, that the result is uncertain because all
    28 answers in a row were the same."""
    keys = ["4"] * len(questionnaire.questions)
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


def test_help(snap_compare: SnapCompare) -> None:
    """You should see the list of every key over the first question."""
    assert snap_compare(app(), press=[*start(), "question_mark"], terminal_size=SIZE)


def test_quit_question(snap_compare: SnapCompare) -> None:
    """You should see "Vil du afslutte testen?" with Ja (j) and Nej (n), Nej
    focused, over a question that has one answer."""
    assert snap_compare(app(), press=[*start(), "3", "q"], terminal_size=SIZE)


def test_too_small(snap_compare: SnapCompare) -> None:
    """You should see only the calm message asking for a larger window (at
    least 78 × 20), no broken layout."""
    assert snap_compare(app(), press=start(), terminal_size=(60, 18))


def test_result_without_colour(
    snap_compare: SnapCompare, questionnaire: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """You should see the ambivalent result in shades of grey only: the zones told
    apart by their fill characters and labels, the ● and its bracket, the bars."""
    monkeypatch.setenv("NO_COLOR", "1")
    keys = keys_for(questionnaire, PROTOTYPES["ambivalent"])
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


def test_result_light_theme(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see the undvigende result in the light theme, the plot as
    readable as in the dark one."""
    keys = keys_for(questionnaire, PROTOTYPES["undvigende"])

    def light(pilot: Any) -> None:
        pilot.app.theme = "textual-light"

    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE, run_before=light)
