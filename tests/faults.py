"""Shared by the fault-injection tests: the installed command, run with a time limit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.answering import PROTOTYPES, answers_for
from tui.model.questionnaire import Questionnaire

COMMAND = Path(sys.executable).parent / "tilknytning-test"
LIMIT = 30
"""Seconds a command may take before it counts as hanging; a good one needs about one."""

HOSTILE = "[/] [ofte] [red]rød[/red] [link=https://x.invalid]link[/link] [a=b c=d] [bold"
"""Text that Rich or Textual would read as markup: it must show exactly as written."""
ESCAPES = "\x1b]0;OVERTAGET\x07\x1b[2J\x1b[?1049l\x9b31m\r\u202e"
"""Control characters a terminal would obey: retitle, clear, leave the alternate screen."""


def run(
    *args: str, cwd: Path, stdin: int | None = subprocess.DEVNULL, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """Run `tilknytning-test ARGS`; a hang fails the test after LIMIT seconds."""
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [str(COMMAND), *args],
        cwd=cwd,
        stdin=stdin,
        capture_output="stdout" not in kwargs,
        text=True,
        timeout=LIMIT,
        env=env,
        **kwargs,
    )


def answers_toml(questionnaire: Questionnaire, pattern: str = "tryg") -> str:
    """A complete answers file for `questionnaire`."""
    answers = answers_for(questionnaire, PROTOTYPES[pattern])
    return "[answers]\n" + "".join(f"{key} = {value}\n" for key, value in answers.items())


def mini_with(mini_text: str, statement: str = "Nærhed et", label: str = "1") -> str:
    """The mini questionnaire with one statement and the first Danish label replaced."""
    from tests.test_fuzz import toml_string

    text = mini_text.replace('text.da = "Nærhed et"', f"text.da = {toml_string(statement)}")
    return text.replace('da = ["1",', f"da = [{toml_string(label)},", 1)
