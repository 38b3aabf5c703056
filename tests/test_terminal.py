"""The installed `tilknytning-test` in a real terminal (tmux): answer all, read the result."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.answering import PROTOTYPES, keys_for
from tui.model.questionnaire import Questionnaire

COMMAND = Path(sys.executable).parent / "tilknytning-test"


class Terminal:
    """One tmux session on a private server, 80×24."""

    def __init__(self, cwd: Path, home: Path) -> None:
        self.socket = f"tilknytning-{uuid.uuid4().hex[:8]}"
        self.cwd = cwd
        self.home = home

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        )
        return done.stdout

    def start(self, command: str) -> None:
        env = {
            "PATH": os.environ["PATH"],
            "HOME": str(self.home),
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
        }
        script = f"cd {self.cwd} && {command}; echo EXIT=$?; sleep 30"
        subprocess.run(
            [
                "tmux",
                "-L",
                self.socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                "80",
                "-y",
                "24",
                script,
            ],
            env=env,
            check=True,
            timeout=30,
        )

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p")

    def scrollback(self) -> str:
        """Everything the terminal still holds, its history included."""
        return self.tmux("capture-pane", "-p", "-S", "-", "-E", "-")

    def wait_for(self, text: str, seconds: float = 30) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", key)
            time.sleep(0.05)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if shutil.which("tmux") is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is missing: .ci/run installs it")
        pytest.skip("tmux is not installed here (apt-get install tmux); CI always runs this test")
    (tmp_path / "work").mkdir()
    (tmp_path / "home").mkdir()
    term = Terminal(tmp_path / "work", tmp_path / "home")
    yield term
    term.close()


def test_a_person_answers_everything_and_sees_the_result(
    terminal: Terminal, questionnaire: Questionnaire, tmp_path: Path
) -> None:
    assert COMMAND.exists(), f"{COMMAND} is not installed: pip install -e ."
    terminal.start(str(COMMAND))
    terminal.wait_for("Kender du dit tilknytningsmønster?")
    terminal.keys("Enter")
    terminal.wait_for("1 af 28")
    keys = keys_for(questionnaire, PROTOTYPES["undvigende"])
    terminal.keys(*keys[:-1])
    terminal.wait_for("28 af 28")
    terminal.keys(keys[-1])
    # The key line is the frame's last row: once it shows, the frame is all written (tmux
    # can be read while the terminal is still taking in the lines of a frame).
    shown = terminal.wait_for("d Detaljer")
    assert "Dine svar ligner mest" in shown
    assert "Utryg, undvigende tilknytning" in shown
    assert "●" in shown
    for _ in range(20):
        if "jg@glads.dk" in terminal.screen():
            break
        terminal.keys("PageDown")
        time.sleep(0.3)
    shown = terminal.wait_for("jg@glads.dk")
    assert "24 96 82 07" in shown
    terminal.keys("End")
    terminal.wait_for("Ikke en krisetelefon")  # the help lines close the result
    terminal.keys("q")
    terminal.wait_for("Vil du afslutte testen?")
    terminal.keys("j")
    terminal.wait_for("EXIT=0")
    left_behind = terminal.scrollback()
    for trace in ("undvigende", "Dine svar", "jg@glads.dk", "Traceback", "af 28"):
        assert trace not in left_behind, f"{trace!r} stayed in the terminal after quitting"
    assert list((tmp_path / "work").iterdir()) == []
    assert list((tmp_path / "home").iterdir()) == []
