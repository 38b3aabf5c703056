"""Signals and crashes in a real terminal (tmux): the terminal is left as it was, nothing behind.

After SIGTERM, SIGHUP or SIGINT on the question or the result screen the pane must be
back on the main screen, the cursor visible and mouse reporting off; a signal during
an export's fsync must leave no temporary file; an error must print one plain line,
never a traceback with the report in its locals.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from tests.answering import PROTOTYPES, keys_for
from tests.test_terminal import Terminal, terminal  # noqa: F401 - the fixture
from tui.model.questionnaire import Questionnaire

REPOSITORY = Path(__file__).parents[1]
STATE = "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_button_flag} #{mouse_sgr_flag}"
RESTORED = "0 1 0 0 0"
"""Main screen, cursor visible, no mouse reporting of any kind."""


def start(term: Terminal, mode: str = "plain") -> Path:
    """Start the app in `mode`; the file its process id is written to."""
    pid_file = term.cwd.parent / "pid"
    term.start(
        f"sh -c 'echo $$ > {pid_file}; exec env PYTHONPATH={REPOSITORY} "
        f"{sys.executable} -m tests.terminal_faults {mode}'"
    )
    term.wait_for("Kender du dit tilknytningsmønster?")
    return pid_file


def send(pid_file: Path, number: int) -> None:
    os.kill(int(pid_file.read_text().strip()), number)


def state(term: Terminal) -> str:
    return term.tmux("display-message", "-p", STATE).strip()


def to_result(term: Terminal, questionnaire: Questionnaire) -> None:
    term.keys("Enter")
    term.wait_for("1 af 28")
    term.keys(*keys_for(questionnaire, PROTOTYPES["ambivalent"]))
    term.wait_for("Dine svar ligner mest")


@pytest.mark.parametrize(
    ("number", "where"),
    [
        (signal.SIGTERM, "question"),
        (signal.SIGHUP, "question"),
        (signal.SIGINT, "question"),
        (signal.SIGTERM, "result"),
        (signal.SIGHUP, "result"),
    ],
    ids=["term-question", "hup-question", "int-question", "term-result", "hup-result"],
)
def test_a_signal_leaves_the_terminal_as_it_was(
    terminal: Terminal,  # noqa: F811
    questionnaire: Questionnaire,
    number: signal.Signals,
    where: str,
) -> None:
    pid_file = start(terminal)
    if where == "question":
        terminal.keys("Enter", "4", "5")
        terminal.wait_for("3 af 28")
    else:
        to_result(terminal, questionnaire)
    assert state(terminal).startswith("1 0 1")  # the app holds the terminal: a fair test
    send(pid_file, number)
    terminal.wait_for(f"EXIT={128 + number}")
    assert state(terminal) == RESTORED
    left = terminal.scrollback()
    for trace in ("Traceback", "af 28", "Dine svar", "ambivalent"):
        assert trace not in left, f"{trace!r} stayed in the terminal"
    assert list(terminal.cwd.iterdir()) == []


def test_a_signal_during_the_exports_fsync_leaves_no_temporary_file(
    terminal: Terminal,  # noqa: F811
    questionnaire: Questionnaire,
) -> None:
    start(terminal, "signal-in-fsync")
    to_result(terminal, questionnaire)
    terminal.keys("e")
    terminal.wait_for("Gem resultatet")
    terminal.keys("Enter")
    terminal.wait_for(f"EXIT={128 + signal.SIGTERM}")
    assert state(terminal) == RESTORED
    left = [path.name for path in terminal.cwd.iterdir()]
    assert not [name for name in left if name.endswith(".tmp")], left
    # The write had begun: it finishes whole, or leaves nothing.
    assert len(left) <= 1


def test_an_error_in_the_app_prints_one_plain_line_and_nothing_of_the_person(
    terminal: Terminal,  # noqa: F811
    questionnaire: Questionnaire,
) -> None:
    start(terminal, "crash-on-export")
    to_result(terminal, questionnaire)
    terminal.keys("e")
    terminal.wait_for("Gem resultatet")
    terminal.keys("Enter")
    terminal.wait_for("EXIT=1")
    assert state(terminal) == RESTORED
    left = terminal.scrollback()
    assert "Testen stoppede på grund af en fejl i programmet (RuntimeError" in left
    for trace in ("Traceback", "Tilknytningstest:", "ambivalent", "Nærhed", "locals"):
        assert trace not in left, f"{trace!r} reached the terminal"
    assert list(terminal.cwd.iterdir()) == []


@pytest.mark.parametrize("keys", [("q", "j"), ("C-c",)], ids=["quit", "ctrl-c"])
def test_nothing_of_the_result_is_left_after_the_window_was_widened(
    terminal: Terminal,  # noqa: F811
    questionnaire: Questionnaire,
    keys: tuple[str, ...],
) -> None:
    """tmux shows the app's last frame on the main screen if the window grew meanwhile."""
    start(terminal)
    to_result(terminal, questionnaire)
    terminal.tmux("resize-window", "-x", "160", "-y", "30")
    terminal.wait_for("Dine svar ligner mest")
    terminal.keys(*keys)
    terminal.wait_for("EXIT=0")
    assert state(terminal) == RESTORED
    left = terminal.scrollback()
    for trace in ("af 28", "Dine svar", "ambivalent", "Nærhed"):
        assert trace not in left, f"{trace!r} stayed in the terminal"
