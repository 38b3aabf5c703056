"""Every screen at 80×24, compared with the stored SVG snapshot.

Update on purpose with `pytest tests/test_snapshots.py --snapshot-update`,
then look at every changed SVG before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.answering import (
    PROTOTYPES,
    borderline_answers,
    boundary_answers,
    inconsistent_answers,
    keys_for,
)
from tests.conftest import StepClock
from tui.app import TilknytningApp, make_app
from tui.model.questionnaire import Questionnaire

SIZE = (80, 24)
SnapCompare = Callable[..., bool]


NOW = datetime(2026, 11, 26, 14, 5)


def app(lang: str = "da") -> TilknytningApp:
    return make_app(lang=lang, clock=StepClock(), now=lambda: NOW)


def start() -> list[str]:
    return ["enter"]


def test_welcome(snap_compare: SnapCompare) -> None:
    """You should see the heading, the intro (answer from how you usually are),
    28 statements in about 5 minutes, that you can stop at any time with q, that
    answers stay on this computer, that the result is not a diagnosis but a
    starting point, the start button, and the footer with Enter, ? and q."""
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
    """You should see the pattern's name and summary, then "Balancen mellem de to ønsker"
    over the balance plot with the ● in that pattern's zone and the three bars, each under
    its scale's full name, and above the footer the line saying there is more below
    (Mellemrum) and that the help lines are at the bottom (End)."""
    keys = keys_for(questionnaire, PROTOTYPES[pattern])
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


def test_borderline_result(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see "Tryg tilknytning" with a note that the answers lie near the
    boundary between tryg and ambivalent, and the ● just below the 50 line."""
    keys = [str(value) for value in borderline_answers(questionnaire).values()]
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


def test_flagged_result(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see "Tryg tilknytning" and, above the plot, that the result is
    uncertain because 3 pairs of statements that say nearly the same got very
    different answers."""
    keys = [str(value) for value in inconsistent_answers(questionnaire).values()]
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


def test_unreadable_result(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see no pattern name: "Dine svar giver ikke et klart billede",
    that this says nothing about the person, that (nearly) every statement got the
    same answer and why that shows nothing, and how to take the test again; then no
    plot (a point in a zone would suggest a pattern) but "Dine tal" with the three
    scores and that they cannot be read as a pattern; above the footer, that there is
    more below and the help lines are at the bottom (End)."""
    keys = ["4"] * len(questionnaire.questions)
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


def test_result_on_a_boundary(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see "Dine svar ligger lige langt fra" and both patterns named
    ("undvigende og tryg tilknytning"), that the scores lie exactly on the
    boundary and to read every description; no pattern named alone; then the plot."""
    keys = [str(value) for value in boundary_answers(questionnaire).values()]
    assert snap_compare(app(), press=[*start(), *keys], terminal_size=SIZE)


def test_help(snap_compare: SnapCompare) -> None:
    """You should see, over the first question, "Taster" and "Tryk Esc for at gå
    tilbage." first, then every key built from the bindings: Enter, l, ↓ / j, ↑ / k,
    Mellemrum / PgDn, b / PgUp, Home / End, 1–7, ← / →, Mus, d, e, n, p, Esc / d / p
    and ? / F1, each with what it does, and at the bottom of the dialog "▼ Flere
    taster nedenfor (tryk Mellemrum)": q, t and Ctrl+C lie below."""
    assert snap_compare(app(), press=[*start(), "question_mark"], terminal_size=SIZE)


def test_help_at_its_end(snap_compare: SnapCompare) -> None:
    """You should see the help scrolled to its end with End: the last keys (Esc / d / p
    back to the result, ? / F1, q, t, Ctrl+C) and no line saying more lies below."""
    assert snap_compare(app(), press=[*start(), "question_mark", "end"], terminal_size=SIZE)


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


def result_keys(questionnaire: Questionnaire, pattern: str = "ambivalent") -> list[str]:
    return [*start(), *keys_for(questionnaire, PROTOTYPES[pattern])]


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
@pytest.mark.parametrize("size", [(78, 20), (80, 24), (160, 48)], ids=["78x20", "80x24", "160x48"])
def test_result_at_every_size(
    snap_compare: SnapCompare, questionnaire: Questionnaire, size: tuple[int, int], theme: str
) -> None:
    """You should see "Utryg, ambivalent tilknytning" with its summary, then the balance
    plot whole (its right edge, "83 ± 11", not cut), the text never touching the thin
    scrollbar, and above the footer the calm line "▼ Der er mere nedenfor (tryk
    Mellemrum). Hjælpelinjer står nederst (End)."; the footer offers p Figur. At 78×20
    the plot runs below the window; at 80×24 the map, its bars and axes show; at 160×48
    the text is a centred column of about 70 characters, the plot wider and centred
    under it, and "Dine tal" and the start of "Om mønsteret" follow. Light theme: dark text on light
    grey; dark theme: light text on near-black."""

    def set_theme(pilot: Any) -> None:
        pilot.app.theme = theme

    keys = result_keys(questionnaire)
    assert snap_compare(app(), press=keys, terminal_size=size, run_before=set_theme)


def test_chart_alone(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see, after p on the result at 160×48, only "Balancen mellem de to
    ønsker" centred over the balance plot (the ● in the ambivalent zone), grown to fill
    the window's width and height, and under it "Dine tal" with the three scores, the
    tilt and the note on reading them; the footer offers Esc Tilbage."""
    keys = [*result_keys(questionnaire), "p"]
    assert snap_compare(app(), press=keys, terminal_size=(160, 48))


def test_details(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see the reading first ("Utryg, ambivalent tilknytning"), then the
    three scales with ± and their 90% intervals, the tilt ("Hældning"), and the
    seven checks (the three that can leave no reading first, speed last) each with
    its figure and "i orden"; the answers table, with its legends for "Virkning"
    and "Modsat", lies below them, as the line above the footer says ("▼ Der er mere
    nedenfor: hvert svar og dets virkning (tryk Mellemrum).")."""
    assert snap_compare(app(), press=[*result_keys(questionnaire), "d"], terminal_size=SIZE)


def test_export_dialog(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see "Gem resultatet", that only you can read the file, the name
    tilknytning-2026-11-26-1405.md with "Formatet følger endelsen, og endelsen
    formatet." under it, Markdown (.md) chosen, JSON (.json) and the HTML report
    (.html) offered, an empty Klientkode field with its placeholder and the hint
    that it is not a name, Gem and Annuller."""
    assert snap_compare(app(), press=[*result_keys(questionnaire), "e"], terminal_size=SIZE)


def test_export_dialog_at_the_minimum_in_light(
    snap_compare: SnapCompare, questionnaire: Questionnaire
) -> None:
    """You should see the whole export dialog in 78×20 in the light theme: the
    name efter.txt typed after choosing JSON, and under it (two lines) that .txt
    is no format's ending, so the file is saved as efter.txt.json; the client code
    AB-12; Gem and Annuller whole, nothing cut."""

    async def fill(pilot: Any) -> None:
        pilot.app.theme = "textual-light"
        await pilot.press(*result_keys(questionnaire), "e")
        await pilot.click("#format-json")
        pilot.app.screen.query_one("#file-name").value = "efter.txt"
        pilot.app.screen.query_one("#client-code").value = "AB-12"
        await pilot.pause()

    assert snap_compare(app(), run_before=fill, terminal_size=(78, 20))


def test_export_dialog_in_english_with_a_refused_code(
    snap_compare: SnapCompare, questionnaire: Questionnaire
) -> None:
    """You should see "Save the result" in 78×20: the name efter with "Saved as
    efter.md" under it, the client code "Anna Hansen" and in red to write the code
    without spaces; the dialog still open, Save and Cancel whole."""

    async def fill(pilot: Any) -> None:
        await pilot.press(*result_keys(questionnaire), "e")
        pilot.app.screen.query_one("#file-name").value = "efter"
        code = pilot.app.screen.query_one("#client-code")
        code.value = "Anna Hansen"
        code.focus()
        await pilot.press("enter")  # Enter in a field saves; the focus stays on the code

    assert snap_compare(app("en"), run_before=fill, terminal_size=(78, 20))


def test_export_overwrite_question(
    snap_compare: SnapCompare,
    questionnaire: Questionnaire,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """You should see "Filen tilknytning-2026-11-26-1405.md findes allerede." and
    whether to replace it, Nej focused, over the export dialog."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tilknytning-2026-11-26-1405.md").write_text("the last client", encoding="utf-8")
    assert snap_compare(
        app(), press=[*result_keys(questionnaire), "e", "enter"], terminal_size=SIZE
    )


def test_export_error(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see the export dialog still open, the name ingen-mappe/rapport.md,
    and in red that the folder does not exist and to choose one that does."""

    async def type_name(pilot: Any) -> None:
        await pilot.press(*result_keys(questionnaire), "e")
        pilot.app.screen.query_one("#file-name").value = "ingen-mappe/rapport.md"
        await pilot.press("enter")

    assert snap_compare(app(), run_before=type_name, terminal_size=SIZE)


def test_new_test_confirmation(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see "Vil du starte en ny test?", that answers, times and result
    are deleted, the hint to save first, Ja and Nej (focused)."""
    assert snap_compare(app(), press=[*result_keys(questionnaire), "n"], terminal_size=SIZE)


def test_welcome_in_english(snap_compare: SnapCompare) -> None:
    """You should see the welcome screen in English after pressing l: "Do you know
    your attachment pattern?", 28 statements, about 5 minutes, "l Dansk" in the footer."""
    assert snap_compare(app(), press=["l"], terminal_size=SIZE)


def test_result_in_english(snap_compare: SnapCompare, questionnaire: Questionnaire) -> None:
    """You should see "Insecure, ambivalent attachment" and the plot in English:
    "Closeness at the cost of self-realisation" on the y-axis, English bar names."""
    assert snap_compare(app("en"), press=result_keys(questionnaire), terminal_size=SIZE)
